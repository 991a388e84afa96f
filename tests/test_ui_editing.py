"""Editing in the tables: results follow, paste is one undo step, invalid entries are refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_support import five, isolated, wait_results, window  # noqa: F401 - fixtures

R = Qt.ItemDataRole


def sheet(w, tab: str, which: int = 0):
    """The sheet of an editor tab (the quotes tab has two: quotes, then tiers)."""
    panel = getattr(w.editors, tab)
    w.editors.setCurrentWidget(panel)
    if tab == "quotes":
        return (panel.quotes, panel.tiers)[which].view
    if tab == "pool":
        return panel.pct_view
    return (panel.table if tab == "risk" else panel).view


def test_editing_a_demand_cell_changes_the_savings(window, qtbot):
    before = window.results.analysis.savings.savings
    view = sheet(window, "demand")
    idx = view.model().index(4, 0)  # Lindner, cobots: 1
    assert view.model().setData(idx, "9")
    assert window.doc.scenario.demand[("lindner", "cobot")] == 9
    wait_results(qtbot, window)
    after = window.results.analysis.savings.savings
    assert after != before
    shown = window.results.values["savings"].text()
    assert shown.startswith(window.results.partners.fmt(1, after))
    assert window.isWindowModified() and window.windowTitle().endswith("[*] — CoopCalc")


def test_typing_in_a_cell_and_enter_commits_and_moves_down(window, qtbot):
    view = sheet(window, "demand")
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 2))  # Kessler, MES seats
    qtbot.keyClicks(view, "1")  # typing starts editing, like a spreadsheet
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 2)
    assert window.doc.scenario.demand[("kessler", "mes")] == 17
    assert view.currentIndex().column() == 2
    qtbot.keyClick(view, Qt.Key.Key_Return)  # not editing: Enter moves down too
    assert view.currentIndex().row() == 3


def test_paste_a_3x3_block_from_excel_is_one_undo_step(window, qtbot):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view = sheet(window, "demand")
        before = window.doc.scenario
        view.setCurrentIndex(view.model().index(1, 0))
        QGuiApplication.clipboard().setText("4\t50\t1.234,5\r\n2\t45\t10\r\n7\t0\t\r\n")
        count = window.doc.undo_stack.count()
        view.paste()
        s = window.doc.scenario
        assert s.demand[("kessler", "cobot")] == 4 and s.demand[("kessler", "mes")] == 1234.5
        assert s.demand[("brandt", "iot")] == 45 and s.demand[("vogel", "cobot")] == 7
        assert ("vogel", "iot") not in s.demand and ("vogel", "mes") not in s.demand
        assert window.doc.undo_stack.count() == count + 1
        sel = view.selectionModel().selectedIndexes()
        assert len(sel) == 9
        window.doc.undo_stack.undo()
        assert window.doc.scenario == before
        wait_results(qtbot, window)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_paste_with_a_bad_cell_changes_nothing_and_says_where(window):
    view = sheet(window, "demand")
    before = window.doc.scenario
    messages = []
    view.message.connect(messages.append)
    view.setCurrentIndex(view.model().index(0, 0))
    QGuiApplication.clipboard().setText("1\t2\nthree\t4\n")
    view.paste()
    assert window.doc.scenario is before
    assert "Demand of 'Kessler Anlagentechnik GmbH' for 'Collaborative robot" in messages[-1]
    assert "'three' is not a number" in messages[-1]


def test_invalid_entry_is_refused_with_its_reason_and_keeps_the_old_value(window):
    view = sheet(window, "quotes")  # the quotes table
    model = view.model()
    refused = []
    model.refused.connect(lambda idx, why: refused.append((idx.row(), idx.column(), why)))
    fee = model.index(0, 4)
    old = model.data(fee, R.DisplayRole)
    assert not model.setData(fee, "-200")
    assert refused and "fixed fee must not be negative" in refused[-1][2]
    assert model.data(fee, R.DisplayRole) == old
    assert "must not be negative" in model.data(fee, R.ToolTipRole)
    assert model.data(fee, R.BackgroundRole) is not None
    assert not model.setData(fee, "lots")
    assert "not a number" in refused[-1][2]


def test_tier_refusal_message(window):
    tiers = sheet(window, "quotes", 1).model()
    reasons = []
    tiers.refused.connect(lambda idx, why: reasons.append(why))
    assert not tiers.setData(tiers.index(2, 0), "2")
    assert "tier 3: minimum quantity must be larger than tier 2's (3), not 2" in reasons[-1]
    assert window.doc.scenario.quotes[0].tiers[2].min_quantity == 5


def test_rows_inserted_and_removed_by_keyboard_and_undone(window, qtbot):
    view = sheet(window, "partners")
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert window.doc.scenario.n == 6 and window.doc.scenario.partners[2].name == "New partner 6"
    assert view.currentIndex().row() == 2
    view.selectRow(2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.scenario.n == 5
    view.selectRow(4)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # whole rows selected: Delete removes them
    assert window.doc.scenario.partner_ids() == ["hartmann", "kessler", "brandt", "vogel"]
    assert ("lindner", "cobot") not in window.doc.scenario.demand
    window.doc.undo_stack.undo()
    assert window.doc.scenario.demand[("lindner", "cobot")] == 1
    wait_results(qtbot, window)


def test_delete_clears_cells_in_one_step(window):
    view = sheet(window, "demand")
    m = view.model()
    view.selectionModel().select(m.index(0, 0), view.selectionModel().SelectionFlag.Select)
    view.selectionModel().select(m.index(0, 1), view.selectionModel().SelectionFlag.Select)
    count = window.doc.undo_stack.count()
    view.delete()
    assert ("hartmann", "cobot") not in window.doc.scenario.demand
    assert ("hartmann", "iot") not in window.doc.scenario.demand
    assert window.doc.undo_stack.count() == count + 1


def test_repeated_edits_of_one_cell_merge_into_one_undo_step(window):
    m = sheet(window, "demand").model()
    idx = m.index(2, 0)
    count = window.doc.undo_stack.count()
    for q in ("3", "4", "5"):
        assert m.setData(idx, q)
    assert window.doc.undo_stack.count() == count + 1
    window.doc.undo_stack.undo()
    assert window.doc.scenario.demand[("brandt", "cobot")] == 2


def test_distribution_typed_as_text(window):
    m = sheet(window, "risk").model()
    idx = m.index(1, 1)  # IoT kits, annual benefit
    assert m.setData(idx, "Triangular 100; 400; 650")
    assert window.doc.scenario.items[1].risk.annual_benefit.to_dict() == {
        "type": "triangular", "low": 100, "mode": 400, "high": 650}
    reasons = []
    m.refused.connect(lambda i, why: reasons.append(why))
    assert not m.setData(m.index(1, 4), "PERT 0.5; 0.9; 1.3")  # utilisation above 1
    assert "between 0 and 1" in reasons[-1]
    assert not m.setData(idx, "Gamma 1; 2")
    assert "unknown distribution 'Gamma'" in reasons[-1]


def test_choosing_custom_percentages_starts_equal_and_applies_in_one_step(window, qtbot):
    pool = window.editors.pool
    window.editors.setCurrentWidget(pool)
    combo = pool.rule
    combo.setCurrentIndex(combo.findData("custom"))
    combo.activated.emit(combo.currentIndex())
    s = window.doc.scenario
    assert s.sharing.rule == "custom" and s.sharing.custom_percentages["kessler"] == pytest.approx(20)
    pct = pool.pct
    assert pct.setData(pct.index(0, 0), "40") and pct.setData(pct.index(1, 0), "0")
    assert pct.total() == pytest.approx(100)
    assert pool.apply_btn.isEnabled()
    pool.apply_btn.click()
    assert window.doc.scenario.sharing.custom_percentages == {"hartmann": 40, "brandt": 20, "vogel": 20,
                                                               "lindner": 20}
    wait_results(qtbot, window)
    assert window.results.analysis.chosen_rule == "custom"


def test_form_field_refuses_invalid_currency(window):
    from ui.fields import BoundLineEdit

    field = next(f for f in window.editors.pool.fields
                 if isinstance(f, BoundLineEdit) and f.path == ("meta", "currency"))
    field.setText("euro")
    field.setModified(True)
    field.editingFinished.emit()
    assert window.doc.scenario.meta.currency == "EUR"
    assert "three-letter ISO 4217" in field.toolTip()


def test_a_scenario_that_cannot_be_computed_shows_the_engine_message(window, qtbot):
    quotes = sheet(window, "quotes").model()
    printer = next(r for r in range(quotes.rowCount()) if quotes.row_data(r)["id"] == "am-additec")
    assert quotes.setData(quotes.index(printer, 6), "1")  # max. order 1 printer; the pool needs 2
    wait_results(qtbot, window)
    assert window.results.analysis is None
    assert "no quote can supply 2 units" in window.results.error
    assert window.results.problem.isVisibleTo(window) and "Metal 3D printer" in window.results.problem.text()
    window.doc.undo_stack.undo()
    wait_results(qtbot, window)
    assert window.results.error is None and window.results.analysis is not None
    assert not window.results.problem.isVisibleTo(window)


def test_clipboard_blocks_from_excel_are_read_like_excel_writes_them():
    from ui.sheet import parse_block

    assert parse_block("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert parse_block("a\t\tc\n") == [["a", "", "c"]]
    assert parse_block('"two\nlines"\t5\n7\t"say ""hi"""\n') == [["two\nlines", "5"], ["7", 'say "hi"']]
    assert parse_block('12" screen\t3') == [['12" screen', "3"]]
    assert parse_block("\n5\n") == [[""], ["5"]]
