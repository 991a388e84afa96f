"""Wording of the PDF report, the statements' PDF and the figures, in English and German.

Both languages live in the engine's catalogue (:mod:`coop_calc.i18n`, context ``"report"``; rule titles
and explanations under ``"rule_title"`` / ``"rule_explanation"``), so that a German meeting report
reads German throughout.
"""

from __future__ import annotations

from ..i18n import has
from ..i18n import text as catalogue_text


def pick(context: str, key: str, lang: str = "en", **kw: object) -> str:
    """``key`` of ``context`` in the engine catalogue in ``lang`` (English when German lacks it),
    ``{placeholders}`` filled in. Shared by the report's, the charts' and the advice's wording."""
    return catalogue_text(context, key, lang, **kw)


def text(key: str, lang: str = "en", **kw) -> str:
    """The wording ``key`` in ``lang`` ('en' or 'de'), with ``{placeholders}`` filled in."""
    return pick("report", key, lang, **kw)


def rule_title(rule: str, lang: str = "en") -> str:
    """The name of sharing rule ``rule`` in ``lang`` (the key itself for an unknown rule)."""
    return catalogue_text("rule_title", rule, lang)


def rule_explanation(rule: str, lang: str = "en") -> str:
    """One sentence on how sharing rule ``rule`` works, in ``lang`` ('' for an unknown rule)."""
    return catalogue_text("rule_explanation", rule, lang) if has("rule_explanation", rule, "en") else ""

