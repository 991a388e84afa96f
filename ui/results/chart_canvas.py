"""Charts drawn off the GUI thread: the figure is built and rendered (Agg) in a worker, the window only
paints the finished image.

A chart of the result pages costs 50–200 ms of matplotlib per draw (building the figure, constrained
layout, rendering the text); three of them on a page held the window for up to half a second after
every edit. :func:`draw_figure` does all of that on a fresh :class:`~matplotlib.figure.Figure` with its
own :class:`~matplotlib.backends.backend_agg.FigureCanvasAgg` — nothing a worker touches is shared
with the GUI thread (matplotlib's font cache is per thread, the figure functions use no pyplot
state) — and returns the figure with its pixels as a :class:`QImage` (which, unlike a pixmap, may be
made in any thread). :class:`ChartCanvas` then adopts the figure (so saving, the deck's vector
export and tests see exactly what is shown) and paints the image. It is run through
:class:`ui.tasks.TaskRunner` on :func:`chart_pool`, the one thread all charts share.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, QImage, QPainter

from coop_calc.charts.theme import ChartTheme
from coop_calc.charts.theme import apply as apply_chart_theme

from ..theme import chart_theme

log = logging.getLogger(__name__)

_POOL: QThreadPool | None = None


def chart_pool() -> QThreadPool:
    """The one worker thread every chart is drawn in: charts queue behind each other instead of
    competing with the analysis for the two cores (and the GIL); each chart keeps only its newest
    request (:class:`ui.tasks.TaskRunner`)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


@dataclass(frozen=True)
class Request:
    """Everything a worker needs to draw one chart; made in the GUI thread (the theme comes from the
    window's palette, the error text from the translator). ``width``/``height``: device pixels;
    ``dpi``: the figure's dpi on this screen (``base_dpi`` × the device pixel ratio)."""

    fn: Callable[..., Any]
    args: tuple
    kw: dict
    lang: str
    theme: ChartTheme
    themed: bool  # fn takes ``theme``; otherwise the finished figure is recoloured
    width: int
    height: int
    dpi: float
    base_dpi: float
    failed_text: str


@dataclass(frozen=True)
class Drawn:
    """A chart drawn by :func:`draw_figure`: the figure (already laid out and rendered) and its pixels."""

    figure: Figure
    image: QImage
    theme: ChartTheme
    width: int
    height: int


def build(req: Request, fig: Figure) -> None:
    """Run the figure function of ``req`` into ``fig`` in the request's colours; a function that fails
    leaves a one-line message instead (a chart must never take the page down — the tables still show
    the numbers)."""
    kw = dict(req.kw, theme=req.theme) if req.themed and "theme" not in req.kw else req.kw
    try:
        req.fn(*req.args, fig=fig, lang=req.lang, **kw)
        if not req.themed:
            apply_chart_theme(fig, req.theme)
    except Exception:
        log.exception("chart %s failed", getattr(req.fn, "__name__", req.fn))
        fig.clear()
        fig.patch.set_facecolor(req.theme.background)
        fig.text(0.5, 0.5, req.failed_text, ha="center", va="center", color=req.theme.text)


def draw_figure(req: Request) -> Drawn:
    """Worker side: a new figure of the request's size, built, laid out and rendered to pixels."""
    fig = Figure(figsize=(max(req.width, 1) / req.dpi, max(req.height, 1) / req.dpi), dpi=req.base_dpi,
                 layout="constrained")
    if req.dpi != req.base_dpi:  # a high-dpi screen: as FigureCanvasQT does, keep the base dpi as original
        fig._set_dpi(req.dpi, forward=False)  # type: ignore[attr-defined]
    agg = FigureCanvasAgg(fig)
    build(req, fig)
    agg.draw()
    rgba = np.asarray(agg.buffer_rgba())
    h, w = rgba.shape[:2]
    pixels = rgba.tobytes()  # kept alive until the conversion below has copied it
    image = QImage(pixels, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)  # a copy, in the fastest format to paint
    image.setDevicePixelRatio(req.dpi / req.base_dpi)
    return Drawn(fig, image, req.theme, req.width, req.height)


class ChartCanvas(FigureCanvasQTAgg):
    """The QtAgg canvas that can also show a figure drawn elsewhere: :meth:`adopt` takes the figure and
    its image, and painting then only copies the image. A figure drawn here (:meth:`draw`, used by
    exports, the deck's still slides and tests) is painted the usual QtAgg way. Empty (before the
    first drawing and after :meth:`show_blank`) it paints the chart background and draws nothing."""

    def __init__(self, figure: Figure):
        super().__init__(figure)
        self._image: QImage | None = QImage()  # a null image: nothing drawn yet
        self._background: QColor | None = None

    @property
    def adopted(self) -> bool:
        """True while the canvas paints an image (drawn off the GUI thread, or blank) instead of
        drawing its figure in the GUI thread."""
        return self._image is not None

    def adopt(self, drawn: Drawn) -> None:
        drawn.figure.set_canvas(self)
        self.figure = drawn.figure
        self._image = drawn.image
        self._background = QColor(drawn.theme.background)
        self.update()

    def show_blank(self) -> None:
        """Paint only the background (a cleared chart): no drawing in the GUI thread."""
        self._image = QImage()
        self._background = None
        self.update()

    def forget_image(self) -> None:
        """Back to drawing the figure here (it was changed in this thread)."""
        self._image = None

    def draw(self) -> None:
        self._image = None
        super().draw()

    def draw_idle(self) -> None:
        if self._image is not None:
            # only a resize asks for this while an image is shown: the chart draws itself again off the
            # GUI thread (Chart's resize timer); until then the image is painted as it is
            self.update()
            return
        super().draw_idle()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._image is None:
            super().paintEvent(event)
            return
        background = self._background or QColor(chart_theme(self.palette()).background)
        painter = QPainter(self)
        try:
            painter.fillRect(event.rect(), background)  # around an image of the size before a resize
            if not self._image.isNull():
                painter.drawImage(0, 0, self._image)
        finally:
            painter.end()
