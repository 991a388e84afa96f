"""The German interface uses the terms of docs/glossary.md everywhere: every translated source text
that names a glossary concept uses its German term, and no German text keeps the English word."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "coopcalc_de.ts"
GLOSSARY = ROOT / "docs" / "glossary.md"

#: English words (regex on the source) → the German term its translation must contain
TERMS = {
    r"\bshortfall\b|\bexpected loss\b": "Erwarteter Verlust|erwartete[rn]? Verlust",
    r"misinvestment": "Fehlinvestition",
    r"coordination cost": "Koordinationskosten",
    r"\bnucleolus\b": "Nukleolus",
    r"\bShapley\b": "Shapley-Wert",
    r"\bcore\b": "Kern",
    r"\bcomplaints?\b": "Einw",
    r"\btiers?\b": "Staffel",
    r"\btrials?\b": "Durchl",
    r"\bseed\b": "Startwert",
    r"\bsampling\b": "Stichprobe",
    r"\balias": "Deckname",
    r"\bquotes?\b": "Angebot",
    r"\bsupplier": "Lieferant",
    r"\bdiscount rate\b": "Diskontierungszins|Zinssatz",
    r"\butilisation\b": "Auslastung",
    r"\bresidual value\b": "Restwert",
    r"\bdivision\b|\bdivide the partners\b": "Einteilung",
    r"\bstatements?\b": "[Aa]uszug|[Aa]uszüge",
    r"\btriangular\b": "Dreieck",
    r"\buniform\b": "Gleichverteilung",
}
#: English words a German text must not contain (the user's own data aside)
#: ("Expected Shortfall", the international name, may follow the German term in brackets, as the glossary says)
ENGLISH = re.compile(r"\b((?<!Expected )Shortfall|Triangular|Uniform|Discrete|Trials|Savings|Split|Tier|Quote|Loss risk|sd)\b")


PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n")


def translations() -> list[tuple[str, str, str]]:
    """(context, source, German) of every finished translation, placeholders removed."""
    out = []
    for ctx in ET.parse(TS).getroot():
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip():
                continue
            out.append((name, PLACEHOLDER.sub("", m.findtext("source") or ""), PLACEHOLDER.sub("", tr.text or "")))
    return out


@pytest.mark.parametrize("english, german", sorted(TERMS.items()))
def test_a_concept_has_one_german_term(english, german):
    wrong = [(c, s, t) for c, s, t in translations()
             if re.search(english, s, re.IGNORECASE) and not re.search(german, t, re.IGNORECASE)]
    assert not wrong, "\n".join(f"{c}: {s!r} => {t!r}" for c, s, t in wrong)


def test_no_german_text_keeps_an_english_term():
    wrong = [(c, s, t) for c, s, t in translations() if ENGLISH.search(t)]
    assert not wrong, "\n".join(f"{c}: {s!r} => {t!r}" for c, s, t in wrong)


def test_the_glossary_lists_the_terms_the_translation_uses():
    text = GLOSSARY.read_text(encoding="utf-8")
    for term in ("Shapley-Wert", "Nukleolus", "Kern", "keine Gruppe sich allein besser", "Fehlinvestitionsrisiko",
                 "Erwarteter Verlust (schlechteste 5 %)", "Verlustrisiko", "Koordinationskosten", "Einsparung",
                 "Staffelpreis", "Einwand", "Einteilung", "Aufteilung", "Dreieck", "Gleichverteilung", "Diskret",
                 "Durchläufe", "Startwert", "Stichprobenverfahren", "Deckname", "Partnerauszug"):
        assert term in text, term
