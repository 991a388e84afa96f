"""Importing the returned request workbooks of a data-collection round (:mod:`.collection`), all at once.

:func:`import_returned` is pure: it checks every file — a readable workbook, this pool's current round,
a request code that matches the partner and items it states, one file per partner, every need a valid
quantity — and returns the new scenario with the changes per partner, or raises ValidationError listing
every problem of every file (``request-kessler.xlsx › Request!D9: …``). Nothing changes unless all
files are valid.
"""

from __future__ import annotations

import dataclasses
import hmac
import os
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..checks import MAX_QUANTITY
from ..errors import Problem, ValidationError
from ..messages import Msg, Text
from ..model import Scenario
from ..parse import MAX_ITEMS, scenario_from_dict, scenario_to_dict
from .collection import CODE_CELL, COLUMNS, FIRST_ROW, HEADER_ROW, NEED_COL, PARTNER_CELL, SHEET, Round
from .importer import Sheet, read_sheets
from .template_words import label, same_label, sheet_lang

MAX_FILES = 200


@dataclass(frozen=True)
class Change:
    """One demand cell that a returned request changes (quantities in the item's unit of need)."""

    item_id: str
    item: str
    unit: str
    old: float
    new: float


@dataclass(frozen=True)
class Returned:
    """One returned request: whose it is and what it changes (empty when it confirms the old demand)."""

    path: Path
    partner_id: str
    partner: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class CollectionImport:
    scenario: Scenario  #: the scenario with every returned demand applied
    returned: tuple[Returned, ...]  #: in partner order
    missing: tuple[str, ...]  #: names of partners whose request did not come back

    def lines(self, lang: str = "en") -> list[str]:
        """The changes as text in ``lang``, one partner after the other ("  cobot: 4 → 6 pieces")."""
        from ..i18n import translator
        from .formatting import format_quantity

        _ = translator(lang)
        out = []
        for r in self.returned:
            n = len(r.changes)
            out.append(f"{r.partner} ({r.path.name}): " + (_("cli", "change_1") if n == 1 else
                                                           _("cli", "changes_n", n=n) if n else _("cli", "no_change")))
            out += [f"  {c.item} ({c.item_id}): {format_quantity(c.old, lang)} → {format_quantity(c.new, lang)} {c.unit}"
                    for c in r.changes]
        if self.missing:
            out.append(_("cli", "not_returned", names=", ".join(self.missing)))
        return out


def expand(paths: list[str | os.PathLike]) -> list[Path]:
    """Files as given, and the ``*.xlsx`` files inside given folders (sorted; Office lock files ``~$…``
    skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(q for q in p.glob("*.xlsx") if not q.name.startswith(("~$", ".")))
        else:
            out.append(p)
    if not out:
        raise ValidationError(Msg("collect_no_files"))
    if len(out) > MAX_FILES:
        raise ValidationError(Msg("collect_too_many_files", n=len(out), limit=MAX_FILES))
    return out


class _Problems(list):
    def add(self, path: Path, place: Text, reason: Text) -> None:
        self.append(Problem(Msg("place_in", outer=path.name, inner=place) if place else path.name, reason))


def _read(path: Path, rnd: Round, scenario: Scenario, probs: _Problems) -> tuple[str, dict[str, float], str] | None:
    """Partner id, needs (item id → quantity, 0 for an empty cell) and the name of the request sheet
    (English or German) of one returned file."""
    try:
        sh = read_sheets(path, {SHEET: (FIRST_ROW + MAX_ITEMS, NEED_COL)}, HEADER_ROW,
                         hint=Msg("collect_hint_request"))[SHEET]
    except ValidationError as e:
        for p in e.problems:  # the safe reader names the file itself as the place
            probs.append(p) if p.place == path.name else probs.add(path, p.place, p.reason)
        return None
    n0 = len(sh.problems)
    pid = sh.text(*PARTNER_CELL, Msg("xw_partner_id"))
    code = sh.text(*CODE_CELL, Msg("xw_request_code"))
    for c, h in enumerate(COLUMNS, start=1):
        got = sh.get(HEADER_ROW, c)
        if not same_label(got, h):  # English or German, whatever the session's language
            sh.add(HEADER_ROW, c, Msg("collect_header", expected=repr(label(h, sheet_lang(sh.name))), got=repr(got)))
    items: list[tuple[int, str]] = []
    for r in range(FIRST_ROW, len(sh.values) + 1):
        if sh.row_empty(r):
            continue
        iid = sh.text(r, 1, Msg("xw_item_id"))
        if iid is not None:
            items.append((r, iid))
    if len(sh.problems) > n0 or pid is None or code is None:
        _move(sh, path, probs)
        return None
    rid, _, tag = code.partition("-")
    if rid != rnd.round_id:
        sh.add(*CODE_CELL, Msg("collect_other_round", got=rid, round=rnd.round_id, created=rnd.created.replace("T", " ")))
    elif not hmac.compare_digest(tag, rnd.tag(pid, [iid for _, iid in items])):
        sh.add(*CODE_CELL, Msg("collect_code_mismatch", id=repr(pid)))
    partners = {p.id for p in scenario.partners}
    if pid not in partners:
        sh.add(*PARTNER_CELL, Msg("collect_partner_gone", id=repr(pid)))
    known = {it.id for it in scenario.items}
    needs: dict[str, float] = {}
    for r, iid in items:
        q = sh.number(r, NEED_COL, Msg("xw_need"), high=MAX_QUANTITY)
        if iid not in known:
            sh.add(r, 1, Msg("collect_item_gone", id=repr(iid)))
        elif sh.get(r, NEED_COL) in ("", None) or q is not None:
            needs[iid] = q or 0.0
    _move(sh, path, probs)
    return (pid, needs, sh.name) if len(sh.problems) == n0 else None


def _move(sh: Sheet, path: Path, probs: _Problems) -> None:
    for p in sh.problems:
        probs.add(path, p.place, p.reason)


def import_returned(scenario: Scenario, rnd: Round, paths: list[str | os.PathLike]) -> CollectionImport:
    """The scenario with the demand of every returned request (see the module docstring)."""
    files = expand(paths)
    probs = _Problems()
    got: dict[str, tuple[Path, dict[str, float]]] = {}
    for path in files:
        res = _read(path, rnd, scenario, probs)
        if res is None:
            continue
        pid, needs, sheet = res
        if pid in got:
            probs.add(path, f"{sheet}!B{PARTNER_CELL[0]}", Msg("collect_second_file", id=repr(pid),
                                                               first=got[pid][0].name))
            continue
        got[pid] = (path, needs)
    if probs:
        raise ValidationError(list(probs))
    demand = dict(scenario.demand)
    names = {it.id: it for it in scenario.items}
    returned = []
    for p in scenario.partners:
        if p.id not in got:
            continue
        path, needs = got[p.id]
        changes = []
        for iid, q in needs.items():
            old = float(scenario.demand.get((p.id, iid), 0.0))
            if q != old:
                changes.append(Change(iid, names[iid].name, names[iid].unit, old, q))
            if q:
                demand[(p.id, iid)] = q
            else:
                demand.pop((p.id, iid), None)
        returned.append(Returned(path, p.id, p.name, tuple(changes)))
    new = dataclasses.replace(scenario, demand=MappingProxyType(demand))
    new = scenario_from_dict(scenario_to_dict(new))  # every rule of a valid scenario, once more
    missing = tuple(p.name for p in scenario.partners if p.id not in got)
    return CollectionImport(new, tuple(returned), missing)
