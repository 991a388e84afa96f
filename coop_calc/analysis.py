"""One call that computes everything the savings and split views show, for the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .coalitions import MAX_EXACT_PARTNERS, PoolPricer
from .model import Scenario
from .recent import Recent
from .savings import SavingsReport, savings_report
from .splits import SplitAnalysis, analyse_splits, analyse_splits_large


@dataclass(frozen=True)
class Analysis:
    scenario: Scenario
    savings: SavingsReport
    #: all 2ⁿ coalition costs (None for pools larger than MAX_EXACT_PARTNERS)
    costs: np.ndarray | None
    splits: SplitAnalysis | None

    @property
    def chosen_rule(self) -> str:
        return self.scenario.sharing.rule

    def chosen_split(self):
        """The split of the scenario's own rule (None when splits are not computed)."""
        if self.splits is None:
            return None
        return self.splits.splits.get(self.chosen_rule)


#: The latest analyses of every rule, by their scenario: after an edit the window asks for the same
#: scenario's full analysis twice, for the rule comparison and the scenario comparison, from two workers.
_RECENT: Recent[Scenario, Analysis] = Recent(4)


def analyse(scenario: Scenario, rules: list[str] | None = None,
            progress: Callable[[float], None] | None = None) -> Analysis:
    """Savings report and every rule's split (exact for pools of up to 22 partners; beyond that the
    Shapley value is sampled and the coalition checks are left out).

    An analysis of every rule of the very same scenario object made a moment ago is returned again
    (analyses are immutable) instead of being computed twice.

    Raises ValidationError when an order cannot be priced (no quote supplies it)."""
    if rules is None:
        done = recent(scenario)
        if done is not None:
            return done
    return adopt(_analyse(scenario, rules, progress), complete=rules is None)


def recent(scenario: Scenario) -> Analysis | None:
    """The analysis of every rule of this very scenario object made a moment ago, if any."""
    return _RECENT.get(scenario)


def adopt(analysis: Analysis, complete: bool = True) -> Analysis:
    """Keep ``analysis`` (of every rule when ``complete``) to be given again by :func:`analyse` for
    its scenario — also one made elsewhere (another process) and given the caller's scenario object."""
    return _RECENT.put(analysis.scenario, analysis) if complete else analysis


def _analyse(scenario: Scenario, rules: list[str] | None,
             progress: Callable[[float], None] | None) -> Analysis:
    pricer = PoolPricer.of(scenario)
    costs = None
    splits = None
    if 0 < scenario.n <= MAX_EXACT_PARTNERS:
        costs = pricer.all_costs(progress=progress)
        splits = analyse_splits(scenario, costs, pricer, rules)
    elif scenario.n > MAX_EXACT_PARTNERS:
        splits = analyse_splits_large(scenario, pricer)
    report = savings_report(scenario, costs, pricer)
    return Analysis(scenario, report, costs, splits)
