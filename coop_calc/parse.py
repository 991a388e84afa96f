"""Scenario ⇄ JSON object: parsing with full validation, and serialisation.

:func:`scenario_from_dict` checks every value and reports *all* problems at once, each named by its
place in the user's terms ("Quote 'Cobot, RoboTech', tier 3: …"). Nothing is clamped.
:func:`scenario_to_dict` writes the documented file format (docs/scenario-format.md).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from . import checks
from .checks import MAX_AMOUNT, MAX_EXACT_INTEGER, MAX_QUANTITY, clean_label, fmt
from .deck import parse_presentation, presentation_to_dict
from .errors import Collector, Problem, ValidationError
from .model import (
    COORDINATION_SHARING,
    FAILURE_SCOPES,
    INCREMENTAL,
    RULES,
    SAMPLING_METHODS,
    SCHEDULES,
    Coordination,
    Item,
    ItemRisk,
    Meta,
    Partner,
    Quote,
    RiskSettings,
    Scenario,
    Sharing,
    Tier,
)

MAX_PARTNERS = 40
MAX_ITEMS = 500
MAX_QUOTES = 2000
MAX_TIERS = 100
MAX_TRIALS = 50_000_000
MAX_CORRELATIONS = 5_000
#: Inputs that may take part in correlations (100 inputs have 4,950 pairs). The repair of
#: contradictory correlations costs one eigendecomposition per step, cubic in this number.
MAX_CORRELATED_INPUTS = 100
#: Units of one item the pool may have to buy (pooled need ÷ capacity per unit); beyond this a
#: capacity per unit is absurdly small for the demand (1e-12 per unit would mean 10¹² purchases).
MAX_UNITS = 1e9
#: The lists whose length is limited, checked before anything else so that an over-long list gives
#: one line ("41 partners: at most 40") instead of every follow-on problem.
LIMITS = {"partners": MAX_PARTNERS, "items": MAX_ITEMS, "quotes": MAX_QUOTES}

RISK_FIELDS = ("annual_benefit", "annual_operating_cost", "residual_value", "utilisation",
               "price_escalation")
#: Where each risk input's support must lie (None = unbounded on that side).
RISK_BOUNDS = {
    "annual_benefit": (0.0, None),
    "annual_operating_cost": (0.0, None),
    "residual_value": (0.0, 1.0),
    "utilisation": (0.0, 1.0),
    "price_escalation": (-1.0, None),
    "failure_loss": (0.0, 1.0),
    "discount_rate": (-0.5, 1.0),
}
SCENARIO_KEYS = ("schema_version", "meta", "partners", "items", "quotes", "demand", "coordination",
                 "sharing", "buy_up", "risk", "presentation")


def _distribution(c: Collector, place: str, value: Any, field_name: str, default: Any = 0.0):
    from .errors import ValidationError
    from .risk.distribution_json import parse_distribution

    if value is None:
        value = default
    try:
        return parse_distribution(value, place, bounds=RISK_BOUNDS.get(field_name))
    except ValidationError as e:
        c.problems.extend(e.problems)
        return None


def _meta(c: Collector, raw: Any) -> Meta:
    obj = checks.mapping(c, "Pool details", raw if raw is not None else {},
                         allowed=("name", "description", "currency", "author", "created", "modified"),
                         what="pool details") or {}
    currency = obj.get("currency", "EUR")
    if not (isinstance(currency, str) and re.fullmatch(r"[A-Z]{3}", currency)):
        c.add("Pool details › currency", f"use a three-letter ISO 4217 code such as EUR or CHF, not {currency!r}")
        currency = "EUR"
    vals = {k: checks.text(c, f"Pool details › {k}", obj.get(k), what=k, multiline=k == "description") or ""
            for k in ("name", "description", "author", "created", "modified")}
    return Meta(name=vals["name"] or "Untitled pool", description=vals["description"], currency=currency,
                author=vals["author"], created=vals["created"], modified=vals["modified"])


def _unique(c: Collector, what: str, ids: list[str | None]) -> None:
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident is None:
            continue
        if ident in seen:
            c.add(f"{what} {i + 1}", f"the id {ident!r} is used twice; every {what.lower()} needs its own id")
        seen.add(ident)


def _partners(c: Collector, raw: Any) -> list[Partner]:
    rows = checks.sequence(c, "Partners", raw, what="partners", limit=MAX_PARTNERS) or []
    out: list[Partner] = []
    for i, r in enumerate(rows):
        place = f"Partner {i + 1}"
        obj = checks.mapping(c, place, r, what="partner",
                             allowed=("id", "name", "alias", "employees", "sector", "dropout_probability"))
        if obj is None:
            continue
        if clean_label(obj.get("name")):
            place = f"Partner {i + 1} ({obj['name']!r})"
        pid = checks.identifier(c, f"{place} › id", obj.get("id"))
        name = checks.text(c, f"{place} › name", obj.get("name"), what="name", required=True)
        alias = checks.text(c, f"{place} › alias", obj.get("alias"), what="alias")
        sector = checks.text(c, f"{place} › sector", obj.get("sector"), what="sector")
        emp = obj.get("employees")
        if emp is not None:
            emp = checks.number(c, f"{place} › employees", emp, low=1, high=10_000_000, integer=True,
                                what="number of employees")
        drop = checks.number(c, f"{place} › drop-out probability", obj.get("dropout_probability", 0.0),
                             low=0.0, high=1.0, what="drop-out probability")
        out.append(Partner(id=pid, name=name or "", alias=alias or "",  # type: ignore[arg-type]  # None only while problems are pending
                           employees=int(emp) if emp is not None else None,
                           sector=sector or "", dropout_probability=drop or 0.0))
    _unique(c, "Partner", [p.id for p in out])
    return out


def _item_risk(c: Collector, place: str, raw: Any) -> ItemRisk | None:
    obj = checks.mapping(c, f"{place} › risk", raw, what="risk inputs",
                         allowed=RISK_FIELDS + ("failure_probability", "failure_loss", "failure_scope"))
    if obj is None:
        return None
    dists = {f: _distribution(c, f"{place} › {f.replace('_', ' ')}", obj.get(f), f,
                              default=1.0 if f in ("utilisation", "failure_loss") else 0.0)
             for f in RISK_FIELDS + ("failure_loss",)}
    fp = checks.number(c, f"{place} › failure probability", obj.get("failure_probability", 0.0),
                       low=0.0, high=1.0, what="failure probability")
    scope = checks.choice(c, f"{place} › failure scope", obj.get("failure_scope", "common"),
                          FAILURE_SCOPES, what="failure scope")
    return ItemRisk(failure_probability=fp or 0.0, failure_scope=scope or "common", **dists)


def _items(c: Collector, raw: Any) -> list[Item]:
    rows = checks.sequence(c, "Items", raw, what="items", limit=MAX_ITEMS) or []
    out: list[Item] = []
    for i, r in enumerate(rows):
        place = f"Item {i + 1}"
        obj = checks.mapping(c, place, r, what="item",
                             allowed=("id", "name", "category", "unit", "capacity_per_unit",
                                      "useful_life_years", "risk"))
        if obj is None:
            continue
        if clean_label(obj.get("name")):
            place = f"Item {obj['name']!r}"
        iid = checks.identifier(c, f"{place} › id", obj.get("id"))
        name = checks.text(c, f"{place} › name", obj.get("name"), what="name", required=True)
        cap = checks.number(c, f"{place} › capacity per unit", obj.get("capacity_per_unit", 1.0),
                            low=0.0, low_open=True, high=MAX_QUANTITY, what="capacity per unit")
        life = checks.number(c, f"{place} › useful life", obj.get("useful_life_years", 5.0),
                             low=0.0, low_open=True, high=100, what="useful life (years)")
        risk = _item_risk(c, place, obj["risk"]) if obj.get("risk") is not None else None
        out.append(Item(id=iid, name=name or "",  # type: ignore[arg-type]  # None only while problems are pending
                        category=checks.text(c, f"{place} › category", obj.get("category"), what="category") or "",
                        unit=checks.text(c, f"{place} › unit", obj.get("unit", "pieces"), what="unit") or "pieces",
                        capacity_per_unit=cap or 1.0, useful_life_years=life or 5.0, risk=risk))
    _unique(c, "Item", [it.id for it in out])
    return out


def _tiers(c: Collector, place: str, raw: Any, schedule: str | None) -> tuple[Tier, ...]:
    rows = checks.sequence(c, f"{place} › tiers", raw, what="tiers", limit=MAX_TIERS)
    if rows is None:
        return ()
    if not rows:
        c.add(place, "a quote needs at least one price tier")
        return ()
    tiers: list[Tier] = []
    for t, r in enumerate(rows):
        tplace = f"{place}, tier {t + 1}"
        obj = checks.mapping(c, tplace, r, what="tier", allowed=("min_quantity", "unit_price"))
        if obj is None:
            continue
        mq = checks.number(c, tplace, obj.get("min_quantity", 0 if t == 0 else None), high=MAX_QUANTITY,
                           integer=True, what="minimum quantity")
        up = checks.number(c, tplace, obj.get("unit_price"), high=MAX_AMOUNT, what="unit price")
        if mq is None or up is None:
            continue
        if tiers and mq <= tiers[-1].min_quantity:
            c.add(tplace, f"minimum quantity must be larger than tier {t}'s ({fmt(tiers[-1].min_quantity)}),"
                          f" not {fmt(mq)}")
            continue
        tiers.append(Tier(mq, up))
    if schedule == INCREMENTAL and tiers and tiers[0].min_quantity > 1:
        c.add(f"{place}, tier 1", "an incremental schedule must start at quantity 0 or 1 so that every unit has a price")
    return tuple(tiers)


def _quotes(c: Collector, raw: Any, items: list[Item]) -> list[Quote]:
    names = {it.id: it.name for it in items if it.id is not None}
    rows = checks.sequence(c, "Quotes", raw, what="quotes", limit=MAX_QUOTES) or []
    out: list[Quote] = []
    for i, r in enumerate(rows):
        place = f"Quote {i + 1}"
        obj = checks.mapping(c, place, r, what="quote",
                             allowed=("id", "item", "supplier", "schedule", "tiers", "fixed_fee",
                                      "min_order", "max_order", "valid_until"))
        if obj is None:
            continue
        item_id = obj.get("item")
        if not isinstance(item_id, str):
            c.add(f"{place} › item", f"the item must be given by its id (text), not {checks._kind(item_id)}")
            item_id = None
        supplier = clean_label(obj.get("supplier")) or ""
        if item_id in names:
            place = f"Quote '{names[item_id]}, {supplier}'" if supplier else f"Quote {i + 1} ('{names[item_id]}')"
        qid = checks.identifier(c, f"{place} › id", obj.get("id"))
        if item_id is not None and item_id not in names:
            c.add(f"{place} › item", f"refers to item {checks._short(item_id)}, which is not in the item list")
        supplier = checks.text(c, f"{place} › supplier", obj.get("supplier"), what="supplier") or ""
        schedule = checks.choice(c, f"{place} › schedule", obj.get("schedule", "all_units"), SCHEDULES,
                                 what="schedule")
        tiers = _tiers(c, place, obj.get("tiers"), schedule)
        fee = checks.number(c, f"{place} › fixed fee", obj.get("fixed_fee", 0.0), high=MAX_AMOUNT,
                            what="fixed fee")
        lim = {}
        for key, label in (("min_order", "minimum order"), ("max_order", "maximum order")):
            val = obj.get(key)
            lim[key] = None if val is None else checks.number(
                c, f"{place} › {label}", val, high=MAX_QUANTITY, integer=True, what=label)
        if lim["min_order"] is not None and lim["max_order"] is not None and lim["min_order"] > lim["max_order"]:
            c.add(f"{place} › maximum order", f"the maximum order ({fmt(lim['max_order'])}) is below the minimum"
                                              f" order ({fmt(lim['min_order'])})")
        if lim["max_order"] == 0:
            c.add(f"{place} › maximum order", "a maximum order of 0 makes the quote useless; leave it empty for no limit")
        valid = obj.get("valid_until")
        if valid is not None and not (isinstance(valid, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", valid)):
            c.add(f"{place} › valid until", f"use a date like 2027-03-31, not {valid!r}")
            valid = None
        out.append(Quote(id=qid, item_id=item_id if isinstance(item_id, str) else "", supplier=supplier,  # type: ignore[arg-type]  # None only while problems are pending
                         tiers=tiers, schedule=schedule or "all_units", fixed_fee=fee or 0.0,
                         min_order=lim["min_order"], max_order=lim["max_order"], valid_until=valid))
    _unique(c, "Quote", [q.id for q in out])
    return out


def _demand(c: Collector, raw: Any, partners: list[Partner], items: list[Item]) -> dict:
    pnames = {p.id: p.name for p in partners if p.id is not None}
    inames = {it.id: it.name for it in items if it.id is not None}
    demand: dict[tuple[str, str], float] = {}
    if raw is None:
        return demand
    if not isinstance(raw, dict):
        c.add("Demand", f"the demand must be an object {{partner id: {{item id: quantity}}}}, not {type(raw).__name__}")
        return demand
    for pid, row in raw.items():
        if pid not in pnames:
            refused = len(pnames) < len(partners)
            c.add("Demand", f"{checks._short(pid)} is not a partner of this pool"
                            + (" (a partner's id is refused above)" if refused else f" (partner ids: {_some(pnames)})"))
            continue
        place = f"Demand of {pnames[pid]!r}"
        if not isinstance(row, dict):
            c.add(place, f"expected an object {{item id: quantity}}, not {type(row).__name__}")
            continue
        for iid, q in row.items():
            if iid not in inames:
                refused = len(inames) < len(items)
                c.add(place, f"{checks._short(iid)} is not an item of this pool"
                             + (" (an item's id is refused above)" if refused else f" (item ids: {_some(inames)})"))
                continue
            val = checks.number(c, f"{place} for {inames[iid]!r}", q, high=MAX_QUANTITY, what="quantity")
            if val:
                demand[(pid, iid)] = val
    return demand


def _sharing(c: Collector, raw: Any, partners: list[Partner]) -> Sharing:
    obj = checks.mapping(c, "Sharing rule", raw if raw is not None else {}, what="sharing rule",
                         allowed=("rule", "coordination", "custom_percentages")) or {}
    rule = checks.choice(c, "Sharing rule", obj.get("rule", "shapley"), RULES, what="rule") or "shapley"
    coord = checks.choice(c, "Sharing rule › coordination cost", obj.get("coordination", "rule"),
                          COORDINATION_SHARING, what="way to share coordination cost") or "rule"
    ids = tuple(p.id for p in partners if p.id is not None)
    raw_pct = obj.get("custom_percentages") or {}
    pct = checks.mapping(c, "Sharing rule › custom percentages", raw_pct, allowed=ids,
                         what="custom percentages") or {}
    clean: dict[str, float] = {}
    for pid, val in pct.items():
        if pid in ids:
            v = checks.number(c, f"Sharing rule › custom percentage of {pid!r}", val, high=100,
                              what="percentage")
            if v is not None:
                clean[pid] = v
    if (rule == "custom" or clean) and abs(sum(clean.values()) - 100.0) > 1e-6:
        c.add("Sharing rule › custom percentages",
              f"the percentages must add up to 100, they add up to {fmt(sum(clean.values()))}")
    return Sharing(rule=rule, coordination=coord, custom_percentages=MappingProxyType(clean))


def _risk(c: Collector, raw: Any, items: list[Item]) -> RiskSettings:
    obj = checks.mapping(c, "Risk settings", raw if raw is not None else {}, what="risk settings",
                         allowed=("discount_rate", "trials", "seed", "sampling", "correlations")) or {}
    rate = _distribution(c, "Risk settings › discount rate", obj.get("discount_rate"), "discount_rate",
                         default=0.06)
    trials = checks.number(c, "Risk settings › trials", obj.get("trials", 10_000), low=1, high=MAX_TRIALS,
                           integer=True, what="number of trials")
    seed = checks.number(c, "Risk settings › seed", obj.get("seed", 12345), low=0, high=MAX_EXACT_INTEGER,
                         integer=True, what="seed")
    sampling = checks.choice(c, "Risk settings › sampling", obj.get("sampling", "lhs"), SAMPLING_METHODS,
                             what="sampling method")
    known = {"discount_rate"} | {f"{it.id}.{f}" for it in items if it.risk for f in RISK_FIELDS}
    pairs: list[tuple[str, str, float]] = []
    seen: set[frozenset] = set()
    for j, r in enumerate(checks.sequence(c, "Risk settings › correlations", obj.get("correlations"),
                                          what="correlations", limit=MAX_CORRELATIONS) or []):
        place = f"Risk settings › correlation {j + 1}"
        row = checks.mapping(c, place, r, allowed=("a", "b", "rho"), what="correlation")
        if row is None:
            continue
        a, b = row.get("a"), row.get("b")
        for name in (a, b):
            if not isinstance(name, str) or name not in known:
                c.add(place, f"{checks._short(name)} is not an uncertain input of this scenario"
                             f" (inputs are named like 'cobot.annual_benefit' or 'discount_rate')")
        if not (isinstance(a, str) and isinstance(b, str)):
            continue
        rho = checks.number(c, place, row.get("rho"), low=-1.0, high=1.0, what="rank correlation")
        if a == b and a is not None:
            c.add(place, "an input cannot be correlated with itself")
        elif a in known and b in known and rho is not None:
            if frozenset((a, b)) in seen:
                c.add(place, f"the pair {a} / {b} is given twice")
            seen.add(frozenset((a, b)))
            pairs.append((a, b, rho))
    involved = {name for a, b, _ in pairs for name in (a, b)}
    if len(involved) > MAX_CORRELATED_INPUTS:
        c.add("Risk settings › correlations", f"{len(involved):,} inputs take part in correlations: at most"
                                              f" {MAX_CORRELATED_INPUTS:,}")
    return RiskSettings(discount_rate=rate, trials=int(trials or 10_000), seed=int(seed if seed is not None else 0),
                        sampling=sampling or "lhs", correlations=tuple(pairs))


def _some(names: dict) -> str:
    shown = ", ".join(list(names)[:10])
    return (shown + (f" … ({len(names)} in all)" if len(names) > 10 else "")) or "none"


def limit_problems(obj: dict) -> list[Problem]:
    """One problem per list that is longer than its limit ("41 partners: at most 40")."""
    out = []
    for key, limit in LIMITS.items():
        rows = obj.get(key)
        if isinstance(rows, list) and len(rows) > limit:
            out.append(Problem(key.capitalize(), f"{len(rows):,} {key}: at most {limit:,}"))
    risk = obj.get("risk")
    rows = risk.get("correlations") if isinstance(risk, dict) else None
    if isinstance(rows, list) and len(rows) > MAX_CORRELATIONS:
        out.append(Problem("Risk settings › correlations",
                           f"{len(rows):,} correlations: at most {MAX_CORRELATIONS:,}"))
    return out


def _units(c: Collector, items: list[Item], demand: dict[tuple[str, str], float]) -> None:
    """Refuse items whose pooled need would mean buying more than MAX_UNITS units."""
    need: dict[str, float] = {}
    for (_, iid), q in demand.items():
        need[iid] = need.get(iid, 0.0) + q
    for it in items:
        total = need.get(it.id, 0.0)
        if total and total / it.capacity_per_unit > MAX_UNITS:
            c.add(f"Item {it.name!r} › capacity per unit",
                  f"the pool needs {fmt(total)} {it.unit or 'units'} of it; at {fmt(it.capacity_per_unit)} per unit"
                  f" that is {fmt(total / it.capacity_per_unit)} units to buy, more than the {fmt(MAX_UNITS)}"
                  " that can be priced; check the capacity per unit")


def scenario_from_dict(obj: Any) -> Scenario:
    """Build and validate a scenario from its JSON object; raises ValidationError with every problem.

    A list over its limit (partners, items, quotes, correlations) is reported alone, one line per
    limit, without the problems that would follow from it."""
    c = Collector()
    if checks.mapping(c, "", obj, allowed=SCENARIO_KEYS, what="scenario") is None:
        c.raise_if_any()
    over = limit_problems(obj)
    if over:
        raise ValidationError(over)
    meta = _meta(c, obj.get("meta"))
    partners = _partners(c, obj.get("partners"))
    items = _items(c, obj.get("items"))
    quotes = _quotes(c, obj.get("quotes"), items)
    demand = _demand(c, obj.get("demand"), partners, items)
    co = checks.mapping(c, "Coordination cost", obj.get("coordination") or {}, what="coordination cost",
                        allowed=("fixed", "per_member", "per_pair")) or {}
    coord = Coordination(**{k: checks.number(c, f"Coordination cost › {k.replace('_', ' ')}", co.get(k, 0.0),
                                             high=MAX_AMOUNT, what="amount") or 0.0
                            for k in ("fixed", "per_member", "per_pair")})
    sharing = _sharing(c, obj.get("sharing"), partners)
    buy_up = obj.get("buy_up", True)
    if not isinstance(buy_up, bool):
        c.add("Buy up to the next tier", f"must be true or false, not {buy_up!r}")
    risk = _risk(c, obj.get("risk"), items)
    _units(c, items, demand)
    presentation = parse_presentation(c, obj.get("presentation"))
    quoted = {q.item_id for q in quotes}
    demanded = {iid for _, iid in demand}
    for it in items:
        if it.id is not None and it.id not in quoted and it.id in demanded:
            c.add(f"Item {it.name!r}", "there is demand for it but no quote; add at least one quote")
    c.raise_if_any()
    return Scenario(meta=meta, partners=tuple(partners), items=tuple(items), quotes=tuple(quotes),
                    demand=MappingProxyType(demand), coordination=coord, sharing=sharing,
                    buy_up=bool(buy_up), risk=risk, presentation=presentation)


def _num_out(x: float) -> int | float:
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else x


def _dist_out(d: Any) -> Any:
    return d.to_dict() if d is not None else None


def scenario_to_dict(s: Scenario) -> dict:
    """The JSON object of a scenario, in the documented file format, with ``schema_version``."""
    from .model import SCHEMA_VERSION

    def partner(p: Partner) -> dict:
        d: dict[str, Any] = {"id": p.id, "name": p.name}
        if p.alias:
            d["alias"] = p.alias
        if p.employees is not None:
            d["employees"] = p.employees
        if p.sector:
            d["sector"] = p.sector
        if p.dropout_probability:
            d["dropout_probability"] = p.dropout_probability
        return d

    def item(it: Item) -> dict:
        d: dict[str, Any] = {"id": it.id, "name": it.name, "category": it.category, "unit": it.unit,
                             "capacity_per_unit": _num_out(it.capacity_per_unit),
                             "useful_life_years": _num_out(it.useful_life_years)}
        if it.risk is not None:
            r = it.risk
            d["risk"] = {f: _dist_out(getattr(r, f)) for f in RISK_FIELDS}
            d["risk"].update(failure_probability=r.failure_probability, failure_loss=_dist_out(r.failure_loss),
                             failure_scope=r.failure_scope)
        return d

    def quote(q: Quote) -> dict:
        d: dict[str, Any] = {"id": q.id, "item": q.item_id, "supplier": q.supplier, "schedule": q.schedule,
                             "tiers": [{"min_quantity": _num_out(t.min_quantity), "unit_price": _num_out(t.unit_price)}
                                       for t in q.tiers],
                             "fixed_fee": _num_out(q.fixed_fee)}
        for key in ("min_order", "max_order", "valid_until"):
            val = getattr(q, key)
            if val is not None:
                d[key] = _num_out(val) if not isinstance(val, str) else val
        return d

    demand: dict[str, dict[str, Any]] = {}
    for p in s.partners:
        row = {it.id: _num_out(s.demand[(p.id, it.id)]) for it in s.items if s.demand.get((p.id, it.id))}
        if row:
            demand[p.id] = row
    m = s.meta
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "meta": {"name": m.name, "description": m.description, "currency": m.currency, "author": m.author,
                 "created": m.created, "modified": m.modified},
        "partners": [partner(p) for p in s.partners],
        "items": [item(it) for it in s.items],
        "quotes": [quote(q) for q in s.quotes],
        "demand": demand,
        "coordination": {k: _num_out(getattr(s.coordination, k)) for k in ("fixed", "per_member", "per_pair")},
        "sharing": {"rule": s.sharing.rule, "coordination": s.sharing.coordination},
        "buy_up": s.buy_up,
        "risk": {"discount_rate": _dist_out(s.risk.discount_rate), "trials": s.risk.trials, "seed": s.risk.seed,
                 "sampling": s.risk.sampling,
                 "correlations": [{"a": a, "b": b, "rho": r} for a, b, r in s.risk.correlations]},
    }
    if s.sharing.custom_percentages:
        out["sharing"]["custom_percentages"] = dict(s.sharing.custom_percentages)
    if s.presentation:
        out["presentation"] = presentation_to_dict(s.presentation)
    return out
