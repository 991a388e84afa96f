"""Files: save and reopen, damaged files, the unsaved marker and prompt, recent files, drag and drop,
autosave and recovery after a crash."""

from __future__ import annotations

import json
import shutil

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton
from ui_support import FIVE, close_window, five, isolated, make_window, wait_results, window  # noqa: F401

from coop_calc.scenario_io import load_project


def edit_demand(w, q=9):
    m = w.editors.demand.view.model()
    assert m.setData(m.index(4, 0), str(q))


def test_first_start_shows_the_welcome_page_with_the_examples(qtbot, isolated):
    w = make_window(qtbot)
    assert w.stack.currentWidget() is w.welcome
    assert not w.welcome.recent_box.isVisibleTo(w)
    buttons = [b.text() for b in w.welcome.findChildren(QPushButton)]
    assert any("Südwest Industrie 4.0 purchasing pool" in t for t in buttons), buttons
    example = next(b for b in w.welcome.findChildren(QPushButton) if "Südwest" in b.text())
    example.click()
    assert w.stack.currentWidget() is w.editors
    assert w.doc.path is None and w.doc.scenario.n == 5  # an example opens as an unsaved copy
    wait_results(qtbot, w)
    close_window(w)


def test_save_reopen_compare(window, qtbot, tmp_path, isolated):
    edit_demand(window, 11)
    assert window.isWindowModified()
    target = tmp_path / "mine.coop.json"
    isolated.save_path = str(tmp_path / "mine")  # the suffix is added
    assert window.files.save_as()
    assert target.exists() and not window.isWindowModified()
    assert window.windowTitle() == "mine.coop.json[*] — CoopCalc"
    saved = window.doc.scenario
    other = make_window(qtbot, target)
    assert other.doc.scenario == saved and other.doc.path == target.resolve()
    assert load_project(target).scenarios[0].demand[("lindner", "cobot")] == 11
    assert other.welcome.recent.item(0).data(Qt.ItemDataRole.UserRole) == str(target.resolve())
    close_window(other)
    from ui import settings
    assert settings.get(settings.RECENT_FILES)[0] == str(target.resolve())


def test_damaged_or_newer_file_opens_nothing_and_says_why(window, tmp_path, isolated):
    edit_demand(window)
    before, path = window.doc.scenario, window.doc.path
    bad = tmp_path / "bad.coop.json"
    bad.write_text('{"schema_version": 1, "partners": [{"id": "a"}]', encoding="utf-8")
    assert not window.files.open_path(bad)
    newer = tmp_path / "newer.coop.json"
    doc = json.loads(FIVE.read_text(encoding="utf-8"))
    doc["schema_version"] = 99
    newer.write_text(json.dumps(doc), encoding="utf-8")
    assert not window.files.open_path(newer)
    errors = isolated.errors()
    assert "not valid JSON" in errors[0]
    assert "written by a newer version of CoopCalc" in errors[1]
    assert window.doc.scenario is before and window.doc.path == path and window.isWindowModified()
    assert not [a for a in isolated.asked if a[0] == "save_changes"]  # nothing was asked first


def test_unsaved_changes_prompt_save_discard_cancel(window, tmp_path, isolated):
    edit_demand(window)
    isolated.save_changes = "cancel"
    assert not window.files.new()
    assert window.doc.scenario.n == 5
    isolated.save_changes = "discard"
    assert window.files.new()
    assert window.doc.scenario.n == 0 and not window.isWindowModified()
    assert window.windowTitle() == "Untitled pool[*] — CoopCalc"  # no file yet: no extension
    # Save on closing a modified file writes it
    copy = tmp_path / "pool.coop.json"
    shutil.copy(FIVE, copy)
    assert window.files.open_path(copy)
    edit_demand(window, 12)
    isolated.save_changes = "save"
    assert window.close()
    assert load_project(copy).scenarios[0].demand[("lindner", "cobot")] == 12


def test_close_is_cancelled_when_the_user_cancels(window, isolated):
    edit_demand(window)
    isolated.save_changes = "cancel"
    assert not window.close()
    assert window.isVisible()


def test_open_recent_and_clear(window, tmp_path, isolated):
    a, b = tmp_path / "a.coop.json", tmp_path / "b.coop.json"
    for p in (a, b):
        shutil.copy(FIVE, p)
        assert window.files.open_path(p)
    window._fill_recent()
    texts = [act.text() for act in window.recent_menu.actions() if act.text()]
    assert texts[:2] == ["&1  b.coop.json", "&2  a.coop.json"] and texts[-1] == "&Clear list"
    a.unlink()
    assert not window.files.open_recent(str(a.resolve()))
    assert "no longer exists" in isolated.errors()[-1]
    window.recent_menu.actions()[-1].trigger()
    window._fill_recent()
    assert [act.text() for act in window.recent_menu.actions() if act.text()] == ["&Clear list"]


def test_drop_a_file_onto_the_window_opens_it(window, qtbot, tmp_path):
    target = tmp_path / "dropped.coop.json"
    doc = json.loads(FIVE.read_text(encoding="utf-8"))
    doc["meta"]["name"] = "Dropped pool"
    target.write_text(json.dumps(doc), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.doc.scenario.meta.name == "Dropped pool")
    assert window.doc.path == target.resolve()


def test_autosave_writes_when_dirty_and_cleans_up_on_save(window, tmp_path, isolated):
    auto = window.files.autosave
    window.files.autosave.tick()
    assert not auto.data.exists()  # nothing unsaved yet
    edit_demand(window, 13)
    auto.tick()
    assert auto.data.exists()
    assert load_project(auto.data).scenarios[0].demand[("lindner", "cobot")] == 13
    assert json.loads(auto.info.read_text(encoding="utf-8"))["original"] == str(window.doc.path)
    isolated.save_path = str(tmp_path / "saved.coop.json")
    assert window.files.save()
    assert not auto.data.exists() and not auto.info.exists()


def test_recovery_after_a_crash(qtbot, isolated, tmp_path):
    # a first session edits and autosaves, then "crashes": its files stay, its lock dies with it
    from ui.autosave import autosave_dir

    original = tmp_path / "pool.coop.json"
    shutil.copy(FIVE, original)
    first = make_window(qtbot, original)
    edit_demand(first, 21)
    first.files.autosave.tick()
    data = first.files.autosave.data
    assert data.exists()
    first.files.autosave.lock.unlock()  # what the operating system does when the process dies
    saved = first.files.autosave.data.read_bytes()
    first.files.autosave.timer.stop()
    first.doc.undo_stack.setClean()
    first.files.autosave.discard = lambda: None  # the crashed session cleans nothing up
    first.files.autosave.close = lambda: None
    first.close()
    assert data.read_bytes() == saved and len(list(autosave_dir().glob("*.info.json"))) == 1

    isolated.recover = True
    second = make_window(qtbot, None)
    assert [k for k, _ in isolated.asked].count("recover") == 1
    assert "pool.coop.json" in isolated.asked[-1][1]
    assert second.stack.currentWidget() is second.editors
    assert second.doc.scenario.demand[("lindner", "cobot")] == 21
    assert second.doc.path == original.resolve() and second.isWindowModified()
    assert not data.exists()  # taken over by the new session's own autosave
    assert second.files.autosave.data.exists()
    wait_results(qtbot, second)
    close_window(second)
    assert not list(autosave_dir().glob("*.coop.json"))  # a normal close cleans up


def test_declined_recovery_is_removed(qtbot, isolated):
    from ui.autosave import autosave_dir

    d = autosave_dir()
    (d / "dead.coop.json").write_bytes(FIVE.read_bytes())
    (d / "dead.info.json").write_text(json.dumps({"original": None, "saved": "2026-01-01T10:00:00",
                                                  "name": "Old"}), encoding="utf-8")
    isolated.recover = False
    w = make_window(qtbot, None)
    assert [k for k, _ in isolated.asked] == ["recover"]
    assert not (d / "dead.coop.json").exists()
    assert w.stack.currentWidget() is w.welcome
    close_window(w)
