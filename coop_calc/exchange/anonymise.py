"""Anonymised copies of a scenario and its analysis: aliases instead of names, neutral ids.

Partner ``i`` becomes ``Partner A`` (its alias, see :meth:`Scenario.alias_of`) with the id
``partner-a`` (always from the partner's position, so ids stay unique even when aliases repeat).
Employees and sector are dropped because in a small pool they identify a firm; the author and the
free-text description are dropped; partner names and ids inside the pool's name become aliases.
Everything that drives the numbers (demand, drop-out probability, custom percentages) is kept, so
an anonymised analysis gives exactly the same amounts.
"""

from __future__ import annotations

import dataclasses
import re
from types import MappingProxyType

from ..analysis import Analysis
from ..model import Partner, Scenario, default_alias


def anonymous_id(index: int) -> str:
    """The neutral id of the partner at ``index``: 'partner-a', 'partner-b', …"""
    return default_alias(index).lower().replace(" ", "-")


def _scrub(text: str, replacements: list[tuple[str, str]]) -> str:
    """``text`` with every whole-word occurrence of each term (case-insensitive) replaced."""
    for term, repl in sorted(replacements, key=lambda tr: -len(tr[0])):
        if term.strip():
            text = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", lambda _m, r=repl: r, text, flags=re.IGNORECASE)
    return text


MIN_ID_LENGTH = 3  # shorter ids ('a', 'p1') identify no one and would mangle ordinary words


def redact(text: str, scenario: Scenario) -> str:
    """``text`` with each partner's name and id (whole words, any case) replaced by its alias."""
    reps: list[tuple[str, str]] = []
    for i, p in enumerate(scenario.partners):
        reps.append((p.name, scenario.alias_of(i)))
        if len(p.id) >= MIN_ID_LENGTH:
            reps.append((p.id, scenario.alias_of(i)))
    return _scrub(text, reps)


def anonymise_scenario(scenario: Scenario) -> Scenario:
    """A copy of ``scenario`` in which no partner can be recognised by name, id, size or sector."""
    ids = {p.id: anonymous_id(i) for i, p in enumerate(scenario.partners)}
    partners = tuple(Partner(id=ids[p.id], name=scenario.alias_of(i), alias=scenario.alias_of(i),
                             dropout_probability=p.dropout_probability)
                     for i, p in enumerate(scenario.partners))
    demand = MappingProxyType({(ids.get(pid, pid), iid): q for (pid, iid), q in scenario.demand.items()})
    pct = MappingProxyType({ids.get(pid, pid): v for pid, v in scenario.sharing.custom_percentages.items()})
    # the description is free text that may name partners in any form ("the Hartmann plant"): dropped
    meta = dataclasses.replace(scenario.meta, name=redact(scenario.meta.name, scenario), description="", author="")
    return dataclasses.replace(scenario, meta=meta, partners=partners, demand=demand,
                               sharing=dataclasses.replace(scenario.sharing, custom_percentages=pct))


def anonymise_analysis(a: Analysis) -> Analysis:
    """The same analysis with the anonymised scenario and partner labels (no recomputation)."""
    s = a.scenario
    anon = anonymise_scenario(s)
    ids = {p.id: anonymous_id(i) for i, p in enumerate(s.partners)}
    r = a.savings
    partners = tuple(dataclasses.replace(p, id=ids[p.id], name=s.alias_of(i), alias=s.alias_of(i))
                     for i, p in enumerate(r.partners))
    leave = tuple(dataclasses.replace(e, partner_id=ids.get(e.partner_id, e.partner_id)) for e in r.leave_one_out)
    report = dataclasses.replace(r, partners=partners, leave_one_out=leave)
    return Analysis(anon, report, a.costs, a.splits)


def confidential_redactor(scenario: Scenario, keep: int, placeholder: str = "another partner"):
    """A function that removes every other partner's name and alias (and id, when it has at least
    MIN_ID_LENGTH characters) from a text, for the confidential statement of the partner ``keep``."""
    reps: list[tuple[str, str]] = []
    for i, p in enumerate(scenario.partners):
        if i == keep:
            continue
        reps += [(p.name, placeholder), (scenario.alias_of(i), placeholder)]
        if len(p.id) >= MIN_ID_LENGTH:
            reps.append((p.id, placeholder))

    def clean(text: str) -> str:
        return _scrub(text, reps) if isinstance(text, str) else text
    return clean
