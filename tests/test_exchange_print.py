"""The twelve-partner workbook prints as a handout: long tables stay out of the print area, header
rows repeat, partner charts are level bars, and LibreOffice renders a sensible number of pages."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest
from openpyxl.utils.cell import range_boundaries
from test_exchange_helpers import example, fake_risk

from coop_calc.analysis import analyse
from coop_calc.exchange.results import results
from coop_calc.exchange.workbook import build_workbook, save_workbook
from coop_calc.scenario_io import load_scenario

#: pages the five sheets below may take together (they took 295 before the print set-up; 12 now)
MAX_PAGES = 16
SHEETS = ["Savings", "Splits", "Inputs", "Coalitions", "Risk"]


def long_risk(scenario, bins: int = 60) -> dict:
    """A risk result with 60 histogram bins per partner and side (1,440 rows of histogram data)."""
    doc = fake_risk(scenario)
    edges = [-30_000.0 + 1000.0 * k for k in range(bins + 1)]
    doc["histograms"] = {f"{p.id}/{side}": {"edges": edges, "counts": [k % 7 + 1 for k in range(bins)]}
                         for p in scenario.partners for side in ("standalone", "pooled")}
    return doc


@pytest.fixture(scope="module")
def twelve(tmp_path_factory):
    s = load_scenario(example("twelve-partner-pool.coop.json"))
    res = results(analyse(s))
    wb = build_workbook(res, long_risk(s), s, advice=False)
    path = tmp_path_factory.mktemp("print") / "twelve.xlsx"
    save_workbook(wb, path)
    return path


def table_top(ws, name: str) -> int:
    return range_boundaries(ws.tables[name].ref)[1]


def area_rows(ws) -> tuple[int, int]:
    ref = ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area
    _, top, _, bottom = range_boundaries(ref.split("!")[-1].replace("$", ""))
    return top, bottom


def test_every_sheet_has_a_printable_set_up(twelve):
    wb = openpyxl.load_workbook(twelve)
    assert wb.sheetnames == SHEETS
    for ws in wb.worksheets:
        assert ws.print_title_rows, f"{ws.title}: no rows repeat on continuation pages"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.orientation == "landscape", ws.title


def test_long_tables_stay_in_the_sheet_but_out_of_the_print_area(twelve):
    wb = openpyxl.load_workbook(twelve)
    ws = wb["Coalitions"]
    full = table_top(ws, "Coalitions")
    assert ws.max_row >= full + 4095  # every group is still there for analysis
    top, bottom = area_rows(ws)
    assert top == 1 and bottom < full
    printed = range_boundaries(ws.tables["TopCoalitions"].ref)
    assert printed[3] <= bottom and printed[3] - printed[1] == 20  # the 20 groups that matter print
    head = printed[1]
    assert ws.print_title_rows.replace("$", "") == f"{head}:{head}"  # … with their header on every page
    complaints = [ws.cell(r, 7).value for r in range(head + 1, head + 21)]
    assert complaints == sorted(complaints, reverse=True)

    ws = wb["Inputs"]  # the longest table on Inputs comes last and repeats its header row
    quotes = table_top(ws, "Quotes")
    assert ws.print_title_rows.replace("$", "") == f"{quotes}:{quotes}"
    assert all(table_top(ws, t) < quotes for t in ws.tables if t != "Quotes")

    ws = wb["Risk"]
    hist = table_top(ws, "RiskHistogram")
    assert ws.max_row >= hist + 12 * 2 * 60
    top, bottom = area_rows(ws)
    assert bottom < hist and bottom >= range_boundaries(ws.tables["LossProbability"].ref)[3]


def test_partner_charts_are_level_bars_with_room(twelve):
    wb = openpyxl.load_workbook(twelve)
    for name in ("Savings", "Splits", "Risk"):
        charts = wb[name]._charts
        assert charts, name
        ws = wb[name]
        for ch in charts:
            assert ch.type == "bar", f"{name}: 12 partner names slanted under columns take half the chart"
            height_cm = ch.anchor.ext.height / 360_000  # EMU
            assert height_cm >= 11.0, name
            first = ch.anchor._from.row + 1  # 1-based row of the chart's top edge
            col = ch.anchor._from.col + 1
            # the next row with text under the chart (a chart beside a table: the next row after the table)
            tables = [range_boundaries(t.ref) for t in ws.tables.values()]
            beside = [b[3] for b in tables if b[1] <= first <= b[3]] if col > 1 else []
            start = max([first] + beside) + 1
            below = next(r for r in range(start, ws.max_row + 2) if r > ws.max_row or ws.cell(r, 1).value)
            covered = sum((ws.row_dimensions[r].height or 15.0) for r in range(first, below)) / 72 * 2.54
            assert covered >= height_cm, f"{name}: the chart covers the rows below it"


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_libreoffice_prints_a_handout(twelve, tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: the printed page count is not checked")
    profile = tmp_path / "lo-profile"
    proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(twelve)], capture_output=True, timeout=300)
    pdf = tmp_path / "twelve.pdf"
    assert proc.returncode == 0 and pdf.exists(), proc.stderr
    pages = page_count(pdf.read_bytes())
    assert 5 <= pages <= MAX_PAGES, f"the workbook prints {pages} pages"


def _boxes(fig, artists):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()
    r = fig.canvas.get_renderer()
    return [a.get_window_extent(r) for a in artists]


def _report_axes(res):
    """(page figure, axes) of every chart in the PDF report, laid out as printed."""
    from coop_calc.exchange.report import build_report

    doc = build_report(res, advice=False)
    return [(page, ax) for page in doc.pages for sub in page.subfigs for ax in sub.axes]


@pytest.mark.parametrize("name", ["five-partner-pool.coop.json", "twelve-partner-pool.coop.json"])
def test_report_partner_names_never_run_together(name):
    res = results(analyse(load_scenario(example(name))))
    charts = [(f, ax) for f, ax in _report_axes(res) if len(ax.get_xticklabels()) == res.n]
    assert charts
    for fig, ax in charts:
        _check_names(fig, ax, res)


def _check_names(fig, ax, res):
    labels = [t for t in ax.get_xticklabels() if t.get_text()]
    assert len(labels) == res.n and not any("…" in t.get_text() for t in labels)
    boxes = _boxes(fig, labels)
    angle = labels[0].get_rotation()
    if angle == 0:
        for a, b in zip(boxes, boxes[1:]):
            assert not a.overlaps(b), "two partner names touch"
    else:  # parallel slanted lines: their distance is the tick spacing × sin(angle)
        import math

        x = [ax.transData.transform((t, 0))[0] for t in ax.get_xticks()]
        height = labels[0].get_fontsize() * fig.dpi / 72
        assert min(b - a for a, b in zip(x, x[1:])) * math.sin(math.radians(angle)) > height
        assert all("\n" not in t.get_text() for t in labels)


@pytest.mark.parametrize("name", ["five-partner-pool.coop.json", "twelve-partner-pool.coop.json"])
def test_report_legends_cover_no_bar(name):
    res = results(analyse(load_scenario(example(name))))
    checked = 0
    for fig, ax in _report_axes(res):
        if ax.get_legend() is None or not ax.patches:
            continue
        legend, = _boxes(fig, [ax.get_legend()])
        bars = [b for b in _boxes(fig, ax.patches) if b.width > 0.5 and b.height > 0.5]
        assert not any(legend.overlaps(b) for b in bars), ax.get_title()
        checked += 1
    assert checked >= 2
