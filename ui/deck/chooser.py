"""The coordinator's choice of slides: tick the ones to show, drag (or move with the buttons) into the
order of the meeting. The choice is saved with the scenario (its ``presentation`` field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_calc.deck import SLIDES

KEY = Qt.ItemDataRole.UserRole


translate = QCoreApplication.translate  # lupdate reads translate("Deck", "…") calls


class SlideChooser(QDialog):
    def __init__(self, chosen: tuple[str, ...], titles: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Deck", "Slides of the deck"))
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        order = list(chosen) + [k for k in SLIDES if k not in chosen]
        for key in order:
            item = QListWidgetItem(titles.get(key, key))
            item.setData(KEY, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        up, down = QPushButton(translate("Deck", "Up")), QPushButton(translate("Deck", "Down"))
        up.clicked.connect(lambda: self.move_item(-1))
        down.clicked.connect(lambda: self.move_item(1))
        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        info = QLabel(translate("Deck", "Tick the slides to show and put them in the order of the meeting."
                                        " The choice is saved with the scenario."))
        info.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addLayout(row, 1)
        lay.addWidget(buttons)
        self.resize(460, 420)

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def chosen(self) -> tuple[str, ...]:
        """The ticked slides in the list's order."""
        return tuple(self.list.item(j).data(KEY) for j in range(self.list.count())
                     if self.list.item(j).checkState() == Qt.CheckState.Checked)
