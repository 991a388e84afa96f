"""The chart process: where the result pages' charts are drawn, in parallel with the window.

Drawing a chart is 50–200 ms of matplotlib, nearly all of it Python. In a thread of the window's own
interpreter it held the interpreter lock most of that time, and the window, which needs the lock for
every call into Python (each table cell it paints, each handler), stalled with it: with the charts
drawn in the window's process the largest event-loop gap on a chart page was 230–320 ms, with
drawing replaced by nothing 40–60 ms. One process (started at the first chart, kept for the session,
``spawn`` so that it shares nothing with Qt) draws the :class:`~coop_calc.charts.render.Request` and
sends back the pixels; the chart thread of the window only waits for them (without the lock).

A request that cannot go there (a figure function that does not pickle) or a process that failed is
drawn in the calling thread instead, as before; ``COOPCALC_CHART_PROCESS=0`` turns the process off.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from coop_calc.charts import render

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_EXECUTOR: ProcessPoolExecutor | None = None
_FAILED = False  # the process could not be started: draw in threads for the rest of the session


def enabled() -> bool:
    return os.environ.get("COOPCALC_CHART_PROCESS", "1") != "0" and not _FAILED


def _executor() -> ProcessPoolExecutor | None:
    global _EXECUTOR, _FAILED
    with _LOCK:
        if _EXECUTOR is None and enabled():
            try:
                _EXECUTOR = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            except (OSError, ValueError, RuntimeError) as e:
                log.warning("no chart process (%s): charts are drawn in a thread", e)
                _FAILED = True
        return _EXECUTOR


def start() -> Future | None:
    """Start the process now (it takes a second or two to import matplotlib), so that the first chart
    does not wait for it."""
    ex = _executor()
    if ex is None:
        return None
    try:
        return ex.submit(render.ready)
    except (BrokenProcessPool, RuntimeError):
        _forget(ex)
        return None


def draw(req: render.Request) -> tuple[bytes, int, int] | None:
    """The request drawn in the chart process — RGBA pixels, width, height — or None when it could not
    be drawn there (the caller draws it itself)."""
    ex = _executor()
    if ex is None:
        return None
    try:
        return ex.submit(render.rgba, req).result()
    except BrokenProcessPool as e:  # the process died (killed, out of memory): a new one next time
        log.warning("the chart process stopped (%s); starting a new one", e)
        _forget(ex)
    except RuntimeError as e:  # submitted while shutting down
        log.info("chart process not available: %s", e)
    except Exception as e:  # noqa: BLE001 - e.g. a figure function or argument that does not pickle
        log.info("chart drawn in this thread: %s", e)
    return None


def _forget(ex: ProcessPoolExecutor) -> None:
    global _EXECUTOR
    with _LOCK:
        if _EXECUTOR is ex:
            _EXECUTOR = None
    ex.shutdown(wait=False, cancel_futures=True)


def shutdown(wait: bool = True) -> None:
    """Stop the process (at exit; a later chart starts a new one). ``wait``: until it has ended."""
    global _EXECUTOR
    with _LOCK:
        ex, _EXECUTOR = _EXECUTOR, None
    if ex is not None:
        ex.shutdown(wait=wait, cancel_futures=True)
