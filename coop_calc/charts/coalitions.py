"""Coalition explorer: which groups of partners would be better off on their own under a rule.

A group's *complaint* under a split is what it would save by buying on its own minus the savings its
members receive in the pool, ``v(S) − x(S)`` (currency); positive means the group has a reason to
leave. Rows are sorted by complaint, largest first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

from ..analysis import Analysis
from ..coalitions import members, popcount, savings_game, subset_sums
from ._base import GREEN, RED, empty, figure, format_money, label_chars, money_axis, short_names, shorten, style, wrap
from .texts import rule_title, t
from .theme import ChartTheme
from .theme import apply as apply_theme

#: Pools up to this size list every coalition; larger pools list the largest complaints only.
FULL_TABLE_PARTNERS = 10


@dataclass(frozen=True)
class CoalitionTable:
    """Parallel arrays, one entry per coalition (currency amounts)."""

    masks: np.ndarray
    size: np.ndarray
    cost: np.ndarray  # c(S): what the group pays buying together (coordination included)
    standalone: np.ndarray  # Σ c({i}): what its members pay buying alone
    savings: np.ndarray  # v(S)
    received: np.ndarray  # x(S): the members' savings in the pool under the rule
    complaint: np.ndarray  # v(S) − x(S)
    complete: bool  # every coalition listed (else only the largest complaints)

    def __len__(self) -> int:
        return len(self.masks)

    def members(self, row: int, n: int) -> list[int]:
        return members(int(self.masks[row]), n)


def coalition_table(analysis: Analysis, rule: str, limit: int | None = None,
                    include_any: list[int] | tuple[int, ...] = ()) -> CoalitionTable | None:
    """Coalitions (every non-empty one, the whole pool included) by complaint under ``rule``, largest
    first; ties: smaller groups first. Pools of more than FULL_TABLE_PARTNERS partners — or with
    ``limit`` — keep only the ``limit`` (default 200) largest complaints. ``include_any``: masks; keep
    only coalitions that contain at least one partner of every mask (a search by partner names).
    None without the full game."""
    if analysis.costs is None or analysis.splits is None or rule not in analysis.splits.splits:
        return None
    n = analysis.scenario.n
    costs = analysis.costs
    v = savings_game(costs)
    x = analysis.splits.splits[rule].savings
    received = subset_sums(np.asarray(x, dtype=float))
    complaint = v - received
    masks = np.arange(1, 1 << n)
    for m in include_any:
        masks = masks[(masks & int(m)) != 0]
    complete = n <= FULL_TABLE_PARTNERS and limit is None
    if not complete and len(masks) > (limit or 200):
        keep = limit or 200
        masks = masks[np.argpartition(-complaint[masks], keep - 1)[:keep]]
    sizes = popcount(masks)
    order = np.lexsort((masks, sizes, -np.round(complaint[masks], 6)))
    masks = masks[order]
    alone = subset_sums(costs[1 << np.arange(n)])
    return CoalitionTable(masks, popcount(masks), costs[masks], alone[masks], v[masks], received[masks],
                          complaint[masks], complete)


def group_label(names: list[str], who: list[int], lang: str = "en", width: int = 60) -> str:
    """A short name for a group: its members, or "All except …" when it leaves out only a few."""
    n = len(names)
    if len(who) == n:
        return t("all_partners", lang)
    short = [shorten(nm, 24) for nm in (short_names(names) if n > 3 else names)]
    if len(who) > n / 2 and n - len(who) <= 3:
        return shorten(t("all_except", lang, names=", ".join(short[i] for i in range(n) if i not in who)), width)
    return shorten(" + ".join(short[i] for i in who), width)


def complaints_chart(analysis: Analysis, rule: str, *, lang: str = "en", top: int = 8, fig: Figure | None = None,
                     size: tuple[float, float] = (8.0, 4.0), theme: ChartTheme | str | None = None,
                     include_any: list[int] | tuple[int, ...] = ()) -> Figure:
    """Horizontal bars of the groups with the largest complaints under ``rule`` (red: the group would
    gain by leaving; green: it is better off in the pool). ``include_any``: as in :func:`coalition_table`
    (only groups with the partners searched for)."""
    fig = figure(fig, size)
    table = coalition_table(analysis, rule, limit=top + 1, include_any=include_any)
    if table is None:
        return apply_theme(empty(fig, t("cp_none", lang)), theme)
    s = analysis.scenario
    full = (1 << s.n) - 1
    rows = [j for j in range(len(table)) if int(table.masks[j]) != full][:top]
    if not rows:  # a pool of one (no group could leave), or no group with the partners searched for
        return apply_theme(empty(fig, t("cp_nomatch" if include_any else "cp_none", lang)), theme)
    ax = fig.add_subplot()
    names = [p.name for p in analysis.savings.partners]
    # whole groups (no ellipsis): long ones wrap onto a second or third line
    width = max(24, min(48, label_chars(fig, 0.4)))
    labels = wrap([group_label(names, table.members(j, s.n), lang, 1000) for j in rows], width)
    values = table.complaint[rows]
    y = np.arange(len(rows))
    ax.barh(y, values, 0.6, color=[RED if v > 1e-6 else GREEN for v in values])
    for yi, v in zip(y, values):
        ax.annotate(format_money(v, s.meta.currency, lang, 0), (v, yi), xytext=(4 if v >= 0 else -4, 0),
                    textcoords="offset points", ha="left" if v >= 0 else "right", va="center", fontsize=8)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, labels, fontsize=8 if all("\n" not in lb for lb in labels) else 7.5, linespacing=1.0)
    ax.invert_yaxis()
    lo, hi = float(min(values.min(), 0.0)), float(max(values.max(), 0.0))
    pad = (hi - lo) * 0.25 or 1.0
    ax.set_xlim(lo - (pad if lo < 0 else 0), hi + pad)
    money_axis(ax, s.meta.currency, lang, axis="x")
    ax.set_xlabel(t("cp_x", lang))
    style(ax, t("cp_title", lang, rule=rule_title(rule, lang)), grid="x")
    return apply_theme(fig, theme)
