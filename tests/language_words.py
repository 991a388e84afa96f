"""The two vocabularies a bilingual session is checked against, built from the project's own catalogues,
and the check itself: which words of a text give away the other language. Holds no tests itself.

English words are the words of the source strings of ``resources/translations/coopcalc_de.ts`` (the
window) and of the English engine catalogue ``coop_calc/locale/en/LC_MESSAGES/coopcalc.po``; German
words those of their German translations. A *giveaway English* word is an English word that no German
text of the product uses (so "Partner", "Pool", "in" or "Name", used by both, are not), minus a short
reviewed list of words both languages write the same (:data:`BOTH`); giveaway German the other way round.

The user's own data is never a giveaway: :func:`data_of` collects every text of a scenario (names, ids,
items, categories, units, suppliers, sectors, aliases, description, author); :class:`Checker` first cuts
each of them out of a text whole, then ignores the words of the short ones (a partner's name appears
shortened, "Hartmann" for "Hartmann Maschinenbau GmbH"). Function words ("and", "the", "of" …) found in
the data are not ignored, so an English phrase cannot hide behind a sector's "and".
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "coopcalc_de.ts"
PO = ROOT / "coop_calc" / "locale" / "{lang}" / "LC_MESSAGES" / "coopcalc.po"

#: Reviewed: words a German text uses as they are in English (names of methods, products, file kinds,
#: loanwords of German business language) and that the catalogues happen to use in only one language.
BOTH = frozenset(w.lower() for w in """
    Shapley Banzhaf Nash Kohlberg PERT Monte Carlo Sobol Latin Iman Conover Gauss Gaussian Excel PDF PNG SVG JSON
    CSV XLSX EUR USD CHF GBP ISO Partner Pool Name Status Start Live Text Tool Software Cobot Cobots IoT MES
    CVaR VaR SME KMU Hypercube OK Ctrl Shift Alt Esc Enter Tab Del Ins Entf Pos Bild F11 PgUp PgDn Home End
    Deck Slide Handout Layout Link Download Upload Team Median Min Max Sigma Alpha Beta Lambda Mio Mrd Tsd
    Std Ø max min vs coopcalc CoopCalc Industry Industrie Tiers Plan Optimum Box Cent Cents Mail E-Mail also
""".split())

#: Words of the data that are never ignored by word (only as part of a whole data text): an English
#: or German phrase must not hide behind a sector's "and" or a description's "die".
FUNCTION_WORDS = frozenset("""
    a an the and or of to in on at by for with from as is are be not no one per it its this that
    der die das den dem des ein eine einer eines einem und oder von zu im am um mit für je ist sind nicht kein
""".split())

#: a data text cut after at least this many characters is still recognised as data
CUT = 16

#: Qt's own key names in a shortcut's native text ("Ctrl+Shift+R"), English in every language on Linux.
_KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta|Strg|Umschalt)\+\S+")
#: a catalogue key or engine identifier shown as it is ("annual_benefit", "xlsx_not_zip")
_KEY = re.compile(r"(?<![\w.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.-])")
#: runs of letters and digits; a word is a run of letters only (not the "fee" in a request code
#: "…47fee1c17…", not the "D" of "3D")
#: a word cut short for room ("Partner E, Part…"): not a word of either language
_CUT_WORD = re.compile(r"\w+…")
_WORD = re.compile(r"[^\W_]{2,}")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d|%n|%\(\w+\)[sdr]")  # …, argparse's %(name)s
_TAG = re.compile(r"<[^<>]*>|&(?:nbsp|amp|lt|gt|quot|#\d+);")
#: file names and paths the user or the product chose (a temporary folder's "pytest-of-…"), and the
#: program's own name (python -m coop_calc)
_PATH = re.compile(r"\bcoop_calc\b|\S*[/\\]\S*|\S+\.(?:xlsx|pdf|json|png|svg|coop\.json|coopround\.json)\b", re.IGNORECASE)


def words(text: str) -> list[str]:
    """The words of ``text`` as a reader sees them: mnemonics, tags, placeholders, paths and key names
    removed; letters only, at least two, lower case."""
    text = _TAG.sub(" ", text)
    text = _PLACEHOLDER.sub(" ", text)
    text = _PATH.sub(" ", text)
    text = _KEYS.sub(" ", text)
    text = _CUT_WORD.sub(" ", text)
    text = re.sub(r"&(?=\w)", "", text)
    return [w.lower() for w in _WORD.findall(text) if w.isalpha()]


def _ts_pairs() -> list[tuple[str, list[str]]]:
    """(source, [translations]) of every current message of the window's Qt Linguist file."""
    out = []
    for message in ET.parse(TS).getroot().iter("message"):
        t = message.find("translation")
        if t is None or t.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]
        out.append((message.findtext("source") or "", forms))
    return out


def _po_texts(lang: str) -> dict[tuple[str | None, str], str]:
    from babel.messages.pofile import read_po

    with open(str(PO).format(lang=lang), "rb") as f:
        cat = read_po(f)
    return {(m.context, str(m.id)): str(m.string) for m in cat if m.id and m.string}


#: catalogue contexts of the command line's help: their texts name options and metavars (syntax)
CLI_CONTEXTS = ("cli_help", "argparse")


@functools.lru_cache(maxsize=1)
def _cli_syntax() -> re.Pattern[str]:
    """Every word of the command line's syntax: option names, command names, choices, metavars (also
    the default ones, the option's name in capitals), positional names (also in capitals, as the help
    texts refer to them: FILE), the sweep axes and the password variables — what the user types, the
    same in every language."""
    import argparse

    from coop_calc.cli import build_parser
    from coop_calc.sealed_cli import ENV, ENV_NEW

    tokens = {ENV, ENV_NEW, "per_pair"}

    def walk(p: argparse.ArgumentParser) -> None:
        for a in p._actions:
            tokens.update(a.option_strings)
            tokens.update(str(c) for c in (a.choices or ()))
            if not a.option_strings:
                tokens.update((a.dest, a.dest.upper()))
            elif a.nargs != 0:
                tokens.add(a.dest.upper())
            if isinstance(a.metavar, str):
                tokens.update(re.findall(r"[A-Za-z_]+", a.metavar))
            if isinstance(a, argparse._SubParsersAction):
                for sub in a.choices.values():
                    walk(sub)

    walk(build_parser())
    alternatives = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True) if len(t) > 1)
    return re.compile(rf"(?:discount|volume|member):<[^<>]*>|(?<![\w-])(?:{alternatives})(?![\w-])")


def without_cli_syntax(text: str) -> str:
    """``text`` (command-line help or a usage error) without the words of the program's syntax."""
    return _cli_syntax().sub(" ", text)


@functools.lru_cache(maxsize=1)
def vocabularies() -> tuple[frozenset[str], frozenset[str]]:
    """(English words, German words) of the product's own texts."""
    en: set[str] = set()
    de: set[str] = set()
    for source, forms in _ts_pairs():
        en.update(words(source))
        for f in forms:
            de.update(words(f))
    for (context, _key), text in _po_texts("en").items():
        en.update(words(without_cli_syntax(text) if context in CLI_CONTEXTS else text))
    for (context, _key), text in _po_texts("de").items():
        de.update(words(without_cli_syntax(text) if context in CLI_CONTEXTS else text))
    return frozenset(en), frozenset(de)


@functools.lru_cache(maxsize=1)
def giveaways() -> dict[str, frozenset[str]]:
    """{language: the words that show a text is in the *other* language}: for "de" the giveaway English
    words (English words no German text uses), for "en" the giveaway German ones."""
    en, de = vocabularies()
    return {"de": frozenset(en - de - BOTH), "en": frozenset(de - en - BOTH)}


def data_of(*scenarios) -> list[str]:
    """Every text of the user's data in ``scenarios`` (engine ``Scenario`` objects)."""
    out: list[str] = []
    for s in scenarios:
        m = s.meta
        out += [m.name, m.description, m.author, m.currency]
        for p in s.partners:
            out += [p.id, p.name, getattr(p, "alias", ""), getattr(p, "sector", "") or ""]
        for i in s.items:
            out += [i.id, i.name, i.category or "", i.unit or ""]
        for q in s.quotes:
            out += [q.id, q.supplier, getattr(q, "notes", "") or "", getattr(q, "name", "") or ""]
    return [t for t in out if isinstance(t, str) and t.strip()]


@dataclass
class Checker:
    """The check of one session's texts in ``lang`` ('de': no giveaway English; 'en': no German)."""

    lang: str
    data: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._data = sorted({d for d in self.data if len(d) > 1}, key=len, reverse=True)
        short = [d for d in self._data if len(d) <= 80]
        self._data_words = {w for d in short for w in words(d)} - FUNCTION_WORDS
        self._bad = giveaways()[self.lang] - self._data_words
        # whole data texts only (the id "am" must not cut "damit" into "d it"), longest first
        alternatives = "|".join(re.escape(d) for d in self._data)
        self._strip = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if alternatives else None
        phrases = "|".join(re.escape(d) for d in self._data if " " in d)
        self._phrases = re.compile(rf"(?<!\w)(?:{phrases})(?!\w)") if phrases else None
        self._long = [d for d in self._data if len(d) > CUT]

    def strip_data(self, text: str) -> str:
        """``text`` without paths and file names, then without every whole data text, then without
        the beginnings of long data texts that a narrow column or label cut ("Collaborative robot
        (6-axis, 10 kg pay", "Südwest Industrie 4.0 purch…")."""
        if self._phrases is not None:  # a description may name a file ("by bench/generate_pool.py")
            text = self._phrases.sub(" ", text)
        text = _PATH.sub(" ", text)  # before single names: "request-hartmann.xlsx" is a file name
        if self._strip is not None:
            text = self._strip.sub(" ", text)
        for d in self._long:
            start = text.find(d[:CUT])
            while start >= 0:
                end = start + CUT
                while end < len(text) and end - start < len(d) and text[end] == d[end - start]:
                    end += 1
                text = text[:start] + " " + text[end:]
                start = text.find(d[:CUT])
        return text

    def findings(self, text: str) -> list[str]:
        """The giveaway words of ``text`` (in the order they appear), and any catalogue key shown
        instead of its text ("key:annual_benefit")."""
        text = self.strip_data(text)
        keys = [f"key:{k}" for k in _KEY.findall(text)]
        return keys + [w for w in words(text) if w in self._bad]

    def report(self, texts: Iterable[tuple[str, str]]) -> list[str]:
        """One line per text with a giveaway word: "place (and n more places): [words] text"."""
        places: dict[str, list[str]] = {}
        for place, text in texts:
            if text and self.findings(text):
                places.setdefault(text, []).append(place)
        out = []
        for text, where in places.items():
            more = f" (and {len(where) - 1} more places)" if len(where) > 1 else ""
            out.append(f"{where[0]}{more}: {sorted(set(self.findings(text)))} {text[:240]!r}")
        return out
