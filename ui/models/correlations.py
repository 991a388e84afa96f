"""Rank correlations between uncertain inputs: one row per pair (input A, input B, ρ).

The rows are the scenario's ``risk.correlations`` list; inputs are named like the engine names them
(``cobot.annual_benefit``, ``discount_rate``) and shown in user words ("Collaborative robot: annual
benefit"). Only inputs that really vary are offered: a fixed value has no ranks to correlate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from coop_calc.errors import ValidationError
from coop_calc.parse import RISK_FIELDS

from ..i18n import QT_TRANSLATE_NOOP
from .base import RowsModel, SheetModel
from .columns import Column, in_context

CONTEXT = "CorrelationsModel"

FIELD_TITLES = {
    "annual_benefit": QT_TRANSLATE_NOOP("CorrelationsModel", "annual benefit"),
    "annual_operating_cost": QT_TRANSLATE_NOOP("CorrelationsModel", "operating cost"),
    "residual_value": QT_TRANSLATE_NOOP("CorrelationsModel", "residual value"),
    "utilisation": QT_TRANSLATE_NOOP("CorrelationsModel", "utilisation"),
    "price_escalation": QT_TRANSLATE_NOOP("CorrelationsModel", "price change"),
}


#: (varying_only, language marker) → (scenario, inputs, labels by name): a 500-item pool has 2,500
#: inputs, and every cell of the table asks for them.
_CACHE: dict[tuple, tuple[Any, list[tuple[str, str]], dict[str, str]]] = {}


def _cached(model: SheetModel, varying_only: bool) -> tuple[list[tuple[str, str]], dict[str, str]]:
    s = model.scenario
    key = (varying_only, QCoreApplication.translate("CorrelationsModel", "Discount rate"))
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not s:
        found = _inputs(model, varying_only)
        hit = _CACHE[key] = (s, found, dict(found))
    return hit[1], hit[2]


def inputs(model: SheetModel, *, varying_only: bool = True) -> list[tuple[str, str]]:
    """(engine name, label in user words) of the scenario's uncertain inputs."""
    return list(_cached(model, varying_only)[0])


def _inputs(model: SheetModel, varying_only: bool) -> list[tuple[str, str]]:
    s = model.scenario
    out: list[tuple[str, str]] = []
    if not varying_only or not s.risk.discount_rate.is_constant():
        out.append(("discount_rate", QCoreApplication.translate("CorrelationsModel", "Discount rate")))
    for it in s.items:
        if it.risk is None:
            continue
        for f in RISK_FIELDS:
            if varying_only and getattr(it.risk, f).is_constant():
                continue
            out.append((f"{it.id}.{f}", QCoreApplication.translate("CorrelationsModel", "{item}: {input}").format(
                item=it.name, input=in_context(CONTEXT, FIELD_TITLES.get(f, f)))))
    return out


@dataclass(frozen=True)
class InputColumn(Column):
    """A choice of input; names of fixed inputs are still shown in words, but cannot be chosen."""

    kind: str = "choice"

    def display(self, v: Any, model: SheetModel, row: dict) -> str:
        if isinstance(v, str):
            label = _cached(model, False)[1].get(v)
            if label is not None:
                return label
        return super().display(v, model, row)

    def parse(self, value: Any, model: SheetModel) -> Any:
        text = value.strip() if isinstance(value, str) else value
        every = _cached(model, False)[0]
        varying = _cached(model, True)[1]
        for name, label in every:
            if isinstance(text, str) and text.casefold() in (name.casefold(), label.casefold()) \
                    and name not in varying:
                raise ValueError(QCoreApplication.translate(
                    "CorrelationsModel", "{input} is a fixed value, so it cannot be correlated; give it a distribution"
                             " first").format(input=label))
        return super().parse(value, model)


class CorrelationsModel(RowsModel):
    context = CONTEXT
    noun = QT_TRANSLATE_NOOP("CorrelationsModel", "correlation")
    nouns = QT_TRANSLATE_NOOP("CorrelationsModel", "correlations")
    columns = [
        InputColumn("a", QT_TRANSLATE_NOOP("CorrelationsModel", "Input A"), choices=inputs,
                    tip=QT_TRANSLATE_NOOP("CorrelationsModel", "An uncertain input (one that is not a fixed"
                                                               " value)")),
        InputColumn("b", QT_TRANSLATE_NOOP("CorrelationsModel", "Input B"), choices=inputs,
                    tip=QT_TRANSLATE_NOOP("CorrelationsModel", "The input that moves together with input A")),
        Column("rho", QT_TRANSLATE_NOOP("CorrelationsModel", "Rank correlation ρ"), kind="number",
               tip=QT_TRANSLATE_NOOP("CorrelationsModel", "From −1 to 1: 1 = always high together, 0 = unrelated,"
                                                          " −1 = one high when the other is low")),
    ]

    def table(self) -> tuple:
        return ("risk", "correlations")

    def new_rows(self, count: int, at: int) -> list[dict]:
        names = [name for name, _ in inputs(self)]
        taken = {frozenset((r.get("a"), r.get("b"))) for r in self._rows}
        rows: list[dict] = []
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if len(rows) < count and frozenset((a, b)) not in taken:
                    taken.add(frozenset((a, b)))
                    rows.append({"a": a, "b": b, "rho": 0})
        if len(rows) < count:
            if len(names) < 2:
                raise ValidationError(self.tr("Correlations: at least two inputs must be uncertain (given as a"
                                              " distribution, not a single number)"))
            raise ValidationError(self.tr("Correlations: every pair of uncertain inputs already has a row"))
        return rows
