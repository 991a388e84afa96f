"""A titled sheet with a one-line hint: the partners, items and demand editors.

The owner sets the hint (``set_hint``) and sets it again when the language changes; the columns are
fitted again after a language change (headers change width)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..models.base import SheetModel
from ..sheet import SheetView


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


#: Columns fitted to their contents (sampling a few rows); wider tables (a demand table of 500 items)
#: fit the rest to their titles only, so that a reset never blocks the window for long.
FIT_COLUMNS = 40
FIT_ROWS = 25


class TablePanel(QWidget):
    def __init__(self, model: SheetModel, hint: str = "", parent: QWidget | None = None, max_column: int = 300):
        super().__init__(parent)
        self.model = model
        self.max_column = max_column
        self.view = SheetView(self)
        self.view.setModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.hint = hint_label(hint)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.fit_columns()
        model.modelReset.connect(self.fit_columns)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.fit_columns)  # after the sheet has asked for its new headers
        super().changeEvent(event)

    def fit_columns(self) -> None:
        if not shiboken6.isValid(self.view):  # a late signal after the window was closed
            return
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)
        metrics = header.fontMetrics()
        for c in range(self.model.columnCount()):
            if c < FIT_COLUMNS:
                self.view.resizeColumnToContents(c)
                width = header.sectionSize(c)
            else:
                title = self.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                width = metrics.horizontalAdvance(str(title or "")) + 16
            header.resizeSection(c, min(max(width + 12, 80), self.max_column))
