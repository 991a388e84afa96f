"""Application-level pieces: settings declared once, theme and icons, several scenarios in one file."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from ui_support import FIVE, close_window, five, isolated, make_window, wait_results, window  # noqa: F401


def test_settings_defaults_types_and_recent_files(isolated):
    from ui import settings

    assert settings.get(settings.RECENT_FILES) == [] and settings.get(settings.AUTOSAVE_SECONDS) == 60
    settings.store().setValue(settings.AUTOSAVE_SECONDS.key, "not a number")
    assert settings.get(settings.AUTOSAVE_SECONDS) == 60  # a damaged value falls back to the default
    for i in range(settings.MAX_RECENT + 3):
        settings.add_recent(f"/tmp/f{i}.coop.json")
    files = settings.add_recent("/tmp/f5.coop.json")
    assert files[0] == "/tmp/f5.coop.json" and len(files) == settings.MAX_RECENT and files.count(files[0]) == 1
    assert settings.store().value("settings/version") in (settings.VERSION, str(settings.VERSION))


def test_dark_palette_follows_the_system(monkeypatch, qapp):
    from ui import theme

    before = qapp.palette()
    try:
        monkeypatch.setattr(theme, "is_dark", lambda: True)
        theme.apply_theme(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert qapp.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
        monkeypatch.setattr(theme, "is_dark", lambda: False)
        theme.apply_theme(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
        assert qapp.style().name().lower() == "fusion"
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("name", ["document-new", "document-open", "document-save", "edit-undo", "edit-redo",
                                  "row-insert", "row-remove", "results", "welcome"])
def test_icons_render_crisply_at_fractional_scale(name, qapp):
    from ui.theme import icon

    ic = icon(name)
    assert not ic.isNull()
    pm = ic.pixmap(QSize(24, 24), 1.5)
    assert (pm.width(), pm.height()) == (36, 36) and pm.devicePixelRatio() == 1.5
    img = pm.toImage()
    assert any(img.pixelColor(x, y).alpha() > 200 for x in range(36) for y in range(36))  # strokes drawn


def test_shortcuts_are_the_platform_standard_ones(window):
    from PySide6.QtGui import QKeySequence

    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert QKeySequence(QKeySequence.StandardKey.Undo) in window.act_undo.shortcuts()


def test_a_file_with_several_scenarios_edits_the_chosen_one_and_saves_all(qtbot, isolated, tmp_path):
    doc = json.loads(FIVE.read_text(encoding="utf-8"))
    base = {k: v for k, v in doc.items() if k != "schema_version"}
    other = json.loads(json.dumps(base))
    other["meta"]["name"] = "Without Lindner"
    other["partners"] = [p for p in other["partners"] if p["id"] != "lindner"]
    other["demand"].pop("lindner")
    path = tmp_path / "project.coop.json"
    path.write_text(json.dumps({"schema_version": 1, "scenarios": [base, other]}), encoding="utf-8")
    w = make_window(qtbot, path)
    assert w.scenario_action.isVisible() and w.scenario_box.count() == 2
    w.scenario_box.activated.emit(1)
    assert w.doc.scenario.meta.name == "Without Lindner" and w.doc.scenario.n == 4
    wait_results(qtbot, w)
    assert w.results.analysis.scenario.n == 4
    m = w.editors.demand.view.model()
    assert m.setData(m.index(0, 0), "8")
    w.doc.undo_stack.undo()
    w.doc.undo_stack.redo()
    assert w.files.save()
    from coop_calc.scenario_io import load_project
    saved = load_project(path).scenarios
    assert [s.meta.name for s in saved] == [base["meta"]["name"], "Without Lindner"]
    assert saved[1].demand[("hartmann", "cobot")] == 8 and saved[0].demand[("hartmann", "cobot")] == 6
    wait_results(qtbot, w)
    close_window(w)


def test_the_window_title_carries_the_unsaved_marker(window):
    assert window.windowTitle() == "five.coop.json[*] — CoopCalc" and not window.isWindowModified()
    m = window.editors.demand.view.model()
    assert m.setData(m.index(0, 0), "7")
    assert window.isWindowModified()
    window.doc.undo_stack.undo()
    assert not window.isWindowModified()  # back at the saved state
