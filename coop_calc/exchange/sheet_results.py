"""The Savings and Splits sheets: what pooling saves, and every sharing rule side by side."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.chart import Reference

from ..splits import COORDINATION_EXPLANATIONS, DIAGNOSTICS
from .formatting import excel_money_format
from .results import Results
from .texts import rule_explanation, rule_title
from .xlsx_base import MONEY, PCT, QTY, TEXT, SheetWriter, tr, workbook_lang, yes_no
from .xlsx_parts import BLUE, GREY, SERIES_COLORS, category_chart, define_name

#: defined name → key of the compute JSON; all refer to cells of the Savings sheet
KEY_FIGURES = (
    ("TotalStandaloneCost", "total_standalone_cost", "Stand-alone cost of all partners"),
    ("PurchaseCost", "purchase_cost", "Pooled purchase cost"),
    ("CoordinationCost", "coordination_cost", "Coordination cost of the pool"),
    ("PooledCost", "pooled_cost", "Pooled cost (purchases + coordination)"),
    ("GrossSavings", "gross_savings", "Savings before coordination cost"),
    ("TotalSavings", "savings", "Savings after coordination cost"),
)


def write_savings(wb: Workbook, res: Results, subtitle: str) -> None:
    d, s = res.data, res.scenario
    ws = wb.create_sheet(tr(wb, "Savings"))
    w = SheetWriter(wb, ws)
    w.title("Savings", subtitle)

    w.heading("Key figures")
    rows = [(label, d[key], "CoopMoneyBold" if key == "savings" else MONEY) for _, key, label in KEY_FIGURES]
    rows.append(("Savings in % of stand-alone cost", d["savings_pct"] / 100.0, PCT))
    lang = workbook_lang(wb)
    chosen = rule_title(res.chosen_rule, lang) if lang == "de" else res.chosen_title
    rows.append(("Sharing rule", chosen, TEXT))
    size = d["min_paying_pool_size"]
    rows.append(("Smallest pool that pays off", tr(wb, "{n} partners").format(n=size) if size else "none of the sub-pools", TEXT))
    refs = w.keyvalues(rows)
    for name, _, label in KEY_FIGURES:
        define_name(wb, name, refs[label])
    define_name(wb, "SavingsPercent", refs["Savings in % of stand-alone cost"])

    w.heading(tr(wb, "Per partner: alone versus in the pool ({rule})").format(rule=chosen))
    pooled = res.pooled_costs()
    shares = res.savings_shares()
    prow = []
    for i, p in enumerate(d["partners"]):
        alone = p["standalone_cost"]
        cost = pooled[i] if pooled else None
        sav = shares[i] if shares else None
        prow.append([res.labels[i], alone, cost, sav,
                     sav / alone if sav is not None and alone else None,
                     sav / d["savings"] if sav is not None and d["savings"] else None])
    top, last = w.table("PartnerSavings", ["Partner", "Stand-alone cost", "Cost in the pool", "Savings",
                                           "Savings in % of own cost", "Share of the pool's savings"],
                        prow, [TEXT, MONEY, MONEY, MONEY, PCT, PCT],
                        totals=["Total", d["total_standalone_cost"], d["pooled_cost"] if pooled else None,
                                d["savings"] if shares else None])
    if pooled is None:
        w.note("Splits are computed for pools of up to 22 partners; this pool is larger, so only the"
               " stand-alone costs are listed.", cols=6)
    elif s.n:
        _, chart_rows = category_chart(ws, "Cost per partner: alone versus in the pool",
                                 Reference(ws, min_col=1, min_row=top + 1, max_row=last),
                                 Reference(ws, min_col=2, max_col=3, min_row=top, max_row=last), f"A{w.row}",
                                 categories=s.n, series=2, longest_label=max(map(len, res.labels)),
                                 y_title=res.currency, money_format=excel_money_format(res.currency, 0, workbook_lang(wb)),
                                 colors=(GREY, BLUE), width=34.0)  # the sheet is wide: printed at ~55 %
        w.gap(chart_rows)

    w.page_break()  # the per-item figures start a printed page of their own
    w.heading("Per item: the pool's purchase")
    w.table("ItemPurchases", ["Item", "Unit of need", "Pooled need", "Units bought", "Supplier",
                              "Unit price", "Price per unit of need", "Pooled cost", "Stand-alone cost",
                              "Savings"],
            [[it["name"], it["unit"], it["pooled_need"], it["units_bought"], it["supplier"], it["unit_price"],
              it["price_per_need"], it["cost"], it["standalone_cost"], it["savings"]] for it in d["items"]],
            [TEXT, TEXT, QTY, QTY, TEXT, MONEY, MONEY, MONEY, MONEY, MONEY],
            totals=["Total", None, None, None, None, None, None, d["purchase_cost"],
                    d["total_standalone_cost"], d["gross_savings"]])
    w.note("Units bought can exceed the need when buying up to a cheaper tier costs less. The price per unit"
           " of need includes the supplier's fixed fee. The item savings add up to the savings before"
           " coordination cost.", cols=8)
    w.gap()

    w.heading("If one partner leaves")
    lo = d["leave_one_out"]
    w.table("LeaveOneOut", ["Partner leaving", "Cost of the remaining pool", "Savings of the remaining pool",
                            "Savings lost"],
            [[res.labels[i], e["pool_cost"], e["savings"], e["savings_lost"]] for i, e in enumerate(lo)],
            [TEXT, MONEY, MONEY, MONEY])
    w.note("Savings lost is what the pool saves with the partner and not without it (its marginal"
           " contribution).", cols=6)
    w.gap()

    if d["best_savings_by_size"]:
        w.heading("Best sub-pool of each size")
        w.table("BestBySize", ["Partners in the sub-pool", "Most any sub-pool of this size saves"],
                [[k, v] for k, v in enumerate(d["best_savings_by_size"], start=1)], [QTY, MONEY])
    w.finish(freeze="A4", print_rows="1:2", max_width=40, fixed={1: 46})


def write_splits(wb: Workbook, res: Results, subtitle: str) -> None:
    """Rules side by side: one column per rule for savings, cost and the fairness checks."""
    d, s = res.data, res.scenario
    ws = wb.create_sheet(tr(wb, "Splits"))
    w = SheetWriter(wb, ws)
    w.title("Splits", subtitle)
    rules = res.rules
    if not rules:
        w.note("Splits and fairness checks are computed exactly for pools of up to 22 partners; this pool"
               " has more.", cols=8)
        w.finish()
        return
    lang = workbook_lang(wb)
    titles = [(rule_title(r, lang) if lang == "de" else d["splits"][r]["title"])
              + (tr(wb, " (chosen)") if r == res.chosen_rule else "") for r in rules]
    k = len(rules)
    w.note(COORDINATION_EXPLANATIONS.get(s.sharing.coordination, "") + " Each column is one sharing rule;"
           " the rule the pool chose is marked.", cols=1 + k)
    w.gap()

    w.heading("Savings per partner under each rule")
    top, last = w.table("SplitSavings", ["Partner"] + titles,
                        [[res.labels[i]] + [d["splits"][r]["savings"][i] for r in rules] for i in range(s.n)],
                        [TEXT] + [MONEY] * k, totals=["Total"] + [d["savings"]] * k)

    w.heading("Cost per partner under each rule")
    alone = [p["standalone_cost"] for p in d["partners"]]
    w.table("SplitCosts", ["Partner"] + titles + ["Stand-alone cost"],
            [[res.labels[i]] + [d["splits"][r]["cost"][i] for r in rules] + [alone[i]] for i in range(s.n)],
            [TEXT] + [MONEY] * (k + 1),
            totals=["Total"] + [d["pooled_cost"]] * k + [d["total_standalone_cost"]])

    if s.n > 6:  # the chart of many partners takes a printed page of its own
        w.page_break()
    _, chart_rows = category_chart(ws, "Savings per partner under each rule",
                             Reference(ws, min_col=1, min_row=top + 1, max_row=last),
                             Reference(ws, min_col=2, max_col=1 + k, min_row=top, max_row=last), f"A{w.row}",
                             categories=s.n, series=k, longest_label=max(map(len, res.labels)),
                             y_title=res.currency, money_format=excel_money_format(res.currency, 0, workbook_lang(wb)),
                             colors=SERIES_COLORS, width=30, height=12)
    w.gap(chart_rows)

    w.page_break()
    w.heading("Fairness of each rule")
    sp = [d["splits"][r] for r in rules]
    group = [res.group_text(x["max_complaint_coalition"], lang) for x in sp]
    w.table("Fairness", ["Check"] + titles, [
        [tr(wb, "Nobody pays more than alone")] + [yes_no(x["individually_rational"]) for x in sp],
        [tr(wb, "In the core (no group would leave)")] + [yes_no(x["in_core"]) for x in sp],
        [tr(wb, "Largest complaint")] + [x["max_complaint"] for x in sp],
        [tr(wb, "Group with the largest complaint")] + group,
        [tr(wb, "How the rule works")] + [rule_explanation(r, lang) or x["explanation"] if lang == "de"
                                          else x["explanation"] for r, x in zip(rules, sp)],
    ], [TEXT] + [MONEY] * k)
    empty = d["core_empty"]
    core = [("Is the core empty?", "–" if empty is None else ("Yes" if empty else "No"),
             TEXT if empty is None else ("CoopBad" if empty else "CoopGood"))]
    if d.get("least_core_value") is not None:
        core.append(("Least-core amount", d["least_core_value"], MONEY))
    w.keyvalues(core)
    w.heading("What the checks mean")
    for key, label in (("individually_rational", "Nobody pays more than alone"), ("in_core", "In the core"),
                       ("max_complaint", "Largest complaint"), ("core_empty", "Empty core")):
        w.note(f"{label}: {DIAGNOSTICS[key]}", cols=1 + k)
    w.finish(freeze="B4", print_rows="1:2", max_width=22, min_width=18, fixed={1: 36})
