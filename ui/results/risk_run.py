"""The risk page's run control: Live, trials, sampling, Run, a progress bar and Cancel.

The simulation runs through the bar's :class:`~ui.tasks.TaskRunner`, whose worker thread has it made
in the risk helper process one block of trials at a time (:mod:`.risk_steps`). Cancel sets a flag that
the worker checks between blocks and stops the block running in the process at once; the runner drops
the cancelled run's outcome, and the page keeps showing the results it had before.

**Live** (on by default): every new scenario starts a :class:`coop_calc.risk.run.RiskRun` by itself.
The worker first simulates :data:`FIRST` trials and sends that estimate (``estimated``) through a
queued signal, waits until the page has that estimate on screen, charts included (``estimate_shown``,
at most :data:`SHOWN_WAIT` seconds: the charts are drawn off the GUI thread, and a refinement started
at once would take half of the interpreter from them), then refines the same run to the set trial
count (``finished``; the figures equal one run of that many trials). A newer scenario stops the running refinement within one chunk, quietly:
every message of the older run carries its number and is dropped once a newer run has started.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coop_calc.risk.precision import Precision
from coop_calc.risk.run import Cancelled
from coop_calc.risk.sampling import BLOCK

from ..i18n import error_text
from ..tasks import TaskRunner
from .common import number
from .risk_steps import SteppedRun, new_key, stop_all


def time_left(elapsed: float, fraction: float) -> float | None:
    """Seconds still to go when ``fraction`` (0…1) of the work took ``elapsed`` seconds, assuming the
    same pace; None while too little is done to say (under 2 % or half a second)."""
    if fraction < 0.02 or elapsed < 0.5 or fraction >= 1.0:
        return None
    return elapsed * (1.0 - fraction) / fraction


def time_left_text(seconds: float | None) -> str:
    """"about 8 s left", "about 3 min left", "less than a second left", or "" while unknown."""
    if seconds is None:
        return ""
    if seconds < 1.0:
        return QCoreApplication.translate("RiskRunBar", "less than a second left")
    if seconds < 90:
        return QCoreApplication.translate("RiskRunBar", "about %1 s left").replace("%1", str(max(1, round(seconds))))
    return QCoreApplication.translate("RiskRunBar", "about %1 min left").replace("%1", str(math.ceil(seconds / 60)))


#: Trials per step of a run (one block of the design): progress is reported this often; Cancel stops
#: the step at once in the risk process, within one such step where the run is made in the thread.
CHUNK = BLOCK
MAX_TRIALS = 5_000_000
#: Trials of live risk's first estimate (one block of the design: ~0.2 CPU s for 10 partners x 20 items).
FIRST = 4096
#: Longest the refinement waits for the first estimate to be on screen (seconds).
SHOWN_WAIT = 1.0


class _Progress(QObject):
    """Carries progress (and live risk's first estimate) from the worker thread to the GUI thread
    (queued signals: the object lives in the GUI thread)."""

    changed = Signal(int, float)  # run number, fraction done
    first = Signal(int, object)  # run number, (result, scenario)

    def __init__(self, token: int):
        super().__init__()
        self.token = token
        self.shown = threading.Event()  # set in the GUI thread once the first estimate is on screen

    def report(self, fraction: float) -> None:
        """Called in the worker thread; the slot runs in the GUI thread."""
        self.changed.emit(self.token, fraction)


def _live(scenario, trials: int, sampling: str, stop: threading.Event, progress: _Progress,
          target: Precision | None = None, key: int | None = None):
    """Worker thread: a first estimate from :data:`FIRST` trials (sent through ``progress.first``),
    then the same run refined to ``trials`` (or until ``target`` holds, ``trials`` the cap: it stops
    where a run with the target from the start would, as the estimate has fewer trials than
    :data:`coop_calc.risk.precision.MIN_TRIALS`); returns (result, scenario). The run is made in the
    risk process (:class:`.risk_steps.SteppedRun`; ``key``: its number, taken when the run was asked
    for). Raises :class:`~coop_calc.risk.run.Cancelled` when ``stop`` is set (nothing is sent after
    it)."""
    run = SteppedRun(new_key() if key is None else key, scenario, sampling, stop)
    run.advance(min(FIRST, trials))
    if run.done >= trials:
        return run.result(last=True), scenario
    # a quick first look: no coalition shares and no tornado ranking (the refined run has both)
    progress.first.emit(progress.token, (run.result(exact_shares=False, sensitivity=False), scenario))
    waited = 0.0
    while waited < SHOWN_WAIT and not progress.shown.wait(0.02) and not stop.is_set():
        waited += 0.02  # let the estimate reach the screen first (a stop ends the wait at once)
    run.advance(trials, target=target, chunk=FIRST, progress=progress.report)
    return run.result(last=True), scenario


def _run(scenario, trials: int, sampling: str, stop: threading.Event, progress: _Progress,
         target: Precision | None = None, key: int | None = None):
    """Worker thread: the simulation of an immutable scenario (``trials`` is the cap when a precision
    ``target`` is given), made in the risk process as live risk's; returns (result, scenario). The
    figures are those of :func:`coop_calc.risk.simulate.simulate` with the same settings."""
    run = SteppedRun(new_key() if key is None else key, scenario, sampling, stop)
    run.advance(trials, target=target, chunk=CHUNK, progress=progress.report)
    return run.result(last=True), scenario


class RiskRunBar(QWidget):
    """Run control. ``finished(result, scenario)`` when a run completes; ``estimated(result,
    scenario)`` with live risk's first estimate; ``failed(str)`` with the engine's reason;
    ``stopped()`` when the user cancelled."""

    finished = Signal(object, object)
    estimated = Signal(object, object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self._stop: threading.Event | None = None
        self._progress: _Progress | None = None
        self._token = 0  # number of the running job; messages of other numbers are dropped
        self._live_run = False  # the running job is a live run (started by an edit, not by Run)
        self._asked: object = None  # the scenario the last live run was started for
        self.live = QCheckBox()
        self.live.setChecked(True)
        self.live.toggled.connect(self._live_toggled)
        self.trials_label = QLabel()
        self.trials = QSpinBox()
        self.trials.setRange(100, MAX_TRIALS)
        self.trials.setSingleStep(5000)
        self.trials.setValue(10_000)
        self.trials.setGroupSeparatorShown(True)
        self.precise = QCheckBox()  # run until precise enough (the trials then are the cap)
        self.precise_pp = QDoubleSpinBox()
        self.precise_pp.setRange(0.1, 10.0)
        self.precise_pp.setSingleStep(0.1)
        self.precise_pp.setDecimals(1)
        self.precise_pp.setValue(0.5)
        self.precise_pp.setEnabled(False)
        self.precise.toggled.connect(self.precise_pp.setEnabled)
        self.precise.toggled.connect(self._settings_changed)
        self.precise_pp.editingFinished.connect(self._settings_changed)
        self.trials.editingFinished.connect(self._settings_changed)
        self.sampling_label = QLabel()
        self.sampling = QComboBox()
        self.sampling.currentIndexChanged.connect(self._settings_changed)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p %")
        self.bar.setMinimumWidth(120)
        self.bar.setMaximumWidth(260)
        self._started = 0.0
        self.bar.hide()
        self.status = QLabel()
        self._status_text: Callable[[], str] | None = None  # what the status line says, in any language
        self.status.setWordWrap(True)  # long German status lines wrap instead of widening the page
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(120)
        # two rows (settings; run and progress), so that the bar does not widen the main window past
        # a 1280-pixel screen (the central pages' minimum width is the widest page's)
        settings, running = QHBoxLayout(), QHBoxLayout()
        setting_widgets: tuple[QWidget, ...] = (self.live, self.trials_label, self.trials, self.precise,
                                                self.precise_pp, self.sampling_label, self.sampling)
        for w in setting_widgets:
            settings.addWidget(w)
        settings.addStretch(1)
        run_widgets: tuple[QWidget, ...] = (self.run_button, self.cancel_button, self.bar)
        for w in run_widgets:
            running.addWidget(w)
        running.addWidget(self.status, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(settings)
        lay.addLayout(running)
        self.retranslate()

    def retranslate(self) -> None:
        self.trials.setLocale(QLocale())  # group separators of the interface language ("10.000" in German)
        self.live.setText(self.tr("Live"))
        self.live.setToolTip(self.tr("Simulate again by itself after every change: a first estimate at once, then"
                                     " refined to the set number of trials."))
        self.trials_label.setText(self.tr("Trials:"))
        self.precise_pp.setLocale(QLocale())
        self.precise.setText(self.tr("or until precise to ±"))
        self.precise_pp.setSuffix(" " + self.tr("pp"))
        tip = self.tr("Stop as soon as every partner's loss probability is known to within this many percentage"
                      " points (95 % confidence) and the pool's expected value to within 1 %; the trial count is"
                      " then the most that are run. Same seed, same target: the same trials and figures.")
        self.precise.setToolTip(tip)
        self.precise_pp.setToolTip(tip)
        self.trials.setToolTip(self.tr("How many possible futures to simulate. More trials make the figures more"
                                       " precise (see the ± values) and take longer."))
        self.sampling_label.setText(self.tr("Sampling:"))
        at = self.sampling.currentData()
        self.sampling.blockSignals(True)
        self.sampling.clear()
        self.sampling.addItem(self.tr("Latin hypercube"), "lhs")
        self.sampling.addItem(self.tr("Sobol' sequence"), "sobol")
        self.sampling.addItem(self.tr("Plain random"), "plain")
        self.sampling.setCurrentIndex(max(0, self.sampling.findData(at or "lhs")))
        self.sampling.blockSignals(False)
        self.sampling.setToolTip(self.tr("Latin hypercube and Sobol' spread the trials evenly and need fewer of"
                                         " them for the same precision."))
        self.run_button.setText(self.tr("Run simulation"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self._status_text is not None:
            self.status.setText(self._status_text())

    def _say(self, text: Callable[[], str]) -> None:
        """Show ``text()`` on the status line (and make it again after a language switch)."""
        self._status_text = text
        self.status.setText(text())

    @property
    def running(self) -> bool:
        return self._stop is not None

    def set_scenario(self, scenario) -> None:
        """The scenario the next run simulates; the trial count and sampling follow its settings when
        it is a different pool."""
        first = self.scenario is None
        self.scenario = scenario
        if scenario is not None and first:
            self.trials.setValue(min(MAX_TRIALS, max(100, int(scenario.risk.trials))))
            self.sampling.setCurrentIndex(max(0, self.sampling.findData(scenario.risk.sampling)))
        self.run_button.setEnabled(scenario is not None and scenario.n > 0 and (not self.running or self._live_run))

    def start_live(self, scenario) -> None:
        """Live risk for ``scenario`` (the page calls it for each new pool): stop whatever runs, quietly,
        and start a first estimate followed by its refinement. Nothing happens with Live off."""
        if not self.live.isChecked() or scenario is None or scenario.n == 0:
            return
        self._drop_running()
        self._asked = scenario
        self._start(_live, scenario, live=True)
        self._say(lambda: self.tr("Estimating…"))

    def asked(self):
        """The scenario live risk was last started for (None before the first)."""
        return self._asked

    def target(self) -> Precision | None:
        """The precision target when "until precise" is ticked, else None."""
        if not self.precise.isChecked():
            return None
        return Precision(p_loss=self.precise_pp.value() / 100.0, mean=0.01)

    def _settings_changed(self, *_args) -> None:
        """Trials, target or sampling changed: live risk simulates the pool again with them."""
        if self.live.isChecked() and self.scenario is not None and self._asked is self.scenario:
            self.start_live(self.scenario)

    def _live_toggled(self, on: bool) -> None:
        if on and self.scenario is not None and self._asked is not self.scenario:
            self.start_live(self.scenario)

    def _drop_running(self) -> None:
        """Stop the running job without a word: its outcome and any later message are dropped."""
        if self._stop is not None:
            self._stop.set()
            stop_all()  # the step running in the risk process stops too
            self.runner.cancel()
            self._finish_run()

    def _start(self, fn, scenario, live: bool) -> None:
        self._stop = threading.Event()
        self._token += 1
        self._progress = _Progress(self._token)
        self._progress.changed.connect(self._progress_message)
        self._progress.first.connect(self._on_first)
        self._live_run = live
        self.bar.setValue(0)
        self.bar.show()
        self._started = time.monotonic()
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.runner.submit(fn, scenario, self.trials.value(), self.sampling.currentData(), self._stop,
                           self._progress, self.target(), new_key())

    def _current(self, token: int) -> bool:
        """Whether a message comes from the running job (not from one stopped since)."""
        return self._progress is not None and token == self._progress.token

    def _progress_message(self, token: int, fraction: float) -> None:
        if self._current(token):
            self._on_progress(fraction)

    def estimate_shown(self) -> None:
        """The page has live risk's first estimate on screen: the refinement may start."""
        if self._progress is not None:
            self._progress.shown.set()

    def _on_first(self, token: int, value) -> None:
        result, scenario = value
        if not self._current(token) or scenario is not self._asked:  # a stopped run's late message
            return
        self.run_button.setEnabled(True)  # Run (a fresh run) is allowed during a live refinement
        self.estimated.emit(result, scenario)

    def run(self) -> None:
        if self.scenario is None or (self.running and not self._live_run):
            return
        self._drop_running()
        self._stop = threading.Event()
        self._asked = self.scenario
        self._start(_run, self.scenario, live=False)
        trials = self.trials.value()
        self._say(lambda: self.tr("Simulating %1 trials…").replace("%1", number(trials)))

    def cancel(self) -> None:
        """Stop the running simulation: the worker ends within one chunk of trials and its outcome is
        dropped; whatever the page showed before stays."""
        if not self.running or self._stop is None:
            return
        live = self._live_run
        self._drop_running()
        self._say(lambda: self.tr("Refinement stopped. The figures shown are the first estimate.") if live else
                  self.tr("Cancelled. The results shown are from the previous run."))
        self.stopped.emit()

    def _finish_run(self) -> None:
        if self._progress is not None:
            self._progress.changed.disconnect(self._progress_message)
            self._progress.first.disconnect(self._on_first)
        self._stop = self._progress = None
        self._live_run = False
        self.bar.setValue(0)
        self.bar.hide()
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(self.scenario is not None)

    def _on_progress(self, fraction: float) -> None:
        """The bar shows the percentage done; the status line how long the rest will take at this pace."""
        self.bar.setValue(int(1000 * fraction))
        self.bar.setFormat(f"{number(100 * fraction)} %")
        seconds = time_left(time.monotonic() - self._started, fraction)
        live, trials = self._live_run, self.trials.value()

        def say() -> str:
            left = time_left_text(seconds)
            text = (self.tr("Refining to %1 trials…") if live else
                    self.tr("Simulating %1 trials…")).replace("%1", number(trials))
            return f"{text} {left}" if left else text

        self._say(say)

    def _done(self, value) -> None:
        result, scenario = value
        self._finish_run()
        self._say(lambda: self._done_text(result))
        self.finished.emit(result, scenario)

    def _done_text(self, result) -> str:
        secs = number(result.seconds, 1)
        text = self.tr("%1 trials in %2 s.").replace("%1", number(result.trials)).replace("%2", secs)
        got = result.precision or {}
        if got.get("target") is not None:
            reached = self.tr("Loss risks precise to ±%1 percentage points, the expected value to ±%2 %.").replace(
                "%1", number(100 * got["p_loss_half_width"], 2)).replace("%2", number(100 * got["mean_half_width"], 2))
            text += " " + (self.tr("Target reached.") if got.get("target_reached") else
                           self.tr("Stopped at the trial count before the target was reached.")) + " " + reached
        return text

    def _failed(self, error) -> None:
        if isinstance(error, Cancelled):  # a stop the bar asked for: not an error
            return
        self._finish_run()
        message = error_text(error) or type(error).__name__
        self._say(lambda: self.tr("The simulation could not run: %1").replace(
            "%1", error_text(error) or type(error).__name__))
        self.failed.emit(message)

