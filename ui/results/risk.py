"""Risk: the misinvestment risk of each partner alone versus in the pool, from a Monte Carlo run the
page starts itself (trials, sampling, progress, Cancel) — with Live on, after every change of the pool:
a first estimate at once, refined in the background (see :mod:`.risk_run`).

While the page is hidden its charts are not drawn (they draw when shown, :class:`.common.Chart`) and
live risk waits until the page is shown (or ``keep_live`` asks for it)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coop_calc import charts
from coop_calc.anonymous import relabelled_risk, without_names
from coop_calc.recent import Recent

from .common import Chart, Table, fit_height, muted, note, number, set_note_kind, table_view
from .risk_run import RiskRunBar
from .risk_table import risk_table

_SIGNATURES: Recent = Recent(16)


def risk_signature(scenario):
    """What a risk result depends on: the scenario without names and meta data (partner names and the
    file's name do not change the simulation). Made once per scenario object (an edit asks several
    times)."""
    made = _SIGNATURES.get(scenario)
    return made if made is not None else _SIGNATURES.put(scenario, without_names(scenario))


class RiskPage(QWidget):
    """Run control, a partner selector, histogram, S-curve and tornado of the selected partner (or the
    whole pool), and a table of every partner's risk figures with their standard errors."""

    #: a new simulation result (result, the scenario it was computed for), after a complete run
    riskChanged = Signal(object, object)
    #: every result shown: (result, scenario, final) — final False for live risk's first estimate
    riskUpdated = Signal(object, object, bool)

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = self.analysis = None
        self.result = self.result_scenario = None
        self.run_bar = RiskRunBar(self)
        self.run_bar.finished.connect(self._finished)
        self.run_bar.estimated.connect(self._estimated)
        self.run_bar.failed.connect(self._failed)
        self.run_bar.stopped.connect(self.refresh)  # "refining in the background" no more
        self._failure = ""  # why the last run could not run (shown instead of figures)
        self.provisional = False  # the result shown is live risk's first estimate
        self._asked_at = 0.0
        self.estimate_at = 0.0  # perf_counter() when the last first estimate arrived
        self.estimate_ms: float | None = None  # new scenario → its first estimate, in ms
        self.keep_live = False  # simulate live also while hidden (see set_keep_live)
        self._live_due = False  # the scenario changed since live risk last started
        self._estimate_waiting = False  # a first estimate arrived before the analysis of its scenario
        self._watched: list[Chart] = []  # charts whose drawing of the first estimate is awaited
        self._following = None  # the edited scenario live risk starts on next (follow)
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(0)
        self._follow_timer.timeout.connect(self._follow_now)
        self.who_label = QLabel()
        self.who = QComboBox()
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.who.currentIndexChanged.connect(self._draw_charts)
        self.state = note(scale=scale)
        self.hist, self.scurve, self.tornado = Chart(scale), Chart(scale), Chart(scale)
        self.model = Table(self)
        self.table = table_view(self.model)
        self.reconciliation = QLabel()
        self.reconciliation.setWordWrap(True)
        self.reconciliation.setObjectName("riskReconciliation")
        self.precision = QLabel()
        self.precision.setWordWrap(True)
        muted(self.precision)
        row = QHBoxLayout()
        row.addWidget(self.who_label)
        row.addWidget(self.who)
        row.addWidget(self.state, 1)
        charts_row = QHBoxLayout()  # three charts side by side, the table below at full width (no scrolling)
        charts_row.addWidget(self.hist, 4)
        charts_row.addWidget(self.scurve, 4)
        charts_row.addWidget(self.tornado, 5)
        grid = QVBoxLayout()
        grid.addLayout(charts_row, 1)
        grid.addWidget(self.table)
        grid.addWidget(self.reconciliation)
        grid.addWidget(self.precision)
        lay = QVBoxLayout(self)
        lay.addWidget(self.run_bar)
        lay.addLayout(row)
        lay.addLayout(grid, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Risk")

    def retranslate(self) -> None:
        self.who_label.setText(self.tr("Show:"))
        self.run_bar.retranslate()

    # ---- inputs ---------------------------------------------------------------------------------
    def set_results(self, scenario, analysis) -> None:
        old = self.scenario
        self.scenario, self.analysis = scenario, analysis
        self.run_bar.set_scenario(scenario)
        if scenario is not None and scenario is not old and self.run_bar.live.isChecked() and (
                self._live_due or old is None or risk_signature(old) != risk_signature(scenario)) \
                and not self._asked_for(scenario):
            self._live_due = True
            self._start_live()
        self.refresh()
        if self._estimate_waiting and not self.is_stale():  # an estimate that came before its analysis
            self._estimate_waiting = False
            self._mark_estimate()

    def _asked_for(self, scenario) -> bool:
        """True when live risk already runs (or ran) for ``scenario``'s figures."""
        asked = self.run_bar.asked()
        return asked is not None and (asked is scenario or risk_signature(asked) == risk_signature(scenario))

    def _start_live(self) -> None:
        """Live risk for the page's scenario when someone looks: the page is on screen or
        ``keep_live`` is set (a live risk slide); otherwise when the page is next shown."""
        if not self._live_due or not (self.isVisible() or self.keep_live):
            return
        self._asked_at = time.perf_counter()
        self._begin_live(self.scenario)

    def _begin_live(self, scenario) -> None:
        self._live_due = False
        self._failure = ""
        self.run_bar.start_live(scenario)

    def follow(self, scenario) -> None:
        """An edit made ``scenario``: live risk starts on it right after the edit's own handling (the
        window first shows the edit), without waiting for its analysis (only the page's tables need
        that; the estimate is shown when it comes, :meth:`_estimated`)."""
        if scenario is None or scenario.n == 0 or not self.run_bar.live.isChecked() or not (
                self.isVisible() or self.keep_live) or self._asked_for(scenario):
            return
        self._following = scenario
        self._asked_at = time.perf_counter()
        self._follow_timer.start()

    def _follow_now(self) -> None:
        scenario, self._following = self._following, None
        if scenario is not None and self.run_bar.live.isChecked() and not self._asked_for(scenario):
            self._begin_live(scenario)

    def set_keep_live(self, on: bool) -> None:
        """Keep live risk running while the page is hidden (e.g. while the deck shows a risk slide)."""
        self.keep_live = on
        self._start_live()

    def set_risk(self, result, scenario) -> None:
        """Show a result computed elsewhere (e.g. in presentation mode) for ``scenario``."""
        self.result, self.result_scenario, self.provisional = result, scenario, False
        if scenario is not None and self.scenario is not None and risk_signature(scenario) == risk_signature(
                self.scenario):
            self._live_due = False  # this pool's risk is known: live risk need not simulate it again
        self.refresh()

    def shown_result(self):
        """The current result labelled with the page's scenario (aliases when anonymised), or None
        when there is none or it belongs to a pool with other partners."""
        if self.result is None or self.scenario is None or len(self.result.partner_ids) != self.scenario.n:
            return None
        return relabelled_risk(self.result, self.scenario)

    def is_stale(self) -> bool:
        return (self.result_scenario is not None and self.scenario is not None
                and risk_signature(self.result_scenario) != risk_signature(self.scenario))

    def _finished(self, result, scenario) -> None:
        self.result, self.result_scenario, self.provisional = result, scenario, False
        self.refresh()
        self.riskChanged.emit(result, scenario)
        self.riskUpdated.emit(result, scenario, True)

    def _failed(self, message: str) -> None:
        self._failure = message
        self.refresh()

    def _estimated(self, result, scenario) -> None:
        """Live risk's first estimate: shown at once (the refinement replaces it, and starts once the
        estimate's charts are on screen: :meth:`_tell_when_shown`)."""
        self.result, self.result_scenario, self.provisional = result, scenario, True
        self.refresh()
        self._estimate_waiting = self.is_stale()  # started at the edit: shown when the analysis comes
        if not self._estimate_waiting:
            self._mark_estimate()
        self.riskUpdated.emit(result, scenario, False)
        self._tell_when_shown()

    def _tell_when_shown(self, *_args) -> None:
        """Tell the run bar once no chart of the page is being drawn (at once when nobody looks)."""
        for c in self._watched:
            c.painted.disconnect(self._tell_when_shown)
        self._watched = [c for c in (self.hist, self.scurve, self.tornado) if c.drawing] if self.isVisible() else []
        for c in self._watched:
            c.painted.connect(self._tell_when_shown)
        if not self._watched:
            self.run_bar.estimate_shown()

    def _mark_estimate(self) -> None:
        self.estimate_at = time.perf_counter()
        self.estimate_ms = (self.estimate_at - self._asked_at) * 1000

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._start_live()

    # ---- drawing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.retranslate()
        live = self.run_bar.live.isChecked()
        res = self._current()
        keep = self.who.currentIndex()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Whole pool"), None)
        if self.scenario is not None:
            for i, p in enumerate(self.scenario.partners):
                self.who.addItem(p.name, i)
        self.who.setCurrentIndex(keep if 0 <= keep < self.who.count() else 0)
        self.who.blockSignals(False)
        if res is None and live and self.is_stale() and self._failure and not self.run_bar.running:
            self.state.setText(self._failure)  # the engine's reason, also in the run bar
            set_note_kind(self.state, "warn")
        elif res is None and live and self.is_stale():
            self.state.setText(self.tr("Simulating the changed pool…"))
            set_note_kind(self.state, "info")
        elif res is None:
            self.state.setText(self.tr("Press “Run simulation” to see how likely each partner is to lose money on"
                                       " the investment, alone and in the pool."))
            set_note_kind(self.state, "info")
        elif self.is_stale():
            self.state.setText(self.tr("These results are from before the last change of the pool. Run the"
                                       " simulation again to update them."))
            set_note_kind(self.state, "warn")
        else:
            self.state.setText(self.tr("Net present value of each partner's investment over its useful life,"
                                       " simulated %1 times.").replace("%1", number(res.trials))
                               + (" " + self.tr("A first estimate: refining in the background.")
                                  if self.provisional and self.run_bar.running else ""))
            set_note_kind(self.state, "info")
        self._draw_charts()
        self._fill_table(res)

    def _current(self):
        """The result to show: none while live risk simulates a changed pool (no figures of an older
        pool under a new edit)."""
        if self.run_bar.live.isChecked() and self.is_stale():
            return None
        return self.shown_result()

    def _draw_charts(self) -> None:
        res = self._current()
        if res is None:
            for c in (self.hist, self.scurve, self.tornado):
                c.clear()
                c.set_caption("")
            return
        who = self.who.currentData()
        self.hist.draw(charts.npv_histogram, res, self.analysis, who)
        self.hist.set_caption(self.tr("How often each outcome occurred; left of the red line the investment loses"
                                      " money. Grey: buying alone, blue: in the pool."))
        self.scurve.draw(charts.s_curves, res, who)
        self.scurve.set_caption(self.tr("Read the height where a curve crosses the red line: that is the"
                                        " probability of a loss (misinvestment)."))
        if self.provisional and not res.sensitivity:  # a first estimate is not ranked (it would be noise)
            self.tornado.clear()
            self.tornado.set_caption(self.tr("Which inputs move the result most is shown when the first estimate"
                                             " has been refined."))
            return
        self.tornado.draw(charts.tornado, res, who)
        self.tornado.set_caption(self.tr("The inputs that move the result most: blue bars raise it when the input is"
                                         " high or the event happens, orange bars lower it."))

    def _fill_table(self, res) -> None:
        if res is None:
            self.model.set_rows([], [])
            fit_height(self.table, max_rows=8)
            self.precision.clear()
            self.reconciliation.clear()
            return
        table = risk_table(res)
        self.model.set_rows(table.headers, table.rows, bold_rows=[len(table.rows) - 1], tips=table.tips)
        fit_height(self.table, max_rows=8)
        self.reconciliation.setText(table.reconciliation)
        ses = [s["stderr_p_loss"] for s in [*res.standalone, *res.pooled, res.pool_standalone, res.pool_pooled]
               if 0.0 < s["p_loss"] < 1.0 and s.get("stderr_p_loss") is not None]
        worst = max(ses, default=0.0)
        if worst <= 0.0:
            text = self.tr("Every partner either always or never loses money in these %1 trials, so the loss"
                           " risks carry no ± (more trials cannot change a share of 0 % or 100 % by much)."
                           ).replace("%1", number(res.trials))
        else:
            firm = 2 * worst <= 0.02
            text = (self.tr("± is one standard error: with %1 trials the loss probabilities are precise to about"
                            " ±%2 percentage points (two standard errors).").replace("%1", number(res.trials))
                    .replace("%2", number(200 * worst, 1)) + " "
                    + (self.tr("That is precise enough to compare alone and pooled.") if firm else
                       "⚠ " + self.tr("Run more trials for firmer figures.")))
            if res.sampling in ("lhs", "sobol"):
                text += " " + self.tr("With Latin hypercube or Sobol' sampling the true error is usually smaller:"
                                      " the ± is computed as for plain random sampling.")
        if table.approximate:
            text += "\n" + table.approximate
        self.precision.setText(text)
