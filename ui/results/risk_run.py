"""The risk page's run control: trials, sampling, Run, a progress bar and Cancel.

The simulation runs through the application's one :class:`~ui.tasks.TaskRunner`. Cancel sets a flag
that :func:`coop_calc.risk.simulate.simulate` checks between chunks of trials, so the worker stops
within one chunk; the runner drops the cancelled run's outcome, and the page keeps showing the
results it had before.
"""

from __future__ import annotations

import math
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox, QWidget

from coop_calc.risk.simulate import simulate

from ..tasks import TaskRunner
from .common import number


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


#: Trials per chunk: the worker checks for Cancel this often (about every few milliseconds).
CHUNK = 2048
MAX_TRIALS = 5_000_000


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    changed = Signal(float)


def _run(scenario, trials: int, sampling: str, stop: threading.Event, progress: _Progress):
    """Worker thread: the simulation of an immutable scenario; returns (result, scenario)."""
    result = simulate(scenario, trials=trials, sampling=sampling, chunk=CHUNK,
                      progress=progress.changed.emit, cancelled=stop.is_set)
    return result, scenario


class RiskRunBar(QWidget):
    """Run control. ``finished(result, scenario)`` when a run completes; ``failed(str)`` with the
    engine's reason; ``stopped()`` when the user cancelled."""

    finished = Signal(object, object)
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
        self.trials_label = QLabel()
        self.trials = QSpinBox()
        self.trials.setRange(100, MAX_TRIALS)
        self.trials.setSingleStep(5000)
        self.trials.setValue(10_000)
        self.trials.setGroupSeparatorShown(True)
        self.sampling_label = QLabel()
        self.sampling = QComboBox()
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
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.trials_label, self.trials, self.sampling_label, self.sampling, self.run_button,
                  self.cancel_button, self.bar):
            lay.addWidget(w)
        lay.addWidget(self.status, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.trials_label.setText(self.tr("Trials:"))
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
        self.run_button.setEnabled(scenario is not None and scenario.n > 0 and not self.running)

    def run(self) -> None:
        if self.scenario is None or self.running:
            return
        self._stop = threading.Event()
        self._progress = _Progress()
        self._progress.changed.connect(self._on_progress)
        self.bar.setValue(0)
        self.bar.show()
        self._started = time.monotonic()
        self.status.setText(self.tr("Simulating %1 trials…").replace("%1", number(self.trials.value())))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.runner.submit(_run, self.scenario, self.trials.value(), self.sampling.currentData(), self._stop,
                           self._progress)

    def cancel(self) -> None:
        """Stop the running simulation: the worker ends within one chunk of trials and its outcome is
        dropped; whatever the page showed before stays."""
        if not self.running or self._stop is None:
            return
        self._stop.set()
        self.runner.cancel()
        self._finish_run()
        self.status.setText(self.tr("Cancelled. The results shown are from the previous run."))
        self.stopped.emit()

    def _finish_run(self) -> None:
        if self._progress is not None:
            self._progress.changed.disconnect(self._on_progress)
        self._stop = self._progress = None
        self.bar.setValue(0)
        self.bar.hide()
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(self.scenario is not None)

    def _on_progress(self, fraction: float) -> None:
        """The bar shows the percentage done; the status line how long the rest will take at this pace."""
        self.bar.setValue(int(1000 * fraction))
        self.bar.setFormat(f"{number(100 * fraction)} %")
        left = time_left_text(time_left(time.monotonic() - self._started, fraction))
        text = self.tr("Simulating %1 trials…").replace("%1", number(self.trials.value()))
        self.status.setText(f"{text} {left}" if left else text)

    def _done(self, value) -> None:
        result, scenario = value
        self._finish_run()
        secs = number(result.seconds, 1)
        self.status.setText(self.tr("%1 trials in %2 s.").replace("%1", number(result.trials)).replace("%2", secs))
        self.finished.emit(result, scenario)

    def _failed(self, error) -> None:
        self._finish_run()
        message = str(error) or type(error).__name__
        self.status.setText(self.tr("The simulation could not run: %1").replace("%1", message))
        self.failed.emit(message)

