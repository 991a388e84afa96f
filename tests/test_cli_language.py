"""The command line's own output (not its error messages) in the chosen language: rule titles instead of
rule keys, the sampling method by name, the data-collection round and the statements' disclosure plan;
an English run shows none of the German words and a German run none of the English ones."""

from __future__ import annotations

import re

import openpyxl
import pytest
from test_exchange_helpers import example

from coop_calc.cli import main
from coop_calc.parse import scenario_from_dict, scenario_to_dict
from coop_calc.scenario_io import load_scenario, save_project

#: words of the command line's own English output (and their German counterparts) that must not appear
#: in the other language's run
ENGLISH = ("trials", "seed", "alone", "pooled", "wrote", "round", "change", "changes", "withheld", "Cost per partner",
           "Shapley value", "Nucleolus", "Equal price", "in the core", "Not returned")
GERMAN = ("Durchläufe", "Startwert", "allein", "im Pool", "geschrieben", "Runde", "Änderung", "zurückgehalten",
          "Kosten je Partner", "Shapley-Wert", "Nukleolus", "Gleicher Preis", "im Kern", "zurückgekommen")
RULE_KEYS = re.compile(r"\b(shapley|nucleolus|proportional_volume|proportional_standalone|equal_price|equal_savings)\b")


def _run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    got = capsys.readouterr()
    return got.out + got.err


def _absent(text: str, words: tuple[str, ...]) -> list[str]:
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """The example with three partners: its statements withhold pool totals (fewer than three others)."""
    d = scenario_to_dict(load_scenario(example()))
    keep = [p["id"] for p in d["partners"][:3]]
    d["partners"] = d["partners"][:3]
    d["demand"] = {p: v for p, v in d["demand"].items() if p in keep}
    path = tmp_path_factory.mktemp("three") / "three.coop.json"
    save_project(path, scenario_from_dict(d))
    return path


@pytest.mark.parametrize("lang", ["de", "en"])
def test_command_output_in_one_language(lang, capsys, tmp_path, three):
    f = str(example())
    out = _run(capsys, "compute", f, "--lang", lang)
    out += _run(capsys, "risk", f, "--trials", "2000", "--lang", lang)
    out += _run(capsys, "export", f, "--template", str(tmp_path / "t.xlsx"), "--lang", lang)
    out += _run(capsys, "collect-requests", f, "--out", str(tmp_path / "req"), "--round", str(tmp_path / "r.json"),
                "--lang", lang)
    out += _run(capsys, "collect-import", f, str(tmp_path / "req"), "--round", str(tmp_path / "r.json"),
                "--out", str(tmp_path / "n.coop.json"), "--lang", lang)
    out += _run(capsys, "export", str(three), "--statements", str(tmp_path / "st"), "--no-statement-pdf", "--lang", lang)
    assert not RULE_KEYS.search(out), RULE_KEYS.search(out)
    if lang == "de":
        assert "Shapley-Wert" in out and "Nukleolus" in out and "Latin-Hypercube" in out
        assert re.search(r"\d,\d\u00a0%", out) and "keine Änderung" in out and "zurückgehalten" in out
        assert not _absent(out, ENGLISH), _absent(out, ENGLISH)
        assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames == ["Angebote", "Bedarf", "Anleitung"]
        assert openpyxl.load_workbook(tmp_path / "req" / "request-kessler.xlsx").sheetnames == ["Anfrage"]
    else:
        assert "Shapley value" in out and "Latin hypercube" in out and "no change" in out and "withheld" in out
        assert not _absent(out, GERMAN), _absent(out, GERMAN)
        assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames == ["Quotes", "Demand", "Instructions"]


def test_rule_titles_wrap_into_their_columns(capsys):
    """Long titles take two or three header lines; every line of the table keeps its column."""
    out = _run(capsys, "compute", str(example()), "--lang", "de")
    lines = out.split("Kosten je Partner nach Aufteilungsregel")[1].splitlines()[1:]
    block = lines[:next(k for k, line in enumerate(lines) if line.startswith("Partner ")) + 1]
    assert len(block) == 3  # "Proportional / zu den / Einzelkosten" takes three lines
    assert [line.split()[-1] for line in block] == ["Proportional", "Gleiche", "Einsparung"]
    assert block[0].index("Proportional") == block[2].index("Einzelkosten")  # its column, right-aligned
