"""New, Open, Save, Save As, Open Recent, the unsaved-changes prompt, autosave and recovery.

A file is read and validated completely *before* anything is asked or replaced: a damaged file or
one from a newer CoopCalc opens nothing, says why (the engine's ValidationError), and leaves the
current document as it was. Saves are atomic (the engine's ``save_project``).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from coop_calc.errors import ValidationError
from coop_calc.model import Meta, Project, Scenario
from coop_calc.scenario_io import read_text, save_project
from coop_calc.sealed import SealKey, WrongPassword, is_sealed, unseal

from . import dialogs, i18n, password_dialog, settings
from .autosave import Autosave, orphans
from .document import Document
from .loading import parse_in_background

#: Names Windows reserves for devices: a file may not be called like this, whatever its extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def suggested_file_name(name: str, fallback: str = "pool", extension: str = ".coop.json") -> str:
    """A file name for a pool called ``name`` that every system accepts: characters that are not
    allowed in file names (``\\ / : * ? " < > |``, control characters) become "-", no leading or
    trailing dots and spaces, no device names (CON, NUL, …), at most 100 characters before the
    extension; ``fallback`` when nothing is left."""
    stem = re.sub(r"\s+", " ", name)  # tabs and line breaks are spaces
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', "-", stem).strip(" .-")
    stem = stem[:100].rstrip(" .-")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = (stem + "-" + fallback) if stem else fallback
    return stem + extension


def window_title_name(doc: Document) -> str:
    """What the window title calls the document: its file name once it is saved, the pool's name
    before (no file extension: there is no file yet)."""
    return doc.display_name()


class FileController(QObject):
    opened = Signal()  # a document is shown: leave the welcome page
    recentChanged = Signal(list)

    def __init__(self, window: QWidget, doc: Document):
        super().__init__(window)
        self.window, self.doc = window, doc
        self.autosave = Autosave(doc, self)
        self.seal_key: SealKey | None = None  # the document's password key; saves and autosaves are encrypted

    def _set_key(self, key: SealKey | None) -> None:
        self.seal_key = self.autosave.key = key

    def _load(self, path: Path, label: str) -> tuple[Project, SealKey | None] | None:
        """The project in ``path`` and its key, asking for the password of a protected file (None:
        the user cancelled). Raises ValidationError / OSError like the engine."""
        text = read_text(path)
        if not is_sealed(text):
            return parse_in_background(text), None
        prompt = self.tr("{file} is password-protected. Enter its password:").format(file=label)
        while True:
            pw = password_dialog.ask_password(self.window, self.tr("Password"), prompt)
            if pw is None:
                return None
            try:
                plain, key = unseal(text, pw)
            except WrongPassword:
                prompt = self.tr("Wrong password for {file}, or the file was changed after it was saved."
                                 " Try again:").format(file=label)
                continue
            return parse_in_background(plain), key

    # ---- commands ------------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        today = date.today().isoformat()
        meta = Meta(name=self.tr("Untitled pool"), created=today, modified=today)  # the name in the title
        self.doc.load(Project((Scenario(meta=meta),)), None)
        self._set_key(None)
        self.autosave.discard()
        self.opened.emit()
        return True

    def open(self) -> bool:
        path = dialogs.open_path(self.window, settings.get(settings.LAST_DIR))
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path, as_copy: bool = False) -> bool:
        """Open ``path``; ``as_copy`` (bundled examples): show it as a new, unsaved document."""
        path = Path(path)
        try:
            loaded = self._load(path, path.name)
        except ValidationError as e:
            dialogs.show_error(self.window, self.tr("Cannot open file"),
                               self.tr("{file} was not opened; your current pool is unchanged.").format(
                                   file=path.name), i18n.error_text(e, 20))
            return False
        except OSError as e:
            dialogs.show_error(self.window, self.tr("Cannot open file"),
                               self.tr("{file} could not be read.").format(file=path.name), i18n.error_text(e))
            return False
        if loaded is None or not self.maybe_save():
            return False
        project, key = loaded
        self.doc.load(project, None if as_copy else path.resolve())
        self._set_key(key)
        self.autosave.discard()
        if not as_copy:
            settings.set(settings.LAST_DIR, str(path.resolve().parent))
            self.recentChanged.emit(settings.add_recent(str(path.resolve())))
        self.opened.emit()
        return True

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        # the pool's name (its first scenario), not the variant being edited, made a valid file name
        name = suggested_file_name(self.doc.project.scenarios[0].meta.name, self.tr("pool"))
        folder = Path(settings.get(settings.LAST_DIR) or Path.home())
        suggested = self.doc.path or folder / name
        chosen = dialogs.save_path(self.window, str(suggested))
        if not chosen:
            return False
        path = Path(chosen)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + ".coop.json")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save_project(path, self.doc.project, key=self.seal_key)
        except OSError as e:
            dialogs.show_error(self.window, self.tr("Cannot save"),
                               self.tr("{file} could not be written; nothing was changed on disk.").format(
                                   file=path.name), i18n.error_text(e))
            return False
        self.doc.mark_saved(path.resolve())
        self.autosave.discard()
        settings.set(settings.LAST_DIR, str(path.resolve().parent))
        self.recentChanged.emit(settings.add_recent(str(path.resolve())))
        return True

    def save_with_password(self) -> bool:
        """Ask for a new password and save the document encrypted under it (Save As when it has no
        file yet); every later save and autosave stays encrypted. Nothing changes when cancelled."""
        pw = password_dialog.ask_password(
            self.window, self.tr("Save with password"),
            self.tr("Choose a password for {file}. Saves and autosaves are then encrypted (AES-256-GCM); without"
                    " the password nobody can open the file.").format(file=self.doc.display_name()), confirm=True)
        if pw is None:
            return False
        return self._save_keyed(SealKey.derive(pw))

    def remove_password(self) -> bool:
        """Save the document without encryption from now on."""
        if self.seal_key is None:
            self.doc.notify(self.tr("{file} has no password.").format(file=self.doc.display_name()))
            return False
        return self._save_keyed(None)

    def _save_keyed(self, key: SealKey | None) -> bool:
        old = self.seal_key
        self._set_key(key)
        if self.save():
            text = (self.tr("Saved with a password: {file} is encrypted.") if key else
                    self.tr("Saved without a password: anyone who has {file} can read it."))
            self.doc.notify(text.format(file=self.doc.display_name()))
            return True
        self._set_key(old)
        return False

    def is_protected(self) -> bool:
        return self.seal_key is not None

    def maybe_save(self) -> bool:
        """Before the document is replaced or closed: True when it may go."""
        if not self.doc.is_modified():
            return True
        answer = dialogs.ask_save_changes(self.window, self.doc.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def clear_recent(self) -> None:
        settings.set(settings.RECENT_FILES, [])
        self.recentChanged.emit([])

    def forget_recent(self, path: str) -> None:
        files = [f for f in settings.get(settings.RECENT_FILES) if f != path]
        settings.set(settings.RECENT_FILES, files)
        self.recentChanged.emit(files)

    def open_recent(self, path: str) -> bool:
        if not Path(path).exists():
            dialogs.show_error(self.window, self.tr("Cannot open file"),
                               self.tr("{file} no longer exists.").format(file=path))
            self.forget_recent(path)
            return False
        return self.open_path(path)

    # ---- recovery and shutdown ----------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the work of sessions that ended without closing (newest first). True if recovered."""
        for orphan in orphans():
            where = orphan.original or self.tr("a pool that was never saved")
            text = self.tr("CoopCalc was not closed properly. Recover the unsaved changes to “{name}” ({where}),"
                           " autosaved at {time}?").format(name=orphan.name, where=where,
                                                           time=orphan.saved.replace("T", " "))
            if not dialogs.ask_recover(self.window, text):
                orphan.remove()
                continue
            try:
                loaded = self._load(orphan.data, orphan.name)
            except ValidationError as e:
                dialogs.show_error(self.window, self.tr("Cannot recover"), self.tr("The autosaved file is damaged."),
                                   i18n.error_text(e, 20))
                orphan.remove()
                continue
            if loaded is None:  # no password: the autosave stays for a later start
                orphan.lock.unlock()
                continue
            project, key = loaded
            original = Path(orphan.original) if orphan.original else None
            self.doc.load(project, original, modified=True)
            self._set_key(key)
            self.autosave.write()  # this session now keeps the recovered work safe
            orphan.remove()
            self.opened.emit()
            return True
        return False

    def shutdown(self) -> None:
        """Normal end: remove this session's autosave files."""
        self.autosave.close()
