"""The few modal questions the application asks, in one place (tests replace these functions).
Their texts are in the ``"Dialogs"`` translation context; the standard buttons come from Qt's own
translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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
