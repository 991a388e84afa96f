"""Builders of small scenarios for tests (plain dataclasses, no file needed)."""

from __future__ import annotations

from types import MappingProxyType

from coop_calc.model import Coordination, Item, Partner, Quote, Scenario, Sharing, Tier


def quote(qid: str, item: str, tiers, schedule: str = "all_units", fee: float = 0.0, supplier: str = "",
          min_order=None, max_order=None) -> Quote:
    return Quote(id=qid, item_id=item, supplier=supplier or qid, schedule=schedule, fixed_fee=fee,
                 tiers=tuple(Tier(float(m), float(p)) for m, p in tiers), min_order=min_order,
                 max_order=max_order)


def scenario(demand: dict, quotes: list[Quote], items: list[Item] | None = None,
             coordination: Coordination | None = None, buy_up: bool = True, rule: str = "shapley",
             coordination_sharing: str = "rule", custom=None) -> Scenario:
    """demand: {partner id: {item id: quantity}}; items default to capacity-1 items named by id."""
    pids = list(demand)
    iids = sorted({k for row in demand.values() for k in row} | {q.item_id for q in quotes})
    items = items or [Item(id=i, name=i) for i in iids]
    d = {(p, i): float(q) for p, row in demand.items() for i, q in row.items() if q}
    return Scenario(partners=tuple(Partner(id=p, name=f"Firm {p}") for p in pids), items=tuple(items),
                    quotes=tuple(quotes), demand=MappingProxyType(d),
                    coordination=coordination or Coordination(), buy_up=buy_up,
                    sharing=Sharing(rule=rule, coordination=coordination_sharing,
                                    custom_percentages=MappingProxyType(custom or {})))
