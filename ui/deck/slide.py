"""One slide: a small kicker (which slide), the headline sentence, the chart beside the table that
backs it, and a one-line note. Names wrap; nothing scrolls (see :mod:`.table`)."""

from __future__ import annotations

import functools
import io
import textwrap
from typing import Any, Callable

import matplotlib
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..results.common import Chart, muted
from .content import SlideSpec
from .table import FitTable

#: The charts are laid out for figures about this wide (inches); a narrower canvas (a laptop, the
#: what-if panel open) draws them at a lower resolution instead, so labels keep their room.
MIN_INCHES = 6.5


def _titled(fn: Callable[..., Any], dpi: float) -> Callable[..., Any]:
    """``fn`` (a chart function) drawn at ``dpi`` or less — as if the canvas were at least
    :data:`MIN_INCHES` wide — with its title wrapped to the figure's width instead of running out of
    the picture (long item names on a narrow canvas)."""

    @functools.wraps(fn)  # keeps the signature: the canvas passes ``theme=`` to functions that take it
    def draw(*args: Any, fig: Figure, **kw: Any) -> Any:
        width, height = fig.canvas.get_width_height(physical=True) if fig.canvas else (0, 0)
        if width > 0 and height > 0:
            ratio = fig.dpi / max(getattr(fig, "_original_dpi", fig.dpi), 1e-9)  # the screen's pixel ratio
            target = min(dpi, width / ratio / MIN_INCHES) * ratio
            if abs(target - fig.dpi) > 0.5:
                fig._original_dpi = target / ratio  # type: ignore[attr-defined]  # kept by the Qt canvas
                fig.set_dpi(target)
                fig.set_size_inches(width / target, height / target, forward=False)
        out = fn(*args, fig=fig, **kw)
        title = getattr(fig, "_suptitle", None)
        if title is not None and title.get_text():
            chars = max(20, int(fig.get_figwidth() * 72 * 0.95 / (0.6 * title.get_fontsize())))
            title.set_text("\n".join(textwrap.wrap(title.get_text().replace("\n", " "), chars)))
        return out

    return draw


def _clipped(fig: Figure) -> bool:
    """Whether some line, patch, collection or image of ``fig`` reaches beyond its axes (so that its
    clip path matters) — Qt's SVG renderer ignores clip paths and would draw it over the axes."""
    try:
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    except AttributeError:
        return True
    slack = 3.0 * fig.dpi / 72.0  # a line's width at the edge is no overflow
    for ax in fig.axes:
        box = ax.bbox
        for artist in [*ax.lines, *ax.patches, *ax.collections, *ax.images]:
            if not artist.get_visible() or not artist.get_clip_on():
                continue
            try:
                ext = artist.get_window_extent(renderer)
            except (TypeError, ValueError, NotImplementedError):
                return True
            if ext.width == 0 and ext.height == 0:
                continue
            if (ext.x0 < box.x0 - slack or ext.x1 > box.x1 + slack or ext.y0 < box.y0 - slack
                    or ext.y1 > box.y1 + slack):
                return True
    return False


class Slide(QWidget):
    def __init__(self, key: str, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.spec: SlideSpec | None = None
        self.kicker = muted(QLabel())
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setObjectName("slideHeadline")
        # sizes from the application's font and the deck's scale: a label's own font does not follow
        # the presentation window's enlarged one
        base = QApplication.font().pointSizeF() * scale
        f = QFont(QApplication.font())
        f.setPointSizeF(base * 1.7)
        f.setBold(True)
        self.headline.setFont(f)
        self.headline.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.chart = Chart(scale)
        self._dpi = 100.0 * scale
        self.chart.canvas.setMinimumSize(200, 150)
        self.table = FitTable()
        f = QFont(QApplication.font())
        f.setPointSizeF(base * 1.3)
        self.table.set_base_font(f)
        self.note = muted(QLabel())
        self.note.setWordWrap(True)
        self.body = body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.chart, 11)
        body.addWidget(self.table, 9)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.kicker)
        lay.addWidget(self.headline)
        lay.addSpacing(6)
        lay.addLayout(body, 1)
        lay.addWidget(self.note)

    def show_spec(self, spec: SlideSpec) -> None:
        self.spec = spec
        self.kicker.setText(spec.title)
        self.headline.setText(spec.headline)
        self.note.setText(spec.note)
        self.note.setVisible(bool(spec.note))
        if spec.chart is None:
            self.chart.clear()
            self.chart.hide()
        else:
            fn, args, kw = spec.chart
            self.chart.show()
            self.chart.draw(_titled(fn, self._dpi), *args, **kw)
        self.table.setVisible(bool(spec.rows))
        wide = len(spec.headers) >= 5  # five columns of figures get as much room as the chart
        self.body.setStretch(0, 1 if wide else 11)
        self.body.setStretch(1, 1 if wide else 9)
        if spec.rows:
            self.table.set_rows(spec.headers, spec.rows, spec.numeric, spec.bold_rows)

    def vector_parts(self) -> list[tuple[QRect, bytes]]:
        """The chart as SVG (text kept as text) with its place on the slide, for a handout that draws it
        as vectors instead of the screen's pixels; empty when no chart is shown."""
        canvas = self.chart.canvas
        if self.spec is None or self.spec.chart is None or not canvas.isVisible():
            return []
        fig = self.chart.figure
        if _clipped(fig):
            return []  # Qt's SVG renderer ignores clip paths: this chart keeps the screen's pixels
        buf = io.BytesIO()
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "coopcalc"}):
            fig.savefig(buf, format="svg", facecolor=fig.get_facecolor())
        return [(QRect(canvas.mapTo(self, QPoint(0, 0)), canvas.size()), buf.getvalue())]

    def render_now(self) -> None:
        """Draw the chart now (for export and screenshots of slides not on screen)."""
        if self.spec is not None and self.spec.chart is not None:
            self.chart.render()
            self.chart.canvas.draw()
        self.table.fit()
