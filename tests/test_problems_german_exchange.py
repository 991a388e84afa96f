"""Every refusal of the import, the data-collection round, the distributions, the correlations and the
risk and advice options reads in German in a German session: hostile and broken workbooks, forged
requests, bad distribution entries, contradictory correlations and bad options are refused, and each
problem's German text differs from its English one and holds none of a list of English giveaway words
(the user's own data — quoted values, file names, Sheet!Cell places — cut out first)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from test_exchange_helpers import example

from coop_calc.errors import Problem, ValidationError
from coop_calc.exchange import safe_xlsx
from coop_calc.exchange.collection import Round, write_requests
from coop_calc.exchange.collection_import import import_returned
from coop_calc.exchange.importer import import_workbook
from coop_calc.exchange.template import write_template
from coop_calc.messages import Msg
from coop_calc.scenario_io import load_scenario

DATA = Path(__file__).resolve().parent / "data"

#: Words that give away an English text; none is a German word (compared case-insensitively, whole words).
ENGLISH = frozenset("""
    the must not is are of only than use cell cells sheet row rows file value values number missing
    between below above with and or this that has have should give needs need workbook quantity unknown
    duplicate already least most allowed lowest highest probability probabilities distribution
    correlation correlations inputs input item items supplier order tier whole negative larger finite
    date formula merged round request code another partners expected found header trials
    seed sampling precision confidence level sweep axis discount volume coordination cost write steps
    from to be can cannot no does nothing given far too large empty list object one at
""".split())

_DATA = [re.compile(p) for p in (
    r"'[^']*'",                       # a value the user typed, shown as Python shows text: 'robot'
    r'"[^"]*"',                       # a JSON key the user writes: "low"
    r"\S+\.(?:xlsx|json)\b",          # file names
    r"[\w.-]+!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?",  # Sheet!Cell and Sheet!C5:D5
    r"--[a-z-]+",                     # command-line options
    r"\S*/\S*",                       # parts of an archive: xl/workbook.xml
    r"\b\w+[._:]\w+(?:[._:]\w+)*",      # ids and keywords: cobot.cost, per_pair, volume:p01
    r"\b\w+:<[^>]*>",                 # an option's keyword with its argument: volume:<Partner-Kennung>
    r"\b[A-Z]+=[A-Z]+:[A-Z:]+\b",     # ACHSE=VON:BIS written as the option wants it
)]


def giveaways(text: str) -> list[str]:
    """English giveaway words of ``text`` once the user's own data is cut out."""
    for rx in _DATA:
        text = rx.sub(" ", text)
    return [w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() in ENGLISH]


def assert_german(problems: list[Problem]) -> None:
    assert problems, "nothing was refused"
    for p in problems:
        de, en = p.text("de"), p.text("en")
        assert not giveaways(de), f"English in the German text {de!r}: {giveaways(de)}"
        assert de != en, f"not translated: {en}"


def refused(call, *args, **kw) -> list[Problem]:
    with pytest.raises(ValidationError) as err:
        call(*args, **kw)
    return err.value.problems


# ---- the checker itself can fail -----------------------------------------------------------------

def test_the_check_catches_english_and_spares_data():
    english = Msg("imp_negative", what=Msg("xw_fixed_fee"), x=-3)
    assert giveaways(english.text("en")) == ["the", "must", "not", "be", "negative"]
    assert not giveaways(english.text("de"))
    with pytest.raises(AssertionError, match="English in the German text"):
        assert_german([Problem("Quotes!E4", "the fixed fee must not be negative")])  # an untranslated reason
    with pytest.raises(AssertionError, match="not translated"):
        assert_german([Problem("x.xlsx", Msg("dist_range_between", low=1, high=2))])  # same in both
    assert not giveaways("Demand!C5:D5 'the value' request-kessler.xlsx \"low\"")  # the user's data


# ---- the template import -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def base():
    return load_scenario(example())


@pytest.fixture(scope="module")
def template(base, tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "template.xlsx"
    write_template(base, path)
    return path


def _edit(template, out, edits: dict[str, dict[str, object]], merge: str | None = None) -> Path:
    wb = openpyxl.load_workbook(template)
    for sheet, cells in edits.items():
        for ref, value in cells.items():
            wb[sheet][ref] = value
    if merge:
        wb["Demand"].merge_cells(merge)
    wb.save(out)
    return out


BROKEN = [
    {"Demand": {"C4": -3, "D5": "twelve", "G3": "robot", "F3": "cobot", "A9": "nobody", "C9": 1}},
    {"Demand": {"A9": "kessler", "C9": 1, "C4": "=2*3", "A3": "Firm", "E4": True}},
    {"Quotes": {"A5": "robot", "J6": "cheap", "E4": -1, "K4": 0, "L4": None, "D4": "bulk"}},
    {"Quotes": {"F4": 5, "G4": 3, "H4": "next spring", "C4": None, "A12": "iot", "C12": "Nobody"}},
    {"Quotes": {"F5": 2.5, "C6": True, "E6": 1e15, "I6": 4000, "J6": 10, "K6": 10, "L6": 9}},
    {"Quotes": {"A12": "cobot", "C12": "robotech automation", "I12": 1, "J12": 9, "D12": "incremental",
                "K12": 5, "L12": 8}},
]


@pytest.mark.parametrize("edits", BROKEN)
def test_broken_template_cells_are_refused_in_german(base, template, tmp_path, edits):
    assert_german(refused(import_workbook, base, _edit(template, tmp_path / "filled.xlsx", edits)))


def test_merged_cells_and_too_many_rows_in_german(base, template, tmp_path, monkeypatch):
    from coop_calc.exchange import importer

    monkeypatch.setitem(importer.MAX_ROWS, "Demand", 6)
    problems = refused(import_workbook, base, _edit(template, tmp_path / "m.xlsx", {}, merge="C5:D5"))
    assert {"Demand!C5:D5", "Demand!A7"} <= {str(p.place) for p in problems}
    assert_german(problems)
    merged = next(p for p in problems if p.place == "Demand!C5:D5")
    assert merged.text("de").startswith("Demand!C5:D5: verbundene Zellen")


def test_item_with_demand_but_no_quote_and_a_missing_sheet(base, template, tmp_path):
    wb = openpyxl.load_workbook(template)
    ws = wb["Quotes"]
    for r in range(4, 11):
        if ws.cell(r, 1).value == "am":
            for c in range(1, ws.max_column + 1):
                ws.cell(r, c).value = None
    wb.save(tmp_path / "no-am.xlsx")
    assert_german(refused(import_workbook, base, tmp_path / "no-am.xlsx"))
    del wb["Demand"]
    wb.save(tmp_path / "no-demand.xlsx")
    (p,) = refused(import_workbook, base, tmp_path / "no-demand.xlsx")
    assert "Datei › Importieren › Excel-Vorlage speichern" in p.text("de")
    assert_german([p])


def _zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return path


def _rewrite(template, out, replace: dict[str, bytes | None]):
    src = zipfile.ZipFile(template)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    z.writestr(info.filename, replace[info.filename])
            else:
                z.writestr(info, src.read(info.filename))
        for name, data in replace.items():
            if data is not None and name not in src.namelist():
                z.writestr(name, data)
    return out


def _hostile(template, tmp: Path) -> dict[str, Path]:
    files = {}
    (tmp / "fake.xlsx").write_text("Item id;Supplier\ncobot;X\n")
    files["not a zip"] = tmp / "fake.xlsx"
    files["no workbook"] = _zip(tmp / "z.xlsx", [("hello.txt", "hi")])
    entries = [("[Content_Types].xml", "<x/>"), ("xl/workbook.xml", "<x/>")]
    files["many parts"] = _zip(tmp / "many.xlsx", entries + [(f"xl/junk/{i}.xml", "")
                                                             for i in range(safe_xlsx.MAX_ENTRIES)])
    files["missing"] = tmp / "nope.xlsx"
    files["folder"] = tmp
    files["encrypted"] = DATA / "excel-encrypted.xlsx"
    (tmp / "old.xlsx").write_bytes(safe_xlsx.CFB_MAGIC + b"\0" * 600)
    files["old xls"] = tmp / "old.xlsx"
    files["part missing"] = _rewrite(template, tmp / "partless.xlsx", {"xl/worksheets/sheet2.xml": None})
    src = zipfile.ZipFile(template).read("xl/worksheets/sheet1.xml")
    dtd = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    body = src.split(b"?>", 1)[1] if src.startswith(b"<?xml") else src
    files["xml bomb"] = _rewrite(template, tmp / "laughs.xlsx", {
        "xl/worksheets/sheet1.xml": dtd + body.replace(b"<t>cobot</t>", b"<t>&lol2;</t>", 1)})
    cells = b"".join(b'<c r="A4" t="n"><v>%d</v></c>' % (i % 7) for i in range(safe_xlsx.MAX_CELLS_PER_ROW + 5))
    demand = zipfile.ZipFile(template).read("xl/worksheets/sheet2.xml")
    files["long row"] = _rewrite(template, tmp / "row.xlsx", {
        "xl/worksheets/sheet2.xml": re.sub(rb"<sheetData>.*</sheetData>",
                                           b"<sheetData><row r=\"4\">" + cells + b"</row></sheetData>", demand,
                                           flags=re.S)})
    return files


def test_hostile_workbooks_are_refused_in_german(base, template, tmp_path, monkeypatch):
    files = _hostile(template, tmp_path)
    for what, path in files.items():
        problems = refused(import_workbook, base, path)
        assert_german(problems)
        assert problems[0].place in (path.name, "Demand / Bedarf", "Demand"), what
    monkeypatch.setattr(safe_xlsx, "MAX_FILE_BYTES", 1000)
    (p,) = refused(import_workbook, base, template)
    assert "höchstens" in p.text("de") and "MB" in p.text("de")
    assert_german([p])


def test_oversized_text_table_is_refused_in_german(base, template, tmp_path, monkeypatch):
    body = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + b"<si><t>x</t></si>" * 9 + b"</sst>")
    out = _rewrite(template, tmp_path / "strings.xlsx", {"xl/sharedStrings.xml": body})
    monkeypatch.setattr(safe_xlsx, "MAX_SHARED_STRINGS", 5)
    (p,) = refused(import_workbook, base, out)
    assert "Entpackungsbombe" in p.text("de")
    assert_german([p])


# ---- data-collection requests --------------------------------------------------------------------

def _fill(path, out, need: dict[str, object] | None = None, cells: dict[str, object] | None = None) -> Path:
    wb = openpyxl.load_workbook(path)
    ws = wb[wb.sheetnames[0]]
    for r in range(8, ws.max_row + 1):
        if need and ws.cell(r, 1).value in need:
            ws.cell(r, 4).value = need[ws.cell(r, 1).value]
    for ref, v in (cells or {}).items():
        ws[ref] = v
    wb.save(out)
    return out


def test_forged_and_broken_requests_are_refused_in_german(base, tmp_path):
    rnd, paths = write_requests(base, tmp_path / "req", tmp_path / "pool.coopround.json")
    req = {p.stem.removeprefix("request-"): p for p in paths}
    forged = _fill(req["kessler"], tmp_path / "forged.xlsx", {"cobot": 99}, {"B4": "hartmann"})
    changed = _fill(req["vogel"], tmp_path / "v.xlsx", cells={"A9": "cobot"})
    bad = _fill(req["kessler"], tmp_path / "a.xlsx", {"cobot": -3, "iot": "viele"})
    twice = _fill(req["brandt"], tmp_path / "b.xlsx", {"mes": 2})
    gone = _fill(req["lindner"], tmp_path / "l.xlsx", {"am": 1.5}, {"A8": "robot", "D3": "Menge"})
    problems = refused(import_returned, base, rnd, [forged, changed, bad, twice, req["brandt"], gone])
    places = {str(p.place) for p in problems}
    assert "forged.xlsx › Request!B5" in places and "a.xlsx › Request!D8" in places
    assert_german(problems)
    assert any("passt nicht zu Partner 'hartmann'" in p.text("de") for p in problems)
    other = refused(import_returned, base, Round.new(), [_fill(req["lindner"], tmp_path / "o.xlsx", {"am": 5})])
    assert_german(other)
    assert "frühere" in other[0].text("de")
    assert_german(refused(import_returned, base, rnd, [tmp_path / "empty-folder-nothing.xlsx"]))
    (tmp_path / "none").mkdir()
    assert_german(refused(import_returned, base, rnd, [tmp_path / "none"]))


# ---- an anonymised export that would still name a partner ----------------------------------------

def test_risky_texts_are_explained_in_german():
    import dataclasses

    from confidential_pools import pool

    from coop_calc.exchange.anonymous_export import RiskyTexts, export_anonymised

    s = pool(5)
    risky = dataclasses.replace(s, items=(dataclasses.replace(s.items[0], name="Cobot for the Hartmannhalle"),
                                          dataclasses.replace(s.items[1], category="Maschinenbau"),
                                          dataclasses.replace(s.items[2], unit="seats for 230 Mitarbeiter"),
                                          *s.items[3:]))
    with pytest.raises(RiskyTexts) as err:
        export_anonymised(risky, json_path=None, xlsx_path=None)
    assert_german(err.value.problems)
    first = err.value.first_line("de")
    assert first.startswith(f"{len(err.value.findings)} Texte können nach der Anonymisierung")
    assert "Artikel 'Cobot for the Hartmannhalle' › Name" in first and not giveaways(first)
    assert any("Mitarbeiterzahl" in f.line("de") for f in err.value.findings)


# ---- distributions, correlations, risk and advice options ----------------------------------------

BAD_DISTRIBUTIONS = [
    ({"type": "pert", "low": 15000, "mode": 4000, "high": 11000}, None),
    ({"type": "pert", "low": 4000, "mode": 16000, "high": 15000}, None),
    ({"type": "triangular", "low": 5, "mode": 5, "high": 5}, None),
    ({"type": "uniform", "low": "viel", "high": [1]}, None),
    ({"type": "normal", "mean": 1, "sd": 0}, None),
    ({"type": "normal", "mean": 0, "sd": 1, "low": 50, "high": 60}, None),
    ({"type": "normal", "mean": 0.5, "sd": 0.1}, (0, 1)),
    ({"type": "lognormal", "mean": -1, "sd": -2}, None),
    ({"type": "lognormal", "mean": 100, "sd": 10}, (0, 50)),
    ({"type": "discrete", "values": [1, 2], "probabilities": [0.5, 0.6]}, None),
    ({"type": "discrete", "values": [1, "x", None], "probabilities": [0.5, 0.5, 0]}, None),
    ({"type": "discrete", "values": [1, 2], "probabilities": [0.5]}, None),
    ({"type": "discrete", "values": [], "probabilities": []}, None),
    ({"type": "discrete", "values": 3, "probabilities": [1]}, None),
    ({"type": "bernoulli", "p": 1.5}, None),
    ({"type": "pert", "low": 1}, None),
    ({"type": "pert", "low": 1, "mode": 2, "high": 3, "peak": 9}, None),
    ({"type": "gauss"}, None),
    ({"low": 1}, None),
    ("PERT 4.000; 11.000; 15.000", None),
    ({"type": "fixed", "value": 2e13}, None),
    ({"type": "uniform", "low": -1, "high": 1}, (0, None)),
    ({"type": "uniform", "low": 0, "high": 2}, (None, 1)),
]


@pytest.mark.parametrize("obj, bounds", BAD_DISTRIBUTIONS)
def test_bad_distribution_entries_are_refused_in_german(obj, bounds):
    from coop_calc.risk import parse_distribution

    place = Msg("risk_place_item", name="'Cobot'")
    problems = refused(parse_distribution, obj, place, bounds=bounds)
    assert_german(problems)
    assert all(p.text("de").startswith("Artikel 'Cobot': ") for p in problems)


def test_german_numbers_in_distribution_reasons():
    from coop_calc.risk import parse_distribution

    (p,) = refused(parse_distribution, {"type": "pert", "low": 15000, "mode": 4000, "high": 11000.5}, "x")
    assert p.text("de") == "x: der niedrigste Wert 15.000 liegt über dem höchsten Wert 11.000,5"
    assert p.text("en") == "x: the lowest value 15,000 is above the highest value 11,000.5"
    (p,) = refused(parse_distribution, {"type": "discrete", "values": [1, "a"], "probabilities": [1, 0]}, "x")
    assert p.text("de") == "x: der 2. Wert muss eine Zahl sein; eingegeben: Text ('a')"
    assert p.text("en") == "x: the 2nd value must be a number, not text ('a')"


def test_bad_correlations_are_refused_in_german():
    from coop_calc.risk.correlation import check_correlation, correlation_matrix

    names = ["cobot.benefit", "cobot.cost", "mes.benefit"]
    m = np.array([[1.0, 0.5, 1.5], [0.4, 1.0, np.nan], [1.5, np.nan, 2.0]])
    problems = refused(check_correlation, m, names)
    assert len(problems) >= 4
    assert_german(problems)
    assert problems[0].text("de").startswith("Risikoeinstellungen › Korrelationen: ")
    assert_german(refused(check_correlation, np.eye(2), names))
    assert_german(refused(correlation_matrix, names, [("cobot.benefit", "robot.cost", 0.5)]))
    big = np.full((8, 8), 3.0)
    np.fill_diagonal(big, 1.0)
    problems = refused(check_correlation, big, [f"x{i}" for i in range(8)])
    assert "… und 23 weitere dieser Art" in [p.text("de").split(": ", 1)[1] for p in problems]


def test_bad_risk_settings_are_refused_in_german():
    from coop_calc.risk.precision import Precision
    from coop_calc.risk.sampling import uniforms

    for kw in ({"p_loss": None, "mean": None}, {"p_loss": 0.9}, {"mean": 2.0}, {"confidence": 0.3}):
        assert_german(refused(Precision, **kw))
    assert_german(refused(uniforms, "bogus", 2, 0, 10, 1))
    assert_german(refused(uniforms, "plain", 2, 0, 10, -1))
    assert_german(refused(uniforms, "sobol", 30_000, 0, 10, 1))


def test_bad_advice_options_are_refused_in_german(base):
    from coop_calc.advice import apply_axis, sweep
    from coop_calc.advice.cli import parse_sweep, parse_threshold

    for spec in ("per_pair=0:2000", "per_pair=0:1:0"):
        assert_german(refused(parse_sweep, spec))
    for spec in ("volume:p01", "volume:p01=3:1"):
        assert_german(refused(parse_threshold, spec))
    for axis, value in (("bogus", 1.0), ("discount:Nobody AG", 0.1), ("volume:nobody", 1.0), ("per_pair", -5.0),
                        ("discount:Robotech Automation", 1.5), (f"volume:{base.partners[0].id}", -1.0),
                        (f"member:{base.partners[0].id}", 0.5), ("per_pair", float("nan"))):
        problems = refused(apply_axis, base, axis, value)
        assert_german(problems)
        assert problems[0].text("de").startswith("Achse der Variation ")
    assert_german(refused(sweep, base, ["per_pair"], [[]]))
    assert_german(refused(sweep, base, [], []))


def test_risk_and_advice_of_an_empty_or_doomed_pool_in_german(base):
    import dataclasses

    from coop_calc.advice import advise
    from coop_calc.risk.run import RiskRun

    empty = dataclasses.replace(base, partners=(), demand={})
    assert_german(refused(advise, empty))
    assert_german(refused(RiskRun, empty))
    doomed = dataclasses.replace(base, partners=tuple(dataclasses.replace(p, dropout_probability=1.0)
                                                      for p in base.partners))
    (p,) = refused(RiskRun, doomed)
    assert p.text("de").startswith("Partner › Ausstiegswahrscheinlichkeit: 5 Partner (")
    assert_german([p])


def test_advice_sheet_says_why_there_is_none_in_german(base, monkeypatch):
    from coop_calc.analysis import analyse
    from coop_calc.exchange import sheet_advice
    from coop_calc.exchange.results import results

    def no_partners(_scenario):
        raise ValidationError(Msg("advice_no_partners"))

    monkeypatch.setattr(sheet_advice, "advise", no_partners)
    why = sheet_advice.advice_for(results(analyse(base)))
    assert isinstance(why, Msg) and why.text("de") == "Keine Empfehlung für diesen Pool: der Pool hat noch keine Partner"
    assert why == "No advice for this pool: the pool has no partners yet"


# ---- the command line ----------------------------------------------------------------------------

def test_import_command_prints_german_problems(template, tmp_path, capsys):
    from coop_calc.cli import main

    out = _edit(template, tmp_path / "broken.xlsx", {"Demand": {"C4": -1, "D4": "lots", "E5": -2},
                                                     "Quotes": {"A4": "nope", "F4": 2.5}})
    assert main(["import", str(example()), str(out), "--out", str(tmp_path / "n.json"), "--lang", "de"]) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert lines[0].startswith("Fehler: 5 Probleme")
    for line in lines:
        assert not giveaways(line), line
    assert "Demand!C4: die Menge darf nicht negativ sein (-1)" in err
    assert "Quotes!F4: die Mindestbestellung muss eine ganze Zahl sein; eingetragen: 2,5" in err
    assert not (tmp_path / "n.json").exists()
    main(["import", str(example()), str(tmp_path / "gone.xlsx"), "--out", str(tmp_path / "n.json"), "--lang", "de"])
    assert capsys.readouterr().err.strip() == "Fehler: gone.xlsx: die Datei existiert nicht"


def test_risk_and_advice_commands_refuse_options_in_german(capsys):
    from coop_calc.cli import main

    for argv in (["risk", str(example()), "--trials", "0"], ["risk", str(example()), "--max-trials", "9000"],
                 ["advise", str(example()), "--sweep", "per_pair=1:2"], ["export", str(example())]):
        assert main([*argv, "--lang", "de"]) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("Fehler: ") and not giveaways(err), err
