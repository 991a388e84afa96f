"""A table view that behaves like a spreadsheet.

Enter moves down, Tab moves right; typing starts editing; a block copied from Excel (tab-separated
lines) pastes in one undo step; Delete clears the selected cells (or removes whole selected rows);
Insert or Ctrl++ inserts a row, Ctrl+− removes the selected rows. A refused entry shows its reason
at the cell and in the status bar (``message``).
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QToolTip,
    QWidget,
)

from .delegates import CellDelegate
from .i18n import error_text
from .models.base import SheetModel
from .models.columns import reading_text
from .numbers import ConventionConflict, block_convention, block_decimal

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


#: The longest clipboard cell pasted (the longest text a scenario field holds is 2,000 characters;
#: csv refuses cells over 128 KB with an error of its own).
MAX_CELL = 100_000


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text (Excel: tab between cells, newline after each row; a cell
    holding a tab, newline or quote is quoted the way CSV does it). Raises ValueError with a reason
    for the user when a cell is longer than MAX_CELL characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    too_long = QCoreApplication.translate(
        "SheetView", "the clipboard holds a cell of more than {count} characters; copy smaller cells").format(
            count=f"{MAX_CELL:,}")
    try:
        rows = [row if row else [""] for row in csv.reader(io.StringIO(text), delimiter="\t")]
    except csv.Error:  # a cell beyond csv's field size limit (128 KB)
        raise ValueError(too_long) from None
    if any(len(cell) > MAX_CELL for row in rows for cell in row):
        raise ValueError(too_long)
    return rows


def selection_text(view: QTableView) -> str:
    """The selected block as tab-separated lines (what Excel expects), numbers without group signs."""
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes:
        return ""
    rows = sorted({i.row() for i in indexes})
    cols = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}
    model = view.model()
    lines = []
    for r in rows:
        cells = []
        for c in cols:
            if (r, c) not in chosen:
                cells.append("")
                continue
            idx = model.index(r, c)
            if isinstance(model, SheetModel):
                cells.append(model.copy_text(idx))
            else:
                cells.append(str(idx.data(Qt.ItemDataRole.DisplayRole) or ""))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


class SheetView(QTableView):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.actions_ = self._make_actions()

    # ---- actions (shortcuts active while the table has focus) ---------------------------------
    def _make_actions(self) -> dict[str, QAction]:
        def act(keys: list, slot) -> QAction:
            a = QAction(self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        K = QKeySequence.StandardKey
        actions = {
            "copy": act([K.Copy], self.copy),
            "cut": act([K.Cut], self.cut),
            "paste": act([K.Paste], self.paste),
            "insert": act([Qt.Key.Key_Insert, "Ctrl++", "Ctrl+="], self.insert_row),
            "remove": act(["Ctrl+-"], self.remove_rows),
            "clear": act([K.Delete], self.delete),
        }
        self._name_actions(actions)
        return actions

    def _name_actions(self, actions: dict[str, QAction]) -> None:
        actions["copy"].setText(self.tr("&Copy"))
        actions["cut"].setText(self.tr("Cu&t"))
        actions["paste"].setText(self.tr("&Paste"))
        actions["insert"].setText(self.tr("&Insert row"))
        actions["remove"].setText(self.tr("&Remove rows"))
        actions["clear"].setText(self.tr("C&lear cells"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "actions_"):
            self._name_actions(self.actions_)
            m = self.model()
            if hasattr(m, "retranslate"):
                m.retranslate()  # headers, choice labels and numbers in the new language
        super().changeEvent(event)

    def setModel(self, model) -> None:  # noqa: N802 - Qt name
        old = self.model()
        if isinstance(old, SheetModel):
            old.refused.disconnect(self._show_refusal)
        super().setModel(model)
        if isinstance(model, SheetModel):
            model.refused.connect(self._show_refusal)
        self._update_actions()

    def _update_actions(self) -> None:
        m = self.model()
        can = isinstance(m, SheetModel) and m.can_insert()
        self.actions_["insert"].setEnabled(can)
        self.actions_["remove"].setEnabled(can)

    # ---- operations ---------------------------------------------------------------------------
    def sheet(self) -> SheetModel | None:
        m = self.model()
        return m if isinstance(m, SheetModel) else None

    def _report(self, reason: str | None, where: QModelIndex | None = None) -> None:
        if reason:
            self._tooltip(where or self.currentIndex(), reason)
            self.message.emit(reason.replace("\n", "; "))

    def copy(self) -> None:
        text = selection_text(self)
        if text:
            QGuiApplication.clipboard().setText(text)

    def cut(self) -> None:
        self.copy()
        self.delete(clear_only=True)

    def paste(self) -> None:
        m, cur = self.sheet(), self.currentIndex()
        text = QGuiApplication.clipboard().text()
        if m is None or not text:
            return
        if not cur.isValid():
            cur = m.index(0, 0)
        try:
            block = parse_block(text)
        except ValueError as e:
            self._report(error_text(e), cur)
            return
        top, left = max(cur.row(), 0), max(cur.column(), 0)
        try:  # one convention for all number cells of the block (ui/numbers.py, rule 5)
            sign = block_convention(((top + r, left + c), cell) for r, row in enumerate(block)
                                    for c, cell in enumerate(row))
        except ConventionConflict as e:
            self._report(self._conflict_reason(e), m.index(min(e.cell[0], m.rowCount() - 1), e.cell[1]))
            return
        with block_decimal(sign):
            reason = m.paste(top, left, block)
        self._report(reason, cur)
        if sign is None and not reason:  # say how an entry like 4.500 was read (interface convention)
            notes = (reading_text(cell, m.locale()) for row in block for cell in row)
            note = next((n for n in notes if n), None)
            if note:
                self.message.emit(note)
        if cur.isValid():
            rows = min(len(block), m.rowCount() - cur.row())
            cols = min(max(len(r) for r in block), m.columnCount() - cur.column())
            if rows > 0 and cols > 0:
                sel = QItemSelection(m.index(cur.row(), cur.column()),
                                     m.index(cur.row() + rows - 1, cur.column() + cols - 1))
                self.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _conflict_reason(self, e: ConventionConflict) -> str:
        m = self.model()

        def place(cell: tuple[int, int]) -> str:
            title = str(m.headerData(cell[1], Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            return self.tr("row {row}, {column}").format(row=cell[0] + 1, column=title.split("\n")[0] or cell[1] + 1)

        return self.tr("Not pasted: {text} ({place}) and {first} ({first_place}) use different decimal signs"
                       " (1,234.5 or 1.234,5); copy the block in one convention").format(
                           text=e.text, place=place(e.cell), first=e.first_text, first_place=place(e.first))

    def _full_rows(self) -> list[int]:
        sm = self.selectionModel()
        return [i.row() for i in sm.selectedRows()] if sm else []

    def delete(self, clear_only: bool = False) -> None:
        m = self.sheet()
        if m is None:
            return
        rows = self._full_rows()
        if rows and not clear_only and m.can_insert():
            self._report(m.remove_rows(rows))
            return
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        self._report(m.clear([i for i in indexes if i.isValid()]))

    def insert_row(self) -> None:
        m = self.sheet()
        if m is None or not m.can_insert():
            return
        cur = self.currentIndex()
        row = cur.row() + 1 if cur.isValid() else m.rowCount()
        reason = m.insert_row(row)
        self._report(reason)
        if not reason:
            self.setCurrentIndex(m.index(min(row, m.rowCount() - 1), max(cur.column(), 0)))

    def remove_rows(self) -> None:
        m = self.sheet()
        if m is None or not m.can_insert():
            return
        rows = self._full_rows() or sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        self._report(m.remove_rows(rows))

    # ---- keys: Enter moves down like a spreadsheet --------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self._move(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the editor
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move(1)
            return
        super().closeEditor(editor, hint)

    def _move(self, step: int) -> None:
        cur = self.currentIndex()
        m = self.model()
        if m is None or not cur.isValid():
            return
        row = min(max(cur.row() + step, 0), m.rowCount() - 1)
        self.setCurrentIndex(m.index(row, cur.column()))

    # ---- context menu and messages ------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = QMenu(self)
        for name in ("cut", "copy", "paste", "clear"):
            menu.addAction(self.actions_[name])
        m = self.sheet()
        if m is not None and m.can_insert():
            menu.addSeparator()
            menu.addAction(self.actions_["insert"])
            menu.addAction(self.actions_["remove"])
        menu.exec(event.globalPos())

    def _show_refusal(self, index: QModelIndex, reason: str) -> None:
        self._tooltip(index, reason)
        self.message.emit(reason.replace("\n", "; "))

    def _tooltip(self, index: QModelIndex, text: str) -> None:
        if not index.isValid():
            rect = self.viewport().rect()
            pos = rect.topLeft()
        else:
            rect = self.visualRect(index)
            pos = rect.bottomLeft() + QPoint(0, 2)
        QToolTip.showText(self.viewport().mapToGlobal(pos), text, self.viewport(), rect, 10_000)
