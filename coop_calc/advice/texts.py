"""One-sentence explanations of every advice figure, in English and German.

Engine code (no Qt): like the report and the charts, its wording lives in the engine catalogue
(:mod:`coop_calc.i18n`, context ``"advice"``). Amounts are formatted by the caller (``format_money``).
"""

from __future__ import annotations

from ..exchange.texts import pick


def t(key: str, lang: str = "en", **kw) -> str:
    """The advice sentence ``key`` in ``lang`` ('en' or 'de') with its ``{placeholders}`` filled in."""
    return pick("advice", key, lang, **kw)
