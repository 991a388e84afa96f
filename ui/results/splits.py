"""Fair split: every sharing rule side by side (chart and table), whether each is fair in the three
senses a meeting argues about, what each rule does in one sentence, and the empty-core case in words."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from coop_calc import charts
from coop_calc.exchange.texts import rule_explanation, rule_title
from coop_calc.money_table import money_table
from coop_calc.splits import NUCLEOLUS_NOTE

from .common import Chart, Table, lang, money, muted, note, number, set_note_kind, table_view, yes_no


class SplitPage(QWidget):
    """Grouped bars of every rule, the split table (savings or cost per partner and rule), and a table
    of fairness diagnostics with each rule's plain-language explanation."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario: Any = None
        self.analysis: Any = None  # coop_calc.analysis.Analysis once results arrive
        self.core = note(scale=scale)
        self.chart = Chart(scale)
        self.show_label = QLabel()
        self.show_as = QComboBox()
        self.show_as.currentIndexChanged.connect(self._switch)
        self.split_model = Table(self)
        self.split_table = table_view(self.split_model)
        self.diag_model = Table(self)
        self.diag_table = table_view(self.diag_model, stretch=4)
        self.diag_table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._explain(cur.row()))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.diag_caption = QLabel()
        self.diag_caption.setWordWrap(True)
        muted(self.diag_caption)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.diag_table, 1)
        rl.addWidget(self.explanation)
        rl.addWidget(self.diag_caption)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.chart)
        top.addWidget(right)
        top.setSizes([500, 500])
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.show_label)
        row.addWidget(self.show_as)
        row.addStretch(1)
        bl.addLayout(row)
        bl.addWidget(self.split_table, 1)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(top)
        vsplit.addWidget(bottom)
        vsplit.setSizes([600, 330])
        lay = QVBoxLayout(self)
        lay.addWidget(self.core)
        lay.addWidget(vsplit, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Fair split")

    def retranslate(self) -> None:
        self.show_label.setText(self.tr("Show per partner:"))
        at = max(0, self.show_as.currentIndex())
        self.show_as.blockSignals(True)
        self.show_as.clear()
        self.show_as.addItem(self.tr("Share of the savings"), "savings")
        self.show_as.addItem(self.tr("Cost in the pool"), "cost")
        self.show_as.setCurrentIndex(at)
        self.show_as.blockSignals(False)
        self.diag_caption.setText("\n".join([
            self.tr("“Nobody pays more than alone”: no partner pays more in the pool than it would pay buying"
                    " alone."),
            self.tr("“No group better off alone”: no group of partners would save more by leaving and buying"
                    " together on its own."),
            self.tr("“Largest complaint”: the most any group would gain by leaving; zero or less means no group"
                    " has a reason to leave.")]))

    def set_results(self, scenario, analysis) -> None:
        self.scenario, self.analysis = scenario, analysis
        self.refresh()

    def refresh(self) -> None:
        self.retranslate()
        a = self.analysis
        sp = a.splits if a is not None else None
        if sp is None:
            self.core.setText(self.tr("Splits are computed for pools of 2 to 22 partners.") if a is not None
                              else self.tr("No results yet."))
            set_note_kind(self.core, "info")
            self.chart.clear()
            self.split_model.set_rows([], [])
            self.diag_model.set_rows([], [])
            return
        cur = a.savings.currency
        if sp.core_empty is None:
            self.core.setText(self.tr(
                "This pool is too large to check every group of partners; the table checks that nobody pays more"
                " than alone, and the Shapley value is estimated from random joining orders."))
            set_note_kind(self.core, "info")
        elif sp.core_empty:
            self.core.setText(self.tr(
                "No split can keep every group of partners happy: whatever the pool agrees, some group would save"
                " more on its own. Even the best split leaves a group %1 short; that amount would have to be found"
                " (for example as a subsidy or a cheaper quote) for everybody to stay. The table below shows which"
                " group complains under each rule.").replace("%1", money(sp.least_core_value, cur)))
            set_note_kind(self.core, "warn")
        else:
            self.core.setText(self.tr(
                "Good news: there are splits under which no group of partners would be better off on its own."
                " Rules marked “Yes” under “No group better off alone” are such splits."))
            set_note_kind(self.core, "good")
        self._draw_chart()
        self._fill_split_table()
        self._fill_diagnostics()

    def _switch(self) -> None:
        """'Show per partner' changed: the chart and the table both show the chosen figure."""
        if self.analysis is not None and self.analysis.splits is not None:
            self._draw_chart()
            self._fill_split_table()

    def _draw_chart(self) -> None:
        what = self.show_as.currentData() or "savings"
        self.chart.draw(charts.split_comparison, self.analysis, what=what)
        if what == "cost":
            self.chart.set_caption(self.tr("What each partner pays in the pool under every rule, beside what it would"
                                           " pay alone (grey); the chosen rule is outlined."))
        else:
            self.chart.set_caption(self.tr("Each partner's share of the savings under every rule; the chosen rule is"
                                           " outlined."))

    def _rules(self) -> list[str]:
        return list(self.analysis.splits.splits)

    def _fill_split_table(self) -> None:
        a = self.analysis
        if a is None or a.splits is None:
            return
        what = self.show_as.currentData() or "savings"
        cur = a.savings.currency
        rules = self._rules()
        t = money_table(a)  # rounded once: cost + savings = alone, and every column adds up to the cent
        cols = t.split_savings if what == "savings" else t.split_cost
        headers = [self.tr("Partner"), self.tr("Alone")] + [
            rule_title(r, lang()) + (" ✓" if r == a.chosen_rule else "") for r in rules]
        rows = []
        for i, p in enumerate(a.savings.partners):
            row = [(p.name, p.name), (money(t.standalone[i], cur), t.standalone[i])]
            row += [(money(cols[r][i], cur), cols[r][i]) for r in rules]
            rows.append(row)
        alone = t.total_standalone
        rows.append([(self.tr("Total"), ""), (money(alone, cur), alone)]
                    + [(money(t.savings if what == "savings" else t.pooled_cost, cur),
                        t.savings if what == "savings" else t.pooled_cost) for r in rules])
        self.split_model.set_rows(headers, rows, bold_rows=[len(rows) - 1])

    def _fill_diagnostics(self) -> None:
        a = self.analysis
        cur = a.savings.currency
        names = [p.name for p in a.savings.partners]
        headers = [self.tr("Rule"), self.tr("Nobody pays more than alone"), self.tr("No group better off alone"),
                   self.tr("Largest complaint"), self.tr("Group that complains most")]
        tips = ["", self.tr("No partner pays more in the pool than it would pay buying alone."),
                self.tr("No group of partners would save more by leaving and buying together on its own."),
                self.tr("The largest amount by which a group of partners would be better off on its own."), ""]
        rows = []
        for r in self._rules():
            s = a.splits.splits[r]
            title = rule_title(r, lang()) + (" ✓" if r == a.chosen_rule else "")
            complaint = s.max_complaint
            group = (charts.group_label(names, list(s.max_complaint_coalition), lang(), 80)
                     if complaint is not None and complaint > 1e-6 else self.tr("none"))
            rows.append([(title, rule_explanation(r, lang())),
                         (yes_no(s.individually_rational), s.individually_rational),
                         (yes_no(s.in_core), s.in_core),
                         (self._complaint_text(complaint, cur), complaint), (group, group)])
        self.diag_model.set_rows(headers, rows, tips=tips)
        rules = self._rules()
        self._explain(rules.index(a.chosen_rule) if a.chosen_rule in rules else 0)

    def _complaint_text(self, complaint: float | None, cur: str) -> str:
        """A positive complaint in money; none (with the margin left) when no group gains by leaving."""
        if complaint is None:
            return "–"
        if complaint > 1e-6:
            return money(complaint, cur)
        return self.tr("none (%1 to spare)").replace("%1", money(-complaint, cur))

    def _explain(self, row: int) -> None:
        """The plain-language explanation of the rule in ``row`` (the chosen rule until one is clicked)."""
        a = self.analysis
        if a is None or a.splits is None or not 0 <= row < len(self._rules()):
            self.explanation.clear()
            return
        r = self._rules()[row]
        text = rule_explanation(r, lang())
        note = a.splits.splits[r].note
        sampled = re.match(r"Estimated from ([\d,]+) random joining orders; each partner's share is within"
                           r" ±([\d,]+)", note)
        if note == NUCLEOLUS_NOTE:
            text += " " + self.tr("The pool loses money, so the split shown spreads the loss as evenly as possible.")
        elif sampled:
            text += " " + self.tr("Estimated from %1 random joining orders; each partner's share is within ±%2 (95 %"
                                  " confidence).").replace("%1", number(float(sampled.group(1).replace(",", ""))))\
                .replace("%2", money(float(sampled.group(2).replace(",", "")), a.savings.currency, 0))
        self.explanation.setText(f"<b>{rule_title(r, lang())}:</b> {text} <i>"
                                 + self.tr("(Click a rule to read how it splits.)") + "</i>")
