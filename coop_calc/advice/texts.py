"""One-sentence explanations of every advice figure, in English and German.

Engine code (no Qt), so like the report and the charts it carries its own two-language table and uses
:func:`coop_calc.exchange.texts.pick`. Amounts are formatted by the caller (``format_money``).
"""

from __future__ import annotations

from ..exchange.texts import pick


def t(key: str, lang: str = "en", **kw) -> str:
    """The advice sentence ``key`` in ``lang`` ('en' or 'de') with its ``{placeholders}`` filled in."""
    return pick("advice", key, lang, **kw)
