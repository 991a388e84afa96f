"""The few modal questions the application asks, in one place (tests replace these functions).
Their texts are in the ``"Dialogs"`` translation context; the standard buttons come from Qt's own
translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def _filter() -> str:
    return (QCoreApplication.translate("Dialogs", "CoopCalc scenarios (*.coop.json *.json)") + ";;"
            + QCoreApplication.translate("Dialogs", "All files (*)"))


def ask_save_changes(parent: QWidget, name: str) -> str:
    """"save", "discard" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "Unsaved changes"),
                      QCoreApplication.translate("Dialogs", "Save the changes to {name} before closing it?").format(
                          name=name),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate("Dialogs", "Your changes are lost if you don't save them."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


def open_path(parent: QWidget, directory: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Open scenario"), directory,
                                          _filter())
    return path or None


def save_path(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Dialogs", "Save scenario as"),
                                          suggested, _filter())
    return path or None


def show_error(parent: QWidget, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def ask_recover(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("Dialogs", "Recover unsaved work"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A line of text (e.g. a new name), or None when cancelled. The dialog is made wide enough for its
    own title and the text, so the window manager does not cut the title off."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    fm = dialog.fontMetrics()
    # room for the title beside the window buttons, and for the current text in the field; the dialog's
    # layout fixes its size from its contents, so the width is given to the text field
    width = max(380, fm.horizontalAdvance(title) + 160, fm.horizontalAdvance(text) + 80)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        layout = dialog.layout()
        field.setMinimumWidth(width - 2 * layout.contentsMargins().left() if layout is not None else width)
    dialog.setMinimumWidth(width)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
