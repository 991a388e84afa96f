"""The items table: the equipment and technology the pool buys."""

from __future__ import annotations

from coop_calc.commands import new_id

from .base import RowsModel
from .columns import Column


class ItemsModel(RowsModel):
    noun = "item"
    columns = [
        Column("name", "Name"),
        Column("id", "Id", tip="A short unique key; renaming it keeps quotes, demand and correlations attached"),
        Column("category", "Category", optional=True),
        Column("unit", "Unit of need", tip="How needs are counted: pieces, seats, machine-hours per year …"),
        Column("capacity_per_unit", "Capacity per unit", kind="number",
               tip="How much need one purchased unit covers (1 for ordinary goods; e.g. 3000 machine-hours"
                   " for a shared 3D printer)"),
        Column("useful_life_years", "Useful life (years)", kind="number"),
    ]

    def table(self) -> tuple:
        return ("items",)

    def new_rows(self, count: int, at: int) -> list[dict]:
        taken = {r.get("id") for r in self._rows}
        rows = []
        for k in range(count):
            iid = new_id("item", taken)
            taken.add(iid)
            rows.append({"id": iid, "name": f"New item {len(self._rows) + k + 1}", "unit": "pieces",
                         "capacity_per_unit": 1, "useful_life_years": 5})
        return rows
