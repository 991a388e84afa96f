"""The editor tabs: pool and rule, partners, items, quotes, demand, risk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from . import EDITOR_TABS
from .document import Document
from .models.demand import DemandModel
from .models.items import ItemsModel
from .models.partners import PartnersModel
from .panels.pool import PoolPanel
from .panels.quotes import QuotesPanel
from .panels.risk import RiskPanel
from .panels.table_panel import TablePanel
from .sheet import SheetView


class EditorTabs(QTabWidget):
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.pool = PoolPanel(doc)
        self.partners = TablePanel(PartnersModel(doc, self),
                                   "The firms in the pool. Names are shown in results; the alias replaces"
                                   " them in anonymous views.")
        self.items = TablePanel(ItemsModel(doc, self),
                                "What the pool buys. Capacity per unit says how much need one purchased unit"
                                " covers (a shared 3D printer: 3000 machine-hours per year).")
        self.quotes = QuotesPanel(doc)
        self.demand = TablePanel(DemandModel(doc, self),
                                 "Each partner's need of each item, in the item's unit. Paste a block from"
                                 " Excel with Ctrl+V; an empty cell means no need.", max_column=150)
        header = self.demand.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().height() * 4 + 10)
        self.demand.view.horizontalHeader().setStretchLastSection(False)
        self.risk = RiskPanel(doc)
        panels = (self.pool, self.partners, self.items, self.quotes, self.demand, self.risk)
        for panel, title in zip(panels, EDITOR_TABS):
            self.addTab(panel, title.replace("&", "&&"))
        for view in self.findChildren(SheetView):
            view.message.connect(self.message)
        for panel in (self.pool, self.risk):
            panel.message.connect(self.message)

    def current_sheet(self) -> SheetView | None:
        """The sheet that has (or last had) the keyboard focus on the current tab."""
        page = self.currentWidget()
        sheets = page.findChildren(SheetView) if page else []
        for s in sheets:
            if s.hasFocus():
                return s
        return sheets[0] if sheets else None
