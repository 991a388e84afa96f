"""The Advice sheet prints legibly: A4 landscape fitted to the width of a grid of ten bounded columns
(the sentences stand below the tables instead of in an 80-character column beside them, which printed
the sheet at about a third of full size), the title rows repeated, a print area over the whole grid;
and LibreOffice renders it at about the scale of the other sheets, in English and German."""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries
from test_exchange_helpers import example

from coop_calc.analysis import analyse
from coop_calc.exchange.results import results
from coop_calc.exchange.sheet_advice import COLUMNS
from coop_calc.exchange.workbook import build_workbook, save_workbook
from coop_calc.scenario_io import load_scenario

POOLS = {"five": "five-partner-pool.coop.json", "twelve": "twelve-partner-pool.coop.json"}
#: the widest any column may be, and all printed columns together (characters): about 200 print on
#: A4 landscape at about 85 % in LibreOffice (the old sheet was 330 wide, with an 80-wide column)
MAX_COLUMN, MAX_TOTAL = 30, 200


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("advice-print")
    out = {}
    for name, file in POOLS.items():
        res = results(analyse(load_scenario(example(file))))
        for lang in ("en", "de"):
            path = folder / f"{name}-{lang}.xlsx"
            save_workbook(build_workbook(res, None, lang=lang), path)
            out[name, lang] = path
    return out


def _advice(path):
    wb = openpyxl.load_workbook(path)
    return wb["Empfehlung" if "Empfehlung" in wb.sheetnames else "Advice"]


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("pool", list(POOLS))
def test_page_setup_fits_a4_with_bounded_columns(books, pool, lang):
    ws = _advice(books[pool, lang])
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0  # width fitted, pages as needed
    assert ws.print_title_rows.replace("$", "") == "1:2"  # the title and subtitle on every page
    area = ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area
    assert area, "no print area"
    left, top, right, bottom = range_boundaries(area.split("!")[-1].replace("$", ""))
    assert (left, top, right) == (1, 1, COLUMNS) and bottom >= ws.max_row - 1
    for table in ws.tables.values():  # every table lies inside the printed grid
        t_left, t_top, t_right, t_bottom = range_boundaries(table.ref)
        assert t_right <= COLUMNS and t_bottom <= bottom, table.name
    assert ws.max_column <= COLUMNS, "something stands outside the printed grid"
    widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, COLUMNS + 1)]
    assert max(widths) <= MAX_COLUMN and sum(widths) <= MAX_TOTAL, widths


def _word_heights(pdf) -> list[tuple[str, float]]:
    """(first words, median word height in points) of every page of ``pdf``, by pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, timeout=120).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        hs = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page)]
        words = " ".join(re.findall(r">([^<]+)</word>", page)[:3])
        if hs:
            pages.append((words, statistics.median(hs)))
    return pages


def test_libreoffice_prints_the_advice_at_the_scale_of_the_other_sheets(books, tmp_path):
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext is not installed: the printed scale is not checked")
    files = [str(books["twelve", "en"]), str(books["five", "de"])]
    proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), *files], capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    for name, title, most in (("twelve-en", "Advice:", 10), ("five-de", "Empfehlung:", 4)):
        pages = _word_heights(tmp_path / f"{name}.pdf")
        advice = [h for words, h in pages if words.startswith(title)]
        splits = [h for words, h in pages if words.startswith(("Splits", "Aufteilungen"))]
        assert 1 <= len(advice) <= most, f"{name}: the Advice sheet prints {len(advice)} pages"
        # the old sheet printed at 3.4 pt words beside the Splits sheet's 8.3 pt
        assert min(advice) >= 0.8 * min(splits), (name, advice, splits)
