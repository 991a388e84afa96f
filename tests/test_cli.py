"""The command line: exit status, one-line reasons, the documented JSON."""

import json
import subprocess
import sys

import pytest

from coop_calc.cli import main


def test_validate_ok(five_pool_path, capsys):
    assert main(["validate", str(five_pool_path)]) == 0
    assert "OK" in capsys.readouterr().out


def test_validate_lists_every_problem(tmp_path, five_pool_path, capsys):
    doc = json.loads(five_pool_path.read_text(encoding="utf-8"))
    doc["demand"]["kessler"]["cobot"] = -1
    doc["partners"][0]["name"] = ""
    bad = tmp_path / "bad.coop.json"
    bad.write_text(json.dumps(doc))
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "invalid" in err and "must not be negative" in err and "must not be empty" in err


def test_compute_invalid_gives_one_line_reason(tmp_path, capsys):
    bad = tmp_path / "bad.coop.json"
    bad.write_text("{ nope")
    assert main(["compute", str(bad), "--json"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err


def test_compute_json_has_the_documented_fields(five_pool_path, capsys):
    assert main(["compute", str(five_pool_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("partners", "pooled_cost", "total_standalone_cost", "savings", "coordination_cost", "items",
                "splits", "core_empty", "least_core_value"):
        assert key in out
    assert out["savings"] == pytest.approx(out["total_standalone_cost"] - out["pooled_cost"], abs=0.011)
    assert [p["id"] for p in out["partners"]] == ["hartmann", "kessler", "brandt", "vogel", "lindner"]
    for p in out["partners"]:
        assert {"id", "name", "standalone_cost", "pooled_cost_share"} <= set(p)
    for it in out["items"]:
        assert {"pooled_need", "units_bought", "quote", "supplier", "unit_price"} <= set(it)
    for rule in ("shapley", "nucleolus", "proportional_volume", "proportional_standalone", "equal_price",
                 "equal_savings"):
        sp = out["splits"][rule]
        assert len(sp["savings"]) == len(sp["cost"]) == 5
        assert round(sum(sp["cost"]), 2) == out["pooled_cost"]  # to the cent
        assert isinstance(sp["in_core"], bool)
        assert all(isinstance(x, str) for x in sp["max_complaint_coalition"])


def test_compute_text_table(five_pool_path, capsys):
    assert main(["compute", str(five_pool_path)]) == 0
    out = capsys.readouterr().out
    assert "Savings after coordination" in out and "Hartmann Maschinenbau GmbH" in out


def test_module_entry_point_runs(five_pool_path):
    r = subprocess.run([sys.executable, "-m", "coop_calc", "validate", str(five_pool_path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_compute_reports_an_order_no_quote_can_supply(tmp_path, five_pool_path, capsys):
    doc = json.loads(five_pool_path.read_text(encoding="utf-8"))
    for q in doc["quotes"]:
        if q["item"] == "cobot":
            q["max_order"] = 10
    path = tmp_path / "limit.coop.json"
    path.write_text(json.dumps(doc))
    assert main(["compute", str(path)]) == 1
    assert "no quote can supply" in capsys.readouterr().err
