"""One-sentence headlines for the presentation deck: each slide's finding, in numbers, in English or
German ("Pooling saves €1,858,950 (49 %); every partner gains").

Every headline is computed from the same engine results the slide's chart and table show, so the
sentence and the figures below it cannot disagree. Amounts are rounded to whole currency units and
percentages to whole percent (the slide's table gives the exact figures). Partners are named by
their first word(s) ("Kessler"), as a speaker would say them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .analysis import Analysis
from .charts._base import short_names
from .exchange.formatting import format_money, format_number, lang_of
from .exchange.texts import pick, rule_title
from .i18n import has
from .i18n import text as catalogue_text
from .money import round_to_total, to_units
from .money_table import money_table

#: A share of the savings below this (currency units) counts as zero: neither gain nor loss.
CENT = 0.005


@dataclass(frozen=True)
class Headline:
    """A slide's sentence and the main figure it states (currency or a probability 0…1), so that a
    test or a what-if can compare headlines by number rather than by wording."""

    text: str
    value: float | None = None

    def __post_init__(self) -> None:  # a sentence may begin with a rule's phrase ("under …")
        object.__setattr__(self, "text", self.text[:1].upper() + self.text[1:])


def _t(key: str, lang: str, **kw: object) -> str:
    return pick("headline", key, lang, **kw)


def _under(rule: str, lang: str) -> str:
    # how a sentence names a rule: "under …" (en) / "bei …" (de); the rule's title when unnamed
    return catalogue_text("headline_under", rule, lang) if has("headline_under", rule, "en") else rule_title(rule, lang)


def _money(x: float, currency: str, lang: str) -> str:
    return format_money(to_units(x, 0), currency, lang, 0)  # half away from zero (coop_calc.money)


@dataclass(frozen=True)
class WholeUnits:
    """An analysis's amounts in whole currency units, reconciled as the slides show them: rounded once
    from the cent-exact :func:`~coop_calc.money_table.money_table` by the policy of :mod:`coop_calc.money`
    (``round_to_total(…, decimals=0)``), so that every identity a reader can check on a slide holds in
    whole units:

    * ``standalone − gross_savings + coordination_cost = pooled_cost``; ``standalone − pooled_cost = savings``;
    * Σ ``partner_standalone`` = ``standalone``; Σ ``partner_savings`` = ``savings`` (chosen rule);
      ``partner_cost[i] = partner_standalone[i] − partner_savings[i]``, so Σ ``partner_cost`` = ``pooled_cost``;
    * ``leave_savings[i] + leave_lost[i] = savings``.

    Each figure lies within one or two units of its exact value. ``partner_savings`` is empty when the
    chosen split is not available."""

    standalone: float
    gross_savings: float
    coordination_cost: float
    pooled_cost: float
    savings: float
    partner_standalone: tuple[float, ...]
    partner_savings: tuple[float, ...]
    partner_cost: tuple[float, ...]
    leave_savings: tuple[float, ...]
    leave_lost: tuple[float, ...]


def whole_units(analysis: Analysis) -> WholeUnits:
    """The reconciled whole-unit figures of ``analysis`` (see :class:`WholeUnits`)."""
    mt = money_table(analysis)
    alone = round_to_total(mt.standalone, decimals=0)
    total = sum(alone)  # = the stand-alone total rounded half away from zero
    pooled = float(to_units(mt.pooled_cost, 0))
    net = total - pooled
    gross_neg, coord = round_to_total([-mt.gross_savings, mt.coordination_cost], pooled - total, decimals=0) \
        if mt.standalone else (0.0, 0.0)
    rule = analysis.chosen_rule
    shares: tuple[float, ...] = ()
    if rule in mt.split_savings:
        shares = tuple(round_to_total(mt.split_savings[rule], net, decimals=0))
    still = tuple(float(to_units(x, 0)) for x in mt.leave_savings)
    return WholeUnits(total, -gross_neg, coord, pooled, net, tuple(alone), shares,
                      tuple(a - x for a, x in zip(alone, shares)), still, tuple(net - x for x in still))


def _pct(points: float, lang: str) -> str:
    """Whole percent, but never "0 %" for a small non-zero share."""
    if 0 < abs(points) < 0.5:
        return _t("below", lang, x="1\u00a0%")
    return f"{format_number(points, lang, 0)}\u00a0%"  # no line break between number and sign


def _names(names: Sequence[str], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {_t('and', lang)} " + names[-1]


def _group(names: Sequence[str], who: list[int], lang: str) -> str:
    """A group as a speaker names it: up to three members by name, "all partners except …" when it
    leaves out at most three, else "a group of k partners" (the slide's table lists them)."""
    n = len(names)
    if len(who) <= 3:
        return _names([names[i] for i in who], lang)
    if n - len(who) <= 3:
        return _t("all_except", lang, names=_names([names[i] for i in range(n) if i not in who], lang))
    return _t("group_of", lang, k=len(who))


def _who(analysis: Analysis) -> list[str]:
    return short_names([p.name for p in analysis.scenario.partners])


def savings(analysis: Analysis, lang: str = "en") -> Headline:
    """The pool's net savings in currency and percent, and whether every partner gains under the
    chosen rule. ``value``: the net savings (currency)."""
    r = analysis.savings
    cur = r.currency
    if analysis.scenario.n == 0:
        return Headline(_t("empty", lang), 0.0)
    if analysis.scenario.n < 2:
        return Headline(_t("one", lang), float(r.savings))
    shown = whole_units(analysis).savings  # the figure of the slide's table, to the unit
    if r.savings < 0:
        return Headline(_t("cost_more", lang, amount=_money(-shown, cur, lang)), float(r.savings))
    head = _t("save", lang, amount=_money(shown, cur, lang), pct=_pct(r.savings_pct, lang))
    split = analysis.chosen_split()
    if split is None:
        return Headline(head, float(r.savings))
    worse = [nm for nm, x in zip(_who(analysis), split.savings) if x < -CENT]
    if worse:
        tail = _t("some_worse" + ("_pl" if len(worse) > 1 else ""), lang, who=_names(worse, lang),
                  rule=_under(split.rule, lang))
    elif all(x > CENT for x in split.savings):
        tail = _t("all_gain", lang)
    else:
        tail = _t("none_worse", lang)
    return Headline(f"{head}; {tail}", float(r.savings))


def partners(analysis: Analysis, lang: str = "en") -> Headline:
    """How much less each partner pays than alone under the chosen rule (the range in percent), or
    who pays more. ``value``: the smallest saving in percent."""
    split = analysis.chosen_split()
    if split is None or analysis.scenario.n < 2:
        return savings(analysis, lang)
    cur = analysis.savings.currency
    rule = _under(split.rule, lang)
    names = _who(analysis)
    alone = np.asarray(analysis.splits.standalone, dtype=float) if analysis.splits else split.cost + split.savings
    worse = [i for i, x in enumerate(split.savings) if x < -CENT]
    if worse:
        i = min(worse, key=lambda j: split.savings[j])
        return Headline(_t("pays_more", lang, rule=rule, who=names[i], amount=_money(-split.savings[i], cur, lang)),
                        float(split.savings[i]))
    pct = np.where(alone > 0, 100.0 * np.asarray(split.savings) / np.where(alone > 0, alone, 1.0), 0.0)
    lo, hi = float(pct.min()), float(pct.max())
    if round(lo) == round(hi):
        return Headline(_t("one_range", lang, rule=rule, pct=_pct(lo, lang)), lo)
    return Headline(_t("range", lang, rule=rule, lo=_pct(lo, lang), hi=_pct(hi, lang)), lo)


def stability(analysis: Analysis, lang: str = "en") -> Headline:
    """Whether a group of partners would be better off alone under the chosen rule; which group and
    by how much when it would; the subsidy when no split can keep every group. ``value``: the largest
    complaint (currency; ≤ 0 when no group gains by leaving)."""
    s = analysis.scenario
    split = analysis.chosen_split()
    if split is None or s.n < 2:
        return savings(analysis, lang)
    cur = analysis.savings.currency
    rule = _under(split.rule, lang)
    names = _who(analysis)
    if split.in_core is None:  # too many partners to check every group
        worse = [names[i] for i, x in enumerate(split.savings) if x < -CENT]
        key = ("unchecked_loss" + ("_pl" if len(worse) > 1 else "")) if worse else "unchecked"
        return Headline(_t(key, lang, rule=rule, who=_names(worse, lang), n=s.n), None)
    value = float(split.max_complaint) if split.max_complaint is not None else None
    if split.in_core:
        return Headline(_t("stable", lang, rule=rule), value)
    sa = analysis.splits
    if sa is not None and sa.core_empty:
        eps = float(sa.least_core_value or 0.0)
        return Headline(_t("core_empty", lang, amount=_money(eps, cur, lang)), value)
    group = list(split.max_complaint_coalition)
    plural = 1 < len(group) and (len(group) <= 3 or len(names) - len(group) <= 3)  # named members
    text = _t("unstable" + ("_pl" if plural else ""), lang, rule=rule, who=_group(names, group, lang),
              amount=_money(value or 0.0, cur, lang))
    if sa is not None:
        other = next((k for k in ("shapley", "nucleolus") if k in sa.splits and sa.splits[k].in_core), None)
        if other is not None:
            text += _t("unstable_fix", lang, other=catalogue_text("headline_subject", other, lang))
    return Headline(text, value)


def item_prices(analysis: Analysis) -> list[tuple[str, float, float, float]]:
    """Per item with demand: (item id, total need, average price per unit of need alone — what the
    partners would pay buying it each on their own ÷ their need —, price per unit of need in the pool).
    Currency per item unit; fees included."""
    alone_cost: dict[str, float] = {}
    alone_need: dict[str, float] = {}
    for p in analysis.savings.partners:
        for x in p.purchases:
            alone_cost[x.item_id] = alone_cost.get(x.item_id, 0.0) + float(x.cost)
            alone_need[x.item_id] = alone_need.get(x.item_id, 0.0) + float(x.need)
    out = []
    for x in analysis.savings.items:
        need = alone_need.get(x.item_id, 0.0)
        if need > 0 and x.need > 0:
            out.append((x.item_id, float(x.need), alone_cost[x.item_id] / need, float(x.cost) / float(x.need)))
    return out


def prices(analysis: Analysis, lang: str = "en") -> Headline:
    """The item whose pooled price saves the most money: its price per unit alone (average of the
    partners buying alone) and in the pool. ``value``: that item's price cut in percent."""
    rows = item_prices(analysis)
    if not rows:
        return Headline(_t("price_none", lang), 0.0)
    item_id, need, alone, pool = max(rows, key=lambda r: (r[2] - r[3]) * r[1])
    if alone - pool <= CENT:
        return Headline(_t("price_none", lang), 0.0)
    item = next(it for it in analysis.scenario.items if it.id == item_id)
    cur = analysis.savings.currency
    cut = 100.0 * (alone - pool) / alone
    return Headline(_t("price", lang, item=item.name, pct=_pct(cut, lang), alone=_money(alone, cur, lang),
                       pool=_money(pool, cur, lang), unit=item.unit), cut)


def leave(analysis: Analysis, lang: str = "en") -> Headline:
    """The partner whose leaving would cost the pool the most savings. ``value``: those savings."""
    r = analysis.savings
    if analysis.scenario.n < 2 or not r.leave_one_out:
        return savings(analysis, lang)
    i = int(np.argmax([e.savings_lost for e in r.leave_one_out]))
    lost = float(r.leave_one_out[i].savings_lost)
    shown = whole_units(analysis).leave_lost[i]  # as the slide's table shows it
    return Headline(_t("leave", lang, who=_who(analysis)[i], amount=_money(shown, r.currency, lang)), lost)


def risk(result, lang: str = "en") -> Headline:
    """The partner whose probability of a loss falls most by pooling, from ``result`` (a
    :class:`~coop_calc.risk.simulate.RiskResult`). ``value``: that partner's loss probability in the
    pool (0…1)."""
    if result is None or not result.partner_names:
        return Headline(_t("risk_missing", lang), None)
    alone = np.array([d.get("p_loss") if d.get("p_loss") is not None else np.nan for d in result.standalone])
    pool = np.array([d.get("p_loss") if d.get("p_loss") is not None else np.nan for d in result.pooled])
    drop = np.nan_to_num(alone - pool, nan=-np.inf)
    i = int(np.argmax(drop))
    pool_p = result.pool_pooled.get("p_loss")
    if not np.isfinite(drop[i]) or drop[i] <= 0:
        if np.nanmax(np.concatenate([alone, pool])) <= 0:
            return Headline(_t("risk_zero", lang), 0.0)
        return Headline(_t("risk_none", lang, pool=_pct(100 * (pool_p or 0.0), lang)), pool_p)
    who = short_names(list(result.partner_names))[i]
    return Headline(_t("risk", lang, who=who, alone=_pct(100 * alone[i], lang), pool=_pct(100 * pool[i], lang)),
                    float(pool[i]))


def risk_partner(result) -> int | None:
    """The partner the risk headline names (largest fall of the loss probability), or None."""
    if result is None or not result.partner_names:
        return None
    drop = [(d.get("p_loss") or 0.0) - (p.get("p_loss") or 0.0) for d, p in zip(result.standalone, result.pooled)]
    i = int(np.argmax(drop))
    return i if drop[i] > 0 else None


def comparison(labels: Sequence[str], analyses: Sequence[Analysis], current: int = 0,
               lang: str = "en") -> Headline:
    """Which scenario saves most, against the current one (``current``) or, when the current one
    saves most, against the next best. ``value``: the best scenario's savings."""
    if not analyses:
        return Headline("", None)
    sv = [float(a.savings.savings) for a in analyses]
    best = int(np.argmax(sv))
    r = analyses[best].savings
    amount, pct = _money(r.savings, r.currency, lang), _pct(r.savings_pct, lang)
    if len(analyses) < 2:
        return Headline(_t("save", lang, amount=amount, pct=pct), sv[best])
    if best != current:
        return Headline(_t("cmp_best", lang, best=labels[best], amount=amount, pct=pct, base=labels[current],
                           diff=_money(sv[best] - sv[current], r.currency, lang)), sv[best])
    other = max((j for j in range(len(sv)) if j != best), key=lambda j: sv[j])
    return Headline(_t("cmp_base", lang, base=labels[best], amount=amount, pct=pct, other=labels[other],
                       diff=_money(sv[best] - sv[other], r.currency, lang)), sv[best])


def advice(result, lang: str = "en", anonymous: bool = False) -> Headline:
    """The advice's structure sentence (:func:`coop_calc.advice.output.structure_sentence`, same
    wording) with its amounts in whole currency units that reconcile: "more" = best − single pool, as
    shown. ``result``: a :class:`coop_calc.advice.Advice`; ``value``: the recommended structure's net
    savings (currency)."""
    from .advice.output import Labels, structure_sentence
    from .advice.texts import t

    sa = result.structure
    best, grand = sa.best, sa.grand
    cur = result.scenario.meta.currency
    value = float(best.net_savings)
    if result.scenario.n == 1 or best.net_savings <= 1e-9 * max(1.0, abs(grand.net_savings)):
        return Headline(structure_sentence(result, Labels(result, anonymous))["de" if lang_of(lang) == "de" else "en"],
                        value)  # no amounts in these sentences
    if not sa.split_advised:
        return Headline(t("keep", lang, grand=_money(grand.net_savings, cur, lang)), value)
    b, g = to_units(best.net_savings, 0), to_units(grand.net_savings, 0)
    k = sum(1 for grp in best.groups if len(grp.members) > 1)
    m = len(best.groups) - k
    pools = t("pools", lang, k=k) if k > 1 else t("pool1", lang)
    alone = "" if m == 0 else t("alone1", lang) if m == 1 else t("alone", lang, m=m)
    return Headline(t("split", lang, pools=pools, alone=alone, best=_money(b, cur, lang), more=_money(b - g, cur, lang),
                      grand=_money(g, cur, lang)), value)
