"""Compile the engine's ``coopcalc.po`` catalogues to ``.mo`` with Babel
(``python -m coop_calc.locale.build``; ``--check`` fails when a compiled file is out of date).

Babel is needed only here, to build the catalogues (it is in the ``test`` extra); the engine reads the
compiled ``.mo`` files with the standard library's :mod:`gettext`.
"""

from __future__ import annotations

import gettext
import io
import sys
from pathlib import Path

HERE = Path(__file__).parent


def _catalogue(po_text: str):
    from babel.messages.pofile import read_po

    return read_po(io.StringIO(po_text))


def mo_bytes(po_text: str) -> bytes:
    """The GNU .mo file of a .po text, as ``pybabel compile`` writes it (untranslated and fuzzy entries
    left out, so that a missing translation falls back to English rather than showing nothing)."""
    from babel.messages.mofile import write_mo

    buf = io.BytesIO()
    write_mo(buf, _catalogue(po_text))
    return buf.getvalue()


def _texts_of_po(po_text: str) -> dict[str, str]:
    """{``context\x04id`` or ``id``: text} of the translated, not fuzzy entries (the header apart)."""
    out = {}
    for m in _catalogue(po_text):
        if m.id and m.string and not m.fuzzy:
            out[m.id if m.context is None else f"{m.context}\x04{m.id}"] = m.string
    return out


def _texts_of_mo(data: bytes) -> dict[str, str]:
    catalog = gettext.GNUTranslations(io.BytesIO(data))._catalog  # type: ignore[attr-defined]
    return {k: v for k, v in catalog.items() if k}


def build(check: bool = False) -> list[Path]:
    """Compile every ``*/LC_MESSAGES/*.po``; with ``check`` only report the .mo files whose texts
    differ from their .po (compared by content: Babel stamps a build date into the header)."""
    stale = []
    for po in sorted(HERE.glob("*/LC_MESSAGES/*.po")):
        text = po.read_text(encoding="utf-8")
        mo = po.with_suffix(".mo")
        if not mo.exists() or _texts_of_mo(mo.read_bytes()) != _texts_of_po(text):
            stale.append(mo)
            if not check:
                mo.write_bytes(mo_bytes(text))
    return stale


if __name__ == "__main__":
    chk = "--check" in sys.argv
    s = build(chk)
    print(("stale: " if chk else "compiled: ") + (", ".join(map(str, s)) or "nothing"))
    sys.exit(1 if chk and s else 0)
