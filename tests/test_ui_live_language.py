"""Switching the interface language while the window is open leaves nothing of the other language in
the undo history (Edit menu texts) and the risk input editors; amounts follow the interface's format."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit
from ui_support import back_to_english, five, isolated, window  # noqa: F401 - fixtures
from ui_support import switch_language as switch

from ui import i18n

#: words that only the German interface uses (in undo texts, labels, distributions and tips)
GERMAN = re.compile(r"\b(löschen|Bearbeiten|Einfügen|Rückgängig|Wiederholen|Partner \d+ |Zellen|Bedarf|Dreieck|"
                    r"Gleichverteilung|Diskret|Versuche|Simulationseinstellungen|Startwert|Abzinsung|Artikel|"
                    r"Zinssatz|eingeben|Anzahl|Stichprobe|wahrscheinlich|niedrig|hoch)\b|[äöüß]")
ENGLISH = re.compile(r"\b(Undo|Redo|Remove|Edit|Insert|Paste|Clear|Demand of|Triangular|Uniform|Discrete|Trials|"
                     r"Seed|Sampling|Discount rate|Simulation settings|Correlated inputs|most likely|low|high)\b")
GERMAN_NUMBER = re.compile(r"\d\.\d{3}\b(?!,)")  # 10.000 in an English window
ENGLISH_NUMBER = re.compile(r"\d,\d{3}\b(?!\.)")  # 10,000 in a German window


def undo_texts(w) -> list[str]:
    stack = w.doc.undo_stack
    return [stack.text(i) for i in range(stack.count())] + [w.act_undo.text(), w.act_undo.toolTip(),
                                                            w.act_redo.text(), w.act_redo.toolTip()]


def risk_texts(w) -> list[str]:
    """Every text the risk tab shows: labels, fields, group titles, tips, the tables' headers and cells."""
    panel = w.editors.risk
    out: list[str] = []
    for wid in panel.findChildren(QLabel) + panel.findChildren(QLineEdit) + panel.findChildren(QAbstractButton):
        if wid.isVisibleTo(panel):
            out += [wid.text(), wid.toolTip()]
    out += [g.title() for g in panel.findChildren(QGroupBox)]
    for f in panel.fields:
        out.append(f.toolTip())
        if isinstance(f, QLineEdit):
            out.append(f.text())
    for table in (panel.table, panel.correlations):
        m = table.view.model()
        for c in range(m.columnCount()):
            out += [str(m.headerData(c, Qt.Orientation.Horizontal, r) or "")
                    for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
            for r in range(m.rowCount()):
                i = m.index(r, c)
                out += [str(i.data(Qt.ItemDataRole.DisplayRole) or ""), str(i.data(Qt.ItemDataRole.ToolTipRole) or "")]
    return [t for t in out if t]


def edit_a_little(w) -> None:
    """Steps of every kind the editors make: remove a partner, edit a cell, a demand cell, a field."""
    w.show_editors()
    partners = w.editors.partners.view
    partners.model().remove_rows([4])
    risk = w.editors.risk
    m = risk.table.view.model()
    assert m.setData(m.index(1, 1), "Dreieck 100; 400; 650")
    demand = w.editors.demand.view.model()
    assert demand.setData(demand.index(0, 0), "3")
    risk.trials.setText("12000")
    risk.trials.setModified(True)
    risk.trials.editingFinished.emit()
    assert w.doc.scenario.risk.trials == 12000
    w.doc.undo_stack.undo()  # something to redo too


def test_undo_texts_and_risk_editors_follow_a_live_switch_and_back(window, back_to_english):
    w = window
    edit_a_little(w)
    english_undo = undo_texts(w)
    english_risk = risk_texts(w)
    assert any("Remove partner 5" in t for t in english_undo), english_undo
    assert not [t for t in english_undo + english_risk if GERMAN.search(t)]

    switch(w, "de")
    german_undo = undo_texts(w)
    assert any("Partner 5" in t and "löschen" in t.lower() for t in german_undo), german_undo
    assert not [t for t in german_undo if ENGLISH.search(t)], german_undo
    german_risk = risk_texts(w)
    bad = [t for t in german_risk if ENGLISH.search(t) or ENGLISH_NUMBER.search(t)]
    assert not bad, "\n".join(bad)
    assert any(t.startswith("Dreieck 100; 400; 650") for t in german_risk)
    trials = w.doc.scenario.risk.trials  # the example's, after the undo
    assert trials >= 1000 and w.editors.risk.trials.text() == f"{trials:,}".replace(",", ".")  # German grouping

    switch(w, "en")
    assert undo_texts(w) == english_undo
    back = risk_texts(w)
    assert not [t for t in back if GERMAN.search(t) or GERMAN_NUMBER.search(t)], [
        t for t in back if GERMAN.search(t) or GERMAN_NUMBER.search(t)]
    assert sorted(back) == sorted(english_risk)
    w.doc.undo_stack.redo()  # the steps still work after two switches
    assert w.doc.scenario.risk.trials == 12000 and w.act_undo.text().startswith("&Undo Edit number of trials")


def test_amounts_show_with_the_interface_currency_format(window, back_to_english):
    w = window
    w.show_editors()
    quotes = w.editors.quotes.quotes.view.model()
    fee = quotes.index(0, 4)
    assert quotes.setData(fee, "4,500")  # the English interface's grouping
    assert quotes.data(fee) == "€4,500"
    switch(w, "de")
    assert quotes.data(fee) == "4.500\u00a0€"
    assert quotes.setData(fee, "8,500.00")  # unambiguous in either language
    assert quotes.data(fee) == "8.500\u00a0€"


def test_every_step_made_with_later_follows_the_language(qapp, back_to_english):
    """Steps of the dialogs (import, data-collection round, slide choice) re-translate too, and a
    step whose maker is gone keeps its last text instead of failing."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QUndoStack

    from ui.undo import ProjectCommand, later, retranslate_stack

    class Doc:
        def put_project(self, scenarios, index):
            pass

    def gone() -> str:
        raise RuntimeError("Internal C++ object already deleted.")

    stack = QUndoStack()
    texts = []
    stack.undoTextChanged.connect(texts.append)
    makers = [lambda: QCoreApplication.translate("ExchangeMenu", "Import from %1").replace("%1", "pool.xlsx"),
              lambda: QCoreApplication.translate("CollectionDialog",
                                                 "Data-collection round ({n} returned files)").format(n=3),
              lambda: QCoreApplication.translate("PresentationWindow", "Choose slides")]
    for make in makers:
        stack.push(ProjectCommand(Doc(), (), 0, (), 0, later(make)))
    lost = later(lambda: "Plain text")
    lost.make = gone
    stack.push(ProjectCommand(Doc(), (), 0, (), 0, lost))
    i18n.install_translators(qapp, "de")
    retranslate_stack(stack)
    assert [stack.text(i) for i in range(stack.count())] == [
        "Import aus pool.xlsx", "Datenabfrage-Runde (3 zurückgesandte Dateien)", "Folien wählen", "Plain text"]
    assert texts[-1] == "Plain text"
    i18n.install_translators(qapp, "en")
    retranslate_stack(stack)
    assert stack.text(0) == "Import from pool.xlsx" and stack.text(2) == "Choose slides"


def test_a_step_made_without_the_editors_follows_the_language_too(window, back_to_english):
    """A step made on the result pages (a scenario duplicated on the comparison page) switches too: the
    main window re-translates the whole history, whichever views exist."""
    import dataclasses

    w = window
    project = w.doc.project
    copy = dataclasses.replace(project, scenarios=tuple(project.scenarios) + (project.scenarios[0],))
    w._project_changed(copy)
    assert w.doc.undo_stack.text(w.doc.undo_stack.count() - 1) == "Change scenarios"
    switch(w, "de")
    assert w.doc.undo_stack.text(w.doc.undo_stack.count() - 1) == "Szenarien ändern"
    assert "Szenarien ändern" in w.act_undo.text()
    switch(w, "en")
    assert w.act_undo.text() == "&Undo Change scenarios"
