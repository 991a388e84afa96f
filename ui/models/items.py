"""The items table: the equipment and technology the pool buys."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from .base import RowsModel, fresh_ids
from .columns import Column


class ItemsModel(RowsModel):
    context = "ItemsModel"
    noun = QT_TRANSLATE_NOOP("ItemsModel", "item")
    nouns = QT_TRANSLATE_NOOP("ItemsModel", "items")
    columns = [
        Column("name", QT_TRANSLATE_NOOP("ItemsModel", "Name")),
        Column("id", QT_TRANSLATE_NOOP("ItemsModel", "Id"),
               tip=QT_TRANSLATE_NOOP("ItemsModel", "A short unique key; renaming it keeps quotes, demand and"
                                                   " correlations attached")),
        Column("category", QT_TRANSLATE_NOOP("ItemsModel", "Category"), optional=True),
        Column("unit", QT_TRANSLATE_NOOP("ItemsModel", "Unit of need"),
               tip=QT_TRANSLATE_NOOP("ItemsModel", "How needs are counted: pieces, seats, machine-hours per"
                                                   " year …")),
        Column("capacity_per_unit", QT_TRANSLATE_NOOP("ItemsModel", "Capacity per unit"), kind="number",
               tip=QT_TRANSLATE_NOOP("ItemsModel", "How much need one purchased unit covers (1 for ordinary"
                                                   " goods; e.g. 3000 machine-hours for a shared 3D printer)")),
        Column("useful_life_years", QT_TRANSLATE_NOOP("ItemsModel", "Useful life (years)"), kind="number"),
    ]

    def table(self) -> tuple:
        return ("items",)

    def new_rows(self, count: int, at: int) -> list[dict]:
        rows = []
        for k, iid in enumerate(fresh_ids("item", {r.get("id") for r in self._rows}, count)):
            rows.append({"id": iid, "name": self.tr("New item {number}").format(number=len(self._rows) + k + 1),
                         "unit": self.tr("pieces"),
                         "capacity_per_unit": 1, "useful_life_years": 5})
        return rows
