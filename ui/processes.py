"""Helper processes: where the window's heavy Python runs, in parallel with the window.

Drawing a chart (50–200 ms of matplotlib), analysing a pool after an edit (the rule comparison,
~100 ms) and the risk simulation's bookkeeping (its tornado ranking and coalition splits: 0.25–0.45 s
per result) are nearly all Python. In threads of the window's own interpreter they held the interpreter
lock that the window needs for every call into Python (each table cell it paints, each handler), and
the window stalled with them: with a chart page on screen its largest event-loop gap was 230–320 ms,
with chart drawing replaced by nothing 40–60 ms. Each :class:`HelperProcess` is one ``spawn`` process
(sharing nothing with Qt), started once the window shows its first results (so that it does not slow
the window's start) and kept for the session; the window's worker threads hand it a call and wait for
the answer without holding the lock. Until it has started (and in a window that never starts it),
calls are made in the caller's thread.

A call that cannot go there (a function or argument that does not pickle) or a process that failed
raises :class:`Unavailable`, and the caller runs it in its own thread as before; a process that died
is replaced for the next call. ``COOPCALC_PROCESSES=0`` turns them off.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Callable

from coop_calc import calls  # also makes the engine's results picklable

if TYPE_CHECKING:
    from coop_calc.analysis import Analysis

log = logging.getLogger(__name__)


class Unavailable(Exception):
    """The call could not be made in the helper process; make it here."""


class HelperProcess:
    """One helper process, started by :meth:`start` (the window does, a second after its first results);
    until it is ready, :meth:`call` raises Unavailable. With ``shared``, the process and the window see
    one integer at once (``self.shared.value`` here, :data:`coop_calc.calls.shared` there). ``nice``:
    the process runs at that much lower a priority than the window (background work)."""

    def __init__(self, what: str, modules: tuple[str, ...] = (), shared: bool = False, nice: int = 0):
        self.what = what
        self.modules = modules  # imported when the process starts
        self.shared: Any = None  # the shared integer (multiprocessing.RawValue), made with the first process
        self._share = shared
        self._nice = nice
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._ready = threading.Event()  # the process has started and imported its libraries
        self._failed = False  # could not be started: calls run in threads for the rest of the session

    def enabled(self) -> bool:
        return os.environ.get("COOPCALC_PROCESSES", "1") != "0" and not self._failed

    def _get(self) -> ProcessPoolExecutor | None:
        with self._lock:
            if self._executor is None and self.enabled():
                try:
                    context = multiprocessing.get_context("spawn")
                    if self._share and self.shared is None:
                        self.shared = context.RawValue("q", 0)
                    self._executor = ProcessPoolExecutor(max_workers=1, mp_context=context,
                                                         initializer=calls.prepare, initargs=(self.shared, self._nice))
                except (OSError, ValueError, RuntimeError) as e:
                    log.warning("no %s process (%s): computed in a thread", self.what, e)
                    self._failed = True
            return self._executor

    def start(self) -> None:
        """Start the process (it takes a second or two to import its libraries; until then calls are
        made in the caller's thread)."""
        ex = self._get()
        if ex is None or self._ready.is_set():
            return
        try:
            ex.submit(calls.ready, *self.modules).add_done_callback(functools.partial(self._started, ex))
        except (BrokenProcessPool, RuntimeError):
            self._forget(ex)

    def _started(self, ex: ProcessPoolExecutor, done: Future) -> None:
        if done.cancelled() or done.exception() is not None:
            self._forget(ex)
        elif self._executor is ex:
            self._ready.set()

    def ready(self) -> bool:
        return self._ready.is_set()

    def wait_ready(self, timeout: float) -> bool:
        """Start the process and wait until it takes calls (tests, benchmarks)."""
        self.start()
        return self._ready.wait(timeout)

    def call(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """``fn(*args, **kw)`` in the process: its result, or the exception it raised; Unavailable when
        the call could not be made there."""
        ex = self._executor
        if ex is None or not self._ready.is_set():
            raise Unavailable(f"the {self.what} process has not started")
        try:
            ok, value = ex.submit(calls.run, fn, args, kw).result()
        except BrokenProcessPool as e:  # the process died (killed, out of memory): a new one starts
            log.warning("the %s process stopped (%s); starting a new one", self.what, e)
            self._forget(ex)
            self.start()
            raise Unavailable(str(e)) from e
        except Exception as e:  # noqa: BLE001 - e.g. an argument or a result that does not pickle
            log.info("%s computed in this thread: %s", self.what, e)
            raise Unavailable(str(e)) from e
        if not ok:
            raise value
        return value

    def pids(self) -> list[int]:
        """The process ids (for tests)."""
        ex = self._executor
        return list(getattr(ex, "_processes", None) or {}) if ex is not None else []

    def _forget(self, ex: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is ex:
                self._executor = None
                self._ready.clear()
        ex.shutdown(wait=False, cancel_futures=True)

    def shutdown(self, wait: bool = True) -> None:
        """Stop the process (at exit; a later call starts a new one). ``wait``: until it has ended."""
        with self._lock:
            ex, self._executor = self._executor, None
            self._ready.clear()
        if ex is not None:
            ex.shutdown(wait=wait, cancel_futures=True)


#: charts of the result pages (:func:`ui.results.chart_canvas.draw_figure`)
CHARTS = HelperProcess("chart", ("coop_calc.charts", "coop_calc.charts.render"))
#: the analysis behind every edit (:func:`analysed`)
ANALYSES = HelperProcess("analysis", ("coop_calc.analysis",))
#: the risk page's simulation, step by step (:mod:`ui.results.risk_steps`); ``shared``: the run that may go on
RISK = HelperProcess("risk", ("coop_calc.risk.steps",), shared=True, nice=5)
ALL = (CHARTS, ANALYSES, RISK)


def start_all() -> None:
    for helper in ALL:
        helper.start()


def ready() -> bool:
    """Every helper process takes calls (or is turned off)."""
    return all(helper.ready() or not helper.enabled() for helper in ALL)


def shutdown_all(wait: bool = True) -> None:
    for helper in ALL:
        helper.shutdown(wait)


def analysed(scenario, rules: list[str] | None = None) -> Analysis:
    """``analyse(scenario, rules)`` in the analysis process (in this thread when it cannot be made
    there). The answer is this very scenario's analysis: a full analysis made a moment ago is given
    again, and one made there is adopted (its copy of the scenario replaced by ``scenario``)."""
    from coop_calc.analysis import adopt, analyse, recent  # scipy: not before the window is up

    if rules is None:
        done = recent(scenario)
        if done is not None:
            return done
    try:
        made = ANALYSES.call(analyse, scenario, rules)
    except Unavailable:
        return analyse(scenario, rules=rules)
    return adopt(dataclasses.replace(made, scenario=scenario), complete=rules is None)
