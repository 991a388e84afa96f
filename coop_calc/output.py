"""The documented JSON output of ``compute`` (docs/json-output.md) and its human-readable table."""

from __future__ import annotations

from typing import Any

from .analysis import Analysis
from .money import cents
from .money_table import MoneyTable, money_table
from .splits import COORDINATION_EXPLANATIONS, DIAGNOSTICS, EXPLANATIONS, RULE_TITLES

FORMAT = "coop-calc/compute"
FORMAT_VERSION = 1


def _purchase(p, names: dict[str, str], units: dict[str, str], cost: float) -> dict[str, Any]:
    return {"item": p.item_id, "name": names[p.item_id], "unit": units[p.item_id], "need": p.need,
            "units_bought": p.units, "quote": p.quote_id, "supplier": p.supplier, "cost": cost,
            "unit_price": cents(p.unit_price), "price_per_need": round(p.price_per_need, 4)}


def compute_json(a: Analysis, anonymous: bool = False, *, table: MoneyTable | None = None) -> dict[str, Any]:
    """The ``compute --json`` document. Amounts are in ``currency``, rounded to the cent once for the
    whole document (:func:`coop_calc.money_table.money_table`), so every sum a reader can check holds
    to the cent: a partner's cost + savings = its stand-alone cost, lists add up to their totals,
    purchase + coordination = pooled cost. ``table`` is ``money_table(a)`` when the caller has it already."""
    s, r = a.scenario, a.savings
    t = money_table(a) if table is None else table
    names = {it.id: it.name for it in s.items}
    units = {it.id: it.unit for it in s.items}
    share = t.split_cost.get(a.chosen_rule) if a.chosen_split() is not None else None
    partners = []
    for i, p in enumerate(r.partners):
        partners.append({
            "id": p.id, "name": p.alias if anonymous else p.name, "alias": p.alias,
            "standalone_cost": t.standalone[i],
            "pooled_cost_share": share[i] if share else None,
            "capital_commitment": {"standalone": t.standalone[i],
                                   "pooled": share[i] if share else None},
            "standalone_purchases": [_purchase(x, names, units, c)
                                     for x, c in zip(p.purchases, t.purchases_alone[i])],
        })
    items = []
    for k, pur in enumerate(r.items):
        d = _purchase(pur, names, units, t.item_cost[k])
        d["pooled_need"] = d.pop("need")
        d["standalone_cost"] = t.item_standalone[k]
        d["savings"] = t.item_savings[k]
        items.append(d)
    out: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "scenario": s.meta.name, "currency": r.currency, "rule": s.sharing.rule,
        "coordination_sharing": s.sharing.coordination,
        "partners": partners,
        "pooled_cost": t.pooled_cost, "purchase_cost": t.purchase_cost,
        "coordination_cost": t.coordination_cost,
        "total_standalone_cost": t.total_standalone,
        "gross_savings": t.gross_savings, "savings": t.savings,
        "savings_pct": round(r.savings_pct, 4),
        "items": items,
        "leave_one_out": [{"partner": e.partner_id, "pool_cost": t.leave_pool_cost[i],
                           "savings": t.leave_savings[i], "savings_lost": t.leave_savings_lost[i]}
                          for i, e in enumerate(r.leave_one_out)],
        "best_savings_by_size": [cents(x) if x > -1e300 else None for x in r.best_savings_by_size[1:]],
        "min_paying_pool_size": r.min_paying_pool_size,
    }
    if a.splits is not None:
        ids = [p.id for p in s.partners]
        out["splits"] = {
            rule: {"title": RULE_TITLES[rule], "explanation": EXPLANATIONS[rule],
                   "savings": list(t.split_savings[rule]),
                   "cost": list(t.split_cost[rule]),
                   "individually_rational": sp.individually_rational, "in_core": sp.in_core,
                   "max_complaint": _complaint(a, t, rule),
                   "max_complaint_coalition": [ids[i] for i in sp.max_complaint_coalition],
                   **({"note": sp.note} if sp.note else {})}
            for rule, sp in a.splits.splits.items()}
        out["core_empty"] = a.splits.core_empty
        out["least_core_value"] = cents(a.splits.least_core_value) if a.splits.least_core_value is not None else None
        out["explanations"] = {"coordination": COORDINATION_EXPLANATIONS[s.sharing.coordination], **DIAGNOSTICS}
    return out


def _complaint(a: Analysis, t: MoneyTable, rule: str) -> float | None:
    """The largest complaint of ``rule`` in rounded figures: the coalition's rounded savings minus the
    rounded shares its members receive (the same subtraction the workbook's Coalitions sheet shows)."""
    sp = a.splits.splits[rule] if a.splits is not None else None
    if sp is None or sp.max_complaint is None:
        return None
    members = list(sp.max_complaint_coalition)
    if a.costs is None or not members:
        return cents(sp.max_complaint)
    mask = sum(1 << i for i in members)
    return t.coalition_row(mask, float(a.costs[mask]), rule)[4]


def _money(x: float | None, width: int = 14) -> str:
    return f"{'–':>{width}}" if x is None else f"{x:>{width},.2f}"


def _rule_header(rules: list[str], lang: str) -> list[str]:
    """The header of the per-rule table: each rule's title in ``lang`` wrapped into its 16-character
    column (as many lines as the longest title needs, bottom-aligned), "Partner" and "Alone" on the last."""
    import textwrap

    from .exchange.texts import rule_title
    from .i18n import text

    def wrap(title: str) -> list[str]:  # the fewest lines, as even as they come ("Proportional / zu den / …")
        lines = textwrap.wrap(title, 15, break_on_hyphens=False) or [title]
        for w in range(14, 5, -1):
            shorter = textwrap.wrap(title, w, break_on_hyphens=False, break_long_words=False)
            if len(shorter) != len(lines) or max(map(len, shorter)) > w:
                break
            lines = shorter
        return lines

    titles = [wrap(rule_title(r, lang)) for r in rules]
    depth = max((len(t) for t in titles), default=1)
    out = []
    for k in range(depth):
        last = k == depth - 1
        row = (f"{text('compute', 'partner', lang):<34}{text('compute', 'alone', lang):>14}" if last else " " * 48)
        row += "".join(f"{(t[k - depth + len(t)] if k >= depth - len(t) else ''):>16}" for t in titles)
        out.append(row.rstrip())
    return out


def compute_text(a: Analysis, lang: str = "en") -> str:
    """A plain-text summary for the terminal: savings, per item, per partner, the splits; labels in
    ``lang`` ('en'/'de', from the engine catalogue, context ``compute``); figures as computed."""
    from .i18n import translator

    _ = translator(lang)
    de = str(lang).lower().startswith("de")

    def num(text: str) -> str:  # 12,345.67 → 12.345,67 in German
        return text.translate(str.maketrans(",.", ".,")) if de else text

    def money(x: float | None, width: int = 14) -> str:
        return num(_money(x, width))
    d = compute_json(a)
    cur = d["currency"]
    lines = [f"{d['scenario']}  ({cur})", ""]
    lines.append(f"{_('compute', 'alone_all'):<33}{money(d['total_standalone_cost'])}")
    lines.append(f"{_('compute', 'purchase'):<33}{money(d['purchase_cost'])}")
    lines.append(f"{_('compute', 'coord'):<33}{money(d['coordination_cost'])}")
    lines.append(f"{_('compute', 'savings'):<33}{money(d['savings'])}  ({num(format(d['savings_pct'], '.1f'))} %)")
    if d["min_paying_pool_size"]:
        lines.append(f"{_('compute', 'smallest'):<33}{d['min_paying_pool_size']:>14} {_('compute', 'partners')}")
    lines += ["", _("compute", "item_header")]
    for it in d["items"]:
        lines.append(f"{it['name'][:38]:<38} {num(format(it['pooled_need'], ',.0f')):>9} {it['units_bought']:>7}  "
                     f"{it['supplier'][:22]:<22} {money(it['cost'])} {money(it['standalone_cost'])}")
    rules = list(d.get("splits", {}))
    lines += ["", _("compute", "per_rule", cur=cur)] + _rule_header(rules, lang)
    for i, p in enumerate(d["partners"]):
        row = f"{p['name'][:33]:<34}{money(p['standalone_cost'])}"
        row += "".join(f"  {money(d['splits'][r]['cost'][i])}" for r in rules)
        lines.append(row)
    if rules:
        core_word = {True: _("compute", "yes"), False: _("compute", "no"), None: _("compute", "not_checked")}
        lines.append(f"{_('compute', 'in_core'):<48}" + "".join(
            f"{core_word[d['splits'][r]['in_core']]:>16}" for r in rules))
        notes = {d["splits"][r].get("note") for r in rules} - {None}
        lines += [_("compute", "note", note=note.text(lang) if hasattr(note, "text") else note)  # a Msg: in lang
                  for note in sorted(notes)]
        if d["core_empty"]:
            lines.append(_("compute", "core_empty", amount=num(f"{d['least_core_value']:,.2f}"), cur=cur))
    lines += ["", _("compute", "leave_header")]
    pname = {p["id"]: p["name"] for p in d["partners"]}
    for e in d["leave_one_out"]:
        lines.append(f"  {_('compute', 'without')} {pname[e['partner']][:30]:<30}{money(e['savings'])}"
                     f"{money(e['savings_lost'])}")
    return "\n".join(lines)
