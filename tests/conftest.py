"""Shared test set-up: headless Qt, the bundled examples, small scenario builders."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"


@pytest.fixture
def five_pool_path() -> Path:
    return EXAMPLES / "five-partner-pool.coop.json"


@pytest.fixture(autouse=True)
def _no_blocking_save_prompt(monkeypatch):
    """A window left with unsaved changes is closed by pytest-qt after the test; the real "save
    changes?" box would then wait for a click forever. Tests that check the prompt install their own
    answers (tests/ui_support.FakeDialogs) over this one."""
    try:
        from ui import dialogs
    except ImportError:  # pragma: no cover - engine-only environment without PySide6
        yield
        return
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")
    yield
