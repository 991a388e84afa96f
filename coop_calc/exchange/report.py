"""The PDF report for a partner meeting: title page, savings overview, split comparison with
fairness, and a risk page when a risk result is given. Charts are vector graphics; numbers are
formatted for the chosen language ('en' or 'de')."""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any, Mapping

from . import figures
from .formatting import format_date, format_money, format_pct, format_quantity, format_share
from .pdf_layout import A4_LANDSCAPE, BAD, GOOD, Document
from .report_advice import advice_page
from .results import Results, coerce
from .risk_data import normalise_risk
from .texts import rule_explanation, rule_title, text


def _key_figures(res: Results, lang: str) -> list[tuple[str, str]]:
    d, cur = res.data, res.currency
    size = d["min_paying_pool_size"]
    return [(text("k_alone", lang), format_money(d["total_standalone_cost"], cur, lang)),
            (text("k_purchase", lang), format_money(d["purchase_cost"], cur, lang)),
            (text("k_coord", lang), format_money(d["coordination_cost"], cur, lang)),
            (text("k_pooled", lang), format_money(d["pooled_cost"], cur, lang)),
            (text("k_pct", lang), format_pct(d["savings_pct"], lang)),
            (text("k_min", lang), text("k_min_val", lang, n=size) if size else text("none", lang)),
            (text("k_savings", lang), format_money(d["savings"], cur, lang))]


def _title_page(doc: Document, res: Results, lang: str, date: str) -> None:
    d, cur, s = res.data, res.currency, res.scenario
    doc.title(s.meta.name, f"{text('report_title', lang)} · {format_date(date, lang)}")
    doc.paragraph(text("headline", lang, savings=format_money(d["savings"], cur, lang),
                       pct=format_pct(d["savings_pct"], lang), alone=format_money(d["total_standalone_cost"], cur, lang)),
                  size=15, color="#1F3864", weight="bold")
    doc.paragraph(f"{text('rule', lang)}: {rule_title(res.chosen_rule, lang)} · {text('currency', lang)}: {cur}",
                  size=10)
    doc.gap()
    doc.heading(text("key_figures", lang))
    doc.keyvalues(_key_figures(res, lang), label_w=3.2, value_w=2.0, size=10, bold_last=True)
    doc.heading(text("partners", lang))
    pooled = res.pooled_costs()
    shares = res.savings_shares()
    rows = []
    for i, p in enumerate(d["partners"]):
        row = [res.labels[i]]
        if not res.anonymous:
            part = s.partners[i]
            row += [part.sector, format_quantity(part.employees, lang) if part.employees else ""]
        row += [format_money(p["standalone_cost"], cur, lang),
                format_money(pooled[i], cur, lang) if pooled else "–",
                format_money(shares[i], cur, lang) if shares else "–"]
        rows.append(row)
    total = ["Total" if lang == "en" else "Summe"] + (["", ""] if not res.anonymous else []) + [
        format_money(d["total_standalone_cost"], cur, lang),
        format_money(d["pooled_cost"], cur, lang) if pooled else "–",
        format_money(d["savings"], cur, lang) if shares else "–"]
    heads = [text("partner", lang)] + ([("Sector" if lang == "en" else "Branche"),
                                        ("Employees" if lang == "en" else "Mitarbeiter")] if not res.anonymous else [])
    heads += [text("alone_cost", lang), text("pooled_cost", lang), text("savings", lang)]
    widths = [3.4] + ([2.6, 1.0] if not res.anonymous else []) + [1.5, 1.5, 1.5]
    aligns = "l" + ("lr" if not res.anonymous else "") + "rrr"
    doc.table(heads, rows + [total], widths, aligns, size=9, bold_rows=[len(rows)])


def _savings_page(doc: Document, res: Results, lang: str) -> None:
    d, cur = res.data, res.currency
    doc.new_page()
    doc.heading(text("overview", lang), 15)
    half = doc.width / 2
    if res.n <= 6 and len(d["items"]) <= 6:  # small pools: both charts side by side
        doc.chart(lambda sf: figures.cost_alone_vs_pooled(res, lang=lang, fig=sf), height=3.5, width=half - 0.1,
                  advance=False, margins={"left": 0.15})
        doc.chart(lambda sf: figures.item_costs(res, lang=lang, fig=sf), height=3.5, width=half - 0.1,
                  x=doc.margin + half + 0.1, margins={"left": 0.36, "bottom": 0.22})
    else:
        doc.chart(lambda sf: figures.cost_alone_vs_pooled(res, lang=lang, fig=sf), height=3.8,
                  margins={"left": 0.08, "bottom": 0.36})
    doc.heading(text("per_item", lang), 12)
    rows = [[it["name"], f"{format_quantity(it['pooled_need'], lang)} {it['unit']}",
             format_quantity(it["units_bought"], lang), it["supplier"], format_money(it["unit_price"], cur, lang),
             format_money(it["cost"], cur, lang), format_money(it["standalone_cost"], cur, lang),
             format_money(it["savings"], cur, lang)] for it in d["items"]]
    doc.table([text("item", lang), text("pooled_need", lang), text("units_bought", lang), text("supplier", lang),
               text("unit_price", lang), text("pooled_cost", lang), text("alone_cost", lang), text("savings", lang)],
              rows, [2.6, 1.5, 0.8, 1.5, 1.15, 1.3, 1.35, 1.3], "llrlrrrr", size=8.5)
    if not (res.n <= 6 and len(d["items"]) <= 6):
        doc.new_page()
        height = min(doc.room(), 1.2 + 0.3 * len(d["items"]))
        doc.chart(lambda sf: figures.item_costs(res, lang=lang, fig=sf), height=height,
                  margins={"left": 0.25, "bottom": 0.85 / height, "top": 1 - 0.35 / height})


def _splits_page(doc: Document, res: Results, lang: str) -> None:
    d, cur = res.data, res.currency
    doc.new_page()
    doc.heading(text("split_page", lang), 15)
    if not res.rules:
        doc.paragraph(text("no_splits", lang))
        return
    doc.chart(lambda sf: figures.split_comparison(res, lang=lang, fig=sf), height=2.45 if res.n <= 6 else 3.2,
              margins={"left": 0.08, "right": 0.8, "bottom": 0.22 if res.n <= 6 else 0.38})
    rows, colors = [], {}
    for r_i, r in enumerate(res.rules):
        sp = d["splits"][r]
        group = res.group_text(sp["max_complaint_coalition"], lang)
        flags = []
        for j, ok in ((1, sp["individually_rational"]), (2, sp["in_core"])):
            flags.append(text("yes", lang) if ok else text("no", lang))
            colors[(r_i, j)] = GOOD if ok else BAD
        title = rule_title(r, lang) + (f" ({text('chosen', lang)})" if r == res.chosen_rule else "")
        rows.append([title, *flags, format_money(sp["max_complaint"], cur, lang), group, rule_explanation(r, lang)])
    doc.table([text("rule_col", lang), text("ir", lang), text("core", lang), text("complaint", lang),
               text("group", lang), text("how", lang)], rows, [1.9, 0.95, 0.7, 1.15, 2.2, 4.0], "lccrll", size=7.5,
              colors=colors)
    if d.get("core_empty"):
        doc.paragraph(text("core_empty", lang, amount=format_money(d["least_core_value"], cur, lang)), color=BAD)
    elif d.get("core_empty") is False:
        doc.paragraph(text("core_ok", lang), color=GOOD)


def _risk_page(doc: Document, res: Results, risk: Mapping[str, Any], scenario, lang: str) -> None:
    rs = normalise_risk(risk, scenario)
    cur = res.currency
    doc.new_page()
    doc.heading(text("risk_page", lang), 15)
    note = (text("trials", lang, n=format_quantity(rs.trials, lang)) + " " if rs.trials else "") + text("risk_note", lang)
    doc.paragraph(note, size=9, color="#595959")
    entries = [(res.labels[i], rs.partners[i]) for i in sorted(rs.partners)]
    if rs.pool:
        entries.append((text("whole_pool", lang), rs.pool))
    rows = []
    for label, sd in entries:
        a, p = sd["standalone"], sd["pooled"]
        rows.append([label, format_money(a["mean_npv"], cur, lang, 0), format_money(p["mean_npv"], cur, lang, 0),
                     format_share(a["p_loss"], lang), format_share(p["p_loss"], lang),
                     format_money(a["cvar95"], cur, lang, 0), format_money(p["cvar95"], cur, lang, 0)])
    al, po = text("alone", lang), text("pooled", lang)
    doc.table([text("partner", lang), f"{text('mean_npv', lang)}: {al}", po, f"{text('p_loss', lang)}: {al}", po,
               f"{text('cvar95', lang)}: {al}", po], rows, [3.2, 1.5, 1.3, 1.2, 1.1, 1.5, 1.3], size=8.5,
              bold_rows=[len(rows) - 1] if rs.pool else [])
    if rs.partners:
        doc.chart(lambda sf: figures.loss_probability(risk, res, risk_scenario=scenario, lang=lang, fig=sf),
                  height=3.0, width=7.5)


def build_report(res: Results, *, lang: str = "en", risk: Mapping[str, Any] | None = None,
                 risk_scenario=None, date: str | None = None, advice: Any = True) -> Document:
    """The report's pages (not yet saved). ``advice``: an Advice already computed, True to compute
    it, False for no advice page."""
    date = date or _dt.date.today().isoformat()
    doc = Document(A4_LANDSCAPE, footer=f"{res.scenario.meta.name} · CoopCalc", page_label=text("page", lang))
    _title_page(doc, res, lang, date)
    _savings_page(doc, res, lang)
    _splits_page(doc, res, lang)
    if advice is not False and advice is not None:
        advice_page(doc, res, lang, advice)
    if risk is not None:
        _risk_page(doc, res, risk, risk_scenario or res.scenario, lang)
    return doc


def write_report(source: Any, path: str | os.PathLike, *, lang: str = "en", anonymise: bool = False,
                 risk: Mapping[str, Any] | None = None, date: str | None = None) -> None:
    """Write the meeting report as PDF. ``source``: analysis, scenario or results; ``risk``: the dict of
    ``python -m coop_calc risk --json [--full]`` (adds the risk page); ``date``: ISO date on the title."""
    original = getattr(source, "scenario", source)
    res = coerce(source, anonymise)
    doc = build_report(res, lang=lang, risk=risk, risk_scenario=original, date=date)
    doc.save(path, title=f"{res.scenario.meta.name} – {text('report_title', lang)}", subject="CoopCalc report")
