"""A titled sheet with a one-line hint: the partners, items and demand editors."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..models.base import SheetModel
from ..sheet import SheetView


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class TablePanel(QWidget):
    def __init__(self, model: SheetModel, hint: str, parent: QWidget | None = None, max_column: int = 300):
        super().__init__(parent)
        self.model = model
        self.max_column = max_column
        self.view = SheetView(self)
        self.view.setModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(hint_label(hint))
        layout.addWidget(self.view, 1)
        self.fit_columns()
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        for c in range(self.model.columnCount()):
            self.view.resizeColumnToContents(c)
            header.resizeSection(c, min(max(header.sectionSize(c) + 12, 80), self.max_column))
