"""The open document: a project (one or more scenarios), its file, and its undo history.

Every edit goes through :meth:`Document.execute`, which applies an engine command, refuses it with
the engine's ValidationError when it is invalid, and otherwise pushes it onto the one QUndoStack.
Views listen to ``changed`` (the current scenario after any edit, undo, redo or load) and ``loaded``
(a different document: reset everything).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from coop_calc.commands import Command, apply
from coop_calc.model import Meta, Project, Scenario

from .undo import EngineCommand, ProjectCommand


class Document(QObject):
    changed = Signal(object)  # Scenario
    loaded = Signal()
    saved = Signal()  # written to ``path`` (which may be new)
    modifiedChanged = Signal(bool)
    message = Signal(str)  # something the user should read in the status bar

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._scenarios: list[Scenario] = [Scenario()]
        self._index = 0
        self.path: Path | None = None

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # ---- state -------------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self._scenarios[self._index]

    @property
    def index(self) -> int:
        return self._index

    @property
    def project(self) -> Project:
        return Project(tuple(self._scenarios))

    def scenario_at(self, index: int) -> Scenario:
        return self._scenarios[index]

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The document as the user knows it: its file name once saved, else the pool's name (the first
        scenario's) — without a file extension, because there is no file yet."""
        if self.path:
            return self.path.name
        name = self._scenarios[0].meta.name.strip()
        if not name or name == Meta().name:  # the engine's default name, in the interface language
            return QCoreApplication.translate("FileController", "Untitled pool")
        return name

    # ---- changes -----------------------------------------------------------------------------
    def load(self, project: Project, path: Path | None, modified: bool = False) -> None:
        """Show a different document; the history starts empty."""
        self._scenarios = list(project.scenarios) or [Scenario()]
        self._index = 0
        self.path = Path(path) if path else None
        self.undo_stack.clear()
        was_modified = self.is_modified()
        if modified:
            self.undo_stack.resetClean()
        else:
            self.undo_stack.setClean()
        if was_modified == self.is_modified():
            self.modifiedChanged.emit(self.is_modified())
        self.loaded.emit()
        self.changed.emit(self.scenario)

    def select(self, index: int) -> None:
        if index != self._index and 0 <= index < len(self._scenarios):
            self._index = index
            self.changed.emit(self.scenario)

    def execute(self, command: Command, text: str, merge_key: Any = None) -> None:
        """Apply ``command`` as one undo step; raises ValidationError (and changes nothing) when the
        edit is invalid."""
        new, inverse = apply(self.scenario, command)
        self.undo_stack.push(EngineCommand(self, self._index, command, inverse, new, text, merge_key))

    def put_scenario(self, index: int, scenario: Scenario) -> None:
        """Called by undo commands only."""
        self._scenarios[index] = scenario
        if index != self._index:
            self._index = index
        self.changed.emit(scenario)

    def set_project(self, project: Project, index: int, text: str) -> None:
        """Replace the list of scenarios (e.g. a duplicated or renamed variant) as one undo step and
        make scenario ``index`` the current one."""
        if not project.scenarios:
            return
        index = min(max(index, 0), len(project.scenarios) - 1)
        self.undo_stack.push(ProjectCommand(self, tuple(self._scenarios), self._index,
                                            tuple(project.scenarios), index, text))

    def put_project(self, scenarios: tuple, index: int) -> None:
        """Called by undo commands only."""
        self._scenarios = list(scenarios)
        self._index = index
        self.changed.emit(self.scenario)

    def mark_saved(self, path: Path) -> None:
        self.path = Path(path)
        self.undo_stack.setClean()
        self.modifiedChanged.emit(False)
        self.saved.emit()

    def notify(self, text: str) -> None:
        self.message.emit(text)
