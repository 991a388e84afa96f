"""Anonymised copies of a scenario and its analysis: aliases instead of names, neutral ids, clean texts.

Partner ``i`` becomes its alias (``Partner A`` unless the scenario sets another, see
:meth:`Scenario.alias_of`) with the id ``partner-a`` (always from the partner's position, so ids stay
unique even when aliases repeat). Employees and sector are dropped because in a small pool they
identify a firm; the author and the free-text description are dropped. Every other text the pool wrote
— its name, item names, categories and units, supplier names, item and quote ids — is cleaned by
:class:`~coop_calc.exchange.redaction.Redactor`: a partner's name, id or a distinctive word of them,
in any spelling, becomes its alias; an item or quote id that carried one becomes ``item-3`` /
``quote-2``. What cannot be cleaned safely is listed by :func:`anonymisation_findings` so that the
user can rename it or accept it before the export. Everything that drives the numbers (demand,
drop-out probability, custom percentages, correlations) is kept, so an anonymised analysis gives
exactly the same amounts.

With a ``project``, aliases and ids follow a partner's first appearance in the union of the project's
scenarios, so a partner keeps its alias in every variant, and names of partners that only appear in
other variants are cleaned too.
"""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from ..analysis import Analysis
from ..messages import Msg, Text
from ..model import Partner, Project, Scenario, default_alias
from .redaction import MIN_ID_LENGTH, Finding, Redactor, fold


def anonymous_id(index: int) -> str:
    """The neutral id of the partner at ``index``: 'partner-a', 'partner-b', …"""
    return default_alias(index).lower().replace(" ", "-")


def partner_table(scenario: Scenario, project: Project | None = None) -> list[tuple[Partner, str, str]]:
    """(partner, alias, anonymous id) for every partner of ``scenario`` and of ``project`` (in order of
    first appearance, this scenario's partners last unless they appear in the project)."""
    seen: dict[str, Partner] = {}
    for s in (project.scenarios if project else ()) + (scenario,):
        for p in s.partners:
            seen.setdefault(p.id, p)
    own = {p.id: i for i, p in enumerate(scenario.partners)}
    out = []
    for j, p in enumerate(seen.values()):
        alias = p.alias or (scenario.alias_of(own[p.id]) if project is None and p.id in own else default_alias(j))
        out.append((p, alias, anonymous_id(j)))
    return out


def redactor(scenario: Scenario, project: Project | None = None,
             table: list[tuple[Partner, str, str]] | None = None) -> Redactor:
    """The cleaner of every text of ``scenario`` for anonymised outputs (names → aliases); ``table`` is
    :func:`partner_table` when the caller has it already."""
    table = partner_table(scenario, project) if table is None else table
    authors = " ".join(s.meta.author for s in ((project.scenarios if project else ()) + (scenario,)))
    return Redactor([(p, alias) for p, alias, _ in table], author=authors)


def redact(text: str, scenario: Scenario) -> str:
    """``text`` with each partner's name, id and distinctive name words (any spelling) replaced by its alias."""
    return redactor(scenario).clean(text)


def _texts(scenario: Scenario) -> list[tuple[Text, str]]:
    """(place, text) of every free text an anonymised export keeps."""
    out: list[tuple[Text, str]] = [(Msg("anon_place_pool_name"), scenario.meta.name)]
    for it in scenario.items:
        item = f"'{it.name}'"
        out += [(Msg("collect_place_item", item=item, field=Msg("collect_field_name")), it.name),
                (Msg("collect_place_item", item=item, field=Msg("anon_field_category")), it.category),
                (Msg("collect_place_item", item=item, field=Msg("anon_field_unit")), it.unit)]
    out += [(Msg("anon_place_supplier", quote=f"'{q.id}'"), q.supplier) for q in scenario.quotes]
    return out


def anonymisation_findings(scenario: Scenario, project: Project | None = None) -> list[Finding]:
    """Every text of ``scenario`` that may still point to a partner after anonymisation, with where it
    stands and why (see :mod:`coop_calc.exchange.redaction`). Empty means the anonymised outputs
    carry no identity the cleaner knows of. Ids are always made neutral, so they never appear here."""
    table = partner_table(scenario, project)
    r = redactor(scenario, project, table)
    found = [f for place, t in _texts(scenario) for f in r.findings(t, place)]
    for p, alias, _ in table:
        if p.alias:
            cleaned = r.clean(p.alias)
            if cleaned != p.alias or r.findings(p.alias, ""):
                found.append(Finding(Msg("anon_place_alias", alias=f"'{p.alias}'"), p.alias, p.alias,
                                     Msg("anon_alias_itself")))
    return found


def _has_identity(text: str, r: Redactor) -> bool:
    return r.clean(text) != text or bool(r.findings(text, ""))


def _neutral_ids(ids: list[str], r: Redactor, prefix: str) -> dict[str, str]:
    """Old id → new id: ids that carry an identity (in any form) become ``<prefix>-<n>``."""
    taken = {fold(i)[0] for i in ids}
    out, n = {}, 0
    for old in ids:
        if not _has_identity(old, r):
            continue
        n += 1
        while f"{prefix}-{n}" in taken:
            n += 1
        out[old] = f"{prefix}-{n}"
        taken.add(out[old])
    return out


def remap_input(name: str, maps: list[dict[str, str]]) -> str:
    """A risk input name ('<partner>.dropout', '<item>.annual_benefit', '<partner>.<item>.failure')
    with its ids renamed."""
    return ".".join(next((m[part] for m in maps if part in m), part) for part in name.split("."))


def anonymise_scenario(scenario: Scenario, project: Project | None = None) -> Scenario:
    """A copy of ``scenario`` in which no partner can be recognised by name, id, size, sector or any
    text (up to the :func:`anonymisation_findings`, which are kept as cleaned as they can be)."""
    rows = partner_table(scenario, project)
    r = redactor(scenario, project, rows)
    table = {p.id: (alias, anon) for p, alias, anon in rows}
    ids = {pid: anon for pid, (_, anon) in table.items()}
    items = _neutral_ids([it.id for it in scenario.items], r, "item")
    quotes = _neutral_ids([q.id for q in scenario.quotes], r, "quote")
    partners = tuple(Partner(id=ids[p.id], name=table[p.id][0], alias=table[p.id][0],
                             dropout_probability=p.dropout_probability) for p in scenario.partners)
    demand = MappingProxyType({(ids.get(pid, pid), items.get(iid, iid)): q for (pid, iid), q in scenario.demand.items()})
    pct = MappingProxyType({ids.get(pid, pid): v for pid, v in scenario.sharing.custom_percentages.items()})
    corr = tuple((remap_input(a, [ids, items]), remap_input(b, [ids, items]), rho)
                 for a, b, rho in scenario.risk.correlations)
    meta = dataclasses.replace(scenario.meta, name=r.clean(scenario.meta.name), description="", author="")
    new_items = tuple(dataclasses.replace(it, id=items.get(it.id, it.id), name=r.clean(it.name),
                                          category=r.clean(it.category), unit=r.clean(it.unit))
                      for it in scenario.items)
    new_quotes = tuple(dataclasses.replace(q, id=quotes.get(q.id, q.id), item_id=items.get(q.item_id, q.item_id),
                                           supplier=r.clean(q.supplier)) for q in scenario.quotes)
    return dataclasses.replace(scenario, meta=meta, partners=partners, demand=demand, items=new_items,
                               quotes=new_quotes, risk=dataclasses.replace(scenario.risk, correlations=corr),
                               sharing=dataclasses.replace(scenario.sharing, custom_percentages=pct))


def relabel_analysis(a: Analysis, anon: Scenario) -> Analysis:
    """``a`` relabelled for ``anon`` (an anonymised copy of the analysed scenario: same partners, items
    and quotes in the same order); no recomputation."""
    s = a.scenario
    item_id = {old.id: new.id for old, new in zip(s.items, anon.items)}
    quote = {old.id: new for old, new in zip(s.quotes, anon.quotes)}

    def purchase(x):
        q = quote.get(x.quote_id) if x.quote_id is not None else None
        return dataclasses.replace(x, item_id=item_id.get(x.item_id, x.item_id),
                                   quote_id=q.id if q else x.quote_id, supplier=q.supplier if q else "")

    r = a.savings
    partners = tuple(dataclasses.replace(p, id=anon.partners[i].id, name=anon.partners[i].name,
                                         alias=anon.partners[i].alias, purchases=tuple(purchase(x) for x in p.purchases))
                     for i, p in enumerate(r.partners))
    leave = tuple(dataclasses.replace(e, partner_id=anon.partners[i].id) for i, e in enumerate(r.leave_one_out))
    report = dataclasses.replace(r, partners=partners, leave_one_out=leave, items=tuple(purchase(x) for x in r.items))
    return Analysis(anon, report, a.costs, a.splits)


def anonymise_analysis(a: Analysis, project: Project | None = None) -> Analysis:
    """The same analysis with the anonymised scenario, partner labels, item and supplier texts."""
    return relabel_analysis(a, anonymise_scenario(a.scenario, project))


def confidential_redactor(scenario: Scenario, keep: int, placeholder: str = "another partner"):
    """A function that removes every other partner's name, distinctive name words, id (at least
    MIN_ID_LENGTH characters) and alias, in any spelling, from a text, for the confidential
    statement of the partner ``keep``."""
    others = [i for i in range(scenario.n) if i != keep]
    phrases = [(scenario.alias_of(i), placeholder) for i in others]
    phrases += [(scenario.partners[i].id, placeholder) for i in others if len(scenario.partners[i].id) >= MIN_ID_LENGTH]
    r = Redactor([(p, placeholder) for p in scenario.partners], targets=others, phrases=phrases)

    def clean(text: str) -> str:
        return r.clean(text) if isinstance(text, str) else text
    return clean
