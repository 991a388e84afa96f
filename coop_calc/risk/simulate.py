"""Monte Carlo misinvestment risk: every partner's NPV stand-alone and in the pool, trial by trial.

NPV of a partner's investment in one trial (currency, purchase at year 0, benefits and operating
cost in years 1…L of the item's useful life, discount rate r):

    Σ_k  q_ik·utilisation_k·benefit_k·(1 − failed_ik·loss_k)·A_k      (benefit of its own need)
       − purchase_i − Σ_k E_k·(its part of item k's cost)              (price, escalated)
       − Σ_k opex_k·(its part of the units of k)·A_k                   (operating cost)
       + Σ_k residual_k·(1 + E_k)·(its part of item k's cost)·(1+r)^−L_k

with ``A_k = (1 − (1+r)^−L_k) / r``. Stand-alone, "its part" is its whole own purchase. In the pool,
the purchase is its cost share under the scenario's rule *applied to the coalition that really formed*
(drop-outs leave), and each item's price escalation, operating cost and residual value are shared by
volume within that coalition. A partner who drops out invests in neither world; its figures are taken
over the trials in which it goes ahead, so "alone" and "pooled" are compared on the same trials.

The engine is :class:`.run.RiskRun` (advance step by step, stop when precise enough, resume);
:func:`simulate` is one run from start to end. Coalition terms: :mod:`.pool_terms`; the result:
:mod:`.result`; the stop rule: :mod:`.precision`.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from ..model import Scenario
from .correlation import cancellable, correlated_uniforms
from .metrics import rank_sensitivity
from .model import build_inputs, values
from .pool_terms import CoalitionTerms, PoolTerms, expected_costs_under_dropout
from .precision import Precision
from .result import RiskResult
from .run import SERIES_CAP, Cancelled, RiskRun, annuity

__all__ = ["Cancelled", "CoalitionTerms", "PoolTerms", "Precision", "RiskResult", "RiskRun", "SERIES_CAP",
           "build_inputs", "correlated_uniforms", "expected_costs_under_dropout", "rank_sensitivity", "simulate",
           "values"]

def _annuity(rate: np.ndarray, life: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Annuity factor A and end-of-life discount factor, T × K (see :func:`.run.annuity`)."""
    return annuity(rate, np.asarray(life, dtype=float))


def simulate(scenario: Scenario, trials: int | None = None, seed: int | None = None,
             sampling: str | None = None, chunk: int = 8192,
             progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None,
             sensitivity_trials: int = 10_000, correlation_method: str = "iman_conover",
             precision: Precision | None = None) -> RiskResult:
    """Run the Monte Carlo simulation of the scenario (settings default to ``scenario.risk``).

    ``trials`` is the number of trials, or with ``precision`` the cap: the run then stops at the
    first multiple of 4,096 trials where the target holds (see :mod:`.precision`), and
    ``result.precision`` says what was reached and why it stopped.

    Results are identical bit for bit for the same (trials, seed, sampling, precision), whatever
    ``chunk`` (rounded up to a multiple of 4,096) and the number of threads. Memory is bounded by
    the chunk size and the streaming summaries, not by ``trials``. Raises :class:`Cancelled` when
    ``cancelled()`` turns true, ValidationError for unusable inputs.
    """
    with cancellable(cancelled):  # the correlation check/repair in RiskRun asks cancelled() too
        run = RiskRun(scenario, seed=seed, sampling=sampling, sensitivity_trials=sensitivity_trials,
                      correlation_method=correlation_method)
    run.advance(int(trials or scenario.risk.trials), target=precision, chunk=chunk, progress=progress,
                cancelled=cancelled)
    return run.result()
