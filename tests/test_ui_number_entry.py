"""Typed and pasted numbers in the window, in both interface languages: a number whose reading
depends on the convention is never read silently the wrong way (ui/numbers.py, rules 1-5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_support import back_to_english, five, isolated, window  # noqa: F401 - fixtures
from ui_support import switch_language as switch


def fee_cell(w):
    w.show_editors()
    view = w.editors.quotes.quotes.view
    return view, view.model(), view.model().index(0, 4)  # the first quote's fixed fee


def fee(w) -> float:
    return w.doc.scenario.quotes[0].fixed_fee


@pytest.mark.parametrize("lang, refused, reason, accepted", [
    ("en", "4.500", "Fixed fee: 4.500 could mean 4500 or 4.5: type 4500 or 4.5",
     {"4,500": 4500, "8.500,00": 8500, "8,500.00": 8500, "3500.5": 3500.5, "12.345,67": 12345.67,
      "1,234.56": 1234.56, "€1,200": 1200}),
    ("de", "4,500", "Fixgebühr: 4,500 kann 4500 oder 4,5 bedeuten: 4500 oder 4,5 eingeben",
     {"4.500": 4500, "8.500,00": 8500, "8,500.00": 8500, "3500.5": 3500.5, "12.345,67": 12345.67,
      "1,234.56": 1234.56, "1.200 €": 1200}),
])
def test_a_typed_amount_is_read_by_the_rule_or_refused_at_the_cell(window, back_to_english, lang, refused, reason,
                                                                  accepted):
    w = window
    switch(w, lang)
    view, m, idx = fee_cell(w)
    before = fee(w)
    reasons = []
    m.refused.connect(lambda i, why: reasons.append(why))
    assert not m.setData(idx, refused)
    assert reasons[-1] == reason and m.data(idx, Qt.ItemDataRole.ToolTipRole) == reason
    assert fee(w) == before  # nothing stored
    for text, value in accepted.items():
        assert m.setData(idx, text), text
        assert fee(w) == pytest.approx(value), text
    # the shown amount has the interface's currency format
    assert m.data(idx) == {"en": "€1,200", "de": "1.200\u00a0€"}[lang]


def test_typing_in_the_cell_says_how_an_ambiguous_entry_was_read(window, qtbot, back_to_english):
    w = window
    switch(w, "de")
    view, m, idx = fee_cell(w)
    messages = []
    view.message.connect(messages.append)
    view.setFocus()
    view.setCurrentIndex(idx)
    qtbot.keyClicks(view, "7")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, ".250")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fee(w) == 7250)
    assert messages[-1] == "7.250 gelesen als 7250; für die Dezimalzahl 7,25 eingeben"


def test_a_form_field_refuses_an_ambiguous_number_in_the_interface_language(window, back_to_english):
    w = window
    trials = w.editors.risk.trials
    before = w.doc.scenario.risk.trials
    for lang, text, value in (("en", "10.000", None), ("en", "10,000", 10000), ("de", "10,000", None),
                              ("de", "12.000", 12000)):
        switch(w, lang)
        trials.setText(text)
        trials.setModified(True)
        trials.editingFinished.emit()
        if value is None:
            assert w.doc.scenario.risk.trials == before
            assert {"en": "could mean 10000 or 10", "de": "kann 10000 oder 10 bedeuten"}[lang] in trials.toolTip()
        else:
            assert w.doc.scenario.risk.trials == value
            before = value


def paste(view, row: int, column: int, text: str) -> list[str]:
    messages: list[str] = []
    view.message.connect(messages.append)
    view.setCurrentIndex(view.model().index(row, column))
    QGuiApplication.clipboard().setText(text)
    view.paste()
    view.message.disconnect(messages.append)
    return messages


def demand(w, partner: str, item: str) -> float:
    return w.doc.scenario.demand.get((partner, item), 0)


def test_a_pasted_block_is_read_with_one_convention_in_either_language(window, back_to_english):
    w = window
    w.show_editors()
    view = w.editors.demand.view
    p0, p1 = w.doc.scenario.partners[0].id, w.doc.scenario.partners[1].id
    i0, i1 = w.doc.scenario.items[0].id, w.doc.scenario.items[1].id
    # English interface, a German block: the unambiguous 8.500,00 decides that 4.500 is 4500
    paste(view, 0, 0, "4.500\t8.500,00\n1,5\t2\n")
    assert (demand(w, p0, i0), demand(w, p0, i1), demand(w, p1, i0)) == (4500, 8500, 1.5)
    # German interface, an English block: 3500.5 decides that 4.500 is 4.5 and 1,234 is 1234
    switch(w, "de")
    paste(view, 0, 0, "4.500\t3500.5\n1,234\t2\n")
    assert (demand(w, p0, i0), demand(w, p0, i1), demand(w, p1, i0)) == (4.5, 3500.5, 1234)


@pytest.mark.parametrize("lang, words", [("en", ("Not pasted", "use different decimal signs", "row 2")),
                                         ("de", ("Nicht eingefügt", "verschiedene Dezimalzeichen", "Zeile 2"))])
def test_a_block_mixing_conventions_is_refused_naming_the_cells(window, back_to_english, lang, words):
    w = window
    switch(w, lang)
    w.show_editors()
    view = w.editors.demand.view
    before = w.doc.scenario
    messages = paste(view, 0, 0, "8.500,00\t1\n2\t3500.5\n")
    assert w.doc.scenario is before
    assert messages and all(word in messages[-1] for word in words), messages
    assert "8.500,00" in messages[-1] and "3500.5" in messages[-1]
    # a block in which nothing decides is read by the interface's rule: refused where it reads two ways
    ambiguous = {"en": "4.500", "de": "4,500"}[lang]
    messages = paste(view, 0, 0, f"{ambiguous}\t2\n")
    assert w.doc.scenario is before
    assert {"en": "could mean 4500 or 4.5", "de": "kann 4500 oder 4,5 bedeuten"}[lang] in messages[-1]
