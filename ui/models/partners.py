"""The partners table: one row per firm in the pool."""

from __future__ import annotations

from coop_calc.commands import new_id

from .base import RowsModel
from .columns import Column


class PartnersModel(RowsModel):
    noun = "partner"
    columns = [
        Column("name", "Name", tip="The firm's name as the partners know it"),
        Column("id", "Id", tip="A short unique key used in files and formulas; renaming it keeps all references"),
        Column("alias", "Alias", optional=True,
               tip="Shown instead of the name in anonymous views and exports (default: Partner A, B, …)"),
        Column("employees", "Employees", kind="int", optional=True, tip="Number of employees (optional)"),
        Column("sector", "Sector", optional=True),
        Column("dropout_probability", "Drop-out risk", kind="percent", scale=100.0, optional=True,
               tip="Probability that the partner leaves the pool before the purchase (risk simulation)"),
    ]

    def table(self) -> tuple:
        return ("partners",)

    def new_rows(self, count: int, at: int) -> list[dict]:
        taken = {r.get("id") for r in self._rows}
        rows = []
        for k in range(count):
            pid = new_id("partner", taken)
            taken.add(pid)
            rows.append({"id": pid, "name": f"New partner {len(self._rows) + k + 1}"})
        return rows
