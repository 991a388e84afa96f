"""Pool details, coordination cost and the sharing rule (with custom percentages)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coop_calc.commands import Batch, SetField
from coop_calc.exchange.texts import rule_explanation, rule_title
from coop_calc.model import COORDINATION_SHARING
from coop_calc.splits import RULE_TITLES

from .. import i18n
from ..document import Document
from ..fields import BoundCheck, BoundCombo, BoundLineEdit
from ..i18n import QT_TRANSLATE_NOOP
from ..models.columns import in_context
from ..models.percentages import PercentagesModel
from ..numbers import format_percent
from ..sheet import SheetView
from ..undo import later
from .table_panel import hint_label

#: How coordination cost is shared, and what that means (the engine's COORDINATION_EXPLANATIONS,
#: as translatable source texts)
COORDINATION_TITLES = {"rule": QT_TRANSLATE_NOOP("PoolPanel", "Inside the game (split by the rule)"),
                       "equal": QT_TRANSLATE_NOOP("PoolPanel", "Equally"),
                       "proportional_volume": QT_TRANSLATE_NOOP("PoolPanel", "By purchase volume")}
COORDINATION_HINTS = {
    "rule": QT_TRANSLATE_NOOP("PoolPanel", "Coordination cost is part of the pool's cost and is shared by the"
                                           " chosen rule."),
    "equal": QT_TRANSLATE_NOOP("PoolPanel", "Coordination cost is shared equally; the rule shares the purchase"
                                            " savings."),
    "proportional_volume": QT_TRANSLATE_NOOP("PoolPanel", "Coordination cost is shared by purchase volume; the"
                                                          " rule shares the purchase savings."),
}


class PoolPanel(QWidget):
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.fields: list = []
        self.labels: dict[str, QLabel] = {}
        self.details = QGroupBox()
        form = QFormLayout(self.details)
        self.name = self._f(BoundLineEdit(doc, ("meta", "name"), QT_TRANSLATE_NOOP("Fields", "pool name")))
        self.description = self._f(BoundLineEdit(doc, ("meta", "description"),
                                                 QT_TRANSLATE_NOOP("Fields", "description")))
        self.currency = self._f(BoundLineEdit(doc, ("meta", "currency"), QT_TRANSLATE_NOOP("Fields", "currency")))
        self.author = self._f(BoundLineEdit(doc, ("meta", "author"), QT_TRANSLATE_NOOP("Fields", "author")))
        self.buy_up = self._f(BoundCheck(doc, ("buy_up",), QT_TRANSLATE_NOOP("Fields", "buying up"), ""))
        for key, field in (("name", self.name), ("description", self.description), ("currency", self.currency),
                           ("author", self.author)):
            form.addRow(self._label(key), field)
        form.addRow("", self.buy_up)

        self.coord = QGroupBox()
        cform = QFormLayout(self.coord)
        self.fixed = self._f(BoundLineEdit(doc, ("coordination", "fixed"),
                                           QT_TRANSLATE_NOOP("Fields", "fixed coordination cost"), "money"))
        self.per_member = self._f(BoundLineEdit(doc, ("coordination", "per_member"),
                                                QT_TRANSLATE_NOOP("Fields", "coordination cost per member"), "money"))
        self.per_pair = self._f(BoundLineEdit(doc, ("coordination", "per_pair"),
                                              QT_TRANSLATE_NOOP("Fields", "coordination cost per pair"), "money"))
        for key, field in (("fixed", self.fixed), ("per_member", self.per_member), ("per_pair", self.per_pair)):
            cform.addRow(self._label(key), field)

        self.rule_box = QGroupBox()
        rlay = QVBoxLayout(self.rule_box)
        rform = QFormLayout()
        rform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rule = self._f(BoundCombo(doc, ("sharing", "rule"), QT_TRANSLATE_NOOP("Fields", "sharing rule"),
                                       list(RULE_TITLES.items()), before=self._choose_rule))
        self.coordination = self._f(BoundCombo(doc, ("sharing", "coordination"),
                                               QT_TRANSLATE_NOOP("Fields", "coordination sharing"),
                                               [(k, COORDINATION_TITLES[k]) for k in COORDINATION_SHARING]))
        for combo in (self.rule, self.coordination):  # long (German) choices must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        rform.addRow(self._label("rule"), self.rule)
        self.rule_hint = hint_label("")
        rform.addRow("", self.rule_hint)
        rform.addRow(self._label("coordination"), self.coordination)
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
        self.apply_btn = QPushButton()
        self.apply_btn.clicked.connect(self._apply)
        self.equal_btn = QPushButton()
        self.equal_btn.clicked.connect(self.pct.fill_equal)
        self.revert_btn = QPushButton()
        self.revert_btn.clicked.connect(self.pct.revert)
        for b in (self.apply_btn, self.equal_btn, self.revert_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.pct_total)
        self.custom_box = QWidget()
        clay = QVBoxLayout(self.custom_box)
        clay.setContentsMargins(0, 0, 0, 0)
        self.custom_caption = QLabel()
        self.custom_caption.setWordWrap(True)
        clay.addWidget(self.custom_caption)
        clay.addWidget(self.pct_view, 1)
        clay.addLayout(buttons)
        rlay.addWidget(self.custom_box, 1)

        left = QVBoxLayout()
        left.addWidget(self.details)
        left.addWidget(self.coord)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.rule_box)
        right.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 1)
        outer.addLayout(right, 1)
        self.pct.draftChanged.connect(self._draft_changed)
        doc.changed.connect(lambda _s: self._update_hints())
        self.retranslate()

    def _label(self, key: str) -> QLabel:
        self.labels[key] = QLabel()
        return self.labels[key]

    def retranslate(self) -> None:
        self.details.setTitle(self.tr("Pool"))
        self.coord.setTitle(self.tr("Coordination cost of the pool (per pool of two or more)"))
        self.rule_box.setTitle(self.tr("Sharing rule"))
        for key, text in (("name", self.tr("Name")), ("description", self.tr("Description")),
                          ("currency", self.tr("Currency")), ("author", self.tr("Author")),
                          ("fixed", self.tr("Fixed")), ("per_member", self.tr("Per member")),
                          ("per_pair", self.tr("Per pair of members")),
                          ("rule", self.tr("Split the savings by")),
                          ("coordination", self.tr("Share coordination cost"))):
            self.labels[key].setText(text)
        self.currency.set_tip(self.tr("ISO 4217 code: EUR, CHF, USD …"))
        self.buy_up.setText(self.tr("Buy up to the next tier when cheaper"))
        self.buy_up.set_tip(self.tr("With all-units prices, ordering a few more units can cost less"))
        self.per_pair.set_tip(self.tr("Communication grows with the number of pairs: n·(n−1)/2"))
        self.rule.set_labels({k: rule_title(k, i18n.language()) for k in RULE_TITLES})
        self.coordination.set_labels({k: in_context("PoolPanel", v) for k, v in COORDINATION_TITLES.items()})
        self.apply_btn.setText(self.tr("Apply percentages"))
        self.equal_btn.setText(self.tr("Equal shares"))
        self.revert_btn.setText(self.tr("Revert"))
        self.custom_caption.setText(self.tr("Custom percentages of the savings (a negotiated key; must add up to"
                                            " 100 %):"))
        for field in self.fields:  # numbers in the new format
            field.refresh()
        self._update_hints()
        self._draft_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _f(self, field):
        field.message.connect(self.message)
        self.fields.append(field)
        return field

    def _update_hints(self) -> None:
        s = self.doc.scenario
        self.rule_hint.setText(rule_explanation(s.sharing.rule, i18n.language()))
        hint = COORDINATION_HINTS.get(s.sharing.coordination)
        self.coord_hint.setText(in_context("PoolPanel", hint) if hint else "")
        self.custom_box.setVisible(s.sharing.rule == "custom" or bool(s.sharing.custom_percentages))

    def _draft_changed(self) -> None:
        total = self.pct.total()
        ok = abs(total - 100.0) <= 1e-6
        text = self.tr("Total: {percent}").format(percent=format_percent(round(total, 4)))
        self.pct_total.setText(text if ok else text + "  " + self.tr("(needs 100 %)"))
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
            return self.tr("Add partners first")
        equal = {p.id: 100.0 / n for p in self.doc.scenario.partners}
        try:
            self.doc.execute(Batch((SetField(("sharing", "custom_percentages"), equal),
                                    SetField(("sharing", "rule"), "custom"))),
                             later(lambda: self.tr("Use custom percentages")))
        except Exception as e:  # ValidationError: shown at the field
            return i18n.error_text(e)
        return None


