"""Passwords on the command line, and ``python -m coop_calc protect|unprotect FILE --out OUT``.

A password is never taken from the command line itself (it would stay in the shell history and be
visible to other users in the process list). In this order it comes from:

1. ``--password-file PATH``: the first line of that file (a trailing line end is dropped);
2. the environment variable ``COOPCALC_PASSWORD``;
3. a prompt on the terminal (``getpass``, not echoed), when standard input is a terminal.

``protect`` takes the *new* password from ``--new-password-file``, ``COOPCALC_NEW_PASSWORD`` or a
prompt asked twice. Every command that reads a scenario file accepts ``--password-file``; commands
that write the scenario again (``import``, ``collect-import``, ``export --json`` without
``--anonymise``) write it encrypted under the same password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Callable

from .cli import command
from .errors import ValidationError
from .i18n import text as _text
from .messages import Msg
from .sealed import SealKey, check_password, is_sealed, unseal

ENV = "COOPCALC_PASSWORD"
ENV_NEW = "COOPCALC_NEW_PASSWORD"


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "en"


def add_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-file", metavar="PATH",
                        help=f"file whose first line is the password of a protected scenario file (else ${ENV},"
                             " else a prompt)")


def _first_line(path: str) -> str:
    try:
        with open(path, encoding="utf-8-sig") as f:
            line = f.readline(4096)
    except OSError as e:
        raise ValidationError(Msg("password_file_unreadable", path=path, detail=e.strerror or str(e))) from None
    return line.rstrip("\r\n")


def password_source(args: argparse.Namespace, what: str | None = None) -> Callable[[], str]:
    """A callable giving the password for ``args.file`` (asked only when the file is protected)."""
    def ask() -> str:
        path = getattr(args, "password_file", None)
        if path:
            return _first_line(path)
        if os.environ.get(ENV):
            return os.environ[ENV]
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(_text("cli", "password_prompt", _lang(args), file=what or args.file))
        raise ValidationError(Msg("password_needed", file=what or args.file, env=ENV))
    return ask


def load_with_key(args: argparse.Namespace, path: str):
    """The project in ``path`` and the key that opened it (None for an unprotected file)."""
    from .scenario_io import project_from_json, read_text

    text = read_text(path)
    key = None
    if is_sealed(text):
        try:
            text, key = unseal(text, password_source(args, path))
        except ValidationError as e:  # name the file: several may be involved
            raise type(e)([type(p)(p.place, Msg("in_file", file=Path(path).name, reason=p.reason))
                           for p in e.problems]) from None
    return project_from_json(text), key


def _new_password(args: argparse.Namespace) -> str:
    if args.new_password_file:
        pw = _first_line(args.new_password_file)
    elif os.environ.get(ENV_NEW):
        pw = os.environ[ENV_NEW]
    elif sys.stdin is not None and sys.stdin.isatty():
        pw = getpass.getpass(_text("cli", "new_password_prompt", _lang(args)))
        if getpass.getpass(_text("cli", "repeat_password_prompt", _lang(args))) != pw:
            raise ValidationError(Msg("passwords_differ"))
    else:
        raise ValidationError(Msg("no_new_password", env=ENV_NEW))
    check_password(pw)
    return pw


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("protect", help="write a password-protected (encrypted) copy of a scenario file")
    p.add_argument("file", help="scenario or project file (.coop.json), protected or not")
    p.add_argument("--out", required=True, help="where to write the protected file (may be FILE itself)")
    p.add_argument("--new-password-file", metavar="PATH",
                   help=f"file whose first line is the new password (else ${ENV_NEW}, else a prompt)")
    u = sub.add_parser("unprotect", help="write an unencrypted copy of a password-protected scenario file")
    u.add_argument("file", help="password-protected scenario file")
    u.add_argument("--out", required=True, help="where to write the plain file")


@command("protect")
def _protect(args: argparse.Namespace) -> int:
    from .scenario_io import save_project

    project, _ = load_with_key(args, args.file)
    key = SealKey.derive(_new_password(args))
    save_project(args.out, project, key=key)
    print(_text("cli", "wrote_protected", _lang(args), file=args.out))
    return 0


@command("unprotect")
def _unprotect(args: argparse.Namespace) -> int:
    from .scenario_io import save_project

    project, key = load_with_key(args, args.file)
    if key is None:
        raise ValidationError(Msg("not_protected", file=args.file))
    save_project(args.out, project)
    print(_text("cli", "wrote_unprotected", _lang(args), file=args.out))
    return 0
