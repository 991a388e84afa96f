"""The main window, welcome page and editors in German: View › Language switches live (menus, tool bar,
tabs, table headers, numbers), the choice is stored, and every string of these parts is translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton
from ui_support import back_to_english, five, isolated, window  # noqa: F401 - fixtures
from ui_support import switch_language as switch

from ui import settings

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "coopcalc_de.ts"
#: the translation contexts of the main window, welcome page, editors, dialogs and the results dock
CONTEXTS = {"MainWindow", "WelcomePage", "EditorTabs", "PoolPanel", "QuotesPanel", "RiskPanel", "ResultsPanel",
            "ResultsTables", "SheetView", "RowsModel", "PartnersModel", "ItemsModel", "QuotesModel", "TiersModel",
            "RiskModel", "DemandModel", "PercentagesModel", "Columns", "Fields", "FileController", "Dialogs",
            "Autosave"}


def menu_titles(w) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def tab_titles(w) -> list[str]:
    return [w.editors.tabText(i) for i in range(w.editors.count())]


def header(panel, section: int) -> str:
    return panel.view.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def test_the_language_menu_switches_everything_live_and_back(window, back_to_english):
    w = window
    w.show_editors()
    assert menu_titles(w) == ["&File", "&Edit", "&View"]
    assert w.act_languages["system"].isChecked()

    switch(w, "de")
    assert settings.get(settings.LANGUAGE) == "de" and w.act_languages["de"].isChecked()
    assert menu_titles(w) == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert [a.text() for a in w.file_menu.actions()][:3] == ["&Neu", "Ö&ffnen …", "&Zuletzt geöffnet"]
    assert w.act_undo.text() == "&Rückgängig" and w.act_save_as.text() == "Speichern &unter …"
    assert w.language_menu.title() == "Sp&rache" and w.dock.windowTitle() == "Ergebnisse"
    assert tab_titles(w) == ["Pool && Regel", "Partner", "Artikel", "Angebote", "Bedarf", "Risiko"]
    e = w.editors
    assert [header(e.items, c) for c in range(4)] == ["Name", "Kennung", "Kategorie", "Bedarfseinheit"]
    assert header(e.quotes.quotes, 1) == "Lieferant" and header(e.quotes.tiers, 1) == "Stückpreis"
    assert e.items.view.horizontalHeader().sectionSize(3) >= e.items.view.horizontalHeader().sectionSizeHint(3)
    assert e.pool.rule_box.title() == "Aufteilungsregel"
    assert e.pool.labels["coordination"].text() == "Koordinationskosten tragen"
    assert e.pool.rule.currentText() == "Shapley-Wert" or e.pool.rule.findText("Shapley-Wert") >= 0
    assert e.risk.box.title() == "Simulationseinstellungen"
    assert "Deckname" == header(e.partners, 2)
    # numbers in German format: 1.234,56
    quotes = e.quotes.quotes.model
    assert quotes.data(quotes.index(0, 4)) == "4.500\u00a0€"
    assert re.search(r"\b\d{1,3}(\.\d{3})+,\d{2}\b", w.results.values["savings"].text())
    assert w.results.tabs.tabText(0) == "Einsparung und Aufteilung"
    assert w.results.partners.headerData(1, Qt.Orientation.Horizontal) == "Allein"
    assert "Partner" in w.scenario_label.text() and "Angebote" in w.scenario_label.text()

    switch(w, "en")
    assert settings.get(settings.LANGUAGE) == "en"
    assert menu_titles(w) == ["&File", "&Edit", "&View"]
    assert tab_titles(w) == ["Pool && rule", "Partners", "Items", "Quotes", "Demand", "Risk"]
    assert header(e.items, 3) == "Unit of need" and header(e.quotes.quotes, 1) == "Supplier"
    assert quotes.data(quotes.index(0, 4)) == "€4,500"
    assert w.results.tabs.tabText(0) == "Savings and split"
    assert e.pool.rule.findText("Shapley value") >= 0


def test_the_welcome_page_and_edits_in_german(window, qapp, back_to_english):
    w = window
    switch(w, "de")
    w.show_welcome()
    buttons = [b.text() for b in w.welcome.findChildren(QPushButton)]
    assert "Neuer Pool" in buttons and "Datei öffnen …" in buttons
    assert any("5 Partner" in b and "Angebote" in b for b in buttons)
    w.show_editors()
    items = w.editors.items.model
    assert not items.setData(items.index(0, 4), "drei")  # capacity per unit
    assert "Kapazität je Einheit: 'drei' ist keine Zahl" in items.data(items.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert items.setData(items.index(0, 4), "1,5")  # German decimal comma
    assert items.data(items.index(0, 4)) == "1,5"
    assert w.act_undo.text() == "&Rückgängig: Artikel 1 bearbeiten: Kapazität je Einheit"


def test_system_language_follows_the_system(window, monkeypatch, back_to_english):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German,
                                                                        QLocale.Country.Germany)))
    switch(window, "system")
    assert settings.get(settings.LANGUAGE) == "system"
    assert menu_titles(window)[0] == "&Datei"


def test_german_menus_have_distinct_mnemonics(window, back_to_english):
    switch(window, "de")
    menus = [window.file_menu, window.edit_menu, window.view_menu, window.language_menu]
    for texts in [menu_titles(window)] + [[a.text() for a in m.actions()] for m in menus]:
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t.replace("&&", "")))]
        assert len(keys) == len(set(keys)), texts


def test_every_string_of_the_window_and_editors_is_translated():
    root = ET.parse(TS).getroot()
    seen = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        if name not in CONTEXTS:
            continue
        seen.add(name)
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (name, source)
            assert translation.text, (name, source)
            # placeholders survive, and a menu text keeps a mnemonic
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation.text)), source
            if re.search(r"&[^&\s]", source) and name in ("MainWindow", "SheetView"):
                assert re.search(r"&[^&\s]", translation.text), (name, source)
    assert seen == CONTEXTS
