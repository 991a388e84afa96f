"""The window's password protection (save, open, autosave, recovery, no plaintext left) and the
data-collection round (create requests, import returned files as one undo step)."""

from __future__ import annotations

import json

import openpyxl
import pytest
from ui_support import FIVE, close_window, five, isolated, make_window, window  # noqa: F401

from coop_calc import sealed
from coop_calc.scenario_io import load_project

PW = "Geheim-2026!"


@pytest.fixture
def passwords(monkeypatch):
    """Scripted answers of the password dialog (None = cancel); every prompt is recorded."""
    from ui import password_dialog

    monkeypatch.setattr(sealed, "DEFAULT_N", 2**12)
    answers: list[str | None] = []
    asked: list[str] = []

    def ask(parent, title, text, confirm=False):
        asked.append(text)
        return answers.pop(0) if answers else None
    monkeypatch.setattr(password_dialog, "ask_password", ask)
    return answers, asked


def _plaintext_files(root, word="Hartmann"):
    return [p for p in root.rglob("*") if p.is_file() and word.encode() in p.read_bytes()]


def test_save_with_password_and_reopen(window, qtbot, tmp_path, isolated, passwords):
    answers, asked = passwords
    m = window.editors.demand.view.model()
    assert m.setData(m.index(4, 0), "17")
    answers.append(PW)
    assert window.files.save_with_password()
    path = window.doc.path
    text = path.read_text(encoding="utf-8")
    assert sealed.is_sealed(text) and "Hartmann" not in text
    assert not window.isWindowModified() and window.files.is_protected()
    assert _plaintext_files(tmp_path) == []  # the plain copy was overwritten; no temporary file remains

    # open: a wrong password is asked again, then the right one opens it
    answers += ["wrong-password", PW]
    other = make_window(qtbot, path)
    assert len(asked) == 3 and "Wrong password" in asked[-1]
    assert other.doc.scenario == window.doc.scenario and other.files.is_protected()
    # saving again keeps it encrypted
    assert other.files.save() and sealed.is_sealed(path.read_text(encoding="utf-8"))
    close_window(other)

    # cancelled: nothing opens, nothing changes
    third = make_window(qtbot, None)
    assert not third.files.open_path(path)
    assert third.doc.path is None and isolated.errors() == []
    close_window(third)
    assert load_project(path, password=PW).scenarios[0].demand[("lindner", "cobot")] == 17


def test_remove_password(window, isolated, passwords):
    answers, _ = passwords
    answers.append(PW)
    assert window.files.save_with_password()
    assert window.files.remove_password()
    assert not sealed.is_sealed(window.doc.path.read_text(encoding="utf-8")) and not window.files.is_protected()


def test_autosave_and_recovery_stay_encrypted(qtbot, isolated, tmp_path, passwords):
    from ui.autosave import autosave_dir

    answers, asked = passwords
    original = tmp_path / "pool.coop.json"
    original.write_bytes(FIVE.read_bytes())
    first = make_window(qtbot, original)
    answers.append(PW)
    assert first.files.save_with_password()
    m = first.editors.demand.view.model()
    assert m.setData(m.index(4, 0), "23")
    first.files.autosave.tick()
    data, info = first.files.autosave.data, first.files.autosave.info
    assert sealed.is_sealed(data.read_text(encoding="utf-8"))
    meta = json.loads(info.read_text(encoding="utf-8"))
    assert meta["protected"] and "Südwest" not in meta["name"]
    assert _plaintext_files(tmp_path) == [] and _plaintext_files(tmp_path, "Südwest") == []
    # crash
    first.files.autosave.lock.unlock()
    first.files.autosave.timer.stop()
    first.doc.undo_stack.setClean()
    first.files.autosave.discard = lambda: None
    first.files.autosave.close = lambda: None
    first.close()

    isolated.recover = True
    answers += ["wrong-password", PW]
    second = make_window(qtbot, None)
    assert "Wrong password" in asked[-1]
    assert second.doc.scenario.demand[("lindner", "cobot")] == 23 and second.files.is_protected()
    assert sealed.is_sealed(second.files.autosave.data.read_text(encoding="utf-8"))
    assert _plaintext_files(tmp_path) == []
    close_window(second)
    assert not list(autosave_dir().glob("*.coop.json"))


def test_recovery_without_the_password_keeps_the_autosave(qtbot, isolated, tmp_path, passwords):
    from ui.autosave import autosave_dir

    d = autosave_dir()
    key = sealed.SealKey.derive(PW)
    (d / "dead.coop.json").write_text(key.seal(FIVE.read_text(encoding="utf-8")), encoding="utf-8")
    (d / "dead.info.json").write_text(json.dumps({"original": None, "saved": "2026-01-01T10:00:00",
                                                  "name": "a password-protected pool", "protected": True}))
    isolated.recover = True
    w = make_window(qtbot, None)  # the password prompt is cancelled
    assert (d / "dead.coop.json").exists() and w.stack.currentWidget() is w.welcome
    close_window(w)


def test_collection_round_in_the_window(window, qtbot, tmp_path, monkeypatch, isolated):
    from ui import collection_dialog

    seen = []
    monkeypatch.setattr(collection_dialog, "ask_apply", lambda parent, result: seen.append(result) or True)
    dlg = window.exchange.confidential.collection_round()
    assert dlg.create_requests(str(tmp_path / "req"))
    assert (tmp_path / "five.coopround.json").exists()
    assert "request-kessler.xlsx" in dlg.log.toPlainText()
    wb = openpyxl.load_workbook(tmp_path / "req" / "request-kessler.xlsx")
    wb["Request"]["D8"] = 11
    wb.save(tmp_path / "k.xlsx")
    wb["Request"]["B4"] = "hartmann"  # relabelled: refused, listed, nothing changes
    wb.save(tmp_path / "forged.xlsx")
    before, steps = window.doc.scenario, window.doc.undo_stack.count()
    assert not dlg.import_files([str(tmp_path / "forged.xlsx"), str(tmp_path / "k.xlsx")])
    assert "does not match partner 'hartmann'" in dlg.log.toPlainText() and window.doc.scenario == before
    assert dlg.import_files([str(tmp_path / "k.xlsx"), str(tmp_path / "req" / "request-brandt.xlsx")])
    assert [r.partner_id for r in seen[0].returned] == ["kessler", "brandt"]
    assert window.doc.scenario.demand[("kessler", "cobot")] == 11
    assert window.doc.undo_stack.count() == steps + 1  # one undo step
    window.doc.undo_stack.undo()
    assert window.doc.scenario == before
    dlg.close()


def test_preview_lists_changes_per_partner(window, qtbot, tmp_path):
    from coop_calc.exchange.collection import write_requests
    from coop_calc.exchange.collection_import import import_returned
    from ui.collection_dialog import PreviewDialog

    rnd, paths = write_requests(window.doc.scenario, tmp_path / "req", tmp_path / "r.coopround.json")
    wb = openpyxl.load_workbook(paths[0])
    wb["Request"]["D8"], wb["Request"]["D9"] = 9, None
    wb.save(tmp_path / "h.xlsx")
    res = import_returned(window.doc.scenario, rnd, [tmp_path / "h.xlsx", paths[1]])
    dlg = PreviewDialog(window, res)
    top = dlg.tree.topLevelItem(0)
    assert "Hartmann" in top.text(0) and top.childCount() == 2
    assert dlg.tree.topLevelItem(1).text(0).endswith(": no change") and dlg.apply.isEnabled()
    assert top.text(0).endswith(": 2 changes") and top.child(0).text(2) == "9"
    dlg.close()


def test_collection_import_without_round_or_saved_file(window, qtbot, tmp_path, monkeypatch):
    from ui import collection_dialog

    dlg = window.exchange.confidential.collection_round()
    monkeypatch.setattr(collection_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert not dlg.import_files([str(tmp_path / "x.xlsx")])  # no round beside the file, none chosen
    assert "create the requests first" in dlg.log.toPlainText()
    window.doc.path = None
    assert not dlg.create_requests(str(tmp_path / "req"))
    assert "Save the pool first" in dlg.log.toPlainText() and not (tmp_path / "req").exists()
    dlg.close()


def test_new_password_needs_eight_characters_twice(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.password_dialog import PasswordDialog

    d = PasswordDialog(None, "t", "x", confirm=True)
    qtbot.addWidget(d)
    ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
    d.field.setText("kurz")
    d.again.setText("kurz")
    assert not ok.isEnabled() and "8" in d.hint.text()
    d.field.setText("lang-genug")
    assert not ok.isEnabled() and "differ" in d.hint.text()
    d.again.setText("lang-genug")
    assert ok.isEnabled() and d.password() == "lang-genug"
