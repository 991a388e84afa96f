"""Autosave and crash recovery.

While a document has unsaved changes, its project is written every ``AUTOSAVE_SECONDS`` (default
60) to ``<AppDataLocation>/autosave/<session>.coop.json`` with a small ``.info.json`` beside it (the
original path, the time). Each running window holds a lock file for its session. Files whose lock is
free at start-up belong to a session that ended without cleaning up — a crash — and are offered for
recovery. Saving, discarding or closing normally removes the session's files.

An autosave writes whatever the document holds (text that UTF-8 cannot encode is written as a JSON
escape instead of failing), and :func:`secure_all` tells the truth about it: the unexpected-error
message says "your work is autosaved" only when every changed document has just been written.
"""

from __future__ import annotations

import json
import uuid
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from coop_calc.files import atomic_write_bytes
from coop_calc.scenario_io import atomic_write_text, project_to_json
from coop_calc.sealed import SealKey

from . import settings
from .document import Document
from .paths import data_dir


def autosave_dir() -> Path:
    d = data_dir() / "autosave"
    d.mkdir(parents=True, exist_ok=True)
    return d


@dataclass
class Orphan:
    """Autosaved work of a session that did not end normally."""

    data: Path
    info: Path
    lock: QLockFile
    original: str | None
    saved: str
    name: str

    def remove(self) -> None:
        for p in (self.data, self.info):
            p.unlink(missing_ok=True)
        self.lock.unlock()


def orphans() -> list[Orphan]:
    """Recoverable files of ended sessions, newest first (their locks are held until removed)."""
    found = []
    for info in autosave_dir().glob("*.info.json"):
        session = info.name[: -len(".info.json")]
        lock = QLockFile(str(info.with_name(f"{session}.lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # another CoopCalc window is still running this session
        data = info.with_name(f"{session}.coop.json")
        try:
            meta = json.loads(info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        if not data.exists():
            info.unlink(missing_ok=True)
            lock.unlock()
            continue
        found.append(Orphan(data, info, lock, meta.get("original"), str(meta.get("saved", "")),
                            str(meta.get("name", data.name))))
    return sorted(found, key=lambda o: o.saved, reverse=True)


_SESSIONS: "weakref.WeakSet[Autosave]" = weakref.WeakSet()


def secure_all() -> bool:
    """Write every open document with unsaved changes now; True when all of them are autosaved
    (for the unexpected-error message, which must not promise an autosave that does not exist)."""
    ok = True
    for session in list(_SESSIONS):
        try:
            if session.doc.is_modified():
                ok = session.write() and ok
        except RuntimeError:  # its document was deleted with a closed window
            continue
    return ok


class Autosave(QObject):
    def __init__(self, doc: Document, parent: QObject | None = None):
        super().__init__(parent)
        _SESSIONS.add(self)
        self.doc = doc
        self.dir = autosave_dir()
        self.session = uuid.uuid4().hex[:12]
        self.data = self.dir / f"{self.session}.coop.json"
        self.info = self.dir / f"{self.session}.info.json"
        self.lock = QLockFile(str(self.dir / f"{self.session}.lock"))
        self.lock.tryLock(0)
        self._pending = False
        #: the document's password key (set by the FileController): a protected document is autosaved
        #: encrypted, and its info file names no pool
        self.key: SealKey | None = None
        doc.changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, settings.get(settings.AUTOSAVE_SECONDS)) * 1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def _changed(self, _scenario) -> None:
        self._pending = True

    def tick(self) -> None:
        if not self.doc.is_modified():
            self.discard()
        elif self._pending:
            self.write()

    def write(self) -> bool:
        """Write the document now (the timer calls this; recovery calls it to take over the work);
        False, with a message in the status bar, when it could not be written."""
        try:
            text = project_to_json(self.doc.project)
            if self.key is not None:
                text = self.key.seal(text)
            # a character UTF-8 cannot encode (a lone surrogate) is kept as its JSON escape
            atomic_write_bytes(self.data, text.encode("utf-8", "backslashreplace"))
            atomic_write_text(self.info, json.dumps({
                "original": str(self.doc.path) if self.doc.path else None,
                "saved": datetime.now().isoformat(timespec="seconds"),
                "name": self.tr("a password-protected pool") if self.key is not None else self.doc.scenario.meta.name,
                "protected": self.key is not None}, ensure_ascii=False))
        except Exception as e:  # any failure is reported, never raised out of the timer
            self.doc.notify(self.tr("Autosave failed: {error}").format(error=e))
            return False
        self._pending = False
        return True

    def discard(self) -> None:
        for p in (self.data, self.info):
            p.unlink(missing_ok=True)
        self._pending = False

    def close(self) -> None:
        self.timer.stop()
        self.discard()
        self.lock.unlock()
