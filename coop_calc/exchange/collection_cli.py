"""``python -m coop_calc collect-requests FILE --out DIR`` and
``python -m coop_calc collect-import FILE RETURNED... --out NEW`` (a data-collection round, see
:mod:`coop_calc.exchange.collection`)."""

from __future__ import annotations

import argparse

from ..cli import _scenario, command
from ..errors import ValidationError


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("collect-requests", help="one request workbook per partner, holding only its own demand",
                       description="Start a data-collection round: write request-<partner id>.xlsx for every partner"
                                   " into DIR and keep the round's secret key beside FILE (FILE without .coop.json"
                                   " + .coopround.json). Send each partner only its own file.")
    r.add_argument("file", help="scenario or project file (.coop.json)")
    r.add_argument("--out", required=True, metavar="DIR", help="folder for the request workbooks (created if missing)")
    r.add_argument("--round", metavar="ROUNDFILE", help="where to keep the round's key (default: beside FILE)")
    r.add_argument("--scenario", help="name or number of the scenario in a project file (default: the first)")

    i = sub.add_parser("collect-import", help="import the returned request workbooks of a round, all at once",
                       description="Check every returned request against this pool's round (partner, pool, items),"
                                   " show the changes per partner and write the updated scenario. Nothing is"
                                   " written unless every file is valid.")
    i.add_argument("file", help="the scenario or project file the requests were made from")
    i.add_argument("returned", nargs="+", metavar="RETURNED", help="returned .xlsx files, or folders holding them")
    i.add_argument("--out", required=True, metavar="NEW", help="where to write the updated scenario file")
    i.add_argument("--round", metavar="ROUNDFILE", help="the round's key file (default: beside FILE)")
    i.add_argument("--scenario", help="name or number of the scenario in a project file (default: the first)")


@command("collect-requests")
def _requests(args: argparse.Namespace) -> int:
    from .collection import round_path, write_requests

    scenario = _scenario(args)
    round_file = args.round or round_path(args.file)
    try:
        rnd, paths = write_requests(scenario, args.out, round_file, lang=args.lang)
    except ValidationError as e:
        from .cli import print_problems

        return print_problems(e, lang=args.lang)
    from ..i18n import text as _text

    for p in paths:
        print(_text("cli", "wrote", args.lang, what=p))
    print(_text("cli", "round_kept", args.lang, id=rnd.round_id, file=round_file))
    return 0


@command("collect-import")
def _import(args: argparse.Namespace) -> int:
    from ..scenario_io import save_project
    from .cli import print_problems
    from .collection import load_round, round_path
    from .collection_import import import_returned

    scenario = _scenario(args)
    try:
        result = import_returned(scenario, load_round(args.round or round_path(args.file)), args.returned)
    except ValidationError as e:
        return print_problems(e, lang=args.lang)
    for line in result.lines(args.lang):
        print(line)
    save_project(args.out, result.scenario, key=getattr(args, "seal_key", None))  # protected stays protected
    from ..i18n import text as _text

    print(_text("cli", "wrote", args.lang, what=args.out))
    return 0
