"""Building blocks of every workbook CoopCalc writes: safe cells, named styles, Excel tables and
widths (charts, print set-up, names and properties are in :mod:`.xlsx_parts`).

Safety: a text is always written as text. openpyxl turns any string that starts with ``=`` into a
formula; :func:`put` sets the cell's type back to text, and texts that start with ``=``, ``+``, ``-`` or
``@`` also get Excel's quote prefix so that editing the cell in Excel keeps it text. Characters XML
cannot hold are dropped and texts are cut at Excel's cell limit. CoopCalc workbooks hold no
formulas at all: every number is a value.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from .formatting import EXCEL_DECIMAL, EXCEL_PERCENT, EXCEL_QUANTITY, excel_money_format
from .xlsx_parts import BLUE, clean_text, page_setup, wrapped_lines

_RISKY_START = ("=", "+", "-", "@")
NAVY = "1F3864"
LIGHT = "DDEBF7"
_thin = Side(style="thin", color="BFBFBF")

#: named style → number format key
MONEY, QTY, DEC, PCT, TEXT = "CoopMoney", "CoopQuantity", "CoopDecimal", "CoopPercent", "CoopText"
MONEY0 = "CoopMoneyWhole"  # amounts without cents (simulated figures, where cents are false precision)


def put(ws: Worksheet, row: int, col: int, value: Any, style: str | None = None):
    """Write ``value`` into a cell: numbers as numbers, texts always as text (never a formula)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl made "=…" a formula; it is text
        if style:
            cell.style = style
        if text.startswith(_RISKY_START):
            cell.quotePrefix = True
    else:
        if value is not None and not isinstance(value, (int, float, _dt.date, bool)):
            value = clean_text(str(value))
            cell.data_type = "s"
        cell.value = value
        if style:
            cell.style = style
    return cell


def workbook_lang(wb: Workbook) -> str:
    """The language a CoopCalc workbook is written in ('en' unless :func:`add_styles` set 'de')."""
    return getattr(wb, "coop_lang", "en")


def tr(wb: Workbook, text: str) -> str:
    """``text`` (an English sheet name, title, heading, label or header) in the workbook's language:
    its German entry in the engine catalogue (context ``sheet``, the English text as the key), else
    ``text`` unchanged (a name, or wording not yet in the catalogue)."""
    if workbook_lang(wb) != "de" or not text:
        return text
    from ..i18n import has
    from ..i18n import text as catalogue_text

    return catalogue_text("sheet", text, "de") if has("sheet", text, "de") else text


def add_styles(wb: Workbook, currency: str, lang: str = "en") -> None:
    """The named styles of a CoopCalc workbook (amounts in ``currency``, in the habits of ``lang``);
    remembers ``lang`` for :func:`tr`."""
    wb.coop_lang = "de" if str(lang).lower().startswith("de") else "en"  # type: ignore[attr-defined]
    base = dict(font=Font(name="Calibri", size=11), alignment=Alignment(vertical="top", horizontal="right", indent=1))
    styles = [
        NamedStyle("CoopTitle", font=Font(name="Calibri", size=16, bold=True, color=NAVY)),
        NamedStyle("CoopSubtitle", font=Font(name="Calibri", size=11, italic=True, color="595959")),
        NamedStyle("CoopHeading", font=Font(name="Calibri", size=13, bold=True, color=NAVY),
                   border=Border(bottom=Side(style="medium", color=BLUE))),
        NamedStyle("CoopHeader", font=Font(name="Calibri", size=11, bold=True, color="FFFFFF"),
                   fill=PatternFill("solid", fgColor=NAVY),
                   alignment=Alignment(wrap_text=True, vertical="center"), border=Border(bottom=_thin)),
        NamedStyle("CoopLabel", font=Font(name="Calibri", size=11, bold=True), alignment=Alignment(vertical="top")),
        NamedStyle("CoopNote", font=Font(name="Calibri", size=10, italic=True, color="595959"),
                   alignment=Alignment(wrap_text=True, vertical="top")),
        NamedStyle(TEXT, alignment=Alignment(wrap_text=True, vertical="top"), font=Font(name="Calibri", size=11)),
        NamedStyle(MONEY, number_format=excel_money_format(currency, 2, lang), **base),
        NamedStyle("CoopMoneyBold", number_format=excel_money_format(currency, 2, lang),
                   font=Font(name="Calibri", size=11, bold=True), fill=PatternFill("solid", fgColor=LIGHT),
                   alignment=Alignment(vertical="top", horizontal="right", indent=1)),
        NamedStyle(MONEY0, number_format=excel_money_format(currency, 0, lang), **base),
        NamedStyle(QTY, number_format=EXCEL_QUANTITY, **base),
        NamedStyle(DEC, number_format=EXCEL_DECIMAL, **base),
        NamedStyle(PCT, number_format=EXCEL_PERCENT, **base),
        NamedStyle("CoopGood", font=Font(name="Calibri", size=11, color="006100"),
                   fill=PatternFill("solid", fgColor="C6EFCE"), alignment=Alignment(horizontal="center", vertical="top")),
        NamedStyle("CoopBad", font=Font(name="Calibri", size=11, bold=True, color="9C0006"),
                   fill=PatternFill("solid", fgColor="FFC7CE"), alignment=Alignment(horizontal="center", vertical="top")),
    ]
    for st in styles:
        wb.add_named_style(st)


def yes_no(flag: bool | None) -> tuple[str, str | None]:
    """'Yes'/'No' with a green/red style ('–' when unknown)."""
    if flag is None:
        return "–", TEXT
    return ("Yes", "CoopGood") if flag else ("No", "CoopBad")


class SheetWriter:
    """Writes a sheet top to bottom: title, headings, key–value blocks and Excel tables; remembers
    column widths and the rows to freeze and print."""

    def __init__(self, wb: Workbook, ws: Worksheet, table_prefix: str = "", header_width: int = 18) -> None:
        self.wb, self.ws = wb, ws
        #: a header wider than this many characters wraps (narrow columns print larger)
        self.header_width = header_width
        self.row = 1
        self.widths: dict[int, float] = {}
        self.wrap_cols: set[int] = set()
        self.table_prefix = table_prefix
        #: (row, first column, text, columns spanned) of wrapping texts, for row heights
        self.texts: list[tuple[int, int, str, int]] = []
        self.row_of_measure = 1
        self.print_end: int | None = None

    def _measure(self, col: int, value: Any, fmt: str | None) -> None:
        if value is None:
            return
        if isinstance(value, str):
            if fmt in (TEXT, "CoopNote"):
                self.texts.append((self.row_of_measure, col, value, 1))
            n = max((len(line) for line in value.split("\n")), default=0)
        elif fmt in (MONEY, "CoopMoneyBold"):
            n = len(f"{value:,.2f}") + 3
        elif fmt == MONEY0:
            n = len(f"{value:,.0f}") + 3
        elif fmt == PCT:
            n = 7
        elif isinstance(value, float):
            n = len(f"{value:,.2f}")
        else:
            n = len(f"{value:,}") if isinstance(value, int) else len(str(value))
        self.widths[col] = max(self.widths.get(col, 0), n)

    def title(self, text: str, subtitle: str = "") -> None:
        text = tr(self.wb, text)
        put(self.ws, self.row, 1, text, "CoopTitle")
        self.ws.row_dimensions[self.row].height = 24
        self.row += 1
        if subtitle:
            put(self.ws, self.row, 1, subtitle, "CoopSubtitle")
            self.row += 1
        self.row += 1

    def heading(self, text: str) -> None:
        text = tr(self.wb, text)
        put(self.ws, self.row, 1, text, "CoopHeading")
        self.ws.row_dimensions[self.row].height = 20
        self.row += 1

    def note(self, text: str, cols: int = 8) -> None:
        """A wrapped explanatory paragraph across ``cols`` columns (row height set in finish())."""
        text = tr(self.wb, text)
        put(self.ws, self.row, 1, text, "CoopNote")
        if cols > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=cols)
        self.texts.append((self.row, 1, text, cols))
        self.row += 1

    def span_value(self, row: int, cols: int) -> None:
        """Let the value of a key–value row (column B) run across ``cols`` columns, wrapped."""
        self.ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=1 + cols)
        self.texts = [(r, c, t, cols if (r, c) == (row, 2) else n) for r, c, t, n in self.texts]
        self.widths.pop(2, None)

    def page_break(self) -> None:
        """Start a new printed page at the current row."""
        from openpyxl.worksheet.pagebreak import Break

        self.ws.row_breaks.append(Break(id=self.row - 1))

    def gap(self, rows: int = 1) -> None:
        self.row += rows

    def keyvalues(self, rows: Sequence[tuple[str, Any, str | None]], name_cells: dict[str, str] | None = None
                  ) -> dict[str, str]:
        """Label | value rows. Returns label → absolute cell reference of its value (for names)."""
        refs = {}
        for label, value, fmt in rows:
            self.row_of_measure = self.row
            shown = tr(self.wb, label)
            if isinstance(value, str) and fmt in ("CoopGood", "CoopBad", TEXT):
                value = tr(self.wb, value)
            put(self.ws, self.row, 1, shown, "CoopLabel")
            self._measure(1, shown, None)
            put(self.ws, self.row, 2, value, fmt)
            self._measure(2, value, fmt)
            refs[label] = f"{quote_sheetname(self.ws.title)}!$B${self.row}"
            self.row += 1
        self.row += 1
        return refs

    def table(self, name: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
              formats: Sequence[str | None], wrap: Sequence[int] = (),
              totals: Sequence[Any] | None = None) -> tuple[int, int]:
        """An Excel table (header row + data rows) at the current row; returns (header row, last
        data row).

        ``formats[j]`` is the named style of column j (None: plain); a cell given as ``(value, style)``
        gets its own style. ``totals`` is written as a bold row just below the table (outside it, so
        sorting the table keeps it last). Header texts are made unique (Excel requires it)."""
        ws = self.ws
        top = self.row
        numeric = (MONEY, MONEY0, QTY, DEC, PCT)
        seen: set[str] = set()
        for j, h in enumerate(headers, start=1):
            h = re.sub(r"\s+", " ", clean_text(tr(self.wb, str(h)))).strip() or f"{tr(self.wb, 'Column')} {j}"
            base, k = h, 2
            while h.lower() in seen:
                h, k = f"{base} ({k})", k + 1
            seen.add(h.lower())
            cell = put(ws, top, j, h, "CoopHeader")
            if j - 1 < len(formats) and formats[j - 1] in numeric:
                cell.alignment = Alignment(horizontal="right", vertical="center", wrap_text=True, indent=1)
            self.texts.append((top, j, h + " ", 1))  # bold: a little wider
            longest_word = max((len(x) for x in h.split()), default=0)
            self.widths[j] = max(self.widths.get(j, 0), max(min(len(h), self.header_width), longest_word) + 2)
        r = top
        for row in rows:
            r += 1
            self.row_of_measure = r
            for j, value in enumerate(row, start=1):
                fmt = formats[j - 1] if j - 1 < len(formats) else None
                if isinstance(value, tuple):  # (value, style) for one cell, e.g. a coloured Yes/No
                    value, fmt = value
                    if isinstance(value, str) and fmt in ("CoopGood", "CoopBad"):
                        value = tr(self.wb, value)
                elif isinstance(value, str) and fmt in numeric:
                    fmt = TEXT
                put(ws, r, j, value, fmt)
                self._measure(j, value, fmt)
        self.wrap_cols.update(wrap)
        if r == top:  # Excel refuses tables without a data row
            r += 1
        last = r
        if totals is not None:
            r += 1
            self.row_of_measure = r
            for j, value in enumerate(totals, start=1):
                if value is None:
                    continue
                style = "CoopMoneyBold" if not isinstance(value, str) else "CoopLabel"
                value = tr(self.wb, value) if isinstance(value, str) else value
                put(ws, r, j, value, style)
                self._measure(j, value, style)
        ref = f"A{top}:{get_column_letter(len(headers))}{last}"
        t = Table(displayName=f"{self.table_prefix}{name}", ref=ref)
        t.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(t)
        ws.row_dimensions[top].height = 30
        self.row = r + 2
        return top, last

    def end_print_area(self) -> None:
        """Print only the rows written so far; what follows stays in the sheet for analysis."""
        self.print_end = self.row - 1

    def finish(self, freeze: str | None = None, print_rows: str | None = None, max_width: int = 48,
               min_width: int = 8, fixed: dict[int, float] | None = None) -> None:
        """Column widths, wrapped columns, frozen panes and a printable page set-up (the print area
        ends where :meth:`end_print_area` was called, if it was)."""
        for col, w in self.widths.items():
            width = max(min_width, min(max_width, w + 2))
            if col in self.wrap_cols:
                width = max_width
            self.ws.column_dimensions[get_column_letter(col)].width = width
        for col, w in (fixed or {}).items():
            self.ws.column_dimensions[get_column_letter(col)].width = w
        self.fit_rows()
        if freeze:
            self.ws.freeze_panes = freeze
        area = None
        if self.print_end is not None:
            area = f"A1:{get_column_letter(max(1, self.ws.max_column))}{max(1, self.print_end)}"
        page_setup(self.ws, print_rows, print_area=area)


    def col_width(self, col: int) -> float:
        w = self.ws.column_dimensions[get_column_letter(col)].width
        return w if w else 8.43

    def fit_rows(self) -> None:
        """Row heights for wrapped texts (LibreOffice does not re-measure rows of an .xlsx)."""
        need: dict[int, int] = {}
        for row, col, text, span in self.texts:
            width = sum(self.col_width(c) for c in range(col, col + span)) - 1.5
            lines = sum(wrapped_lines(par, width) for par in text.split("\n"))
            need[row] = max(need.get(row, 1), lines)
        for row, lines in need.items():
            height = 14.5 * lines + 2
            current = self.ws.row_dimensions[row].height or 15.0
            if height > current:
                self.ws.row_dimensions[row].height = height
