"""The check of tests/test_problems_german.py: whether a problem's place and reason read in German.

Each :class:`~coop_calc.messages.Msg` of a problem (with the messages nested in its parameters) must
have a German catalogue text that differs from the English one (unless the two are rightly the same),
and the German text with the user's own data left out must contain no English giveaway word; a
reason given as plain text instead of a catalogue message is a fault too.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import pytest

from coop_calc import i18n
from coop_calc.errors import Problem, ValidationError
from coop_calc.messages import CONTEXT, Msg, render

#: English words that give away an untranslated German text. Words that are also German ("an",
#: "in", "so", "Partner", "Name", "Text") are not in the list.
GIVEAWAYS = frozenset("""
    the a of is are be must not only given than use item items partner's quote quotes demand tier tiers
    share at least larger number list object empty unknown field fields known with cannot and or for this
    there per unit units price order value should needs file password wrong missing damaged row entry
    whole finite negative allowed characters contains line break add check which refers twice used every
    own expected true false none text's too many more pool's need would been were has have
    its it they them their from into above below between by after before here
""".split())

#: Keys whose German text is rightly the English one (besides texts that hold no word of their own,
#: like "{outer} › {inner}").
SAME_IN_BOTH = frozenset({"p_partner", "p_partner_named"})

MSG_KEY = re.compile(r"""\bMsg\(\s*["']([A-Za-z0-9_]+)["']""")


def catalogue_pattern(key: str, lang: str) -> str:
    """The raw catalogue text of ``key`` (placeholders unfilled)."""
    return i18n.catalogue(lang).pgettext(CONTEXT, key)


Pattern = Callable[[str, str], str]


def words_without_data(value: Any, pattern: Pattern = catalogue_pattern) -> str:
    """``value`` in German, the user's own data (plain text parameters) replaced by "◇"."""
    if isinstance(value, Msg):
        fields = {k: words_without_data(v, pattern) for k, v in value.params}
        text = pattern(value.key, "de")
        return text.format(**fields) if value.params else text
    if isinstance(value, (list, tuple)):
        return ", ".join(words_without_data(v, pattern) for v in value)
    if isinstance(value, str):
        return "◇"
    return render(value, "de")


def messages_in(value: Any) -> list[Msg]:
    """``value`` and every Msg nested in its parameters."""
    if isinstance(value, Msg):
        out = [value]
        for _, v in value.params:
            out += messages_in(v)
        return out
    if isinstance(value, (list, tuple)):
        return [m for v in value for m in messages_in(v)]
    return []


def english_words(text: str) -> list[str]:
    """The giveaway words of ``text``, ignoring quoted examples, command-line options and codes."""
    text = re.sub(r"'[^']*'|--[\w-]+|\b[A-Z][A-Z0-9_]+\b|\w+\.\w+|\w*_\w*", " ", text)
    return [w for w in re.findall(r"[A-Za-z']+", text) if w.lower().strip("'") in GIVEAWAYS
            or w.lower() in GIVEAWAYS]


def faults(problems: list[Problem], pattern: Pattern = catalogue_pattern) -> list[str]:
    """What is wrong with the German of ``problems`` (empty when all is well)."""
    out = []
    for p in problems:
        for part, value in (("place", p.place), ("reason", p.reason)):
            if not isinstance(value, Msg):
                if part == "reason" or english_words(value):
                    out.append(f"{part} is plain text, not a catalogue message: {value!r}")
                continue
            for m in messages_in(value):
                if _has_words(pattern(m.key, "en")) and m.key not in SAME_IN_BOTH \
                        and pattern(m.key, "de") == pattern(m.key, "en"):
                    out.append(f"{m.key}: the German text is the English one: {pattern(m.key, 'en')!r}")
            german = words_without_data(value, pattern)
            bad = english_words(german)
            if bad:
                out.append(f"{part} {value.key}: English words {bad} in {german!r}")
    return out


def _has_words(pattern: str) -> bool:
    """Whether a catalogue text says anything in words besides its placeholders."""
    return bool(re.search(r"[A-Za-z]{2,}", re.sub(r"\{[^{}]*\}", "", pattern)))


def problems_of(fn: Callable[[], object]) -> list[Problem]:
    with pytest.raises(ValidationError) as info:
        fn()
    return info.value.problems
