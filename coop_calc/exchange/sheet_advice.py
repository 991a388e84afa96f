"""The Advice sheet: the recommended division of the partners into pools beside the single pool, what
to ask each supplier for, each partner's commitment and the break-even coordination cost.

Figures come from :func:`coop_calc.advice.output.advice_document` (rounded once, so a division's groups
add up to its total and every split to its group's savings, to the cent); sentences are in the workbook's language, as
in the rest of the workbook. The scenario is the results' own (already anonymised when asked for).
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook

from ..advice import Advice, advise
from ..advice.output import advice_document
from ..coalitions import MAX_EXACT_PARTNERS
from ..errors import Problem, ValidationError
from ..messages import Msg
from .results import Results
from .xlsx_base import MONEY, PCT, QTY, TEXT, SheetWriter, tr, workbook_lang


def advice_for(res: Results, advice: Advice | bool | None = True) -> Advice | Msg:
    """The advice to write: the one given, or computed now; or the reason there is none (a catalogue
    message, in any language by its ``text(lang)``)."""
    if isinstance(advice, Advice):
        return advice
    if res.n > MAX_EXACT_PARTNERS:
        return Msg("advice_pool_too_large", n=res.n, limit=MAX_EXACT_PARTNERS)
    try:
        return advise(res.scenario)
    except ValidationError as e:
        first = e.problems[0] if e.problems else Problem("", Msg("invalid_input"))
        return Msg("advice_none", why=Msg("advice_place_reason", place=first.place, reason=first.reason)
                   if first.place else first.reason)


def write_advice(wb: Workbook, res: Results, subtitle: str, advice: Advice | bool | None = True) -> None:
    ws = wb.create_sheet(tr(wb, "Advice"))
    w = SheetWriter(wb, ws)
    w.title("Advice: pool design and negotiation", subtitle)
    a = advice_for(res, advice)
    if isinstance(a, str):
        w.note(a.text(workbook_lang(wb)) if isinstance(a, Msg) else a, cols=8)
        w.finish()
        return
    d = advice_document(a, anonymous=res.anonymous)
    lg = workbook_lang(wb)  # the engine's sentences come in both languages
    st = d["structure"]
    w.note(st["explanation"][lg], cols=8)
    w.gap()
    w.heading("Who should pool with whom")
    w.keyvalues([("Net savings of the recommended division", st["net_savings"], MONEY),
                 ("Net savings of the single pool", st["grand_pool_net_savings"], MONEY),
                 ("No division can save more than", st["bound"], MONEY),
                 ("Method", "exact (dynamic programming over subsets)" if st["method"] == "dp"
                  else "set partitioning with column generation (bound above)", TEXT)])
    rows = []
    for label, details in (("Recommended", st["details"]), ("Single pool", [st["grand_pool"]]),
                           ("Best stable division", (st["best_stable"] or {}).get("details", []))):
        for j, g in enumerate(details):
            rows.append([tr(wb, label) if j == 0 else "", " + ".join(g["names"]), len(g["members"]), g["net_savings"],
                         tr(wb, "Yes" if g["split_in_core"] else "No"), tr(wb, "Yes" if g["stable"] else "No"),
                         g["explanation"][lg]])
    w.table("AdviceStructure", ["Division", "Partners buying together", "Partners", "Net savings",
                                "Split keeps every group", "Can be stable", "Explanation"], rows,
            [TEXT, TEXT, QTY, MONEY, TEXT, TEXT, TEXT], wrap=[2, 7])
    w.heading("What to ask the suppliers for")
    rows = []
    for it in d["negotiation"]:
        for q in it["quotes"]:
            rows.append([it["name"], q["supplier"], tr(wb, "Yes" if q["winner"] else "No"), q["tier"], q["tiers"],
                         q["units_to_next_tier"], q["next_tier_saving"], q["ask_saving"], q["discount_to_win"],
                         q["headroom"], it["item_break_even_price"] if q["winner"] else None,
                         it["break_even_price"] if q["winner"] else None,
                         it["all_gain_price"] if q["winner"] else None,
                         " ".join(s[lg] for s in (list(it["explanations"].values()) if q["winner"] else [])
                                  + list(q["explanations"].values()))])
    w.table("AdviceTargets", ["Item", "Supplier", "Wins", "Tier reached", "Tiers", "Units to next tier",
                              "Next tier saves", "Next tier's price now saves", "Discount to win",
                              "Winner's headroom", "Dearer than separately above", "Pool stops paying off above",
                              "Every partner gains up to", "Explanation"], rows,
            [TEXT, TEXT, TEXT, QTY, QTY, QTY, MONEY, MONEY, PCT, PCT, MONEY, MONEY, MONEY, TEXT], wrap=[14])
    w.heading("What each partner's commitment is worth")
    rows = []
    items = {it.id: it for it in res.scenario.items}
    for c in d["commitment"]:
        for j, ic in enumerate(c["items"]):
            it = items[ic["item"]]
            rows.append([c["name"] if j == 0 else "", c["savings_lost"] if j == 0 else None,
                         c["price_loss"] if j == 0 else None, c["tiers_lost"] if j == 0 else None, it.name,
                         ic["need"], ic["min_need"], it.unit, tr(wb, "Yes" if ic["tier_lost"] else "No"),
                         (c["explanation"][lg] + " " if j == 0 else "") + ic["explanation"][lg]])
    w.table("AdviceCommitment", ["Partner", "Pool saves less if it leaves", "Others pay more", "Tiers lost",
                                 "Item", "Need", "Minimum commitment", "Unit", "Tier lost without it",
                                 "Explanation"], rows,
            [TEXT, MONEY, MONEY, QTY, TEXT, QTY, QTY, TEXT, TEXT, TEXT], wrap=[10])
    th = d.get("thresholds")
    if th:
        w.heading("Break-even coordination cost")
        kv: list[tuple[str, Any, str | None]] = [("Coordination cost per pair now", th["per_pair_current"], MONEY)]
        if th["per_pair_break_even"] is not None:
            kv.append(("Single pool stops paying off above (per pair)", th["per_pair_break_even"], MONEY))
        if th["per_pair_unstable"] is not None:
            kv.append(("Single pool stops being stable above (per pair)", th["per_pair_unstable"], MONEY))
        w.keyvalues(kv)
        for s in th["explanations"].values():
            w.note(s[lg], cols=8)
    w.finish(freeze="A4", print_rows="1:2", max_width=40, fixed={1: 40, 2: 34, 14: 80})
