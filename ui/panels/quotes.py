"""Quotes and, below them, the price tiers of the selected quote."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ..document import Document
from ..i18n import QT_TRANSLATE_NOOP
from ..models.columns import in_context
from ..models.quotes import QuotesModel, TiersModel
from .table_panel import TablePanel, hint_label

SCHEDULE_HINT = {
    "all_units": QT_TRANSLATE_NOOP("QuotesPanel", "All units: the whole order is priced at the tier its size"
                                                  " reaches."),
    "incremental": QT_TRANSLATE_NOOP("QuotesPanel", "Incremental: each bracket of units is paid at its own"
                                                    " tier's price."),
}


class QuotesPanel(QWidget):
    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.quotes = TablePanel(QuotesModel(doc, self), max_column=240)
        self.tiers_model = TiersModel(doc, self)
        self.tiers = TablePanel(self.tiers_model)
        self.tiers.setMaximumWidth(460)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.schedule_hint = hint_label("")
        lower = QWidget()
        lay = QVBoxLayout(lower)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.addWidget(self.caption)
        lay.addWidget(self.schedule_hint)
        lay.addWidget(self.tiers, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.quotes)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)
        self.quotes.view.selectionModel().currentRowChanged.connect(self._current_changed)
        doc.changed.connect(lambda _s: self._update_caption())
        doc.loaded.connect(self._select_first)
        self._select_first()
        self.retranslate()

    def retranslate(self) -> None:
        self.quotes.set_hint(self.tr("One row per supplier offer. Each order is bought from the cheapest quote"
                                     " that can supply it. Select a quote to edit its price tiers below."))
        self.tiers.set_hint(self.tr("Add a tier with Ins or Ctrl++, remove one with Ctrl+−."))
        self._update_caption()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _select_first(self) -> None:
        m = self.quotes.model
        if m.rowCount():
            self.quotes.view.selectionModel().setCurrentIndex(
                m.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._current_changed(self.quotes.view.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        m: Any = self.quotes.model  # a QuotesModel
        qid = m.row_data(current.row()).get("id") if current.isValid() and current.row() < m.rowCount() else None
        self.tiers_model.set_quote(qid)
        self._update_caption()

    def _update_caption(self) -> None:
        qi = self.tiers_model.quote_index()
        if qi is None:
            self.caption.setText(self.tr("Price tiers (select a quote above)"))
            self.schedule_hint.setText("")
            return
        q = self.doc.scenario.quotes[qi]
        item = next((it.name for it in self.doc.scenario.items if it.id == q.item_id), q.item_id)
        self.caption.setText(self.tr("Price tiers of {supplier} for {item}").format(supplier=q.supplier or q.id,
                                                                                    item=item))
        hint = SCHEDULE_HINT.get(q.schedule)
        self.schedule_hint.setText(((in_context("QuotesPanel", hint) + " ") if hint else "")
                                   + self.tr("Prices per purchased unit."))
