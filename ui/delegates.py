"""Cell editors: a plain line edit for text and numbers (locale text, no spin boxes), a combo box
for choices. What the user typed goes to the model as text; the model parses and validates it (a
number by the rule of :mod:`ui.numbers`; an entry read by the interface's thousands separator is
reported in the status bar)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .models.columns import CHOICES_ROLE, reading_text
from .numbers import plain_form


class CellDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if choices:
            combo = QComboBox(parent)
            for value, label in choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _=0, c=combo: self._commit_and_close(c))
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
            return
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            text = plain_form(float(value), QLocale())
        else:
            text = "" if value is None else str(value)
        if isinstance(editor, QLineEdit) and editor.text() == "":
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            if editor.isModified() or editor.text() != _shown(index):
                if model.setData(index, editor.text(), Qt.ItemDataRole.EditRole):
                    self._say_reading(editor.text())

    def _say_reading(self, text: str) -> None:
        """An entry such as German ``4.500`` was read by the interface's thousands separator: the
        status bar says so, with how to type the decimal reading (ui/numbers.py, rule 4)."""
        note = reading_text(text, QLocale())
        message = getattr(self.parent(), "message", None)
        if note and message is not None:
            message.emit(note)


def _shown(index: QModelIndex | QPersistentModelIndex) -> str:
    value = index.data(Qt.ItemDataRole.EditRole)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return plain_form(float(value), QLocale())
    return "" if value is None else str(value)
