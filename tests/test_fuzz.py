"""Property-based fuzzing of every way a scenario comes in (issue: no input crashes or hangs).

Hypothesis mutates the bundled five-partner example (tests/fuzz_support.py): values of another type,
deleted and duplicated entries, extreme and non-finite numbers, odd Unicode, deep nesting. Asserted:

* loading either gives a scenario or raises ValidationError — never another exception;
* every command-line command exits 0 or 1 with one line on stderr (``validate`` lists its problems
  one per line under a first line), never a traceback or an "unexpected" error;
* compute on any scenario that loads does bounded work, counted (units priced by the pricing tables
  and coalitions costed), not timed.

The example counts stay small so that the whole file runs in well under a minute on CI.
"""

from __future__ import annotations

import json

import pytest
from fuzz_support import HOSTILE, example_document, mutated_documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coop_calc import cli, pricing
from coop_calc.errors import ValidationError
from coop_calc.scenario_io import MAX_FILE_BYTES, project_from_json

FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def load(text: str):
    try:
        return project_from_json(text)
    except ValidationError as e:
        assert e.problems and all(str(p) for p in e.problems)
        assert len(e.problems) <= 200, "a hostile file must not drown the user in follow-on problems"
        return None


@FUZZ
@given(mutated_documents())
def test_loading_a_mutated_scenario_succeeds_or_says_why(doc):
    load(json.dumps(doc, ensure_ascii=True))


@FUZZ
@given(st.text(max_size=200))
def test_loading_arbitrary_text_succeeds_or_says_why(text):
    load(text)


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000,                          # nesting beyond the parser's recursion
    '{"a": ' * 5_000 + "1" + "}" * 5_000,
    '{"schema_version": 1, "partners": [], "partners": []}',  # a duplicate key
    '{"schema_version": 1, "risk": {"seed": 1, "seed": 2}}',
    "1" * 5000,                                              # more digits than Python converts
    '{"schema_version": NaN}', '{"schema_version": 1e999}', "\ufeff{}", "\x00", "",
])
def test_hostile_texts_are_refused_with_a_reason(text):
    with pytest.raises(ValidationError):
        project_from_json(text)


def test_a_file_over_the_size_limit_is_refused_before_parsing():
    with pytest.raises(ValidationError, match="larger than"):
        project_from_json(" " * (MAX_FILE_BYTES + 1))


# ---- the command line --------------------------------------------------------------------------

COMMANDS = [["validate"], ["compute"], ["compute", "--json"], ["risk", "--trials", "200", "--json"]]


def run_cli(capsys, args: list[str]) -> tuple[int, str]:
    try:
        code = cli.main(args)
    except SystemExit as e:  # argparse
        code = int(e.code or 0)
    err = capsys.readouterr().err
    return code, err


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutated_documents(max_mutations=2), st.sampled_from(COMMANDS))
def test_every_command_exits_0_or_1_with_one_line(tmp_path, capsys, doc, command):
    path = tmp_path / "fuzz.coop.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    code, err = run_cli(capsys, command[:1] + [str(path)] + command[1:])
    assert code in (0, 1), err
    assert "Traceback" not in err and "unexpected" not in err, err
    lines = err.strip().splitlines()
    if code == 0:
        return
    if command[0] == "validate":
        assert lines[0].endswith(": invalid") and all(line.startswith("  ") for line in lines[1:])
    else:
        assert len(lines) == 1 and lines[0].startswith("error: "), err


# ---- bounded work ------------------------------------------------------------------------------

@st.composite
def valid_variants(draw):
    """The example with its numbers scaled within the documented limits (quantities, prices,
    capacities, coordination cost), so that compute runs."""
    doc = example_document()
    f = draw(st.sampled_from([1e-6, 1e-3, 0.5, 1, 7, 1e3, 1e6]))
    for row in doc["demand"].values():
        for k in row:
            row[k] = min(row[k] * draw(st.sampled_from([0, 1, f])), 1e9)
    for it in doc["items"]:
        it["capacity_per_unit"] = draw(st.sampled_from([1e-3, 0.5, 1, 1e3]))
    for q in doc["quotes"]:
        for t in q["tiers"]:
            t["unit_price"] = min(t["unit_price"] * draw(st.sampled_from([0, 1, f])), 1e12)
    return doc


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_variants())
def test_compute_does_bounded_work_on_any_scenario_that_loads(doc):
    from coop_calc.analysis import analyse
    from coop_calc.coalitions import _MAX_TABLE_UNITS

    project = load(json.dumps(doc))
    if project is None:
        return
    s = project.scenarios[0]
    priced = []
    real = pricing.price_units

    def counting(quotes, units, *a, **k):
        priced.append(len(units))
        return real(quotes, units, *a, **k)

    pricing.price_units = counting
    import coop_calc.coalitions as coalitions

    coalitions.price_units = counting
    try:
        analyse(s)
    finally:
        pricing.price_units = coalitions.price_units = real
    # one table of at most _MAX_TABLE_UNITS + 1 order sizes per item, else one price per coalition
    bound = len(s.items) * max(_MAX_TABLE_UNITS + 1, 2 ** s.n) * 4
    assert sum(priced) <= bound


def test_the_hostile_values_cover_the_issue_classes():
    """The mutation pool holds every class the issue names (a guard against a shrunken list)."""
    kinds = {type(v) for v in HOSTILE}
    assert {type(None), bool, int, float, str, list, dict} <= kinds
    assert "\ud800" in HOSTILE and 1e-300 in HOSTILE and 2**53 + 1 in HOSTILE and "5%" in HOSTILE
