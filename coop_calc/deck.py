"""The presentation deck's slides: their keys, the default order, and the scenario file's optional
``"presentation"`` field that keeps the coordinator's choice.

A deck is a list of slide keys in the order they are shown. An empty list means "the default deck"
(every slide that has something to show), so files written before the field existed, and files
whose author never chose, show the default deck.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from . import checks
from .errors import Collector
from .messages import Msg
from .model import Scenario

#: Every slide, in the default order. ``comparison`` only shows when the project has two or more
#: scenarios; ``risk`` shows a simulation (run by the deck when none exists); ``advice`` the best
#: division of the pool and what to ask the suppliers for (computed by the deck). A saved choice
#: written before a slide existed simply does not list it.
SLIDES: tuple[str, ...] = ("savings", "partners", "split", "prices", "leave", "risk", "advice", "comparison")


def default_slides(scenarios: int = 1) -> tuple[str, ...]:
    """The default deck: every slide, without the scenario comparison for a single scenario."""
    return tuple(k for k in SLIDES if k != "comparison" or scenarios > 1)


def effective_slides(chosen: tuple[str, ...], scenarios: int = 1) -> tuple[str, ...]:
    """The slides shown for the saved choice ``chosen`` (empty: the default deck); the comparison is
    dropped while the project has a single scenario."""
    keys = chosen or default_slides(scenarios)
    shown = tuple(k for k in keys if k in SLIDES and (k != "comparison" or scenarios > 1))
    return shown or default_slides(scenarios)


def parse_presentation(c: Collector, raw: Any) -> tuple[str, ...]:
    """The ``"presentation"`` object of a scenario file: ``{"slides": ["savings", "split", …]}``.

    Missing or null gives ``()`` (the default deck). Unknown slide keys and repeated slides are
    reported with their place; nothing is dropped silently."""
    if raw is None:
        return ()
    place = Msg("p_presentation")
    obj = checks.mapping(c, place, raw, allowed=("slides",), what=Msg("w_presentation"))
    if obj is None:
        return ()
    slides = checks.sequence(c, Msg("place_in", outer=place, inner=Msg("f_slides")), obj.get("slides"),
                             what=Msg("f_slides"), limit=len(SLIDES))
    if not slides:
        return ()
    out: list[str] = []
    for j, key in enumerate(slides):
        where = Msg("place_in", outer=place, inner=Msg("p_slide", n=j + 1))
        if key not in SLIDES:
            c.add(where, Msg("slide_unknown", name=repr(key), known=", ".join(SLIDES)))
        elif key in out:
            c.add(where, Msg("slide_twice", name=repr(key)))
        else:
            out.append(key)
    return tuple(out)


def presentation_to_dict(slides: tuple[str, ...]) -> dict | None:
    """The file's ``"presentation"`` object, or None (field left out) for the default deck."""
    return {"slides": list(slides)} if slides else None


@dataclass(frozen=True)
class WhatIf:
    """A question asked live in the meeting, never saved: coordination cost scaled by
    ``coordination_scale`` (1.0 = as entered), every price of ``supplier`` (tiers and fixed fees)
    changed by ``price_change`` (a fraction: −0.1 = 10 % cheaper), and the partners ``left_out``
    (ids) not in the pool."""

    coordination_scale: float = 1.0
    supplier: str = ""
    price_change: float = 0.0
    left_out: frozenset[str] = frozenset()

    @property
    def is_neutral(self) -> bool:
        """True when the what-if changes nothing (the saved scenario is shown)."""
        return self.coordination_scale == 1.0 and (not self.supplier or self.price_change == 0.0) \
            and not self.left_out


def suppliers(scenario: Scenario) -> list[str]:
    """The scenario's suppliers, each once, in the order of their first quote."""
    return list(dict.fromkeys(q.supplier for q in scenario.quotes if q.supplier))


def what_if(scenario: Scenario, change: WhatIf) -> Scenario:
    """``scenario`` as the what-if ``change`` asks; the original is not modified.

    Partners left out disappear with their demand; under negotiated percentages the remaining
    partners' percentages are rescaled to sum to 100 %. Raises ValidationError for a negative or
    non-finite scale, a price change of −100 % or less, an unknown supplier or partner, or when no
    partner would be left."""
    problems = Collector()
    if not math.isfinite(change.coordination_scale) or change.coordination_scale < 0:
        problems.add("What-if › coordination cost", "the scale must be zero or more")
    if not math.isfinite(change.price_change) or change.price_change <= -1.0:
        problems.add("What-if › price change", "a price can fall by less than 100 % only")
    if change.supplier and change.supplier not in suppliers(scenario):
        problems.add("What-if › supplier", f"no quote comes from {change.supplier!r}")
    ids = {p.id for p in scenario.partners}
    unknown = sorted(change.left_out - ids)
    if unknown:
        problems.add("What-if › partners", f"no partner has the id {unknown[0]!r}")
    if ids and ids <= change.left_out:
        problems.add("What-if › partners", "at least one partner must stay in the pool")
    problems.raise_if_any()
    c = scenario.coordination
    k = change.coordination_scale
    coordination = replace(c, fixed=c.fixed * k, per_member=c.per_member * k, per_pair=c.per_pair * k)
    quotes = scenario.quotes
    if change.supplier and change.price_change:
        f = 1.0 + change.price_change
        quotes = tuple(replace(q, fixed_fee=q.fixed_fee * f,
                               tiers=tuple(replace(t, unit_price=t.unit_price * f) for t in q.tiers))
                       if q.supplier == change.supplier else q for q in scenario.quotes)
    out = change.left_out
    partners = tuple(p for p in scenario.partners if p.id not in out)
    demand = MappingProxyType({key: q for key, q in scenario.demand.items() if key[0] not in out})
    sharing = scenario.sharing
    if out and sharing.custom_percentages:
        kept = {pid: v for pid, v in sharing.custom_percentages.items() if pid not in out}
        total = sum(kept.values())
        kept = {pid: 100.0 * v / total for pid, v in kept.items()} if total > 0 else kept
        sharing = replace(sharing, custom_percentages=MappingProxyType(kept))
    return replace(scenario, coordination=coordination, quotes=quotes, partners=partners, demand=demand,
                   sharing=sharing)
