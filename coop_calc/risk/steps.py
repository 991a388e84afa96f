"""A risk run kept in another process between calls, so that a window can simulate step by step there.

The window's live risk (and its Run button) simulates in a helper process, where the simulation
does not hold the window's interpreter lock. It asks for the run in steps — :func:`begin`, several
:func:`advance`, :func:`result` — and between two steps reports progress and looks for Cancel. Each
run has a number (``key``); an integer shared with the window (:data:`coop_calc.calls.shared`) names
the run that may go on: the window sets it to a newer run's number, or to 0 on Cancel, and a step of
any other run stops within one block of trials (:class:`.run.Cancelled`), so a newer edit never
waits for an older refinement. The process holds one run at a time.
"""

from __future__ import annotations

from .. import calls
from ..model import Scenario
from .correlation import cancellable
from .precision import Precision
from .result import RiskResult
from .run import Cancelled, RiskRun

_held: tuple[int, RiskRun] | None = None


class Gone(Exception):
    """This process does not hold the run (a newer one replaced it, or the process was replaced)."""


def _stopped(key: int) -> bool:
    """Whether run ``key`` is to stop: another run is current (only where the window shares the number)."""
    return calls.shared is not None and calls.shared.value != key


def _run(key: int) -> RiskRun:
    if _held is None or _held[0] != key:
        raise Gone(key)
    return _held[1]


def begin(key: int, scenario: Scenario, sampling: str | None) -> None:
    """Start run ``key`` of ``scenario`` (replacing the run held); raises ValidationError for unusable
    inputs, Cancelled when a newer run is current."""
    global _held
    _held = None
    with cancellable(lambda: _stopped(key)):  # the correlation repair asks too
        run = RiskRun(scenario, sampling=sampling)
    _held = (key, run)


def advance(key: int, trials: int, target: Precision | None, chunk: int) -> tuple[int, str]:
    """Advance run ``key`` to ``trials`` (see :meth:`.run.RiskRun.advance`); returns the trials done and
    why it stopped ("target", "cap" or "trials")."""
    run = _run(key)
    run.advance(trials, target=target, chunk=chunk, cancelled=lambda: _stopped(key))
    return run.done, run.stopped


def result(key: int, exact_shares: bool = True, sensitivity: bool = True, last: bool = False) -> RiskResult:
    """The figures of run ``key`` so far (see :meth:`.run.RiskRun.result`); ``last``: the run is then
    let go."""
    global _held
    run = _run(key)
    out = run.result(exact_shares=exact_shares, sensitivity=sensitivity, cancelled=lambda: _stopped(key))
    if last:
        _held = None
    return out


__all__ = ["Cancelled", "Gone", "advance", "begin", "result"]
