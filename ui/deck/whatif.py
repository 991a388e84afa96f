"""The deck's what-if controls: coordination cost, one supplier's prices, partners in or out, Reset.

The panel only describes the question (:class:`coop_calc.deck.WhatIf`); the presentation window
computes the answer off the GUI thread. Nothing here touches the saved document. Partners and
suppliers are listed as the deck shows them (aliases when anonymous) but identified by their real
id / position, so the question asked is the same either way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coop_calc.deck import WhatIf, suppliers
from coop_calc.model import Scenario

translate = QCoreApplication.translate  # lupdate reads translate("Deck", "…") calls


class WhatIfPanel(QFrame):
    """``changed(WhatIf)`` a moment after the last edit (so typing 150 does not compute 1 and 15)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._suppliers: list[str] = []
        self._ids: list[str] = []
        self.title = QLabel()
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.coordination = QSpinBox()
        self.coordination.setRange(0, 1000)
        self.coordination.setSingleStep(25)
        self.coordination.setSuffix(" %")
        self.coordination.setValue(100)
        self.supplier = QComboBox()
        self.price = QDoubleSpinBox()
        self.price.setRange(-90.0, 200.0)
        self.price.setDecimals(0)
        self.price.setSingleStep(5.0)
        self.price.setSuffix(" %")
        self.partners = QListWidget()
        self.partners.setWordWrap(True)  # long firm names wrap in the narrow panel
        self.reset_button = QPushButton()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.coordination, self.supplier, self.price, self.partners)):
            label.setWordWrap(True)
            self.form.addRow(label, field)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(self.form, 1)
        lay.addWidget(self.reset_button)
        lay.addWidget(self.state)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self.changed.emit(self.value()))
        self.coordination.valueChanged.connect(lambda _v: self._timer.start())
        self.supplier.currentIndexChanged.connect(lambda _i: self._timer.start() if self.price.value() else None)
        self.price.valueChanged.connect(lambda _v: self._timer.start())
        self.partners.itemChanged.connect(lambda _i: self._timer.start())
        self.reset_button.clicked.connect(self.reset)
        self.retranslate()

    def retranslate(self) -> None:
        for box in (self.coordination, self.price):
            box.setLocale(QLocale())  # the number format of the language now chosen, not the one at creation
        self.title.setText(translate("Deck", "What if …"))
        labels = [translate("Deck", "Coordination cost (100 % = as entered)"), translate("Deck", "Supplier"),
                  translate("Deck", "Its prices change by"),
                  translate("Deck", "Partners in the pool")]
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.reset_button.setText(translate("Deck", "Reset (R)"))
        self.reset_button.setToolTip(translate("Deck", "Back to the saved scenario"))

    def set_scenario(self, real: Scenario, shown: Scenario, anonymous: bool | None = None) -> None:
        """Offer the suppliers and partners of ``real`` labelled as in ``shown`` (same order); keeps
        the current question where it still applies. ``anonymous`` (default: ``shown`` is not
        ``real``): never a real supplier name — the cleaned names, or "Supplier 1", "Supplier 2", …
        when cleaning merged or split names so that they no longer match one to one."""
        current = self.value()
        if anonymous is None:
            anonymous = shown is not real
        self._suppliers = suppliers(real)
        shown_sup = suppliers(shown)
        if not anonymous:
            labels = self._suppliers
        elif len(shown_sup) == len(self._suppliers):
            labels = shown_sup
        else:
            labels = [translate("Deck", "Supplier %1").replace("%1", str(k + 1)) for k in range(len(self._suppliers))]
        self._ids = [p.id for p in real.partners]
        for w in (self.supplier, self.partners):
            w.blockSignals(True)
        self.supplier.clear()
        self.supplier.addItems(labels)
        if current.supplier in self._suppliers:
            self.supplier.setCurrentIndex(self._suppliers.index(current.supplier))
        self.partners.clear()
        for pid, p in zip(self._ids, shown.partners):
            item = QListWidgetItem(p.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if pid in current.left_out else Qt.CheckState.Checked)
            self.partners.addItem(item)
        for w in (self.supplier, self.partners):
            w.blockSignals(False)

    def value(self) -> WhatIf:
        i = self.supplier.currentIndex()
        out = frozenset(pid for j, pid in enumerate(self._ids)
                        if self.partners.item(j) is not None
                        and self.partners.item(j).checkState() == Qt.CheckState.Unchecked)
        return WhatIf(coordination_scale=self.coordination.value() / 100.0,
                      supplier=self._suppliers[i] if 0 <= i < len(self._suppliers) else "",
                      price_change=self.price.value() / 100.0, left_out=out)

    def reset(self) -> None:
        """Back to the saved scenario: announced at once (no delay)."""
        for w in (self.coordination, self.price, self.partners):
            w.blockSignals(True)
        self.coordination.setValue(100)
        self.price.setValue(0.0)
        for j in range(self.partners.count()):
            self.partners.item(j).setCheckState(Qt.CheckState.Checked)
        for w in (self.coordination, self.price, self.partners):
            w.blockSignals(False)
        self._timer.stop()
        self.changed.emit(self.value())

    def set_state(self, text: str) -> None:
        self.state.setText(text)
