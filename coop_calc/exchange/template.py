"""The import template: a workbook with the scenario's quotes and demand, ready to be edited and read
back by :func:`coop_calc.exchange.importer.import_workbook`.

Layout (fixed; the importer checks the header rows). Sheet names and headers are written in the
template's language (English or German, :mod:`.template_words`); the importer reads either, whatever
the language of the session that imports it:

* ``Quotes`` / ``Angebote``: header in row 3, one quote per row from row 4 — Item id | Item (for
  reference) | Supplier | Schedule | Fixed fee | Min order | Max order | Valid until | Tier 1 from |
  Tier 1 unit price | Tier 2 from | Tier 2 unit price | …
* ``Demand`` / ``Bedarf``: item names in row 2 (for reference), header in row 3 — Partner id | Partner
  (for reference) | one column per item id; one partner per row from row 4.
* ``Instructions`` / ``Anleitung``: how to fill it in, and the lists of item and partner ids.

Amounts carry the language's currency format (``1.234,56 €`` in German), dates are date cells shown as
dd.mm.yyyy (German) or yyyy-mm-dd (English), and the cells to fill in have data validations whose
messages are in the template's language.
"""

from __future__ import annotations

import datetime as _dt
import os

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..i18n import translator
from ..model import Scenario
from .formatting import format_quantity, lang_of
from .template_words import label, schedule_word, schedule_words
from .workbook import new_workbook, save_workbook
from .xlsx_base import MONEY, QTY, TEXT, put
from .xlsx_parts import page_setup, set_properties, text_width, wrapped_lines

TEMPLATE_FORMAT = "coop-calc/import-template"
HEADER_ROW = 3
FIRST_ROW = 4
#: the sheets, by their English names (the catalogue keys of context ``sheet``)
QUOTES, DEMAND, INSTRUCTIONS = "Quotes", "Demand", "Instructions"
QUOTE_COLUMNS = ("Item id", "Item (for reference)", "Supplier", "Schedule", "Fixed fee per order",
                 "Minimum order (units)", "Maximum order (units)", "Valid until")
TIER_START = len(QUOTE_COLUMNS) + 1  # column of "Tier 1 from"
TIER_HEADS = ("Tier {t} from", "Tier {t} unit price")
DEMAND_COLUMNS = ("Partner id", "Partner (for reference)")
MIN_TIER_PAIRS = 6
#: every accepted spelling of a schedule (both languages) → 'all_units' / 'incremental'
SCHEDULE_WORDS = schedule_words()
DATE_FORMATS = {"en": "yyyy-mm-dd", "de": "dd.mm.yyyy"}
_INSTRUCTION_KEYS = ("instr_1", "instr_2", "instr_3", "instr_4", "instr_5", "instr_6")


def _header(ws, row: int, values, widths) -> None:
    for j, (v, w) in enumerate(zip(values, widths), start=1):
        put(ws, row, j, v, "CoopHeader")
        longest = max((text_width(word) for word in str(v).split()), default=0.0)
        ws.column_dimensions[get_column_letter(j)].width = max(w, round(longest * 1.1 + 2))  # no word cut
    ws.row_dimensions[row].height = 32


def _validation(ws, cells: list[str], kind: str, _, *, whole: bool = False, prompt: str = "") -> None:
    """A data validation on ``cells`` with its title and messages in the template's language:
    ``kind`` 'amount' (a number ≥ 0) or 'quantity' (≥ 0, whole with ``whole``)."""
    dv = DataValidation(type="whole" if whole else "decimal", operator="greaterThanOrEqual", formula1="0",
                        allow_blank=True, showErrorMessage=True, errorTitle=_("template", f"dv_{kind}_title"),
                        error=_("template", f"dv_{kind}_whole" if whole else f"dv_{kind}_error"))
    if prompt:
        dv.promptTitle, dv.prompt, dv.showInputMessage = _("template", f"dv_{kind}_title"), prompt, True
    for ref in cells:
        dv.add(ref)
    ws.add_data_validation(dv)


def _valid_until(iso: str | None) -> _dt.date | str | None:
    """A quote's validity date as a date cell value (text only if it is not an ISO date)."""
    if not iso:
        return None
    try:
        return _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso


def write_template(scenario: Scenario, path: str | os.PathLike, lang: str = "en") -> None:
    """Write the import template for ``scenario``, pre-filled with its quotes and demand, in ``lang``
    ('en' or 'de': sheet names, headers, instructions, validation messages, number and date formats).
    :func:`~coop_calc.exchange.importer.import_workbook` reads a template of either language."""
    s, lang = scenario, lang_of(lang)
    _ = translator(lang)
    wb = new_workbook(s.meta.currency, lang)
    names = {it.id: it for it in s.items}
    cur = s.meta.currency
    sheet_quotes, sheet_demand, sheet_help = label(QUOTES, lang), label(DEMAND, lang), label(INSTRUCTIONS, lang)

    ws = wb.create_sheet(sheet_quotes)
    put(ws, 1, 1, _("template", "quotes_title", name=s.meta.name, currency=cur), "CoopTitle")
    put(ws, 2, 1, _("template", "quotes_note"), "CoopNote")
    ws.cell(2, 1).alignment = Alignment(wrap_text=False, vertical="top")  # one line, running across
    pairs = max([MIN_TIER_PAIRS] + [len(q.tiers) for q in s.quotes])
    tier_heads = [label(h, lang).format(t=t) for t in range(1, pairs + 1) for h in TIER_HEADS]
    _header(ws, HEADER_ROW, [label(h, lang) for h in QUOTE_COLUMNS] + tier_heads,
            [14, 34, 24, 13, 14, 12, 12, 12] + [10, 13] * pairs)
    for r, q in enumerate(s.quotes, start=FIRST_ROW):
        it = names.get(q.item_id)
        row = [q.item_id, it.name if it else "", q.supplier, schedule_word(q.schedule, lang), q.fixed_fee,
               q.min_order, q.max_order, _valid_until(q.valid_until)]
        for t in q.tiers:
            row += [t.min_quantity, t.unit_price]
        for j, v in enumerate(row, start=1):
            put(ws, r, j, v)
    last = max(FIRST_ROW + len(s.quotes) + 200, 300)
    styles = {5: MONEY, 6: QTY, 7: QTY}
    for k in range(pairs):
        styles[TIER_START + 2 * k] = QTY
        styles[TIER_START + 2 * k + 1] = MONEY
    for col, st in styles.items():
        for r in range(FIRST_ROW, last):
            ws.cell(r, col).style = st
    for r in range(FIRST_ROW, last):
        ws.cell(r, 8).number_format = DATE_FORMATS[lang]
        ws.cell(r, 8).alignment = Alignment(horizontal="right", vertical="top")
    words = [schedule_word(x, lang) for x in ("all_units", "incremental")]
    dv = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True, showErrorMessage=True,
                        error=_("template", "dv_schedule_error", a=words[0], b=words[1]),
                        errorTitle=label("Schedule", lang), promptTitle=label("Schedule", lang),
                        prompt=_("template", "dv_schedule_prompt", a=words[0], b=words[1]), showInputMessage=True)
    dv.add(f"D{FIRST_ROW}:D{last}")
    ws.add_data_validation(dv)
    col = get_column_letter
    amounts = [f"E{FIRST_ROW}:E{last}"] + [f"{col(TIER_START + 2 * k + 1)}{FIRST_ROW}:{col(TIER_START + 2 * k + 1)}{last}"
                                           for k in range(pairs)]
    quantities = [f"F{FIRST_ROW}:G{last}"] + [f"{col(TIER_START + 2 * k)}{FIRST_ROW}:{col(TIER_START + 2 * k)}{last}"
                                              for k in range(pairs)]
    _validation(ws, amounts, "amount", _)
    _validation(ws, quantities, "quantity", _, whole=True)
    ws.freeze_panes = f"A{FIRST_ROW}"
    page_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")

    ws = wb.create_sheet(sheet_demand)
    put(ws, 1, 1, _("template", "demand_title", name=s.meta.name), "CoopTitle")
    put(ws, 2, 2, _("template", "demand_items_label"), "CoopLabel")
    for k, it in enumerate(s.items, start=3):
        put(ws, 2, k, f"{it.name} ({it.unit})", "CoopNote")
    ws.row_dimensions[2].height = 62
    _header(ws, HEADER_ROW, [label(h, lang) for h in DEMAND_COLUMNS] + [it.id for it in s.items],
            [16, 34] + [19] * len(s.items))
    d = s.demand_matrix()
    for r, p in enumerate(s.partners, start=FIRST_ROW):
        put(ws, r, 1, p.id)
        put(ws, r, 2, p.name)
        for k in range(len(s.items)):
            put(ws, r, 3 + k, float(d[r - FIRST_ROW, k]) if d[r - FIRST_ROW, k] else None, QTY)
    if s.items:
        _validation(ws, [f"C{FIRST_ROW}:{col(2 + len(s.items))}{FIRST_ROW + len(s.partners) + 50}"], "need", _)
    ws.freeze_panes = f"C{FIRST_ROW}"
    page_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")

    ws = wb.create_sheet(sheet_help)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 100
    put(ws, 1, 1, _("template", "instr_title"), "CoopTitle")
    r = 3
    for key in _INSTRUCTION_KEYS:
        line = _("template", key, currency=cur, quotes=sheet_quotes, demand=sheet_demand,
                 all_units=words[0], incremental=words[1])
        put(ws, r, 1, line, TEXT)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.row_dimensions[r].height = 15 * wrapped_lines(line, 105) + 4  # A and B are 118 wide; room for fonts
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    for title, rows in ((label("Items", lang), [(it.id, _("template", "item_line", name=it.name, unit=it.unit,
                                                          capacity=format_quantity(it.capacity_per_unit, lang)))
                                                for it in s.items]),
                        (label("Partners", lang), [(p.id, p.name) for p in s.partners])):
        put(ws, r, 1, title, "CoopHeading")
        r += 1
        for ident, desc in rows:
            put(ws, r, 1, ident, "CoopLabel")
            put(ws, r, 2, desc)
            r += 1
        r += 1
    page_setup(ws)
    set_properties(wb, title=_("template", "doc_title", name=s.meta.name), creator="CoopCalc",
                   subject=TEMPLATE_FORMAT, keywords=f"CoopCalc;{TEMPLATE_FORMAT};1")
    wb.active = 0
    save_workbook(wb, path)
