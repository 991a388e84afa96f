"""The figures every export shows, taken once from :func:`coop_calc.output.compute_json`.

Exports never recompute: the workbook, the statements, the report and the charts read the same
rounded numbers the ``compute --json`` command prints (amounts to the cent; shares rounded by largest
remainder so they add up to their totals). Anonymisation happens before, on the analysis itself
(:func:`~coop_calc.exchange.anonymise.anonymise_analysis`), so ids and names are replaced alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..analysis import Analysis
from ..coalitions import members, savings_game
from ..model import Scenario
from ..money import cents, from_cents
from ..money_table import MoneyTable, money_table
from ..output import compute_json
from ..splits import RULE_TITLES
from .anonymise import anonymise_analysis

#: Coalitions are listed one by one for pools of at most this many partners (2¹² − 1 = 4,095 rows).
MAX_LISTED_PARTNERS = 12


@dataclass
class Results:
    """An analysis with its rounded output document and the labels partners are shown by."""

    analysis: Analysis
    data: dict[str, Any]
    anonymous: bool = False
    _v: np.ndarray | None = field(default=None, repr=False)
    _table: MoneyTable | None = field(default=None, repr=False)

    @property
    def money(self) -> MoneyTable:
        """The reconciled rounded figures (the same the JSON document holds)."""
        if self._table is None:
            self._table = money_table(self.analysis)
        return self._table

    @property
    def scenario(self) -> Scenario:
        return self.analysis.scenario

    @property
    def n(self) -> int:
        return self.scenario.n

    @property
    def currency(self) -> str:
        return self.data["currency"]

    @property
    def labels(self) -> list[str]:
        """Partner names (aliases when anonymous), in partner order."""
        return [p["name"] for p in self.data["partners"]]

    @property
    def rules(self) -> list[str]:
        """Rules with a computed split, in the order the app lists them (empty for very large pools)."""
        return list(self.data.get("splits", {}))

    @property
    def chosen_rule(self) -> str:
        return self.data["rule"]

    @property
    def chosen_title(self) -> str:
        return RULE_TITLES.get(self.chosen_rule, self.chosen_rule)

    def split(self, rule: str | None = None) -> dict[str, Any] | None:
        return self.data.get("splits", {}).get(rule or self.chosen_rule)

    def pooled_costs(self) -> list[float] | None:
        """Each partner's cost in the pool under the chosen rule (sums to the pooled cost)."""
        sp = self.split()
        return sp["cost"] if sp else None

    def savings_shares(self) -> list[float] | None:
        """Each partner's share of the savings under the chosen rule (sums to the savings)."""
        sp = self.split()
        return sp["savings"] if sp else None

    def game(self) -> np.ndarray | None:
        """v(S) for every coalition mask (None when the pool is too large to enumerate)."""
        if self._v is None and self.analysis.costs is not None:
            self._v = savings_game(self.analysis.costs)
        return self._v

    def coalition_label(self, mask: int) -> list[str]:
        return [self.labels[i] for i in members(mask, self.n)]

    def group_text(self, ids: list[str], lang: str = "en") -> str:
        """A group of partners (by id) in words: 'A, B' — or 'all except C' when that is shorter."""
        pids = self.scenario.partner_ids()
        inside = [i for i, pid in enumerate(pids) if pid in set(ids)]
        outside = [i for i in range(self.n) if i not in inside]
        if self.n > 3 and len(outside) < len(inside):
            word = "alle außer" if lang.startswith("de") else "all except"
            return f"{word} {', '.join(self.labels[i] for i in outside)}" if outside else (
                "alle" if lang.startswith("de") else "all")
        return ", ".join(self.labels[i] for i in inside)

    def own_complaint(self, i: int, rule: str | None = None) -> float | None:
        """The most any group that includes partner ``i`` (but not the whole pool) would gain by
        leaving with it under ``rule``: max over S ∋ i, S ≠ N of v(S) − x(S). None if not computable."""
        v = self.game()
        sp = self.split(rule)
        splits = self.analysis.splits
        if v is None or sp is None or splits is None or self.n < 2:
            return None
        x = splits.splits[rule or self.chosen_rule].savings
        masks = np.arange(1 << self.n)
        xs = np.zeros(1 << self.n)
        for j in range(self.n):
            xs[masks >> j & 1 == 1] += x[j]
        sel = (masks >> i & 1 == 1) & (masks != (1 << self.n) - 1)
        return cents(float(np.max(v[sel] - xs[sel])))

    def coalitions(self) -> list[dict[str, Any]] | None:
        """Every non-empty coalition (pools of at most MAX_LISTED_PARTNERS), smallest first: its
        members, cost, the members' stand-alone total, its savings v(S) and, under the chosen rule,
        the savings its members receive x(S) and the complaint v(S) − x(S)."""
        costs = self.analysis.costs
        if costs is None or self.n > MAX_LISTED_PARTNERS or self.n == 0:
            return None
        rule = self.chosen_rule if self.split() is not None else None
        cost, alone, got = self.money.all_coalitions(costs, rule)
        out = []
        masks = sorted(range(1, 1 << self.n), key=lambda m: (bin(m).count("1"), m))
        for m in masks:
            idx = members(m, self.n)
            row = {"mask": m, "members": [self.labels[i] for i in idx], "size": len(idx),
                   "cost": from_cents(cost[m]), "standalone": from_cents(alone[m]),
                   "savings": from_cents(alone[m] - cost[m])}
            if got is not None:
                row["received"] = from_cents(got[m])
                row["complaint"] = from_cents(alone[m] - cost[m] - got[m])
            out.append(row)
        return out


def results(a: Analysis, anonymise: bool = False) -> Results:
    """The rounded results of ``a`` (anonymised: aliases and neutral ids throughout)."""
    if anonymise:
        a = anonymise_analysis(a)
    t = money_table(a)  # one rounding for the JSON document and the coalition rows
    return Results(a, compute_json(a, table=t), anonymous=anonymise, _table=t)


def coerce(source: Analysis | Scenario | Results, anonymise: bool = False) -> Results:
    """Results from an analysis, a scenario (analysed here) or results already built."""
    if isinstance(source, Results):
        if anonymise and not source.anonymous:
            return results(source.analysis, True)
        return source
    if isinstance(source, Scenario):
        from ..analysis import analyse

        source = analyse(source)
    return results(source, anonymise)
