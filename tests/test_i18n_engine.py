"""The engine's catalogue (coop_calc.i18n): every key used in the engine has a non-empty German and
English text, placeholders agree, the compiled .mo files are current, and the catalogue is shipped."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from coop_calc import i18n
from coop_calc.exchange.texts import rule_explanation, rule_title, text
from coop_calc.locale import build
from coop_calc.splits import EXPLANATIONS, RULE_TITLES

ROOT = Path(i18n.__file__).parent
#: context argument position in calls that name one literally: pick("ctx", "key"…), text("ctx", …)
_CALLS = re.compile(r"""\b(?:pick|catalogue_text|i18n\.text|_)\(\s*"([a-z_]+)",\s*"([A-Za-z0-9_]+)\"""")
#: validation reasons and places: Msg("key", …) of the context "problem" (coop_calc.messages)
_MSG = re.compile(r"""\bMsg\(\s*["']([A-Za-z0-9_]+)["']""")
#: per-module helpers whose first argument is a key of one context
_HELPERS = {"chart": r"(?<![.\w])t\(", "advice": r"(?<![.\w])t\(", "chart_advice": r"(?<![.\w])t\(",
            "report_advice": r"(?<![.\w])_t\(",
            "headline": r"(?<![.\w])_t\(", "report": r"(?<![.\w])(?:text|exchange_text)\("}
_HELPER_FILES = {"chart": "charts", "chart_advice": "charts/advice.py", "advice": "advice",
                 "report_advice": "exchange/report_advice.py", "headline": "headlines.py", "report": "exchange"}


def used_keys() -> set[tuple[str, str]]:
    """(context, key) of every literal catalogue call in the engine's sources."""
    found: set[tuple[str, str]] = set()
    for path in ROOT.rglob("*.py"):
        if path.name != "i18n.py":
            source = path.read_text(encoding="utf-8")
            found.update(_CALLS.findall(source))
            found.update(("problem", k) for k in _MSG.findall(source))
    for ctx, where in _HELPER_FILES.items():
        base = ROOT / where
        files = [base] if base.suffix == ".py" else list(base.rglob("*.py"))
        call = re.compile(_HELPERS[ctx] + r"""\s*["']([A-Za-z0-9_]+)["']""")
        for path in files:
            if ctx == "chart" and path.name == "advice.py":
                continue
            if ctx == "chart_advice" or path.name != "advice.py" or ctx != "chart":
                found.update((ctx, k) for k in call.findall(path.read_text(encoding="utf-8")))
    return found


def _fields(s: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(s) if f}


def test_every_literal_key_used_is_in_both_catalogues() -> None:
    used = used_keys()
    assert len(used) > 20  # the walk finds the CLI and workbook calls
    missing = [(c, k, lang) for c, k in used for lang in i18n.LANGS if not i18n.has(c, k, lang)]
    assert not missing, f"catalogue lacks texts: {missing}"


@pytest.mark.parametrize("lang", ["de"])
def test_every_english_key_has_a_non_empty_german_text(lang: str) -> None:
    en = i18n.keys("en")
    assert len(en) > 250
    missing = [k for k in en if not i18n.has(*k, lang)]
    assert not missing, f"German texts missing or empty: {missing}"
    assert not [k for k in i18n.keys(lang) if k not in set(en)], "German keys without English"


def test_placeholders_agree_between_languages() -> None:
    bad = [(c, k) for c, k in i18n.keys("en")
           if _fields(i18n.text(c, k, "en")) != _fields(i18n.text(c, k, "de"))]
    assert not bad


def test_catalogue_gap_is_detected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Removing one German text makes the catalogue check fail (the test above can fail)."""
    po = (ROOT / "locale/de/LC_MESSAGES/coopcalc.po").read_text(encoding="utf-8")
    entry = 'msgctxt "chart"\nmsgid "wf_title"\nmsgstr "'
    assert entry in po
    start = po.index(entry) + len(entry)
    po = po[:start] + po[po.index('"\n', start):]  # the German text of chart/wf_title emptied
    d = tmp_path / "de/LC_MESSAGES"
    d.mkdir(parents=True)
    (d / "coopcalc.mo").write_bytes(build.mo_bytes(po))
    en = tmp_path / "en/LC_MESSAGES"
    en.mkdir(parents=True)
    (en / "coopcalc.mo").write_bytes((ROOT / "locale/en/LC_MESSAGES/coopcalc.mo").read_bytes())
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        assert not i18n.has("chart", "wf_title", "de")
        assert i18n.text("chart", "wf_title", "de") == i18n.text("chart", "wf_title", "en")  # falls back
    finally:
        monkeypatch.undo()
        i18n.catalogue.cache_clear()


def test_compiled_catalogues_are_current() -> None:
    assert build.build(check=True) == []


def test_rule_texts_match_the_engine_and_translate() -> None:
    for rule, title in RULE_TITLES.items():
        assert rule_title(rule, "en") == title
        assert rule_title(rule, "de") and rule_title(rule, "de") != title or rule == "shapley"
        assert rule_explanation(rule, "en") == EXPLANATIONS[rule]
    assert rule_title("nucleolus", "de") == "Nukleolus"
    assert rule_explanation("no-such-rule", "de") == ""
    assert text("page", "de", p=2, n=5) == "Seite 2 von 5"


def test_system_language() -> None:
    assert i18n.norm_lang("de_DE.UTF-8") == "de"
    assert i18n.norm_lang("German_Germany.1252") == "de"
    assert i18n.norm_lang("en_GB") == "en" and i18n.norm_lang(None) == "en" and i18n.norm_lang("fr_FR") == "en"


def test_catalogue_is_package_data() -> None:
    toml = (ROOT.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"locale/*/LC_MESSAGES/*.mo"' in toml


def test_cli_speaks_german_and_english(five_pool_path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from coop_calc.cli import main

    assert main(["validate", str(five_pool_path), "--lang", "de"]) == 0
    assert "Artikel" in capsys.readouterr().out
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # the system locale decides without --lang
    assert main(["validate", str(five_pool_path)]) == 0
    assert "Angebote" in capsys.readouterr().out
    assert main(["validate", str(five_pool_path), "--lang", "en"]) == 0
    assert "items" in capsys.readouterr().out
    bad = tmp_path / "bad.coop.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["compute", str(bad), "--lang", "de"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fehler: ") and err.count("\n") == 1
    out = tmp_path / "de.xlsx"
    assert main(["export", str(five_pool_path), "--xlsx", str(out), "--lang", "de"]) == 0
    assert "geschrieben" in capsys.readouterr().out
    from openpyxl import load_workbook

    assert load_workbook(out).sheetnames[0] == "Einsparung"


def test_risk_command_speaks_german(five_pool_path, capsys: pytest.CaptureFixture[str]) -> None:
    from coop_calc.cli import main

    assert main(["risk", str(five_pool_path), "--trials", "8192", "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "Durchläufe" in out and "Kapitalwert in EUR" in out and "Gesamter Pool" in out
    assert "trials" not in out and "Whole pool" not in out


def test_compute_text_in_german(five_pool_path, capsys: pytest.CaptureFixture[str]) -> None:
    from coop_calc.cli import main

    assert main(["compute", str(five_pool_path), "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "Einzelkosten aller Partner" in out and "3.786.450,00" in out and "im Kern?" in out
    assert main(["compute", str(five_pool_path), "--lang", "en"]) == 0
    assert "Stand-alone cost of all partners" in capsys.readouterr().out
