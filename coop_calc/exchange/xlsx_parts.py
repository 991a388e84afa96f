"""Sheet-level parts of CoopCalc workbooks: text measuring for row heights, the printable page set-up,
bar charts with visible axes, defined names and document properties."""

from __future__ import annotations

import datetime as _dt
import math
from typing import Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

GREY = "A6A6A6"
BLUE = "2E75B6"
EXCEL_MAX_TEXT = 32767


def clean_text(value: str) -> str:
    """Text Excel can store: no XML-illegal control characters, at most 32,767 characters."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value[:EXCEL_MAX_TEXT]


_NARROW = set("iljtfrI.,;:'|!() ")
_WIDE = set("mwMW@%")


def text_width(text: str) -> float:
    """Rough width of ``text`` in Excel column units (the width of '0' in Calibri 11)."""
    w = 0.0
    for ch in text:
        if ch in _NARROW:
            w += 0.55
        elif ch in _WIDE:
            w += 1.45
        elif ch.isupper():
            w += 1.1
        else:
            w += 0.95
    return w


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped at word boundaries into ``width`` units."""
    lines, current = 1, 0.0
    space = text_width(" ")
    for word in text.split():
        ww = text_width(word)
        if current and current + space + ww > width:
            lines += 1
            current = ww
        else:
            current += (space if current else 0.0) + ww
        while current > width and width > 1:  # a word longer than the line breaks
            lines += 1
            current -= width
    return lines


def page_setup(ws: Worksheet, print_rows: str | None = None, footer: str = "",
               print_area: str | None = None) -> None:
    """A4 landscape, fit to the page width, title rows repeated, page numbers in the footer.

    ``print_area`` (e.g. ``"A1:G40"``) limits what prints: long tables kept for analysis (every
    coalition, histogram data) stay in the sheet but out of the handout."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if print_rows:
        ws.print_title_rows = print_rows
    if print_area:
        ws.print_area = print_area
    from .xlsx_base import tr

    ws.oddFooter.center.text = tr(ws.parent, "Page &P of &N")
    ws.oddFooter.center.size = 9
    if footer:
        ws.oddFooter.left.text = footer.replace("&", "&&")[:100]
        ws.oddFooter.left.size = 9


#: height of a default row in cm (15 points), for the rows kept free below a chart
ROW_CM = 15 / 72 * 2.54


def rows_for(height_cm: float) -> int:
    """Rows a chart of ``height_cm`` covers at the default row height, plus one row of air."""
    return math.ceil(height_cm / ROW_CM) + 1


def category_chart(ws: Worksheet, title: str, cats: Reference, data: Reference, anchor: str, *,
                   categories: int, series: int, longest_label: int, width: float = 24.0, **kw) -> tuple[BarChart, int]:
    """A bar chart of one bar group per category (partner) that stays legible however many partners
    there are: upright columns for up to six partners (their names wrap beneath), else horizontal bars with the names
    written level beside them (slanted names would take half the chart's height), first partner on
    top. Returns the chart and the rows it covers."""
    grow = max(1.0, width / 24.0)  # a wider chart (on a wide sheet, printed smaller) grows in height too
    if categories <= 6 and longest_label <= 40:  # a few names wrap under their columns
        height = kw.pop("height", 11.0) * grow
        ch = bar_chart(ws, title, cats, data, anchor, width=width, height=height, **kw)
        return ch, rows_for(height)
    kw.pop("height", None)
    height = min(17.0 * grow, max(9.0, 3.2 + categories * (0.25 + 0.22 * series)) * grow)
    ch = bar_chart(ws, title, cats, data, anchor, width=width, height=height, horizontal=True, **kw)
    ch.x_axis.scaling.orientation = "maxMin"  # first partner on top, as in the table above
    ch.y_axis.crosses = "max"  # … and the amount axis below the bars
    return ch, rows_for(height)


def bar_chart(ws: Worksheet, title: str, cats: Reference, data: Reference, anchor: str, *,
              y_title: str = "", money_format: str | None = None, colors: Sequence[str] = (GREY, BLUE),
              width: float = 24.0, height: float = 11.0, horizontal: bool = False,
              y_max: float | None = None, titles_from_data: bool = True) -> BarChart:
    """A clustered bar chart with visible axes (``data`` includes its header row as series names)."""
    ch = BarChart()
    ch.type = "bar" if horizontal else "col"
    ch.grouping = "clustered"
    from .xlsx_base import tr

    ch.title = tr(ws.parent, title)
    ch.style = 10
    ch.add_data(data, titles_from_data=titles_from_data)
    ch.set_categories(cats)
    ch.y_axis.title = tr(ws.parent, y_title) or None
    ch.x_axis.delete = False  # openpyxl ≥ 3.1 hides axes unless told otherwise
    ch.y_axis.delete = False
    if money_format:
        ch.y_axis.numFmt = money_format
        ch.y_axis.number_format = money_format
    if y_max is not None:
        ch.y_axis.scaling.min = 0
        ch.y_axis.scaling.max = y_max
    ch.legend.position = "b"
    ch.width, ch.height = width, height
    ch.gapWidth = 60
    palette = list(colors)
    for k, s in enumerate(ch.series):
        color = palette[k % len(palette)]
        s.graphicalProperties.solidFill = color
        s.graphicalProperties.line.solidFill = color
    ws.add_chart(ch, anchor)
    return ch


SERIES_COLORS = ("2E75B6", "C55A11", "548235", "7030A0", "BF9000", "1F3864", "A6A6A6")


def define_name(wb: Workbook, name: str, ref: str) -> None:
    """A workbook-level defined name (e.g. TotalSavings → 'Savings'!$B$7)."""
    wb.defined_names[name] = DefinedName(name, attr_text=ref)


def set_properties(wb: Workbook, title: str, creator: str, subject: str = "", description: str = "",
                   keywords: str = "CoopCalc") -> None:
    """Document properties (File › Properties in Excel); nothing else identifies the author."""
    p = wb.properties
    p.title = clean_text(title)[:255]
    p.creator = clean_text(creator)[:255] or "CoopCalc"
    p.lastModifiedBy = p.creator
    p.subject = clean_text(subject)[:255]
    p.description = clean_text(description)[:1000]
    p.keywords = keywords
    p.category = "CoopCalc export"
    now = _dt.datetime.now().replace(microsecond=0)
    p.created = p.modified = now
