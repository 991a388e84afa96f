"""Edit commands: every edit is undone exactly by its inverse; invalid edits are refused by place."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coop_calc.commands import (
    MISSING,
    Batch,
    InsertRow,
    RemoveRow,
    ReplaceScenario,
    SetDemand,
    SetField,
    apply,
    apply_all,
    default_row,
    default_tier,
    new_id,
)
from coop_calc.errors import ValidationError
from coop_calc.parse import scenario_from_dict, scenario_to_dict
from coop_calc.scenario_io import load_scenario


@pytest.fixture(scope="module")
def pool(request):
    from conftest import EXAMPLES
    return load_scenario(EXAMPLES / "five-partner-pool.coop.json")


def round_trip(scenario, command):
    new, inverse = apply(scenario, command)
    back, again = apply(new, inverse)
    assert back == scenario
    redo, _ = apply(back, again)
    assert redo == new
    return new


def test_set_demand_and_undo(pool):
    new = round_trip(pool, SetDemand("kessler", "cobot", 7))
    assert new.demand[("kessler", "cobot")] == 7
    assert pool.demand[("kessler", "cobot")] == 3  # the old scenario is untouched


def test_demand_set_to_zero_removes_the_entry_and_undo_restores_it(pool):
    new = round_trip(pool, SetDemand("kessler", "cobot", 0))
    assert ("kessler", "cobot") not in new.demand


def test_set_partner_field(pool):
    new = round_trip(pool, SetField(("partners", 1, "name"), "Kessler AG"))
    assert new.partners[1].name == "Kessler AG"
    new = round_trip(pool, SetField(("partners", 1, "employees"), MISSING))
    assert new.partners[1].employees is None


def test_renaming_a_partner_id_renames_its_demand(pool):
    new = round_trip(pool, SetField(("partners", 0, "id"), "hm"))
    assert new.demand[("hm", "cobot")] == 6 and ("hartmann", "cobot") not in new.demand


def test_renaming_an_item_id_renames_quotes_demand_and_correlations(pool):
    new = round_trip(pool, SetField(("items", 0, "id"), "robot"))
    assert all(q.item_id != "cobot" for q in new.quotes)
    assert sum(q.item_id == "robot" for q in new.quotes) == 2
    assert new.demand[("hartmann", "robot")] == 6
    assert ("robot.annual_benefit", "am.annual_benefit", 0.4) in new.risk.correlations


def test_duplicate_id_is_refused_not_merged(pool):
    with pytest.raises(ValidationError) as e:
        apply(pool, SetField(("partners", 0, "id"), "kessler"))
    assert "used twice" in str(e.value)


def test_remove_item_removes_its_quotes_demand_and_correlations_and_undo_restores(pool):
    new = round_trip(pool, RemoveRow("items", 0))
    assert "cobot" not in new.item_ids()
    assert not any(q.item_id == "cobot" for q in new.quotes)
    assert not any(k[1] == "cobot" for k in new.demand)
    assert all("cobot" not in a and "cobot" not in b for a, b, _ in new.risk.correlations)


def test_remove_and_insert_partner(pool):
    new = round_trip(pool, RemoveRow("partners", 2))
    assert "brandt" not in new.partner_ids() and not any(k[0] == "brandt" for k in new.demand)
    row = default_row(pool, "partners")
    new = round_trip(pool, InsertRow("partners", 5, row))
    assert new.partners[5].name == "New partner 6"


def test_insert_default_item_and_quote(pool):
    new = round_trip(pool, InsertRow("items", 4, default_row(pool, "items")))
    assert new.items[4].id == "item-1"
    new = round_trip(pool, InsertRow("quotes", 1, default_row(pool, "quotes", template_index=1)))
    assert new.quotes[1].supplier == "New supplier" and new.quotes[1].tiers == pool.quotes[1].tiers


def test_tiers_edit_insert_remove(pool):
    new = round_trip(pool, SetField(("quotes", 0, "tiers", 1, "unit_price"), 30000))
    assert new.quotes[0].tiers[1].unit_price == 30000
    doc = scenario_to_dict(pool)
    tier = default_tier(doc["quotes"][0]["tiers"], 1)
    assert tier == {"min_quantity": 2, "unit_price": 32000}
    new = round_trip(pool, InsertRow(("quotes", 0, "tiers"), 1, tier))
    assert [t.min_quantity for t in new.quotes[0].tiers] == [1, 2, 3, 5, 10, 15]
    new = round_trip(pool, RemoveRow(("quotes", 0, "tiers"), 4))
    assert len(new.quotes[0].tiers) == 4


def test_tier_out_of_order_is_refused_with_the_place(pool):
    with pytest.raises(ValidationError) as e:
        apply(pool, SetField(("quotes", 0, "tiers", 2, "min_quantity"), 2))
    assert "Quote 'Collaborative robot (6-axis, 10 kg payload), RoboTech Automation', tier 3" in str(e.value)
    assert "must be larger than tier 2's" in str(e.value)


@pytest.mark.parametrize("command, reason", [
    (SetDemand("kessler", "cobot", -1), "must not be negative"),
    (SetField(("partners", 0, "name"), ""), "must not be empty"),
    (SetField(("coordination", "fixed"), float("nan")), "finite"),
    (SetField(("meta", "currency"), "euro"), "three-letter ISO 4217"),
    (SetField(("sharing", "rule"), "custom"), "must add up to 100"),
    (SetField(("items", 0, "risk", "utilisation"), {"type": "pert", "low": 0.5, "mode": 0.9, "high": 1.2}),
     "between 0 and 1"),
    (RemoveRow("quotes", 6), "there is demand for it but no quote"),
    (SetDemand("nobody", "cobot", 1), "no partner 'nobody'"),
    (RemoveRow("partners", 9), "no row 10"),
])
def test_invalid_edits_are_refused_with_a_message(pool, command, reason):
    with pytest.raises(ValidationError) as e:
        apply(pool, command)
    assert reason in str(e.value)


def test_distribution_edit_is_validated_and_undone(pool):
    dist = {"type": "triangular", "low": 5000, "mode": 9000, "high": 14000}
    new = round_trip(pool, SetField(("items", 0, "risk", "annual_benefit"), dist))
    assert new.items[0].risk.annual_benefit.to_dict() == dist
    # the unchanged distributions are the very same objects (not rebuilt)
    assert new.items[1].risk.annual_benefit is pool.items[1].risk.annual_benefit


def test_risk_on_an_item_without_risk_is_created_and_undo_removes_it(pool):
    plain, _ = apply(pool, SetField(("items", 2, "risk"), None))
    # correlations name cobot and am only, so mes may lose its risk block
    assert plain.items[2].risk is None
    new = round_trip(plain, SetField(("items", 2, "risk", "annual_benefit"), 500))
    assert new.items[2].risk.annual_benefit.mean() == 500


def test_removing_risk_that_a_correlation_names_is_refused(pool):
    with pytest.raises(ValidationError) as e:
        apply(pool, SetField(("items", 0, "risk"), None))
    assert "not an uncertain input" in str(e.value)


def test_batch_is_one_step_validated_at_the_end(pool):
    # an item without quotes cannot have demand: inserted together in one batch it is fine
    item = default_row(pool, "items")
    quote = {"id": "q-new", "item": item["id"], "supplier": "X", "tiers": [{"min_quantity": 1, "unit_price": 10}]}
    batch = Batch((InsertRow("items", 4, item), InsertRow("quotes", 7, quote), SetDemand("hartmann", item["id"], 3)))
    new = round_trip(pool, batch)
    assert new.demand[("hartmann", item["id"])] == 3
    with pytest.raises(ValidationError):
        apply(pool, Batch((SetDemand("hartmann", "cobot", 2), SetDemand("kessler", "cobot", -2))))


def test_replace_scenario(pool):
    other = scenario_from_dict({"partners": [{"id": "a", "name": "A"}]})
    new = round_trip(pool, ReplaceScenario(other))
    assert new == other
    with pytest.raises(TypeError):
        apply(pool, Batch((ReplaceScenario(other),)))


def test_apply_all_returns_inverses_in_undo_order(pool):
    new, inverses = apply_all(pool, [SetDemand("kessler", "cobot", 4), SetDemand("kessler", "cobot", 5)])
    assert new.demand[("kessler", "cobot")] == 5
    back, _ = apply_all(new, inverses)
    assert back == pool


def test_new_id():
    assert new_id("partner", ["partner-1", "partner-3"]) == "partner-2"


def test_default_tier_refuses_when_there_is_no_room():
    with pytest.raises(ValidationError):
        default_tier([{"min_quantity": 1, "unit_price": 5}, {"min_quantity": 2, "unit_price": 4}], 1)


# ---- property: any sequence of edits, each refused or applied, is undone exactly ----------------

_partner_ids = ["hartmann", "kessler", "brandt", "vogel", "lindner"]
_item_ids = ["cobot", "iot", "mes", "am"]
_numbers = st.one_of(st.integers(-5, 5000), st.floats(-10, 1e6, allow_nan=False), st.just(float("inf")))
_commands = st.one_of(
    st.builds(SetDemand, st.sampled_from(_partner_ids), st.sampled_from(_item_ids), _numbers),
    st.builds(lambda i, v: SetField(("coordination", "per_pair"), v), st.just(0), _numbers),
    st.builds(lambda i, v: SetField(("partners", i, "name"), v), st.integers(0, 5), st.sampled_from(["", "X", " y"])),
    st.builds(lambda i, k, v: SetField(("quotes", i, "tiers", k, "unit_price"), v),
              st.integers(0, 6), st.integers(0, 2), _numbers),
    st.builds(lambda i, v: SetField(("quotes", i, "min_order"), v), st.integers(0, 6),
              st.one_of(st.just(MISSING), st.integers(0, 30))),
    st.builds(lambda i: RemoveRow("partners", i), st.integers(0, 5)),
    st.builds(lambda i: RemoveRow("items", i), st.integers(0, 4)),
    st.builds(lambda i: RemoveRow("quotes", i), st.integers(0, 7)),
    st.builds(lambda i, v: SetField(("items", i, "id"), v), st.integers(0, 3), st.sampled_from(["cobot", "zz", "am"])),
    st.builds(lambda v: SetField(("sharing", "rule"), v),
              st.sampled_from(["shapley", "nucleolus", "custom", "equal_price", "nonsense"])),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_commands, min_size=1, max_size=6))
def test_any_edit_sequence_is_undone_exactly(pool, commands):
    scenario, inverses, states = pool, [], [pool]
    for cmd in commands:
        try:
            scenario, inv = apply(scenario, cmd)
        except ValidationError as e:
            assert e.problems and all(p.reason for p in e.problems)
            continue
        inverses.append(inv)
        states.append(scenario)
        assert scenario_from_dict(scenario_to_dict(scenario)) == scenario  # valid and canonical
    for inv in reversed(inverses):
        states.pop()
        scenario, _ = apply(scenario, inv)
        assert scenario == states[-1]
    assert scenario == pool
