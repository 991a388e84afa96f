"""Partners shown by alias everywhere: anonymised scenarios, analyses, projects and risk results.

Built on :mod:`coop_calc.exchange.anonymise`, so the screen, the presentation and the chart images
clean texts exactly as the anonymised exports do. What this module adds is the project view:
*consistency across the scenarios of a project*: a partner keeps the same alias and id in
every variant ("base", "without partner C"), because aliases are taken from the partner's position
in the union of all scenarios' partners (first appearance), not from its position in one scenario.
Numbers never change: only names, ids and texts do, so an anonymised analysis needs no recomputation.
A risk result can be relabelled from one naming to the other (:func:`relabelled_risk`) because the
simulation depends on partner positions only.
"""

from __future__ import annotations

import copy
import dataclasses
from types import MappingProxyType

from .analysis import Analysis
from .exchange.anonymise import anonymise_scenario, relabel_analysis, remap_input
from .exchange.redaction import MIN_ID_LENGTH, Redactor
from .model import Meta, Partner, Project, Scenario


def anonymised(scenario: Scenario, project: Project | None = None) -> Scenario:
    """``scenario`` with every partner shown by alias: names and ids replaced, size, sector, author and
    description dropped, partner names (any spelling, distinctive fragments) cleaned from every text —
    the very cleaning of the anonymised exports (:func:`coop_calc.exchange.anonymise.anonymise_scenario`).
    Amounts, demand and settings are unchanged."""
    return anonymise_scenario(scenario, project)


def anonymised_analysis(analysis: Analysis, scenario: Scenario) -> Analysis:
    """``analysis`` relabelled for ``scenario`` (an anonymised copy of the analysed one: same partners,
    items and quotes in the same order); no recomputation."""
    return relabel_analysis(analysis, scenario)


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
    olds = [(Partner(id=oid, name=oname), new_names[i]) for i, (oid, oname) in enumerate(zip(old_ids, result.partner_names))]
    phrases = [(oname, new_names[i]) for i, oname in enumerate(result.partner_names)]
    phrases += [(oid, new_ids[i]) for i, oid in enumerate(old_ids) if len(oid) >= MIN_ID_LENGTH]
    # names, their distinctive words and ids in any spelling (item names in input labels may carry them)
    cleaner = Redactor(olds, phrases=sorted(phrases, key=lambda tr: -len(tr[0])))
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
    out.sensitivity = {key.get(k, k): [dict(row, input=cleaner.clean(row["input"])) for row in rows]
                       for k, rows in result.sensitivity.items()}
    out.notes = [cleaner.clean(n) for n in result.notes]
    if result.correlation is not None:
        corr = copy.deepcopy(result.correlation)
        for pair in corr.get("pairs", []):
            for f in ("a", "b"):
                if isinstance(pair.get(f), str):
                    pair[f] = cleaner.clean(pair[f])
        out.correlation = corr
    return out


def without_names(scenario: Scenario) -> Scenario:
    """``scenario`` with every name, id and text that does not enter a computation blanked out
    (partners become p0, p1, …): two scenarios that differ only in naming compare equal. Used to tell
    whether a risk result still belongs to the scenario shown."""
    ids = {p.id: f"p{i}" for i, p in enumerate(scenario.partners)}
    items = {it.id: f"i{k}" for k, it in enumerate(scenario.items)}
    partners = tuple(Partner(id=ids[p.id], name="", dropout_probability=p.dropout_probability)
                     for p in scenario.partners)
    demand = MappingProxyType({(ids.get(pid, pid), items.get(iid, iid)): q for (pid, iid), q in scenario.demand.items()})
    pct = MappingProxyType({ids.get(pid, pid): v for pid, v in scenario.sharing.custom_percentages.items()})
    corr = tuple((remap_input(a, [ids, items]), remap_input(b, [ids, items]), rho)
                 for a, b, rho in scenario.risk.correlations)
    return dataclasses.replace(
        scenario, meta=Meta(currency=scenario.meta.currency), partners=partners, demand=demand,
        items=tuple(dataclasses.replace(it, id=items[it.id], name="", category="", unit="") for it in scenario.items),
        quotes=tuple(dataclasses.replace(q, id=f"q{j}", item_id=items.get(q.item_id, q.item_id), supplier="")
                     for j, q in enumerate(scenario.quotes)),
        risk=dataclasses.replace(scenario.risk, correlations=corr),
        sharing=dataclasses.replace(scenario.sharing, custom_percentages=pct), presentation=())
