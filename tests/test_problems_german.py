"""Every validation reason and place the engine gives for a scenario document reads in German in a
German session: broken scenarios, damaged files, refused edits and password problems are put into
words in both languages, and the German words are checked.

Each :class:`~coop_calc.messages.Msg` of a problem (with the messages nested in its parameters) is
checked twice: its German catalogue text must differ from the English one (unless the two are rightly
the same, like "Partner {n}"), and the German text with the user's own data left out must contain no
English giveaway word. A reason that is plain text instead of a catalogue message is reported too.
A hand list of broken inputs reaches every message key of the scenario's readers; hypothesis
mutations of the example pool add what nobody thought of. ``test_the_check_can_fail`` shows that
an English text in the German catalogue is caught.
"""

from __future__ import annotations

import argparse
import copy
import errno
import json
import string
from pathlib import Path
from typing import Any, Callable

import pytest
from fuzz_support import example_document, mutated_documents
from german_problems import MSG_KEY, Pattern, catalogue_pattern, faults, messages_in, problems_of
from hypothesis import HealthCheck, given, settings

from coop_calc import checks, coalitions, commands, deck, i18n, parse, scenario_io, sealed, sealed_cli
from coop_calc.cli import main
from coop_calc.commands import MISSING, InsertRow, RemoveRow, SetDemand, SetField, apply, default_row, default_tier
from coop_calc.errors import Problem, ValidationError, os_reason
from coop_calc.messages import CONTEXT, to_text
from coop_calc.parse import scenario_from_dict

ROOT = Path(parse.__file__).parent
#: The modules whose keys this test must reach (the scenario document's readers and the command line).
MODULES = (checks, parse, scenario_io, commands, coalitions, sealed, sealed_cli, deck)
MODULE_FILES = [Path(m.__file__) for m in MODULES] + [ROOT / "cli.py"]  # type: ignore[arg-type]

def loading(doc: Any) -> Callable[[], object]:
    return lambda: scenario_from_dict(doc)


def changed(edit: Callable[[dict], None]) -> Callable[[], object]:
    """Loading the example pool after ``edit``."""
    doc = example_document()
    edit(doc)
    return loading(doc)


def _set(path: tuple, value: Any) -> Callable[[dict], None]:
    def edit(doc: dict) -> None:
        node = doc
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = value
    return edit


def _many_partners(doc: dict) -> None:
    doc["partners"] = [{"id": f"p{i}", "name": f"P {i}"} for i in range(11)]
    doc["demand"] = {"nobody": {"cobot": 1}}


def _refused_partner(doc: dict) -> None:
    doc["partners"][0]["id"] = ""
    doc["items"][0]["id"] = ""


def _no_partners(doc: dict) -> None:
    doc["partners"] = []
    doc["demand"] = {"nobody": {}}


def _unknown_item(doc: dict) -> None:
    doc["demand"]["hartmann"]["nothing"] = 1
    doc["demand"]["kessler"] = [1]


def _tiers(doc: dict) -> None:
    q = doc["quotes"]
    q[0]["tiers"] = []
    q[1]["tiers"] = "1-5: 100"
    q[2]["tiers"] = [[1], {"min_quantity": 5, "unit_price": 1}, {"min_quantity": 5, "unit_price": 1}]
    q[3]["schedule"], q[3]["tiers"] = "incremental", [{"min_quantity": 5, "unit_price": 10}]
    q[4]["tiers"] = [{"min_quantity": i, "unit_price": 1} for i in range(101)]


def _quotes(doc: dict) -> None:
    q = doc["quotes"]
    q[0]["item"] = 5
    q[0]["schedule"], q[0]["supplier"], q[0]["min_order"] = "volume", 5, "x"
    q[0]["tiers"] = [{"min_quantity": "x", "unit_price": "x"}]
    q[1]["item"] = "nothing"
    q[2]["min_order"], q[2]["max_order"] = 5, 2
    q[3]["max_order"] = 0
    q[4]["valid_until"] = "31.03.2027"
    q[5]["id"] = q[4]["id"]
    q[6]["supplier"] = ""
    q[6]["fixed_fee"] = -1


def _sharing(doc: dict) -> None:
    doc["sharing"] = {"rule": "fair", "coordination": "x", "custom_percentages": {"nobody": 5, "hartmann": "x",
                                                                                   "kessler": 5}}


def _correlations(doc: dict) -> None:
    doc["risk"]["correlations"] += [5, {"a": "x", "b": "cobot.annual_benefit", "rho": 0.1},
                                    {"a": "discount_rate", "b": "discount_rate", "rho": 0.1},
                                    {"a": "am.annual_benefit", "b": "cobot.annual_benefit", "rho": 0.2},
                                    {"a": "discount_rate", "b": "cobot.annual_benefit", "rho": 2}]
    doc["risk"].update(trials=0, seed=2**60, sampling="mc")


def _many_correlated(doc: dict) -> None:
    risk = {"annual_benefit": {"type": "uniform", "low": 1, "high": 2}}
    doc["items"] = [{"id": f"i{k}", "name": f"I {k}", "risk": risk} for k in range(102)]
    doc["quotes"], doc["demand"] = [], {}
    doc["risk"]["correlations"] = [{"a": f"i{k}.annual_benefit", "b": f"i{k + 1}.annual_benefit", "rho": 0.1}
                                   for k in range(101)]


def _units(doc: dict) -> None:
    doc["items"][0].update(capacity_per_unit=1e-3, unit="")
    doc["demand"]["hartmann"]["cobot"] = 1e9


def _texts(doc: dict) -> None:
    doc["meta"].update(name=5, description="a\ud800", author="a\tb", created="a\nb", modified="a\x01b",
                       currency="Euro")
    doc["partners"][0].update(id=" x", employees=1.5, sector=["x"], alias=True, name="x" * 2001)
    doc["partners"][1].update(id=None, employees=0, dropout_probability=None, name="")
    doc["partners"][2].update(employees=10**400, dropout_probability=-0.1, sector={})
    doc["partners"][3].update(employees="viele", alias=None)
    doc["partners"].append(None)
    doc["partners"].append({"id": "b", "name": "B", "employees": True, "dropout_probability": {}})
    doc["partners"][4]["id"] = doc["partners"][3]["id"]


def _items(doc: dict) -> None:
    doc["items"][0].update(capacity_per_unit=0, useful_life_years=200, risk=[], category=5, unit=5)
    doc["items"][1]["risk"] = {"failure_scope": None, "failure_probability": "x", "annual_benefit": "x",
                               "annual_operating_cost": "x", "residual_value": 5, "utilisation": 5,
                               "price_escalation": "x", "failure_loss": 5}
    doc["items"][2]["id"] = doc["items"][3]["id"]
    doc["quotes"] = [q for q in doc["quotes"] if q["item"] != "am"]


def _presentation(doc: dict) -> None:
    doc["presentation"] = {"slides": ["nope", "savings", "savings"]}


def _defaults() -> None:
    """The readers' own words for a value whose caller does not say what it is."""
    from coop_calc.errors import Collector

    c = Collector()
    checks.number(c, "", "x")
    checks.text(c, "", 5)
    c.raise_if_any()


#: Broken scenario documents: (name, what raises the ValidationError).
DOCUMENTS: list[tuple[str, Callable[[], object]]] = [
    ("not an object", loading([])),
    ("unknown fields", changed(lambda d: d.update(extra=1, other=2))),
    ("one unknown field", changed(lambda d: d.update(extra=1))),
    ("texts and numbers", changed(_texts)),
    ("not finite", changed(_set(("coordination", "fixed"), float("inf")))),
    ("partners not a list", changed(_set(("partners",), {}))),
    ("partner not an object", changed(lambda d: d["partners"].__setitem__(0, "Hartmann"))),
    ("41 partners", changed(_set(("partners",), [{}] * 41))),
    ("501 items", changed(_set(("items",), [{}] * 501))),
    ("2001 quotes", changed(_set(("quotes",), [{}] * 2001))),
    ("5001 correlations", changed(_set(("risk", "correlations"), [{}] * 5001))),
    ("items", changed(_items)),
    ("tiers", changed(_tiers)),
    ("quotes", changed(_quotes)),
    ("demand not an object", changed(_set(("demand",), [1]))),
    ("demand of 11 partners", changed(_many_partners)),
    ("demand with no partners", changed(_no_partners)),
    ("demand with refused ids", changed(_refused_partner)),
    ("demand of unknown items", changed(_unknown_item)),
    ("negative demand", changed(_set(("demand", "kessler", "cobot"), -1))),
    ("sharing", changed(_sharing)),
    ("percentages", changed(_set(("sharing",), {"rule": "custom", "custom_percentages": {"hartmann": 60}}))),
    ("risk settings", changed(_correlations)),
    ("risk settings not an object", changed(_set(("risk",), [1]))),
    ("correlations not a list", changed(_set(("risk", "correlations"), "x"))),
    ("101 correlated inputs", changed(_many_correlated)),
    ("units beyond pricing", changed(_units)),
    ("coordination", changed(_set(("coordination",), {"fixed": -1, "per_pair": "x", "per_member": 1.5e300}))),
    ("demand a number", changed(_set(("demand",), 5))),
    ("demand row a number", changed(_set(("demand", "kessler"), 1.5))),
    ("sampling false", changed(_set(("risk", "sampling"), False))),
    ("discount rate", changed(_set(("risk", "discount_rate"), "x"))),
    ("not objects", changed(lambda d: d.update(items=[5], quotes=[5], meta=[], sharing=[]))),
    ("not lists", changed(lambda d: d.update(items="x", quotes="x"))),
    ("defaults", lambda: _defaults()),
    ("buy up", changed(_set(("buy_up",), "yes"))),
    ("presentation", changed(_presentation)),
    ("presentation not an object", changed(_set(("presentation",), [1]))),
    ("slides not a list", changed(_set(("presentation",), {"slides": "x"}))),
]


def _project(scenarios: Any, **extra: Any) -> str:
    return json.dumps({"schema_version": 1, "scenarios": scenarios, **extra})


def _named_broken() -> str:
    good, bad = example_document(), example_document()
    good.pop("schema_version", None)
    bad.pop("schema_version", None)
    bad["meta"]["name"], bad["partners"][0]["name"] = "Variante B", ""
    return _project([good, bad])


def _unnamed_broken() -> str:
    bad = example_document()
    bad.pop("schema_version", None)
    del bad["meta"]
    bad["buy_up"] = 1
    return _project([bad])


def _old_demand(rows: list) -> str:
    doc = example_document()
    doc["schema_version"], doc["demand"] = 0, rows
    return json.dumps(doc)


FILES: list[tuple[str, Callable[[], object]]] = [
    ("NaN", lambda: scenario_io.parse_json('{"a": NaN}')),
    ("key twice", lambda: scenario_io.parse_json('{"a": 1, "a": 2}')),
    ("key twice in an object with an id", lambda: scenario_io.parse_json('{"id": "x", "a": 1, "a": 2}')),
    ("too deep", lambda: scenario_io.parse_json("[" * 100_000)),
    ("too many digits", lambda: scenario_io.parse_json("1" * 5000)),
    ("not a scenario", lambda: scenario_io.project_from_json("[]")),
    ("schema version", lambda: scenario_io.project_from_json('{"schema_version": "1"}')),
    ("newer", lambda: scenario_io.project_from_json('{"schema_version": 99}')),
    ("project field", lambda: scenario_io.project_from_json(_project([{}], extra=1))),
    ("no scenarios", lambda: scenario_io.project_from_json(_project([]))),
    ("51 scenarios", lambda: scenario_io.project_from_json(_project([{}] * 51))),
    ("scenario not an object", lambda: scenario_io.project_from_json(_project([5]))),
    ("named scenario", lambda: scenario_io.project_from_json(_named_broken())),
    ("unnamed scenario", lambda: scenario_io.project_from_json(_unnamed_broken())),
    ("old demand row", lambda: scenario_io.project_from_json(_old_demand([{"partner": "hartmann"}]))),
    ("old demand twice", lambda: scenario_io.project_from_json(_old_demand(
        [{"partner": "hartmann", "item": "cobot", "quantity": 1}] * 2))),
]


def _parsing(text: str) -> Callable[[], object]:
    return lambda: scenario_io.parse_json(text)


FILES += [(f"JSON {t!r}", _parsing(t)) for t in ["{", "[1,]", '{"a" 1}', "[1 2]", '"abc', '"a\x01"', '"\\x"', "1 2"]]


def _file_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Callable[[], object]]]:
    bad = tmp_path / "latin1.coop.json"
    bad.write_bytes(b"{\xff}")
    big = tmp_path / "big.coop.json"
    big.write_text("{}")
    locked = tmp_path / "locked.coop.json"
    locked.write_text("{}")

    def no_permission() -> object:
        def refuse(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied")
        with monkeypatch.context() as m:
            m.setattr(Path, "read_bytes", refuse)
            return scenario_io.read_text(locked)

    def too_big() -> object:
        with monkeypatch.context() as m:
            m.setattr(scenario_io, "MAX_FILE_BYTES", 1)
            return scenario_io.read_text(big)

    def too_long() -> object:
        with monkeypatch.context() as m:
            m.setattr(scenario_io, "MAX_FILE_BYTES", 1)
            return scenario_io.parse_json("{}")

    return [("missing", lambda: scenario_io.read_text(tmp_path / "nope.json")),
            ("folder", lambda: scenario_io.read_text(tmp_path)),
            ("not UTF-8", lambda: scenario_io.read_text(bad)),
            ("permission", no_permission), ("size", too_big), ("text too long", too_long)]


def _edits() -> list[tuple[str, Callable[[], object]]]:
    s = scenario_from_dict(example_document())
    no_items = scenario_from_dict({"partners": [{"id": "a", "name": "A"}]})
    tiers = [{"min_quantity": 1, "unit_price": 5}, {"min_quantity": 2, "unit_price": 4}]
    return [
        ("quote without items", lambda: default_row(no_items, "quotes")),
        ("no room for a tier", lambda: default_tier(tiers, 1)),
        ("no such row", lambda: apply(s, SetField(("partners", 99, "name"), "x"))),
        ("no such row at the end", lambda: apply(s, SetField(("partners", 99), {}))),
        ("not editable", lambda: apply(s, SetField(("meta", "name", "x"), "x"))),
        ("not editable inside", lambda: apply(s, SetField(("meta", "name", "x", "y"), "x"))),
        ("no such entry", lambda: apply(s, SetField(("sharing", "custom_percentages", "x"), MISSING))),
        ("no place", lambda: apply(s, SetField((), 1))),
        ("remove with SetField", lambda: apply(s, SetField(("partners", 0), MISSING))),
        ("insert here", lambda: apply(s, InsertRow(("meta",), 0, {}))),
        ("insert at", lambda: apply(s, InsertRow(("partners",), 99, {}))),
        ("remove", lambda: apply(s, RemoveRow(("partners",), 99))),
        ("demand of nobody", lambda: apply(s, SetDemand("nobody", "cobot", 1))),
        ("demand of nothing", lambda: apply(s, SetDemand("hartmann", "nothing", 1))),
        ("edit result", lambda: apply(s, SetField(("partners", 0, "employees"), -5))),
    ]


def _supply(names: list[str]) -> Callable[[], object]:
    doc = example_document()
    doc["partners"] = [p for p in doc["partners"] if p["id"] in names]
    doc["demand"] = {p: {"cobot": 1000 if len(names) == 1 else 3} for p in names}
    for q in doc["quotes"]:
        q["max_order"] = 5
    doc["buy_up"] = False
    return lambda: coalitions.coalition_costs(scenario_from_dict(doc))


def _games() -> list[tuple[str, Callable[[], object]]]:
    many = scenario_from_dict({"partners": [{"id": f"p{i}", "name": f"P{i}"} for i in range(23)]})
    return [("23 partners", lambda: coalitions.coalition_costs(many)),
            ("no supply alone", _supply(["hartmann"])),
            ("no supply together", _supply(["hartmann", "kessler"]))]


def _sealed_cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Callable[[], object]]]:
    key = sealed.SealKey.derive("correct horse", n=2**4)
    env = json.loads(key.seal("{}"))

    def variant(**change: Any) -> str:
        e = copy.deepcopy(env)
        for k, v in change.items():
            if k in ("salt", "n"):
                e["kdf"][k] = v
            else:
                e[k] = v
        return json.dumps(e)

    def not_utf8() -> object:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = b"\0" * sealed.NONCE_BYTES
        ct = AESGCM(key.key).encrypt(nonce, b"\xff\xfe", sealed._aad(key.header()))
        return sealed.unseal(variant(nonce=sealed._b64(nonce), ciphertext=sealed._b64(ct)), "correct horse")

    plain = tmp_path / "plain.coop.json"
    plain.write_text(json.dumps(example_document()))
    protected = tmp_path / "protected.coop.json"
    protected.write_text(key.seal(plain.read_text()))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n")
    monkeypatch.delenv(sealed_cli.ENV, raising=False)
    monkeypatch.delenv(sealed_cli.ENV_NEW, raising=False)

    def Args() -> argparse.Namespace:  # noqa: N802 - reads like the parsed arguments it stands for
        return argparse.Namespace(file=str(protected), password_file=None, new_password_file=None, lang="de")

    def differ() -> object:
        answers = iter(["correct horse", "other horse"])
        with monkeypatch.context() as m:
            m.setattr(sealed_cli.sys.stdin, "isatty", lambda: True, raising=False)
            m.setattr(sealed_cli.getpass, "getpass", lambda prompt="": next(answers))
            return sealed_cli._new_password(Args())

    def wrong_file() -> object:
        args = Args()
        args.password_file = str(wrong)
        return sealed_cli.load_with_key(args, str(protected))

    return [
        ("short password", lambda: sealed.check_password("abc")),
        ("not JSON", lambda: sealed.unseal("{", "x")),
        ("not ours", lambda: sealed.unseal('{"format": "other"}', "x")),
        ("newer envelope", lambda: sealed.unseal(variant(version=9), "x")),
        ("cipher", lambda: sealed.unseal(variant(cipher="ROT13"), "x")),
        ("scrypt cost", lambda: sealed.unseal(variant(n=3), "x")),
        ("salt missing", lambda: sealed.unseal(variant(salt=None), "x")),
        ("nonce not base64", lambda: sealed.unseal(variant(nonce="!!"), "x")),
        ("ciphertext not base64", lambda: sealed.unseal(variant(ciphertext="!!"), "x")),
        ("nonce length", lambda: sealed.unseal(variant(nonce=sealed._b64(b"12")), "x")),
        ("no password", lambda: sealed.unseal(variant(), None)),
        ("wrong password", lambda: sealed.unseal(variant(), "wrong horse")),
        ("not UTF-8 inside", not_utf8),
        ("password file unreadable", lambda: sealed_cli._first_line(str(tmp_path / "none.txt"))),
        ("password needed", lambda: sealed_cli.password_source(Args())()),
        ("wrong password file", wrong_file),
        ("passwords differ", differ),
        ("no new password", lambda: sealed_cli._new_password(Args())),
    ]


def _cli_cases(tmp_path: Path) -> list[tuple[str, Callable[[], object]]]:
    from coop_calc.cli import _scenario

    plain = tmp_path / "plain.coop.json"
    plain.write_text(json.dumps(example_document()))

    def Args() -> argparse.Namespace:  # noqa: N802
        return argparse.Namespace(file=str(plain), password_file=None, lang="de", scenario="Variante Z")

    def unprotect() -> object:
        from coop_calc.cli import COMMANDS, build_parser

        args = build_parser().parse_args(["unprotect", str(plain), "--out", str(tmp_path / "o.json")])
        return COMMANDS["unprotect"](args)
    return [("no such scenario", lambda: _scenario(Args())), ("not protected", unprotect)]


@pytest.fixture
def all_cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[Problem]]]:
    cases = (DOCUMENTS + FILES + _file_problems(tmp_path, monkeypatch) + _edits() + _games()
             + _sealed_cases(tmp_path, monkeypatch) + _cli_cases(tmp_path))
    return [(name, problems_of(fn)) for name, fn in cases]


def test_every_broken_input_reads_in_german(all_cases: list[tuple[str, list[Problem]]]) -> None:
    found = [f"{name}: {f}" for name, problems in all_cases for f in faults(problems)]
    assert not found, "\n".join(found)
    for name, problems in all_cases:
        assert problems, name
        for p in problems:
            assert p.text("de") != p.text("en"), f"{name}: {p.text('en')}"


def test_the_hand_list_reaches_every_key(all_cases: list[tuple[str, list[Problem]]]) -> None:
    """Every message key the scenario's readers use is met by one of the broken inputs above."""
    used = {k for f in MODULE_FILES for k in MSG_KEY.findall(f.read_text(encoding="utf-8"))}
    met = {m.key for _, problems in all_cases for p in problems for v in (p.place, p.reason)
           for m in messages_in(v)}
    met |= {m.key for code in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EISDIR,
                               errno.ENOTDIR, errno.EROFS) for m in messages_in(os_reason(OSError(code, "x")))}
    unreachable = {"coalition_cost_failed"}  # a cost that is not finite is always explained by an item
    assert sorted(used - met - unreachable) == []
    assert len(used) > 150


def test_the_check_can_fail() -> None:
    """An English text in the German catalogue, or an English word in a German one, is reported."""
    problems = problems_of(changed(_set(("quotes", 0, "fixed_fee"), -1)))
    assert not faults(problems)
    key = problems[0].reason.key  # type: ignore[union-attr]
    assert key == "num_negative"

    def english_for(k: str) -> Pattern:
        return lambda key_, lang: catalogue_pattern(key_, "en" if key_ == k else lang)

    assert any("num_negative" in f for f in faults(problems, english_for("num_negative")))
    assert any("f_fixed_fee" in f for f in faults(problems, english_for("f_fixed_fee")))

    def one_word(key_: str, lang: str) -> str:
        text = catalogue_pattern(key_, lang)
        return text.replace("darf nicht", "must not") if key_ == "num_negative" and lang == "de" else text

    assert any("English words ['must', 'not']" in f for f in faults(problems, one_word))
    assert faults([Problem("Quote 1", "the fixed fee must not be negative")])  # a plain-text reason


def test_numbers_and_user_data_in_german() -> None:
    problems = problems_of(changed(_set(("quotes", 0, "fixed_fee"), -4500.5)))
    assert problems[0].text("de") == ("Angebot 'Collaborative robot (6-axis, 10 kg payload), RoboTech Automation'"
                                      " › Fixgebühr: Fixgebühr darf nicht negativ sein (-4.500,5)")
    assert problems[0].text("en").endswith("fixed fee: the fixed fee must not be negative (-4,500.5)")
    seed = problems_of(changed(_set(("risk", "seed"), 2**53 + 1)))[0]
    assert seed.text("de").endswith("Startwert 9.007.199.254.740.993 ist größer als der zulässige Höchstwert"
                                    " 9.007.199.254.740.991")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_mutated_scenarios_read_in_german(doc: Any) -> None:
    try:
        text = json.dumps(doc, allow_nan=False)
    except (ValueError, TypeError):
        return
    try:
        scenario_io.project_from_json(text)
    except ValidationError as e:
        found = faults(e.problems)
        assert not found, "\n".join(found)


def test_catalogue_keys_of_this_area_are_translated() -> None:
    """Every key of the scenario's readers has a German text of its own with the same placeholders."""
    used = {k for f in MODULE_FILES for k in MSG_KEY.findall(f.read_text(encoding="utf-8"))}
    fields = string.Formatter()
    for key in used:
        de, en = catalogue_pattern(key, "de"), catalogue_pattern(key, "en")
        assert i18n.has(CONTEXT, key, "de") and i18n.has(CONTEXT, key, "en"), key
        assert {f for _, f, _, _ in fields.parse(de) if f} == {f for _, f, _, _ in fields.parse(en) if f}, key


def test_cli_validate_in_german(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = example_document()
    doc["quotes"][0]["fixed_fee"] = -1
    doc["partners"][0]["name"] = ""
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["validate", str(broken), "--lang", "de"]) == 1
    err = capsys.readouterr().err
    assert "Fixgebühr darf nicht negativ sein (-1)" in err and "Name darf nicht leer sein" in err
    assert "must" not in err and "negative" not in err
    assert main(["compute", str(broken), "--lang", "de"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fehler: Partner 1 › Name: Name darf nicht leer sein (und 1 weiteres Problem)")
    assert main(["validate", str(broken), "--lang", "en"]) == 1
    assert "the fixed fee must not be negative (-1)" in capsys.readouterr().err


def test_cli_subprocess_in_german(tmp_path: Path) -> None:
    """``python -m coop_calc validate broken.json --lang de`` as a user types it."""
    import subprocess
    import sys

    broken = tmp_path / "broken.json"
    broken.write_text('{"partners": [{"id": "a", "name": "A", "employees": "viele"}]}', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "coop_calc", "validate", str(broken), "--lang", "de"],
                         capture_output=True, text=True, encoding="utf-8", cwd=ROOT.parent, timeout=120)
    assert out.returncode == 1
    assert "Anzahl der Beschäftigten muss eine Zahl sein, nicht Text ('viele')" in out.stderr, out.stderr


def test_cli_file_system_refusal_in_german(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file the system refuses to write is named with a German reason, not the system's English."""
    password = tmp_path / "pw.txt"
    password.write_text("correct horse battery\n", encoding="utf-8")
    source = ROOT.parent / "resources" / "examples" / "five-partner-pool.coop.json"
    out = tmp_path / "no-such-folder" / "x.coop.json"
    assert main(["protect", str(source), "--out", str(out), "--new-password-file", str(password),
                 "--lang", "de"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fehler: Datei oder Ordner nicht gefunden: ") and "No such" not in err
    assert to_text(os_reason(OSError(errno.EACCES, "Permission denied")), "de") == "Keine Berechtigung"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"  # rare: the system's text
