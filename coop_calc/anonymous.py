"""Partners shown by alias everywhere: anonymised scenarios, analyses, projects and risk results.

Built on :mod:`coop_calc.exchange.anonymise` (its ``redact`` and ``anonymous_id``). What this module
adds is *consistency across the scenarios of a project*: a partner keeps the same alias and id in
every variant ("base", "without partner C"), because aliases are taken from the partner's position
in the union of all scenarios' partners (first appearance), not from its position in one scenario.
Numbers never change: only names, ids and texts do, so an anonymised analysis needs no recomputation.
A risk result can be relabelled from one naming to the other (:func:`relabelled_risk`) because the
simulation depends on partner positions only.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from types import MappingProxyType

from .analysis import Analysis
from .exchange.anonymise import anonymous_id
from .model import Meta, Partner, Project, Scenario, default_alias


def _scrub(text: str, replacements: list[tuple[str, str]]) -> str:
    """``text`` with every whole-word, case-insensitive occurrence of each term replaced, longest
    terms first (so "Kessler Anlagentechnik GmbH" goes before "kessler"), in one pass."""
    terms = {t.lower(): r for t, r in replacements if t.strip()}
    if not terms or not text:
        return text
    pattern = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", lambda m: terms[m.group(0).lower()], text, flags=re.IGNORECASE)


def _union(scenarios: tuple[Scenario, ...]) -> list[Partner]:
    seen: dict[str, Partner] = {}
    for s in scenarios:
        for p in s.partners:
            seen.setdefault(p.id, p)
    return list(seen.values())


def alias_table(scenario: Scenario, project: Project | None = None) -> dict[str, tuple[str, str]]:
    """partner id → (alias, anonymous id) for every partner of ``scenario`` (and of ``project``).

    An explicit alias is kept; otherwise the alias follows the partner's first appearance in the
    project (or its position in the scenario when there is no project)."""
    pool = _union(((project.scenarios if project else ()) + (scenario,)))
    out = {}
    for j, p in enumerate(pool):
        out[p.id] = (p.alias or default_alias(j), anonymous_id(j))
    return out


def _replacements(table: dict[str, tuple[str, str]], partners: list[Partner]) -> list[tuple[str, str]]:
    reps = []
    for p in partners:
        alias = table[p.id][0]
        reps += [(p.name, alias), (p.id, alias)]
    return reps


def anonymised(scenario: Scenario, project: Project | None = None) -> Scenario:
    """``scenario`` with every partner shown by alias: names and ids replaced, size and sector
    dropped, partner names scrubbed from the pool's name and description, item names and suppliers.
    Amounts, demand and settings are unchanged."""
    table = alias_table(scenario, project)
    reps = _replacements(table, _union(((project.scenarios if project else ()) + (scenario,))))
    ids = {pid: anon for pid, (_, anon) in table.items()}
    partners = tuple(Partner(id=ids[p.id], name=table[p.id][0], alias=table[p.id][0],
                             dropout_probability=p.dropout_probability) for p in scenario.partners)
    demand = MappingProxyType({(ids.get(pid, pid), iid): q for (pid, iid), q in scenario.demand.items()})
    pct = MappingProxyType({ids.get(pid, pid): v for pid, v in scenario.sharing.custom_percentages.items()})
    m = scenario.meta
    meta = Meta(name=_scrub(m.name, reps), description=_scrub(m.description, reps), currency=m.currency,
                created=m.created, modified=m.modified)
    items = tuple(dataclasses.replace(it, name=_scrub(it.name, reps)) for it in scenario.items)
    quotes = tuple(dataclasses.replace(q, supplier=_scrub(q.supplier, reps)) for q in scenario.quotes)
    return dataclasses.replace(scenario, meta=meta, partners=partners, demand=demand, items=items,
                               quotes=quotes, sharing=dataclasses.replace(scenario.sharing, custom_percentages=pct))


def anonymised_analysis(analysis: Analysis, scenario: Scenario) -> Analysis:
    """``analysis`` relabelled for ``scenario`` (an anonymised copy of the analysed one: same partners
    in the same order); no recomputation."""
    r = analysis.savings
    ids = [p.id for p in scenario.partners]
    sup = {q.id: q.supplier for q in scenario.quotes}

    def purchase(x):
        return dataclasses.replace(x, supplier=sup.get(x.quote_id, x.supplier))

    partners = tuple(dataclasses.replace(p, id=ids[i], name=scenario.partners[i].name, alias=scenario.partners[i].alias,
                                         purchases=tuple(purchase(x) for x in p.purchases))
                     for i, p in enumerate(r.partners))
    leave = tuple(dataclasses.replace(e, partner_id=ids[i]) for i, e in enumerate(r.leave_one_out))
    report = dataclasses.replace(r, partners=partners, leave_one_out=leave,
                                 items=tuple(purchase(x) for x in r.items))
    return Analysis(scenario, report, analysis.costs, analysis.splits)


def anonymised_project(project: Project) -> Project:
    """Every scenario of ``project`` anonymised with aliases that agree across the scenarios."""
    return Project(tuple(anonymised(s, project) for s in project.scenarios))


def relabelled_risk(result, scenario: Scenario):
    """A copy of a :class:`~coop_calc.risk.simulate.RiskResult` labelled with ``scenario``'s partner ids
    and names (matched by position), with every old name and id in its texts replaced. Used to show a
    result computed on the named scenario anonymously, and the other way round."""
    if len(result.partner_ids) != scenario.n:
        raise ValueError("the risk result and the scenario have different numbers of partners")
    old_ids, new_ids = list(result.partner_ids), [p.id for p in scenario.partners]
    new_names = [p.name for p in scenario.partners]
    if old_ids == new_ids and list(result.partner_names) == new_names:
        return result
    reps = []
    for i, (oid, oname) in enumerate(zip(old_ids, result.partner_names)):
        reps += [(oname, new_names[i]), (oid, new_ids[i])]
    key = dict(zip(old_ids, new_ids))

    def rekey(d: dict) -> dict:
        out = {}
        for k, v in d.items():
            who, _, side = k.rpartition("/")
            out[f"{key.get(who, who)}/{side}" if who else key.get(k, k)] = v
        return out

    out = copy.copy(result)
    out.partner_ids, out.partner_names = new_ids, new_names
    out.scenario_name = scenario.meta.name
    out.histograms, out.s_curves = rekey(result.histograms), rekey(result.s_curves)
    out.sensitivity = {key.get(k, k): [dict(row, input=_scrub(row["input"], reps)) for row in rows]
                       for k, rows in result.sensitivity.items()}
    out.notes = [_scrub(n, reps) for n in result.notes]
    if result.correlation is not None:
        corr = copy.deepcopy(result.correlation)
        for pair in corr.get("pairs", []):
            for f in ("a", "b"):
                if isinstance(pair.get(f), str):
                    pair[f] = _scrub(pair[f], reps)
        out.correlation = corr
    return out


def without_names(scenario: Scenario) -> Scenario:
    """``scenario`` with every name, id and text that does not enter a computation blanked out
    (partners become p0, p1, …): two scenarios that differ only in naming compare equal. Used to tell
    whether a risk result still belongs to the scenario shown."""
    ids = {p.id: f"p{i}" for i, p in enumerate(scenario.partners)}
    partners = tuple(Partner(id=ids[p.id], name="", dropout_probability=p.dropout_probability)
                     for p in scenario.partners)
    demand = MappingProxyType({(ids.get(pid, pid), iid): q for (pid, iid), q in scenario.demand.items()})
    pct = MappingProxyType({ids.get(pid, pid): v for pid, v in scenario.sharing.custom_percentages.items()})
    return dataclasses.replace(
        scenario, meta=Meta(currency=scenario.meta.currency), partners=partners, demand=demand,
        items=tuple(dataclasses.replace(it, name="", category="") for it in scenario.items),
        quotes=tuple(dataclasses.replace(q, supplier="") for q in scenario.quotes),
        sharing=dataclasses.replace(scenario.sharing, custom_percentages=pct))
