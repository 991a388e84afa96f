"""The words of the workbooks CoopCalc writes to be filled in and read back (the import template and
the data-collection requests), in every language, so that a file written in one language is read in
any: a German coordinator's template filled in by an English partner imports in an English session,
and the other way round.

Sheet names and column headers are the English labels of the catalogue context ``sheet`` (their German
text is the entry of that label, see ``docs/i18n.md``); a file is accepted when each sheet name and
header equals the label in *one* of the languages (case and surrounding spaces ignored). The schedule
words of the template (``all_units`` / ``Gesamtmenge``) are keys of the context ``template``.
"""

from __future__ import annotations

from ..i18n import LANGS, has
from ..i18n import text as catalogue_text
from .formatting import lang_of


def label(english: str, lang: str) -> str:
    """``english`` (a sheet name or header of context ``sheet``) in ``lang``; unchanged in English or
    when the catalogue has no German text for it."""
    if lang_of(lang) == "en" or not has("sheet", english, "de"):
        return english
    return catalogue_text("sheet", english, "de")


def names(english: str) -> tuple[str, ...]:
    """Every language's wording of the sheet name or header ``english``, English first, no repeats."""
    out: list[str] = []
    for lang in LANGS:
        word = label(english, lang)
        if word not in out:
            out.append(word)
    return tuple(out)


def same_label(got: object, english: str) -> bool:
    """Whether the cell value ``got`` is the header ``english`` in one of the languages."""
    return isinstance(got, str) and got.strip().casefold() in {n.casefold() for n in names(english)}


def sheet_of(sheetnames: list[str], english: str) -> str | None:
    """The name under which a workbook with sheets ``sheetnames`` holds the sheet ``english`` (in any
    language; an exact name first, then one that differs only in case), None when it has none."""
    wanted = names(english)
    for n in wanted:
        if n in sheetnames:
            return n
    folded = {n.casefold() for n in wanted}
    return next((s for s in sheetnames if s.strip().casefold() in folded), None)


def sheet_lang(name: str) -> str:
    """The language a template or request sheet called ``name`` was written in ('de' for "Angebote",
    "Bedarf", "Anfrage"; else 'en'), so that a problem names the header the file itself uses."""
    for key in ("Quotes", "Demand", "Request"):
        if label(key, "de").casefold() == name.strip().casefold() != key.casefold():
            return "de"
    return "en"


def sheet_place(english: str) -> str:
    """The sheet ``english`` as the place of a problem: a catalogue message, so that it reads
    "Demand" to an English reader and "Bedarf" to a German one (``english`` itself for another sheet)."""
    from ..messages import Msg

    places = {"Quotes": Msg("sheet_Quotes"), "Demand": Msg("sheet_Demand"), "Request": Msg("sheet_Request")}
    return places.get(english, english)


def schedule_word(schedule: str, lang: str) -> str:
    """The word for a price schedule ('all_units' or 'incremental') in the template of ``lang``."""
    return catalogue_text("template", f"schedule_{schedule}", lang)


def schedule_words() -> dict[str, str]:
    """Every accepted spelling of a schedule (case-folded, runs of spaces, '_' and '-' as one space)
    → 'all_units' or 'incremental': the words of both languages and the plain English ones."""
    import re

    out = {"all units": "all_units", "allunits": "all_units", "incremental": "incremental"}
    for sched in ("all_units", "incremental"):
        for lang in LANGS:
            out[re.sub(r"[\s_-]+", " ", schedule_word(sched, lang).casefold()).strip()] = sched
    return out
