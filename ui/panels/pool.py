"""Pool details, coordination cost and the sharing rule (with custom percentages)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from coop_calc.commands import Batch, SetField
from coop_calc.model import COORDINATION_SHARING
from coop_calc.splits import COORDINATION_EXPLANATIONS, EXPLANATIONS, RULE_TITLES

from ..document import Document
from ..fields import BoundCheck, BoundCombo, BoundLineEdit
from ..models.percentages import PercentagesModel
from ..numbers import format_percent
from ..sheet import SheetView
from .table_panel import hint_label

COORDINATION_TITLES = {"rule": "Inside the game (split by the rule)", "equal": "Equally",
                       "proportional_volume": "By purchase volume"}


class PoolPanel(QWidget):
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.fields: list = []
        details = QGroupBox("Pool")
        form = QFormLayout(details)
        form.addRow("Name", self._f(BoundLineEdit(doc, ("meta", "name"), "pool name")))
        form.addRow("Description", self._f(BoundLineEdit(doc, ("meta", "description"), "description")))
        form.addRow("Currency", self._f(BoundLineEdit(doc, ("meta", "currency"), "currency",
                                                      tip="ISO 4217 code: EUR, CHF, USD …")))
        form.addRow("Author", self._f(BoundLineEdit(doc, ("meta", "author"), "author")))
        form.addRow("", self._f(BoundCheck(doc, ("buy_up",), "buying up", "Buy up to the next tier when cheaper",
                                           tip="With all-units prices, ordering a few more units can cost less")))

        coord = QGroupBox("Coordination cost of the pool (per pool of two or more)")
        cform = QFormLayout(coord)
        cform.addRow("Fixed", self._f(BoundLineEdit(doc, ("coordination", "fixed"), "fixed coordination cost",
                                                    "money")))
        cform.addRow("Per member", self._f(BoundLineEdit(doc, ("coordination", "per_member"),
                                                         "coordination cost per member", "money")))
        cform.addRow("Per pair of members", self._f(BoundLineEdit(
            doc, ("coordination", "per_pair"), "coordination cost per pair", "money",
            tip="Communication grows with the number of pairs: n·(n−1)/2")))

        rule = QGroupBox("Sharing rule")
        rlay = QVBoxLayout(rule)
        rform = QFormLayout()
        self.rule = self._f(BoundCombo(doc, ("sharing", "rule"), "sharing rule", list(RULE_TITLES.items()),
                                       before=self._choose_rule))
        self.coordination = self._f(BoundCombo(doc, ("sharing", "coordination"), "coordination sharing",
                                               [(k, COORDINATION_TITLES[k]) for k in COORDINATION_SHARING]))
        rform.addRow("Split the savings by", self.rule)
        self.rule_hint = hint_label("")
        rform.addRow("", self.rule_hint)
        rform.addRow("Share coordination cost", self.coordination)
        self.coord_hint = hint_label("")
        rform.addRow("", self.coord_hint)
        rlay.addLayout(rform)

        self.pct = PercentagesModel(doc, self)
        self.pct_view = SheetView()
        self.pct_view.setModel(self.pct)
        self.pct_view.message.connect(self.message)
        self.pct_view.setMinimumHeight(140)
        self.pct_total = QLabel()
        buttons = QHBoxLayout()
        self.apply_btn = QPushButton("Apply percentages")
        self.apply_btn.clicked.connect(self._apply)
        equal = QPushButton("Equal shares")
        equal.clicked.connect(self.pct.fill_equal)
        revert = QPushButton("Revert")
        revert.clicked.connect(self.pct.revert)
        for b in (self.apply_btn, equal, revert):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.pct_total)
        self.custom_box = QWidget()
        clay = QVBoxLayout(self.custom_box)
        clay.setContentsMargins(0, 0, 0, 0)
        clay.addWidget(QLabel("Custom percentages of the savings (a negotiated key; must add up to 100 %):"))
        clay.addWidget(self.pct_view, 1)
        clay.addLayout(buttons)
        rlay.addWidget(self.custom_box, 1)

        left = QVBoxLayout()
        left.addWidget(details)
        left.addWidget(coord)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(rule)
        right.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 1)
        outer.addLayout(right, 1)
        self.pct.draftChanged.connect(self._draft_changed)
        doc.changed.connect(lambda _s: self._update_hints())
        self._update_hints()
        self._draft_changed()

    def _f(self, field):
        field.message.connect(self.message)
        self.fields.append(field)
        return field

    def _update_hints(self) -> None:
        s = self.doc.scenario
        self.rule_hint.setText(EXPLANATIONS.get(s.sharing.rule, ""))
        self.coord_hint.setText(COORDINATION_EXPLANATIONS.get(s.sharing.coordination, ""))
        self.custom_box.setVisible(s.sharing.rule == "custom" or bool(s.sharing.custom_percentages))

    def _draft_changed(self) -> None:
        total = self.pct.total()
        ok = abs(total - 100.0) <= 1e-6
        self.pct_total.setText(f"Total: {format_percent(round(total, 4))}" + ("" if ok else "  (needs 100 %)"))
        self.pct_total.setStyleSheet("" if ok or not self.pct.draft else "color: #c03030;")
        self.apply_btn.setEnabled(self.pct.is_dirty())

    def _apply(self) -> None:
        reason = self.pct.apply()
        if reason:
            self.message.emit(reason.replace("\n", "; "))
            self.pct_total.setToolTip(reason)

    def _choose_rule(self, value: str):
        """Choosing "custom" without percentages starts from equal shares, in the same undo step."""
        if value != "custom" or self.doc.scenario.sharing.custom_percentages:
            return False
        n = self.doc.scenario.n
        if not n:
            return "Add partners first"
        equal = {p.id: 100.0 / n for p in self.doc.scenario.partners}
        try:
            self.doc.execute(Batch((SetField(("sharing", "custom_percentages"), equal),
                                    SetField(("sharing", "rule"), "custom"))),
                             "Use custom percentages")
        except Exception as e:  # ValidationError: shown at the field
            return str(e)
        return None


