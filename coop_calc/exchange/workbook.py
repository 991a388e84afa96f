"""The Excel export of a whole scenario: Inputs, Savings, Splits, Coalitions and (optionally) Risk.

Every number is a value (no formulas), formatted in the scenario's currency; texts are always text.
Shares of the savings and of the pooled cost add up to their totals to the cent. Defined names point
at the key results (``TotalSavings``, ``PooledCost``, …) so other workbooks can refer to them.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from typing import Any, Mapping

from openpyxl import Workbook

from ..analysis import Analysis
from ..files import atomic_write_bytes
from ..model import Scenario
from .formatting import lang_of
from .results import Results, coerce
from .sheet_advice import write_advice
from .sheet_extra import write_coalitions, write_risk
from .sheet_inputs import write_inputs
from .sheet_results import write_savings, write_splits
from .texts import rule_title
from .xlsx_base import add_styles, tr
from .xlsx_parts import set_properties


def new_workbook(currency: str, lang: str = "en") -> Workbook:
    """An empty workbook with CoopCalc's named styles (amounts in ``currency``; sheet names, headers,
    chart titles and formats in ``lang``, 'en' or 'de')."""
    wb = Workbook()
    wb.remove(wb.active)
    add_styles(wb, currency, lang)
    return wb


def save_workbook(wb: Workbook, path: str | os.PathLike) -> None:
    """Save atomically: the file at ``path`` is either the old or the complete new workbook."""
    buf = io.BytesIO()
    wb.save(buf)
    atomic_write_bytes(path, buf.getvalue())


def subtitle_of(res: Results, lang: str = "en") -> str:
    """The line under each sheet's title: scenario, currency and export date (dd.mm.yyyy in German)."""
    from ..i18n import text as catalogue_text

    today = _dt.date.today()
    day = today.strftime("%d.%m.%Y") if lang_of(lang) == "de" else today.isoformat()
    return catalogue_text("sheet", "subtitle_line", lang, name=res.scenario.meta.name, currency=res.currency, date=day)


def build_workbook(res: Results, risk: Mapping[str, Any] | None = None,
                   risk_scenario: Scenario | None = None, advice: Any = True, lang: str = "en") -> Workbook:
    """The workbook of ``res`` (already anonymised if wanted). ``risk`` adds the Risk sheet; its
    partner ids are those of ``risk_scenario`` (default: the results' own scenario). ``advice``: an
    :class:`~coop_calc.advice.Advice` already computed, True to compute it, False for no Advice sheet.
    ``lang`` 'de': German sheet names, headers, chart titles, € formats and dates."""
    wb = new_workbook(res.currency, lang)
    sub = subtitle_of(res, lang)
    write_savings(wb, res, sub)
    write_splits(wb, res, sub)
    write_inputs(wb, res, sub)
    write_coalitions(wb, res, sub)
    if advice is not False and advice is not None:
        write_advice(wb, res, sub, advice)
    if risk is not None:
        write_risk(wb, res, risk, sub, risk_scenario)
    m = res.scenario.meta
    chosen = rule_title(res.chosen_rule, lang) if lang_of(lang) == "de" else res.chosen_title
    set_properties(wb, title=tr(wb, "{name} – CoopCalc results").format(name=m.name),
                   creator=(m.author or "CoopCalc") if not res.anonymous else "CoopCalc",
                   subject=tr(wb, "Joint purchasing: savings, fair splits") + (tr(wb, ", risk") if risk is not None else ""),
                   description=tr(wb, "{n} partners, {items} items; sharing rule: {rule}").format(
                       n=res.n, items=len(res.scenario.items), rule=chosen) + (tr(wb, "; anonymised") if res.anonymous else ""))
    wb.active = 0
    return wb


def export_workbook(source: Analysis | Scenario | Results, path: str | os.PathLike, *, anonymise: bool = False,
                    risk: Mapping[str, Any] | None = None, lang: str = "en") -> None:
    """Write the Excel workbook of a scenario's results to ``path`` (.xlsx).

    ``source`` is an analysis (what the UI holds), a scenario (analysed here) or prepared results.
    ``anonymise`` shows partners by alias with neutral ids everywhere, including the document
    properties. ``risk`` is the dict of ``python -m coop_calc risk --json`` (see
    :mod:`coop_calc.exchange.risk_data`); without it there is no Risk sheet.
    ``lang``: 'en' or 'de' (sheet names, headers, chart titles, formats)."""
    original = source.scenario if isinstance(source, (Analysis, Results)) else source
    res = coerce(source, anonymise)
    save_workbook(build_workbook(res, risk, original, lang=lang), path)
