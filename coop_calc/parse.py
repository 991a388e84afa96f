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
from .checks import MAX_AMOUNT, MAX_EXACT_INTEGER, MAX_QUANTITY, clean_label
from .deck import parse_presentation, presentation_to_dict
from .errors import Collector, Problem, ValidationError
from .messages import Msg, Text
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
#: The risk inputs' names in places ("Item 'Cobot' › annual benefit").
RISK_LABELS = {
    "annual_benefit": Msg("f_annual_benefit"),
    "annual_operating_cost": Msg("f_annual_operating_cost"),
    "residual_value": Msg("f_residual_value"),
    "utilisation": Msg("f_utilisation"),
    "price_escalation": Msg("f_price_escalation"),
    "failure_loss": Msg("f_failure_loss"),
}
SCENARIO_KEYS = ("schema_version", "meta", "partners", "items", "quotes", "demand", "coordination",
                 "sharing", "buy_up", "risk", "presentation")


def at(outer: Text, inner: Text) -> Msg:
    """The place ``inner`` inside ``outer`` ("Partner 1 › name") in any language."""
    return Msg("place_in", outer=outer, inner=inner)


def _distribution(c: Collector, place: Text, value: Any, field_name: str, default: Any = 0.0):
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
    place = Msg("p_pool_details")
    obj = checks.mapping(c, place, raw if raw is not None else {},
                         allowed=("name", "description", "currency", "author", "created", "modified"),
                         what=Msg("w_pool_details")) or {}
    currency = obj.get("currency", "EUR")
    if not (isinstance(currency, str) and re.fullmatch(r"[A-Z]{3}", currency)):
        c.add(at(place, Msg("f_currency")), Msg("bad_currency", value=repr(currency)))
        currency = "EUR"
    labels = {"name": Msg("f_name"), "description": Msg("f_description"), "author": Msg("f_author"),
              "created": Msg("f_created"), "modified": Msg("f_modified")}
    vals = {k: checks.text(c, at(place, label), obj.get(k), what=label, multiline=k == "description") or ""
            for k, label in labels.items()}
    return Meta(name=vals["name"] or "Untitled pool", description=vals["description"], currency=currency,
                author=vals["author"], created=vals["created"], modified=vals["modified"])


def _unique(c: Collector, table: str, ids: list[str | None]) -> None:
    """Report each id used a second time in ``table`` ("partners", "items" or "quotes")."""
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident is None:
            continue
        if ident in seen:
            if table == "partners":
                c.add(Msg("p_partner", n=i + 1), Msg("duplicate_partner_id", id=repr(ident)))
            elif table == "items":
                c.add(Msg("p_item", n=i + 1), Msg("duplicate_item_id", id=repr(ident)))
            else:
                c.add(Msg("p_quote", n=i + 1), Msg("duplicate_quote_id", id=repr(ident)))
        seen.add(ident)


def _partners(c: Collector, raw: Any) -> list[Partner]:
    rows = checks.sequence(c, Msg("p_partners"), raw, what=Msg("w_partners"), limit=MAX_PARTNERS) or []
    out: list[Partner] = []
    for i, r in enumerate(rows):
        place = Msg("p_partner", n=i + 1)
        obj = checks.mapping(c, place, r, what=Msg("w_partner"),
                             allowed=("id", "name", "alias", "employees", "sector", "dropout_probability"))
        if obj is None:
            continue
        if clean_label(obj.get("name")):
            place = Msg("p_partner_named", n=i + 1, name=repr(obj["name"]))
        pid = checks.identifier(c, at(place, Msg("f_id")), obj.get("id"))
        name = checks.text(c, at(place, Msg("f_name")), obj.get("name"), what=Msg("f_name"), required=True)
        alias = checks.text(c, at(place, Msg("f_alias")), obj.get("alias"), what=Msg("f_alias"))
        sector = checks.text(c, at(place, Msg("f_sector")), obj.get("sector"), what=Msg("f_sector"))
        emp = obj.get("employees")
        if emp is not None:
            emp = checks.number(c, at(place, Msg("f_employees")), emp, low=1, high=10_000_000, integer=True,
                                what=Msg("w_employees"))
        drop = checks.number(c, at(place, Msg("f_dropout")), obj.get("dropout_probability", 0.0),
                             low=0.0, high=1.0, what=Msg("f_dropout"))
        out.append(Partner(id=pid, name=name or "", alias=alias or "",  # type: ignore[arg-type]  # None only while problems are pending
                           employees=int(emp) if emp is not None else None,
                           sector=sector or "", dropout_probability=drop or 0.0))
    _unique(c, "partners", [p.id for p in out])
    return out


def _item_risk(c: Collector, place: Text, raw: Any) -> ItemRisk | None:
    obj = checks.mapping(c, at(place, Msg("f_risk")), raw, what=Msg("w_risk_inputs"),
                         allowed=RISK_FIELDS + ("failure_probability", "failure_loss", "failure_scope"))
    if obj is None:
        return None
    dists = {f: _distribution(c, at(place, RISK_LABELS[f]), obj.get(f), f,
                              default=1.0 if f in ("utilisation", "failure_loss") else 0.0)
             for f in RISK_FIELDS + ("failure_loss",)}
    fp = checks.number(c, at(place, Msg("f_failure_probability")), obj.get("failure_probability", 0.0),
                       low=0.0, high=1.0, what=Msg("f_failure_probability"))
    scope = checks.choice(c, at(place, Msg("f_failure_scope")), obj.get("failure_scope", "common"),
                          FAILURE_SCOPES, what=Msg("f_failure_scope"))
    return ItemRisk(failure_probability=fp or 0.0, failure_scope=scope or "common", **dists)


def _items(c: Collector, raw: Any) -> list[Item]:
    rows = checks.sequence(c, Msg("p_items"), raw, what=Msg("w_items"), limit=MAX_ITEMS) or []
    out: list[Item] = []
    for i, r in enumerate(rows):
        place = Msg("p_item", n=i + 1)
        obj = checks.mapping(c, place, r, what=Msg("w_item"),
                             allowed=("id", "name", "category", "unit", "capacity_per_unit",
                                      "useful_life_years", "risk"))
        if obj is None:
            continue
        if clean_label(obj.get("name")):
            place = Msg("p_item_named", name=repr(obj["name"]))
        iid = checks.identifier(c, at(place, Msg("f_id")), obj.get("id"))
        name = checks.text(c, at(place, Msg("f_name")), obj.get("name"), what=Msg("f_name"), required=True)
        cap = checks.number(c, at(place, Msg("f_capacity")), obj.get("capacity_per_unit", 1.0),
                            low=0.0, low_open=True, high=MAX_QUANTITY, what=Msg("f_capacity"))
        life = checks.number(c, at(place, Msg("f_useful_life")), obj.get("useful_life_years", 5.0),
                             low=0.0, low_open=True, high=100, what=Msg("w_useful_life"))
        risk = _item_risk(c, place, obj["risk"]) if obj.get("risk") is not None else None
        category = checks.text(c, at(place, Msg("f_category")), obj.get("category"), what=Msg("f_category"))
        unit = checks.text(c, at(place, Msg("f_unit")), obj.get("unit", "pieces"), what=Msg("f_unit"))
        out.append(Item(id=iid, name=name or "",  # type: ignore[arg-type]  # None only while problems are pending
                        category=category or "", unit=unit or "pieces",
                        capacity_per_unit=cap or 1.0, useful_life_years=life or 5.0, risk=risk))
    _unique(c, "items", [it.id for it in out])
    return out


def _tiers(c: Collector, place: Text, raw: Any, schedule: str | None) -> tuple[Tier, ...]:
    rows = checks.sequence(c, at(place, Msg("f_tiers")), raw, what=Msg("w_tiers"), limit=MAX_TIERS)
    if rows is None:
        return ()
    if not rows:
        c.add(place, Msg("no_tier"))
        return ()
    tiers: list[Tier] = []
    for t, r in enumerate(rows):
        tplace = Msg("p_tier", quote=place, n=t + 1)
        obj = checks.mapping(c, tplace, r, what=Msg("w_tier"), allowed=("min_quantity", "unit_price"))
        if obj is None:
            continue
        mq = checks.number(c, tplace, obj.get("min_quantity", 0 if t == 0 else None), high=MAX_QUANTITY,
                           integer=True, what=Msg("w_min_quantity"))
        up = checks.number(c, tplace, obj.get("unit_price"), high=MAX_AMOUNT, what=Msg("w_unit_price"))
        if mq is None or up is None:
            continue
        if tiers and mq <= tiers[-1].min_quantity:
            c.add(tplace, Msg("tier_not_increasing", t=t, previous=tiers[-1].min_quantity, x=mq))
            continue
        tiers.append(Tier(mq, up))
    if schedule == INCREMENTAL and tiers and tiers[0].min_quantity > 1:
        c.add(Msg("p_tier", quote=place, n=1), Msg("incremental_start"))
    return tuple(tiers)


def _quotes(c: Collector, raw: Any, items: list[Item]) -> list[Quote]:
    names = {it.id: it.name for it in items if it.id is not None}
    rows = checks.sequence(c, Msg("p_quotes"), raw, what=Msg("w_quotes"), limit=MAX_QUOTES) or []
    out: list[Quote] = []
    for i, r in enumerate(rows):
        place: Text = Msg("p_quote", n=i + 1)
        obj = checks.mapping(c, place, r, what=Msg("w_quote"),
                             allowed=("id", "item", "supplier", "schedule", "tiers", "fixed_fee",
                                      "min_order", "max_order", "valid_until"))
        if obj is None:
            continue
        item_id = obj.get("item")
        if not isinstance(item_id, str):
            c.add(at(place, Msg("f_item")), Msg("quote_item_not_text", kind=checks._kind(item_id)))
            item_id = None
        supplier = clean_label(obj.get("supplier")) or ""
        if item_id in names:
            place = (Msg("p_quote_item_supplier", item=names[item_id], supplier=supplier) if supplier
                     else Msg("p_quote_item", n=i + 1, item=names[item_id]))
        qid = checks.identifier(c, at(place, Msg("f_id")), obj.get("id"))
        if item_id is not None and item_id not in names:
            c.add(at(place, Msg("f_item")), Msg("quote_item_unknown", item=checks._short(item_id)))
        supplier = checks.text(c, at(place, Msg("f_supplier")), obj.get("supplier"), what=Msg("f_supplier")) or ""
        schedule = checks.choice(c, at(place, Msg("f_schedule")), obj.get("schedule", "all_units"), SCHEDULES,
                                 what=Msg("f_schedule"))
        tiers = _tiers(c, place, obj.get("tiers"), schedule)
        fee = checks.number(c, at(place, Msg("f_fixed_fee")), obj.get("fixed_fee", 0.0), high=MAX_AMOUNT,
                            what=Msg("f_fixed_fee"))
        lim = {}
        for key, label in (("min_order", Msg("f_min_order")), ("max_order", Msg("f_max_order"))):
            val = obj.get(key)
            lim[key] = None if val is None else checks.number(
                c, at(place, label), val, high=MAX_QUANTITY, integer=True, what=label)
        if lim["min_order"] is not None and lim["max_order"] is not None and lim["min_order"] > lim["max_order"]:
            c.add(at(place, Msg("f_max_order")), Msg("max_below_min_order", high=lim["max_order"], low=lim["min_order"]))
        if lim["max_order"] == 0:
            c.add(at(place, Msg("f_max_order")), Msg("max_order_zero"))
        valid = obj.get("valid_until")
        if valid is not None and not (isinstance(valid, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", valid)):
            c.add(at(place, Msg("f_valid_until")), Msg("bad_date", value=repr(valid)))
            valid = None
        out.append(Quote(id=qid, item_id=item_id if isinstance(item_id, str) else "", supplier=supplier,  # type: ignore[arg-type]  # None only while problems are pending
                         tiers=tiers, schedule=schedule or "all_units", fixed_fee=fee or 0.0,
                         min_order=lim["min_order"], max_order=lim["max_order"], valid_until=valid))
    _unique(c, "quotes", [q.id for q in out])
    return out


def _demand(c: Collector, raw: Any, partners: list[Partner], items: list[Item]) -> dict:
    pnames = {p.id: p.name for p in partners if p.id is not None}
    inames = {it.id: it.name for it in items if it.id is not None}
    demand: dict[tuple[str, str], float] = {}
    if raw is None:
        return demand
    if not isinstance(raw, dict):
        c.add(Msg("p_demand"), Msg("demand_not_object", kind=checks._type_word(raw)))
        return demand
    for pid, row in raw.items():
        if pid not in pnames:
            if len(pnames) < len(partners):
                c.add(Msg("p_demand"), Msg("demand_partner_unknown_refused", partner=checks._short(pid)))
            else:
                c.add(Msg("p_demand"), Msg("demand_partner_unknown", partner=checks._short(pid), ids=_some(pnames)))
            continue
        place = Msg("p_demand_of", partner=repr(pnames[pid]))
        if not isinstance(row, dict):
            c.add(place, Msg("demand_row_not_object", kind=checks._type_word(row)))
            continue
        for iid, q in row.items():
            if iid not in inames:
                if len(inames) < len(items):
                    c.add(place, Msg("demand_item_unknown_refused", item=checks._short(iid)))
                else:
                    c.add(place, Msg("demand_item_unknown", item=checks._short(iid), ids=_some(inames)))
                continue
            val = checks.number(c, Msg("p_demand_of_for", partner=repr(pnames[pid]), item=repr(inames[iid])), q,
                                high=MAX_QUANTITY, what=Msg("w_quantity"))
            if val:
                demand[(pid, iid)] = val
    return demand


def _sharing(c: Collector, raw: Any, partners: list[Partner]) -> Sharing:
    place = Msg("p_sharing")
    obj = checks.mapping(c, place, raw if raw is not None else {}, what=Msg("w_sharing_rule"),
                         allowed=("rule", "coordination", "custom_percentages")) or {}
    rule = checks.choice(c, place, obj.get("rule", "shapley"), RULES, what=Msg("w_rule")) or "shapley"
    coord = checks.choice(c, at(place, Msg("f_coordination_cost")), obj.get("coordination", "rule"),
                          COORDINATION_SHARING, what=Msg("w_coordination_sharing")) or "rule"
    ids = tuple(p.id for p in partners if p.id is not None)
    raw_pct = obj.get("custom_percentages") or {}
    pct_place = at(place, Msg("f_custom_percentages"))
    pct = checks.mapping(c, pct_place, raw_pct, allowed=ids, what=Msg("f_custom_percentages")) or {}
    clean: dict[str, float] = {}
    for pid, val in pct.items():
        if pid in ids:
            v = checks.number(c, at(place, Msg("f_custom_percentage_of", partner=repr(pid))), val, high=100,
                              what=Msg("w_percentage"))
            if v is not None:
                clean[pid] = v
    if (rule == "custom" or clean) and abs(sum(clean.values()) - 100.0) > 1e-6:
        c.add(pct_place, Msg("percentages_sum", total=float(sum(clean.values()))))
    return Sharing(rule=rule, coordination=coord, custom_percentages=MappingProxyType(clean))


def _risk(c: Collector, raw: Any, items: list[Item]) -> RiskSettings:
    top = Msg("p_risk_settings")
    obj = checks.mapping(c, top, raw if raw is not None else {}, what=Msg("w_risk_settings"),
                         allowed=("discount_rate", "trials", "seed", "sampling", "correlations")) or {}
    rate = _distribution(c, at(top, Msg("f_discount_rate")), obj.get("discount_rate"), "discount_rate",
                         default=0.06)
    trials = checks.number(c, at(top, Msg("f_trials")), obj.get("trials", 10_000), low=1, high=MAX_TRIALS,
                           integer=True, what=Msg("w_trials"))
    seed = checks.number(c, at(top, Msg("f_seed")), obj.get("seed", 12345), low=0, high=MAX_EXACT_INTEGER,
                         integer=True, what=Msg("f_seed"))
    sampling = checks.choice(c, at(top, Msg("f_sampling")), obj.get("sampling", "lhs"), SAMPLING_METHODS,
                             what=Msg("w_sampling"))
    known = {"discount_rate"} | {f"{it.id}.{f}" for it in items if it.risk for f in RISK_FIELDS}
    pairs: list[tuple[str, str, float]] = []
    seen: set[frozenset] = set()
    corr_place = at(top, Msg("f_correlations"))
    for j, r in enumerate(checks.sequence(c, corr_place, obj.get("correlations"),
                                          what=Msg("w_correlations"), limit=MAX_CORRELATIONS) or []):
        place = at(top, Msg("p_correlation", n=j + 1))
        row = checks.mapping(c, place, r, allowed=("a", "b", "rho"), what=Msg("w_correlation"))
        if row is None:
            continue
        a, b = row.get("a"), row.get("b")
        for name in (a, b):
            if not isinstance(name, str) or name not in known:
                c.add(place, Msg("correlation_input_unknown", name=checks._short(name)))
        if not (isinstance(a, str) and isinstance(b, str)):
            continue
        rho = checks.number(c, place, row.get("rho"), low=-1.0, high=1.0, what=Msg("w_rank_correlation"))
        if a == b and a is not None:
            c.add(place, Msg("correlation_with_itself"))
        elif a in known and b in known and rho is not None:
            if frozenset((a, b)) in seen:
                c.add(place, Msg("correlation_twice", a=a, b=b))
            seen.add(frozenset((a, b)))
            pairs.append((a, b, rho))
    involved = {name for a, b, _ in pairs for name in (a, b)}
    if len(involved) > MAX_CORRELATED_INPUTS:
        c.add(corr_place, Msg("too_many_correlated", n=len(involved), limit=MAX_CORRELATED_INPUTS))
    return RiskSettings(discount_rate=rate, trials=int(trials or 10_000), seed=int(seed if seed is not None else 0),
                        sampling=sampling or "lhs", correlations=tuple(pairs))


def _some(names: dict) -> Text:
    """Up to ten ids of ``names`` ("a, b, c … (12 in all)"), or "none"."""
    if not names:
        return Msg("none")
    shown = ", ".join(list(names)[:10])
    return Msg("ids_of_all", ids=shown, n=len(names)) if len(names) > 10 else shown


def limit_problems(obj: dict) -> list[Problem]:
    """One problem per list that is longer than its limit ("41 partners: at most 40")."""
    out = []
    places = {"partners": Msg("p_partners"), "items": Msg("p_items"), "quotes": Msg("p_quotes")}
    for key, limit in LIMITS.items():
        rows = obj.get(key)
        if isinstance(rows, list) and len(rows) > limit:
            reason = {"partners": Msg("limit_partners", n=len(rows), limit=limit),
                      "items": Msg("limit_items", n=len(rows), limit=limit),
                      "quotes": Msg("limit_quotes", n=len(rows), limit=limit)}[key]
            out.append(Problem(places[key], reason))
    risk = obj.get("risk")
    rows = risk.get("correlations") if isinstance(risk, dict) else None
    if isinstance(rows, list) and len(rows) > MAX_CORRELATIONS:
        out.append(Problem(at(Msg("p_risk_settings"), Msg("f_correlations")),
                           Msg("limit_correlations", n=len(rows), limit=MAX_CORRELATIONS)))
    return out


def _units(c: Collector, items: list[Item], demand: dict[tuple[str, str], float]) -> None:
    """Refuse items whose pooled need would mean buying more than MAX_UNITS units."""
    need: dict[str, float] = {}
    for (_, iid), q in demand.items():
        need[iid] = need.get(iid, 0.0) + q
    for it in items:
        total = need.get(it.id, 0.0)
        if total and total / it.capacity_per_unit > MAX_UNITS:
            c.add(at(Msg("p_item_named", name=repr(it.name)), Msg("f_capacity")),
                  Msg("too_many_units", need=float(total), unit=it.unit,
                      capacity=float(it.capacity_per_unit), units=float(total / it.capacity_per_unit),
                      limit=float(MAX_UNITS)))


def scenario_from_dict(obj: Any) -> Scenario:
    """Build and validate a scenario from its JSON object; raises ValidationError with every problem.

    A list over its limit (partners, items, quotes, correlations) is reported alone, one line per
    limit, without the problems that would follow from it."""
    c = Collector()
    if checks.mapping(c, "", obj, allowed=SCENARIO_KEYS, what=Msg("w_scenario")) is None:
        c.raise_if_any()
    over = limit_problems(obj)
    if over:
        raise ValidationError(over)
    meta = _meta(c, obj.get("meta"))
    partners = _partners(c, obj.get("partners"))
    items = _items(c, obj.get("items"))
    quotes = _quotes(c, obj.get("quotes"), items)
    demand = _demand(c, obj.get("demand"), partners, items)
    cplace = Msg("p_coordination")
    co = checks.mapping(c, cplace, obj.get("coordination") or {}, what=Msg("f_coordination_cost"),
                        allowed=("fixed", "per_member", "per_pair")) or {}
    labels = {"fixed": Msg("f_fixed"), "per_member": Msg("f_per_member"), "per_pair": Msg("f_per_pair")}
    coord = Coordination(**{k: checks.number(c, at(cplace, label), co.get(k, 0.0),
                                             high=MAX_AMOUNT, what=Msg("w_amount")) or 0.0
                            for k, label in labels.items()})
    sharing = _sharing(c, obj.get("sharing"), partners)
    buy_up = obj.get("buy_up", True)
    if not isinstance(buy_up, bool):
        c.add(Msg("p_buy_up"), Msg("not_true_false", value=repr(buy_up)))
    risk = _risk(c, obj.get("risk"), items)
    _units(c, items, demand)
    presentation = parse_presentation(c, obj.get("presentation"))
    quoted = {q.item_id for q in quotes}
    demanded = {iid for _, iid in demand}
    for it in items:
        if it.id is not None and it.id not in quoted and it.id in demanded:
            c.add(Msg("p_item_named", name=repr(it.name)), Msg("demand_without_quote"))
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
