"""Compile the engine's ``coopcalc.po`` catalogues to ``.mo`` with Babel
(``python -m coop_calc.locale.build``; ``--check`` fails when a compiled file is out of date).

Babel is needed only here, to build the catalogues (it is in the ``test`` extra); the engine reads the
compiled ``.mo`` files with the standard library's :mod:`gettext`.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).parent


def mo_bytes(po_text: str) -> bytes:
    """The GNU .mo file of a .po text, as ``pybabel compile`` writes it (untranslated and fuzzy entries
    left out, so that a missing translation falls back to English rather than showing nothing)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    buf = io.BytesIO()
    write_mo(buf, read_po(io.StringIO(po_text)))
    return buf.getvalue()


def build(check: bool = False) -> list[Path]:
    """Compile every ``*/LC_MESSAGES/*.po``; with ``check`` only report stale .mo files."""
    stale = []
    for po in sorted(HERE.glob("*/LC_MESSAGES/*.po")):
        data = mo_bytes(po.read_text(encoding="utf-8"))
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != data:
            stale.append(mo)
            if not check:
                mo.write_bytes(data)
    return stale


if __name__ == "__main__":
    chk = "--check" in sys.argv
    s = build(chk)
    print(("stale: " if chk else "compiled: ") + (", ".join(map(str, s)) or "nothing"))
    sys.exit(1 if chk and s else 0)
