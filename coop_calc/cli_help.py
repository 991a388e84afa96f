"""The command line's help and usage errors in the user's language.

Two kinds of text make up what ``--help`` and a usage error print:

* our own: every parser's ``description`` and every option's and command's ``help``. They are written in
  English in the code (so the English help is exactly what it always was) and looked up in the engine
  catalogue, context ``cli_help``, with the English text itself as the key (as the workbooks' context
  ``sheet`` does): :func:`localise_parser` replaces them after the parser is built.
* argparse's own: "usage:", "positional arguments", "options", "show this help message and exit", "the
  following arguments are required: %s", "invalid choice: …" and so on. argparse has no parameter for
  them; it looks each one up at the moment it is used through the module-level names ``argparse._`` and
  ``argparse.ngettext`` (the standard library's :func:`gettext.gettext`, bound when argparse was
  imported, so changing the process's locale or installing a global translation would be both
  insufficient and too broad). :func:`argparse_speaks` swaps those two names for lookups in the engine
  catalogue, context ``argparse`` (argparse's English msgids as keys), for the duration of building and
  parsing only, and restores them afterwards.

Option names, command names and metavars are the program's syntax and stay as they are typed.
"""

from __future__ import annotations

import argparse
import textwrap
from contextlib import contextmanager
from typing import Iterator, Sequence

from .i18n import catalogue, norm_lang, system_lang

CONTEXT = "cli_help"
ARGPARSE_CONTEXT = "argparse"


def lang_of_argv(argv: Sequence[str]) -> str:
    """The language asked for by ``--lang X`` or ``--lang=X`` in ``argv`` (the last one wins, as in
    argparse), else the system's; found before the parser exists, since the parser's texts depend on it.
    Anything after a bare ``--`` is an argument, not an option."""
    found: str | None = None
    args = list(argv)
    for i, a in enumerate(args):
        if a == "--":
            break
        if a == "--lang" and i + 1 < len(args):
            found = args[i + 1]
        elif a.startswith("--lang="):
            found = a.split("=", 1)[1]
    return norm_lang(found) if found else system_lang()


def help_text(english: str, lang: str) -> str:
    """The ``lang`` wording of one of our help texts (the English text when the catalogue has none)."""
    if not english or english == argparse.SUPPRESS:
        return english
    return catalogue(lang).pgettext(CONTEXT, english)


class _WholeWordsFormatter(argparse.HelpFormatter):
    """argparse's formatter, but a line is never broken at a hyphen: German compounds and option names
    ("--max-trials", "request-<Partner-Kennung>.xlsx") stay whole, so an option name is never cut in two."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return textwrap.fill(" ".join(text.split()), width, initial_indent=indent, subsequent_indent=indent,
                             break_on_hyphens=False)


def localise_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put the description and every help text of ``parser`` and of its commands' parsers into ``lang``
    (in place). English leaves them unchanged."""
    if norm_lang(lang) == "en":
        return
    parser.formatter_class = _WholeWordsFormatter
    if parser.description:
        parser.description = help_text(parser.description, lang)
    for action in parser._actions:
        if action.help:
            action.help = help_text(action.help, lang)
        if isinstance(action, argparse._SubParsersAction):
            if action.metavar is None:  # a missing command is named by the commands, not by "command"
                action.metavar = "{" + ",".join(action.choices) + "}"
            for choice in action._choices_actions:  # the one-line help of each command in the list
                if choice.help:
                    choice.help = help_text(choice.help, lang)
            for sub in set(action.choices.values()):
                localise_parser(sub, lang)


@contextmanager
def argparse_speaks(lang: str) -> Iterator[None]:
    """While active, argparse's own words (headings, "usage:", its error messages) are in ``lang``.

    argparse calls ``_`` and ``ngettext`` from its module namespace each time it needs a text, so they
    are swapped here and restored on exit (also on ``SystemExit`` from ``--help`` or a usage error).
    English is argparse's own wording and needs no swap."""
    if norm_lang(lang) == "en":
        yield
        return
    cat = catalogue(lang)

    def gettext(msg: str) -> str:
        return cat.pgettext(ARGPARSE_CONTEXT, msg)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return cat.pgettext(ARGPARSE_CONTEXT, singular if n == 1 else plural)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
