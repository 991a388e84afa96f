"""The Excel export: golden values against compute --json, texts never formulas, tables, charts with
axes, print setup, defined names, the optional Risk sheet, and a LibreOffice round trip."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from builders import quote, scenario
from test_exchange_helpers import example, fake_risk, xml_parts

from coop_calc.analysis import analyse
from coop_calc.exchange.workbook import export_workbook
from coop_calc.model import Item, Partner
from coop_calc.output import compute_json
from coop_calc.scenario_io import load_scenario


@pytest.fixture(scope="module")
def five():
    a = analyse(load_scenario(example()))
    return a, compute_json(a)


@pytest.fixture(scope="module")
def book(five, tmp_path_factory):
    a, _ = five
    path = tmp_path_factory.mktemp("wb") / "pool.xlsx"
    export_workbook(a, path, risk=fake_risk(a.scenario))
    return path


def _find(ws, label):
    """The cell right of the first cell in column A whose text is ``label``."""
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == label:
            return ws.cell(row[0].row, 2)
    raise AssertionError(f"{label!r} not on sheet {ws.title}")


def _header_row(ws, first_header):
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == first_header and row[0].style == "CoopHeader":
            return row[0].row
    raise AssertionError(first_header)


def test_sheets_and_key_figures_match_compute_json(five, book):
    _, d = five
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Savings", "Splits", "Inputs", "Coalitions", "Advice", "Risk"]
    ws = wb["Savings"]
    assert _find(ws, "Stand-alone cost of all partners").value == d["total_standalone_cost"]
    assert _find(ws, "Pooled cost (purchases + coordination)").value == d["pooled_cost"]
    assert _find(ws, "Coordination cost of the pool").value == d["coordination_cost"]
    assert _find(ws, "Savings after coordination cost").value == d["savings"]
    # defined names point at the same cells
    for name, key in (("TotalSavings", "savings"), ("PooledCost", "pooled_cost"),
                      ("TotalStandaloneCost", "total_standalone_cost"), ("PurchaseCost", "purchase_cost")):
        sheet, ref = next(iter(wb.defined_names[name].destinations))
        assert wb[sheet][ref.replace("$", "")].value == d[key]


def test_partner_rows_sum_to_the_total_to_the_cent(five, book):
    _, d = five
    ws = openpyxl.load_workbook(book)["Savings"]
    top = _header_row(ws, "Partner")
    names = [ws.cell(top + 1 + i, 1).value for i in range(len(d["partners"]))]
    assert names == [p["name"] for p in d["partners"]]
    pooled = [ws.cell(top + 1 + i, 3).value for i in range(len(names))]
    savings = [ws.cell(top + 1 + i, 4).value for i in range(len(names))]
    assert pooled == d["splits"][d["rule"]]["cost"]
    assert round(sum(pooled), 2) == d["pooled_cost"]
    assert round(sum(savings), 2) == d["savings"]
    assert all(isinstance(v, (int, float)) for v in pooled + savings)  # numbers, not text


def test_every_rule_side_by_side_with_diagnostics(five, book):
    _, d = five
    ws = openpyxl.load_workbook(book)["Splits"]
    top = _header_row(ws, "Partner")
    rules = list(d["splits"])
    for k, rule in enumerate(rules):
        col = [ws.cell(top + 1 + i, 2 + k).value for i in range(len(d["partners"]))]
        assert col == d["splits"][rule]["savings"]
        assert round(sum(col), 2) == d["savings"]
        assert ws.cell(top, 2 + k).value.startswith(d["splits"][rule]["title"])
    fair = _header_row(ws, "Check")
    labels = [ws.cell(fair + j, 1).value for j in range(1, 6)]
    assert labels[:3] == ["Nobody pays more than alone", "In the core (no group would leave)", "Largest complaint"]
    for k, rule in enumerate(rules):
        sp = d["splits"][rule]
        assert ws.cell(fair + 1, 2 + k).value == ("Yes" if sp["individually_rational"] else "No")
        assert ws.cell(fair + 2, 2 + k).value == ("Yes" if sp["in_core"] else "No")
        assert ws.cell(fair + 3, 2 + k).value == sp["max_complaint"]
        assert ws.cell(fair + 5, 2 + k).value == sp["explanation"]


def test_inputs_coalitions_and_risk(five, book):
    a, d = five
    wb = openpyxl.load_workbook(book)
    ws = wb["Inputs"]
    top = _header_row(ws, "Quote")
    tiers = sum(len(q.tiers) for q in a.scenario.quotes)
    assert [ws.cell(top + 1 + r, 11).value for r in range(tiers)] == [t.unit_price for q in a.scenario.quotes
                                                                      for t in q.tiers]
    ws = wb["Coalitions"]
    top = _header_row(ws, "Partners in the group")
    n = a.scenario.n
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=top + 1, max_row=top + 2 ** n - 1, max_col=7)]
    assert len(rows) == 2 ** n - 1 and rows[-1][1] == n
    assert rows[-1][2] == d["pooled_cost"] and rows[-1][4] == d["savings"]
    assert rows[0][0] == d["partners"][0]["name"] and rows[0][4] == 0
    ws = wb["Risk"]
    top = _header_row(ws, "Partner")
    assert ws.cell(top + 1, 1).value == d["partners"][0]["name"] and ws.cell(top + 1, 4).value == pytest.approx(0.25)


def test_no_risk_sheet_without_risk_and_large_pools_say_why(tmp_path):
    demand = {f"p{i}": {"kit": 10 + i} for i in range(13)}
    s = scenario(demand, [quote("q", "kit", [(1, 100.0), (50, 90.0)])])
    a = analyse(s, rules=["shapley", "equal_savings"])
    export_workbook(a, tmp_path / "big.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "big.xlsx")
    assert "Risk" not in wb.sheetnames
    text = " ".join(str(c.value) for row in wb["Coalitions"].iter_rows() for c in row if c.value)
    assert "13 partners" in text and "up to 12" in text


def test_structure_tables_charts_print_setup_properties(book):
    z = zipfile.ZipFile(book)
    parts = xml_parts(book)
    charts = [n for n in parts if n.startswith("xl/charts/")]
    assert len(charts) == 3
    for n in charts:  # axes shown: <delete val="0"/> on both axes, never "1"
        assert len(re.findall(r'<(?:c:)?delete val="0"', parts[n])) == 2
        assert not re.search(r'<(?:c:)?delete val="1"', parts[n])
    assert len([n for n in z.namelist() if n.startswith("xl/tables/")]) >= 10
    wb = openpyxl.load_workbook(book)
    for ws in wb:
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.freeze_panes
    assert wb["Savings"].print_title_rows.replace("$", "") == "1:2"
    assert "CoopMoney" in wb.named_styles
    money = wb["Savings"]["B5"].number_format
    assert "€" in money and "#,##0.00" in money
    assert wb.properties.creator == "CoopCalc example" and "CoopCalc results" in wb.properties.title


def test_texts_that_look_like_formulas_stay_text(tmp_path):
    evil = ['=HYPERLINK("http://x","y")', "+1+2", "-3-4", "@SUM(A1)", "=1+1"]
    s = scenario({"a": {"kit": 3}, "b": {"kit": 4}}, [quote("q", "kit", [(1, 100.0), (5, 80.0)], supplier=evil[2])],
                 items=[Item(id="kit", name=evil[1], unit=evil[4])])
    s = s.__class__(**{**s.__dict__, "partners": (Partner("a", evil[0]), Partner("b", evil[3]))})
    a = analyse(s)
    export_workbook(a, tmp_path / "evil.xlsx")
    parts = xml_parts(tmp_path / "evil.xlsx")
    for name, xml in parts.items():  # charts hold <f> range references of their data; cells hold none
        if name.startswith("xl/worksheets/"):
            assert not re.search(r"<f[ >]", xml), f"a formula in {name}"
        elif name.startswith("xl/charts/"):
            assert all(re.fullmatch(r"'\w+'!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?", f)
                       for f in re.findall(r"<f>([^<]*)</f>", xml))
    sheet_xml = "".join(x for n, x in parts.items() if n.startswith("xl/worksheets/sheet"))
    for text in evil:
        esc = text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        assert f"<t>{esc}</t>" in sheet_xml or f"<t>{text}</t>" in sheet_xml
    wb = openpyxl.load_workbook(tmp_path / "evil.xlsx")
    cell = next(c for row in wb["Savings"].iter_rows() for c in row if c.value == evil[0])
    assert cell.data_type == "s" and cell.quotePrefix
    # the statements and the import template are written by the same safe writer
    from coop_calc.exchange.statements import write_statements
    from coop_calc.exchange.template import write_template

    write_template(s, tmp_path / "tpl.xlsx")
    paths = write_statements(a, tmp_path / "st", pdf=False) + [tmp_path / "tpl.xlsx"]
    for path in paths:
        for name, xml in xml_parts(path).items():
            assert not (name.startswith("xl/worksheets/") and re.search(r"<f[ >]", xml)), f"formula in {path.name}"


def test_illegal_control_characters_are_dropped(tmp_path):
    s = scenario({"a": {"kit": 3}}, [quote("q", "kit", [(1, 10.0)])])
    s = s.__class__(**{**s.__dict__, "partners": (Partner("a", "Bell\x07 GmbH"),)})
    export_workbook(s, tmp_path / "ctl.xlsx")  # analysed here; must not raise IllegalCharacterError
    assert "Bell GmbH" in xml_parts(tmp_path / "ctl.xlsx")["xl/worksheets/sheet1.xml"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_workbook(book, tmp_path):
    profile = tmp_path / "lo-profile"
    proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(book)], capture_output=True, timeout=180)
    pdf = tmp_path / "pool.pdf"
    assert proc.returncode == 0 and pdf.exists(), proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
