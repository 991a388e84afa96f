"""Live results: the savings overview and the chosen rule's split, recomputed off the GUI thread.

Every change of the scenario requests a new analysis from the one :class:`~ui.tasks.TaskRunner`;
the newest request wins. The overview needs only the chosen rule, so it is computed first; every
rule (the comparison, with the nucleolus) follows when no newer edit is waiting. While it runs the old figures stay visible (marked as updating). A
scenario the engine cannot compute shows the engine's reason here instead of figures (the engine's
reasons are English; the panel's own words follow the interface language).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coop_calc.errors import ValidationError
from coop_calc.exchange.texts import rule_explanation, rule_title
from coop_calc.model import Scenario

from .. import i18n
from ..document import Document
from ..models.results import PartnerResultsModel, RuleComparisonModel
from ..numbers import format_money, format_percent
from ..processes import analysed
from ..table_fit import follow_model
from ..tasks import TaskRunner

log = logging.getLogger(__name__)


def compute(scenario: Scenario, every_rule: bool = True):
    """Runs in a worker thread: the engine's analysis of an immutable scenario — only the scenario's
    own rule (what the overview shows, fast) or every rule (for the comparison) — made in the analysis
    process (:mod:`ui.processes`), so that the window keeps the interpreter to itself."""
    return every_rule, analysed(scenario, rules=None if every_rule else [scenario.sharing.rule])


def _table(model, fit: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(60)
    if fit:
        follow_model(view)
    return view


class ResultsPanel(QWidget):
    #: emitted in the GUI thread whenever new results (or a refusal) are shown
    updated = Signal()

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.analysis = None
        self.error: str | None = None
        #: the scenario whose results (or refusal) are on screen, and whether every rule is computed
        self.shown_for: Scenario | None = None
        self.complete = False
        self._requested: Scenario | None = None
        self.last_refresh_ms: float | None = None
        self._requested_at = 0.0
        self._unfilled = False  # results came while hidden behind the result pages (see showEvent)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.runner.busyChanged.connect(self._busy)

        self.status = QLabel()
        self.status.setForegroundRole(self.status.foregroundRole())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet("QLabel { border: 1px solid #c08030; border-radius: 4px; padding: 8px;"
                                   " background: rgba(230, 160, 40, 40); }")
        self.problem.hide()

        self.summary = QGridLayout()
        self.summary.setColumnStretch(0, 1)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for row, key in enumerate(("alone", "purchase", "coordination", "pooled", "savings")):
            label = self.captions[key] = QLabel()
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "savings":
                f = value.font()
                f.setBold(True)
                f.setPointSizeF(f.pointSizeF() * 1.25)
                value.setFont(f)
                label.setFont(f)
            self.summary.addWidget(label, row, 0)
            self.summary.addWidget(value, row, 1)
            self.values[key] = value

        self.partners = PartnerResultsModel(self)
        self.partner_view = _table(self.partners)
        self.partner_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rules = RuleComparisonModel(self)
        self.rules_view = _table(self.rules, fit=False)
        header = self.rules_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().height() * 2 + 10)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(112)
        self.rules.modelReset.connect(lambda: self.rules_view.setColumnWidth(0, 170))

        self.split_title = QLabel()
        f = self.split_title.font()
        f.setBold(True)
        self.split_title.setFont(f)
        self.split_text = QLabel()
        self.split_text.setWordWrap(True)
        self.split_text.setTextFormat(Qt.TextFormat.RichText)

        overview = QWidget()
        lay = QVBoxLayout(overview)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(self.summary)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay.addWidget(line)
        lay.addWidget(self.split_title)
        lay.addWidget(self.partner_view)
        lay.addWidget(self.split_text)
        lay.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(overview, "")
        self.tabs.addTab(self.rules_view, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

        doc.changed.connect(self.request)
        self.retranslate()
        self.request(doc.scenario)

    def retranslate(self) -> None:
        for key, text in (("alone", self.tr("Stand-alone cost (all partners)")),
                          ("purchase", self.tr("Pooled purchase cost")), ("coordination", self.tr("Coordination cost")),
                          ("pooled", self.tr("Pooled cost")), ("savings", self.tr("Savings"))):
            self.captions[key].setText(text)
        self.tabs.setTabText(0, self.tr("Savings and split"))
        self.tabs.setTabText(1, self.tr("Compare rules"))
        if self.analysis is not None:  # numbers and rule names in the new language
            self._fill(self.analysis)
            if self.complete:
                self.rules.set_analysis(self.analysis)
        if not self.runner.busy:
            self.status.setText(self._status_text())
        if self.error is not None:
            self.problem.setText(self.tr("No results for this scenario:") + "\n" + (i18n.again(self.error) or ""))
        self.partners.retranslate()
        self.rules.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._unfilled and self.analysis is not None:
            self._unfilled = False
            self._fill(self.analysis)
            if self.complete:
                self.rules.set_analysis(self.analysis)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- requests and answers -----------------------------------------------------------------
    def request(self, scenario: Scenario) -> None:
        self._requested_at = time.perf_counter()
        self._requested = scenario
        self.runner.submit(compute, scenario, False)

    def _busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Updating…") if busy else self._status_text())

    def _status_text(self) -> str:
        if self.error or self.analysis is None:
            return ""
        n = self.analysis.scenario.n
        partners = self.tr("1 partner") if n == 1 else self.tr("{count} partners").format(count=n)
        return self.tr("{partners}, {items} items").format(partners=partners, items=len(self.analysis.scenario.items))

    def _show(self, result) -> None:
        every_rule, analysis = result
        if not every_rule:
            self.last_refresh_ms = (time.perf_counter() - self._requested_at) * 1000
        self.analysis, self.error, self.shown_for = analysis, None, self._requested
        self.complete = every_rule
        self.problem.hide()
        self.tabs.setEnabled(True)
        # hidden behind the result pages, which show everything in its place: filled when shown
        self._unfilled = self.window().isVisible() and not self.isVisible()
        if not self._unfilled:
            self._fill(analysis)
            if every_rule:
                self.rules.set_analysis(analysis)
        self.rules_view.setEnabled(every_rule)
        if every_rule:
            self.status.setText(self._status_text())
        self.updated.emit()
        if not every_rule:  # after the pages are fed: started before, it took the interpreter from them
            self.runner.submit(compute, analysis.scenario, True)

    def _failed(self, exc: Exception) -> None:
        self.last_refresh_ms = (time.perf_counter() - self._requested_at) * 1000
        if isinstance(exc, ValidationError):
            text: str = i18n.Said(lambda: exc.summary(limit=8, lang=i18n.language()))
        else:
            log.error("results could not be computed", exc_info=exc)
            text = self.tr("The results could not be computed ({error}).").format(
                error=f"{type(exc).__name__}: {exc}")
        self.analysis, self.error, self.shown_for, self.complete = None, text, self._requested, True
        self.problem.setText(self.tr("No results for this scenario:") + "\n" + text)
        self.problem.show()
        self.tabs.setEnabled(False)
        self.status.setText("")
        self.updated.emit()

    # ---- filling the views --------------------------------------------------------------------
    def _fill(self, a) -> None:
        r = a.savings
        loc = QLocale()

        def money(x: float) -> str:
            return format_money(x, r.currency, loc)

        self.values["alone"].setText(money(r.total_standalone_cost))
        self.values["purchase"].setText(money(r.purchase_cost))
        self.values["coordination"].setText(money(r.coordination_cost))
        self.values["pooled"].setText(money(r.pooled_cost))
        self.values["savings"].setText(f"{money(r.savings)}  ({format_percent(r.savings_pct, loc, 1)})")
        self.partners.set_analysis(a)
        self._fit_height(self.partner_view)
        rule = a.chosen_rule
        split = a.chosen_split()
        self.split_title.setText(self.tr("Each partner's cost under the rule: {rule}").format(
            rule=rule_title(rule, i18n.language())))
        self.split_text.setText(self._diagnosis(a, split, money))

    @staticmethod
    def _fit_height(view: QTableView, most: int = 16) -> None:
        """Show every row (up to ``most``) without an empty area below the table."""
        rows = min(view.model().rowCount(), most)
        height = view.horizontalHeader().height() + 2 * view.frameWidth()
        height += sum(view.rowHeight(r) for r in range(rows))
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().height()
        view.setFixedHeight(height + 2)

    def _diagnosis(self, a, split, money) -> str:
        rule = a.chosen_rule
        lines = [f"<i>{rule_explanation(rule, i18n.language())}</i>"]
        if a.scenario.n < 2:
            lines.append(self.tr("A pool needs at least two partners."))
            return "<br>".join(lines)
        if split is None:
            lines.append(self.tr("Splits are computed exactly for pools of up to 22 partners."))
            return "<br>".join(lines)
        ok, bad = "<b style='color:#2e8b3a'>✓</b>", "<b style='color:#c03030'>✗</b>"
        if split.in_core:
            lines.append(f"{ok} " + self.tr("Stable (in the core): No group of partners would save more by leaving"
                                            " and buying together on its own."))
        elif split.in_core is False:
            names = [a.scenario.partners[i].name for i in split.max_complaint_coalition]
            group = " + ".join(names) if names else self.tr("a group")
            lines.append(f"{bad} " + self.tr("Not stable: {group} would save {amount} more by buying together on"
                                             " their own.").format(group=group,
                                                                   amount=money(split.max_complaint or 0.0)))
        if split.individually_rational:
            lines.append(f"{ok} " + self.tr("No partner pays more in the pool than it would pay buying alone."))
        else:
            worse = [a.scenario.partners[i].name for i, x in enumerate(split.savings) if x < -1e-6]
            lines.append(f"{bad} " + self.tr("Pays more than alone: {partners}.").format(partners=", ".join(worse)))
        if a.splits is not None and a.splits.core_empty:
            lines.append(f"{bad} " + self.tr("No split can keep every group in the pool; about {amount} per group"
                                             " would have to be subsidised.").format(
                                                 amount=money(a.splits.least_core_value or 0.0)))
        if split.note:
            lines.append(split.note)  # the engine's note (English)
        return "<br>".join(lines)
