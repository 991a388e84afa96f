"""The window's result tables show the reconciled cents: each row adds up, every column to its total."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import Qt
from test_money_reconcile import pools

from coop_calc.analysis import analyse
from coop_calc.money import to_cents
from coop_calc.money_table import money_table
from ui.models.results import PartnerResultsModel, RuleComparisonModel

EDIT = Qt.ItemDataRole.EditRole


def cells(model) -> list[list]:
    return [[model.index(r, c).data(EDIT) for c in range(model.columnCount())] for r in range(model.rowCount())]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(s=pools())
def test_result_tables_reconcile_to_the_cent(qapp, s):
    a = analyse(s)
    m = PartnerResultsModel()
    m.set_analysis(a)
    rows = cells(m)
    body, total = rows[:-1], rows[-1]
    for name, alone, pooled, saves, _ in body:
        assert to_cents(pooled) + to_cents(saves) == to_cents(alone), name
    for col in (1, 2, 3):
        assert sum(to_cents(r[col]) for r in body) == to_cents(total[col])
    r = RuleComparisonModel()
    r.set_analysis(a)
    rows = cells(r)[:-1]  # the last row is the core test
    t = money_table(a)
    for j in range(1, r.columnCount()):
        assert sum(to_cents(row[j]) for row in rows) == to_cents(t.pooled_cost)


def test_every_coalition_row_reconciles():
    from coop_calc.scenario_io import load_scenario

    a = analyse(load_scenario("resources/examples/five-partner-pool.coop.json"))
    t = money_table(a)
    cost, alone, got = t.all_coalitions(a.costs, a.chosen_rule)
    for mask in range(1, 1 << a.scenario.n):
        row = t.coalition_row(mask, float(a.costs[mask]), a.chosen_rule)
        assert [to_cents(x) for x in row] == [cost[mask], alone[mask], alone[mask] - cost[mask], got[mask],
                                              alone[mask] - cost[mask] - got[mask]]
