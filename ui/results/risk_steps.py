"""The risk page's simulation in the risk helper process, step by step, with the run kept there.

Simulating in a worker thread of the window's own interpreter, the run's Python (the chunks'
bookkeeping, the tornado ranking, the coalition splits: a quarter to half a second per result) held
the interpreter lock that the window needs for every paint and handler; with the Risk page on screen
and live risk running, the window stalled for about 100 ms at a time. :class:`SteppedRun` makes the
same run in :data:`ui.processes.RISK` (:mod:`coop_calc.risk.steps`): the worker thread asks for one
block of trials at a time and waits without the lock, reports progress and looks for Cancel between
steps, and a newer run stops an older one's step at once through the shared run number.

Where the process cannot take the run (not started yet, died, or another window's run took it), the
run goes on in the worker thread — replaying the trials done there first, which are the same bit for
bit — so the figures never depend on where they were computed.
"""

from __future__ import annotations

import itertools
import threading
from typing import Any, Callable

from coop_calc.risk import steps
from coop_calc.risk.correlation import cancellable
from coop_calc.risk.precision import Precision
from coop_calc.risk.result import RiskResult
from coop_calc.risk.run import Cancelled, RiskRun
from coop_calc.risk.sampling import BLOCK

from ..processes import RISK, Unavailable

_keys = itertools.count(1)
_lock = threading.Lock()
_newest = 0  # the newest run that has claimed the process


def new_key() -> int:
    """A run's number; take it in the window's thread when the run is asked for, so that numbers rise
    with the requests."""
    return next(_keys)


def stop_all() -> None:
    """Whatever runs in the risk process stops within one block of trials (Cancel, a newer run)."""
    with _lock:
        if RISK.shared is not None:
            RISK.shared.value = 0


def _claim(key: int) -> bool:
    """Make run ``key`` the one that may go on in the process; False when a newer run has claimed it."""
    global _newest
    with _lock:
        if key < _newest:
            return False
        _newest = key
        if RISK.shared is not None:
            RISK.shared.value = key
        return True


class SteppedRun:
    """:class:`~coop_calc.risk.run.RiskRun`'s ``advance`` and ``result`` for a worker thread, made in the
    risk process when it can take them and in this thread otherwise (see the module docstring).
    ``stop`` is the run's Cancel: every method raises :class:`Cancelled` once it is set."""

    def __init__(self, key: int, scenario, sampling: str | None, stop: threading.Event):
        self.key, self.scenario, self.sampling, self.stop = key, scenario, sampling, stop
        self.done = 0
        self.here: RiskRun | None = None
        self._check()
        if _claim(key):
            self._there(steps.begin, key, scenario, sampling)  # if it cannot start there, it starts here
        else:
            self._go_here()

    def _check(self) -> None:
        if self.stop.is_set():
            raise Cancelled()

    def _there(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` in the process; when the process cannot go on, the run is moved here instead
        (``self.here`` is set, and the answer is None)."""
        try:
            return RISK.call(fn, *args)
        except (Unavailable, steps.Gone):
            pass
        except Cancelled:
            self._check()  # our own Cancel; otherwise another window's run took the process
        self._go_here()
        return None

    def _go_here(self) -> None:
        if self.here is not None:
            return
        with cancellable(self.stop.is_set):  # the correlation repair asks too
            self.here = RiskRun(self.scenario, sampling=self.sampling)
        if self.done:
            self.here.advance(self.done, cancelled=self.stop.is_set)

    def advance(self, trials: int, target: Precision | None = None, chunk: int = BLOCK,
                progress: Callable[[float], None] | None = None) -> bool:
        """As :meth:`RiskRun.advance <coop_calc.risk.run.RiskRun.advance>` (same stop, same figures); in
        the process one ``chunk`` of trials per step."""
        first = self.done

        def report(done: int) -> None:
            if progress is not None:
                progress((done - first) / max(trials - first, 1))

        while self.here is None and self.done < trials:
            self._check()
            to = min(trials, self.done - self.done % BLOCK + max(BLOCK, chunk))
            answer = self._there(steps.advance, self.key, to, target, BLOCK)
            if self.here is not None:
                break
            self.done, stopped = answer
            self._check()
            if stopped == "target":
                report(trials)
                return True
            report(self.done)
        if self.here is not None:
            start = self.here.done
            holds = self.here.advance(trials, target=target, chunk=chunk, cancelled=self.stop.is_set,
                                      progress=lambda f: report(round(start + f * (trials - start))))
            self.done = self.here.done
            return holds
        return target is None

    def result(self, exact_shares: bool = True, sensitivity: bool = True, last: bool = False) -> RiskResult:
        """As :meth:`RiskRun.result <coop_calc.risk.run.RiskRun.result>`; ``last``: the process may let
        the run go."""
        self._check()
        if self.here is None:
            made = self._there(steps.result, self.key, exact_shares, sensitivity, last)
            if self.here is None:
                return made
        return self.here.result(exact_shares=exact_shares, sensitivity=sensitivity, cancelled=self.stop.is_set)
