"""Anonymised export of a whole scenario: the workbook and the scenario file with aliases.

Partners appear as their aliases (Partner A, B, …) with neutral ids (partner-a, …) in every sheet,
chart, table, defined name and document property, and in the scenario JSON; employees, sector, the
author and the free-text description are left out (see :mod:`coop_calc.exchange.anonymise`). The
numbers are exactly those of the named scenario.
"""

from __future__ import annotations

import os
from typing import Any, Mapping

from ..analysis import Analysis, analyse
from ..model import Project, Scenario
from ..scenario_io import atomic_write_text, project_to_json
from .anonymise import anonymise_scenario
from .results import Results, results
from .workbook import build_workbook, save_workbook


def anonymised_json(scenario: Scenario) -> str:
    """The anonymised scenario as the text of a scenario file (.coop.json)."""
    return project_to_json(Project((anonymise_scenario(scenario),)))


def export_anonymised(source: Analysis | Scenario, xlsx_path: str | os.PathLike | None = None,
                      json_path: str | os.PathLike | None = None, *,
                      risk: Mapping[str, Any] | None = None) -> None:
    """Write the anonymised workbook (``xlsx_path``) and/or scenario file (``json_path``)."""
    a = source if isinstance(source, Analysis) else None
    scenario = source.scenario if isinstance(source, Analysis) else source
    if xlsx_path is not None:
        res: Results = results(a or analyse(scenario), anonymise=True)
        save_workbook(build_workbook(res, risk, risk_scenario=scenario), xlsx_path)
    if json_path is not None:
        atomic_write_text(json_path, anonymised_json(scenario))
