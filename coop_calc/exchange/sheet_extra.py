"""The Coalitions sheet (every sub-group's cost and savings) and the optional Risk sheet."""

from __future__ import annotations

from typing import Any, Mapping

from openpyxl import Workbook
from openpyxl.chart import Reference

from .results import MAX_LISTED_PARTNERS, Results
from .risk_data import normalise_risk
from .texts import rule_title
from .xlsx_base import MONEY, MONEY0, PCT, QTY, TEXT, SheetWriter, tr, workbook_lang
from .xlsx_parts import BLUE, GREY, category_chart

RISK_COLUMNS = (("mean_npv", "Expected NPV", MONEY0), ("p_loss", "Probability of a loss", PCT),
                ("var95", "Value at risk 95 % (loss)", MONEY0),
                ("cvar95", "Expected shortfall 95 % (loss)", MONEY0),
                ("p5", "P5", MONEY0), ("p50", "Median (P50)", MONEY0), ("p95", "P95", MONEY0),
                ("stderr_mean", "Std. error of the mean", MONEY0))
SIDE_TITLES = {"standalone": "Alone", "pooled": "In the pool"}
#: coalitions printed in a handout; larger pools print these (largest complaint first) and keep the
#: full list in the sheet, outside the print area (a 12-partner pool has 4,095 groups: 261 pages)
PRINTED_COALITIONS = 20
#: pools with at most this many groups (five partners) print them all
PRINT_ALL_COALITIONS = 31


def _count(n: int, wb: Workbook) -> str:
    """``n`` with the thousands separator of the workbook's language (12,345 / 12.345)."""
    s = f"{n:,}"
    return s.replace(",", ".") if workbook_lang(wb) == "de" else s


def write_coalitions(wb: Workbook, res: Results, subtitle: str) -> None:
    ws = wb.create_sheet(tr(wb, "Coalitions"))
    w = SheetWriter(wb, ws)
    w.title("Coalitions", subtitle)
    rows = res.coalitions()
    if rows is None:
        if res.n > MAX_LISTED_PARTNERS:
            why = tr(wb, "This pool has {n} partners, so there are {groups} possible sub-groups; they are listed"
                         " only for pools of up to {max} partners ({max_groups} sub-groups). The Splits sheet names"
                         " the group with the largest complaint under each rule.").format(
                n=res.n, groups=_count(2 ** res.n - 1, wb), max=MAX_LISTED_PARTNERS,
                max_groups=_count(2 ** MAX_LISTED_PARTNERS - 1, wb))
        else:
            why = tr(wb, "No coalition values are available for this pool.")
        w.note(why, cols=8)
        w.finish()
        return
    have_rule = res.split() is not None
    headers = ["Partners in the group", "Size", "Cost of the group", "Members' stand-alone cost",
               "Savings of the group"]
    formats = [TEXT, QTY, MONEY, MONEY, MONEY]
    if have_rule:
        headers += ["Savings they receive", "Complaint"]
        formats += [MONEY, MONEY]

    pids = res.scenario.partner_ids()

    def body(chosen: list[dict[str, Any]], short_names: bool = False) -> list[list[Any]]:
        out = []
        for c in chosen:
            names = (res.group_text([pids[i] for i in range(res.n) if c["mask"] >> i & 1], workbook_lang(wb)) if short_names
                     else " + ".join(c["members"]))
            row = [names, c["size"], c["cost"], c["standalone"], c["savings"]]
            if have_rule:
                row += [c["received"], c["complaint"]]
            out.append(row)
        return out

    cols = len(headers)
    everyone = len(rows)
    short = everyone > PRINT_ALL_COALITIONS
    if short:  # a handout gets the groups that matter; the full list stays below for analysis
        key = "complaint" if have_rule else "savings"
        top_rows = sorted((c for c in rows if c["size"] < res.n), key=lambda c: (-c[key], c["size"], c["mask"]))
        rule = rule_title(res.chosen_rule, workbook_lang(wb)) if workbook_lang(wb) == "de" else res.chosen_title
        w.heading(tr(wb, "The {k} groups with the largest complaint under the chosen rule ({rule})" if have_rule
                     else "The {k} groups with the largest savings").format(k=PRINTED_COALITIONS, rule=rule))
        w.note(tr(wb, "A positive complaint means the group would be better off on its own. All {n} groups of"
                      " partners are listed in the table below, which is kept for sorting and filtering and is"
                      " not printed.").format(n=_count(everyone, wb)), cols=cols)
        print_top, _ = w.table("TopCoalitions", headers, body(top_rows[:PRINTED_COALITIONS], True), formats)
        w.end_print_area()
        w.heading(tr(wb, "All {n} groups of partners (not printed)").format(n=_count(everyone, wb)))
    lang = workbook_lang(wb)
    chosen = rule_title(res.chosen_rule, lang) if lang == "de" else res.chosen_title
    w.note(tr(wb, "Every group of partners that could buy together: what it would pay, what its members would pay"
              " alone, what it saves, and what its members receive under the chosen rule ({rule})."
              " A positive complaint means the group would be better off on its own.").format(rule=chosen), cols=cols)
    w.gap()
    top, _ = w.table("Coalitions", headers, body(rows), formats)
    head = print_top if short else top  # the printed table's header row repeats on every page
    w.finish(freeze="A4" if short else f"B{top + 1}", print_rows=f"{head}:{head}", fixed={1: 60})
    ws.column_dimensions["A"].width = 60


def write_risk(wb: Workbook, res: Results, risk: Mapping[str, Any], subtitle: str,
               original_scenario=None) -> None:
    """The risk summary: per partner alone and in the pool, P(loss) chart, histogram data.

    ``original_scenario`` is the scenario whose ids the risk dict uses (before anonymisation)."""
    rs = normalise_risk(risk, original_scenario or res.scenario)
    ws = wb.create_sheet(tr(wb, "Risk"))
    w = SheetWriter(wb, ws)
    w.title("Risk", subtitle)
    n = f"{rs.trials:,}" if workbook_lang(wb) != "de" else f"{rs.trials:,}".replace(",", ".")
    trials = tr(wb, "{n} simulated trials. ").format(n=n) if rs.trials else ""
    w.note(trials + tr(wb, "Net present value (NPV) of each partner's investment over the useful life, alone and in"
                       " the pool. The probability of a loss is the misinvestment probability. Value at risk and"
                       " expected shortfall are loss amounts: the loss exceeded in only 5 % of trials, and the"
                       " average loss in those worst 5 %."), cols=8)
    w.gap()
    w.heading("Outcome per partner")
    rows = []
    entries: list[tuple[int | None, str, Any]] = [(i, res.labels[i], rs.partners[i]) for i in sorted(rs.partners)]
    if rs.pool:
        entries.append((None, tr(wb, "Whole pool"), rs.pool))
    for _, label, sides in entries:
        for side in ("standalone", "pooled"):
            rows.append([label, tr(wb, SIDE_TITLES[side])] + [sides[side][k] for k, _, _ in RISK_COLUMNS])
    summary_top, _ = w.table("RiskSummary", ["Partner", "Position"] + [t for _, t, _ in RISK_COLUMNS], rows,
                             [TEXT, TEXT] + [f for _, _, f in RISK_COLUMNS])

    part = [(label, sides) for i, label, sides in entries if i is not None]
    if part:
        if len(part) > 6:  # the table and its chart print together on a page of their own
            w.page_break()
        w.heading("Misinvestment probability: alone versus in the pool")
        top, last = w.table("LossProbability", ["Partner", "Alone", "In the pool"],
                            [[lbl, sd["standalone"]["p_loss"], sd["pooled"]["p_loss"]] for lbl, sd in part],
                            [TEXT, PCT, PCT])
        # the chart stands beside its three-column table, so both print on one page
        _, chart_rows = category_chart(
            ws, "Probability of a loss per partner", Reference(ws, min_col=1, min_row=top + 1, max_row=last),
            Reference(ws, min_col=2, max_col=3, min_row=top, max_row=last), f"E{top}",
            categories=len(part), series=2, longest_label=max(len(lbl) for lbl, _ in part),
            y_title="Probability of a loss", money_format="0%", colors=(GREY, BLUE), y_max=1.0, width=20.0)
        w.gap(max(0, top + chart_rows - w.row))
    if rs.histograms:
        w.note("The histogram data below (trials per NPV range, for charts of your own) is kept in the sheet"
               " and not printed.", cols=8)
        w.end_print_area()
        w.gap()
        w.heading("Histogram data (trials per NPV range)")
        hrows = []
        for h in rs.histograms:
            label = res.labels[h.partner] if h.partner is not None else tr(wb, "Whole pool")
            side = tr(wb, SIDE_TITLES[h.side])
            total = sum(h.counts) or 1.0
            for k, cnt in enumerate(h.counts):
                hrows.append([label, side, h.edges[k], h.edges[k + 1], cnt, cnt / total])
        w.table("RiskHistogram", ["Partner", "Position", "NPV from", "NPV to", "Trials", "Share of trials"],
                hrows, [TEXT, TEXT, MONEY0, MONEY0, QTY, PCT])
    # a summary longer than a page (large pools) repeats its header row on the following pages
    titles = f"{summary_top}:{summary_top}" if len(rows) > 30 else "1:2"
    w.finish(freeze="A4", print_rows=titles, max_width=20, fixed={1: 34})
