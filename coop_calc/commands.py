"""Edit commands on a scenario: ``apply(scenario, command) -> (new_scenario, inverse_command)``.

Every edit the user makes — a cell, a paste, a dialog, an import — is one of these frozen commands.
Commands work on the scenario's documented JSON form (docs/scenario-format.md), so a command names
its target by a *path* of JSON keys and list positions, e.g. ``("partners", 2, "name")``,
``("demand", "hartmann", "cobot")`` or ``("quotes", 0, "tiers", 1, "unit_price")``, and values are
JSON values (numbers, text, ``True``/``False``, objects such as ``{"type": "pert", …}``).

The result of every command is validated by the engine's own parser, so an invalid edit raises
:class:`~coop_calc.errors.ValidationError` with the place and reason in the user's terms, and the
old scenario stays as it was (scenarios are immutable). Applying the returned inverse restores the
old scenario exactly (``==``).

Changing a partner's or item's id renames every reference to it (demand, custom percentages, quotes,
correlations); removing a partner or item removes what refers to it (its demand, its quotes, the
correlations of its inputs), and the inverse puts all of it back.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, replace
from typing import Any, Union

from .errors import Problem, ValidationError
from .messages import Msg
from .model import Scenario
from .parse import RISK_BOUNDS, RISK_FIELDS, scenario_from_dict, scenario_to_dict

Key = Union[str, int]
Path = tuple[Key, ...]


class _Missing:
    """Marks an absent JSON key: setting a path to MISSING deletes it (optional fields, zero demand)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self):
        return (_Missing, ())


MISSING: Any = _Missing()


def _path(p: Any) -> Path:
    return (p,) if isinstance(p, str) else tuple(p)


@dataclass(frozen=True)
class SetField:
    """Set the JSON value at ``path`` (``MISSING`` deletes an optional key)."""

    path: Path
    value: Any

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", _path(self.path))


@dataclass(frozen=True)
class SetDemand:
    """Partner ``partner_id`` needs ``quantity`` of item ``item_id`` (0 removes the entry)."""

    partner_id: str
    item_id: str
    quantity: float


@dataclass(frozen=True)
class InsertRow:
    """Insert the JSON object ``row`` at position ``index`` of the list at ``table``
    (``"partners"``, ``"items"``, ``"quotes"`` or a path like ``("quotes", 3, "tiers")``)."""

    table: Path
    index: int
    row: Any

    def __post_init__(self) -> None:
        object.__setattr__(self, "table", _path(self.table))


@dataclass(frozen=True)
class RemoveRow:
    """Remove position ``index`` of the list at ``table`` and everything that refers to it."""

    table: Path
    index: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "table", _path(self.table))


@dataclass(frozen=True)
class ReplaceScenario:
    """Replace the whole scenario (an import, a revert). Not allowed inside a :class:`Batch`."""

    scenario: Scenario


@dataclass(frozen=True)
class Batch:
    """Several commands applied in order and validated once at the end: one undo step (a paste)."""

    commands: tuple = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "commands", tuple(self.commands))


Command = Union[SetField, SetDemand, InsertRow, RemoveRow, ReplaceScenario, Batch]


def apply(scenario: Scenario, command: Command) -> tuple[Scenario, Command]:
    """The scenario after ``command`` and the command that undoes it.

    Raises ValidationError (with every problem, by place) when the edit would make the scenario
    invalid; ``scenario`` itself is never changed."""
    if isinstance(command, ReplaceScenario):
        new = scenario_from_dict(scenario_to_dict(command.scenario))
        return new, ReplaceScenario(scenario)
    doc = scenario_to_dict(scenario)
    inverse = _apply_doc(doc, command)
    return _validated(doc, scenario), inverse


def apply_all(scenario: Scenario, commands: list[Command]) -> tuple[Scenario, list[Command]]:
    """Apply commands one after another (each validated); returns the inverses in undo order."""
    inverses: list[Command] = []
    for cmd in commands:
        scenario, inv = apply(scenario, cmd)
        inverses.append(inv)
    return scenario, inverses[::-1]


# ---- helpers for callers that create rows -------------------------------------------------------

def new_id(prefix: str, existing: list[str] | set[str]) -> str:
    """``prefix-1``, ``prefix-2``, … : the first that is not in ``existing``."""
    taken = set(existing)
    k = 1
    while f"{prefix}-{k}" in taken:
        k += 1
    return f"{prefix}-{k}"


def default_row(scenario: Scenario, table: str, template_index: int | None = None) -> dict:
    """A valid new row for ``table`` ("partners", "items" or "quotes"). A new quote copies the
    item, schedule and tiers of the quote at ``template_index`` when given (else the first quote),
    so that it is complete; its supplier is marked as new."""
    if table == "partners":
        pid = new_id("partner", scenario.partner_ids())
        return {"id": pid, "name": f"New partner {scenario.n + 1}"}
    if table == "items":
        iid = new_id("item", scenario.item_ids())
        return {"id": iid, "name": f"New item {len(scenario.items) + 1}", "unit": "pieces",
                "capacity_per_unit": 1, "useful_life_years": 5}
    if table == "quotes":
        if not scenario.items:
            raise ValidationError(Problem(Msg("p_quotes"), Msg("quote_needs_item")))
        qid = new_id("quote", [q.id for q in scenario.quotes])
        doc = scenario_to_dict(scenario)
        if doc["quotes"]:
            i = template_index if template_index is not None and 0 <= template_index < len(doc["quotes"]) else 0
            row = copy.deepcopy(doc["quotes"][i])
            row.pop("valid_until", None)
            row.update(id=qid, supplier="New supplier")
            return row
        return {"id": qid, "item": scenario.items[0].id, "supplier": "New supplier", "schedule": "all_units",
                "tiers": [{"min_quantity": 1, "unit_price": 0}], "fixed_fee": 0}
    raise ValueError(f"no default row for {table!r}")


def default_tier(tiers: list[dict] | tuple, index: int) -> dict:
    """A tier to insert at ``index`` between existing tiers (JSON form): halfway between its
    neighbours' minimum quantities at the lower neighbour's price, or one step above the last.
    Raises ValidationError when there is no whole quantity between the neighbours."""
    tiers = list(tiers)
    if not tiers:
        return {"min_quantity": 1, "unit_price": 0}
    if index >= len(tiers):
        last = tiers[-1]
        return {"min_quantity": max(1, int(last["min_quantity"]) * 2), "unit_price": last["unit_price"]}
    below = tiers[index - 1] if index > 0 else None
    lo = int(below["min_quantity"]) if below else -1
    hi = int(tiers[index]["min_quantity"])
    if hi - lo < 2:
        raise ValidationError(Problem(Msg("p_tier_alone", n=index + 1), Msg("no_room_for_tier", low=max(lo, 0), high=hi)))
    mid = (lo + hi) // 2 if below else max(0, hi // 2)
    if mid <= lo:
        mid = lo + 1
    price = below["unit_price"] if below else tiers[index]["unit_price"]
    return {"min_quantity": mid, "unit_price": price}


# ---- applying commands to the JSON form ----------------------------------------------------------

def _where(path: Path) -> str:
    """A place in the JSON form, by its keys and positions ("quotes › 2 › tiers"): the file's own words."""
    return " › ".join(str(k) for k in path)


def _container(doc: dict, path: Path, create: bool, created: list) -> Any:
    """The object at ``path`` (creating missing objects along it when ``create``)."""
    node: Any = doc
    for depth, key in enumerate(path):
        if isinstance(node, list):
            if not isinstance(key, int) or not 0 <= key < len(node):
                raise ValidationError(Problem(_where(path[:depth + 1]), Msg("edit_no_row")))
            node = node[key]
            continue
        if not isinstance(node, dict):
            raise ValidationError(Problem(_where(path[:depth]), Msg("edit_not_editable")))
        if key not in node or node[key] is None:
            if not create:
                raise ValidationError(Problem(_where(path[:depth + 1]), Msg("edit_no_entry")))
            created.append((path[:depth + 1], node.get(key, MISSING)))
            node[key] = {}
        node = node[key]
    return node


def _set(doc: dict, path: Path, value: Any) -> Command:
    if not path:
        raise ValidationError(Msg("edit_needs_place"))
    created: list = []
    parent = _container(doc, path[:-1], create=value is not MISSING, created=created)
    key = path[-1]
    if isinstance(parent, list):
        if not isinstance(key, int) or not 0 <= key < len(parent):
            raise ValidationError(Problem(_where(path), Msg("edit_no_row")))
        if value is MISSING:
            raise ValidationError(Problem(_where(path), Msg("edit_remove_row")))
        old = parent[key]
        parent[key] = copy.deepcopy(value)
        return SetField(path, old)
    if not isinstance(parent, dict):
        raise ValidationError(Problem(_where(path[:-1]), Msg("edit_not_editable")))
    old = parent.get(key, MISSING)
    _rename_references(doc, path, old, value)  # undone by renaming back
    if value is MISSING:
        parent.pop(key, None)
    else:
        parent[key] = copy.deepcopy(value)
    if created:  # undoing removes the objects this edit had to create
        return SetField(created[0][0], created[0][1])
    return SetField(path, old)


def _rename_references(doc: dict, path: Path, old: Any, new: Any) -> None:
    """Keep references intact when a partner's or item's id changes."""
    if len(path) != 3 or path[2] != "id" or old is MISSING or old == new or not isinstance(new, str):
        return
    table = path[0]
    if table == "partners":
        taken = [p.get("id") for i, p in enumerate(doc["partners"]) if i != path[1]]
        if new in taken:
            return  # the parser reports the duplicate id; renaming would merge two rows
        demand = doc.get("demand") or {}
        if old in demand:
            doc["demand"] = {new if k == old else k: v for k, v in demand.items()}
        pct = (doc.get("sharing") or {}).get("custom_percentages")
        if pct and old in pct:
            doc["sharing"]["custom_percentages"] = {new if k == old else k: v for k, v in pct.items()}
    if table == "items":
        taken = [it.get("id") for i, it in enumerate(doc["items"]) if i != path[1]]
        if new in taken:
            return
        for q in doc.get("quotes") or []:
            if q.get("item") == old:
                q["item"] = new
        for pid, row in (doc.get("demand") or {}).items():
            if isinstance(row, dict) and old in row:
                doc["demand"][pid] = {new if k == old else k: v for k, v in row.items()}
        for corr in (doc.get("risk") or {}).get("correlations") or []:
            for end in ("a", "b"):
                name = corr.get(end)
                if isinstance(name, str) and name.startswith(old + "."):
                    corr[end] = new + name[len(old):]


def _insert(doc: dict, table: Path, index: int, row: Any) -> Command:
    lst = _container(doc, table, create=False, created=[])
    if not isinstance(lst, list):
        raise ValidationError(Problem(_where(table), Msg("edit_no_insert")))
    if not 0 <= index <= len(lst):
        raise ValidationError(Problem(_where(table), Msg("edit_insert_at", n=index + 1, rows=len(lst))))
    lst.insert(index, copy.deepcopy(row))
    return RemoveRow(table, index)


def _remove(doc: dict, table: Path, index: int) -> Command:
    lst = _container(doc, table, create=False, created=[])
    if not isinstance(lst, list) or not 0 <= index < len(lst):
        raise ValidationError(Problem(_where(table), Msg("edit_no_row_to_remove", n=index + 1)))
    row = lst.pop(index)
    restore: list[Command] = [InsertRow(table, index, row)]
    if table == ("partners",):
        pid = row.get("id")
        demand = doc.get("demand") or {}
        if pid in demand:
            restore.append(SetField(("demand", pid), demand.pop(pid)))
        pct = (doc.get("sharing") or {}).get("custom_percentages") or {}
        if pid in pct:
            restore.append(SetField(("sharing", "custom_percentages", pid), pct.pop(pid)))
    elif table == ("items",):
        iid = row.get("id")
        quotes = doc.get("quotes") or []
        gone = [(i, q) for i, q in enumerate(quotes) if q.get("item") == iid]
        doc["quotes"] = [q for q in quotes if q.get("item") != iid]
        restore += [InsertRow(("quotes",), i, q) for i, q in gone]
        for pid, drow in (doc.get("demand") or {}).items():
            if isinstance(drow, dict) and iid in drow:
                restore.append(SetField(("demand", pid, iid), drow.pop(iid)))
        risk = doc.get("risk") or {}
        corr = risk.get("correlations") or []
        kept = [c for c in corr if not any(isinstance(c.get(e), str) and c[e].startswith(f"{iid}.")
                                           for e in ("a", "b"))]
        if len(kept) != len(corr):
            restore.append(SetField(("risk", "correlations"), corr))
            risk["correlations"] = kept
    return restore[0] if len(restore) == 1 else Batch(tuple(restore))


def _apply_doc(doc: dict, command: Command) -> Command:
    if isinstance(command, SetField):
        return _set(doc, command.path, command.value)
    if isinstance(command, SetDemand):
        q = command.quantity
        value = MISSING if q == 0 and not isinstance(q, bool) else q
        if not any(p.get("id") == command.partner_id for p in doc["partners"]):
            raise ValidationError(Problem(Msg("p_demand"), Msg("no_such_partner", id=repr(command.partner_id))))
        if not any(it.get("id") == command.item_id for it in doc["items"]):
            raise ValidationError(Problem(Msg("p_demand"), Msg("no_such_item", id=repr(command.item_id))))
        inv = _set(doc, ("demand", command.partner_id, command.item_id), value)
        if isinstance(inv, SetField) and inv.path == ("demand", command.partner_id, command.item_id):
            old = inv.value
            return SetDemand(command.partner_id, command.item_id, 0 if old is MISSING else old)
        return inv
    if isinstance(command, InsertRow):
        return _insert(doc, command.table, command.index, command.row)
    if isinstance(command, RemoveRow):
        return _remove(doc, command.table, command.index)
    if isinstance(command, Batch):
        inverses = [_apply_doc(doc, c) for c in command.commands]
        return Batch(tuple(reversed(inverses)))
    if isinstance(command, ReplaceScenario):
        raise TypeError("ReplaceScenario cannot be part of a Batch")
    raise TypeError(f"not an edit command: {command!r}")


# ---- validation ----------------------------------------------------------------------------------

def _dist_key(field_name: str, value: Any) -> tuple[str, str] | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return field_name, json.dumps(value, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return None


def _placeholder(field_name: str) -> float:
    lo, hi = RISK_BOUNDS.get(field_name, (None, None))
    return lo if lo is not None else hi if hi is not None else 0.0


def _validated(doc: dict, old: Scenario) -> Scenario:
    """The scenario of ``doc``, checked by the engine's parser.

    Distributions that are unchanged from ``old`` (same input, same JSON) were validated when
    ``old`` was made; they are passed to the parser as a valid constant and the original objects
    put back afterwards. This keeps an edit fast (building a scipy distribution to check its range
    costs about half a millisecond each) without checking anything less."""
    known: dict[tuple[str, str], Any] = {}
    for it in old.items:
        if it.risk is not None:
            for f in RISK_FIELDS + ("failure_loss",):
                d = getattr(it.risk, f)
                k = _dist_key(f, d.to_dict()) if d is not None else None
                if k:
                    known[k] = d
    if old.risk.discount_rate is not None:
        k = _dist_key("discount_rate", old.risk.discount_rate.to_dict())
        if k:
            known[k] = old.risk.discount_rate
    restore: dict[int, dict[str, Any]] = {}
    vdoc = dict(doc)
    items = doc.get("items")
    if isinstance(items, list):
        vitems = []
        for i, raw in enumerate(items):
            risk = raw.get("risk") if isinstance(raw, dict) else None
            if isinstance(risk, dict):
                risk = dict(risk)
                for f in RISK_FIELDS + ("failure_loss",):
                    k = _dist_key(f, risk.get(f))
                    if k in known:
                        restore.setdefault(i, {})[f] = known[k]
                        risk[f] = _placeholder(f)
                raw = {**raw, "risk": risk}
            vitems.append(raw)
        vdoc["items"] = vitems
    rate = None
    if isinstance(doc.get("risk"), dict):
        k = _dist_key("discount_rate", doc["risk"].get("discount_rate"))
        if k in known:
            rate = known[k]
            vdoc["risk"] = {**doc["risk"], "discount_rate": _placeholder("discount_rate")}
    new = scenario_from_dict(vdoc)
    if restore:
        items_out = list(new.items)
        for i, fields_ in restore.items():
            items_out[i] = replace(items_out[i], risk=replace(items_out[i].risk, **fields_))  # type: ignore[type-var]  # restored items have risk
        new = replace(new, items=tuple(items_out))
    if rate is not None:
        new = replace(new, risk=replace(new.risk, discount_rate=rate))
    return new
