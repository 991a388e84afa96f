"""The Advice page's sweep: one or two inputs, their ranges, Compute, a progress bar and Cancel, and the
heat map (or lines) of savings and stability.

The grid runs through a :class:`~ui.tasks.TaskRunner`; the engine spreads its points over all cores
(:func:`coop_calc.advice.sweep`). Cancel sets a flag the engine checks after every point; the page
keeps the previous sweep.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coop_calc.advice.sweep import Cancelled, sweep
from coop_calc.charts.advice import sweep_chart

from ..i18n import error_text
from ..tasks import TaskRunner
from .common import Chart, lang, muted


class _Progress(QObject):
    changed = Signal(float)


def _run(scenario, axes, values, stop: threading.Event, progress: _Progress):
    """Worker thread: the grid of an immutable scenario; returns (sweep, scenario) or None if cancelled."""
    try:
        return sweep(scenario, axes, values, progress=progress.changed.emit, cancelled=stop.is_set), scenario
    except Cancelled:
        return None


class AxisPicker(QWidget):
    """An input to vary (combo), its range (from, to) and the number of steps."""

    def __init__(self, optional: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lo, self.hi = QDoubleSpinBox(), QDoubleSpinBox()
        for box in (self.lo, self.hi):
            box.setRange(0, 1e9)
            box.setDecimals(2)
            box.setGroupSeparatorShown(True)
        self.steps = QSpinBox()
        self.steps.setRange(2, 41)
        self.to_label, self.steps_label = QLabel(), QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.combo, self.lo, self.to_label, self.hi, self.steps_label, self.steps):
            lay.addWidget(w)
        lay.addStretch(1)
        for box in (self.lo, self.hi):
            box.setMinimumWidth(110)
        self.combo.currentIndexChanged.connect(self._defaults)
        self.scenario = None
        self.per_pair_hint = 0.0

    def fill(self, scenario, per_pair_hint: float) -> None:
        keep = self.combo.currentData()
        self.scenario, self.per_pair_hint = scenario, per_pair_hint
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.optional:
            self.combo.addItem(self.tr("(second input: none)"), "")
        self.combo.addItem(self.tr("Coordination cost per pair"), "per_pair")
        for sup in sorted({q.supplier for q in scenario.quotes}):
            self.combo.addItem(self.tr("Discount of %1 (%)").replace("%1", sup), f"discount:{sup}")
        for p in scenario.partners:
            self.combo.addItem(self.tr("Volume of %1 (× as entered)").replace("%1", p.name), f"volume:{p.id}")
        for p in scenario.partners:
            self.combo.addItem(self.tr("%1 in or out").replace("%1", p.name), f"member:{p.id}")
        at = self.combo.findData(keep)
        self.combo.setCurrentIndex(at if at >= 0 else 0)
        self.combo.blockSignals(False)
        self._defaults()

    def _follow_locale(self) -> None:
        for box in (self.lo, self.hi, self.steps):
            box.setLocale(QLocale())  # thousands separators of the language now chosen, not the one at creation

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_locale()  # also when the page is not retranslated (hidden tab)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._follow_locale()
        self.to_label.setText(self.tr("to"))
        self.steps_label.setText(self.tr("steps"))
        if self.scenario is not None:
            self.fill(self.scenario, self.per_pair_hint)

    def _defaults(self) -> None:
        axis = self.combo.currentData() or ""
        kind = axis.partition(":")[0]
        on = bool(axis)
        for w in (self.lo, self.hi, self.steps):
            w.setEnabled(on and kind != "member")
        lo, hi, steps = {"per_pair": (0.0, max(1.0, self.per_pair_hint), 9), "discount": (0.0, 30.0, 7),
                         "volume": (0.0, 2.0, 9), "member": (0.0, 1.0, 2)}.get(kind, (0.0, 1.0, 2))
        self.lo.setValue(lo)
        self.hi.setValue(hi)
        self.steps.setValue(steps)

    def axis(self) -> tuple[str, list[float]] | None:
        axis = self.combo.currentData() or ""
        if not axis:
            return None
        kind = axis.partition(":")[0]
        if kind == "member":
            return axis, [0.0, 1.0]
        lo, hi, n = self.lo.value(), self.hi.value(), self.steps.value()
        vals = [lo + (hi - lo) * j / (n - 1) for j in range(n)]
        if kind == "discount":
            vals = [min(v, 99.0) / 100 for v in vals]
        return axis, vals


class SweepPanel(QWidget):
    """Inputs, Compute/Cancel with progress, and the chart of the latest sweep."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = None
        self.result = None
        self.first, self.second = AxisPicker(False), AxisPicker(True)
        self.run_button, self.cancel_button = QPushButton(), QPushButton()
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(220)
        self.bar.hide()
        self.status = muted(QLabel())
        self.chart = Chart(scale)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self._stop: threading.Event | None = None
        self._progress: _Progress | None = None
        controls = QHBoxLayout()
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.bar)
        controls.addWidget(self.status, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.first)
        lay.addWidget(self.second)
        lay.addLayout(controls)
        lay.addWidget(self.chart, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Compute sweep"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.first.retranslate()
        self.second.retranslate()
        self.chart.set_caption(self.tr(
            "Each cell is one variant of the pool: its colour is what the best division saves after coordination"
            " cost; × marks variants where no split can keep every group in the single pool, the orange line where"
            " the single pool stops saving money."))
        self._draw()

    def set_scenario(self, scenario, per_pair_hint: float) -> None:
        changed = self.scenario is None or scenario is None or scenario.partners != self.scenario.partners \
            or scenario.quotes != self.scenario.quotes
        self.scenario = scenario
        if scenario is not None and changed:
            self.first.fill(scenario, per_pair_hint)
            self.second.fill(scenario, per_pair_hint)
        self.run_button.setEnabled(scenario is not None and scenario.n > 0 and self._stop is None)

    @property
    def running(self) -> bool:
        return self._stop is not None

    def run(self) -> None:
        if self.scenario is None or self.running:
            return
        picks = [a for a in (self.first.axis(), self.second.axis()) if a is not None]
        if len(picks) == 2 and picks[0][0] == picks[1][0]:
            self.status.setText(self.tr("Choose two different inputs."))
            return
        self._stop, self._progress = threading.Event(), _Progress()
        self._progress.changed.connect(lambda f: self.bar.setValue(int(1000 * f)))
        self.bar.setValue(0)
        self.bar.show()
        points = 1
        for _, vals in picks:
            points *= len(vals)
        self.status.setText(self.tr("Computing %1 variants of the pool…").replace("%1", str(points)))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.runner.submit(_run, self.scenario, [a for a, _ in picks], [v for _, v in picks], self._stop,
                           self._progress)

    def cancel(self) -> None:
        if not self.running:
            return
        assert self._stop is not None
        self._stop.set()
        self.runner.cancel()
        self._finish()
        self.status.setText(self.tr("Cancelled. The chart shows the previous sweep."))

    def _finish(self) -> None:
        self._stop = self._progress = None
        self.bar.hide()
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(self.scenario is not None)

    def _done(self, value) -> None:
        self._finish()
        if value is None:
            return
        self.result, _scenario = value
        self.status.setText(self.tr("Done."))
        self._draw()

    def _failed(self, error) -> None:
        self._finish()
        self.status.setText(self.tr("The sweep could not run: %1").replace("%1", error_text(error) or type(error).__name__))

    def _draw(self) -> None:
        s = self.scenario
        names: dict[str, str] = {p.id: p.name for p in s.partners} if s is not None else {}
        self.chart.draw(sweep_chart, self.result, currency=s.meta.currency if s is not None else "EUR", names=names)
        if self.result is None:
            self.chart.render()  # the one-line "no sweep yet" costs nothing, even on a hidden tab

    def shutdown(self, msecs: int = 5000) -> None:
        self.cancel()
        self.runner.wait(msecs)


__all__ = ["SweepPanel", "lang"]
