"""The German workbook (issue 13): sheet names, headers, titles and formats in German with lang 'de';
no English header is left (a walk over every header cell against the engine catalogue)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from coop_calc.analysis import analyse
from coop_calc.exchange.formatting import excel_money_format
from coop_calc.exchange.results import results
from coop_calc.exchange.workbook import build_workbook, save_workbook
from coop_calc.i18n import has, keys, text
from coop_calc.scenario_io import load_project


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = Path(__file__).resolve().parents[1]
    s = load_project(root / "resources/examples/five-partner-pool.coop.json").scenarios[0]
    res = results(analyse(s))
    out = {}
    for lang in ("en", "de"):
        path = tmp_path_factory.mktemp(lang) / f"{lang}.xlsx"
        save_workbook(build_workbook(res, None, lang=lang), path)
        out[lang] = load_workbook(path)
    return out


def _header_cells(wb) -> list[str]:
    """The header row of every Excel table in the workbook."""
    found = []
    for ws in wb.worksheets:
        for t in ws.tables.values():
            first = t.ref.split(":")[0]
            row = ws[first].row
            for cell in ws[row]:
                if isinstance(cell.value, str) and cell.value:
                    found.append(cell.value)
    return found


def test_sheet_names_are_german(books) -> None:
    assert books["en"].sheetnames[:4] == ["Savings", "Splits", "Inputs", "Coalitions"]
    assert books["de"].sheetnames[:4] == ["Einsparung", "Aufteilungen", "Eingaben", "Gruppen"]
    assert "Empfehlung" in books["de"].sheetnames


def test_no_english_header_left_in_the_german_workbook(books) -> None:
    english = {k for c, k in keys("en") if c == "sheet" and text("sheet", k, "de") != k}
    heads = _header_cells(books["de"])
    assert len(heads) > 40
    left = sorted({h for h in heads if h in english or h.split(" (")[0] in english})
    assert not left, f"English headers in the German workbook: {left}"
    assert "Einzelkosten" in heads and "Stand-alone cost" in _header_cells(books["en"])


def test_titles_and_chart_titles_are_german(books) -> None:
    ws = books["de"]["Einsparung"]
    assert ws["A1"].value == "Einsparung"
    assert ".20" in ws["A2"].value and "exportiert am" in ws["A2"].value  # dd.mm.yyyy



def test_chart_titles_are_german() -> None:
    root = Path(__file__).resolve().parents[1]
    s = load_project(root / "resources/examples/five-partner-pool.coop.json").scenarios[0]
    wb = build_workbook(results(analyse(s)), None, advice=False, lang="de")
    titles = []
    for ws in wb.worksheets:
        for ch in ws._charts:
            titles.append("".join(r.t for p in ch.title.tx.rich.p for r in (p.r or [])))
    assert "Kosten je Partner: allein gegenüber im Pool" in titles
    english = {k for c, k in keys("en") if c == "sheet" and text("sheet", k, "de") != k}
    assert titles and not [t for t in titles if t in english]


def test_german_money_format() -> None:
    assert excel_money_format("EUR", 2, "de") == "#,##0.00 [$€-407];-#,##0.00 [$€-407]"
    assert excel_money_format("EUR", 2, "en") == '#,##0.00 "€";-#,##0.00 "€"'


def test_german_workbook_cells_use_the_german_money_format(books) -> None:
    ws = books["de"]["Einsparung"]
    fmts = {c.number_format for row in ws.iter_rows(min_row=1, max_row=12) for c in row}
    assert any("[$€-407]" in f for f in fmts)


def test_every_sheet_text_has_german() -> None:
    assert all(has("sheet", k, "de") for c, k in keys("en") if c == "sheet")


def test_german_statement_workbook(tmp_path: Path) -> None:
    from coop_calc.exchange.statements import write_statements

    root = Path(__file__).resolve().parents[1]
    s = load_project(root / "resources/examples/five-partner-pool.coop.json").scenarios[0]
    paths = write_statements(results(analyse(s)), tmp_path, lang="de", pdf=False)
    wb = load_workbook(paths[0])
    assert wb.sheetnames == ["Auszug"]
    ws = wb["Auszug"]
    assert ws["A1"].value.startswith("Vertraulicher Auszug für ")
    english = {k for c, k in keys("en") if c == "sheet" and text("sheet", k, "de") != k}
    labels = [c.value for c in ws["A"] if isinstance(c.value, str)]
    heads = _header_cells(wb)
    assert "Ihr Bedarf" in heads and "Ihre Einsparung" in labels
    left = sorted({h for h in heads + labels if h in english})
    assert not left, f"English texts in the German statement: {left}"
    assert "(gewählt)" in " ".join(labels) or any("(gewählt)" in str(c.value) for c in ws["A"])


def test_dates_are_dd_mm_yyyy_in_the_german_inputs(books) -> None:
    de, en = books["de"]["Eingaben"], books["en"]["Inputs"]
    created = {de.cell(r, 1).value: de.cell(r, 2).value for r in range(1, 20)}
    assert created["Erstellt"] == "24.11.2026"
    assert {en.cell(r, 1).value: en.cell(r, 2).value for r in range(1, 20)}["Created"] == "2026-11-24"
