"""User-facing texts kept as a catalogue key and parameters until they are shown.

A validation reason is found once (perhaps in a worker thread) but may be shown in English, in German
or in both after a live language switch. So the engine does not put it into words where it finds it:
it records a :class:`Msg` — a key of the catalogue context ``"problem"`` (``coop_calc/locale``) and
its parameters — and the window, the command line or an export calls :meth:`Msg.text` with the
reader's language.

Parameters are put into words in the same language: a nested :class:`Msg` is translated, a number is
written with that language's separators (``12,000`` / ``12.000``), a list is joined with commas, and
text (the user's own data: names, ids, cell values) is shown as it is.
"""

from __future__ import annotations

import math
from typing import Any, Union

import numpy as np

from . import i18n

CONTEXT = "problem"


class Msg(str):
    """A text of the catalogue context ``"problem"``: ``Msg("and_n_more", n=3)``.

    A Msg *is* its English wording (a ``str``), so logs, ``repr`` of exceptions and callers that compare
    or search text keep working; :meth:`text` gives the wording in another language. Compose messages by
    nesting (``Msg("place_in", outer=file, inner=Msg(...))``), never with f-strings or ``+``: those keep
    only the English words."""

    key: str
    params: tuple[tuple[str, Any], ...]

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        items = tuple(sorted(params.items())) if params else ()
        # the same message is made again and again (reading a scenario names thousands of places per
        # edit, the same ones each time, almost none of which ever hold a problem): made once, kept.
        # The parameters' types are part of the key: True == 1 == 1.0, but they read differently.
        made_key = (key, items, tuple(type(v) for _, v in items))
        try:
            return _MADE[made_key]
        except KeyError:
            pass
        except TypeError:  # a parameter that cannot be a dictionary key (a list): made each time
            return cls._make(key, items)
        if len(_MADE) >= _MADE_MAX:
            _MADE.clear()
        made = _MADE[made_key] = cls._make(key, items)
        return made

    @classmethod
    def _make(cls, key: str, items: tuple[tuple[str, Any], ...]) -> Msg:
        self = super().__new__(cls, _words(key, items, "en"))
        self.key = key
        self.params = items
        return self

    def text(self, lang: str = "en") -> str:
        """The wording in ``lang`` ('en', 'de' or a locale tag), parameters filled in that language."""
        return _words(self.key, self.params, lang)

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params)
        return f"Msg({self.key!r}{args})"

    def __reduce__(self) -> tuple:  # a str subclass with a keyword constructor: pickle by key and params
        return (_rebuild, (self.key, self.params))


def _rebuild(key: str, params: tuple[tuple[str, Any], ...]) -> Msg:
    return Msg(key, **dict(params))


#: Messages already made, by key, parameters and the parameters' types (see Msg.__new__)
_MADE: dict[tuple, Msg] = {}
_MADE_MAX = 50_000


def _words(key: str, params: tuple[tuple[str, Any], ...], lang: str) -> str:
    # not i18n.text(): a parameter may be called "key", "context" or "lang" like text()'s arguments
    pattern = i18n.catalogue(lang).pgettext(CONTEXT, key)
    return pattern.format(**{k: render(v, lang) for k, v in params}) if params else pattern


#: What a place or reason may be: a catalogue message, or text that needs no translation (a value the
#: user typed, or a text the window has already translated).
Text = Union[Msg, str]


def render(value: Any, lang: str = "en") -> str:
    """One parameter in words in ``lang``: a Msg translated, a number with the language's separators
    (see :func:`number`), a list or tuple joined by ", ", anything else as ``str()``."""
    if isinstance(value, Msg):
        return str.__str__(value) if lang == "en" else value.text(lang)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, np.integer)) and not isinstance(value, np.bool_):
        return _grouped(f"{int(value):,}", lang)  # exactly, however large (a float would round 2⁵³ + 1)
    if isinstance(value, (float, np.floating)):
        return number(float(value), lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(render(v, lang) for v in value)
    return str(value)


def number(x: float, lang: str = "en") -> str:
    """A number as a user of ``lang`` would type it: 12 not 12.0, 0.25 not 2.5e-01, 12,000 (en) /
    12.000 (de) for large ones, 0,25 in German; infinity and not-a-number in words."""
    if not math.isfinite(x):
        key = "infinity" if x > 0 else "minus_infinity" if x < 0 else "not_a_number"
        return i18n.text(CONTEXT, key, lang)
    return _grouped(f"{int(x):,}" if x.is_integer() and abs(x) < 1e18 else f"{x:,.6g}", lang)


def _grouped(s: str, lang: str) -> str:
    """``s`` written with English separators ("12,345.5"), in those of ``lang``."""
    if i18n.norm_lang(lang) == "de":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def to_text(value: Text, lang: str = "en") -> str:
    """A place or reason in words: a :class:`Msg` translated into ``lang``, a plain string as it is."""
    return value.text(lang) if isinstance(value, Msg) else value

