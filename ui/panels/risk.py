"""Risk inputs per item (distributions), the simulation settings and the correlated inputs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coop_calc.model import SAMPLING_METHODS

from ..document import Document
from ..fields import BoundCombo, BoundLineEdit
from ..i18n import QT_TRANSLATE_NOOP
from ..models.columns import in_context
from ..models.correlations import CorrelationsModel
from ..models.risk import RiskModel
from .table_panel import TablePanel

SAMPLING_TITLES = {"plain": QT_TRANSLATE_NOOP("RiskPanel", "Plain random"),
                   "lhs": QT_TRANSLATE_NOOP("RiskPanel", "Latin hypercube"),
                   "sobol": QT_TRANSLATE_NOOP("RiskPanel", "Scrambled Sobol")}


class RiskPanel(QWidget):
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.table = TablePanel(RiskModel(doc, self))
        self.table.view.message.connect(self.message)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.discount = BoundLineEdit(doc, ("risk", "discount_rate"), QT_TRANSLATE_NOOP("Fields", "discount rate"),
                                      "dist")
        self.trials = BoundLineEdit(doc, ("risk", "trials"), QT_TRANSLATE_NOOP("Fields", "number of trials"), "int")
        self.seed = BoundLineEdit(doc, ("risk", "seed"), QT_TRANSLATE_NOOP("Fields", "seed"), "plain")
        self.sampling = BoundCombo(doc, ("risk", "sampling"), QT_TRANSLATE_NOOP("Fields", "sampling method"),
                                   [(k, SAMPLING_TITLES.get(k, k)) for k in SAMPLING_METHODS])
        self.fields: list[Any] = [self.discount, self.trials, self.seed, self.sampling]
        self.labels = [QLabel() for _ in self.fields]
        for label, f in zip(self.labels, self.fields):
            f.message.connect(self.message)
            f.setMinimumWidth(260)
            form.addRow(label, f)
        self.corr_box = QGroupBox()
        self.correlations = TablePanel(CorrelationsModel(doc, self))
        self.correlations.view.message.connect(self.message)
        self.correlations.setMinimumHeight(160)
        corr_layout = QVBoxLayout(self.corr_box)
        corr_layout.setContentsMargins(0, 0, 0, 0)
        corr_layout.addWidget(self.correlations)
        row = QHBoxLayout()
        row.addWidget(self.box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.corr_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.set_hint(self.tr(
            "What may turn out differently, per item. Type a distribution such as “PERT 4000; 11000; 15000”"
            " (low; most likely; high), “Uniform 0.05; 0.2”, “Normal mean; sd; low; high” or a single number."
            " Shares are fractions (0.9 = 90 %). Hover a cell for what it means."))
        self.box.setTitle(self.tr("Simulation settings"))
        self.corr_box.setTitle(self.tr("Correlated inputs"))
        self.correlations.set_hint(self.tr(
            "Rank correlation: how strongly two inputs move together. 0.4: when one is high, the other tends to"
            " be high too; −0.4: it tends to be low; 0: unrelated. Insert adds a pair, Ctrl+− removes it."))
        for label, text in zip(self.labels, (self.tr("Discount rate"), self.tr("Trials"), self.tr("Seed"),
                                             self.tr("Sampling"))):
            label.setText(text)
        self.discount.set_tip(self.tr("Yearly discount rate for net present values (0.07 = 7 %); may be a"
                                      " distribution"))
        self.trials.set_tip(self.tr("Monte Carlo trials; more trials give steadier tail figures"))
        self.seed.set_tip(self.tr("The same seed gives the same results, bit for bit"))
        self.sampling.set_tip(self.tr("Latin hypercube and Sobol need fewer trials for the same accuracy"))
        self.sampling.set_labels({k: in_context("RiskPanel", v) for k, v in SAMPLING_TITLES.items()})
        for f in self.fields:  # numbers in the new format
            f.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
