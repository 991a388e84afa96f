"""The first page: open an example pool, start a new one, open a file, or pick a recent file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from ..paths import examples


def _describe(path: Path) -> tuple[str, str]:
    """Name and size of a bundled example, read without the full validation (fast start-up)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        name = doc["meta"]["name"]
        counts = [len(doc.get(k) or []) for k in ("partners", "items", "quotes")]
    except (OSError, ValueError, KeyError, TypeError):
        return path.name, ""
    return str(name), "{} partners, {} items, {} quotes".format(*counts)


class WelcomePage(QWidget):
    openExample = Signal(str)
    openPath = Signal(str)
    newRequested = Signal()
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel("CoopCalc")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2.2)
        f.setBold(True)
        title.setFont(f)
        intro = QLabel("Buy Industry 4.0 equipment together: see what pooling saves, how to split it fairly"
                       " and what happens if things go wrong. Start with an example pool — the results"
                       " appear as you edit.")
        intro.setWordWrap(True)

        ex_box = QGroupBox("Examples")
        ex_lay = QVBoxLayout(ex_box)
        for path in examples():
            name, detail = _describe(path)
            button = QPushButton(f"{name}\n{detail}" if detail else name)
            button.setMinimumHeight(button.sizeHint().height() + 12)
            button.setStyleSheet("text-align: left; padding: 6px 12px;")
            button.clicked.connect(lambda _=False, p=str(path): self.openExample.emit(p))
            ex_lay.addWidget(button)

        start = QGroupBox("Start")
        st_lay = QVBoxLayout(start)
        new = QPushButton("New pool")
        new.clicked.connect(self.newRequested)
        opn = QPushButton("Open a file…")
        opn.clicked.connect(self.openRequested)
        st_lay.addWidget(new)
        st_lay.addWidget(opn)
        st_lay.addStretch(1)

        self.recent_box = QGroupBox("Recent files")
        rec_lay = QVBoxLayout(self.recent_box)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.openPath.emit(item.data(Qt.ItemDataRole.UserRole)))
        rec_lay.addWidget(self.recent)

        grid = QGridLayout()
        grid.addWidget(ex_box, 0, 0)
        grid.addWidget(start, 0, 1)
        grid.addWidget(self.recent_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)

        inner = QWidget()
        inner.setMaximumWidth(860)
        lay = QVBoxLayout(inner)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addSpacing(12)
        lay.addLayout(grid)
        lay.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addWidget(inner, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for f in files:
            item = QListWidgetItem(f"{Path(f).name}    —    {Path(f).parent}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            item.setToolTip(f)
            self.recent.addItem(item)
        self.recent_box.setVisible(bool(files))
