"""The Advice sheet: the recommended division of the partners into pools beside the single pool, what
to ask each supplier for, each partner's commitment and the break-even coordination cost.

Figures come from :func:`coop_calc.advice.output.advice_document` (rounded once, so a division's groups
add up to its total and every split to its group's savings, to the cent); sentences are in the workbook's language, as
in the rest of the workbook. The scenario is the results' own (already anonymised when asked for).
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.utils.cell import range_boundaries

from ..advice import Advice, advise
from ..advice.output import advice_document
from ..coalitions import MAX_EXACT_PARTNERS
from ..errors import Problem, ValidationError
from ..messages import Msg
from .results import Results
from .xlsx_base import MONEY, PCT, QTY, TEXT, SheetWriter, put, tr, workbook_lang
from .xlsx_parts import wrapped_lines


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


#: The sheet's grid: two wrapped text columns (item or partner, supplier or group) and eight figure
#: columns. Every table and paragraph stays within it, so the sheet prints fitted to the width of A4
#: landscape at about three quarters of full size (it printed at about a third with a wide column of
#: sentences beside the tables; the sentences now stand below each table, one paragraph per row group).
COLUMNS = 10
TEXT_WIDTHS = {1: 28.0, 2: 26.0}
#: bounds of a figure column's width in characters (the widest figure it holds decides, plus room)
FIGURE_WIDTH = (10, 20)


def _figures(w: SheetWriter, rows: list[tuple[str, Any, str | None]]) -> None:
    """Label | figure rows: the label across the two text columns, the figure in the first figure column."""
    for label, value, fmt in rows:
        w.ws.merge_cells(start_row=w.row, start_column=1, end_row=w.row, end_column=2)
        put(w.ws, w.row, 1, tr(w.wb, label), "CoopLabel")
        put(w.ws, w.row, 3, tr(w.wb, value) if isinstance(value, str) else value, fmt)
        if isinstance(value, str):  # a text (the method) runs across the figure columns, wrapped
            w.ws.merge_cells(start_row=w.row, start_column=3, end_row=w.row, end_column=COLUMNS)
            w.texts.append((w.row, 3, tr(w.wb, value), COLUMNS - 2))
        elif value is not None:
            w.widths[3] = max(w.widths.get(3, 0), len(f"{value:,.2f}") + 3)
        w.row += 1
    w.row += 1


def _paragraphs(w: SheetWriter, texts: list[str]) -> None:
    """The sentences that explain a table, below it: one wrapped paragraph per row group."""
    for text in texts:
        if text:
            w.note(text, cols=COLUMNS)
    w.gap()


def _yes_no(wb: Workbook, flag: bool) -> str:
    return tr(wb, "Yes" if flag else "No")


def write_advice(wb: Workbook, res: Results, subtitle: str, advice: Advice | bool | None = True) -> None:
    ws = wb.create_sheet(tr(wb, "Advice"))
    w = SheetWriter(wb, ws, header_width=12)
    w.title("Advice: pool design and negotiation", subtitle)
    a = advice_for(res, advice)
    if isinstance(a, str):
        w.note(a.text(workbook_lang(wb)) if isinstance(a, Msg) else a, cols=8)
        _finish(w)
        return
    d = advice_document(a, anonymous=res.anonymous)
    lg = workbook_lang(wb)  # the engine's sentences come in both languages
    st = d["structure"]
    w.note(st["explanation"][lg], cols=COLUMNS)
    w.gap()
    w.heading("Who should pool with whom")
    _figures(w, [("Net savings of the recommended division", st["net_savings"], MONEY),
                 ("Net savings of the single pool", st["grand_pool_net_savings"], MONEY),
                 ("No division can save more than", st["bound"], MONEY),
                 ("Method", "exact (dynamic programming over subsets)" if st["method"] == "dp"
                  else "set partitioning with column generation (bound above)", TEXT)])
    rows, why = [], []
    for label, details in (("Recommended", st["details"]), ("Single pool", [st["grand_pool"]]),
                           ("Best stable division", (st["best_stable"] or {}).get("details", []))):
        for j, g in enumerate(details):
            names = " + ".join(g["names"])
            rows.append([tr(wb, label) if j == 0 else "", names, len(g["members"]), g["net_savings"],
                         _yes_no(wb, g["split_in_core"]), _yes_no(wb, g["stable"])])
            which = tr(wb, label) + (f" ({j + 1})" if len(details) > 1 else "")  # the row(s) just above
            why.append(f"{which}: {g['explanation'][lg]}")
    w.table("AdviceStructure", ["Division", "Partners buying together", "Partners", "Net savings",
                                "Split keeps every group", "Can be stable"], rows,
            [TEXT, TEXT, QTY, MONEY, TEXT, TEXT])
    _paragraphs(w, why)
    w.heading("What to ask the suppliers for")
    rows, limits, why = [], [], []
    for it in d["negotiation"]:
        sentences = []
        for q in it["quotes"]:
            rows.append([it["name"], q["supplier"], _yes_no(wb, q["winner"]), q["tier"], q["tiers"],
                         q["units_to_next_tier"], q["next_tier_saving"], q["ask_saving"], q["discount_to_win"],
                         q["headroom"]])
            if q["winner"]:
                limits.append([it["name"], q["supplier"], it["item_break_even_price"], it["break_even_price"],
                               it["all_gain_price"]])
                sentences += [s[lg] for s in it["explanations"].values()]
            sentences += [s[lg] for s in q["explanations"].values()]
        why.append(f"{it['name']}: {' '.join(sentences)}" if sentences else "")
    w.table("AdviceTargets", ["Item", "Supplier", "Wins", "Tier reached", "Tiers", "Units to next tier",
                              "Next tier saves", "Next tier's price now saves", "Discount to win",
                              "Winner's headroom"], rows,
            [TEXT, TEXT, TEXT, QTY, QTY, QTY, MONEY, MONEY, PCT, PCT])
    if limits:
        w.table("AdviceLimits", ["Item", "Supplier", "Dearer than separately above", "Pool stops paying off above",
                                 "Every partner gains up to"], limits, [TEXT, TEXT, MONEY, MONEY, MONEY])
    _paragraphs(w, why)
    w.heading("What each partner's commitment is worth")
    rows, why = [], []
    items = {it.id: it for it in res.scenario.items}
    for c in d["commitment"]:
        for j, ic in enumerate(c["items"]):
            it = items[ic["item"]]
            rows.append([c["name"] if j == 0 else "", it.name, ic["need"], ic["min_need"], it.unit,
                         _yes_no(wb, ic["tier_lost"]), c["savings_lost"] if j == 0 else None,
                         c["price_loss"] if j == 0 else None, c["tiers_lost"] if j == 0 else None])
        # the partner's sentence and those of the items whose tier hangs on it (the others' rows say "No")
        why.append(" ".join([c["explanation"][lg]] + [ic["explanation"][lg] for ic in c["items"] if ic["tier_lost"]]))
    w.table("AdviceCommitment", ["Partner", "Item", "Need", "Minimum commitment", "Unit", "Tier lost without it",
                                 "Pool saves less if it leaves", "Others pay more", "Tiers lost"], rows,
            [TEXT, TEXT, QTY, QTY, TEXT, TEXT, MONEY, MONEY, QTY])
    _paragraphs(w, why)
    th = d.get("thresholds")
    if th:
        w.heading("Break-even coordination cost")
        kv: list[tuple[str, Any, str | None]] = [("Coordination cost per pair now", th["per_pair_current"], MONEY)]
        if th["per_pair_break_even"] is not None:
            kv.append(("Single pool stops paying off above (per pair)", th["per_pair_break_even"], MONEY))
        if th["per_pair_unstable"] is not None:
            kv.append(("Single pool stops being stable above (per pair)", th["per_pair_unstable"], MONEY))
        _figures(w, kv)
        _paragraphs(w, [s[lg] for s in th["explanations"].values()])
    _finish(w)


def _finish(w: SheetWriter) -> None:
    """Widths of the grid, the print area (the grid, down to the last paragraph) and the page set-up:
    A4 landscape fitted to the width, the title rows repeated on every page."""
    w.end_print_area()
    low, high = FIGURE_WIDTH
    figures = {c: float(max(low, min(high, w.widths.get(c, 0) + 3))) for c in range(3, COLUMNS + 1)}
    w.finish(freeze="A4", print_rows="1:2", max_width=high, min_width=low, fixed={**figures, **TEXT_WIDTHS})
    _header_heights(w)


#: bold header text is about this much wider than the plain text the row heights are estimated for
BOLD = 1.12


def _header_heights(w: SheetWriter) -> None:
    """Header rows tall enough for their wrapped bold texts in the narrow figure columns (a header
    such as "Preis der nächsten Staffel spart jetzt" takes three lines; the general estimate allows two)."""
    for table in w.ws.tables.values():
        left, top, right, _ = range_boundaries(table.ref)
        lines = 1
        for col in range(left, right + 1):
            cell = w.ws.cell(top, col)
            indent = cell.alignment.indent if cell.alignment is not None else 0
            room = (w.col_width(col) - 1.5 - 2 * indent) / BOLD
            lines = max(lines, wrapped_lines(str(cell.value or ""), room))
        w.ws.row_dimensions[top].height = max(w.ws.row_dimensions[top].height or 15.0, 14.5 * lines + 4)
