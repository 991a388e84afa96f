"""All result pages as tabs, fed with one scenario and its analysis (and the project for comparison).

Anonymisation happens here and only here: with ``set_anonymous(True)`` the pages are handed a copy of
the scenario (and analysis, project, risk result) in which every partner is shown by its alias
(:mod:`coop_calc.anonymous`), so no page can leak a name. Numbers are unchanged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coop_calc.anonymous import anonymised, anonymised_analysis, anonymised_project
from coop_calc.coalitions import MAX_EXACT_PARTNERS
from coop_calc.model import Project

from .advice import AdvicePage
from .bargaining import BargainingPage
from .coalitions import CoalitionPage
from .comparison import ComparisonPage
from .risk import RiskPage, risk_signature
from .savings import SavingsPage
from .splits import SplitPage


def _partial(analysis) -> bool:
    """Whether ``analysis`` has only the chosen rule's split (the quick first answer after an edit)."""
    sp = getattr(analysis, "splits", None)
    return sp is not None and sp.core_empty is None and len(sp.splits) == 1 and analysis.scenario.n <= MAX_EXACT_PARTNERS


class ResultsView(QWidget):
    """Tabs: Savings, Bargaining power, Fair split, Coalitions, Risk, Scenarios.

    ``riskChanged(result, scenario)``: a simulation finished (``scenario`` as simulated, possibly
    anonymised); ``projectChanged(Project)``: the comparison page duplicated or renamed a scenario."""

    riskChanged = Signal(object, object)
    #: every risk result the risk page shows (result, scenario as simulated, final): live risk's first
    #: estimate (final False) and each complete run (final True) — the hook for a live risk slide
    riskUpdated = Signal(object, object, bool)
    #: live risk (or a run started on the risk page) could not run: the engine's reason
    riskFailed = Signal(str)
    projectChanged = Signal(object)
    #: new results or a new project were handed to the pages
    shown = Signal()

    def __init__(self, parent: QWidget | None = None, scale: float = 1.0):
        super().__init__(parent)
        self.scenario = self.analysis = None
        self.project: Project | None = None
        self.project_index = 0
        self.anonymous = False
        self._risks: list[tuple[object, object]] = []  # (signature, result)
        self.savings = SavingsPage(scale)
        self.bargaining = BargainingPage(scale)
        self.splits = SplitPage(scale)
        self.coalitions = CoalitionPage(scale)
        self.risk = RiskPage(scale)
        self.comparison = ComparisonPage(scale)
        self.advice = AdvicePage(scale)
        self.pages: list[Any] = [self.savings, self.bargaining, self.splits, self.coalitions, self.risk, self.advice,
                      self.comparison]
        self._rule_pages = (self.splits, self.coalitions)  # they compare rules: fed by every rule's analysis
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in self.pages:
            self.tabs.addTab(page, page.title())
        self.risk.riskChanged.connect(self._risk_finished)
        self.risk.riskUpdated.connect(self.riskUpdated)
        self.risk.run_bar.failed.connect(self.riskFailed)
        self._stale: set[int] = set()  # pages (indexes) whose inputs changed while hidden
        self.tabs.currentChanged.connect(self._feed_current)
        self.comparison.projectChanged.connect(self.projectChanged)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)

    # ---- inputs ---------------------------------------------------------------------------------
    def set_results(self, scenario, analysis) -> None:
        """Show ``analysis`` of ``scenario`` (the real, named scenario) on every page."""
        same = scenario is not None and scenario is self.scenario
        self.scenario, self.analysis = scenario, analysis
        self._feed(same, _partial(analysis))
        self.shown.emit()

    def set_project(self, project: Project, current: int = 0) -> None:
        """The project whose scenarios the comparison page shows; ``current``: the one being edited."""
        self.project, self.project_index = project, current
        self._feed_project()
        self.shown.emit()

    def scenario_edited(self, scenario) -> None:
        """An edit made ``scenario`` (its analysis follows through :meth:`set_results`): live risk,
        which needs no analysis, starts on it at once."""
        if scenario is not None:
            self.risk.follow(anonymised(scenario, self.project) if self.anonymous else scenario)

    def set_anonymous(self, on: bool) -> None:
        if on != self.anonymous:
            self.anonymous = on
            self._feed()
            self._feed_project()

    def set_risk_result(self, result, scenario) -> None:
        """Adopt a simulation result computed elsewhere (presentation mode) for ``scenario``."""
        self._remember(result, scenario)
        self.risk.set_risk(result, scenario)
        self._feed_project()  # the comparison shows the pool's loss risk of every simulated variant

    def set_keep_live_risk(self, on: bool) -> None:
        """Keep live risk running while the risk page is hidden, so ``riskUpdated`` follows every edit
        (for a window that shows risk elsewhere, such as the deck's risk slide)."""
        i = self.pages.index(self.risk)
        if on and i in self._stale and self.scenario is not None:
            self._stale.discard(i)
            self.risk.set_results(*self._shown())
        self.risk.set_keep_live(on)

    def live_risk_on(self) -> bool:
        """True when live risk follows every edit (the risk page's "Live" is ticked)."""
        return self.risk.run_bar.live.isChecked()

    def risk_result(self):
        """(result, scenario) of the risk page's latest run, or (None, None)."""
        return self.risk.result, self.risk.result_scenario

    def shutdown(self, msecs: int = 5000) -> None:
        """Stop background work before the window closes: a running simulation is cancelled (it stops
        within one chunk of trials) and the workers are waited for."""
        self.risk.run_bar.cancel()
        self.advice.shutdown(msecs)
        self.comparison.runner.cancel()
        self.risk.run_bar.runner.wait(msecs)

    def current_page(self) -> int:
        return self.tabs.currentIndex()

    def set_current_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(max(0, min(index, self.tabs.count() - 1)))

    # ---- plumbing -------------------------------------------------------------------------------
    def _shown(self):
        if self.scenario is None:
            return None, None
        if not self.anonymous:
            return self.scenario, self.analysis
        anon = anonymised(self.scenario, self.project)
        return anon, anonymised_analysis(self.analysis, anon) if self.analysis is not None else None

    def _feed(self, same: bool = False, partial: bool = False) -> None:
        """Hand the results to the pages. Charts draw only when on screen (:class:`.common.Chart`); the
        coalition explorer, which lists and checks every group (about 0.3 s for ten partners even when
        hidden), gets them only when shown. While the editors hide the pages in a window on screen
        (the results panel shows the overview) no page is fed: each gets the results when it is shown
        (:meth:`_feed_current`), so an edit redraws only what is visible. The risk page follows while
        hidden when live risk is kept for the deck's risk slide (``set_keep_live_risk``).

        An edit brings two analyses of the same scenario: first only the chosen rule (``partial``),
        then every rule (``same``). Pages that compare rules wait for the second (keeping their
        figures the ~0.2 s until then); the others are drawn from the first and not again from the
        second (their figures do not change)."""
        scenario, analysis = self._shown()
        current = self._on_screen()
        for i, page in enumerate(self.pages[:-1]):
            wanted = (current != -1 and (i == current or page is not self.coalitions)) or (
                page is self.risk and self.risk.keep_live)
            if not wanted:
                self._stale.add(i)  # fed when shown
                continue
            if same and page not in self._rule_pages and i not in self._stale:
                continue  # it shows this scenario's figures already
            if partial and page in self._rule_pages:
                if i != current:
                    self._stale.add(i)
                continue
            page.set_results(scenario, analysis)
            self._stale.discard(i)

    def _on_screen(self) -> int | None:
        """The index of the page on screen; -1 when the editors hide the pages in a window on screen;
        None when no window shows them (the view is being set up, or used without a screen)."""
        if not self.window().isVisible():
            return None
        return self.tabs.currentIndex() if self.isVisible() else -1

    def _feed_current(self, *_args) -> None:
        i = self._on_screen()
        if i is None or i not in self._stale:
            return
        self._stale.discard(i)
        if self.pages[i] is self.comparison:
            self._feed_project()
            return
        scenario, analysis = self._shown()
        if _partial(analysis) and self.pages[i] in self._rule_pages:
            self._stale.add(i)  # it compares rules: the second analysis (every rule) is on its way
            return
        self.pages[i].set_results(scenario, analysis)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._feed_current()

    def _feed_project(self) -> None:
        """Hand the project (every scenario, with the risks simulated for them) to the comparison page;
        while the editors hide the pages it is marked stale and fed when shown."""
        if self.project is None:
            return
        i = self.pages.index(self.comparison)
        if self._on_screen() == -1:
            self._stale.add(i)
            return
        self._stale.discard(i)
        display = anonymised_project(self.project) if self.anonymous else None
        self.comparison.set_project(self.project, self.project_index, display)
        for j, s in enumerate(self.project.scenarios):
            found = self._find_risk(s)
            if found is not None:
                self.comparison.set_risk(j, found)

    def _remember(self, result, scenario) -> None:
        sig = risk_signature(scenario)
        self._risks = [(s, r) for s, r in self._risks if s != sig][-9:] + [(sig, result)]

    def _find_risk(self, scenario):
        sig = risk_signature(scenario)
        return next((r for s, r in reversed(self._risks) if s == sig), None)

    def _risk_finished(self, result, scenario) -> None:
        self._remember(result, scenario)
        self._feed_project()
        self.riskChanged.emit(result, scenario)

    def retranslate(self) -> None:
        for i, page in enumerate(self.pages):
            self.tabs.setTabText(i, page.title())
            # the page's own labels: feeding new results redraws figures and tables, not every label
            if hasattr(page, "retranslate"):
                page.retranslate()
        self._feed()
        self._feed_project()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
