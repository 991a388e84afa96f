"""The advice as a JSON document (docs/json-output.md, ``advise`` section) and as sentences.

Amounts are rounded to the cent once, here: a structure's groups' net savings add up to its
``net_savings`` exactly, and every group's split adds up to the group's net savings (largest-remainder
rounding), so a reader's sums hold to the cent. Every figure with a sentence carries it in English and
German (``{"en": …, "de": …}``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from ..exchange.formatting import format_money, format_number, format_share
from ..exchange.texts import rule_title
from ..money import cents, round_to_total
from .texts import t

if TYPE_CHECKING:
    from . import Advice
    from .negotiation import ItemTargets, QuoteTarget
    from .structure import Group, Structure

FORMAT = "coop-calc/advise"
FORMAT_VERSION = 1
LANGS = ("en", "de")


def _num(x: float | None, digits: int = 2) -> float | None:
    if x is None or not math.isfinite(x):
        return None
    return round(float(x), digits) if digits != 2 else cents(float(x))


def _both(key: str, **kw: Any) -> dict[str, str]:
    """``{"en": …, "de": …}``; keyword values that are callables get the language."""
    return {lg: t(key, lg, **{k: (v(lg) if callable(v) else v) for k, v in kw.items()}) for lg in LANGS}


class Labels:
    """Partner and item names (aliases when anonymous) and money formatting for one advice."""

    def __init__(self, a: "Advice", anonymous: bool = False) -> None:
        s = a.scenario
        self.s, self.cur, self.anonymous = s, s.meta.currency, anonymous
        self.names = [s.alias_of(i) if anonymous else p.name for i, p in enumerate(s.partners)]
        self.ids = [p.id for p in s.partners]
        self.items = {it.id: it for it in s.items}
        self.rule = s.sharing.rule

    def money(self, x: float | None) -> Any:
        return lambda lg: format_money(x, self.cur, lg)

    def who(self, members: tuple[int, ...]) -> str:
        return ", ".join(self.names[i] for i in members)

    def rule_name(self) -> Any:
        return lambda lg: rule_title(self.rule, lg)


def group_sentence(g: "Group", lb: Labels) -> dict[str, str]:
    if len(g.members) == 1:
        return _both("g_alone", who=lb.who(g.members))
    if g.core_empty:
        return _both("g_empty", amount=lb.money(g.least_core))
    if g.split_in_core:
        return _both("g_core", rule=lb.rule_name())
    return _both("g_out", rule=lb.rule_name(), who=lb.who(g.complaint_members), amount=lb.money(g.largest_complaint))


def _structure(st: "Structure", lb: Labels) -> dict[str, Any]:
    totals = round_to_total([g.net_savings for g in st.groups], st.net_savings)
    groups = []
    for g, total in zip(st.groups, totals):
        split = round_to_total(list(g.split), total)
        groups.append({
            "members": [lb.ids[i] for i in g.members], "names": [lb.names[i] for i in g.members],
            "standalone_cost": cents(g.standalone_cost), "cost": cents(g.cost),
            "coordination_cost": cents(g.coordination_cost), "net_savings": total,
            "split": split, "split_in_core": g.split_in_core, "stable": g.stable,
            "least_core": _num(g.least_core), "largest_complaint": _num(g.largest_complaint),
            "complaint_group": [lb.ids[i] for i in g.complaint_members],
            "explanation": group_sentence(g, lb)})
    return {"groups": [g["members"] for g in groups], "net_savings": cents(st.net_savings),
            "bound": cents(st.bound), "method": st.method, "stable": st.stable, "details": groups}


def structure_sentence(a: "Advice", lb: Labels) -> dict[str, str]:
    sa = a.structure
    best, grand = sa.best, sa.grand
    if a.scenario.n == 1:
        return _both("one", who=lb.names[0])
    if best.net_savings <= 1e-9 * max(1.0, abs(grand.net_savings)):
        return _both("none_pays")
    if sa.split_advised:
        k = sum(1 for g in best.groups if len(g.members) > 1)
        m = len(best.groups) - k
        return _both("split", pools=lambda lg: t("pools", lg, k=k) if k > 1 else t("pool1", lg),
                     alone=lambda lg: "" if m == 0 else t("alone1", lg) if m == 1 else t("alone", lg, m=m),
                     best=lb.money(best.net_savings),
                     more=lb.money(best.net_savings - grand.net_savings), grand=lb.money(grand.net_savings))
    return _both("keep", grand=lb.money(grand.net_savings))


def _quote(q: "QuoteTarget", it: "ItemTargets", lb: Labels) -> dict[str, Any]:
    d: dict[str, Any] = {
        "quote": q.quote_id, "supplier": q.supplier, "available": q.available, "winner": q.winner,
        "cost": _num(q.cost), "units": q.units, "tier": q.tier or None, "tiers": q.tiers,
        "unit_price": _num(q.unit_price), "next_tier_min_units": q.next_min_units,
        "units_to_next_tier": q.units_to_next, "next_tier_unit_price": _num(q.next_unit_price),
        "next_tier_saving": _num(q.next_tier_saving), "next_tier_extra_cost": _num(q.next_tier_extra_cost),
        "ask_saving": _num(q.ask_saving),
        "discount_to_win": _num(q.discount_to_win, 6), "discount_impossible": q.discount_to_win == math.inf,
        "headroom": _num(q.headroom, 6)}
    d["explanations"] = quote_sentences(q, lb)
    return d


def quote_sentences(q: "QuoteTarget", lb: Labels) -> dict[str, dict[str, str]]:
    """Sentences for one quote: its tier, the next tier, the ask, and what it takes to win."""
    out: dict[str, dict[str, str]] = {}
    units = lambda lg: format_number(q.units, lg)  # noqa: E731
    if not q.available:
        out["win"] = _both("unavailable", supplier=q.supplier, units=units)
        return out

    def pct(x: float | None) -> Any:
        return lambda lg: format_share(x, lg, 1)

    if q.next_min_units is None:
        out["tier"] = _both("top", units=units, supplier=q.supplier, price=lb.money(q.unit_price))
    else:
        out["tier"] = _both("tier", units=units, tier=str(q.tier), tiers=str(q.tiers), supplier=q.supplier,
                            price=lb.money(q.unit_price))
        if q.next_tier_saving is not None and q.next_tier_extra_cost is not None:
            extra = q.next_tier_extra_cost
            out["next"] = _both("next" if extra > 0 else "next_pays", missing=lambda lg: format_number(q.units_to_next, lg),
                                next=str(q.tier + 1), next_price=lb.money(q.next_unit_price),
                                saving=lb.money(q.next_tier_saving), extra=lb.money(abs(extra)))
        if q.ask_saving is not None:
            out["ask"] = _both("ask", supplier=q.supplier, next_price=lb.money(q.next_unit_price),
                               next=str(q.tier + 1), units=units, saving=lb.money(q.ask_saving))
    if q.winner:
        out["win"] = (_both("win", supplier=q.supplier, pct=pct(q.headroom)) if q.headroom is not None
                      else _both("win_alone", supplier=q.supplier))
    elif q.discount_to_win == math.inf:
        out["win"] = _both("disc_fee", supplier=q.supplier)
    elif q.discount_to_win is not None:
        out["win"] = _both("disc", supplier=q.supplier, pct=pct(q.discount_to_win))
    return out


def item_sentences(it: "ItemTargets", lb: Labels) -> dict[str, dict[str, str]]:
    name = lb.items[it.item_id].name
    out = {}
    if it.break_even_price is not None:
        out["break_even"] = _both("break_even", price=lb.money(it.break_even_price), item=name)
    if it.item_break_even_price is not None:
        out["item_break_even"] = _both("item_break_even", price=lb.money(it.item_break_even_price), item=name)
    if it.all_gain_price is not None:
        out["all_gain"] = _both("all_gain", price=lb.money(it.all_gain_price), item=name, rule=lb.rule_name())
    elif it.break_even_price is not None and it.break_even_price > 0 and lb.s.n > 1:
        out["all_gain"] = _both("all_gain_none", item=name, rule=lb.rule_name())
    return out


def _item(it: "ItemTargets", lb: Labels) -> dict[str, Any]:
    item = lb.items[it.item_id]
    win = it.quotes[it.winner] if it.winner >= 0 else None
    return {"item": it.item_id, "name": item.name, "unit": item.unit, "need": it.need, "units": it.units,
            "cost": cents(it.cost), "standalone_cost": cents(it.standalone_cost),
            "quote": win.quote_id if win else None, "supplier": win.supplier if win else None,
            "break_even_price": _num(it.break_even_price), "item_break_even_price": _num(it.item_break_even_price),
            "all_gain_price": _num(it.all_gain_price), "explanations": item_sentences(it, lb),
            "quotes": [_quote(q, it, lb) for q in it.quotes]}


def commitment_sentences(c, lb: Labels) -> dict[str, Any]:
    name = lb.names[c.index]
    items = {}
    for ic in c.items:
        it = lb.items[ic.item_id]
        if ic.min_need > 0:
            items[ic.item_id] = _both("min_volume", name=name, min=lambda lg, x=ic.min_need: format_number(x, lg),
                                      unit=it.unit, item=it.name)
        else:
            items[ic.item_id] = _both("free_volume", name=name, item=it.name)
    return {"leave": _both("leave", name=name, lost=lb.money(c.savings_lost), price_loss=lb.money(c.price_loss),
                           tiers=str(c.tiers_lost)), "items": items}


def advice_document(a: "Advice", anonymous: bool = False) -> dict[str, Any]:
    lb = Labels(a, anonymous)
    sa = a.structure
    best = _structure(sa.best, lb)
    grand = _structure(sa.grand, lb)
    structure: dict[str, Any] = {
        "groups": best["groups"], "names": [d["names"] for d in best["details"]],
        "net_savings": best["net_savings"], "grand_pool_net_savings": grand["net_savings"],
        "bound": best["bound"], "method": best["method"], "optimal": sa.best.gap <= 1e-6 * max(1.0, abs(sa.best.bound)),
        "split_advised": sa.split_advised, "stable": best["stable"], "details": best["details"],
        "grand_pool": grand["details"][0],
        "best_stable": _structure(sa.best_stable, lb) if sa.best_stable is not None else None,
        "stable_search_complete": sa.stable_search_complete,
        "explanation": structure_sentence(a, lb)}
    if sa.best_stable is not None:
        structure["best_stable"]["explanation"] = _both("stable_alt", amount=lb.money(sa.best_stable.net_savings))
    commitment = []
    for c in a.commitment:
        sent = commitment_sentences(c, lb)
        commitment.append({
            "partner": lb.ids[c.index], "name": lb.names[c.index], "savings_lost": cents(c.savings_lost),
            "price_loss": cents(c.price_loss), "tiers_lost": c.tiers_lost,
            "items": [{"item": ic.item_id, "need": ic.need, "min_need": ic.min_need, "tier_lost": ic.tier_lost,
                       "price_per_need": round(ic.price_per_need_with, 4),
                       "price_per_need_without": None if ic.price_per_need_without is None
                       else round(ic.price_per_need_without, 4),
                       "explanation": sent["items"][ic.item_id]} for ic in c.items],
            "explanation": sent["leave"]})
    th = a.thresholds
    thresholds = None
    if th is not None:
        thresholds = {"per_pair_current": cents(th.per_pair_current),
                      "per_pair_break_even": _num(th.per_pair_break_even),
                      "per_pair_unstable": _num(th.per_pair_unstable), "stable_at_zero": th.stable_at_zero,
                      "explanations": threshold_sentences(th, lb)}
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "scenario": a.scenario.meta.name,
            "currency": lb.cur, "rule": lb.rule, "partners": [{"id": i, "name": nm} for i, nm in zip(lb.ids, lb.names)],
            "structure": structure, "negotiation": [_item(it, lb) for it in a.negotiation],
            "commitment": commitment, "thresholds": thresholds}


def threshold_sentences(th, lb: Labels) -> dict[str, dict[str, str]]:
    out = {}
    if th.per_pair_break_even is not None:
        out["per_pair_break_even"] = _both("per_pair_be", value=lb.money(th.per_pair_break_even))
    if th.per_pair_unstable is not None:
        out["per_pair_unstable"] = _both("per_pair_stable", value=lb.money(th.per_pair_unstable))
    elif th.stable_at_zero is False:
        out["per_pair_unstable"] = _both("per_pair_never_stable")
    elif th.stable_at_zero:
        out["per_pair_unstable"] = _both("per_pair_always_stable")
    return out


def advice_text(a: "Advice", lang: str = "en", anonymous: bool = False) -> str:
    """The advice as readable lines (the ``advise`` command without --json)."""
    d = advice_document(a, anonymous)
    lg = "de" if lang.startswith("de") else "en"
    st = d["structure"]
    lines = [d["scenario"], "", st["explanation"][lg], ""]
    for g in st["details"]:
        lines.append(f"  [{format_money(g['net_savings'], d['currency'], lg)}] " + ", ".join(g["names"]))
        lines.append(f"      {g['explanation'][lg]}")
    if st["best_stable"] is not None:
        lines += ["", st["best_stable"]["explanation"][lg]]
        for g in st["best_stable"]["details"]:
            lines.append(f"  [{format_money(g['net_savings'], d['currency'], lg)}] " + ", ".join(g["names"]))
    lines += ["", "Negotiation targets" if lg == "en" else "Verhandlungsziele"]
    for it in d["negotiation"]:
        lines.append(f"  {it['name']}")
        for s in it["explanations"].values():
            lines.append(f"    - {s[lg]}")
        for q in it["quotes"]:
            for s in q["explanations"].values():
                lines.append(f"    · {s[lg]}")
    lines += ["", "Commitment" if lg == "en" else "Zusage"]
    for c in d["commitment"]:
        lines.append(f"  {c['explanation'][lg]}")
        for ic in c["items"]:
            if ic["min_need"] > 0:
                lines.append(f"    - {ic['explanation'][lg]}")
    if d["thresholds"]:
        lines += [""] + [s[lg] for s in d["thresholds"]["explanations"].values()]
    return "\n".join(lines)


def top_asks(doc: dict[str, Any], limit: int = 5) -> list[dict[str, Any]]:
    """The ``limit`` most valuable asks of an advice document, largest saving first: per item the
    winning quote's "next tier's price at our volume" (``ask_saving``), with the item, supplier, the
    discount the cheapest rival would need and the break-even price — what a slide or a one-page
    summary shows."""
    out = []
    for it in doc["negotiation"]:
        win = next((q for q in it["quotes"] if q["winner"]), None)
        if win is None or not win["ask_saving"]:
            continue
        rivals = [q["discount_to_win"] for q in it["quotes"]
                  if not q["winner"] and q["discount_to_win"] is not None and not q["discount_impossible"]]
        out.append({"item": it["item"], "name": it["name"], "supplier": win["supplier"],
                    "ask_saving": win["ask_saving"], "next_tier_unit_price": win["next_tier_unit_price"],
                    "rival_discount": min(rivals) if rivals else None, "break_even_price": it["break_even_price"],
                    "explanation": win["explanations"].get("ask")})
    return sorted(out, key=lambda a: -a["ask_saving"])[:limit]
