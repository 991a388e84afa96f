"""Custom percentages of the savings per partner, edited as a draft and applied in one step.

The engine requires the percentages to add up to 100 whenever any are given, so every single
cell edit would be refused on its way there. The table therefore edits a draft; *Apply* turns the
whole column into one command (one undo step) once it adds up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from coop_calc.commands import SetField
from coop_calc.model import Scenario

from ..i18n import error_text
from ..numbers import format_percent
from ..undo import later
from .base import Index, SheetModel, error_brush
from .columns import parse_user_number


class PercentagesModel(SheetModel):
    draftChanged = Signal()
    context = "PercentagesModel"

    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        self._s: Scenario = doc.scenario
        self.draft: dict[str, float] = dict(self._s.sharing.custom_percentages)
        doc.changed.connect(self._sync)
        doc.loaded.connect(lambda: self._sync(doc.scenario, force=True))

    def _sync(self, scenario: Scenario, force: bool = False) -> None:
        old = self._s
        stored_changed = dict(old.sharing.custom_percentages) != dict(scenario.sharing.custom_percentages)
        if force or old.partner_ids() != scenario.partner_ids() or stored_changed:
            self.beginResetModel()
            self._s = scenario
            self.draft = dict(scenario.sharing.custom_percentages)
            self._errors.clear()
            self.endResetModel()
            self.draftChanged.emit()
        else:
            self._s = scenario
            if scenario.partners:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(scenario.partners) - 1)

    # ---- draft state --------------------------------------------------------------------------
    def total(self) -> float:
        return sum(self.draft.values())

    def is_dirty(self) -> bool:
        return {k: v for k, v in self.draft.items() if v} != {k: v for k, v in
                                                             self._s.sharing.custom_percentages.items() if v}

    def fill_equal(self) -> None:
        n = len(self._s.partners)
        if n:
            self.draft = {p.id: 100.0 / n for p in self._s.partners}
            self._changed()

    def revert(self) -> None:
        self.draft = dict(self._s.sharing.custom_percentages)
        self._changed()

    def apply_command(self) -> tuple[SetField, str]:
        clean = {p.id: self.draft[p.id] for p in self._s.partners if self.draft.get(p.id)}
        return SetField(("sharing", "custom_percentages"), clean), later(lambda: self.tr("Set custom percentages"))

    def apply(self) -> str | None:
        return self.run(*self.apply_command())

    def _changed(self) -> None:
        self._errors.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
        self.draftChanged.emit()

    # ---- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._s.partners)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Share of savings")
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._s.partners):
            return self._s.partners[section].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        R = Qt.ItemDataRole
        v = float(self.draft.get(self._s.partners[index.row()].id, 0.0))
        if role == R.DisplayRole:
            return format_percent(v, self.locale(), decimals=None if v == round(v, 4) else 4)
        if role == R.EditRole:
            return v
        if role == R.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == R.ToolTipRole:
            return self.cell_error(index)
        if role == R.BackgroundRole and self.cell_error(index):
            return error_brush()
        return None

    def _parse(self, value: Any) -> float:
        if isinstance(value, str) and not value.strip():
            return 0.0
        x = parse_user_number(value, self.locale(), percent=True)
        if not 0 <= x <= 100:
            raise ValueError(self.tr("a percentage must lie between 0 and 100"))
        return x

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            self.draft[self._s.partners[index.row()].id] = self._parse(value)
        except ValueError as e:
            return self.refuse(index, error_text(e))
        self._changed()
        return True

    def paste(self, row: int, column: int, block: list[list[str]]) -> str | None:
        rows = max(0, min(len(block), self.rowCount() - row))
        try:
            values = [self._parse(block[r][0] if block[r] else "") for r in range(rows)]
        except ValueError as e:
            return error_text(e)
        for r, v in enumerate(values):
            self.draft[self._s.partners[row + r].id] = v
        self._paste_note = ""
        self.note_cut(len(block) - rows, max(len(r) for r in block) - 1)
        if self._paste_note:
            self.doc.message.emit(self._paste_note)
        self._changed()
        return None

    def clear(self, indexes: list[QModelIndex]) -> str | None:
        for i in indexes:
            self.draft.pop(self._s.partners[i.row()].id, None)
        self._changed()
        return None
