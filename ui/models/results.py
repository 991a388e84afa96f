"""Read-only tables of results: each partner's cost alone and in the pool, and every rule compared.

Amounts are the reconciled figures of :func:`coop_calc.money_table.money_table` — rounded to the cent
once for the whole result — so the partners' rows add up to the pool's total and each row's cost plus
savings is its stand-alone cost exactly, as in every export.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from coop_calc.exchange.texts import rule_title
from coop_calc.money_table import money_table

from .. import i18n
from ..i18n import QT_TRANSLATE_NOOP
from ..numbers import format_money, format_percent
from .base import Index

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class _ResultsBase(QAbstractTableModel):
    #: English source texts in the ``"ResultsTables"`` translation context
    headers: list[str] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[list[Any]] = []  # cells: str (label) or float (amount) or None
        self._currency = "EUR"
        self._bold_last = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_text(section)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return LEFT if section == 0 else RIGHT
        return None

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("ResultsTables", self.headers[section])

    def retranslate(self) -> None:
        """The interface language changed: the owner fills the rows again; headers are asked again."""
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def fmt(self, col: int, v: Any) -> str:
        return format_money(v, self._currency, QLocale()) if isinstance(v, float) else str(v or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.headers):
            return None
        v = self._rows[index.row()][index.column()]
        R = Qt.ItemDataRole
        if role == R.DisplayRole:
            return self.fmt(index.column(), v)
        if role == R.EditRole:
            return v
        if role == R.TextAlignmentRole:
            return RIGHT if isinstance(v, float) or index.column() > 0 else LEFT
        if role == R.FontRole and self._bold_last and index.row() == len(self._rows) - 1:
            f = QFont()
            f.setBold(True)
            return f
        return None

    def _set(self, rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


class PartnerResultsModel(_ResultsBase):
    """Partner | alone | in the pool (chosen rule) | saves | saves %; last row: the pool."""

    headers = [QT_TRANSLATE_NOOP("ResultsTables", "Partner"), QT_TRANSLATE_NOOP("ResultsTables", "Alone"),
               QT_TRANSLATE_NOOP("ResultsTables", "In the pool"), QT_TRANSLATE_NOOP("ResultsTables", "Saves"),
               QT_TRANSLATE_NOOP("ResultsTables", "Saves %")]

    def fmt(self, col: int, v: Any) -> str:
        if col == 4 and isinstance(v, float):
            return format_percent(v, QLocale(), decimals=1)
        return super().fmt(col, v)

    def set_analysis(self, analysis) -> None:
        if analysis is None:
            self._set([])
            return
        r = analysis.savings
        t = money_table(analysis)
        self._currency, self._bold_last = r.currency, True
        alone = list(t.standalone)
        split = analysis.chosen_split()
        shares = t.split_savings.get(analysis.chosen_rule) if split is not None else None
        pooled: list[float | None] = list(t.split_cost[analysis.chosen_rule]) if shares else [None] * len(alone)
        rows = []
        for i, (p, a, c) in enumerate(zip(r.partners, alone, pooled)):
            saves = shares[i] if shares else None
            pct = 100.0 * saves / a if saves is not None and a > 0 else None
            rows.append([p.name, a, c, saves, pct])
        rows.append([QCoreApplication.translate("ResultsTables", "Pool"), t.total_standalone, t.pooled_cost,
                     t.savings, r.savings_pct])
        self._set(rows)


class RuleComparisonModel(_ResultsBase):
    """Each partner's cost under every rule, side by side, with the core test in the last row."""

    headers = [QT_TRANSLATE_NOOP("ResultsTables", "Partner")]
    #: the rules of the columns after the first
    rules: list[str] = []

    def header_text(self, section: int) -> str:
        if section == 0:
            return super().header_text(0)
        rule = self.rules[section - 1]
        return rule_title(rule, i18n.language())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal and section > 0:
            return int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        return super().headerData(section, orientation, role)

    def set_analysis(self, analysis) -> None:
        if analysis is None or analysis.splits is None:
            self.headers = self.headers[:1]
            self.rules = []
            self._set([])
            return
        self._currency = analysis.savings.currency
        splits = analysis.splits.splits
        rules = list(splits)
        self.beginResetModel()
        self.headers = self.headers[:1] + list(rules)
        self.rules = list(rules)
        rows: list[list[Any]] = []
        costs = money_table(analysis).split_cost
        for i, p in enumerate(analysis.savings.partners):
            rows.append([p.name] + [costs[r][i] for r in rules])
        yes, no = (QCoreApplication.translate("ResultsTables", "✓ yes"),
                   QCoreApplication.translate("ResultsTables", "✗ no"))
        rows.append([QCoreApplication.translate("ResultsTables", "Stable (in the core)")] + [
            "—" if splits[r].in_core is None else (yes if splits[r].in_core else no) for r in rules])
        self._rows = rows
        self.endResetModel()
