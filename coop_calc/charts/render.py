"""A chart drawn to pixels from a picklable request, in any thread or process (no Qt, no pyplot).

The window draws its charts in a separate process (``ui/processes.py``): matplotlib is
Python, and drawn in a thread of the window's own interpreter it competed with the window for the
interpreter lock. A :class:`Request` carries everything needed — the figure function (a module-level
function, pickled by name), its arguments (engine results, which pickle), the language, the colours
and the size in pixels — and :func:`rgba` returns the rendered pixels; :func:`figure` the same figure
itself, for saving or inspection.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .theme import ChartTheme
from .theme import apply as apply_chart_theme

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    """Everything needed to draw one chart. ``width``/``height``: device pixels; ``dpi``: the figure's
    dpi on the screen (``base_dpi`` × the device pixel ratio); ``themed``: ``fn`` takes ``theme``,
    otherwise the finished figure is recoloured; ``failed_text``: shown instead of a chart whose
    function fails."""

    fn: Callable[..., Any]
    args: tuple
    kw: dict
    lang: str
    theme: ChartTheme
    themed: bool
    width: int
    height: int
    dpi: float
    base_dpi: float
    failed_text: str


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


def figure(req: Request) -> Figure:
    """A new figure of the request's size, built, laid out and rendered (on its own Agg canvas)."""
    fig = Figure(figsize=(max(req.width, 1) / req.dpi, max(req.height, 1) / req.dpi), dpi=req.base_dpi,
                 layout="constrained")
    if req.dpi != req.base_dpi:  # a high-dpi screen: as FigureCanvasQT does, keep the base dpi as original
        fig._set_dpi(req.dpi, forward=False)  # type: ignore[attr-defined]
    agg = FigureCanvasAgg(fig)
    build(req, fig)
    agg.draw()
    return fig


def pixels(fig: Figure) -> tuple[bytes, int, int]:
    """The rendered RGBA pixels of a figure made by :func:`figure`, with their width and height."""
    rgba = np.asarray(fig.canvas.buffer_rgba())  # type: ignore[attr-defined]
    h, w = rgba.shape[:2]
    return rgba.tobytes(), w, h


def rgba(req: Request) -> tuple[bytes, int, int]:
    """The request drawn: RGBA pixels, width, height (what the chart process returns)."""
    return pixels(figure(req))
