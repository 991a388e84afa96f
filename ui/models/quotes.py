"""The quotes table (one row per supplier offer for an item) and the tier table of one quote."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication

from coop_calc.commands import default_tier
from coop_calc.errors import ValidationError
from coop_calc.model import ALL_UNITS, INCREMENTAL, Scenario

from ..i18n import QT_TRANSLATE_NOOP
from ..numbers import format_money, format_number
from .base import RowsModel, SheetModel, fresh_ids, json_of
from .columns import Column

SCHEDULE_CHOICES = ((ALL_UNITS, QT_TRANSLATE_NOOP("QuotesModel", "All units")),
                    (INCREMENTAL, QT_TRANSLATE_NOOP("QuotesModel", "Incremental")))


def _items(model: SheetModel) -> list[tuple[str, str]]:
    return [(it.id, it.name) for it in model.scenario.items]


def _tier_summary(row: dict, model: SheetModel) -> str:
    tiers = row.get("tiers") or []
    if not tiers:
        return QCoreApplication.translate("QuotesModel", "no tiers")
    loc, cur = model.locale(), model.currency
    first, last = tiers[0]["unit_price"], tiers[-1]["unit_price"]
    if len(tiers) == 1:
        return QCoreApplication.translate("QuotesModel", "{price} each").format(
            price=format_money(first, cur, loc, decimals=None))
    return QCoreApplication.translate("QuotesModel", "{count} tiers: {first} … {last} from {quantity}").format(
        count=len(tiers), first=format_money(first, cur, loc, decimals=None),
        last=format_money(last, cur, loc, decimals=None), quantity=format_number(tiers[-1]["min_quantity"], loc))


class QuotesModel(RowsModel):
    context = "QuotesModel"
    noun = QT_TRANSLATE_NOOP("QuotesModel", "quote")
    nouns = QT_TRANSLATE_NOOP("QuotesModel", "quotes")
    columns = [
        Column("item", QT_TRANSLATE_NOOP("QuotesModel", "Item"), kind="choice", choices=_items,
               tip=QT_TRANSLATE_NOOP("QuotesModel", "The item this quote is for")),
        Column("supplier", QT_TRANSLATE_NOOP("QuotesModel", "Supplier")),
        Column("id", QT_TRANSLATE_NOOP("QuotesModel", "Id")),
        Column("schedule", QT_TRANSLATE_NOOP("QuotesModel", "Schedule"), kind="choice", choices=SCHEDULE_CHOICES,
               tip=QT_TRANSLATE_NOOP("QuotesModel", "All units: the whole order gets the tier's price. Incremental:"
                                                    " each bracket of units is paid at its own price.")),
        Column("fixed_fee", QT_TRANSLATE_NOOP("QuotesModel", "Fixed fee"), kind="money",
               tip=QT_TRANSLATE_NOOP("QuotesModel", "Paid once per order: delivery, integration, set-up")),
        Column("min_order", QT_TRANSLATE_NOOP("QuotesModel", "Min. order"), kind="int", optional=True,
               tip=QT_TRANSLATE_NOOP("QuotesModel", "Smallest order in purchased units (empty: no minimum)")),
        Column("max_order", QT_TRANSLATE_NOOP("QuotesModel", "Max. order"), kind="int", optional=True,
               tip=QT_TRANSLATE_NOOP("QuotesModel", "Largest order (empty: no limit)")),
        Column("valid_until", QT_TRANSLATE_NOOP("QuotesModel", "Valid until"), kind="date", optional=True),
        Column("tiers", QT_TRANSLATE_NOOP("QuotesModel", "Price tiers"), kind="derived", editable=False,
               derive=_tier_summary,
               tip=QT_TRANSLATE_NOOP("QuotesModel", "Edit the tiers of the selected quote in the table below")),
    ]

    def table(self) -> tuple:
        return ("quotes",)

    def new_rows(self, count: int, at: int) -> list[dict]:
        if not self.scenario.items:
            raise ValidationError(self.tr("Quotes: add an item first; every quote is for one item"))
        template = self._rows[min(max(at - 1, 0), len(self._rows) - 1)] if self._rows else None
        rows = []
        for qid in fresh_ids("quote", {r.get("id") for r in self._rows}, count):
            if template is not None:
                row = copy.deepcopy(template)
                row.pop("valid_until", None)
                row.update(id=qid, supplier=self.tr("New supplier"))
            else:
                row = {"id": qid, "item": self.scenario.items[0].id, "supplier": self.tr("New supplier"),
                       "schedule": ALL_UNITS, "tiers": [{"min_quantity": 1, "unit_price": 0}], "fixed_fee": 0}
            rows.append(row)
        return rows


class TiersModel(RowsModel):
    """The price tiers of the quote chosen with :meth:`set_quote` (by id, so it survives edits)."""

    context = "TiersModel"
    noun = QT_TRANSLATE_NOOP("TiersModel", "tier")
    nouns = QT_TRANSLATE_NOOP("TiersModel", "tiers")
    columns = [
        Column("min_quantity", QT_TRANSLATE_NOOP("TiersModel", "From quantity"), kind="int",
               tip=QT_TRANSLATE_NOOP("TiersModel", "From this many purchased units on, the unit price below"
                                                   " applies")),
        Column("unit_price", QT_TRANSLATE_NOOP("TiersModel", "Unit price"), kind="money"),
    ]

    def __init__(self, doc, parent=None):
        self.quote_id: str | None = None
        super().__init__(doc, parent)

    def set_quote(self, quote_id: str | None) -> None:
        if quote_id != self.quote_id:
            self.quote_id = quote_id
            self._reset()

    def quote_index(self, scenario: Scenario | None = None) -> int | None:
        quotes = json_of(scenario or self.scenario)["quotes"]
        for i, q in enumerate(quotes):
            if q.get("id") == self.quote_id:
                return i
        return None

    def table(self) -> tuple:
        qi = self.quote_index()
        return ("quotes", qi if qi is not None else 10**9, "tiers")

    def rows_of(self, scenario: Scenario) -> list[dict]:
        qi = self.quote_index(scenario)
        return list(json_of(scenario)["quotes"][qi]["tiers"]) if qi is not None else []

    def new_rows(self, count: int, at: int) -> list[dict]:
        tiers = list(self._rows)
        out = []
        for k in range(count):
            t = default_tier(tiers, at + k)
            tiers.insert(at + k, t)
            out.append(t)
        return out

    def insert_command(self, row: int):
        if self.quote_index() is None:
            return None
        return super().insert_command(row)
