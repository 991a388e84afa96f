"""The window writes the import template and the data requests in its interface language, and imports
either language's files whatever language it speaks."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QFileDialog
from ui_support import back_to_english, five, isolated, window  # noqa: F401 - fixtures
from ui_support import switch_language as switch


def test_template_and_requests_follow_the_window_language(window, tmp_path, monkeypatch, back_to_english, isolated):
    from ui import collection_dialog

    w = window
    switch(w, "de")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "vorlage.xlsx"), ""))
    w.exchange.act_template.trigger()
    wb = openpyxl.load_workbook(tmp_path / "vorlage.xlsx")
    assert wb.sheetnames == ["Angebote", "Bedarf", "Anleitung"]
    assert wb["Angebote"]["E4"].number_format.startswith("#,##0.00 [$€-407]")

    monkeypatch.setattr(collection_dialog, "ask_apply", lambda parent, result: True)
    dlg = w.exchange.confidential.collection_round()
    assert dlg.create_requests(str(tmp_path / "req"))
    request = openpyxl.load_workbook(tmp_path / "req" / "request-kessler.xlsx")
    assert request.sheetnames == ["Anfrage"] and request["Anfrage"]["D7"].value == "Ihr Bedarf"
    request["Anfrage"]["D8"] = 12
    request.save(tmp_path / "k.xlsx")

    switch(w, "en")  # an English session reads the German files
    wb["Bedarf"]["C4"] = 77
    wb.save(tmp_path / "vorlage.xlsx")
    assert w.exchange.import_path(tmp_path / "vorlage.xlsx")
    first = w.doc.scenario.items[0].id
    assert w.doc.scenario.demand[(w.doc.scenario.partners[0].id, first)] == 77
    assert dlg.import_files([str(tmp_path / "k.xlsx")])
    assert w.doc.scenario.demand[("kessler", first)] == 12
    assert "1 change" in dlg.log.toPlainText()
    dlg.close()
