"""The presentation deck's work off the GUI thread (run through :class:`ui.tasks.TaskRunner`): the
what-if analysis, the deck's own simulation, the advice of the shown scenario and the analyses of the
scenarios compared. Each takes immutable inputs and returns new objects."""

from __future__ import annotations

import threading

from coop_calc.analysis import analyse
from coop_calc.deck import WhatIf, what_if
from coop_calc.risk.simulate import simulate


def analyse_what_if(scenario, change: WhatIf):
    """Worker: the what-if scenario and its analysis."""
    changed = what_if(scenario, change)
    return changed, analyse(changed)


def simulate_deck(scenario, settings: tuple | None, stop: threading.Event):
    """Worker: the risk simulation of ``scenario`` (with the trials, seed and sampling of ``settings``
    when given, so a what-if is compared like with like)."""
    trials, seed, sampling = settings if settings is not None else (None, None, None)
    return simulate(scenario, trials=trials, seed=seed, sampling=sampling, cancelled=stop.is_set), scenario


def advise_shown(scenario, key, superseded):
    """Worker: the advice of ``scenario`` (the one shown: anonymised in anonymous mode, so that no
    real name reaches the slide); ``superseded()`` stops a long search whose answer is no longer wanted."""
    from coop_calc.advice import advise

    return advise(scenario, cancelled=superseded), key


def analyse_all(scenarios):
    """Worker: the analysis of each scenario compared."""
    return [analyse(s) for s in scenarios]
