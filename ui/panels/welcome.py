"""The first page: open an example pool, start a new one, open a file, or pick a recent file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import plural
from ..paths import examples


def _describe(path: Path) -> tuple[str, list[int] | None]:
    """Name and size (partners, items, quotes) of a bundled example, read without the full validation
    (fast start-up)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        name = doc["meta"]["name"]
        counts = [len(doc.get(k) or []) for k in ("partners", "items", "quotes")]
    except (OSError, ValueError, KeyError, TypeError):
        return path.name, None
    return str(name), counts


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
        self.intro = intro = QLabel()
        intro.setWordWrap(True)

        self.ex_box = ex_box = QGroupBox()
        ex_lay = QVBoxLayout(ex_box)
        self.example_buttons: list[tuple[QPushButton, str, list[int] | None]] = []
        for path in examples():
            name, counts = _describe(path)
            button = QPushButton(f"{name}\n{self._detail(counts)}" if counts else name)
            self.example_buttons.append((button, name, counts))
            button.setMinimumHeight(button.sizeHint().height() + 12)
            button.setStyleSheet("text-align: left; padding: 6px 12px;")
            button.clicked.connect(lambda _=False, p=str(path): self.openExample.emit(p))
            ex_lay.addWidget(button)

        self.start_box = start = QGroupBox()
        st_lay = QVBoxLayout(start)
        self.new_button = new = QPushButton()
        new.clicked.connect(self.newRequested)
        self.open_button = opn = QPushButton()
        opn.clicked.connect(self.openRequested)
        st_lay.addWidget(new)
        st_lay.addWidget(opn)
        st_lay.addStretch(1)

        self.recent_box = QGroupBox()
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
        self.retranslate()

    def _detail(self, counts: list[int]) -> str:
        """"5 partners, 4 items, 1 quote" in the interface language (singular and plural)."""
        n_partners, n_items, n_quotes = counts[:3]
        return ", ".join([plural(self.tr("%n partner(s)", "", n_partners), n_partners),
                          plural(self.tr("%n item(s)", "", n_items), n_items),
                          plural(self.tr("%n quote(s)", "", n_quotes), n_quotes)])

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Buy Industry 4.0 equipment together: see what pooling saves, how to split it"
                                   " fairly and what happens if things go wrong. Start with an example pool — the"
                                   " results appear as you edit."))
        self.ex_box.setTitle(self.tr("Examples"))
        for button, name, counts in self.example_buttons:
            if counts:
                button.setText(f"{name}\n{self._detail(counts)}")
        self.start_box.setTitle(self.tr("Start"))
        self.new_button.setText(self.tr("New pool"))
        self.open_button.setText(self.tr("Open a file…"))
        self.recent_box.setTitle(self.tr("Recent files"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for f in files:
            item = QListWidgetItem(f"{Path(f).name}    —    {Path(f).parent}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            item.setToolTip(f)
            self.recent.addItem(item)
        self.recent_box.setVisible(bool(files))
