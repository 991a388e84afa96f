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
