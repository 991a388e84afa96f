"""The command line's help and usage errors follow ``--lang`` (or the system language): argparse's own
words ("usage:", "options", "the following arguments are required") and our descriptions of every
command and option; option names, command names and metavars stay as they are typed. English stays
exactly as it was."""

from __future__ import annotations

import argparse

import pytest
from language_words import Checker, without_cli_syntax

from coop_calc.cli import build_parser, main
from coop_calc.cli_help import lang_of_argv
from coop_calc.i18n import has

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(argv)
    got = capsys.readouterr()
    return int(e.value.code or 0), got.out, got.err


def test_there_are_commands_to_check() -> None:
    assert {"validate", "compute", "risk", "export", "import", "advise", "protect"} <= set(COMMANDS)


@pytest.mark.parametrize("flag", ["--help", "-h"])
@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_german_help_has_no_english_word(capsys, command, flag):
    code, out, _ = _run(capsys, ([command] if command else []) + [flag, "--lang", "de"])
    assert code == 0
    assert out.startswith("Aufruf: python -m coop_calc")
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out
    bad = Checker("de").findings(without_cli_syntax(out))
    assert not bad, f"English in the German help of {command or 'coop_calc'}: {bad}\n{out}"
    if command:  # the syntax is kept: the command's own name and --lang are typed as they are
        assert f"python -m coop_calc {command}" in out and "--lang {en,de}" in out


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_english_help_has_no_german_word(capsys, command):
    code, out, _ = _run(capsys, ([command] if command else []) + ["--help", "--lang", "en"])
    assert code == 0 and out.startswith("usage: python -m coop_calc")
    assert not Checker("en").findings(without_cli_syntax(out)), out


def test_english_help_key_lines_unchanged(capsys):
    _, out, _ = _run(capsys, ["compute", "--help", "--lang", "en"])
    lines = out.splitlines()
    assert lines[0] == "usage: python -m coop_calc compute [-h] [--json] [--scenario SCENARIO]"
    for line in ("positional arguments:", "options:",
                 "  -h, --help            show this help message and exit",
                 "  --json                print the documented JSON output",
                 "  --anonymise, --anonymize",
                 "                        show partners by alias"):
        assert line in lines, line
    _, out, _ = _run(capsys, ["export", "--help", "--lang=en"])
    assert "Export a scenario's results. Give at least one output." in out
    assert "  --pdf OUT             PDF report for a partner meeting" in out.splitlines()


@pytest.mark.parametrize("argv,german,english", [
    (["compute", "--lang", "de"], "python -m coop_calc compute: Fehler: diese Angaben fehlen: file",
     "the following arguments are required"),
    (["risk", "x.coop.json", "--lang", "de", "--sampling", "zufall"],
     "Fehler: Angabe --sampling: ungültige Wahl: 'zufall' (möglich sind 'plain', 'lhs', 'sobol')", "invalid choice"),
    (["compute", "x.coop.json", "--lang=de", "--bogus"], "Fehler: unbekannte Angaben: --bogus",
     "unrecognized arguments"),
    (["risk", "x.coop.json", "--lang", "de", "--trials", "viele"], "Fehler: Angabe --trials: keine gültige Zahl: 'viele'",
     "invalid int value"),
    (["export", "x.coop.json", "--lang", "de", "--pdf"], "Fehler: Angabe --pdf: erwartet einen Wert",
     "expected one argument"),
])
def test_german_usage_error(capsys, argv, german, english):
    code, out, err = _run(capsys, argv)
    assert code == 2 and not out
    assert err.startswith("Aufruf: python -m coop_calc") and german in err, err
    assert english not in err and "usage:" not in err and "error:" not in err
    assert not Checker("de").findings(without_cli_syntax(err)), err


def test_english_usage_error_unchanged(capsys):
    code, _, err = _run(capsys, ["compute", "--lang", "en"])
    assert code == 2
    assert err.startswith("usage: python -m coop_calc compute")
    assert err.splitlines()[-1] == "python -m coop_calc compute: error: the following arguments are required: file"


def test_system_language_decides_without_lang(capsys, monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    _, out, _ = _run(capsys, ["validate", "--help"])
    assert out.startswith("Aufruf:")
    assert "Szenario- oder Projektdatei (.coop.json)" in out
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    _, out, _ = _run(capsys, ["validate", "--help"])
    assert out.startswith("usage:")
    _, out, _ = _run(capsys, ["validate", "--help", "--lang", "de"])  # --lang beats the system
    assert out.startswith("Aufruf:")


def test_argparse_is_left_as_it_was(capsys):
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    _run(capsys, ["compute", "--help", "--lang", "de"])
    _run(capsys, ["compute", "--lang", "de"])
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]
    assert argparse.ArgumentParser(prog="x").format_usage().startswith("usage: x")


def test_lang_of_argv(monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert lang_of_argv(["compute", "--lang", "de"]) == "de"
    assert lang_of_argv(["compute", "--lang=de_AT"]) == "de"
    assert lang_of_argv(["compute", "--lang", "de", "--lang", "en"]) == "en"  # the last one wins
    assert lang_of_argv(["compute", "--", "--lang", "de"]) == "en"  # after --: a file name
    assert lang_of_argv(["compute"]) == "en"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert lang_of_argv(["compute"]) == "de"


def test_every_help_text_has_its_german():
    """A new option or command without a German description fails here (not only in a session)."""
    texts: list[str] = []

    def walk(p: argparse.ArgumentParser) -> None:
        texts.append(p.description or "")
        for a in p._actions:
            texts.append(a.help or "")
            if isinstance(a, argparse._SubParsersAction):
                texts.extend(c.help or "" for c in a._choices_actions)
                for sub in a.choices.values():
                    walk(sub)

    walk(build_parser())
    ours = {t for t in texts if t and t != "show this help message and exit"}  # argparse's own: context argparse
    assert len(ours) > 50
    missing = sorted(t for t in ours if not has("cli_help", t, "de"))
    assert not missing, f"help texts without German (context cli_help): {missing}"
    assert has("argparse", "show this help message and exit", "de")


@pytest.mark.parametrize("columns", ["60", "80", "100"])
def test_german_help_never_cuts_an_option_name(capsys, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    _, out, _ = _run(capsys, ["risk", "--help", "--lang", "de"])
    assert out.count("--max-trials") >= 3, out  # usage, the option itself, and both precision targets
    assert not [line for line in out.splitlines() if line.rstrip().endswith("-") and not line.rstrip().endswith(" -")]
