"""Scenario comparison: the scenarios of a project (variants of one pool) side by side — savings, each
partner's cost under the scenario's rule, and risk figures for the scenarios that have been simulated.

"Duplicate" and "Rename" make a new :class:`~coop_calc.model.Project` and emit it through
``projectChanged``; the main window puts it into the document (as one undo step). Both are disabled
while partners are shown anonymously, so that aliases never end up in the user's file.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_calc import charts
from coop_calc.anonymous import anonymised_analysis
from coop_calc.model import Project

from .. import dialogs, i18n
from ..processes import analysed
from ..tasks import TaskRunner
from .common import Chart, Table, fit_height, table_view
from .comparison_table import partner_rows, scenario_rows, stability


def _analyse_all(project: Project):
    """Worker thread: every scenario's analysis (None with the reason where one cannot be computed)."""
    out: list[tuple[Any, Any]] = []
    for s in project.scenarios:
        try:
            out.append((analysed(s), ""))
        except Exception as e:  # noqa: BLE001 - one broken variant must not hide the others
            out.append((None, e))  # put into words when shown, in the language of that moment
    return project, out


def _reason(error: Any) -> str:
    """Why a variant has no analysis, in the interface language now ("" when it has one)."""
    return i18n.error_text(error) if isinstance(error, BaseException) else error


class ComparisonPage(QWidget):
    """Table and charts of every scenario of the project; Duplicate and Rename act on the project."""

    projectChanged = Signal(object)  # the new Project

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.project: Project | None = None
        self.display: Project | None = None
        self.current = 0
        self.anonymous = False
        self.analyses: list = []
        self.risks: list = []  # per scenario: a risk result or None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._computed)
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(lambda: self.duplicate(self.current))
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self._ask_rename)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.base_label = QLabel()
        self.base = QComboBox()
        self.base.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.base.activated.connect(lambda _i: self._draw())
        self.model = Table(self)
        self.table = table_view(self.model)
        self.partner_model = Table(self)
        self.partner_table = table_view(self.partner_model)
        self.costs_chart, self.partner_chart = Chart(scale), Chart(scale)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.base_label)
        top.addWidget(self.base)
        top.addWidget(self.duplicate_button)
        top.addWidget(self.rename_button)
        charts_row = QHBoxLayout()
        charts_row.addWidget(self.costs_chart, 1)
        charts_row.addWidget(self.partner_chart, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(charts_row, 1)
        lay.addWidget(self.table)
        lay.addWidget(self.partner_table)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Scenarios")

    def retranslate(self) -> None:
        self.duplicate_button.setText(self.tr("Duplicate scenario"))
        self.rename_button.setText(self.tr("Rename scenario…"))
        self.hint.setText(self.tr("Variants of the pool side by side. Duplicate the current scenario to try a"
                                  " change (another supplier, a partner less) without losing the original."))
        self.base_label.setText(self.tr("Compare with:"))
        self.base.setToolTip(self.tr("The variant the “vs base” columns compare the others with."))
        self._update_buttons()

    # ---- inputs ---------------------------------------------------------------------------------
    def set_project(self, project: Project, current: int = 0, display: Project | None = None) -> None:
        """Compare the scenarios of ``project`` (``current``: the one being edited). ``display``: the
        same project as it should be shown (anonymised), numbers unchanged."""
        changed = project != self.project
        self.project, self.current = project, current
        self.display = display or project
        self.anonymous = display is not None
        if changed:
            self.risks = [None] * len(project.scenarios)
            self.runner.submit(_analyse_all, project)
        else:
            self._draw()
        self._update_buttons()

    def set_risk(self, index: int, result) -> None:
        if self.project is not None and 0 <= index < len(self.risks):
            self.risks[index] = result
            self._draw()

    def _computed(self, value) -> None:
        project, out = value
        if project != self.project:
            return
        self.analyses = out
        self._draw()

    # ---- actions --------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        ok = self.project is not None and not self.anonymous
        self.duplicate_button.setEnabled(ok)
        self.rename_button.setEnabled(ok)

    def duplicate(self, index: int) -> Project | None:
        """A project with a copy of scenario ``index`` right after it, named "… (copy)"; emitted."""
        if self.project is None or self.anonymous or not 0 <= index < len(self.project.scenarios):
            return None
        s = self.project.scenarios[index]
        names = {x.meta.name for x in self.project.scenarios}
        name, k = self.tr("%1 (copy)").replace("%1", s.meta.name), 2
        while name in names:
            name, k = self.tr("%1 (copy %2)").replace("%1", s.meta.name).replace("%2", str(k)), k + 1
        copy = dataclasses.replace(s, meta=dataclasses.replace(s.meta, name=name))
        scenarios = list(self.project.scenarios)
        scenarios.insert(index + 1, copy)
        new = Project(tuple(scenarios))
        self.projectChanged.emit(new)
        return new

    def rename(self, index: int, name: str) -> Project | None:
        """A project with scenario ``index`` renamed (blank names are refused); emitted."""
        name = name.strip()
        if self.project is None or self.anonymous or not name or not 0 <= index < len(self.project.scenarios):
            return None
        s = self.project.scenarios[index]
        scenarios = list(self.project.scenarios)
        scenarios[index] = dataclasses.replace(s, meta=dataclasses.replace(s.meta, name=name))
        new = Project(tuple(scenarios))
        self.projectChanged.emit(new)
        return new

    def _ask_rename(self) -> None:
        if self.project is None:
            return
        old = self.project.scenarios[self.current].meta.name
        name = dialogs.ask_text(self, self.tr("Rename scenario"), self.tr("New name of the scenario:"), old)
        if name is not None:
            self.rename(self.current, name)

    # ---- drawing --------------------------------------------------------------------------------
    def _draw(self) -> None:
        if self.display is None or len(self.analyses) != len(self.display.scenarios):
            return
        disp = self.display.scenarios
        ok = [j for j, (a, _) in enumerate(self.analyses) if a is not None]
        labels = [disp[j].meta.name or self.tr("Scenario %1").replace("%1", str(j + 1)) for j in range(len(disp))]
        shown = [self._shown(j) for j in ok]
        if shown:
            self.costs_chart.draw(charts.scenario_costs, [labels[j] for j in ok], shown,
                                  warnings=[self._warning(a) for a in shown])
            self.partner_chart.draw(charts.partner_costs, [labels[j] for j in ok], shown)
        else:
            self.costs_chart.clear()
            self.partner_chart.clear()
        self.costs_chart.set_caption(self.tr("What the partners would pay alone and what each variant of the pool"
                                             " pays; the percentage is the saving."))
        self.partner_chart.set_caption(self.tr("Each partner's cost in each variant, under that variant's sharing"
                                               " rule."))
        self._fill_tables(labels)

    def _warning(self, analysis) -> str:
        """A word above a variant's bars when its chosen split is not stable."""
        st = stability(analysis)
        if st.stable is not False:
            return ""
        return self.tr("No split is stable") if st.subsidy_amount is not None else self.tr("Chosen split not stable")

    def _shown(self, j: int):
        a = self.analyses[j][0]
        return anonymised_analysis(a, self.display.scenarios[j]) if self.anonymous and self.display else a

    def base_index(self) -> int:
        """The variant the others are compared with (the first one unless chosen otherwise)."""
        j = self.base.currentIndex()
        return j if self.project is not None and 0 <= j < len(self.project.scenarios) else 0

    def _fill_base(self, labels: list[str]) -> None:
        keep = self.base.currentIndex()
        if [self.base.itemText(i) for i in range(self.base.count())] != labels:
            self.base.blockSignals(True)
            self.base.clear()
            self.base.addItems(labels)
            self.base.setCurrentIndex(keep if 0 <= keep < len(labels) else 0)
            self.base.blockSignals(False)

    def _fill_tables(self, labels: list[str]) -> None:
        self._fill_base(labels)
        base = self.base_index()
        # as shown: with aliases when anonymous (the largest complaint names a group in its tool tip)
        shown_all = [(self._shown(j) if a is not None else None, _reason(error))
                     for j, (a, error) in enumerate(self.analyses)]
        headers, tips, rows = scenario_rows(labels, shown_all, self.risks, base, self.current)
        self.model.set_rows(headers, rows, tips=tips)
        fit_height(self.table, max_rows=6)
        ok = [j for j, (a, _) in enumerate(self.analyses) if a is not None]
        shown = [self._shown(j) for j in ok]
        headers, tips, prow = partner_rows([labels[j] for j in ok], shown, ok.index(base) if base in ok else -1)
        self.partner_model.set_rows(headers, prow, tips=tips)
        fit_height(self.partner_table, max_rows=8)
