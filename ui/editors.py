"""The editor tabs: pool and rule, partners, items, quotes, demand, risk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from .document import Document
from .models.demand import DemandModel
from .models.items import ItemsModel
from .models.partners import PartnersModel
from .panels.pool import PoolPanel
from .panels.quotes import QuotesPanel
from .panels.risk import RiskPanel
from .panels.table_panel import TablePanel
from .sheet import SheetView


def tab_titles() -> list[str]:
    """The editor tabs' titles in the interface language, in order (the View menu uses them too, with
    Ctrl+1 … Ctrl+6). ``ui.EDITOR_TABS`` holds the English ones."""
    return [QCoreApplication.translate("EditorTabs", "Pool & rule"),
            QCoreApplication.translate("EditorTabs", "Partners"),
            QCoreApplication.translate("EditorTabs", "Items"),
            QCoreApplication.translate("EditorTabs", "Quotes"),
            QCoreApplication.translate("EditorTabs", "Demand"),
            QCoreApplication.translate("EditorTabs", "Risk")]


class EditorTabs(QTabWidget):
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setDocumentMode(True)
        self.pool = PoolPanel(doc)
        self.partners = TablePanel(PartnersModel(doc, self))
        self.items = TablePanel(ItemsModel(doc, self))
        self.quotes = QuotesPanel(doc)
        self.demand = TablePanel(DemandModel(doc, self), max_column=150)
        header = self.demand.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().height() * 4 + 10)
        self.demand.view.horizontalHeader().setStretchLastSection(False)
        self.risk = RiskPanel(doc)
        for panel in (self.pool, self.partners, self.items, self.quotes, self.demand, self.risk):
            self.addTab(panel, "")
        self.retranslate()
        for view in self.findChildren(SheetView):
            view.message.connect(self.message)
        for panel in (self.pool, self.risk):
            panel.message.connect(self.message)

    def retranslate(self) -> None:
        for i, title in enumerate(tab_titles()):
            self.setTabText(i, title.replace("&", "&&"))
        self.partners.set_hint(self.tr("The firms in the pool. Names are shown in results; the alias replaces"
                                       " them in anonymous views."))
        self.items.set_hint(self.tr("What the pool buys. Capacity per unit says how much need one purchased unit"
                                    " covers (a shared 3D printer: 3000 machine-hours per year)."))
        self.demand.set_hint(self.tr("Each partner's need of each item, in the item's unit. Paste a block from"
                                     " Excel with Ctrl+V; an empty cell means no need."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_sheet(self) -> SheetView | None:
        """The sheet that has (or last had) the keyboard focus on the current tab."""
        page = self.currentWidget()
        sheets = page.findChildren(SheetView) if page else []
        for s in sheets:
            if s.hasFocus():
                return s
        return sheets[0] if sheets else None
