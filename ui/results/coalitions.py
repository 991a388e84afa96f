"""Coalition explorer: the groups of partners with the largest complaints under a chosen rule, searchable
by partner name; for pools of up to 10 partners every group is listed."""

from __future__ import annotations

import re

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from coop_calc import charts
from coop_calc.charts.coalitions import FULL_TABLE_PARTNERS
from coop_calc.exchange.texts import rule_title
from coop_calc.money_table import money_table

from .common import RAW, Chart, Table, lang, money, number, table_view

#: Rows listed for larger pools (the largest complaints among the groups that match the search).
TOP_ROWS = 200


class CoalitionPage(QWidget):
    """Rule selector and partner search above a chart of the top complaints and the table of groups."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = self.analysis = None
        self.rule_label = QLabel()
        self.rule = QComboBox()
        self.rule.currentIndexChanged.connect(self._fill)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.count = QLabel()
        self.chart = Chart(scale)
        self.model = Table(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RAW)
        self.table = table_view(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        top = QHBoxLayout()
        top.addWidget(self.rule_label)
        top.addWidget(self.rule)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        box = QWidget()
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.count)
        bl.addWidget(self.table, 1)
        split.addWidget(box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.explain)
        lay.addWidget(split, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Coalitions")

    def retranslate(self) -> None:
        self.rule_label.setText(self.tr("Split by:"))
        self.search.setPlaceholderText(self.tr("Find groups with a partner: type a name (several: separate by commas)"))
        self.explain.setText(self.tr(
            "A group's complaint is what it would save by buying on its own minus what its members receive in the"
            " pool under this rule. A positive complaint means the group has a reason to leave; the pool is stable"
            " when no group has one."))

    def set_results(self, scenario, analysis) -> None:
        self.scenario, self.analysis = scenario, analysis
        self.refresh()

    def refresh(self) -> None:
        self.retranslate()
        keep = self.rule.currentData()
        self.rule.blockSignals(True)
        self.rule.clear()
        a = self.analysis
        if a is not None and a.splits is not None and a.costs is not None:
            for r in a.splits.splits:
                self.rule.addItem(rule_title(r, lang()), r)
            at = self.rule.findData(keep if keep is not None else a.chosen_rule)
            self.rule.setCurrentIndex(at if at >= 0 else max(0, self.rule.findData(a.chosen_rule)))
        self.rule.blockSignals(False)
        self._fill()

    def matching_partners(self) -> list[int]:
        """Per search term, the mask of partners whose name contains it (case-insensitive)."""
        if self.analysis is None:
            return []
        names = [p.name.casefold() for p in self.analysis.savings.partners]
        masks = []
        for term in re.split(r"[,+&;]", self.search.text()):
            term = term.strip().casefold()
            if term:
                masks.append(sum(1 << i for i, nm in enumerate(names) if term in nm))
        return masks

    def _fill(self) -> None:
        a = self.analysis
        rule = self.rule.currentData()
        if a is None or a.splits is None or a.costs is None or rule is None:
            self.chart.clear()
            self.model.set_rows([], [])
            self.count.setText(self.tr("The coalition explorer needs the full game (pools of 2 to 22 partners).")
                               if a is not None else self.tr("No results yet."))
            return
        n = a.scenario.n
        cur = a.savings.currency
        masks = self.matching_partners()  # the search filters the chart as well as the table
        self.chart.draw(charts.complaints_chart, a, rule, include_any=masks)
        worst = a.splits.splits[rule].max_complaint
        self.chart.set_caption(
            self.tr("Red bars: groups that would gain by leaving under this rule; green: groups that are better off"
                    " in the pool.") + " " +
            (self.tr("Under this rule no group would gain by leaving.") if worst is not None and worst <= 1e-6 else
             self.tr("Under this rule some groups would gain by leaving.")))
        table = None if 0 in masks else charts.coalition_table(
            a, rule, None if n <= FULL_TABLE_PARTNERS else TOP_ROWS, include_any=masks)
        names = [p.name for p in a.savings.partners]
        short = charts.short_names(names) if n > 3 else names
        headers = [self.tr("Group"), self.tr("Partners"), self.tr("Cost together"), self.tr("Cost alone"),
                   self.tr("Savings together"), self.tr("Savings received"), self.tr("Complaint")]
        rows = []
        full = (1 << n) - 1
        rounded = money_table(a)
        for j in range(len(table) if table is not None else 0):
            if int(table.masks[j]) == full:
                continue  # the whole pool cannot leave itself
            idx = table.members(j, n)
            who = ", ".join(names[i] for i in idx)
            # rounded as in every export: alone − cost = savings and savings − received = complaint, to the cent
            vals = rounded.coalition_row(int(table.masks[j]), float(table.cost[j]), rule)
            rows.append([(" + ".join(short[i] for i in idx), who), (str(int(table.size[j])), int(table.size[j]))]
                        + [(money(float(v), cur), float(v)) for v in vals])
        self.model.set_rows(headers, rows)
        total = (1 << n) - 2
        if table is None:
            query = self.search.text().strip()
            self.count.setText(self.tr("No partner's name contains “%1”.").replace("%1", query))
        elif table.complete and not masks:
            self.count.setText(self.tr("All %1 groups that could leave the pool, largest complaint first.")
                               .replace("%1", number(total)))
        elif table.complete:
            self.count.setText(self.tr("%1 groups with the partners searched for, largest complaint first.")
                               .replace("%1", number(len(rows))))
        else:
            self.count.setText(self.tr("The pool has %1 possible groups; shown are the %2 with the largest"
                                       " complaints.").replace("%1", number(total))
                               .replace("%2", number(len(rows))))
