"""Pieces every result page uses: the chart canvas with its one-sentence explanation, a read-only
table model of formatted numbers, and number formatting in the interface language.

Money is formatted by :mod:`coop_calc.exchange.formatting` (the PDF report's formatter), so the
screen, the charts and the exports write ``1.234,56 €`` / ``€1,234.56`` alike.
"""

from __future__ import annotations

import inspect
import logging
import textwrap
import warnings
from typing import Any, Callable, Sequence

from matplotlib.figure import Figure
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coop_calc.charts import render
from coop_calc.charts.render import Request, build
from coop_calc.charts.theme import LIGHT, ChartTheme
from coop_calc.exchange.formatting import format_money, format_number, format_pct

from .. import i18n
from ..table_fit import fit_rows, follow_model
from ..tasks import TaskRunner
from ..theme import chart_theme
from .chart_canvas import ChartCanvas, Drawn, chart_pool, draw_figure

log = logging.getLogger(__name__)
# a chart squeezed very small while a window is laid out cannot fit its labels for a moment; the
# next resize draws it properly, so matplotlib's warning about it is noise here
warnings.filterwarnings("ignore", message="constrained_layout not applied", category=UserWarning)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: The role under which tables keep the unformatted value (number or text) for sorting and tests.
RAW = Qt.ItemDataRole.UserRole


def lang() -> str:
    return i18n.language()


def money(x: float | None, currency: str, decimals: int = 2) -> str:
    return format_money(x, currency, lang(), decimals)


def number(x: float | None, decimals: int = 0) -> str:
    return format_number(x, lang(), decimals)


def percent(x: float | None, decimals: int = 1) -> str:
    """A percentage given in percent points (49.1 → '49.1 %')."""
    return format_pct(x, lang(), decimals)


def yes_no(flag: bool | None) -> str:
    if flag is None:
        return "–"
    return QCoreApplication.translate("Results", "Yes") if flag else QCoreApplication.translate("Results", "No")


class Chart(QWidget):
    """A matplotlib canvas (QtAgg) with a one-sentence explanation under it.

    ``draw(fn, *args, **kw)`` calls a figure function of :mod:`coop_calc.charts` with ``fig=`` a
    figure, ``lang=`` the interface language and ``theme=`` the colours of the window's palette
    (light or dark; the chart is drawn again when the palette changes); ``scale`` enlarges every text
    and line (the figure's dpi) for presentation mode.

    On screen the chart is drawn off the GUI thread (:mod:`.chart_canvas`): the page's tables appear
    at once, the chart a moment later, and while a chart is being drawn only the newest request waits
    (a burst of edits draws it at most twice). A hidden chart is drawn when shown. :meth:`render`
    draws in the calling thread instead (exports, still slides, tests). ``painted`` is emitted when a
    new drawing is on the canvas."""

    painted = Signal()

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self._figure = Figure(figsize=(4, 3), dpi=100 * scale, layout="constrained")
        self._base_dpi = self._figure.dpi  # the dpi before the screen's device pixel ratio
        self._unmade: Request | None = None  # drawn elsewhere: the figure is made when asked for
        self.canvas = ChartCanvas(self._figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(260, 180)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setObjectName("chartCaption")
        muted(self.caption)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.caption)
        self._call: tuple | None = None
        self._lang = ""  # the interface language the pending or drawn call was made in
        self.theme: ChartTheme | None = None  # the colours the chart was last drawn in
        self._asked_theme: ChartTheme | None = None  # the colours of the newest drawing asked for
        # labels placed to avoid each other depend on the canvas size: draw again once resizing settles
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(120)
        self._redraw.timeout.connect(self._draw_again)
        # a new figure is asked of the chart thread once the events waiting now are handled: the page's
        # tables are filled and painted first, without the chart thread's Python competing for the GIL
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.setInterval(0)
        self._start.timeout.connect(self._draw_off_thread)
        self._drawn_size = None
        #: asked before the chart is saved as an image; False refuses (an anonymous slide lists the texts
        #: that may still identify a partner first)
        self.may_save: Callable[[], bool] | None = None
        self._dirty = False
        self._worker = TaskRunner(self, pool=chart_pool())
        self._worker.finished.connect(self._adopt)
        self._worker.failed.connect(lambda e: log.error("chart could not be drawn: %s", e))
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)

    @property
    def figure(self) -> Figure:
        """The figure on the canvas. One drawn in the chart process arrives as pixels only: it is made
        here, the same call at the same size, the first time it is asked for."""
        if self._unmade is not None:
            req, self._unmade = self._unmade, None
            self._figure = render.figure(req)
            self.canvas.take(self._figure)
        return self._figure

    @figure.setter
    def figure(self, fig: Figure) -> None:
        self._unmade = None
        self._figure = fig

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("Results", "Save chart as PNG, SVG or PDF…"), self.save_as)
        menu.exec(self.canvas.mapToGlobal(pos))

    def save_as(self, path: str | None = None) -> bool:
        """Save the chart as drawn, in the light colours of the report whatever the window's theme (an
        image is for printing and documents); vector for SVG/PDF; the format follows the extension."""
        from coop_calc.exchange.figures import save_figure

        if self.may_save is not None and not self.may_save():
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("Results", "Save chart"), "chart.png",
                QCoreApplication.translate("Results", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"))
            if not path:
                return False
        try:
            save_figure(self._light_figure(), path)
        except (OSError, ValueError) as e:
            log.warning("could not save chart to %s: %s", path, e)
            return False
        return True

    def _light_figure(self) -> Figure:
        """The chart drawn again at its size in the light colours (the figure itself when it already is)."""
        if self._call is None or self.theme is None or self.theme == LIGHT:
            return self.figure
        fn, args, kw = self._call
        fig = Figure(figsize=tuple(self.figure.get_size_inches()), dpi=self.figure.dpi, layout="constrained")
        if _takes_theme(fn) or "theme" in kw:
            fn(*args, fig=fig, lang=lang(), **dict(kw, theme=LIGHT))
        else:
            fn(*args, fig=fig, lang=lang(), **kw)
        return fig

    def draw(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> None:
        """Draw ``fn(*args, **kw)``: off the GUI thread if the chart is on screen, else when it is first
        shown (pages in hidden tabs cost nothing until they are opened)."""
        call = (fn, args, kw)
        if not self._dirty and self._same_call(call):
            return  # the same figure of the same objects is on the canvas already (e.g. a page refreshed again)
        self._call = call
        self._lang = lang()
        self._dirty = True
        if self.isVisible():
            self._start.start()

    def _same_call(self, call: tuple) -> bool:
        """True when ``call`` draws what is drawn: the same function, the very same argument objects
        (results are immutable once shown), equal options and the same language."""
        if self._call is None or self._lang != lang() or self._call[0] is not call[0]:
            return False
        (_, a, k), (_, b, m) = self._call, call
        if len(a) != len(b) or k.keys() != m.keys():
            return False
        mutable = (list, dict, set, bytearray)  # the same object may have changed since: draw again
        if any(x is not y or isinstance(y, mutable) for x, y in zip(a, b)):
            return False
        try:
            return all(not isinstance(m[key], mutable) and (k[key] is m[key] or bool(k[key] == m[key])) for key in k)
        except Exception:  # options that do not compare (arrays): draw again
            return False

    @property
    def drawing(self) -> bool:
        """True while a drawing of this chart is under way (or waits) in the worker."""
        return self._worker.busy or self._start.isActive()

    def is_current(self) -> bool:
        """True when the canvas shows the newest call (nothing waits to be drawn or is being drawn)."""
        return not self._dirty and not self.drawing

    def _request(self) -> Request:
        assert self._call is not None
        fn, args, kw = self._call
        theme = chart_theme(self.palette())
        self._asked_theme = theme
        ratio = self.canvas.device_pixel_ratio or 1.0
        base = self._base_dpi
        return Request(fn, args, kw, lang(), theme, "theme" in kw or _takes_theme(fn),
                       round(self.canvas.width() * ratio), round(self.canvas.height() * ratio), base * ratio, base,
                       QCoreApplication.translate("Results", "This chart could not be drawn."))

    def _draw_off_thread(self) -> None:
        if self._call is None:
            return
        self._dirty = False
        self._drawn_size = self.canvas.size()
        self._worker.submit(draw_figure, self._request())

    def _adopt(self, drawn: Drawn) -> None:
        """A drawing finished in the worker (the newest asked for): show it."""
        if drawn.figure is not None:
            self.figure = drawn.figure
        else:
            self._unmade = drawn.request
        self.theme = drawn.theme
        self.canvas.adopt(drawn)
        self.painted.emit()
        if self.isVisible() and self.canvas.size() != self._drawn_size:
            self._redraw.start()  # resized while it was drawn

    def render(self) -> None:  # type: ignore[override]  # the chart's own render, not QWidget.render
        """Run the pending figure function now, in this thread (also for charts not on screen: exports,
        still slides, tests); a drawing still under way in the worker is dropped."""
        if self._call is None:
            return
        self._start.stop()
        self._worker.cancel()
        self._dirty = False
        self._drawn_size = self.canvas.size()
        req = self._request()
        self.theme = req.theme
        self._unmade = None  # drawn again here: an older drawing need not be made
        self.canvas.forget_image()
        build(req, self._figure)
        self.canvas.draw_idle()
        self.painted.emit()

    def clear(self) -> None:
        self._start.stop()
        self._worker.cancel()
        self._call = None
        self._dirty = False
        self._unmade = None
        self._figure.clear()
        self.canvas.show_blank()  # an empty chart is only its background: nothing to draw in the GUI thread

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._dirty or (self._call is not None and self.canvas.size() != self._drawn_size):
            self._draw_off_thread()  # changed, or resized while hidden (a hidden tab gets no redraw)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and self._call is not None:
            if chart_theme(self.palette()) != self._asked_theme:
                self._dirty = True  # light ↔ dark: draw again in the new colours (now, or when shown)
                if self.isVisible():
                    self._draw_off_thread()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._call is not None and self.isVisible():
            self._redraw.start()

    def _draw_again(self) -> None:
        if self._call is not None and (self._dirty or self.canvas.size() != self._drawn_size):
            if not self._dirty and self._worker.busy:
                # only the size changed while this call is being drawn: let that drawing reach the screen
                # first (a newer request would drop it), then draw again at the new size
                self._redraw.start()
            elif self.isVisible():
                self._draw_off_thread()
            else:
                self._dirty = True

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)


def _takes_theme(fn: Callable[..., Any]) -> bool:
    try:
        return "theme" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


class Table(QAbstractTableModel):
    """Read-only rows of cells. A cell is ``(text, raw)`` or ``(text, raw, tooltip)``: ``text`` for
    display, ``raw`` (a number or a string) under EditRole and RAW for sorting and checks; numbers are
    right-aligned."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers: list[str] = []
        self._tips: list[str] = []
        self._rows: list[list[tuple[str, Any]]] = []
        self._bold: set[int] = set()

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[tuple[str, Any]]],
                 bold_rows: Sequence[int] = (), tips: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._headers = [h if "\n" in h else "\n".join(textwrap.wrap(h, 15, break_long_words=False)) or h
                         for h in headers]
        self._tips = list(tips)
        self._rows = [list(r) for r in rows]
        self._bold = set(bold_rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self._tips) and self._tips[section]:
            return self._tips[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._rows[index.row()]):
            return None
        cell = self._rows[index.row()][index.column()]
        text, raw = cell[0], cell[1]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if len(cell) > 2 and cell[2]:
                return cell[2]
            return raw if isinstance(raw, str) and raw else text
        if role in (Qt.ItemDataRole.EditRole, RAW):
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if isinstance(raw, (int, float)) and not isinstance(raw, bool) else LEFT)
        if role == Qt.ItemDataRole.FontRole and index.row() in self._bold:
            f = QFont()
            f.setBold(True)
            return f
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell(self, row: int, column: int) -> tuple[str, Any]:
        return self._rows[row][column]


def table_view(model, stretch_last: bool = False, wrap: bool = False, stretch: int | None = 0) -> QTableView:
    """A read-only table; column ``stretch`` (the names) takes the room left and elides, the others fit
    their contents, so a table fits its place without a horizontal scroll bar where it can."""
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setMinimumSectionSize(70)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if stretch is not None:
        model.modelReset.connect(lambda: _stretch(view, stretch))
    follow_model(view)  # after the stretch: the stretched column is left to it
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def fit_height(view: QTableView, max_rows: int = 8) -> None:
    """Make ``view`` exactly as tall as its header and rows (up to ``max_rows`` rows; more scroll), so
    that a short table takes no more room than it needs and never hides its last row."""
    if view.wordWrap():
        view.resizeRowsToContents()
    else:
        fit_rows(view)
    rows = view.model().rowCount() if view.model() is not None else 0
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(min(rows, max_rows)))
    if view.horizontalScrollBar().isVisible() or view.horizontalHeader().length() > view.viewport().width():
        height += view.horizontalScrollBar().sizeHint().height()
    view.setMinimumHeight(height if rows <= max_rows else height // 2)
    view.setMaximumHeight(height)


def _stretch(view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    if 0 <= column < header.count():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def heading(text: str = "", size: float = 1.35, scale: float = 1.0) -> QLabel:
    """A large bold line (the page's headline figure); ``scale``: presentation mode's enlargement."""
    label = QLabel(text)
    label.setWordWrap(True)
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * size * scale)
    f.setBold(True)
    label.setFont(f)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text (explanations under charts) in the palette's muted colour. Done by role, not by a
    style sheet, so the label keeps inheriting the window's font (presentation mode's large type)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def note(text: str = "", kind: str = "info", scale: float = 1.0) -> QLabel:
    """A framed paragraph: ``info`` (neutral), ``good`` (green) or ``warn`` (amber). ``scale``:
    presentation mode's enlargement (a style sheet fixes the font, so it is set here)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("scale", float(scale))
    set_note_kind(label, kind)
    return label


_NOTE_COLOURS = {"info": ("#7f9fbf", "rgba(80, 130, 200, 30)"), "good": ("#5a9a5a", "rgba(80, 170, 80, 35)"),
                 "warn": ("#c08030", "rgba(230, 160, 40, 45)")}


def set_note_kind(label: QLabel, kind: str) -> None:
    border, fill = _NOTE_COLOURS.get(kind, _NOTE_COLOURS["info"])
    size = QApplication.font().pointSizeF() * float(label.property("scale") or 1.0)
    label.setStyleSheet(f"QLabel {{ border: 1px solid {border}; border-radius: 4px; padding: 6px 8px;"
                        f" background: {fill}; font-size: {size:.1f}pt; }}")


def rule_line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
