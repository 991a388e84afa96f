"""Risk inputs per item (distributions) and the simulation settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from coop_calc.model import SAMPLING_METHODS

from ..document import Document
from ..fields import BoundCombo, BoundLineEdit
from ..models.risk import RiskModel
from .table_panel import TablePanel

SAMPLING_TITLES = {"plain": "Plain random", "lhs": "Latin hypercube", "sobol": "Scrambled Sobol"}


class RiskPanel(QWidget):
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = TablePanel(RiskModel(doc, self),
                                "What may turn out differently, per item. Type a distribution such as"
                                " “PERT 4000; 11000; 15000” (low; most likely; high), “Uniform 0.05; 0.2”,"
                                " “Normal mean; sd; low; high” or a single number. Shares are fractions"
                                " (0.9 = 90 %). Hover a cell for what it means.")
        self.table.view.message.connect(self.message)
        box = QGroupBox("Simulation settings")
        form = QFormLayout(box)
        self.fields = [
            BoundLineEdit(doc, ("risk", "discount_rate"), "discount rate", "dist",
                          tip="Yearly discount rate for net present values (0.07 = 7 %); may be a distribution"),
            BoundLineEdit(doc, ("risk", "trials"), "number of trials", "int",
                          tip="Monte Carlo trials; more trials give steadier tail figures"),
            BoundLineEdit(doc, ("risk", "seed"), "seed", "plain",
                          tip="The same seed gives the same results, bit for bit"),
            BoundCombo(doc, ("risk", "sampling"), "sampling method",
                       [(k, SAMPLING_TITLES.get(k, k)) for k in SAMPLING_METHODS],
                       tip="Latin hypercube and Sobol need fewer trials for the same accuracy"),
        ]
        for label, f in zip(("Discount rate", "Trials", "Seed", "Sampling"), self.fields):
            f.message.connect(self.message)
            f.setMinimumWidth(260)
            form.addRow(label, f)
        row = QHBoxLayout()
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
