"""Confidential per-partner statements: a workbook and a PDF for each partner.

A statement shows the partner's own inputs (its demand, what it would buy alone) and results (its
cost alone and in the pool, savings, capital commitment, the fairness of its share, its share under
every rule, its own risk) and only aggregates of the pool (total need per item, the pool's prices,
total savings). No other partner's name, alias, id, volume or share appears in any cell, chart,
sheet, defined name or document property. Texts written by the pool (its name, item and supplier
names) are cleaned of other partners' names, aliases and ids
(:func:`~coop_calc.exchange.anonymise.confidential_redactor`).
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path
from typing import Any, Callable, Mapping

from openpyxl import Workbook
from openpyxl.chart import Reference

from . import figures
from .anonymise import confidential_redactor
from .disclosure import MIN_OTHERS, P_PERCENT, Plan, statement_plan, word
from .formatting import excel_money_format, format_date, format_money, format_quantity, format_share, lang_of
from .pdf_layout import A4_PORTRAIT, BAD, GOOD, Document
from .results import Results, coerce
from .risk_data import normalise_risk
from .sheet_extra import RISK_COLUMNS
from .texts import rule_title, text
from .workbook import new_workbook, save_workbook
from .xlsx_base import MONEY, PCT, QTY, TEXT, SheetWriter, tr, yes_no
from .xlsx_parts import BLUE, bar_chart, define_name, set_properties


def statement_data(res: Results, i: int, disclose: bool = False) -> tuple[dict[str, Any], Callable[[str], str], Plan]:
    """Partner ``i``'s own figures, the text cleaner for its statement and what it shows of the pool
    (:func:`~coop_calc.exchange.disclosure.statement_plan`)."""
    d = res.data
    clean = confidential_redactor(res.scenario, i)
    plan = statement_plan(res, i, disclose)
    p = d["partners"][i]
    pooled, shares = res.pooled_costs(), res.savings_shares()
    split = res.split()
    own = {
        "alone": p["standalone_cost"], "pooled": pooled[i] if pooled else None,
        "savings": shares[i] if shares else None,
        "pct": shares[i] / p["standalone_cost"] if shares and p["standalone_cost"] else None,
        "share": shares[i] / d["savings"] if shares and d["savings"] else None,
        "ir": (pooled[i] <= p["standalone_cost"] + 0.005) if pooled else None,
        "in_core": split["in_core"] if split else None,
        "complaint": res.own_complaint(i),
        "contribution": d["leave_one_out"][i]["savings_lost"],
        "rules": [(r, d["splits"][r]["cost"][i], d["splits"][r]["savings"][i]) for r in res.rules
                  if r == res.chosen_rule or plan.shows("other_rules")],
    }
    return own, clean, plan


def _risk_rows(risk, scenario, i: int) -> list[tuple[str, dict]]:
    rs = normalise_risk(risk, scenario)
    sides = rs.partners.get(i)
    return [(side, sides[side]) for side in ("standalone", "pooled")] if sides else []


def _pool_rows(res: Results, plan: Plan, clean: Callable[[str], str], hidden: str) -> list[list[Any]]:
    """The pool's purchases per item; need, units and price per unit of need only where the plan allows."""
    out = []
    for x in res.data["items"]:
        ok = plan.shows(f"need:{x['item']}")
        out.append([clean(x["name"]), clean(x["unit"]), x["pooled_need"] if ok else hidden,
                    x["units_bought"] if ok else hidden, clean(x["supplier"]), x["unit_price"],
                    x["price_per_need"] if ok else hidden])
    return out


def _shown(plan: Plan, key: str, value: Any, hidden: str) -> Any:
    return value if plan.shows(key) else hidden


def statement_workbook(res: Results, i: int, risk: Mapping[str, Any] | None = None, risk_scenario=None, *,
                       disclose: bool = False, lang: str = "en") -> Workbook:
    """Partner ``i``'s confidential workbook (one sheet, printable on A4). Pool totals follow the
    disclosure rule unless ``disclose``. ``lang`` 'de': German sheet, labels, headers, € formats, dates."""
    d, s = res.data, res.scenario
    own, clean, plan = statement_data(res, i, disclose)
    hidden = word("withheld", lang)
    name, cur = s.partners[i].name, res.currency
    de = lang_of(lang) == "de"
    wb = new_workbook(cur, lang)
    ws = wb.create_sheet(tr(wb, "Statement"))
    w = SheetWriter(wb, ws)
    today = _dt.date.today().strftime("%d.%m.%Y") if de else _dt.date.today().isoformat()
    chosen = rule_title(res.chosen_rule, lang) if de else res.chosen_title
    w.title(tr(wb, "Confidential statement for {name}").format(name=name),
            tr(wb, "{name} · amounts in {currency} · {date} · CoopCalc").format(name=clean(s.meta.name), currency=cur,
                                                                               date=today))
    w.note(text("st_note", lang) + " " + word("alias", lang, alias=s.alias_of(i)), cols=7)
    w.gap()
    w.heading("Your result")
    pooled_label = tr(wb, "Your cost in the pool ({rule})").format(rule=chosen)
    rows = [("Your cost buying alone", own["alone"], MONEY),
            (pooled_label, own["pooled"], MONEY),
            ("Your savings", own["savings"], "CoopMoneyBold"),
            ("Your savings in % of your stand-alone cost", own["pct"], PCT),
            ("Capital you commit buying alone", own["alone"], MONEY),
            ("Capital you commit in the pool", own["pooled"], MONEY),
            ("Your share of the pool's savings", _shown(plan, "savings", own["share"], hidden), PCT)]
    first = w.row
    refs = w.keyvalues(rows)
    define_name(wb, "YourSavings", refs["Your savings"])
    define_name(wb, "YourPooledCost", refs[pooled_label])
    if own["pooled"] is not None:
        ch = bar_chart(ws, "Your cost: alone and in the pool", Reference(ws, min_col=1, min_row=first, max_row=first + 1),
                       Reference(ws, min_col=2, min_row=first, max_row=first + 1), f"D{first - 1}",
                       money_format=excel_money_format(cur, 0, lang), colors=(BLUE,), width=13, height=5.6,
                       titles_from_data=False)
        ch.legend = None
        w.gap(4)  # the chart stands beside the figures and ends about four rows below them

    w.heading("Your demand and what you would buy alone")
    w.table("YourPurchases", ["Item", "Unit of need", "Your need", "Units you would buy", "Supplier",
                              "Unit price", "Your cost alone"],
            [[clean(x["name"]), clean(x["unit"]), x["need"], x["units_bought"], clean(x["supplier"]), x["unit_price"],
              x["cost"]] for x in d["partners"][i]["standalone_purchases"]],
            [TEXT, TEXT, QTY, QTY, TEXT, MONEY, MONEY])

    w.heading("The pool (totals of all partners)")
    w.table("PoolPurchases", ["Item", "Unit of need", "Pool's total need", "Units bought", "Supplier",
                              "Pool's unit price", "Pool's price per unit of need"],
            _pool_rows(res, plan, clean, hidden), [TEXT, TEXT, QTY, QTY, TEXT, MONEY, MONEY])
    w.keyvalues([("Partners in the pool", s.n, QTY),
                 ("Pooled cost (purchases + coordination)", _shown(plan, "pooled_cost", d["pooled_cost"], hidden), MONEY),
                 ("Coordination cost of the pool", d["coordination_cost"], MONEY),
                 ("Total savings of the pool", _shown(plan, "savings", d["savings"], hidden), "CoopMoneyBold"),
                 ("Savings in % of stand-alone cost", _shown(plan, "savings_pct", d["savings_pct"] / 100.0, hidden), PCT)])

    w.heading("Fairness of your share")
    w.keyvalues([("You pay no more than buying alone", *yes_no(own["ir"])),
                 ("The split keeps every group of partners in the pool (core)", *yes_no(own["in_core"])),
                 ("Most a group including you would gain by leaving", _shown(plan, "complaint", own["complaint"], hidden),
                  MONEY),
                 ("What the pool saves thanks to you", _shown(plan, "savings", own["contribution"], hidden), MONEY)])
    w.note("A gain by leaving of zero or less means no group including you has a reason to leave the pool."
           " What the pool saves thanks to you is the savings it would lose if you left.", cols=7)
    w.gap()
    if own["rules"]:
        w.heading("Your cost and savings under each rule")
        w.table("YourRules", ["Rule", "Your cost", "Your savings", "You pay no more than alone"],
                [[rule_title(r, lang) + (tr(wb, " (chosen)") if r == res.chosen_rule else ""), c, sv, yes_no(c <= own["alone"] + 0.005)]
                 for r, c, sv in own["rules"]], [TEXT, MONEY, MONEY, TEXT])
    for head, lines in _disclosure_notes(plan, lang, clean):
        w.heading(head)
        for line in lines:
            w.note(line, cols=7)
        w.gap()
    if risk is not None:
        risk_rows = _risk_rows(risk, risk_scenario or s, i)
        if risk_rows:
            w.heading("Your misinvestment risk")
            w.table("YourRisk", ["Position"] + [t for _, t, _ in RISK_COLUMNS],
                    [[tr(wb, "Alone" if side == "standalone" else "In the pool")] + [m[k] for k, _, _ in RISK_COLUMNS]
                     for side, m in risk_rows], [TEXT] + [f for _, _, f in RISK_COLUMNS])
    w.finish(print_rows="1:2", max_width=30, fixed={1: 52})
    set_properties(wb, title=tr(wb, "Confidential statement – {name}").format(name=name), creator="CoopCalc",
                   subject=clean(s.meta.name),
                   description=tr(wb, "Confidential: the partner's own figures and pool totals only."))
    return wb


def _disclosure_notes(plan: Plan, lang: str, clean: Callable[[str], str]) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) about what the statement withholds, reveals, and what the rule itself tells
    (item names in them cleaned like every other text of the statement)."""
    out: list[tuple[str, list[str]]] = []
    if plan.withheld:
        out.append((word("withheld_head", lang), [word("withheld_note", lang, k=MIN_OTHERS, p=f"{P_PERCENT:g}")]
                    + [f"• {f.text('label', lang)}: {f.text('reason', lang)}" for f in plan.withheld]))
    if plan.revealing:
        out.append((word("reveals_head", lang), [word("reveals_note", lang)]
                    + [f"• {f.text('label', lang)}: {f.text('reveals', lang)}" for f in plan.revealing]))
    if plan.inherent:
        out.append((word("inherent_head", lang), [f"• {de if lang_of(lang) == 'de' else en}" for en, de in plan.inherent]))
    return [(head, [clean(line) for line in lines]) for head, lines in out]


def statement_document(res: Results, i: int, *, lang: str = "en", risk: Mapping[str, Any] | None = None,
                       risk_scenario=None, date: str | None = None, disclose: bool = False) -> Document:
    """Partner ``i``'s confidential statement as PDF pages (A4 portrait). Pool totals follow the
    disclosure rule unless ``disclose``."""
    d, s, cur = res.data, res.scenario, res.currency
    own, clean, plan = statement_data(res, i, disclose)
    hidden = word("withheld", lang)

    def m(x: Any, key: str | None = None) -> str:
        return hidden if key is not None and not plan.shows(key) else format_money(x, cur, lang)
    doc = Document(A4_PORTRAIT, footer=f"{text('confidential', lang)} · {s.partners[i].name} · CoopCalc",
                   page_label=text("page", lang))
    doc.title(text("st_title", lang), f"{text('for_partner', lang, name=s.partners[i].name)} · {clean(s.meta.name)}"
              f" · {format_date(date or _dt.date.today().isoformat(), lang)}")
    doc.paragraph(text("st_note", lang) + " " + word("alias", lang, alias=s.alias_of(i)), size=9, color="#595959")
    doc.heading(text("st_result", lang))
    top = doc.y
    doc.keyvalues([(text("st_alone", lang), m(own["alone"])),
                   (text("st_pooled", lang, rule=rule_title(res.chosen_rule, lang)), m(own["pooled"])),
                   (text("st_pct", lang), format_share(own["pct"], lang)),
                   (text("st_capital", lang), f"{m(own['alone'])} / {m(own['pooled'])}"),
                   (text("st_share", lang), format_share(own["share"], lang) if plan.shows("savings") else hidden),
                   (text("st_savings", lang), m(own["savings"]))], label_w=2.5, value_w=1.8, size=9, bold_last=True)
    after = doc.y
    doc.y = top
    doc.chart(lambda sf: figures.own_position(res, i, lang=lang, fig=sf, title=False), height=1.9, width=2.1,
              x=doc.margin + doc.width - 2.1, margins={"left": 0.32, "bottom": 0.14, "top": 0.92})
    doc.y = max(after, doc.y)
    doc.heading(text("st_inputs", lang))
    doc.table([text("item", lang), text("st_need", lang), text("units_bought", lang), text("supplier", lang),
               text("unit_price", lang), text("alone_cost", lang)],
              [[clean(x["name"]), f"{format_quantity(x['need'], lang)} {clean(x['unit'])}", format_quantity(x["units_bought"], lang),
                clean(x["supplier"]), m(x["unit_price"]), m(x["cost"])] for x in d["partners"][i]["standalone_purchases"]],
              [2.2, 1.3, 0.7, 1.3, 0.9, 1.0], "llrlrr", size=8)
    doc.heading(text("st_pool", lang))
    doc.table([text("item", lang), text("st_pool_need", lang), text("units_bought", lang), text("supplier", lang),
               text("unit_price", lang), text("st_pool_price", lang)],
              [[clean(x["name"]), f"{format_quantity(x['pooled_need'], lang)} {clean(x['unit'])}"
                if plan.shows(f"need:{x['item']}") else hidden,
                format_quantity(x["units_bought"], lang) if plan.shows(f"need:{x['item']}") else hidden,
                clean(x["supplier"]), m(x["unit_price"]), m(x["price_per_need"], f"need:{x['item']}")]
               for x in d["items"]], [2.05, 1.3, 0.75, 1.15, 0.9, 1.15], "llrlrr", size=8)
    doc.keyvalues([(text("st_pool_size", lang), str(s.n)), (text("k_pooled", lang), m(d["pooled_cost"], "pooled_cost")),
                   (text("k_coord", lang), m(d["coordination_cost"])),
                   (text("st_total_savings", lang), m(d["savings"], "savings"))], label_w=doc.width - 1.9, value_w=1.9,
                  size=9)
    doc.heading(text("st_fair", lang))
    yn = lambda f: "–" if f is None else text("yes" if f else "no", lang)  # noqa: E731
    doc.keyvalues([(text("st_ir", lang), yn(own["ir"])), (text("st_core", lang), yn(own["in_core"])),
                   (text("st_complaint", lang), m(own["complaint"], "complaint")),
                   (text("st_contribution", lang), m(own["contribution"], "savings"))], label_w=doc.width - 1.9,
                  value_w=1.9, size=9)
    if own["rules"]:
        doc.heading(text("st_rules", lang))
        colors = {(k, 3): GOOD if c <= own["alone"] + 0.005 else BAD for k, (_, c, _) in enumerate(own["rules"])}
        doc.table([text("rule_col", lang), text("cost", lang), text("savings", lang), text("ir", lang)],
                  [[rule_title(r, lang) + (f" ({text('chosen', lang)})" if r == res.chosen_rule else ""), m(c), m(sv),
                    yn(c <= own["alone"] + 0.005)] for r, c, sv in own["rules"]], [2.8, 1.5, 1.5, 1.6], "lrrc",
                  size=8, colors=colors)
    for head, lines in _disclosure_notes(plan, lang, clean):
        doc.heading(head)
        for line in lines:
            doc.paragraph(line, size=8.5)
    if risk is not None:
        rows = _risk_rows(risk, risk_scenario or s, i)
        if rows:
            doc.heading(text("st_risk", lang))
            doc.table(["", text("mean_npv", lang), text("p_loss", lang), text("cvar95", lang), text("p5", lang),
                       text("p95", lang)],
                      [[text("alone" if side == "standalone" else "pooled", lang),
                        format_money(r["mean_npv"], cur, lang, 0), format_share(r["p_loss"], lang),
                        format_money(r["cvar95"], cur, lang, 0), format_money(r["p5"], cur, lang, 0),
                        format_money(r["p95"], cur, lang, 0)] for side, r in rows], [1.4, 1.4, 1.0, 1.4, 1.2, 1.2],
                      size=8)
    return doc


def _file_stem(pid: str, taken: set[str]) -> str:
    stem = "statement-" + (re.sub(r"[^A-Za-z0-9_.-]+", "_", pid).strip("._") or "partner")
    base, k = stem, 2
    while stem.lower() in taken:
        stem, k = f"{base}-{k}", k + 1
    taken.add(stem.lower())
    return stem


def write_statements(source: Any, folder: str | os.PathLike, *, lang: str = "en", risk: Mapping[str, Any] | None = None,
                     pdf: bool = True, date: str | None = None, disclose: bool = False) -> list[Path]:
    """Write every partner's confidential statement into ``folder`` (created if missing):
    ``statement-<partner id>.xlsx`` and, with ``pdf``, ``statement-<partner id>.pdf``.
    Pool totals follow the disclosure rule (:mod:`coop_calc.exchange.disclosure`) unless ``disclose``;
    :func:`~coop_calc.exchange.disclosure.plan_lines` says beforehand what is withheld or revealed.
    Returns the paths written, in partner order."""
    res = coerce(source)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    taken: set[str] = set()
    for i, p in enumerate(res.scenario.partners):
        stem = _file_stem(p.id, taken)
        xlsx = out / f"{stem}.xlsx"
        save_workbook(statement_workbook(res, i, risk, disclose=disclose, lang=lang), xlsx)
        written.append(xlsx)
        if pdf:
            doc = statement_document(res, i, lang=lang, risk=risk, date=date, disclose=disclose)
            path = out / f"{stem}.pdf"
            doc.save(path, title=f"{text('st_title', lang)} – {p.name}", subject="CoopCalc")
            written.append(path)
    return written
