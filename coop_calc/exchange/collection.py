"""A data-collection round: one request workbook per partner, holding only that partner's rows.

The coordinator writes the requests (:func:`write_requests`), sends each partner its own file, and
imports the returned files together (:mod:`coop_calc.exchange.collection_import`).

**Binding a file to its partner and pool.** A round is a random ``round_id`` (64 bits, shown in the
request) and a random secret ``key`` (256 bits) that never leaves the coordinator: it is kept in a small
side file beside the scenario file (``pool.coop.json`` → ``pool.coopround.json``; one round per pool,
a new round replaces the old one). Each request carries the code ``<round_id>-<tag>`` where ``tag`` is
HMAC-SHA256(key, round id, partner id, the request's item ids) truncated to 128 bits. On import the
code must name this pool's current round, and the tag must match the partner id and items the file
states: a request of another pool or an earlier round names another round and is refused; a file
relabelled as another partner (or with its items changed) fails the HMAC, which a partner cannot
recompute without the key.

**Nothing about anyone else.** A request holds the partner's own name and id, the items' ids, names
and units of need, and the partner's own current demand — no pool name, no other partner, no quotes,
suppliers or totals. Item names and units are cleaned of other partners' names; afterwards every text
part of the finished file (cells, sheet names, defined names, properties, comments) is scanned for
other partners' names, name words and ids, and a request that would still carry one is refused with
the text to rename.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import hmac
import html
import io
import json
import os
import re
import secrets
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Alignment, PatternFill, Protection

from ..errors import Problem, ValidationError
from ..messages import Msg
from ..model import Scenario
from .anonymise import confidential_redactor
from .redaction import MIN_ID_LENGTH
from .template_words import label
from .xlsx_base import LIGHT, QTY, put
from .xlsx_parts import page_setup, set_properties

REQUEST_FORMAT = "coop-calc/data-request"
ROUND_FORMAT = "coop-calc/collection-round"
SHEET = "Request"
PARTNER_CELL, CODE_CELL = (4, 2), (5, 2)  # B4, B5
HEADER_ROW, FIRST_ROW = 7, 8
COLUMNS = ("Item id", "Item", "Unit of need", "Your need")
NEED_COL = 4
#: words of company names that identify no one (legal forms, trades); other words of 4+ letters do
GENERIC_WORDS = frozenset("""gmbh mbh ag kg kgaa ohg ug se co und and the der die das von partner gruppe group
    holding werk werke technik industrie industries maschinenbau automation anlagentechnik systeme systems
    service services solutions international germany deutschland metall fertigung produktion""".split())


@dataclass(frozen=True, repr=False)
class Round:
    """One data-collection round of a pool: its public id and secret key (``repr`` hides the key)."""

    round_id: str
    key: bytes
    created: str

    def __repr__(self) -> str:
        return f"Round({self.round_id}, created {self.created})"

    @classmethod
    def new(cls) -> "Round":
        return cls(secrets.token_hex(8), secrets.token_bytes(32),
                   _dt.datetime.now().replace(microsecond=0).isoformat())

    def tag(self, partner_id: str, item_ids: list[str]) -> str:
        msg = "\n".join([ROUND_FORMAT, self.round_id, partner_id, *item_ids]).encode("utf-8")
        return hmac.new(self.key, msg, hashlib.sha256).hexdigest()[:32]

    def code(self, partner_id: str, item_ids: list[str]) -> str:
        """The request code written into the partner's workbook."""
        return f"{self.round_id}-{self.tag(partner_id, item_ids)}"

    def to_json(self) -> str:
        return json.dumps({"format": ROUND_FORMAT, "version": 1, "round_id": self.round_id,
                           "key": base64.b64encode(self.key).decode("ascii"), "created": self.created}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str | Msg = Msg("collect_the_round_file")) -> "Round":
        try:
            d = json.loads(text)
            assert isinstance(d, dict) and d.get("format") == ROUND_FORMAT
            key = base64.b64decode(d["key"], validate=True)
            rid, created = d["round_id"], d.get("created", "")
            assert isinstance(rid, str) and re.fullmatch(r"[0-9a-f]{16}", rid) and len(key) == 32
        except Exception:
            raise ValidationError(Problem(where, Msg("collect_not_round_file"))) from None
        return cls(rid, key, str(created))


def round_path(scenario_path: str | os.PathLike) -> Path:
    """Where the round of the scenario file at ``scenario_path`` is kept: ``pool.coopround.json``."""
    p = Path(scenario_path)
    stem = p.name[:-5] if p.name.endswith(".json") else p.name
    stem = stem[:-5] if stem.endswith(".coop") else stem
    return p.with_name(f"{stem}.coopround.json")


def save_round(rnd: Round, path: str | os.PathLike) -> None:
    from ..files import atomic_write_bytes

    # the key authenticates returned files: readable by the coordinator only, from the first byte on
    atomic_write_bytes(path, rnd.to_json().encode("utf-8"), mode=0o600)


def load_round(path: str | os.PathLike) -> Round:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(Problem(p.name, Msg("collect_no_round"))) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ValidationError(Problem(p.name, Msg("collect_round_unreadable", detail=str(e)))) from None
    return Round.from_json(text, p.name)


# ---- what must not appear ------------------------------------------------------------------------

def norm(text: str) -> str:
    """NFKC, case-folded, every run of white space (no-break spaces included) one space."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def identities(scenario: Scenario, keep: int) -> dict[str, str]:
    """Normalised strings that identify a partner other than ``keep``: name, alias, id (3+ chars) and
    the name's first distinctive word (4+ letters, not generic, not in the kept partner's own name) →
    whose."""
    own = set(re.findall(r"\w+", norm(scenario.partners[keep].name)))
    out: dict[str, str] = {}
    for i, p in enumerate(scenario.partners):
        if i == keep:
            continue
        for s in (p.name, scenario.alias_of(i), p.id if len(p.id) >= MIN_ID_LENGTH else ""):
            if norm(s):
                out[norm(s)] = p.name
        # the name's first distinctive word ("Kessler" of "Kessler Anlagentechnik GmbH") is how people
        # write a firm in passing; later words ("Automotive", "Components") are often ordinary words
        words = [w for w in re.findall(r"\w+", norm(p.name))
                 if len(w) >= 4 and w not in GENERIC_WORDS and w not in own and not w.isdigit()]
        if words:
            out.setdefault(words[0], p.name)
    return out


def find_identities(text: str, ids: dict[str, str]) -> list[str]:
    """The identifying strings of ``ids`` that occur in ``text`` as whole words (any case or spacing)."""
    t = norm(text)
    return [s for s in ids if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", t)]


def scan_package(data: bytes, ids: dict[str, str]) -> list[str]:
    """Every identifying string found in any text part of an .xlsx package (all XML, entities decoded)."""
    found: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            if info.filename.endswith((".xml", ".rels", ".vml")):
                raw = z.read(info).decode("utf-8", "replace")
                text = html.unescape(re.sub(r"<[^>]+>", " ", raw)) + " " + html.unescape(raw)
                found.update(find_identities(text, ids))
    return sorted(found)


# ---- the request workbook ------------------------------------------------------------------------

def request_bytes(scenario: Scenario, index: int, rnd: Round, lang: str = "en") -> bytes:
    """The request workbook (xlsx bytes) of partner ``index`` in ``lang`` ('en'/'de': sheet name,
    texts, headers, validation message, number format); ValidationError if a text would still name
    another partner. The request code does not depend on the language, and the import reads both."""
    from openpyxl.worksheet.datavalidation import DataValidation

    from ..i18n import translator
    from .workbook import new_workbook

    _ = translator(lang)

    s, p = scenario, scenario.partners[index]
    clean = confidential_redactor(s, index)
    ids = identities(s, index)
    problems = []
    rows = []
    for it in s.items:
        name, unit = clean(it.name), clean(it.unit)
        for what, text in ((Msg("collect_field_id"), it.id), (Msg("collect_field_name"), name),
                           (Msg("collect_field_unit"), unit)):
            hits = find_identities(text, ids)
            if hits:
                problems.append(Problem(Msg("collect_place_item", item=repr(it.id), field=what),
                                        Msg("collect_names_other", text=repr(text), other=ids[hits[0]],
                                            partner=p.name)))
        rows.append((it.id, name, unit, float(s.demand.get((p.id, it.id), 0.0)) or None))
    if problems:
        raise ValidationError(problems)
    wb = new_workbook(s.meta.currency, lang)
    ws = wb.create_sheet(label(SHEET, lang))
    put(ws, 1, 1, _("template", "request_title", name=p.name), "CoopTitle")
    put(ws, 2, 1, _("template", "request_note", need=label(COLUMNS[NEED_COL - 1], lang)), "CoopNote")
    ws.merge_cells("A2:D2")  # above the data area: the import refuses merged cells only below the header
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 32
    put(ws, PARTNER_CELL[0], 1, label("Partner id", lang), "CoopLabel")
    put(ws, *PARTNER_CELL, p.id)
    put(ws, CODE_CELL[0], 1, label("Request code", lang), "CoopLabel")
    item_ids = [it.id for it in s.items]
    put(ws, *CODE_CELL, rnd.code(p.id, item_ids))
    for j, (h, w) in enumerate(zip(COLUMNS, (16, 48, 26, 14)), start=1):
        put(ws, HEADER_ROW, j, label(h, lang), "CoopHeader")
        ws.column_dimensions["ABCD"[j - 1]].width = w
    for r, row in enumerate(rows, start=FIRST_ROW):
        for j, v in enumerate(row, start=1):
            put(ws, r, j, v, QTY if j == NEED_COL else None)
        ws.cell(r, NEED_COL).protection = Protection(locked=False)
        ws.cell(r, NEED_COL).fill = PatternFill("solid", fgColor=LIGHT)  # the cells to fill in
    need = f"D{FIRST_ROW}:D{max(FIRST_ROW, FIRST_ROW + len(rows) - 1)}"
    dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                        showErrorMessage=True, errorTitle=label(COLUMNS[NEED_COL - 1], lang),
                        error=_("template", "request_dv_error"))
    dv.add(need)
    ws.add_data_validation(dv)
    ws.protection.sheet = True  # no password: it only prevents accidental edits outside 'Your need'
    ws.freeze_panes = f"A{FIRST_ROW}"
    page_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    set_properties(wb, title=_("template", "request_title", name=p.name), creator="CoopCalc", subject=REQUEST_FORMAT,
                   keywords=f"CoopCalc;{REQUEST_FORMAT};1")
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    leaked = scan_package(data, ids)
    if leaked:  # a text path not cleaned above (a defect, not a user error): refuse rather than send
        raise ValidationError(Msg("collect_leak", partner=p.name, text=repr(leaked[0]), other=ids[leaked[0]]))
    return data


def request_name(scenario: Scenario, index: int) -> str:
    """File name of a partner's request: ``request-<partner id>.xlsx`` (safe characters only)."""
    pid = re.sub(r"[^A-Za-z0-9_.-]+", "-", scenario.partners[index].id).strip(".-") or f"partner-{index + 1}"
    return f"request-{pid}.xlsx"


def write_requests(scenario: Scenario, folder: str | os.PathLike, round_file: str | os.PathLike,
                   lang: str = "en") -> tuple[Round, list[Path]]:
    """A new round: every partner's request in ``folder`` (in ``lang``, 'en' or 'de') and the round's
    key in ``round_file`` (replacing an earlier round). All files or none are written. Returns the round
    and the paths."""
    from ..files import atomic_write_bytes
    from .staging import Staging

    if not scenario.partners or not scenario.items:
        raise ValidationError(Msg("collect_empty_pool"))
    rnd = Round.new()
    blobs = [(request_name(scenario, i), request_bytes(scenario, i, rnd, lang)) for i in range(scenario.n)]
    out = Path(folder)
    with Staging() as st:
        tmp = st.folder(out)
        for name, data in blobs:
            atomic_write_bytes(tmp / name, data)
        rtmp = st.file(round_file)
        save_round(rnd, rtmp)
    return rnd, [out / name for name, _ in blobs]
