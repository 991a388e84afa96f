"""Scenario files: round trips, migrations, and every class of rejected input with its message."""

import copy
import json

import pytest

from coop_calc.errors import ValidationError
from coop_calc.model import SCHEMA_VERSION, Project
from coop_calc.parse import scenario_from_dict, scenario_to_dict
from coop_calc.scenario_io import load_project, load_scenario, project_from_json, save_project


@pytest.fixture
def doc(five_pool_path):
    return json.loads(five_pool_path.read_text(encoding="utf-8"))


def problems(obj) -> str:
    with pytest.raises(ValidationError) as e:
        scenario_from_dict(obj)
    return "\n".join(str(p) for p in e.value.problems)


def test_examples_load_and_round_trip(tmp_path, five_pool_path):
    for path in sorted(five_pool_path.parent.glob("*.coop.json")):
        s = load_scenario(path)
        out = tmp_path / path.name
        save_project(out, s)
        again = load_scenario(out)
        assert again == s
        assert scenario_to_dict(again) == scenario_to_dict(s)


def test_project_with_several_scenarios_round_trips(tmp_path, five_pool_path):
    s = load_scenario(five_pool_path)
    p = Project((s, s.__class__(**{**s.__dict__, "meta": s.meta.__class__(name="without Lindner")})))
    save_project(tmp_path / "p.coop.json", p)
    back = load_project(tmp_path / "p.coop.json")
    assert [x.meta.name for x in back.scenarios] == [s.meta.name, "without Lindner"]


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path, five_pool_path):
    s = load_scenario(five_pool_path)
    target = tmp_path / "x.coop.json"
    target.write_text("old content")
    save_project(target, s)
    assert load_scenario(target) == s
    assert [f.name for f in tmp_path.iterdir()] == ["x.coop.json"]


def test_failed_save_keeps_the_old_file(tmp_path, five_pool_path, monkeypatch):
    target = tmp_path / "x.coop.json"
    target.write_text("old content")
    import coop_calc.scenario_io as io

    monkeypatch.setattr(io, "project_to_json", lambda p: (_ for _ in ()).throw(RuntimeError("disk full")))
    with pytest.raises(RuntimeError):
        io.save_project(target, load_scenario(five_pool_path))
    assert target.read_text() == "old content"


def test_newer_version_is_refused_with_a_clear_message(doc):
    doc["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(ValidationError, match="newer version of CoopCalc"):
        project_from_json(json.dumps(doc))


def test_version_0_demand_list_is_migrated(doc):
    old = copy.deepcopy(doc)
    old["schema_version"] = 0
    old["demand"] = [{"partner": p, "item": i, "quantity": q}
                     for p, row in doc["demand"].items() for i, q in row.items()]
    assert project_from_json(json.dumps(old)).scenarios[0] == scenario_from_dict(
        {k: v for k, v in doc.items()})


@pytest.mark.parametrize("text, message", [
    ("{", "not valid JSON"),
    ('{"partners": [{"id": "a", "name": "A", "employees": NaN}]}', "NaN"),
    ('{"partners": [], "coordination": {"fixed": Infinity}}', "Infinity"),
    ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
    ("[1, 2]", "expected a JSON object"),
    ('{"schema_version": "1"}', "schema_version must be a whole number"),
    ('{"partners": [{"id": "a", "name": "A", "employees": 1' + "0" * 5000 + "}]}", "cannot be read"),
])
def test_damaged_files_are_refused(text, message):
    with pytest.raises(ValidationError, match=message):
        project_from_json(text)


def test_huge_file_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.coop.json"
    big.write_bytes(b" " * (21 * 1024 * 1024))
    with pytest.raises(ValidationError, match="at most 20 MB"):
        load_project(big)


def test_non_utf8_and_missing_files(tmp_path):
    bad = tmp_path / "bad.coop.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ValidationError, match="not a text"):
        load_project(bad)
    with pytest.raises(ValidationError, match="does not exist"):
        load_project(tmp_path / "nope.coop.json")


def test_wrong_types(doc):
    doc["partners"][0]["name"] = 5
    doc["items"][0]["capacity_per_unit"] = "1"
    doc["quotes"][0]["fixed_fee"] = True
    msg = problems(doc)
    assert "Partner 1 › name: the name must be text, not a number (5)" in msg
    assert "capacity per unit must be a number, not text" in msg
    assert "fixed fee: the fixed fee must be a number, not bool" in msg


def test_negative_and_absurd_numbers(doc):
    doc["demand"]["hartmann"]["cobot"] = -3
    doc["quotes"][0]["tiers"][0]["unit_price"] = 1e15
    doc["partners"][1]["dropout_probability"] = 1.5
    msg = problems(doc)
    assert "Demand of 'Hartmann Maschinenbau GmbH' for 'Collaborative robot (6-axis, 10 kg payload)':" \
           " the quantity must not be negative (-3)" in msg
    assert "unit price 1,000,000,000,000,000 is larger than the allowed" in msg
    assert "drop-out probability 1.5 is larger than the allowed 1" in msg


def test_duplicate_and_dangling_ids(doc):
    doc["partners"][1]["id"] = "hartmann"
    doc["quotes"][0]["item"] = "robot"
    doc["demand"]["ghost"] = {"cobot": 1}
    doc["demand"]["brandt"]["laser"] = 2
    msg = problems(doc)
    assert "Partner 2: the id 'hartmann' is used twice" in msg
    assert "refers to item 'robot', which is not in the item list" in msg
    assert "Demand: 'ghost' is not a partner of this pool" in msg
    assert "Demand of 'Brandt Elektrotechnik GmbH': 'laser' is not an item of this pool" in msg


def test_tiers_out_of_order(doc):
    doc["quotes"][0]["tiers"][2]["min_quantity"] = 2
    msg = problems(doc)
    assert "Quote 'Collaborative robot (6-axis, 10 kg payload), RoboTech Automation', tier 3:" \
           " minimum quantity must be larger than tier 2's (3), not 2" in msg


def test_incremental_schedule_must_price_the_first_unit(doc):
    doc["quotes"][1]["tiers"][0]["min_quantity"] = 2
    assert "an incremental schedule must start at quantity 0 or 1" in problems(doc)


def test_order_limits_and_custom_percentages(doc):
    doc["quotes"][1]["min_order"] = 10
    doc["quotes"][1]["max_order"] = 5
    doc["sharing"] = {"rule": "custom", "custom_percentages": {"hartmann": 60, "kessler": 30}}
    msg = problems(doc)
    assert "the maximum order (5) is below the minimum order (10)" in msg
    assert "the percentages must add up to 100, they add up to 90" in msg


def test_unknown_fields_and_choices(doc):
    doc["quotes"][0]["schedule"] = "volume"
    doc["items"][0]["colour"] = "red"
    doc["sharing"]["rule"] = "fair"
    doc["meta"]["currency"] = "Euro"
    msg = problems(doc)
    assert "the schedule must be one of all_units, incremental, not 'volume'" in msg
    assert "unknown field 'colour'" in msg
    assert "the rule must be one of shapley" in msg
    assert "three-letter ISO 4217 code" in msg


def test_too_many_partners_and_absurd_sizes(doc):
    doc["partners"] = [{"id": f"p{i}", "name": f"P{i}"} for i in range(41)]
    doc["demand"] = {}
    assert problems(doc) == "Partners: 41 partners: at most 40"  # one line, no follow-on problems


def test_risk_inputs_are_validated_with_place(doc):
    doc["items"][0]["risk"]["utilisation"] = {"type": "uniform", "low": 0.5, "high": 1.5}
    doc["risk"]["correlations"].append({"a": "cobot.annual_benefit", "b": "nothing", "rho": 0.2})
    msg = problems(doc)
    assert "Item 'Collaborative robot (6-axis, 10 kg payload)' › utilisation" in msg
    assert "'nothing' is not an uncertain input of this scenario" in msg


def test_every_problem_is_reported_at_once(doc):
    doc["partners"][0]["employees"] = -1
    doc["items"][1]["useful_life_years"] = 0
    doc["coordination"]["per_pair"] = -5
    with pytest.raises(ValidationError) as e:
        scenario_from_dict(doc)
    assert len(e.value.problems) == 3
    assert "(and 2 more problems)" in e.value.first_line()


def test_demand_without_quote_is_refused(doc):
    doc["quotes"] = [q for q in doc["quotes"] if q["item"] != "am"]
    assert "there is demand for it but no quote" in problems(doc)


def test_a_new_file_is_an_ordinary_document_and_an_old_one_keeps_its_permissions(tmp_path, five_pool_path):
    s = load_scenario(five_pool_path)
    new = tmp_path / "new.coop.json"
    save_project(new, s)
    assert new.stat().st_mode & 0o777 == 0o644
    new.chmod(0o600)
    save_project(new, s)
    assert new.stat().st_mode & 0o777 == 0o600
