"""What each slide shows: its headline (from :mod:`coop_calc.headlines`), the chart that backs it and
the one compact table with the figures a partner would check — built from engine results, formatted
in the interface language. No widgets here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from PySide6.QtCore import QCoreApplication

from coop_calc import charts, headlines
from coop_calc.advice.output import advice_document, top_asks
from coop_calc.analysis import Analysis
from coop_calc.charts import short_names
from coop_calc.charts.advice import structure_chart
from coop_calc.coalitions import MAX_EXACT_PARTNERS
from coop_calc.exchange.texts import rule_title
from coop_calc.model import Scenario

from ..results.common import lang, money, number, percent
from ..results.risk_table import approximate_note

translate = QCoreApplication.translate  # lupdate reads translate("Deck", "…") calls


@dataclass
class DeckData:
    """Everything the slides show, already anonymised when the deck is: the scenario (possibly a
    what-if), its analysis, the risk result (or None) and its state, and the project's scenarios for
    the comparison (labels, analyses or None while computing, index of the one shown)."""

    scenario: Scenario
    analysis: Analysis
    risk: Any = None
    risk_state: str = "missing"  # "ok", "running", "missing", "failed"
    labels: Sequence[str] = ()
    analyses: Sequence[Analysis] | None = None
    current: int = 0
    risk_error: str = ""
    advice: Any = None  # coop_calc.advice.Advice of ``scenario`` (computed on the shown, anonymised one)
    advice_state: str = "missing"  # "ok", "running", "missing", "failed", "too_large"
    advice_error: str = ""
    anonymous: bool = False


ChartCall = tuple[Callable[..., Any], tuple, dict]


@dataclass
class SlideSpec:
    key: str
    title: str
    headline: str
    value: float | None
    chart: ChartCall | None
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    numeric: list[bool] = field(default_factory=list)
    bold_rows: list[int] = field(default_factory=list)
    note: str = ""


def titles() -> dict[str, str]:
    """Each slide's short name, for the slide chooser and the page line."""
    return {"savings": translate("Deck", "Savings"), "partners": translate("Deck", "Each partner's cost"),
            "split": translate("Deck", "Is the split stable?"), "prices": translate("Deck", "Prices"),
            "leave": translate("Deck", "Who brings what"), "risk": translate("Deck", "Misinvestment risk"),
            "advice": translate("Deck", "Advice"), "comparison": translate("Deck", "Scenarios")}


def _names(d: DeckData) -> list[str]:
    return [p.name for p in d.scenario.partners]


def savings(d: DeckData) -> SlideSpec:
    r = d.analysis.savings
    cur = r.currency
    h = headlines.savings(d.analysis, lang())

    def pct(x: float) -> str:
        return percent(100.0 * x / r.total_standalone_cost) if r.total_standalone_cost else "–"

    u = headlines.whole_units(d.analysis)  # alone − better prices + coordination = pool; alone − pool = savings
    rows = [[translate("Deck", "All partners buying alone"), money(u.standalone, cur, 0), ""],
            [translate("Deck", "Better prices, fewer units"), money(-u.gross_savings, cur, 0), pct(-r.gross_savings)],
            [translate("Deck", "Coordination cost of the pool"), money(u.coordination_cost, cur, 0),
             pct(r.coordination_cost)],
            [translate("Deck", "The pool pays"), money(u.pooled_cost, cur, 0), pct(r.pooled_cost)],
            [translate("Deck", "Net savings"), money(u.savings, cur, 0), percent(r.savings_pct)]]
    return SlideSpec("savings", titles()["savings"], h.text, h.value, (charts.pool_waterfall, (d.analysis,), {}),
                     ["", translate("Deck", "Amount"), translate("Deck", "Share of\nalone")], rows, [False, True, True],
                     bold_rows=[4])


def partners(d: DeckData) -> SlideSpec:
    h = headlines.partners(d.analysis, lang())
    r = d.analysis.savings
    cur = r.currency
    split = d.analysis.chosen_split()
    u = headlines.whole_units(d.analysis)  # each row: alone − saved = in the pool; the rows add up to the total
    rows = []
    for i, p in enumerate(r.partners):
        alone = p.standalone_cost
        if split is not None and u.partner_savings:
            saved = float(split.savings[i])
            rows.append([p.name, money(u.partner_standalone[i], cur, 0), money(u.partner_cost[i], cur, 0),
                         money(u.partner_savings[i], cur, 0), percent(100 * saved / alone) if alone else "–"])
        else:
            rows.append([p.name, money(u.partner_standalone[i], cur, 0), "–", "–", "–"])
    bold: list[int] = []
    if len(rows) > 1:
        bold = [len(rows)]
        rows.append([translate("Deck", "All partners"), money(u.standalone, cur, 0), money(u.pooled_cost, cur, 0),
                     money(u.savings, cur, 0), percent(r.savings_pct)])
    note = translate("Deck", "Split: %1.").replace("%1", rule_title(d.analysis.chosen_rule, lang()))
    return SlideSpec("partners", titles()["partners"], h.text, h.value, (charts.cost_per_partner, (d.analysis,), {}),
                     [translate("Deck", "Partner"), translate("Deck", "Alone"), translate("Deck", "In the\npool"),
                      translate("Deck", "Saved"), translate("Deck", "Saved\n%")], rows,
                     [False, True, True, True, True], bold_rows=bold, note=note)


def split(d: DeckData) -> SlideSpec:
    h = headlines.stability(d.analysis, lang())
    cur = d.analysis.savings.currency
    names = short_names(_names(d))
    sa = d.analysis.splits
    rows = []
    bold = []
    if sa is not None:
        for j, (rule, sp) in enumerate(sa.splits.items()):
            if rule == d.analysis.chosen_rule:
                bold.append(j)
            if sp.in_core is None:
                stable, group, amount = translate("Deck", "not checked"), "–", "–"
            else:
                stable = translate("Deck", "yes") if sp.in_core else translate("Deck", "no")
                if sp.max_complaint is not None and sp.max_complaint > 0.005:
                    group = ", ".join(names[i] for i in sp.max_complaint_coalition)
                    amount = money(sp.max_complaint, cur, 0)
                else:
                    group, amount = translate("Deck", "none"), "–"
            rows.append([rule_title(rule, lang()), stable, group, amount])
    chart: ChartCall | None = None
    if sa is not None:
        chart = (charts.complaints_chart, (d.analysis, d.analysis.chosen_rule), {})
    note = ""
    if sa is not None and sa.core_empty:
        note = translate("Deck", "No split keeps every group: about %1 per group would have to be subsidised.").replace(
            "%1", money(sa.least_core_value or 0.0, cur, 0))
    return SlideSpec("split", titles()["split"], h.text, h.value, chart,
                     [translate("Deck", "Rule"), translate("Deck", "Stable"),
                      translate("Deck", "Group that\ncomplains most"), translate("Deck", "It would\ngain")], rows,
                     [False, False, False, True], bold_rows=bold, note=note)


def prices(d: DeckData) -> SlideSpec:
    h = headlines.prices(d.analysis, lang())
    cur = d.analysis.savings.currency
    items = {it.id: it for it in d.scenario.items}
    table = headlines.item_prices(d.analysis)
    rows = []
    for item_id, need, alone, pool in table:
        it = items[item_id]
        rows.append([f"{it.name} ({it.unit})", money(alone, cur, 0), money(pool, cur, 0),
                     percent(100 * (alone - pool) / alone) if alone else "–"])
    best = max(table, key=lambda r: (r[2] - r[3]) * r[1])[0] if table else None
    chart: ChartCall | None = (charts.price_volume, (d.scenario, d.analysis, best), {}) if best is not None else None
    return SlideSpec("prices", titles()["prices"], h.text, h.value, chart,
                     [translate("Deck", "Item (unit of need)"), translate("Deck", "Alone\nper unit"),
                      translate("Deck", "Pool\nper unit"), translate("Deck", "Cut")], rows,
                     [False, True, True, True],
                     note=translate("Deck", "Alone: what the partners would pay each on their own, per unit of need,"
                                            " fees included."))


def leave(d: DeckData) -> SlideSpec:
    h = headlines.leave(d.analysis, lang())
    r = d.analysis.savings
    cur = r.currency
    u = headlines.whole_units(d.analysis)  # each row: still saves + lost = the pool's savings (last row)
    rows = [[p.name, money(still, cur, 0), money(lost, cur, 0)]
            for p, still, lost in zip(r.partners, u.leave_savings, u.leave_lost)]
    if rows:
        rows.append([translate("Deck", "Nobody leaves"), money(u.savings, cur, 0), money(0.0, cur, 0)])
    return SlideSpec("leave", titles()["leave"], h.text, h.value, (charts.without_partner, (d.analysis,), {}),
                     [translate("Deck", "Partner leaves"), translate("Deck", "Pool still\nsaves"),
                      translate("Deck", "Savings\nlost")], rows, [False, True, True],
                     bold_rows=[len(rows) - 1] if rows else [])


def risk(d: DeckData) -> SlideSpec:
    res = d.risk
    if res is None or len(res.partner_ids) != d.scenario.n:
        text = {"running": translate("Deck", "Simulating the misinvestment risk …"),
                "failed": translate("Deck", "The risk simulation could not run.")}.get(
            d.risk_state, headlines.risk(None, lang()).text)
        return SlideSpec("risk", titles()["risk"], text, None, None,
                         note=d.risk_error if d.risk_state == "failed" else "")
    h = headlines.risk(res, lang())
    who = headlines.risk_partner(res)
    cur = res.currency
    rows = []
    for i, nm in enumerate(res.partner_names):
        a, p = res.standalone[i], res.pooled[i]
        rows.append([nm, percent(100 * a["p_loss"], 0), percent(100 * p["p_loss"], 0),
                     money(a["mean_npv"], cur, 0), money(p["mean_npv"], cur, 0)])
    bold = [who] if who is not None else []
    note = translate("Deck", "%1 trials; loss risk: share of trials in which the investment loses money"
                     " (net present value below zero).").replace("%1", number(res.trials))
    if approximate_note(res):  # the table's figures are exact; the S-curve's points are not
        note += " " + approximate_note(res)
    if d.risk_state == "running":
        note = translate("Deck", "Recomputing for the what-if …") + " " + note
    return SlideSpec("risk", titles()["risk"], h.text, h.value, (charts.s_curves, (res, who), {}),
                     [translate("Deck", "Partner"), translate("Deck", "Loss risk\nalone"),
                      translate("Deck", "Loss risk\nin pool"), translate("Deck", "Expected\nNPV alone"),
                      translate("Deck", "Expected\nNPV in pool")], rows, [False, True, True, True, True],
                     bold_rows=bold, note=note)


def comparison(d: DeckData) -> SlideSpec:
    if not d.analyses:
        return SlideSpec("comparison", titles()["comparison"], translate("Deck", "Comparing the scenarios …"),
                         None, None)
    h = headlines.comparison(d.labels, d.analyses, d.current, lang())
    rows = []
    for label, a in zip(d.labels, d.analyses):
        r = a.savings
        sp = a.chosen_split()
        if sp is None or sp.in_core is None:
            stable = "–"
        elif sp.in_core:
            stable = translate("Deck", "yes")
        elif a.splits is not None and a.splits.core_empty:
            stable = translate("Deck", "no; subsidy %1 per group").replace(
                "%1", money(a.splits.least_core_value or 0.0, r.currency, 0))
        else:
            stable = translate("Deck", "no")
        rows.append([label, money(r.savings, r.currency, 0), percent(r.savings_pct), stable])
    return SlideSpec("comparison", titles()["comparison"], h.text, h.value,
                     (charts.scenario_costs, (list(d.labels), list(d.analyses)), {}),
                     [translate("Deck", "Scenario"), translate("Deck", "Saves"), translate("Deck", "Saves\n%"),
                      translate("Deck", "Chosen split\nstable")], rows,
                     [False, True, True, False], bold_rows=[d.current])


def _asks(doc: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """:func:`top_asks` (the most valuable asks first), topped up to ``limit`` rows with the dearest
    remaining items' winning quotes (no better tier to ask for: saving None), so the slide still shows
    what each supplier's rival would need and where the pool stops paying off."""
    asks = top_asks(doc, limit)
    seen = {a["item"] for a in asks}
    rest = []
    for it in sorted(doc["negotiation"], key=lambda it: -(it["cost"] or 0.0)):
        win = next((q for q in it["quotes"] if q["winner"]), None)
        if it["item"] in seen or win is None:
            continue
        rivals = [q["discount_to_win"] for q in it["quotes"]
                  if not q["winner"] and q["discount_to_win"] is not None and not q["discount_impossible"]]
        rest.append({"item": it["item"], "name": it["name"], "supplier": win["supplier"], "ask_saving": None,
                     "rival_discount": min(rivals) if rivals else None, "break_even_price": it["break_even_price"]})
    return asks + rest[:max(0, limit - len(asks))]


def advice(d: DeckData) -> SlideSpec:
    """Whether to split the pool and how (the structure sentence and chart), the five most valuable
    asks to the suppliers, and the per-pair coordination cost at which the single pool stops paying off."""
    a = d.advice
    if a is None or a.scenario.n != d.scenario.n:
        text = {"running": translate("Deck", "Working out the best division of the pool …"),
                "failed": translate("Deck", "No advice for this pool."),
                "too_large": translate("Deck", "Pool design advice needs every group's cost: at most %1 partners.")
                .replace("%1", str(MAX_EXACT_PARTNERS))}.get(
            d.advice_state, translate("Deck", "Enter partners, items and quotes to get advice."))
        return SlideSpec("advice", titles()["advice"], text, None, None,
                         note=d.advice_error if d.advice_state == "failed" else "")
    lg = "de" if lang().startswith("de") else "en"
    doc = advice_document(a, d.anonymous)
    cur = doc["currency"]
    rows = []
    for ask in _asks(doc, 5):
        rows.append([ask["name"], ask["supplier"] or "–",
                     money(ask["ask_saving"], cur, 0) if ask["ask_saving"] else "–",
                     percent(100 * ask["rival_discount"]) if ask["rival_discount"] is not None else "–",
                     money(ask["break_even_price"], cur, 0) if ask["break_even_price"] is not None else "–"])
    th = doc["thresholds"]
    note = " ".join(s[lg] for s in th["explanations"].values()) if th else ""
    h = headlines.advice(a, lang(), d.anonymous)  # the structure sentence, amounts in whole units
    return SlideSpec("advice", titles()["advice"], h.text, h.value,
                     (structure_chart, (a,), {"anonymous": d.anonymous}),
                     [translate("Deck", "Item"), translate("Deck", "Supplier"), translate("Deck", "Next tier's\nprice saves"),
                      translate("Deck", "Rival needs\na discount of"), translate("Deck", "Break-even\nunit price")],
                     rows, [False, False, True, True, True], note=note)


BUILDERS: dict[str, Callable[[DeckData], SlideSpec]] = {
    "savings": savings, "partners": partners, "split": split, "prices": prices, "leave": leave, "risk": risk,
    "advice": advice, "comparison": comparison}


def build(key: str, data: DeckData) -> SlideSpec:
    return BUILDERS[key](data)
