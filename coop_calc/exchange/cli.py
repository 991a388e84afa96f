"""``python -m coop_calc export FILE --xlsx OUT [--pdf OUT] [--statements DIR] [--template OUT] …`` and
``python -m coop_calc import FILE WORKBOOK --out OUT``.

Exit status 0 on success, 1 with a one-line reason on invalid input (handled by coop_calc.cli).
"""

from __future__ import annotations

import argparse

from ..cli import _scenario, command
from ..errors import Problem, ValidationError
from ..i18n import text as _text
from ..messages import Msg


def add_parser(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help="write the Excel workbook, PDF report, partner statements or import template",
                       description="Export a scenario's results. Give at least one output.")
    e.add_argument("file", help="scenario or project file (.coop.json)")
    e.add_argument("--xlsx", metavar="OUT", help="Excel workbook of inputs, savings, splits, coalitions (and risk)")
    e.add_argument("--pdf", metavar="OUT", help="PDF report for a partner meeting")
    e.add_argument("--statements", metavar="DIR", help="confidential statement (xlsx + PDF) for each partner")
    e.add_argument("--template", metavar="OUT", help="Excel template for importing quotes and demand")
    e.add_argument("--json", metavar="OUT", help="the scenario file itself (anonymised with --anonymise)")
    e.add_argument("--anonymise", "--anonymize", action="store_true",
                   help="partners by alias (Partner A, B, …) with neutral ids in --xlsx, --pdf and --json")
    e.add_argument("--risk", metavar="RISK_JSON", help="output of 'python -m coop_calc risk FILE --json --full':"
                                                        " adds the risk sheet, page and statement rows")
    e.add_argument("--accept-risky", action="store_true",
                   help="with --anonymise: export even when texts may still identify a partner (they are listed)")
    e.add_argument("--disclose-totals", action="store_true",
                   help="statements show every pool total, also those from which other partners' figures follow"
                        " (each statement then says what they reveal)")
    e.add_argument("--lang", choices=["en", "de"], default=None,
                   help="language of the workbook, PDF report and statements (default: the system locale)")
    e.add_argument("--no-statement-pdf", action="store_true", help="statements as workbooks only")
    e.add_argument("--scenario", help="name or number of the scenario in a project file (default: the first)")

    i = sub.add_parser("import", help="read quotes and demand from a filled-in import template")
    i.add_argument("file", help="scenario or project file (.coop.json) the template was made from")
    i.add_argument("workbook", help="the filled-in template (.xlsx)")
    i.add_argument("--out", required=True, metavar="OUT", help="where to write the updated scenario file")
    i.add_argument("--scenario", help="name or number of the scenario in a project file (default: the first)")
    from .collection_cli import add_parser as add_collection

    add_collection(sub)


def _risk(path: str | None, scenario):
    if path is None:
        return None
    from ..scenario_io import parse_json, read_text
    from .risk_data import check_risk_matches

    doc = parse_json(read_text(path))
    if not isinstance(doc, dict) or not isinstance(doc.get("partners"), (list, dict)):
        raise ValidationError(Problem(path, Msg("xcli_not_risk_result")))
    check_risk_matches(doc, scenario, path)
    return doc


def print_problems(e: ValidationError, limit: int = 50, lang: str = "en") -> int:
    """Every problem of an import on stderr (the first ``limit`` and a count of the rest); exit status 1."""
    import sys

    n = len(e.problems)
    if n <= 1:
        print(f"{_text('cli', 'error', lang)}: {e.first_line(lang)}", file=sys.stderr)
        return 1
    print(f"{_text('cli', 'error', lang)}: {_text('cli', 'n_problems', lang, n=n)}", file=sys.stderr)
    for line in e.summary(limit, lang=lang).splitlines():
        print(f"  {line}", file=sys.stderr)
    return 1


def _anonymisable(scenario, accept: bool, lang: str = "en") -> bool:
    """List every text that may still identify a partner after anonymisation (on stderr); False when
    there are any and they are not accepted."""
    import sys

    from .anonymise import anonymisation_findings

    found = anonymisation_findings(scenario)
    if not found:
        return True
    head = _text("cli", "warning" if accept else "error", lang)
    what = _text("cli", "identify_n" if len(found) > 1 else "identify_1", lang, n=len(found))
    print(f"{head}: {what}", file=sys.stderr)
    for f in found:
        print(f"  {f.line(lang)}", file=sys.stderr)
    if not accept:
        print(_text("cli", "identify_fix", lang), file=sys.stderr)
    return accept


@command("export")
def _export(args: argparse.Namespace) -> int:
    outputs = [args.xlsx, args.pdf, args.statements, args.template, args.json]
    if not any(outputs):
        raise ValidationError(Msg("xcli_nothing"))
    if args.statements and args.anonymise:
        raise ValidationError(Msg("xcli_statements_anonymised"))
    if args.template and args.anonymise:
        raise ValidationError(Msg("xcli_template_anonymised"))
    scenario = _scenario(args)
    risk = _risk(args.risk, scenario)
    if args.anonymise and not _anonymisable(scenario, args.accept_risky, args.lang):
        return 1
    from .staging import Staging

    with Staging() as stage:  # all outputs or none
        written = _write_outputs(args, scenario, risk, stage)
    for w in written:
        print(_text("cli", "wrote", args.lang, what=w))
    return 0


def _write_outputs(args: argparse.Namespace, scenario, risk, stage) -> list[str]:
    written: list[str] = []
    if args.json:
        from ..model import Project
        from ..scenario_io import atomic_write_text, project_to_json
        from .anonymous_export import anonymised_json

        key = getattr(args, "seal_key", None)  # a protected scenario is written protected again
        text = anonymised_json(scenario) if args.anonymise else project_to_json(Project((scenario,)))
        atomic_write_text(stage.file(args.json), key.seal(text) if key is not None and not args.anonymise else text)
        written.append(args.json)
    if args.template:
        from .template import write_template

        write_template(scenario, stage.file(args.template), lang=args.lang)
        written.append(args.template)
    if args.xlsx or args.pdf or args.statements:
        from ..analysis import analyse
        from .results import results

        res = results(analyse(scenario), anonymise=args.anonymise)
        if args.xlsx:
            from .workbook import build_workbook, save_workbook

            save_workbook(build_workbook(res, risk, risk_scenario=scenario, lang=args.lang), stage.file(args.xlsx))
            written.append(args.xlsx)
        if args.pdf:
            from .report import build_report

            doc = build_report(res, lang=args.lang, risk=risk, risk_scenario=scenario)
            from .texts import text as report_text

            doc.save(stage.file(args.pdf), title=f"{res.scenario.meta.name} – {report_text('report_title', args.lang)}",
                     subject="CoopCalc report")
            written.append(args.pdf)
        if args.statements:
            from .disclosure import plan_lines
            from .statements import write_statements

            for line in plan_lines(res, args.disclose_totals, args.lang):
                print(_text("cli", "statement_of", args.lang, line=line))
            paths = write_statements(res, stage.folder(args.statements), lang=args.lang, risk=risk,
                                     pdf=not args.no_statement_pdf, disclose=args.disclose_totals)
            written.append(_text("cli", "n_files", args.lang, dir=args.statements, n=len(paths)))
    return written


@command("import")
def _import(args: argparse.Namespace) -> int:
    from ..scenario_io import save_project
    from .importer import import_workbook

    try:
        new = import_workbook(_scenario(args), args.workbook)
    except ValidationError as e:
        return print_problems(e, lang=args.lang)
    save_project(args.out, new, key=getattr(args, "seal_key", None))
    print(_text("cli", "imported", args.lang, out=args.out, quotes=len(new.quotes), n=new.n))
    return 0
