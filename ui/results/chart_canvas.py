"""Charts drawn off the GUI thread: the figure is built and rendered (Agg) elsewhere, the window only
paints the finished image.

A chart of the result pages costs 50–200 ms of matplotlib per draw (building the figure, constrained
layout, rendering the text); three of them on a page held the window for up to half a second after
every edit, and drawn in a thread they still held the interpreter lock the window needs. The one
chart thread (:func:`chart_pool`, through :class:`ui.tasks.TaskRunner`) hands each request to the
chart process (:mod:`ui.processes`), which draws it on a fresh figure (:mod:`coop_calc.charts.render`)
and sends back the pixels; the thread makes them a :class:`QImage` (which, unlike a pixmap, may be made
in any thread). A request the process cannot take is drawn in the thread itself, as before.
:class:`ChartCanvas` then paints the image; the chart makes the figure itself only when it is asked
for (saving, the deck's vector export, tests).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, QImage, QPainter

from coop_calc.charts import render
from coop_calc.charts.render import Request
from coop_calc.charts.theme import ChartTheme

from ..processes import CHARTS, Unavailable
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
class Drawn:
    """A chart drawn by :func:`draw_figure`: its pixels as a :class:`QImage` and, when it was drawn in
    this process, the figure itself (laid out and rendered); drawn in the chart process, ``figure`` is
    None and the chart makes it from ``request`` only when someone asks for it (saving, the deck)."""

    figure: Figure | None
    image: QImage
    theme: ChartTheme
    width: int
    height: int
    request: Request


def draw_figure(req: Request) -> Drawn:
    """Worker side: the request drawn in the chart process, or here when it cannot be drawn there."""
    fig = None
    try:
        data, w, h = CHARTS.call(render.rgba, req)
    except Unavailable:
        fig = render.figure(req)
        data, w, h = render.pixels(fig)
    image = QImage(data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)  # a copy, in the fastest format to paint
    image.setDevicePixelRatio(req.dpi / req.base_dpi)
    return Drawn(fig, image, req.theme, req.width, req.height, req)


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
        if drawn.figure is not None:
            self.take(drawn.figure)
        self._image = drawn.image
        self._background = QColor(drawn.theme.background)
        self.update()

    def take(self, figure: Figure) -> None:
        """Make ``figure`` (drawn elsewhere) this canvas' figure."""
        figure.set_canvas(self)
        self.figure = figure

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
