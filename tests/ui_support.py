"""Fixtures for the desktop application's tests: isolated settings and data, scripted dialogs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

FIVE = EXAMPLES / "five-partner-pool.coop.json"
TWELVE = EXAMPLES / "twelve-partner-pool.coop.json"


class Dialogs:
    """Answers for the application's modal questions; every question asked is recorded."""

    def __init__(self):
        self.asked: list[tuple[str, str]] = []
        self.save_changes = "cancel"
        self.recover = True
        self.open_path: str | None = None
        self.save_path: str | None = None

    def install(self, monkeypatch) -> None:
        from ui import dialogs

        def ask_save_changes(parent, name):
            self.asked.append(("save_changes", name))
            return self.save_changes

        def show_error(parent, title, text, details=""):
            self.asked.append(("error", f"{title}: {text}\n{details}"))

        def ask_recover(parent, text):
            self.asked.append(("recover", text))
            return self.recover

        monkeypatch.setattr(dialogs, "ask_save_changes", ask_save_changes)
        monkeypatch.setattr(dialogs, "show_error", show_error)
        monkeypatch.setattr(dialogs, "ask_recover", ask_recover)
        monkeypatch.setattr(dialogs, "open_path", lambda parent, d: self.open_path)
        monkeypatch.setattr(dialogs, "save_path", lambda parent, s: self.save_path)

    def errors(self) -> list[str]:
        return [t for kind, t in self.asked if kind == "error"]


@pytest.fixture
def isolated(tmp_path, monkeypatch, qapp):
    """Settings and autosave files in tmp_path; dialogs answered by a script."""
    QApplication.setOrganizationName("CoopCalcTest")
    QApplication.setApplicationName("CoopCalcTest")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("COOPCALC_DATA_DIR", str(tmp_path / "data"))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    dialogs = Dialogs()
    dialogs.install(monkeypatch)
    bundled = {p: p.read_bytes() for p in (FIVE, TWELVE)}
    yield dialogs
    for p, content in bundled.items():  # tests work on copies; the bundled examples never change
        assert p.read_bytes() == content, f"a test changed {p.name}"


def make_window(qtbot, path: Path | None = None):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.start(str(path) if path else None)
    return w


def close_window(w) -> None:
    w.doc.undo_stack.setClean()
    w.close()
    w.results.runner.wait()


@pytest.fixture
def five(tmp_path) -> Path:
    """A copy of the five-partner example (tests save into it; the bundled file stays untouched)."""
    path = tmp_path / "five.coop.json"
    shutil.copy(FIVE, path)
    return path


@pytest.fixture
def window(qtbot, isolated, five):
    """The main window with (a copy of) the five-partner example open and its first results shown."""
    w = make_window(qtbot, five)
    wait_results(qtbot, w)
    yield w
    close_window(w)


def wait_results(qtbot, w, timeout: int = 20_000) -> None:
    """Until the results shown are those of the document's current scenario."""
    panel = w.results

    def current() -> bool:
        return not panel.runner.busy and panel.shown_for is w.doc.scenario and panel.complete

    qtbot.waitUntil(current, timeout=timeout)


@pytest.fixture
def back_to_english(qapp):
    """Leaves the application in English (as every other test expects) after a test that switches."""
    from ui import i18n

    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QApplication.processEvents()


def switch_language(w, choice: str) -> None:
    """View › Language › ``choice`` in window ``w``, as a user picks it."""
    w.act_languages[choice].trigger()
    QApplication.processEvents()
    QApplication.processEvents()  # the columns are fitted once the headers changed
