"""Table models over the scenario's JSON form, editing it only through engine commands.

A :class:`RowsModel` shows one list of the scenario document (partners, items, quotes, a quote's
tiers …) with one :class:`~ui.models.columns.Column` per field. ``DisplayRole`` is the locale text,
``EditRole`` the value (numbers as floats, in the unit shown), numbers are right-aligned. An edit is
parsed in the user's locale, turned into a :class:`~coop_calc.commands.SetField` and executed on
the document; when the text is not a number or the engine refuses the value, the cell keeps its
old value and ``refused`` carries the reason (shown at the cell and in the status bar).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from coop_calc.commands import MISSING, Batch, Command, InsertRow, RemoveRow, SetField
from coop_calc.errors import Problem, ValidationError
from coop_calc.model import Scenario
from coop_calc.parse import scenario_to_dict

from ..document import Document
from ..i18n import QT_TRANSLATE_NOOP, again, error_text, labelled_error
from ..undo import later
from .columns import CHOICES_ROLE, Column, in_context

Index = QModelIndex | QPersistentModelIndex

_cache: tuple[Scenario | None, dict] = (None, {})


def json_of(scenario: Scenario) -> dict:
    """The scenario's JSON form (cached for the last scenario: every model reads the same one)."""
    global _cache
    if _cache[0] is not scenario:
        _cache = (scenario, scenario_to_dict(scenario))
    return _cache[1]


def fresh_ids(prefix: str, taken: set, count: int) -> list[str]:
    """``count`` ids ``prefix-1``, ``prefix-2``, … not in ``taken`` (in one pass: pasting 500 rows
    must not search the list 500 times)."""
    out: list[str] = []
    k = 0
    while len(out) < count:
        k += 1
        ident = f"{prefix}-{k}"
        if ident not in taken:
            out.append(ident)
    return out


def error_brush() -> QBrush:
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    tint = QColor(220, 60, 60)
    tint.setAlpha(90 if base.lightness() < 128 else 50)
    return QBrush(tint)


class SheetModel(QAbstractTableModel):
    """What every editable table offers the sheet view: edit, paste, clear, insert, remove."""

    refused = Signal(QModelIndex, str)
    #: the translation context of the model's column titles, tips and choices
    context = "SheetModel"

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._errors: dict[tuple[int, int], str] = {}
        #: what the paste being made leaves out (rows or columns beyond the table), for the status bar
        self._paste_note = ""

    @property
    def scenario(self) -> Scenario:
        return self.doc.scenario

    @property
    def currency(self) -> str:
        return self.scenario.meta.currency

    def locale(self) -> QLocale:
        return QLocale()

    # ---- editing through commands -------------------------------------------------------------
    def run(self, command: Command, text: str, merge_key: Any = None) -> str | None:
        """Execute on the document; the refusal reason, or None when done."""
        try:
            self.doc.execute(command, text, merge_key)
        except ValidationError as e:
            return error_text(e)
        return None

    def refuse(self, index: Index, reason: str) -> bool:
        self._errors[(index.row(), index.column())] = reason
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole])
        self.refused.emit(self.index(index.row(), index.column()), reason)
        return False

    def cell_error(self, index: Index) -> str | None:
        """Why the last edit of the cell was refused, in the interface language now (or None)."""
        return again(self._errors.get((index.row(), index.column())))

    def clear_errors(self) -> None:
        self._errors.clear()

    def retranslate(self) -> None:
        """The interface language (and with it the number format) changed: views ask again."""
        rows, cols = self.rowCount(), self.columnCount()
        if cols:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
        if rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if rows and cols:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))

    # what the sheet view calls: each returns the reason for refusing, or None when done
    def paste(self, row: int, column: int, block: list[list[str]]) -> str | None:
        """Paste ``block`` with its top left at (row, column) as one undo step. Cells that do not
        fit are named in the status bar (``doc.message``); the reason is returned when refused."""
        self._paste_note = ""
        reason = self._run_made(lambda: self.paste_command(row, column, block))
        if reason is None and self._paste_note:
            self.doc.message.emit(self._paste_note)
        return reason

    def note_cut(self, rows: int, columns: int) -> None:
        """Record that ``rows`` rows and ``columns`` columns of a paste fell outside the table."""
        parts = []
        if rows > 0:
            parts.append(self.tr("1 row") if rows == 1 else self.tr("{count} rows").format(count=f"{rows:,}"))
        if columns > 0:
            parts.append(self.tr("1 column") if columns == 1 else
                         self.tr("{count} columns").format(count=f"{columns:,}"))
        if parts:
            self._paste_note = self.tr("Not pasted: {parts} of the copied cells lie outside the table").format(
                parts=self.tr(" and ").join(parts))

    def clear(self, indexes: list[QModelIndex]) -> str | None:
        return self._run_made(lambda: self.clear_command(indexes))

    def insert_row(self, row: int) -> str | None:
        return self._run_made(lambda: self.insert_command(row))

    def remove_rows(self, rows: list[int]) -> str | None:
        return self._run_made(lambda: self.remove_command(rows))

    def can_insert(self) -> bool:
        return False

    def _run_made(self, make) -> str | None:
        try:
            made = make()
        except ValidationError as e:
            return error_text(e)
        return self.run(*made) if made is not None else None

    # commands behind those operations; tables that cannot do something return None
    def paste_command(self, row: int, column: int, block: list[list[str]]) -> tuple[Command, str] | None:
        return None

    def clear_command(self, indexes: list[QModelIndex]) -> tuple[Command, str] | None:
        return None

    def insert_command(self, row: int) -> tuple[Command, str] | None:
        return None

    def remove_command(self, rows: list[int]) -> tuple[Command, str] | None:
        return None

    def copy_text(self, index: QModelIndex) -> str:
        from ..numbers import plain_form

        value = self.data(index, Qt.ItemDataRole.EditRole)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return plain_form(float(value), self.locale())
        return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


class RowsModel(SheetModel):
    """Rows of one JSON list at ``table`` (a path into the scenario document)."""

    columns: list[Column] = []
    #: what one row and several rows are called in undo texts and messages ("partner", "partners"),
    #: English source texts in the model's context
    noun = QT_TRANSLATE_NOOP("RowsModel", "row")
    nouns = QT_TRANSLATE_NOOP("RowsModel", "rows")
    #: the list is one of the document's top-level tables that default_row() can fill
    insertable = True

    def __init__(self, doc: Document, parent=None):
        super().__init__(doc, parent)
        self._rows: list[dict] = self.rows_of(doc.scenario)
        doc.changed.connect(self._sync)
        doc.loaded.connect(self._reset)

    # ---- the rows -----------------------------------------------------------------------------
    def table(self) -> tuple:
        """Path of the list in the document (may depend on state, e.g. the selected quote)."""
        raise NotImplementedError

    def rows_of(self, scenario: Scenario) -> list[dict]:
        node: Any = json_of(scenario)
        try:
            for key in self.table():
                node = node[key]
        except (KeyError, IndexError, TypeError):
            return []
        return list(node) if isinstance(node, list) else []

    def can_insert(self) -> bool:
        return self.insertable

    def noun_text(self, plural: bool = False) -> str:
        return in_context(self.context, self.nouns if plural else self.noun)

    def row_data(self, row: int) -> dict:
        return self._rows[row]

    def new_rows(self, count: int, at: int) -> list[dict]:
        """``count`` valid new rows to insert at ``at`` (unique ids)."""
        raise NotImplementedError

    def row_limit(self) -> int | None:
        """The most rows the list may hold (the engine's limit), None when unlimited."""
        from coop_calc.parse import LIMITS, MAX_CORRELATIONS, MAX_TIERS

        t = self.table()
        if len(t) == 1:
            return LIMITS.get(t[0])
        if t and t[-1] == "tiers":
            return MAX_TIERS
        if t == ("risk", "correlations"):
            return MAX_CORRELATIONS
        return None

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = self.rows_of(self.doc.scenario)
        self._errors.clear()
        self.endResetModel()

    def _sync(self, scenario: Scenario) -> None:
        """Follow the document with the smallest change Qt can express, keeping the selection."""
        new = self.rows_of(scenario)
        old = self._rows
        self._errors.clear()
        if len(new) == len(old):
            self._rows = new
            if new and new != old:
                first = next(i for i in range(len(new)) if new[i] != old[i])
                last = max(i for i in range(len(new)) if new[i] != old[i])
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
            elif new:  # formats may depend on other parts (currency, item names)
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, self.columnCount() - 1))
            return
        pre = 0
        while pre < min(len(old), len(new)) and old[pre] == new[pre]:
            pre += 1
        suf = 0
        while suf < min(len(old), len(new)) - pre and old[-1 - suf] == new[-1 - suf]:
            suf += 1
        if len(new) > len(old) and pre + suf == len(old):
            self.beginInsertRows(QModelIndex(), pre, pre + len(new) - len(old) - 1)
            self._rows = new
            self.endInsertRows()
        elif len(new) < len(old) and pre + suf == len(new):
            self.beginRemoveRows(QModelIndex(), pre, pre + len(old) - len(new) - 1)
            self._rows = new
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # ---- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.label(self)
            if role == Qt.ItemDataRole.ToolTipRole:
                return col.tooltip(None, self) or None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(col.alignment())
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def value(self, row: int, col: Column) -> Any:
        """The JSON value shown in a cell (MISSING when absent)."""
        return self.row_data(row).get(col.key, MISSING)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        col = self.columns[index.column()]
        R = Qt.ItemDataRole
        if role in (R.DisplayRole, R.EditRole):
            v = self.value(index.row(), col)
            if role == R.EditRole:
                return col.edit_value(v, self)
            return col.display(v, self, self.row_data(index.row()))
        if role == R.TextAlignmentRole:
            return int(col.alignment())
        if role == R.ToolTipRole:
            err = self.cell_error(index)
            if err:
                return err
            return col.tooltip(self.value(index.row(), col), self) or None
        if role == R.BackgroundRole and self.cell_error(index):
            return error_brush()
        if role == CHOICES_ROLE:
            return col.choice_list(self) or None
        return None

    def path(self, row: int, col: Column) -> tuple:
        return self.table() + (row, col.key)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            return False
        col = self.columns[index.column()]
        try:
            new = col.parse(value, self)
        except ValueError as e:
            return self.refuse(index, labelled_error(lambda: col.label(self), e))
        if new == self.value(index.row(), col):
            return True  # nothing changed: no undo step
        path = self.path(index.row(), col)
        row = index.row()
        text = later(lambda: self.tr("Edit {noun} {row}: {column}").format(noun=self.noun_text(), row=row + 1,
                                                                          column=col.label(self)))
        reason = self.run(SetField(path, new), text, merge_key=("cell", path))
        if reason:
            return self.refuse(index, reason)
        self._errors.pop((index.row(), index.column()), None)
        return True

    # ---- sheet operations ---------------------------------------------------------------------
    def paste_command(self, row: int, column: int, block: list[list[str]]) -> tuple[Command, str] | None:
        """Existing rows get one SetField per cell; rows beyond the end are extended as Excel does,
        each inserted whole (its pasted cells filled in, so ids need no renaming) — as long as the
        list's limit allows, else the paste is refused with what fits."""
        full_width = max(len(r) for r in block)
        width = min(full_width, len(self.columns) - column)
        extra = max(0, row + len(block) - len(self._rows))
        cut_rows = 0
        cmds: list[Command] = []
        new: list[dict] = []
        if extra:
            limit = self.row_limit()
            if not self.insertable:
                cut_rows = len(block) - max(0, len(self._rows) - row)
                block = block[: max(0, len(self._rows) - row)]
            elif limit is not None and len(self._rows) + extra > limit:
                room = max(0, limit - len(self._rows))
                raise ValidationError(Problem(self.noun_text(plural=True).capitalize(), self.tr(
                    "pasting {rows} rows here would make {total} {nouns}: at most {limit} ({room} more fit)").format(
                        rows=f"{len(block):,}", total=f"{len(self._rows) + extra:,}",
                        nouns=self.noun_text(plural=True), limit=f"{limit:,}", room=f"{room:,}")))
            else:
                new = self.new_rows(extra, len(self._rows))
        self.note_cut(cut_rows, full_width - width)
        problems: list[Problem] = []
        for dr, line in enumerate(block):
            r = row + dr
            for dc in range(min(width, len(line))):
                col = self.columns[column + dc]
                if not col.editable:
                    continue
                try:
                    value = col.parse(line[dc], self)
                except ValueError as e:
                    problems.append(Problem(self.tr("Row {row}, {column}").format(row=r + 1,
                                                                                  column=col.label(self)), error_text(e)))
                    continue
                if r < len(self._rows):
                    cmds.append(SetField(self.table() + (r, col.key), value))
                elif value is MISSING:
                    new[r - len(self._rows)].pop(col.key, None)
                elif value != "" or col.key != "id":  # an empty id keeps the generated one
                    new[r - len(self._rows)][col.key] = value
            if len(problems) > 50:
                break  # enough to show what is wrong; the rest would be more of the same
        if problems:
            raise ValidationError(problems)
        cmds += [InsertRow(self.table(), len(self._rows) + k, rw) for k, rw in enumerate(new)]
        if not cmds:
            return None
        return Batch(tuple(cmds)), later(lambda: self.tr("Paste {rows}×{columns} cells into {nouns}").format(
            rows=len(block), columns=width, nouns=self.noun_text(plural=True)))

    def clear_command(self, indexes: list[QModelIndex]) -> tuple[Command, str] | None:
        cmds = [SetField(self.path(i.row(), self.columns[i.column()]), self.columns[i.column()].empty())
                for i in indexes if self.columns[i.column()].editable]
        return (Batch(tuple(cmds)), later(lambda: self.tr("Clear {count} cells").format(count=len(cmds)))) if cmds \
            else None

    def insert_command(self, row: int) -> tuple[Command, str] | None:
        if not self.insertable:
            return None
        row = max(0, min(row, len(self._rows)))
        (new,) = self.new_rows(1, row)
        return InsertRow(self.table(), row, new), later(lambda: self.tr("Insert {noun}").format(noun=self.noun_text()))

    def remove_command(self, rows: list[int]) -> tuple[Command, str] | None:
        rows = sorted({r for r in rows if 0 <= r < len(self._rows)}, reverse=True)
        if not rows or not self.insertable:
            return None
        if len(rows) == 1:
            text = later(lambda: self.tr("Remove {noun} {row}").format(noun=self.noun_text(), row=rows[0] + 1))
        else:
            text = later(lambda: self.tr("Remove {count} {nouns}").format(count=len(rows),
                                                                          nouns=self.noun_text(plural=True)))
        return Batch(tuple(RemoveRow(self.table(), r) for r in rows)), text
