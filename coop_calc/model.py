"""The scenario document: frozen dataclasses for partners, items, quotes, demand and settings.

A :class:`Scenario` is immutable; edits make a new one (``dataclasses.replace``). Amounts are in the
scenario's currency, quantities in the item's unit of need, durations in years, rates and shares as
fractions (0.05 = 5 %). Parsing and validation of the JSON form live in :mod:`coop_calc.parse`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

import numpy as np

SCHEMA_VERSION = 1

ALL_UNITS = "all_units"
INCREMENTAL = "incremental"
SCHEDULES = (ALL_UNITS, INCREMENTAL)

#: Rules that split the pooled cost (section C of the spec), in the order the UI lists them.
RULES = (
    "shapley",
    "nucleolus",
    "proportional_volume",
    "proportional_standalone",
    "equal_price",
    "equal_savings",
    "custom",
)
#: How coordination cost is shared: inside the game (split by the rule), equally, or by volume.
COORDINATION_SHARING = ("rule", "equal", "proportional_volume")
SAMPLING_METHODS = ("plain", "lhs", "sobol")
FAILURE_SCOPES = ("common", "independent")


def default_alias(index: int) -> str:
    """'Partner A', 'Partner B', … 'Partner Z', 'Partner AA', … for the partner at ``index``."""
    letters = ""
    i = index
    while True:
        letters = chr(ord("A") + i % 26) + letters
        i = i // 26 - 1
        if i < 0:
            break
    return f"Partner {letters}"


@dataclass(frozen=True)
class Meta:
    name: str = "Untitled pool"
    description: str = ""
    currency: str = "EUR"
    author: str = ""
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class Partner:
    id: str
    name: str
    alias: str = ""
    employees: int | None = None
    sector: str = ""
    #: Probability (0–1) that the partner leaves the pool before the purchase (risk model).
    dropout_probability: float = 0.0


@dataclass(frozen=True)
class Tier:
    """From ``min_quantity`` units on, a unit costs ``unit_price``."""

    min_quantity: float
    unit_price: float


@dataclass(frozen=True)
class Quote:
    id: str
    item_id: str
    supplier: str
    tiers: tuple[Tier, ...]
    schedule: str = ALL_UNITS
    #: Paid once per order (delivery, integration, set-up), in currency.
    fixed_fee: float = 0.0
    #: Order limits in purchased units; ``None`` means no limit.
    min_order: float | None = None
    max_order: float | None = None
    valid_until: str | None = None

    @property
    def label(self) -> str:
        return f"{self.supplier}" if self.supplier else self.id


@dataclass(frozen=True)
class ItemRisk:
    """Uncertain inputs of one item; every field is a distribution (see docs/methods-risk.md).

    Amounts are per year: ``annual_benefit`` per unit of need, ``annual_operating_cost`` per
    purchased unit. ``residual_value`` is a share of the purchase price recovered at the end of the
    useful life, ``utilisation`` the realised share of planned need, ``price_escalation`` the
    relative price change between quote and purchase, ``failure_loss`` the share of benefit lost
    when the technology fails (an event of probability ``failure_probability``).
    """

    annual_benefit: Any
    annual_operating_cost: Any
    residual_value: Any
    utilisation: Any
    price_escalation: Any
    failure_probability: float = 0.0
    failure_loss: Any = None
    failure_scope: str = "common"


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    category: str = ""
    unit: str = "pieces"
    #: How much need one purchased unit covers (1 for ordinary goods; e.g. 4000 machine-hours).
    capacity_per_unit: float = 1.0
    useful_life_years: float = 5.0
    risk: ItemRisk | None = None


@dataclass(frozen=True)
class Coordination:
    """Coordination cost of a pool of two or more members (a partner alone pays none)."""

    fixed: float = 0.0
    per_member: float = 0.0
    per_pair: float = 0.0

    def cost(self, members: int) -> float:
        if members < 2:
            return 0.0
        return self.fixed + self.per_member * members + self.per_pair * members * (members - 1) / 2


@dataclass(frozen=True)
class Sharing:
    rule: str = "shapley"
    coordination: str = "rule"
    #: partner id → percentage of the savings (used by the "custom" rule; sums to 100).
    custom_percentages: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class RiskSettings:
    discount_rate: Any = None
    trials: int = 10_000
    seed: int = 12345
    sampling: str = "lhs"
    #: (input name, input name, Spearman rank correlation)
    correlations: tuple[tuple[str, str, float], ...] = ()


@dataclass(frozen=True)
class Scenario:
    meta: Meta = field(default_factory=Meta)
    partners: tuple[Partner, ...] = ()
    items: tuple[Item, ...] = ()
    quotes: tuple[Quote, ...] = ()
    #: (partner id, item id) → quantity of need, in the item's unit. Missing pairs mean 0.
    demand: Mapping[tuple[str, str], float] = field(default_factory=lambda: MappingProxyType({}))
    coordination: Coordination = field(default_factory=Coordination)
    sharing: Sharing = field(default_factory=Sharing)
    #: Allow buying up to a tier's (or the minimum order's) quantity when that is cheaper.
    buy_up: bool = True
    risk: RiskSettings = field(default_factory=RiskSettings)
    #: The presentation deck's slides in order (keys of :data:`coop_calc.deck.SLIDES`); empty: the
    #: default deck.
    presentation: tuple[str, ...] = ()

    @property
    def n(self) -> int:
        return len(self.partners)

    def partner_ids(self) -> list[str]:
        return [p.id for p in self.partners]

    def item_ids(self) -> list[str]:
        return [it.id for it in self.items]

    def quotes_for(self, item_id: str) -> list[Quote]:
        return [q for q in self.quotes if q.item_id == item_id]

    def demand_matrix(self) -> np.ndarray:
        """Partner × item matrix of needs (rows in partner order, columns in item order)."""
        pidx = {p.id: i for i, p in enumerate(self.partners)}
        kidx = {it.id: k for k, it in enumerate(self.items)}
        d = np.zeros((len(self.partners), len(self.items)))
        for (pid, iid), q in self.demand.items():
            if pid in pidx and iid in kidx:
                d[pidx[pid], kidx[iid]] = q
        return d

    def alias_of(self, index: int) -> str:
        return self.partners[index].alias or default_alias(index)


@dataclass(frozen=True)
class Project:
    """Several scenarios of one pool ("base", "without partner C", …) kept in one file."""

    scenarios: tuple[Scenario, ...]
