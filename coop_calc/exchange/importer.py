"""Import of quotes and demand from the template workbook (:mod:`coop_calc.exchange.template`).

:func:`import_workbook` is pure: it returns a new, fully validated scenario or raises
:class:`~coop_calc.errors.ValidationError` listing every problem as ``Sheet!Cell: reason``
("Demand!C4: the quantity must not be negative (-3)"); the scenario passed in is never changed.
The Quotes sheet replaces all quotes; the Demand sheet sets the demand of the partners and items it
lists (others keep theirs); an empty demand cell means no demand. Quotes keep their id when item and
supplier match an existing quote.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
import re
from types import MappingProxyType
from typing import Any

from openpyxl.utils import get_column_letter, range_boundaries

from ..checks import MAX_AMOUNT, MAX_QUANTITY
from ..errors import Problem, ValidationError
from ..messages import Msg, Text
from ..model import INCREMENTAL, Quote, Scenario, Tier
from ..parse import MAX_ITEMS, MAX_PARTNERS, MAX_QUOTES, MAX_TIERS, scenario_from_dict, scenario_to_dict
from .safe_xlsx import open_workbook, read_checked, scan_sheet
from .template import DEMAND_COLUMNS, FIRST_ROW, HEADER_ROW, QUOTE_COLUMNS, SCHEDULE_WORDS, TIER_START
from .template_words import label, same_label, sheet_lang, sheet_of, sheet_place

MAX_ROWS = {"Quotes": MAX_QUOTES + FIRST_ROW, "Demand": MAX_PARTNERS + FIRST_ROW + 20}
MAX_COLS = {"Quotes": TIER_START - 1 + 2 * MAX_TIERS, "Demand": len(DEMAND_COLUMNS) + MAX_ITEMS}
_EMPTY = (None, "")


class Sheet:
    """The values of one sheet (a bounded block), with cell names for problems."""

    def __init__(self, name: str, values: list[list[Any]], formulas: dict[tuple[int, int], str]):
        self.name, self.values, self.formulas = name, values, formulas  # formulas: (row, col) → its text
        self.problems: list[Problem] = []

    def uncomputed(self, r: int, c: int, what: Text) -> bool:
        """True (and a problem) when the cell holds a formula whose result was never stored in the file."""
        if (r, c) in self.formulas and self.get(r, c) in _EMPTY:
            self.add(r, c, Msg("imp_formula_no_result", what=what, formula=self.formulas[(r, c)]))
            return True
        return False

    def get(self, r: int, c: int) -> Any:
        row = self.values[r - 1] if r - 1 < len(self.values) else ()
        v = row[c - 1] if c - 1 < len(row) else None
        return v.strip() if isinstance(v, str) else v

    def cell(self, r: int, c: int) -> str:
        return f"{self.name}!{get_column_letter(c)}{r}"

    def add(self, r: int, c: int, reason: Text) -> None:
        self.problems.append(Problem(self.cell(r, c), reason))

    def row_empty(self, r: int, start: int = 1) -> bool:
        row = self.values[r - 1] if r - 1 < len(self.values) else ()
        return all((v.strip() if isinstance(v, str) else v) in _EMPTY for v in row[start - 1:])

    def text(self, r: int, c: int, what: Text, required: bool = True) -> str | None:
        """The cell as text; ``what`` names it with its article (``Msg("xw_item_id")``: "the item id")."""
        v = self.get(r, c)
        if self.uncomputed(r, c, what):
            return None
        if v in _EMPTY:
            if required:
                self.add(r, c, Msg("imp_missing", what=what))
            return None
        if isinstance(v, bool):
            self.add(r, c, Msg("imp_text_not_bool", what=what, value=Msg("imp_true") if v else Msg("imp_false")))
            return None
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if isinstance(v, (_dt.date, _dt.datetime)):
            self.add(r, c, Msg("imp_text_not_date", what=what))
            return None
        return str(v)

    def number(self, r: int, c: int, what: Text, *, high: float, integer: bool = False, low: float = 0.0,
               required: bool = False) -> float | None:
        """A number in [low, high]; None when empty (a problem if ``required``) or invalid."""
        v = self.get(r, c)
        if self.uncomputed(r, c, what):
            return None
        if v in _EMPTY:
            if required:
                self.add(r, c, Msg("imp_missing", what=what))
            return None
        if isinstance(v, str) and re.fullmatch(r"[+-]?\d+", v):
            v = int(v)  # digits typed as text are unambiguous in any language
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            kind = (Msg("imp_kind_date") if isinstance(v, (_dt.date, _dt.datetime, _dt.time))
                    else Msg("imp_kind_text", text=repr(str(v)[:30])))
            self.add(r, c, Msg("imp_not_number", what=what, kind=kind))
            return None
        x = float(v)
        if x != x or x in (float("inf"), float("-inf")):
            self.add(r, c, Msg("imp_not_finite", what=what))
        elif x < low:
            self.add(r, c, Msg("imp_negative", what=what, x=x) if low == 0 else
                     Msg("imp_at_least", what=what, low=low, x=x))
        elif x > high:
            self.add(r, c, Msg("imp_too_large", what=what, x=x, high=high))
        elif integer and not x.is_integer():
            self.add(r, c, Msg("imp_not_whole", what=what, x=x))
        else:
            return x
        return None


def read_sheets(path: str | os.PathLike, specs: dict[str, tuple[int, int]], data_row: int,
                hint: Text = Msg("imp_hint_template")) -> dict[str, Sheet]:
    """The bounded blocks (``specs``: sheet → (rows, columns)) of the workbook at ``path``, checked
    safely (:mod:`.safe_xlsx`), with every formula cell and every merged range from ``data_row`` on
    recorded as a problem of its sheet. Raises ValidationError for a file that is not a readable workbook
    or lacks a sheet."""
    data = read_checked(path)
    name = os.path.basename(os.fspath(path))
    values_wb = open_workbook(data, name, data_only=True)
    formula_wb = open_workbook(data, name, data_only=False)
    try:
        # a sheet is found under its name in any language (a German template read in an English session)
        actual = {s: sheet_of(values_wb.sheetnames, s) for s in specs}
        missing = [s for s in specs if actual[s] is None]
        if missing:
            raise ValidationError([Problem(sheet_place(s), Msg("imp_no_sheet", hint=hint)) for s in missing])
        sheets = {}
        for key, (rows, cols) in specs.items():
            sname = actual[key] or key
            merged = scan_sheet(data, sname, name)  # before openpyxl builds a row
            vals = [list(r) for r in values_wb[sname].iter_rows(min_row=1, max_row=rows + 1, max_col=cols + 1,
                                                               values_only=True)]
            forms: dict[tuple[int, int], str] = {}
            for r, row in enumerate(formula_wb[sname].iter_rows(min_row=1, max_row=rows, max_col=cols), start=1):
                for c, cell in enumerate(row, start=1):
                    if getattr(cell, "data_type", None) == "f":
                        forms[(r, c)] = str(cell.value)[:40]
            sh = Sheet(sname, [row[:cols] for row in vals[:rows]], forms)
            for ref in merged:
                try:
                    c1, r1, c2, r2 = range_boundaries(ref.replace("$", ""))
                except ValueError:
                    continue
                if r2 is not None and r2 >= data_row and r1 is not None and r1 <= rows and (c1 or 1) <= cols:
                    sh.problems.append(Problem(f"{sname}!{ref}", Msg("imp_merged")))
            if len(vals) > rows and any(v not in _EMPTY for v in vals[rows]):
                sh.add(rows + 1, 1, Msg("imp_too_many_rows", n=rows - data_row + 1))
            if any(len(row) > cols and row[cols] not in _EMPTY for row in vals):
                sh.add(max(data_row - 1, 1), cols + 1, Msg("imp_too_many_columns", n=cols))
            sheets[key] = sh
        return sheets
    except KeyError as e:  # a part the archive lacks, met while reading rows
        raise ValidationError(Problem(name, Msg("imp_incomplete", part=str(e).strip(chr(34) + chr(39))))) from None
    finally:
        values_wb.close()
        formula_wb.close()


def _load(path: str | os.PathLike) -> dict[str, Sheet]:
    return read_sheets(path, {s: (MAX_ROWS[s], MAX_COLS[s]) for s in ("Quotes", "Demand")}, HEADER_ROW)


def _check_header(sh: Sheet, expected: tuple[str, ...]) -> bool:
    ok = True
    for c, h in enumerate(expected, start=1):
        got = sh.get(HEADER_ROW, c)
        if not same_label(got, h):  # the header in English or German
            sh.add(HEADER_ROW, c, Msg("imp_header", expected=repr(label(h, sheet_lang(sh.name))), got=repr(got)))
            ok = False
    return ok


def _unknown_item(item: str, items: list[str]) -> Msg:
    if not items:
        return Msg("imp_unknown_item_none", id=repr(item))
    return Msg("imp_unknown_item", id=repr(item), known=", ".join(items))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "quote"


def _quotes(sh: Sheet, s: Scenario) -> list[Quote]:
    if not _check_header(sh, QUOTE_COLUMNS):
        return []
    items = {it.id: it for it in s.items}
    old_ids = {(q.item_id, q.supplier.casefold()): q.id for q in s.quotes}
    seen: dict[tuple[str, str], int] = {}
    used_ids: set[str] = set()
    out: list[Quote] = []
    width = max((len(r) for r in sh.values), default=0)
    for r in range(FIRST_ROW, len(sh.values) + 1):
        if sh.row_empty(r):
            continue
        if all(sh.get(r, c) in _EMPTY for c in (1, 3, 4, 5, 6, 7, 8)) and all(
                sh.get(r, c) in _EMPTY for c in range(TIER_START, width + 1)):
            continue  # only the reference column is filled: nothing to import
        n0 = len(sh.problems)
        item = sh.text(r, 1, Msg("xw_item_id"))
        if item is not None and item not in items:
            sh.add(r, 1, _unknown_item(item, list(items)))
        supplier = sh.text(r, 3, Msg("xw_supplier"))
        raw_sched = sh.get(r, 4)
        schedule = "all_units" if raw_sched in _EMPTY else SCHEDULE_WORDS.get(
            re.sub(r"[\s_-]+", " ", str(raw_sched).casefold()).strip(), None)
        if schedule is None:
            sh.add(r, 4, Msg("imp_schedule", got=repr(str(raw_sched)[:30])))
        fee = sh.number(r, 5, Msg("xw_fixed_fee"), high=MAX_AMOUNT)
        lo = sh.number(r, 6, Msg("xw_min_order"), high=MAX_QUANTITY, integer=True)
        hi = sh.number(r, 7, Msg("xw_max_order"), high=MAX_QUANTITY, integer=True, low=1)
        if lo is not None and hi is not None and lo > hi:
            sh.add(r, 7, Msg("imp_max_below_min", hi=hi, lo=lo))
        valid = _date(sh, r, 8)
        tiers: list[Tier] = []
        for t, c in enumerate(range(TIER_START, width + 1, 2), start=1):
            mq_raw, up_raw = sh.get(r, c), sh.get(r, c + 1)
            if mq_raw in _EMPTY and up_raw in _EMPTY:
                continue
            mq = sh.number(r, c, Msg("xw_tier_quantity", t=t), high=MAX_QUANTITY, integer=True, required=True)
            up = sh.number(r, c + 1, Msg("xw_tier_price", t=t), high=MAX_AMOUNT, required=True)
            if mq is None or up is None:
                continue
            if tiers and mq <= tiers[-1].min_quantity:
                sh.add(r, c, Msg("imp_tier_order", t=t, previous=tiers[-1].min_quantity, x=mq))
                continue
            tiers.append(Tier(mq, up))
        if not tiers and len(sh.problems) == n0:
            sh.add(r, TIER_START, Msg("imp_no_tier"))
        if schedule == INCREMENTAL and tiers and tiers[0].min_quantity > 1:
            sh.add(r, TIER_START, Msg("imp_incremental_start"))
        if item is not None and supplier is not None:
            key = (item, supplier.casefold())
            if key in seen:
                sh.add(r, 3, Msg("imp_duplicate_quote", row=seen[key], item=repr(item), supplier=repr(supplier)))
            seen.setdefault(key, r)
        if len(sh.problems) > n0 or item is None or supplier is None:
            continue
        qid = old_ids.get((item, supplier.casefold())) or f"{item}-{_slug(supplier)}"
        base, k = qid, 2
        while qid in used_ids:
            qid, k = f"{base}-{k}", k + 1
        used_ids.add(qid)
        out.append(Quote(id=qid, item_id=item, supplier=supplier, tiers=tuple(tiers), schedule=schedule,  # type: ignore[arg-type]  # None is a problem above
                         fixed_fee=fee or 0.0, min_order=lo, max_order=hi, valid_until=valid))
    return out


def _date(sh: Sheet, r: int, c: int) -> str | None:
    v = sh.get(r, c)
    if v in _EMPTY:
        return None
    if isinstance(v, (_dt.datetime, _dt.date)):
        return v.date().isoformat() if isinstance(v, _dt.datetime) else v.isoformat()
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            return _dt.date.fromisoformat(v).isoformat()
        except ValueError:
            pass
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", v) if isinstance(v, str) else None
    if m:  # a German date typed as text (31.03.2027): day first, never ambiguous with the dots
        try:
            return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            pass
    sh.add(r, c, Msg("imp_date", got=repr(str(v)[:30])))
    return None


def _demand(sh: Sheet, s: Scenario) -> dict[tuple[str, str], float] | None:
    if not _check_header(sh, DEMAND_COLUMNS):
        return None
    items = [it.id for it in s.items]
    partners = [p.id for p in s.partners]
    cols: dict[int, str] = {}
    where: dict[str, int] = {}
    width = max((len(r) for r in sh.values), default=0)
    for c in range(len(DEMAND_COLUMNS) + 1, width + 1):
        ident = sh.text(HEADER_ROW, c, Msg("xw_item_id"), required=False)
        if ident is None:
            continue
        if ident not in items:
            sh.add(HEADER_ROW, c, _unknown_item(ident, items))
        elif ident in where:
            sh.add(HEADER_ROW, c, Msg("imp_duplicate_item", item=repr(ident), column=get_column_letter(where[ident])))
        else:
            cols[c], where[ident] = ident, c
    demand = dict(s.demand)
    rows_of: dict[str, int] = {}
    for r in range(FIRST_ROW, len(sh.values) + 1):
        if sh.row_empty(r, start=1) or (sh.get(r, 1) in _EMPTY and sh.row_empty(r, start=len(DEMAND_COLUMNS) + 1)):
            continue
        pid = sh.text(r, 1, Msg("xw_partner_id"))
        if pid is not None and pid not in partners:
            sh.add(r, 1, Msg("imp_unknown_partner", id=repr(pid), known=", ".join(partners))
                   if partners else Msg("imp_unknown_partner_none", id=repr(pid)))
            pid = None
        elif pid is not None and pid in rows_of:
            sh.add(r, 1, Msg("imp_duplicate_partner", id=repr(pid), row=rows_of[pid]))
            pid = None
        if pid is not None:
            rows_of[pid] = r
        for c in range(len(DEMAND_COLUMNS) + 1, width + 1):
            if c not in cols:
                if sh.get(r, c) not in _EMPTY and sh.get(HEADER_ROW, c) in _EMPTY:
                    sh.add(r, c, Msg("imp_quantity_no_item", row=HEADER_ROW))
                continue
            q = sh.number(r, c, Msg("xw_quantity"), high=MAX_QUANTITY)
            if pid is not None:
                if q:
                    demand[(pid, cols[c])] = q
                elif sh.get(r, c) in _EMPTY or q == 0:
                    demand.pop((pid, cols[c]), None)
    return demand


def import_workbook(scenario: Scenario, path: str | os.PathLike) -> Scenario:
    """A new scenario with the quotes and demand of the template workbook at ``path``.

    Raises ValidationError naming every problem by sheet and cell; ``scenario`` is never changed."""
    sheets = _load(path)
    quotes = _quotes(sheets["Quotes"], scenario)
    demand = _demand(sheets["Demand"], scenario)
    problems = sheets["Quotes"].problems + sheets["Demand"].problems
    if problems:
        raise ValidationError(problems)
    new = dataclasses.replace(scenario, quotes=tuple(quotes), demand=MappingProxyType(demand or {}))
    quoted = {q.item_id for q in quotes}
    for it in new.items:
        if it.id not in quoted and any(v > 0 for (p, i), v in new.demand.items() if i == it.id):
            sheets["Quotes"].add(HEADER_ROW, 1, Msg("imp_demand_no_quote", id=repr(it.id), name=it.name))
    if sheets["Quotes"].problems:
        raise ValidationError(sheets["Quotes"].problems)
    try:
        return scenario_from_dict(scenario_to_dict(new))
    except ValidationError as e:  # a rule the cell checks above do not know: name the sheet at least
        here = f"{sheets['Quotes'].name}!A{HEADER_ROW}"
        raise ValidationError([Problem(Msg("imp_place_within", cell=here, place=p.place) if p.place else here,
                                       p.reason) for p in e.problems]) from None
