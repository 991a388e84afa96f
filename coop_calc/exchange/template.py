"""The import template: a workbook with the scenario's quotes and demand, ready to be edited and read
back by :func:`coop_calc.exchange.importer.import_workbook`.

Layout (fixed; the importer checks the header rows):

* ``Quotes``: header in row 3, one quote per row from row 4 — Item id | Item (for reference) |
  Supplier | Schedule | Fixed fee | Min order | Max order | Valid until | Tier 1 from | Tier 1 unit
  price | Tier 2 from | Tier 2 unit price | …
* ``Demand``: item names in row 2 (for reference), header in row 3 — Partner id | Partner (for
  reference) | one column per item id; one partner per row from row 4.
* ``Instructions``: how to fill it in, and the lists of item and partner ids.
"""

from __future__ import annotations

import os

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..model import Scenario
from .workbook import new_workbook, save_workbook
from .xlsx_base import MONEY, QTY, TEXT, put
from .xlsx_parts import page_setup, set_properties

TEMPLATE_FORMAT = "coop-calc/import-template"
HEADER_ROW = 3
FIRST_ROW = 4
QUOTE_COLUMNS = ("Item id", "Item (for reference)", "Supplier", "Schedule", "Fixed fee per order",
                 "Minimum order (units)", "Maximum order (units)", "Valid until")
TIER_START = len(QUOTE_COLUMNS) + 1  # column of "Tier 1 from"
DEMAND_COLUMNS = ("Partner id", "Partner (for reference)")
MIN_TIER_PAIRS = 6
SCHEDULE_WORDS = {"all_units": "all_units", "all units": "all_units", "allunits": "all_units",
                  "incremental": "incremental"}

INSTRUCTIONS = (
    "How to use this workbook",
    "1. Edit the sheets Quotes and Demand. Do not rename the sheets or change the header rows (row 3).",
    "2. Quotes: one quote per row. Item id must be one of the ids listed below. Schedule is all_units (the"
    " whole order gets the price of the tier it reaches) or incremental (each bracket at its own price).",
    "3. Tiers: 'Tier n from' is the order quantity (purchased units) from which 'Tier n unit price' applies;"
    " quantities must increase from tier to tier. Leave unused tier columns empty. Add pairs to the right"
    " if you need more tiers.",
    "4. Amounts are in {currency}, without currency signs. Minimum and maximum order may be left empty (no limit).",
    "5. Demand: one partner per row, one item per column; an empty cell means no demand. Partners not listed"
    " keep their current demand.",
    "6. Enter values, not formulas. Importing replaces all quotes by the rows of the Quotes sheet;"
    " CoopCalc checks every cell and names each problem by sheet and cell. Nothing changes unless the"
    " whole workbook is valid.",
)


def _header(ws, row: int, values, widths) -> None:
    for j, (v, w) in enumerate(zip(values, widths), start=1):
        put(ws, row, j, v, "CoopHeader")
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.row_dimensions[row].height = 32


def write_template(scenario: Scenario, path: str | os.PathLike) -> None:
    """Write the import template for ``scenario``, pre-filled with its quotes and demand."""
    s = scenario
    wb = new_workbook(s.meta.currency)
    names = {it.id: it for it in s.items}

    ws = wb.create_sheet("Quotes")
    put(ws, 1, 1, f"Quotes of '{s.meta.name}' – one quote per row (amounts in {s.meta.currency})", "CoopTitle")
    put(ws, 2, 1, "Fill in from row 4. See the sheet Instructions. Item (for reference) is not imported.", "CoopNote")
    pairs = max([MIN_TIER_PAIRS] + [len(q.tiers) for q in s.quotes])
    tier_heads = [h for t in range(1, pairs + 1) for h in (f"Tier {t} from", f"Tier {t} unit price")]
    _header(ws, HEADER_ROW, list(QUOTE_COLUMNS) + tier_heads, [14, 34, 24, 13, 14, 12, 12, 12] + [10, 13] * pairs)
    for r, q in enumerate(s.quotes, start=FIRST_ROW):
        it = names.get(q.item_id)
        row = [q.item_id, it.name if it else "", q.supplier, q.schedule, q.fixed_fee, q.min_order, q.max_order,
               q.valid_until or ""]
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
    dv = DataValidation(type="list", formula1='"all_units,incremental"', allow_blank=True,
                        error="Use all_units or incremental.", errorTitle="Schedule")
    dv.add(f"D{FIRST_ROW}:D{last}")
    ws.add_data_validation(dv)
    ws.freeze_panes = f"A{FIRST_ROW}"
    page_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")

    ws = wb.create_sheet("Demand")
    put(ws, 1, 1, f"Demand of '{s.meta.name}' – quantity of need per partner and item", "CoopTitle")
    put(ws, 2, 2, "Item (for reference) →", "CoopLabel")
    for k, it in enumerate(s.items, start=3):
        put(ws, 2, k, f"{it.name} ({it.unit})", "CoopNote")
    ws.row_dimensions[2].height = 62
    _header(ws, HEADER_ROW, list(DEMAND_COLUMNS) + [it.id for it in s.items], [16, 34] + [19] * len(s.items))
    d = s.demand_matrix()
    for r, p in enumerate(s.partners, start=FIRST_ROW):
        put(ws, r, 1, p.id)
        put(ws, r, 2, p.name)
        for k in range(len(s.items)):
            put(ws, r, 3 + k, float(d[r - FIRST_ROW, k]) if d[r - FIRST_ROW, k] else None, QTY)
    ws.freeze_panes = f"C{FIRST_ROW}"
    page_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")

    ws = wb.create_sheet("Instructions")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 100
    put(ws, 1, 1, INSTRUCTIONS[0], "CoopTitle")
    r = 3
    for line in INSTRUCTIONS[1:]:
        put(ws, r, 1, line.format(currency=s.meta.currency), TEXT)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.row_dimensions[r].height = 32
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    for title, rows in (("Items", [(it.id, f"{it.name} – unit of need: {it.unit}; one purchased unit covers"
                                           f" {it.capacity_per_unit:g}") for it in s.items]),
                        ("Partners", [(p.id, p.name) for p in s.partners])):
        put(ws, r, 1, title, "CoopHeading")
        r += 1
        for ident, desc in rows:
            put(ws, r, 1, ident, "CoopLabel")
            put(ws, r, 2, desc)
            r += 1
        r += 1
    page_setup(ws)
    set_properties(wb, title=f"{s.meta.name} – CoopCalc import template", creator="CoopCalc",
                   subject=TEMPLATE_FORMAT, keywords=f"CoopCalc;{TEMPLATE_FORMAT};1")
    wb.active = 0
    save_workbook(wb, path)
