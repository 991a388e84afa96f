"""The small things a user notices in the main window: the title before and after a save, the file
name the save prompt suggests, "1 partner", Ctrl+Y, tool-bar buttons that keep their place, Insert and
Remove rows only where they apply, and status-bar errors that stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton
from ui_support import close_window, five, isolated, make_window, window  # noqa: F401

from coop_calc.commands import InsertRow, SetField, default_row
from ui import i18n
from ui.files import suggested_file_name
from ui.main_window import redo_keys

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def test_title_before_and_after_a_save_and_the_suggested_file_name(qtbot, isolated, tmp_path):  # noqa: F811
    w = make_window(qtbot)
    try:
        assert w.files.new()
        assert w.windowTitle() == "Untitled pool[*] — CoopCalc"  # no file yet: no file extension
        w.doc.execute(SetField(("meta", "name"), "Kessler / Vogel: pool?"), "Rename")
        assert w.windowTitle() == "Kessler / Vogel: pool?[*] — CoopCalc"  # the pool's name, as typed
        seen = []
        isolated.save_path = str(tmp_path / "saved.coop.json")
        import ui.dialogs as dialogs

        original = dialogs.save_path
        dialogs.save_path = lambda parent, suggested: seen.append(suggested) or isolated.save_path
        try:
            assert w.files.save()
        finally:
            dialogs.save_path = original
        assert seen[0].endswith("Kessler - Vogel- pool.coop.json")
        assert w.windowTitle() == "saved.coop.json[*] — CoopCalc"  # saved: the file's name
    finally:
        close_window(w)


@pytest.mark.parametrize("name, expected", [
    ("Südwest Industrie 4.0 purchasing pool", "Südwest Industrie 4.0 purchasing pool.coop.json"),
    ("a/b\\c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j.coop.json"), ("  ..  ", "pool.coop.json"),
    ("CON", "CON-pool.coop.json"), ("tab\there", "tab here.coop.json"), ("x" * 300, "x" * 100 + ".coop.json"),
])
def test_a_pool_name_becomes_a_valid_file_name(name, expected):
    assert suggested_file_name(name) == expected


def test_one_partner_is_singular_in_english_and_german(qtbot, isolated):  # noqa: F811
    w = make_window(qtbot)
    try:
        assert w.files.new()
        w.doc.execute(InsertRow("partners", 0, default_row(w.doc.scenario, "partners")), "Add partner")
        assert w.scenario_label.text().startswith("1 partner · 0 items · 0 quotes")
        app = QApplication.instance()
        try:
            i18n.install_translators(app, "de")
            w._update_title()
            assert w.scenario_label.text().startswith("1 Partner · 0 Artikel · 0 Angebote")
        finally:
            i18n.install_translators(app, "en")
    finally:
        close_window(w)


def test_ctrl_y_and_ctrl_shift_z_redo_everywhere_without_ambiguity(qtbot, window, monkeypatch):  # noqa: F811
    # GNOME lists only Ctrl+Shift+Z for Redo; the window adds Ctrl+Y, each key once
    with monkeypatch.context() as m:
        m.setattr(QKeySequence, "keyBindings", staticmethod(lambda key: [QKeySequence("Ctrl+Shift+Z")]))
        assert [k.toString() for k in redo_keys()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    keys = [k.toString() for k in window.act_redo.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys and len(keys) == len(set(keys))
    others = [a for a in window.findChildren(type(window.act_redo)) if a is not window.act_redo]
    for a in others:
        assert not {k.toString() for k in a.shortcuts()} & {"Ctrl+Y", "Ctrl+Shift+Z"}, a.text()
    before = window.doc.scenario.meta.name
    window.doc.execute(SetField(("meta", "name"), "Renamed"), "Rename")
    window.doc.undo_stack.undo()
    assert window.doc.scenario.meta.name == before
    window.result_pages.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.scenario.meta.name == "Renamed"


def test_tool_bar_buttons_keep_their_place_as_the_undo_text_grows(qtbot, window):  # noqa: F811
    window.toolbar.adjustSize()
    buttons = [window.toolbar.widgetForAction(a) for a in window.toolbar.actions()]
    buttons = [b for b in buttons if isinstance(b, QToolButton)]
    QApplication.processEvents()
    before = [(b.x(), b.width()) for b in buttons]
    window.doc.execute(SetField(("meta", "name"), "A much longer name of the pool to make the undo text long"),
                       "Rename the pool to something very long indeed")
    QApplication.processEvents()
    window.toolbar.adjustSize()
    assert [(b.x(), b.width()) for b in buttons] == before
    undo_button = window.toolbar.widgetForAction(window.act_undo)
    assert undo_button.text() == "Undo"
    assert "Rename the pool to something very long indeed" in window.act_undo.toolTip()


def test_insert_and_remove_rows_only_where_they_apply(qtbot, window):  # noqa: F811
    window.show_welcome()
    assert not window.act_insert.isEnabled() and not window.act_remove.isEnabled()
    window.show_result_pages()
    assert not window.act_insert.isEnabled()
    window.show_editors()
    window.editors.setCurrentIndex(0)
    QApplication.processEvents()
    sheet = window.editors.current_sheet()
    assert sheet is not None and window.act_insert.isEnabled() == sheet.sheet().can_insert()
    window.show_welcome()
    assert not window.act_insert.isEnabled()


def test_status_bar_errors_stay_until_the_next_edit_and_are_never_cut(qtbot, window):  # noqa: F811
    long = "Quote 'Cobot X, supplier B', tier 3: minimum quantity must be larger than tier 2's (12); " * 3
    window.doc.notify(long)
    label = window.status_message
    qtbot.wait(50)
    assert label.message() == " ".join(long.split()) and label.toolTip() == label.message()
    assert label.text().endswith("…") or label.text() == label.message()
    qtbot.wait(300)
    assert label.message()  # still there (formerly gone after 10 s; nothing clears it but an edit)
    window.doc.execute(SetField(("meta", "name"), "Edited"), "Rename")
    assert label.message() == "" and label.text() == ""


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_window_fits_a_1280_by_720_screen_in_either_language(window, lang):  # noqa: F811
    """No page (editors, result pages, risk run bar) may push the window's minimum size past a
    1280 × 720 laptop screen: the central pages' minimum is the widest page's."""
    try:
        i18n.install_translators(QApplication.instance(), lang)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, (lang, hint)
    finally:
        i18n.install_translators(QApplication.instance(), "en")
        QApplication.processEvents()
