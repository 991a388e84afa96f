"""Anonymised export of a whole scenario: the workbook and the scenario file with aliases.

Partners appear as their aliases (Partner A, B, …) with neutral ids (partner-a, …) in every sheet,
chart, table, defined name and document property, and in the scenario JSON; employees, sector, the
author and the free-text description are left out, and every text the pool wrote is cleaned of
partner names in any spelling (see :mod:`coop_calc.exchange.anonymise`). The numbers are exactly those
of the named scenario.

Texts the cleaner cannot clean safely (:func:`~coop_calc.exchange.anonymise.anonymisation_findings`)
stop the export with :class:`RiskyTexts` unless the caller accepts them (``accept_risky=True``,
``--accept-risky`` on the command line, "Export anyway" in the window).
"""

from __future__ import annotations

import os
from typing import Any, Mapping

from ..analysis import Analysis, analyse
from ..errors import Problem, ValidationError
from ..model import Project, Scenario
from ..scenario_io import atomic_write_text, project_to_json
from .anonymise import anonymisation_findings, anonymise_scenario
from .redaction import Finding
from .results import Results, results
from .workbook import build_workbook, save_workbook


class RiskyTexts(ValidationError):
    """Texts that may still identify a partner in an anonymised output; ``findings`` lists them."""

    def __init__(self, findings: list[Finding]):
        self.findings = list(findings)
        super().__init__([Problem(f.place, f"{f.text!r} may identify a partner: {f.reason}") for f in findings])

    def first_line(self, lang: str = "en") -> str:
        n = len(self.findings)
        return (f"{n} text{'s' if n > 1 else ''} may still identify a partner after anonymisation "
                f"(first: {self.problems[0]}); rename them or accept them")


def check_anonymisable(scenario: Scenario, project: Project | None = None, accept_risky: bool = False) -> list[Finding]:
    """The findings of ``scenario``; raises :class:`RiskyTexts` when there are any and they are not accepted."""
    found = anonymisation_findings(scenario, project)
    if found and not accept_risky:
        raise RiskyTexts(found)
    return found


def anonymised_json(scenario: Scenario) -> str:
    """The anonymised scenario as the text of a scenario file (.coop.json)."""
    return project_to_json(Project((anonymise_scenario(scenario),)))


def export_anonymised(source: Analysis | Scenario, xlsx_path: str | os.PathLike | None = None,
                      json_path: str | os.PathLike | None = None, *,
                      risk: Mapping[str, Any] | None = None, accept_risky: bool = False) -> list[Finding]:
    """Write the anonymised workbook (``xlsx_path``) and/or scenario file (``json_path``).

    Refuses with :class:`RiskyTexts` (writing nothing) when a text may still identify a partner,
    unless ``accept_risky``; returns the accepted findings."""
    a = source if isinstance(source, Analysis) else None
    scenario = source.scenario if isinstance(source, Analysis) else source
    found = check_anonymisable(scenario, accept_risky=accept_risky)
    if xlsx_path is not None:
        res: Results = results(a or analyse(scenario), anonymise=True)
        save_workbook(build_workbook(res, risk, risk_scenario=scenario), xlsx_path)
    if json_path is not None:
        atomic_write_text(json_path, anonymised_json(scenario))
    return found
