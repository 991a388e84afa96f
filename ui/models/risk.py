"""Risk inputs per item: each uncertain input a distribution in compact text form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from coop_calc.commands import MISSING

from ..distribution_text import describe, from_text, to_text
from ..i18n import QT_TRANSLATE_NOOP
from .base import RowsModel, SheetModel
from .columns import Column


@dataclass(frozen=True)
class DistColumn(Column):
    """A distribution cell: shown and typed as “PERT 4.000; 11.000; 15.000”."""

    kind: str = "dist"

    def alignment(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def edit_value(self, v: Any, model: SheetModel) -> Any:
        return "" if v is MISSING or v is None else to_text(v, model.locale())

    def display(self, v: Any, model: SheetModel, row: dict) -> str:
        return self.edit_value(v, model)

    def tooltip(self, v: Any, model: SheetModel) -> str:
        return f"{super().tooltip(v, model)}. {_dist_hint()}"

    def empty(self) -> Any:
        return MISSING

    def parse(self, value: Any, model: SheetModel) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        text = str(value or "").strip()
        if not text:
            return MISSING  # the engine's default for this input
        return from_text(text, model.locale())


def _dist_hint() -> str:
    return QCoreApplication.translate(
        "RiskModel", "Type e.g. “PERT low; most likely; high”, “Triangular …”, “Uniform low; high”,"
        " “Normal mean; sd[; low; high]”, “Lognormal mean; sd” or one number")


class RiskModel(RowsModel):
    context = "RiskModel"
    noun = QT_TRANSLATE_NOOP("RiskModel", "risk input")
    nouns = QT_TRANSLATE_NOOP("RiskModel", "risk inputs")
    insertable = False
    columns = [
        Column("name", QT_TRANSLATE_NOOP("RiskModel", "Item"), editable=False),
        DistColumn("annual_benefit", QT_TRANSLATE_NOOP("RiskModel", "Annual benefit"),
                   tip=QT_TRANSLATE_NOOP("RiskModel", "Benefit per unit of need and year, in currency")),
        DistColumn("annual_operating_cost", QT_TRANSLATE_NOOP("RiskModel", "Operating cost"),
                   tip=QT_TRANSLATE_NOOP("RiskModel", "Operating cost per purchased unit and year, in currency")),
        DistColumn("residual_value", QT_TRANSLATE_NOOP("RiskModel", "Residual value"),
                   tip=QT_TRANSLATE_NOOP("RiskModel", "Share of the purchase price recovered at the end of the"
                                                      " useful life (0–1)")),
        DistColumn("utilisation", QT_TRANSLATE_NOOP("RiskModel", "Utilisation"),
                   tip=QT_TRANSLATE_NOOP("RiskModel", "Realised share of the planned need (0–1)")),
        DistColumn("price_escalation", QT_TRANSLATE_NOOP("RiskModel", "Price change"),
                   tip=QT_TRANSLATE_NOOP("RiskModel", "Relative price change between quote and purchase"
                                                      " (0.02 = +2 %)")),
        Column("failure_probability", QT_TRANSLATE_NOOP("RiskModel", "Failure risk"), kind="percent", scale=100.0,
               optional=True, tip=QT_TRANSLATE_NOOP("RiskModel", "Probability that the technology fails to pay off")),
        DistColumn("failure_loss", QT_TRANSLATE_NOOP("RiskModel", "Loss if it fails"),
                   tip=QT_TRANSLATE_NOOP("RiskModel", "Share of the benefit lost on failure (0–1)")),
        Column("failure_scope", QT_TRANSLATE_NOOP("RiskModel", "Failure hits"), kind="choice", optional=True,
               choices=(("common", QT_TRANSLATE_NOOP("RiskModel", "all partners together")),
                        ("independent", QT_TRANSLATE_NOOP("RiskModel", "each partner on its own"))),
               tip=QT_TRANSLATE_NOOP("RiskModel", "A common failure hits every partner using the item at once"
                                                  " (same technology)")),
    ]

    def table(self) -> tuple:
        return ("items",)

    def value(self, row: int, col: Column) -> Any:
        r = self.row_data(row)
        if col.key == "name":
            return r.get("name", "")
        risk = r.get("risk")
        if not isinstance(risk, dict):
            return MISSING
        return risk.get(col.key, MISSING)

    def path(self, row: int, col: Column) -> tuple:
        return ("items", row, "risk", col.key)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and not self.cell_error(index):
            col = self.columns[index.column()]
            item = self.scenario.items[index.row()] if index.row() < len(self.scenario.items) else None
            if item is not None and item.risk is None and col.key != "name":
                return self.tr("No risk inputs for this item yet: type a value to add them (others start at"
                               " their defaults)")
            if item is not None and isinstance(col, DistColumn):
                dist = getattr(item.risk, col.key, None)
                if dist is not None:
                    return f"{col.label(self)}: {describe(dist.to_dict(), self.locale())}\n\n{col.tooltip(None, self)}"
        return super().data(index, role)


