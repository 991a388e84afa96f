"""Compile the engine's ``coopcalc.po`` catalogues to ``.mo`` (``python -m coop_calc.locale.build``).

A small stdlib equivalent of ``msgfmt`` for the subset the catalogues use (``msgctxt``, ``msgid``,
``msgstr``, multi-line strings, ``#`` comments); no plural forms. Babel's ``pybabel compile`` produces the
same files. Run ``--check`` to fail when a compiled file is out of date.
"""

from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

HERE = Path(__file__).parent


def parse_po(text: str) -> dict[str, str]:
    """{``ctxt\\x04id`` or ``id``: str} of a .po file; the header entry (empty id) is kept."""
    out: dict[str, str] = {}
    cur: dict[str, str] = {}
    field = ""

    def flush() -> None:
        if "msgid" in cur:
            key = cur["msgid"] if "msgctxt" not in cur else cur["msgctxt"] + "\x04" + cur["msgid"]
            out[key] = cur.get("msgstr", "")
        cur.clear()

    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            cur[field] += ast.literal_eval(line)
            continue
        word, _, rest = line.partition(" ")
        if word not in ("msgctxt", "msgid", "msgstr"):
            raise ValueError(f"line {n}: unexpected {word!r}")
        if word in ("msgctxt", "msgid") and ("msgstr" in cur or word in cur):
            flush()
        field = word
        cur[field] = ast.literal_eval(rest)
    flush()
    return out


def mo_bytes(messages: dict[str, str]) -> bytes:
    """GNU .mo file of ``messages`` (sorted ids, no hash table); empty texts are left out, as msgfmt
    does, so that a missing translation falls back rather than showing nothing."""
    ids = sorted(k for k, v in messages.items() if v or not k)
    bid = [k.encode("utf-8") for k in ids]
    bstr = [messages[k].encode("utf-8") for k in ids]
    n = len(ids)
    start = 7 * 4 + 16 * n
    offs_id, offs_str, pos = [], [], start
    blob = b""
    for b in bid:
        offs_id.append((len(b), pos))
        blob += b + b"\0"
        pos += len(b) + 1
    for b in bstr:
        offs_str.append((len(b), pos))
        blob += b + b"\0"
        pos += len(b) + 1
    head = struct.pack("<7I", 0x950412DE, 0, n, 28, 28 + 8 * n, 0, start)
    table = b"".join(struct.pack("<2I", *o) for o in offs_id) + b"".join(struct.pack("<2I", *o) for o in offs_str)
    return head + table + blob


def build(check: bool = False) -> list[Path]:
    """Compile every ``*/LC_MESSAGES/*.po``; with ``check`` only report stale .mo files."""
    stale = []
    for po in sorted(HERE.glob("*/LC_MESSAGES/*.po")):
        data = mo_bytes(parse_po(po.read_text(encoding="utf-8")))
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
