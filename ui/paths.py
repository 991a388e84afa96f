"""Where the application finds its resources and keeps its own data (autosave)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def resources_dir() -> Path:
    """``resources/`` beside the packages (or inside a PyInstaller bundle)."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources"


def examples() -> list[Path]:
    """The bundled example pools, smallest first."""
    files = sorted((resources_dir() / "examples").glob("*.coop.json"), key=lambda p: p.stat().st_size)
    return files


def data_dir() -> Path:
    """The per-user application data folder (autosave files). ``COOPCALC_DATA_DIR`` overrides it
    (tests, portable installs)."""
    override = os.environ.get("COOPCALC_DATA_DIR")
    path = Path(override) if override else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path
