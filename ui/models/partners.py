"""The partners table: one row per firm in the pool."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from .base import RowsModel, fresh_ids
from .columns import Column


class PartnersModel(RowsModel):
    context = "PartnersModel"
    noun = QT_TRANSLATE_NOOP("PartnersModel", "partner")
    nouns = QT_TRANSLATE_NOOP("PartnersModel", "partners")
    columns = [
        Column("name", QT_TRANSLATE_NOOP("PartnersModel", "Name"),
               tip=QT_TRANSLATE_NOOP("PartnersModel", "The firm's name as the partners know it")),
        Column("id", QT_TRANSLATE_NOOP("PartnersModel", "Id"),
               tip=QT_TRANSLATE_NOOP("PartnersModel", "A short unique key used in files and formulas; renaming"
                                                      " it keeps all references")),
        Column("alias", QT_TRANSLATE_NOOP("PartnersModel", "Alias"), optional=True,
               tip=QT_TRANSLATE_NOOP("PartnersModel", "Shown instead of the name in anonymous views and exports"
                                                      " (default: Partner A, B, …)")),
        Column("employees", QT_TRANSLATE_NOOP("PartnersModel", "Employees"), kind="int", optional=True,
               tip=QT_TRANSLATE_NOOP("PartnersModel", "Number of employees (optional)")),
        Column("sector", QT_TRANSLATE_NOOP("PartnersModel", "Sector"), optional=True),
        Column("dropout_probability", QT_TRANSLATE_NOOP("PartnersModel", "Drop-out risk"), kind="percent",
               scale=100.0, optional=True,
               tip=QT_TRANSLATE_NOOP("PartnersModel", "Probability that the partner leaves the pool before the"
                                                      " purchase (risk simulation)")),
    ]

    def table(self) -> tuple:
        return ("partners",)

    def new_rows(self, count: int, at: int) -> list[dict]:
        rows = []
        for k, pid in enumerate(fresh_ids("partner", {r.get("id") for r in self._rows}, count)):
            name = self.tr("New partner {number}").format(number=len(self._rows) + k + 1)
            rows.append({"id": pid, "name": name})
        return rows
