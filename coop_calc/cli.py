"""Command line: ``python -m coop_calc validate|compute|risk|export FILE …``.

A thin client of the engine. Every command takes ``--lang de|en`` (default: the system locale, English
when it is not German); its messages come from the engine catalogue (:mod:`coop_calc.i18n`). Exit status 0 on success, 1 with a one-line reason on stderr when the
input is invalid (``validate`` lists every problem, one per line), 2 for wrong usage (argparse).
An unexpected error (a bug) is also one line and status 1; ``COOPCALC_DEBUG=1`` shows its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from typing import Callable, Sequence

from .cli_help import argparse_speaks, lang_of_argv, localise_parser
from .errors import ValidationError, os_reason
from .i18n import system_lang
from .i18n import text as _text
from .messages import Msg, to_text
from .scenario_io import load_project

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(fn: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = fn
        return fn
    return register


def _scenario(args: argparse.Namespace):
    from .sealed_cli import load_with_key

    project, args.seal_key = load_with_key(args, args.file)  # the key re-seals outputs of a protected file
    idx = getattr(args, "scenario", None)
    if idx is None:
        return project.scenarios[0]
    for i, s in enumerate(project.scenarios):
        if s.meta.name == idx or str(i + 1) == idx:
            return s
    raise ValidationError(Msg("cli_no_scenario", name=repr(idx), names=", ".join(s.meta.name for s in project.scenarios)))


@command("validate")
def _validate(args: argparse.Namespace) -> int:
    from .sealed_cli import password_source

    project = load_project(args.file, password=password_source(args))
    for s in project.scenarios:
        print(_text("cli", "ok", args.lang, name=repr(s.meta.name), n=s.n, items=len(s.items),
                    quotes=len(s.quotes)))
    return 0


@command("compute")
def _compute(args: argparse.Namespace) -> int:
    from .analysis import analyse
    from .output import compute_json, compute_text

    a = analyse(_scenario(args))
    if args.json:
        if args.anonymise:  # names, ids and every text cleaned, as in the anonymised exports
            from .exchange.anonymise import anonymisation_findings, anonymise_analysis

            for f in anonymisation_findings(a.scenario):
                print(_text("cli", "may_identify", args.lang, line=f.line(args.lang)), file=sys.stderr)
            a = anonymise_analysis(a)
        json.dump(compute_json(a, anonymous=args.anonymise), sys.stdout, indent=2, ensure_ascii=False,
                  allow_nan=False)
        sys.stdout.write("\n")
    else:
        print(compute_text(a, args.lang))
    return 0


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser of every command, its help texts in ``lang`` (build it inside
    :func:`coop_calc.cli_help.argparse_speaks` for argparse's own headings in ``lang`` too)."""
    p = argparse.ArgumentParser(prog="python -m coop_calc",
                                description="CoopCalc: joint purchasing of Industry 4.0 equipment for SME pools.")
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check a scenario or project file and report every problem")
    v.add_argument("file", help="scenario or project file (.coop.json)")
    c = sub.add_parser("compute", help="savings, per-item purchases and every sharing rule's split")
    c.add_argument("file", help="scenario or project file (.coop.json)")
    c.add_argument("--json", action="store_true", help="print the documented JSON output")
    c.add_argument("--scenario", help="name or number of the scenario in a project file (default: the first)")
    c.add_argument("--anonymise", "--anonymize", action="store_true", help="show partners by alias")
    for name in EXTENSIONS:
        importlib.import_module(name).add_parser(sub)
    from .sealed_cli import add_password_option

    for sp in sub.choices.values():  # every command reading a scenario file may need its password
        if any(a.dest == "file" for a in sp._actions):
            add_password_option(sp)
        if not any(a.dest == "lang" for a in sp._actions):  # every command speaks English or German
            sp.add_argument("--lang", choices=["en", "de"], default=None,
                            help="language of messages and outputs (default: the system locale)")
    localise_parser(p, lang)
    return p


#: Modules that add further subcommands; each has ``add_parser(subparsers)`` and registers its
#: handler with :func:`command`.
EXTENSIONS: list[str] = ["coop_calc.risk.cli", "coop_calc.exchange.cli", "coop_calc.advice.cli", "coop_calc.sealed_cli"]


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = lang_of_argv(argv)  # before the parser: its help and usage errors speak this language
    with argparse_speaks(lang):
        args = build_parser(lang).parse_args(argv)
    args.lang = getattr(args, "lang", None) or system_lang()
    err = _text("cli", "error", args.lang)
    try:
        return COMMANDS[args.command](args)
    except ValidationError as e:
        if args.command == "validate":
            print(_text("cli", "invalid", args.lang, file=args.file), file=sys.stderr)
            for prob in e.problems:
                print(f"  {prob.text(args.lang)}", file=sys.stderr)
        else:
            print(f"{err}: {e.first_line(args.lang)}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{err}: {to_text(os_reason(e), args.lang)}: {getattr(e, 'filename', '') or ''}".rstrip(": "),
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except (MemoryError, RecursionError):
        print(f"{err}: {_text('cli', 'too_large', args.lang)}", file=sys.stderr)
        return 1
    except Exception as e:  # a bug: one line, not a traceback, unless asked for
        if os.environ.get("COOPCALC_DEBUG"):
            raise
        print(f"{err}: " + _text("cli", "unexpected", args.lang, kind=type(e).__name__, what=str(e)[:200])
              .replace("\n", " "), file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
