"""Every setting the application keeps, declared once: key, type, default (QSettings, INI format).

User documents are JSON files and never stored here. When ``VERSION`` increases, settings written by
an older version are dropped key by key where their meaning changed (see ``_migrate``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from . import APP_NAME, ORG_NAME

T = TypeVar("T")

VERSION = 1
MAX_RECENT = 10


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


RECENT_FILES: Setting[list] = Setting("files/recent", list, [])
LAST_DIR: Setting[str] = Setting("files/last_dir", str, "")
AUTOSAVE_SECONDS: Setting[int] = Setting("files/autosave_seconds", int, 60)
GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
EDITOR_TAB: Setting[int] = Setting("window/editor_tab", int, 0)
#: "system", "en" or "de" (see ui/i18n.py)
LANGUAGE: Setting[str] = Setting("ui/language", str, "system")

ALL = (RECENT_FILES, LAST_DIR, AUTOSAVE_SECONDS, GEOMETRY, EDITOR_TAB, LANGUAGE)


def store() -> QSettings:
    s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
    _migrate(s)
    return s


def _migrate(s: QSettings) -> None:
    raw = s.value("settings/version", 0)
    try:
        stored = int(raw)  # type: ignore[call-overload]  # whatever the file holds; refused below
    except (TypeError, ValueError):
        stored = 0
    if stored == VERSION:
        return
    if stored > VERSION:
        return  # a newer version wrote them; read what we understand, write nothing back
    s.setValue("settings/version", VERSION)


def get(setting: Setting[T]) -> T:
    """The stored value, or the default when absent or of the wrong type (never raises)."""
    return _get(setting)  # type: ignore[no-any-return]


def _get(setting: Setting[Any]) -> Any:
    raw = store().value(setting.key)
    if raw is None:
        return _copy(setting.default)
    try:
        if setting.type is list:
            if isinstance(raw, str):
                return [raw]  # QSettings stores a one-element list as a plain string
            return [str(x) for x in raw] if isinstance(raw, (list, tuple)) else _copy(setting.default)
        if setting.type is int:
            return int(raw)
        if setting.type is str:
            return str(raw)
        if setting.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else _copy(setting.default)
    except (TypeError, ValueError):
        pass
    return _copy(setting.default)


def set(setting: Setting[T], value: T) -> None:  # noqa: A001 - mirrors get()
    store().setValue(setting.key, value)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def add_recent(path: str) -> list[str]:
    files = [p for p in get(RECENT_FILES) if p != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    set(RECENT_FILES, files)
    return files
