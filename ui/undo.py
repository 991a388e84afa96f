"""QUndoCommand wrappers over :mod:`coop_calc.commands`: the engine computes, Qt keeps the history.

An edit is applied (and validated) *before* it is pushed, so a refused edit never reaches the stack.
Repeated edits of one field (same ``merge_key``) merge into one undo step; an edit that merges back
to the original value makes the step obsolete, and it disappears from the history.

A step's text is made in the interface language. Made with :func:`later` (a function that makes the
text), it is made again when the language changes (:func:`retranslate_stack`), so that the Edit menu
never says "Undo Partner 5 löschen" in an English window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from coop_calc.commands import Command, SetDemand, SetField, apply
from coop_calc.errors import ValidationError

from . import i18n

if TYPE_CHECKING:
    from .document import Document

log = logging.getLogger(__name__)

MERGE_ID = 0x43_4F_4F_50


class LiveText(str):
    """A text in the interface language that knows how to make itself again (``make``)."""

    make: Callable[[], str]

    def __new__(cls, make: Callable[[], str]) -> "LiveText":
        obj = super().__new__(cls, make())
        obj.make = make
        return obj


def later(make: Callable[[], str]) -> LiveText:
    """An undo text made by ``make`` now and again after every language change, e.g.
    ``later(lambda: self.tr("Remove {noun} {row}").format(noun=self.noun_text(), row=3))``."""
    return LiveText(make)


class _Retranslatable:
    """What both kinds of undo step share: a text that can be made again."""

    _make: Callable[[], str] | None = None

    def keep_maker(self, text: str) -> None:
        self._make = text.make if isinstance(text, LiveText) else None

    def retranslate(self) -> None:
        if self._make is None:
            return
        try:
            text = self._make()
        except RuntimeError:  # what made the text is gone (e.g. a closed dialog): keep the text it made
            self._make = None
            return
        self.setText(text)  # type: ignore[attr-defined]


def retranslate_stack(stack: QUndoStack) -> None:
    """Make the texts of every step of ``stack`` again in the interface language, and tell whoever
    shows "Undo …"/"Redo …" (the stack's signals)."""
    for i in range(stack.count()):
        cmd = stack.command(i)
        if isinstance(cmd, _Retranslatable):
            cmd.retranslate()
    stack.undoTextChanged.emit(stack.undoText())
    stack.redoTextChanged.emit(stack.redoText())


class EngineCommand(_Retranslatable, QUndoCommand):
    """One undo step: ``command`` was applied to scenario ``index`` of the document."""

    def __init__(self, doc: "Document", index: int, command: Command, inverse: Command, after: Any,
                 text: str, merge_key: Any = None):
        super().__init__(text)
        self.keep_maker(text)
        self.doc, self.index, self.command, self.inverse = doc, index, command, inverse
        self.merge_key = merge_key
        self._after = after  # the state computed when the edit was checked; used by the first redo()

    def redo(self) -> None:
        if self._after is not None:
            self.doc.put_scenario(self.index, self._after)
            self._after = None
            return
        self._run(self.command, redo=True)

    def undo(self) -> None:
        self._run(self.inverse, redo=False)

    def _run(self, command: Command, redo: bool) -> None:
        try:
            new, inverse = apply(self.doc.scenario_at(self.index), command)
        except ValidationError as e:  # cannot happen for a consistent history; never crash on it
            log.error("could not %s %r: %s", "redo" if redo else "undo", self.text(), e)
            what = (QCoreApplication.translate("Undo", "Could not redo “{step}”: {reason}") if redo else
                    QCoreApplication.translate("Undo", "Could not undo “{step}”: {reason}"))
            self.doc.notify(what.format(step=self.text(), reason=e.first_line(i18n.language())))
            self.setObsolete(True)
            return
        if redo:
            self.inverse = inverse
        self.doc.put_scenario(self.index, new)

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EngineCommand) or other.merge_key is None:
            return False
        if other.merge_key != self.merge_key or other.index != self.index:
            return False
        self.command = other.command
        self.setText(other.text())
        self._make = other._make
        if _restores(self.command, self.inverse):
            self.setObsolete(True)
        return True


def _restores(command: Command, inverse: Command) -> bool:
    """True when ``command`` sets back exactly what ``inverse`` would restore (a no-op step)."""
    if isinstance(command, SetField) and isinstance(inverse, SetField):
        return command.path == inverse.path and command.value == inverse.value
    if isinstance(command, SetDemand) and isinstance(inverse, SetDemand):
        return command == inverse
    return False


class ProjectCommand(_Retranslatable, QUndoCommand):
    """One undo step that changes the project's list of scenarios (duplicate, rename, remove)."""

    def __init__(self, doc: "Document", before: tuple, before_index: int, after: tuple, after_index: int,
                 text: str):
        super().__init__(text)
        self.keep_maker(text)
        self.doc = doc
        self.before, self.before_index = before, before_index
        self.after, self.after_index = after, after_index

    def redo(self) -> None:
        self.doc.put_project(self.after, self.after_index)

    def undo(self) -> None:
        self.doc.put_project(self.before, self.before_index)
