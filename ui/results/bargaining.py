"""Bargaining power: per item, the price–volume curve of every quote with each partner's stand-alone
purchase and the pool's purchase marked, and a table of what each partner pays per unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from coop_calc import charts

from .common import Chart, Table, heading, money, number, percent, table_view


class BargainingPage(QWidget):
    """An item selector, the price–volume chart of the chosen item and a table per partner."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = self.analysis = None
        self.item_label = QLabel()
        self.items = QComboBox()
        self.items.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.items.currentIndexChanged.connect(self._draw)
        self.summary = heading(size=1.1, scale=scale)
        self.chart = Chart(scale)
        self.model = Table(self)
        self.table = table_view(self.model)
        top = QHBoxLayout()
        top.addWidget(self.item_label)
        top.addWidget(self.items)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setSizes([560, 260])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Bargaining power")

    def retranslate(self) -> None:
        self.item_label.setText(self.tr("Item:"))

    def set_results(self, scenario, analysis) -> None:
        keep = self.items.currentData()
        self.scenario, self.analysis = scenario, analysis
        self.items.blockSignals(True)
        self.items.clear()
        if scenario is not None and analysis is not None:
            pooled = {p.item_id for p in analysis.savings.items}
            for it in scenario.items:
                if it.id in pooled:
                    self.items.addItem(it.name, it.id)
        at = self.items.findData(keep)
        self.items.setCurrentIndex(at if at >= 0 else 0)
        self.items.blockSignals(False)
        self._draw()

    def refresh(self) -> None:
        self.retranslate()
        self._draw()

    def _draw(self) -> None:
        item_id = self.items.currentData()
        if self.analysis is None or item_id is None:
            self.chart.clear()
            self.summary.setText(self.tr("No item is bought by the pool yet."))
            self.model.set_rows([], [])
            return
        s, a = self.scenario, self.analysis
        item = next(it for it in s.items if it.id == item_id)
        self.chart.draw(charts.price_volume, s, a, item_id)
        self.chart.set_caption(self.tr("Each line is one supplier's quote: what one unit of need costs, fees included,"
                                       " at each order size. The dots are the partners buying alone, the star is"
                                       " the pool."))
        cur = s.meta.currency
        pool = next(p for p in a.savings.items if p.item_id == item_id)
        rows = []
        prices = []
        for i, pr in enumerate(a.savings.partners):
            mine = next((x for x in pr.purchases if x.item_id == item_id), None)
            if mine is None:
                continue
            prices.append(mine.price_per_need)
            cheaper = 100 * (1 - pool.price_per_need / mine.price_per_need) if mine.price_per_need else 0.0
            rows.append([(pr.name, pr.name), (number(mine.need), mine.need), (mine.supplier, mine.supplier),
                         (money(mine.price_per_need, cur), mine.price_per_need),
                         (money(pool.price_per_need, cur), pool.price_per_need), (percent(cheaper), cheaper)])
        rows.append([(self.tr("The pool"), ""), (number(pool.need), pool.need), (pool.supplier, pool.supplier),
                     ("", None), (money(pool.price_per_need, cur), pool.price_per_need), ("", None)])
        self.model.set_rows([self.tr("Partner"), self.tr("Need (%1)").replace("%1", item.unit), self.tr("Supplier"),
                             self.tr("Per unit alone"), self.tr("Per unit in the pool"), self.tr("Cheaper by")],
                            rows, bold_rows=[len(rows) - 1])
        if item.capacity_per_unit == 1:
            units = f"{number(pool.units)} {item.unit}"
        else:
            units = self.tr("%1 units for %2 %3").replace("%1", number(pool.units)).replace(
                "%2", number(pool.need)).replace("%3", item.unit)
        if prices:
            self.summary.setText(
                self.tr("Together the pool buys %1 from %2 at %3 per unit of need; alone the partners would pay"
                        " between %4 and %5.")
                .replace("%1", units).replace("%2", pool.supplier).replace("%3", money(pool.price_per_need, cur))
                .replace("%4", money(min(prices), cur)).replace("%5", money(max(prices), cur)))
        else:
            self.summary.setText(self.tr("Together the pool buys %1 from %2.").replace("%1", units)
                                 .replace("%2", pool.supplier))
