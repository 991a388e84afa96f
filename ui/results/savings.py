"""Savings overview: how much pooling saves, who commits how much capital, what coordination costs,
and what the pool would lose if a partner left."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from coop_calc import charts
from coop_calc.exchange.texts import rule_title
from coop_calc.money import round_to_total
from coop_calc.money_table import money_table

from .common import Chart, Table, heading, lang, money, muted, percent, table_view


class SavingsPage(QWidget):
    """Headline savings, cost per partner alone vs in the pool, the pool's cost from stand-alone to
    pooled, the pool without each partner, and a table of the same numbers per partner."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario: Any = None
        self.analysis: Any = None
        self.headline = heading(scale=scale)
        self.subline = QLabel()
        self.subline.setWordWrap(True)
        self.per_partner = Chart(scale)
        self.waterfall = Chart(scale)
        self.leave = Chart(scale)
        self.model = Table(self)
        self.table = table_view(self.model)
        self.table_caption = QLabel()
        self.table_caption.setWordWrap(True)
        muted(self.table_caption)
        grid = QGridLayout()
        grid.addWidget(self.per_partner, 0, 0)
        grid.addWidget(self.waterfall, 0, 1)
        grid.addWidget(self.leave, 1, 0)
        box = QVBoxLayout()
        box.addWidget(self.table, 1)
        box.addWidget(self.table_caption)
        grid.addLayout(box, 1, 1)
        for i in range(2):
            grid.setColumnStretch(i, 1)
            grid.setRowStretch(i, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)
        lay.addWidget(self.subline)
        lay.addLayout(grid, 1)

    def title(self) -> str:
        return self.tr("Savings")

    def set_results(self, scenario, analysis) -> None:
        self.scenario, self.analysis = scenario, analysis
        self.refresh()

    def refresh(self) -> None:
        a = self.analysis
        if a is None:
            self.headline.setText(self.tr("No results yet."))
            self.subline.clear()
            for c in (self.per_partner, self.waterfall, self.leave):
                c.clear()
            self.model.set_rows([], [])
            return
        r = a.savings
        cur = r.currency
        t = money_table(a)
        # whole euros that still add up: savings + coordination = savings before coordination
        saved, coord = round_to_total([t.savings, t.coordination_cost], t.gross_savings, decimals=0)
        if r.savings >= 0:
            self.headline.setText(self.tr("Buying together saves %1 (%2) of the %3 the partners would pay alone.")
                                  .replace("%1", money(saved, cur, 0)).replace("%2", percent(r.savings_pct))
                                  .replace("%3", money(t.total_standalone, cur, 0)))
        else:
            self.headline.setText(self.tr("Buying together costs %1 more than buying alone.")
                                  .replace("%1", money(-saved, cur, 0)))
        sub = [self.tr("Better prices and fewer units save %1; coordinating the pool costs %2.")
               .replace("%1", money(saved + coord, cur, 0)).replace("%2", money(coord, cur, 0))]
        if r.min_paying_pool_size is not None:
            sub.append(self.tr("The smallest group that already pays off has %1 partners.")
                       .replace("%1", str(r.min_paying_pool_size)))
        self.subline.setText(" ".join(sub))
        split = a.chosen_split()
        self.per_partner.draw(charts.cost_per_partner, a)
        rule = rule_title(a.chosen_rule, lang())
        self.per_partner.set_caption(
            self.tr("The capital each partner commits: grey if it bought alone, blue its share of the pool's cost"
                    " under the rule “%1”.").replace("%1", rule) if split is not None else
            self.tr("The capital each partner would commit buying alone (splits are computed for pools of up to"
                    " 22 partners)."))
        self.waterfall.draw(charts.pool_waterfall, a)
        self.waterfall.set_caption(self.tr("From what all partners would pay alone to what the pool pays: better"
                                           " prices and fewer units save money, coordinating the pool costs some."))
        self.leave.draw(charts.without_partner, a)
        self.leave.set_caption(self.tr("If a partner left, the others could still pool; the red part is what the"
                                       " pool would lose without that partner."))
        self._fill_table(split)

    def _fill_table(self, split) -> None:
        r = self.analysis.savings
        t = money_table(self.analysis)  # rounded once: every row and total adds up to the cent
        cur = r.currency
        alone = list(t.standalone)
        pooled = t.split_cost[self.analysis.chosen_rule] if split is not None else None
        headers = [self.tr("Partner"), self.tr("Alone"), self.tr("In the pool"), self.tr("Savings"),
                   self.tr("Savings %"), self.tr("Pool loses if it leaves")]
        rows = []
        for i, p in enumerate(r.partners):
            a_i = alone[i]
            row = [(p.name, p.name), (money(a_i, cur), a_i)]
            if pooled is not None:
                s_i = a_i - pooled[i]
                row += [(money(pooled[i], cur), pooled[i]), (money(s_i, cur), s_i),
                        (percent(100 * s_i / a_i if a_i else 0.0), 100 * s_i / a_i if a_i else 0.0)]
            else:
                row += [("–", None)] * 3
            lost = t.leave_savings_lost[i]
            row.append((money(lost, cur), lost))
            rows.append(row)
        total = [(self.tr("All partners"), ""), (money(t.total_standalone, cur), t.total_standalone),
                 (money(t.pooled_cost, cur), t.pooled_cost), (money(t.savings, cur), t.savings),
                 (percent(r.savings_pct), r.savings_pct), ("", None)]
        rows.append(total)
        self.model.set_rows(headers, rows, bold_rows=[len(rows) - 1])
        self.table_caption.setText(self.tr("Amounts are rounded to the cent so that the partners add up to the"
                                           " pool's total."))
