"""Finding and removing partner identities in free text, whatever the spelling.

One engine serves every anonymised output (workbook, PDF, JSON, charts, presentation) and the
confidential statements, so they clean alike.

**Spelling.** Texts and names are compared after folding: Unicode NFKC (full-width letters,
ligatures), case folding (``ß`` → ``ss``), German umlauts as ``ae``/``oe``/``ue`` *and* without
dots (``Müller`` = ``Mueller`` = ``Muller`` = ``MÜLLER``), other accents dropped, every kind of
space (no-break, thin, double) as one space, every hyphen or dash as ``-``, invisible characters
(soft hyphen, zero-width space, BOM) removed. Matches are replaced in the *original* text, so the
rest of it keeps its spelling.

**What identifies a partner** (docs/confidentiality.md, "Which words identify a partner"):

* its full name, its id, and its *key word*: the first word of the name that has at least three
  letters, is not a legal form or filler (``GmbH``, ``Co``, ``KG``, ``und``, ``Systems``) nor a trade
  word (``Maschinenbau``, ``Automation``, ``Technik``, …) and appears in no other partner's name —
  usually the family or brand name ("Kessler" of "Kessler Anlagentechnik GmbH") — and the words of
  its id that pass the same test;
* a *run* of words of the name around the key word is replaced as a whole, so
  "Hartmann Maschinenbau" becomes "Partner A", never "Partner A Maschinenbau";
* any other word of a name left standing alone ("Components" of "Vogel Automotive Components GmbH", a
  trade word only one partner carries, a word several partners' names share), a key word inside a
  longer word ("Hartmannhalle"), a sector that only one partner has, or the partner's head count next
  to "employees"/"Mitarbeiter" cannot be replaced without guessing: they are *findings*, shown to the
  user before the export to rename or accept. (Trade words that several names share, fillers and legal
  forms identify no one and are left alone.)

The author's name (and its distinctive words) is replaced by "coordinator".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from ..messages import Msg, Text, to_text
from ..model import Partner

#: Legal forms, fillers, titles and generic business words: never identify anyone (compared after folding).
FILLER = frozenset("""
gmbh mbh ag kg kgaa ohg gbr ug se ek ev eg co cie ltd llc inc plc corp sa sas sarl bv nv spa srl ab as oy
und and the of der die das des den dem von vom fuer for zu zur zum am im an in et sons soehne sohn
dr prof herr frau mr mrs ms dipl ing
systems system systeme solutions loesungen technologies technology tech group gruppe holding service
services international germany deutschland industries industry industrie works werke werk handel trading
software production produktion manufacturing engineering logistics logistik partner partners
""".split())
#: Trade words of company names: they identify a partner only when one partner alone carries them,
#: and even then may mean the trade rather than the firm, so they are reported, not replaced.
TRADE = frozenset("""
maschinenbau anlagenbau anlagentechnik automation automatisierung technik technologie metall metallbau
metallverarbeitung stahl stahlbau guss giesserei kunststoff kunststofftechnik elektro elektronik
electronics fertigung fertigungstechnik antriebstechnik feinmechanik feinwerktechnik praezision precision
robotik robotics verpackung packaging lackiertechnik oberflaechentechnik zerspanung cnc montage
""".split())
MIN_ID_LENGTH = 3  # shorter ids ('a', 'p1') identify no one and would mangle ordinary words
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")
HYPHENS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad")
APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032\u00b4\u0060")
_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue"}
_SEP = r"(?:\.?[ \-/&+]+)"
_WORD = re.compile(r"[^\W_]+")
HEADCOUNT_WORDS = ("employees", "employee", "staff", "mitarbeiter", "mitarbeitende", "mitarbeitern",
                   "beschaeftigte", "beschaeftigten", "ma")
COORDINATOR = "coordinator"


def _fold_cluster(cluster: str, umlauts: bool) -> str:
    c = cluster[0]
    if c in INVISIBLE:
        return ""
    if c.isspace() or unicodedata.category(c) == "Zs":
        return " "
    if c in HYPHENS:
        return "-"
    if c in APOSTROPHES:
        return "'"
    s = unicodedata.normalize("NFKC", cluster).casefold()
    if umlauts:
        s = "".join(_UMLAUT.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def fold(text: str, umlauts: bool = True) -> tuple[str, list[int], list[int]]:
    """``text`` folded for comparison, with each folded character's start and end in ``text``.

    Base characters are folded together with their combining marks, so a decomposed ``u + ◌̈``
    folds like ``ü``. ``umlauts`` writes ä/ö/ü as ae/oe/ue (else their dots are simply dropped)."""
    out: list[str] = []
    start: list[int] = []
    end: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        f = _fold_cluster(text[i:j], umlauts)
        out.append(f)
        start += [i] * len(f)
        end += [j] * len(f)
        i = j
    return "".join(out), start, end


def folded(text: str, umlauts: bool = True) -> str:
    """Only the folded text of :func:`fold`."""
    return fold(text, umlauts)[0]


def words(text: str) -> list[str]:
    """The folded words of ``text`` in both umlaut spellings (``müller`` → ``mueller``, ``muller``)."""
    out: list[str] = []
    for u in (True, False):
        for w in _WORD.findall(folded(text, u)):
            if w not in out:
                out.append(w)
    return out


@dataclass(frozen=True)
class Finding:
    """A text that may still point to a partner after cleaning: where it stands, the text, the word
    that may identify, and why it was not replaced."""

    place: Text  # where, in user terms (a catalogue message, or plain text)
    text: str
    term: str
    reason: Text  # why, a catalogue message (or plain text)

    def line(self, lang: str = "en") -> str:
        """"place: 'text' — reason" in ``lang``."""
        return f"{to_text(self.place, lang)}: {self.text!r} — {to_text(self.reason, lang)}"


@dataclass
class _Who:
    label: str  # how the findings name the partner (its alias)
    replacement: str
    words: set[str]
    distinctive: set[str]
    sector: str
    employees: int | None


class Redactor:
    """Replaces the identities of ``targets`` in texts and lists what it could not replace safely.

    ``partners`` are all partners whose names matter (the pool, or the union of a project's
    scenarios) with their aliases; ``targets`` the indices (into ``partners``) to remove (default:
    all); ``replacement(index)`` the text that stands for a removed partner (default: its alias);
    ``author`` is replaced by "coordinator"."""

    def __init__(self, partners: Sequence[tuple[Partner, str]], targets: Iterable[int] | None = None,
                 replacement: Callable[[int], str] | None = None, author: str = "",
                 phrases: Sequence[tuple[str, str]] = ()):
        own = [set(words(p.name)) | (set(words(p.id)) if len(p.id) >= MIN_ID_LENGTH else set()) for p, _ in partners]
        names = [(_WORD.findall(folded(p.name, True)), _WORD.findall(folded(p.name, False))) for p, _ in partners]
        ids = [_WORD.findall(folded(p.id)) if len(p.id) >= MIN_ID_LENGTH else [] for p, _ in partners]
        sectors = [folded(p.sector).strip() for p, _ in partners]
        chosen = set(range(len(partners)) if targets is None else targets)
        self._who: list[_Who] = []
        for k, (p, alias) in enumerate(partners):
            if k not in chosen:
                continue
            others = set().union(*(own[j] for j in range(len(partners)) if j != k))
            def key(w: str) -> bool:
                return len(w) >= 3 and not w.isdigit() and w not in FILLER and w not in TRADE and w not in others
            first = next(((u, n) for u, n in zip(*names[k]) if key(u) or key(n)), ())
            distinctive = {w for w in (*first, *ids[k]) if key(w)}
            sector = sectors[k] if sectors[k] and sectors.count(sectors[k]) == 1 else ""
            self._who.append(_Who(alias, replacement(k) if replacement else alias, own[k], distinctive,
                                  sector, p.employees))
        self._shared = {w for k in chosen for w in own[k] if len(w) >= 3 and w not in FILLER and not w.isdigit()
                        and sum(w in o for o in own) > 1}
        author_words = set(words(author)) if author.strip() else set()
        self._author = {w for w in author_words if len(w) >= 3 and w not in FILLER}
        if self._author:
            self._who.append(_Who("the author", COORDINATOR, author_words, self._author, "", None))
        self._patterns = [(who, _run_pattern(who.words)) for who in self._who if who.distinctive]
        # whole phrases replaced as they stand, in any spelling: the targets' full names and ids (a name
        # made only of fillers, "AB Systems GmbH", has no key word) and the caller's (aliases, short ids)
        whole = [(p.name, replacement(k) if replacement else alias) for k, (p, alias) in enumerate(partners)
                 if k in chosen]
        whole += [(p.id, replacement(k) if replacement else alias) for k, (p, alias) in enumerate(partners)
                  if k in chosen and len(p.id) >= MIN_ID_LENGTH]
        for phrase, rep in [*whole, *phrases]:
            for umlauts in (True, False):
                ws = _WORD.findall(folded(phrase, umlauts))
                if ws:
                    who = _Who(phrase, rep, set(ws), set(ws), "", None)
                    alt = _SEP.join(re.escape(w) for w in ws)
                    self._patterns.append((who, re.compile(rf"(?<![^\W_])(?:{alt})(?:'?s)?(?![^\W_])")))

    def _runs(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, replacement) spans of ``text`` to replace, leftmost-longest."""
        spans: list[tuple[int, int, str]] = []
        for umlauts in (True, False):
            f, start, end = fold(text, umlauts)
            for who, pattern in self._patterns:
                for m in pattern.finditer(f):
                    toks = _WORD.findall(m.group(0))
                    if any(t in who.distinctive or (t[-1] == "s" and t[:-1] in who.distinctive) for t in toks):
                        rep = who.replacement + ("'s" if m.group(0).endswith("'s") else "")  # keep "Kessler's"
                        spans.append((start[m.start()], end[m.end() - 1], rep))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        chosen: list[tuple[int, int, str]] = []
        for s in spans:
            if not chosen or s[0] >= chosen[-1][1]:
                chosen.append(s)
        return chosen

    def clean(self, text: str) -> str:
        """``text`` with every run of a target's name, id or author words replaced."""
        if not isinstance(text, str) or not text or not self._patterns:
            return text
        out, pos = [], 0
        for a, b, rep in self._runs(text):
            out += [text[pos:a], rep]
            pos = b
        out.append(text[pos:])
        return "".join(out)

    def findings(self, text: str, place: Text) -> list[Finding]:
        """What may still identify a target in ``text`` after :meth:`clean` (see the module doc)."""
        if not isinstance(text, str) or not text.strip():
            return []
        rest = self.clean(text)
        found: dict[str, Finding] = {}
        toks = set(words(rest))
        for f in {folded(rest, True), folded(rest, False)}:
            for who in self._who:
                for w in sorted(who.distinctive):
                    if len(w) >= 4 and w in f and w not in toks:
                        found.setdefault(w, Finding(place, text, w, Msg("anon_longer_word", word=repr(w),
                                                                        who=who.label)))
                if who.sector and re.search(rf"(?<!\w){re.escape(who.sector)}(?!\w)", f):
                    found.setdefault(who.sector, Finding(place, text, who.sector,
                                                         Msg("anon_sector", sector=repr(who.sector), who=who.label)))
                if who.employees is not None and re.search(
                        rf"(?<!\d){who.employees}\s*(?:{'|'.join(HEADCOUNT_WORDS)})(?!\w)", f):
                    found.setdefault(str(who.employees), Finding(place, text, str(who.employees),
                                                                 Msg("anon_employees", who=who.label)))
        for who in self._who:
            for w in sorted((who.words - who.distinctive - FILLER) & toks):
                if len(w) < 3 or w.isdigit() or w in found or (w in TRADE and w in self._shared):
                    continue
                if w in self._shared:
                    found[w] = Finding(place, text, w, Msg("anon_shared_word", word=repr(w)))
                else:
                    found[w] = Finding(place, text, w, Msg("anon_own_word", word=repr(w), who=who.label))
        return list(found.values())


def _run_pattern(ws: set[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alt})(?:{_SEP}(?:{alt}))*(?:'?s)?(?![^\W_])")
