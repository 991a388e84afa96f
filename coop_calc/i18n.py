"""The engine's one catalogue of user-facing texts, in English and German, on the standard library's
:mod:`gettext`.

Texts are addressed by a *context* (which part of the product speaks: ``"report"``, ``"chart"``,
``"headline"``, ``"advice"``, ``"cli"``, ``"sheet"`` …) and a short *key* (``"wf_title"``); the wording of
both languages lives in ``coop_calc/locale/<lang>/LC_MESSAGES/coopcalc.po`` (compiled to ``.mo`` by
``python -m coop_calc.locale.build``). Keys rather than English sentences as message ids keep the
English text editable without touching the code; see ``docs/i18n.md``.

A German text that is missing falls back to the English one, an English one to the key itself, so a
gap is visible rather than fatal; ``tests/test_i18n_engine.py`` fails on every such gap.
"""

from __future__ import annotations

import gettext
import locale
import os
from functools import lru_cache
from pathlib import Path
from typing import Callable

DOMAIN = "coopcalc"
LOCALE_DIR = Path(__file__).with_name("locale")
LANGS = ("en", "de")


def norm_lang(lang: str | None) -> str:
    """'de' for any German tag ('de', 'de_DE', 'de-AT.UTF-8', 'German_Germany'), else 'en'."""
    s = (lang or "").strip().lower()
    return "de" if s.startswith("de") or s.startswith("german") else "en"


def system_lang() -> str:
    """The language of the system locale ('de' or 'en'): ``LC_ALL``/``LC_MESSAGES``/``LANG``, then
    :func:`locale.getlocale`; English when nothing says German."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        v = os.environ.get(var)
        if v:
            return norm_lang(v)
    try:
        return norm_lang(locale.getlocale()[0])
    except ValueError:
        return "en"


@lru_cache(maxsize=None)
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang``; German falls back to English, English to the key."""
    lang = norm_lang(lang)
    en = gettext.translation(DOMAIN, LOCALE_DIR, languages=["en"], fallback=True)
    if lang == "en":
        return en
    de = gettext.translation(DOMAIN, LOCALE_DIR, languages=["de"], fallback=True)
    de.add_fallback(en)
    return de


def text(context: str, key: str, lang: str = "en", **kw: object) -> str:
    """The wording of ``key`` in ``context`` in ``lang`` ('en'/'de' or a locale tag), with
    ``{placeholders}`` filled in from ``kw``."""
    s = catalogue(lang).pgettext(context, key)
    return s.format(**kw) if kw else s


def has(context: str, key: str, lang: str) -> bool:
    """Whether the catalogue of ``lang`` itself (no fallback) holds a non-empty text for ``key``."""
    cat = catalogue(lang)
    raw = getattr(cat, "_catalog", {})
    return bool(raw.get(f"{context}\x04{key}"))


def translator(lang: str) -> Callable[..., str]:
    """A ``_(context, key, **kw)`` bound to ``lang``: ``_ = translator("de"); _("cli", "saved", path=p)``."""
    def _(context: str, key: str, **kw: object) -> str:
        return text(context, key, lang, **kw)
    return _


def keys(lang: str = "en") -> list[tuple[str, str]]:
    """Every (context, key) of the catalogue of ``lang`` (no fallback)."""
    raw = getattr(catalogue(lang), "_catalog", {})
    out = []
    for k in raw:
        if isinstance(k, str) and "\x04" in k:
            c, m = k.split("\x04", 1)
            out.append((c, m))
    return sorted(out)
