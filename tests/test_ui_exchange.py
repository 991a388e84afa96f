"""File › Export / Import in the window, and saving a chart as an image."""

from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QFileDialog
from ui_support import five, isolated, wait_results, window  # noqa: F401


def test_export_workbook_and_report_from_the_menu(window, tmp_path, monkeypatch):
    w = window
    targets = iter([str(tmp_path / "pool.xlsx"), str(tmp_path / "pool.pdf")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(targets), ""))
    w.exchange.act_xlsx.trigger()
    w.exchange.act_pdf.trigger()
    assert zipfile.is_zipfile(tmp_path / "pool.xlsx")
    assert (tmp_path / "pool.pdf").read_bytes().startswith(b"%PDF")


def test_statements_for_every_partner(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.exchange.act_statements.trigger()
    assert len(list(tmp_path.glob("statement-*.xlsx"))) == window.doc.scenario.n


def test_import_from_the_template_is_one_undo_step(window, tmp_path, qtbot):
    import openpyxl

    from coop_calc.exchange import write_template

    w = window
    before = w.doc.scenario
    path = tmp_path / "t.xlsx"
    write_template(before, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Demand"]
    cell = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, (int, float)) and c.value > 0)
    cell.value = cell.value + 7
    wb.save(path)
    assert w.exchange.import_path(path)
    assert w.doc.scenario != before
    w.doc.undo_stack.undo()
    assert w.doc.scenario == before


def test_a_broken_workbook_changes_nothing(window, tmp_path, isolated):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    before = window.doc.scenario
    assert not window.exchange.import_path(bad)
    assert window.doc.scenario == before and isolated.errors()


def test_a_chart_saves_as_png_and_svg(window, tmp_path, qtbot):
    w = window
    w.show_result_pages()
    qtbot.waitUntil(lambda: w.result_pages.analysis is not None, timeout=20_000)
    from ui.results.common import Chart

    chart = w.result_pages.savings.findChildren(Chart)[0]
    chart.render()
    assert chart.save_as(str(tmp_path / "c.png")) and chart.save_as(str(tmp_path / "c.svg"))
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "c.svg").read_bytes()[:500]
