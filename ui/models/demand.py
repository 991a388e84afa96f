"""The partner × item demand matrix: each partner's need of each item, in the item's unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from coop_calc.commands import Batch, SetDemand
from coop_calc.errors import Problem, ValidationError
from coop_calc.model import Scenario

from ..i18n import error_text
from ..numbers import format_number
from ..undo import later
from .base import Index, SheetModel, error_brush
from .columns import parse_user_number


class DemandModel(SheetModel):
    context = "DemandModel"
    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        self._s: Scenario = doc.scenario
        doc.changed.connect(self._sync)
        doc.loaded.connect(self._reset)

    def _shape(self, s: Scenario) -> tuple:
        return tuple(s.partner_ids()), tuple(s.item_ids())

    def _reset(self) -> None:
        self.beginResetModel()
        self._s = self.doc.scenario
        self._errors.clear()
        self.endResetModel()

    def _sync(self, scenario: Scenario) -> None:
        old = self._s
        self._errors.clear()
        if self._shape(old) != self._shape(scenario):
            if len(old.partners) != len(scenario.partners) or len(old.items) != len(scenario.items):
                self.beginResetModel()
                self._s = scenario
                self.endResetModel()
                return
        self._s = scenario
        if scenario.partners and scenario.items:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        if [p.name for p in old.partners] != [p.name for p in scenario.partners] and scenario.partners:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(scenario.partners) - 1)
        if [(i.name, i.unit) for i in old.items] != [(i.name, i.unit) for i in scenario.items] and scenario.items:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(scenario.items) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._s.partners)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._s.items)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        R = Qt.ItemDataRole
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._s.items):
            it = self._s.items[section]
            if role == R.DisplayRole:
                return f"{it.name}\n({it.unit})"
            if role == R.ToolTipRole:
                total = sum(self._s.demand.get((p.id, it.id), 0.0) for p in self._s.partners)
                return self.tr("{item}: pool total {quantity} {unit}").format(
                    item=it.name, quantity=format_number(total, self.locale()), unit=it.unit)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._s.partners):
            if role == R.DisplayRole:
                return self._s.partners[section].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _ids(self, row: int, col: int) -> tuple[str, str]:
        return self._s.partners[row].id, self._s.items[col].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= self.columnCount():
            return None
        R = Qt.ItemDataRole
        q = float(self._s.demand.get(self._ids(index.row(), index.column()), 0.0))
        if role == R.DisplayRole:
            return format_number(q, self.locale()) if q else ""
        if role == R.EditRole:
            return q
        if role == R.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == R.ToolTipRole:
            err = self.cell_error(index)
            if err:
                return err
            p, it = self._s.partners[index.row()], self._s.items[index.column()]
            return self.tr("{partner} needs {quantity} {unit} of {item}").format(
                partner=p.name, quantity=format_number(q, self.locale()), unit=it.unit, item=it.name)
        if role == R.BackgroundRole and self.cell_error(index):
            return error_brush()
        return None

    def _parse(self, value: Any) -> float:
        if isinstance(value, str) and not value.strip():
            return 0.0
        x = parse_user_number(value, self.locale())
        return int(x) if x.is_integer() and abs(x) < 2**53 else x

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            q = self._parse(value)
        except ValueError as e:
            return self.refuse(index, error_text(e))
        pid, iid = self._ids(index.row(), index.column())
        if q == self._s.demand.get((pid, iid), 0.0):
            return True
        p, it = self._s.partners[index.row()], self._s.items[index.column()]
        reason = self.run(SetDemand(pid, iid, q), later(lambda: self.tr("Demand of {partner} for {item}").format(
                          partner=p.name, item=it.name)),
                          merge_key=("demand", pid, iid))
        if reason:
            return self.refuse(index, reason)
        return True

    def paste_command(self, row: int, column: int, block: list[list[str]]):
        rows = min(len(block), self.rowCount() - row)
        cols = min(max(len(r) for r in block), self.columnCount() - column)
        self.note_cut(len(block) - max(rows, 0), max(len(r) for r in block) - max(cols, 0))
        if self._paste_note:  # the table has one row per partner and one column per item: it cannot grow
            self._paste_note += self.tr(" (the demand table has one row per partner and one column per item;"
                                        " add partners or items first)")
        cmds, problems = [], []
        for dr in range(rows):
            for dc in range(min(cols, len(block[dr]))):
                pid, iid = self._ids(row + dr, column + dc)
                try:
                    q = self._parse(block[dr][dc])
                    if q != self._s.demand.get((pid, iid), 0.0):  # unchanged cells are no edit
                        cmds.append(SetDemand(pid, iid, q))
                except ValueError as e:
                    problems.append(Problem(self.tr("Demand of {partner} for {item}").format(
                        partner=repr(self._s.partners[row + dr].name), item=repr(self._s.items[column + dc].name)),
                        error_text(e)))
        if problems:
            raise ValidationError(problems)
        if not cmds:
            return None
        return Batch(tuple(cmds)), later(lambda: self.tr("Paste {rows}×{columns} demand cells").format(
            rows=rows, columns=cols))

    def clear_command(self, indexes: list[QModelIndex]):
        cmds = [SetDemand(*self._ids(i.row(), i.column()), 0) for i in indexes]
        if not cmds:
            return None
        return Batch(tuple(cmds)), later(lambda: self.tr("Clear {count} demand cells").format(count=len(cmds)))
