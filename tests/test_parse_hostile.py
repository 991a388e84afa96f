"""The hostile files of the reliability issue: each is refused in one clear line with its place,
never a traceback; and atomic saves follow links and tidy up after killed saves."""

from __future__ import annotations

import copy
import json
import os
import time

import pytest
from fuzz_support import example_document

from coop_calc import cli
from coop_calc.errors import ValidationError
from coop_calc.files import atomic_write_text, remove_stale_temporaries
from coop_calc.scenario_io import load_project, project_from_json, save_project


def problems(doc) -> list[str]:
    with pytest.raises(ValidationError) as e:
        project_from_json(json.dumps(doc))
    return [str(p) for p in e.value.problems]


@pytest.fixture
def doc():
    return example_document()


def test_references_that_hold_a_list_or_an_object(doc):
    doc["quotes"][0]["item"] = ["cobot"]
    doc["risk"]["correlations"][0]["a"] = {"x": 1}
    found = problems(doc)
    assert "Quote 1 › item: the item must be given by its id (text), not a list" in found
    assert any(p.startswith("Risk settings › correlation 1: an object is not an uncertain input") for p in found)


@pytest.mark.parametrize("bad_id, why", [(None, "must be text, not empty"), ("", "must not be empty"),
                                         ("x" * 65, "longer than 64 characters"), (5, "not a number (5)")])
def test_a_refused_id_used_by_demand(doc, bad_id, why):
    doc["partners"][0]["id"] = bad_id
    found = problems(doc)
    assert why in found[0] and found[0].startswith("Partner 1 ('Hartmann Maschinenbau GmbH') › id")
    assert found[1:] == ["Demand: 'hartmann' is not a partner of this pool (a partner's id is refused above)"]


@pytest.mark.parametrize("capacity", [1e-300, 1e-12])
def test_an_absurdly_small_capacity_per_unit(doc, capacity):
    doc["items"][0]["capacity_per_unit"] = capacity
    (only,) = problems(doc)
    assert "capacity per unit" in only and "more than the 1,000,000,000 that can be priced" in only


@pytest.mark.parametrize("text, why", [("\ud800", "broken character (U+D800"), ("a\x00b", "control character U+0000"),
                                       ("two\nlines", "a line break")])
def test_text_that_cannot_be_saved_is_refused_where_it_is(doc, text, why):
    doc["partners"][0]["name"] = text
    (only,) = problems(doc)
    assert only.startswith("Partner 1 › name: the name contains") and why in only


def test_a_description_may_have_several_lines(doc):
    doc["meta"]["description"] = "first line\nsecond line\twith a tab"
    assert project_from_json(json.dumps(doc)).scenarios[0].meta.description.count("\n") == 1


def test_a_seed_beyond_2_53_is_refused_not_changed(doc):
    doc["risk"]["seed"] = 2**53 + 1
    (only,) = problems(doc)
    assert only == ("Risk settings › seed: the seed 9,007,199,254,740,993 is larger than the allowed"
                    " 9,007,199,254,740,991")
    doc["risk"]["seed"] = 2**53 - 1
    assert project_from_json(json.dumps(doc)).scenarios[0].risk.seed == 2**53 - 1


def test_a_duplicate_key_is_refused_not_silently_replaced(doc):
    text = json.dumps(doc)[:-1] + ', "demand": {}}'
    with pytest.raises(ValidationError) as e:
        project_from_json(text)
    assert str(e.value) == ("the field 'demand' is given twice; the second would silently replace the first,"
                            " so remove one")


def test_version_0_duplicate_demand_rows(doc):
    doc["schema_version"] = 0
    doc["demand"] = [{"partner": "hartmann", "item": "cobot", "quantity": 6},
                     {"partner": "hartmann", "item": "cobot", "quantity": 600}]
    assert problems(doc) == ["Demand row 2: a second row for partner 'hartmann' and item 'cobot' (row 1 has one"
                             " already); merge them into one row"]


@pytest.mark.parametrize("key, count, line", [("partners", 41, "Partners: 41 partners: at most 40"),
                                              ("items", 501, "Items: 501 items: at most 500")])
def test_over_the_limit_is_one_line(doc, key, count, line):
    rows = doc[key]
    doc[key] = [dict(copy.deepcopy(rows[i % len(rows)]), id=f"x{i}") for i in range(count)]
    assert problems(doc) == [line]


def test_500_items_with_10000_correlations_is_refused_at_once(doc):
    doc["risk"]["correlations"] = [{"a": "cobot.annual_benefit", "b": "am.annual_benefit", "rho": 0.1}] * 10_000
    assert problems(doc) == ["Risk settings › correlations: 10,000 correlations: at most 5,000"]


def test_the_cli_gives_one_line_for_each(tmp_path, capsys, doc):
    doc["quotes"][0]["item"] = {"id": "cobot"}
    path = tmp_path / "bad.coop.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    for command in (["compute"], ["risk", "--trials", "100"], ["export", "--xlsx", str(tmp_path / "o.xlsx")]):
        assert cli.main(command[:1] + [str(path)] + command[1:]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("error: Quote 1 › item"), err


# ---- files ---------------------------------------------------------------------------------------

def test_a_save_through_a_symbolic_link_updates_the_real_file(tmp_path):
    real = tmp_path / "real" / "pool.coop.json"
    real.parent.mkdir()
    real.write_text(json.dumps(example_document()), encoding="utf-8")
    link = tmp_path / "pool-link.coop.json"
    link.symlink_to(real)
    project = load_project(link)
    renamed = project.scenarios[0].meta.__class__(name="Renamed")
    save_project(link, project.scenarios[0].__class__(meta=renamed))
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text(encoding="utf-8"))["meta"]["name"] == "Renamed"


def test_stale_temporaries_of_killed_saves_are_removed_on_the_next_save_or_open(tmp_path):
    target = tmp_path / "pool.coop.json"
    target.write_text(json.dumps(example_document()), encoding="utf-8")
    old = time.time() - 3600
    stale = tmp_path / ".pool.coop.json.a1b2c3d4.tmp"
    fresh = tmp_path / ".pool.coop.json.e5f6g7h8.tmp"  # maybe a save in progress elsewhere: kept
    foreign = tmp_path / ".other.coop.json.a1b2c3d4.tmp"  # another file's: kept
    mine_but_odd = tmp_path / ".pool.coop.json.backup.tmp"  # not our naming: kept
    for p in (stale, fresh, foreign, mine_but_odd):
        p.write_text("partial", encoding="utf-8")
    for p in (stale, foreign, mine_but_odd):
        os.utime(p, (old, old))
    load_project(target)  # opening tidies up
    assert not stale.exists() and fresh.exists() and foreign.exists() and mine_but_odd.exists()
    os.utime(fresh, (old, old))
    atomic_write_text(target, target.read_text(encoding="utf-8"))  # and so does saving
    assert not fresh.exists() and foreign.exists()
    assert remove_stale_temporaries(target) == []
