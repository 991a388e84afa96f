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
from pathlib import Path
from typing import Any, Mapping

from ..analysis import Analysis, analyse
from ..errors import Problem, ValidationError
from ..messages import Msg
from ..model import Project, Scenario
from ..scenario_io import atomic_write_text, project_to_json
from .anonymise import anonymisation_findings, anonymise_scenario
from .redaction import Finding
from .report import write_report
from .results import Results, results
from .workbook import build_workbook, save_workbook


class RiskyTexts(ValidationError):
    """Texts that may still identify a partner in an anonymised output; ``findings`` lists them."""

    def __init__(self, findings: list[Finding]):
        self.findings = list(findings)
        super().__init__([Problem(f.place, Msg("anon_may_identify", text=repr(f.text), reason=f.reason))
                          for f in findings])

    def first_line(self, lang: str = "en") -> str:
        n = len(self.findings)
        first = self.problems[0].text(lang)
        return (Msg("anon_risky_n", n=n, first=first) if n > 1 else Msg("anon_risky_1", first=first)).text(lang)


def check_anonymisable(scenario: Scenario, project: Project | None = None, accept_risky: bool = False) -> list[Finding]:
    """The findings of ``scenario``; raises :class:`RiskyTexts` when there are any and they are not accepted."""
    found = anonymisation_findings(scenario, project)
    if found and not accept_risky:
        raise RiskyTexts(found)
    return found


def anonymised_json(scenario: Scenario) -> str:
    """The anonymised scenario as the text of a scenario file (.coop.json)."""
    return project_to_json(Project((anonymise_scenario(scenario),)))


#: The chart images of an anonymised export, by file name: the report's charts (the risk chart only
#: with a risk result).
CHART_FILES = ("cost-alone-vs-pooled.png", "split-comparison.png", "item-costs.png", "loss-probability.png")


def write_chart_images(res: Results, folder: str | os.PathLike, *, lang: str = "en",
                       risk: Mapping[str, Any] | None = None, risk_scenario: Scenario | None = None) -> list[Path]:
    """The report's charts of ``res`` (anonymised results for an anonymised export) as PNG files in
    ``folder`` (which must exist), named as in :data:`CHART_FILES`. Returns the paths written."""
    from . import figures

    made = [figures.cost_alone_vs_pooled(res, lang=lang), figures.split_comparison(res, lang=lang),
            figures.item_costs(res, lang=lang)]
    if risk is not None:
        made.append(figures.loss_probability(risk, res, lang=lang, risk_scenario=risk_scenario))
    paths = []
    for name, fig in zip(CHART_FILES, made):
        path = Path(folder) / name
        figures.save_figure(fig, path)
        paths.append(path)
    return paths


def export_anonymised(source: Analysis | Scenario, xlsx_path: str | os.PathLike | None = None,
                      json_path: str | os.PathLike | None = None, *, pdf_path: str | os.PathLike | None = None,
                      charts_dir: str | os.PathLike | None = None, risk: Mapping[str, Any] | None = None,
                      accept_risky: bool = False, lang: str = "en") -> list[Finding]:
    """Write the anonymised workbook (``xlsx_path``), scenario file (``json_path``), meeting report
    (``pdf_path``) and chart images (PNG files in the folder ``charts_dir``), any of them, in ``lang``.

    The risky-text check comes first: it refuses with :class:`RiskyTexts` (writing nothing) when a text
    may still identify a partner, unless ``accept_risky``. Every output is then produced by the same
    cleaner (:func:`~coop_calc.exchange.results.results` with ``anonymise=True``, and
    :func:`anonymise_scenario` for the file) under a temporary name beside its target, and all are moved
    into place only when every one is complete (:class:`~coop_calc.exchange.staging.Staging`): on any
    failure none of the targets changes and the exception is raised. Returns the accepted findings."""
    from .staging import Staging

    a = source if isinstance(source, Analysis) else None
    scenario = source.scenario if isinstance(source, Analysis) else source
    found = check_anonymisable(scenario, accept_risky=accept_risky)
    with Staging() as stage:
        if json_path is not None:
            atomic_write_text(stage.file(json_path), anonymised_json(scenario))
        if xlsx_path is not None or pdf_path is not None or charts_dir is not None:
            a = a or analyse(scenario)
            res: Results = results(a, anonymise=True)
            if xlsx_path is not None:
                save_workbook(build_workbook(res, risk, risk_scenario=scenario, lang=lang), stage.file(xlsx_path))
            if pdf_path is not None:  # from the named analysis, so that the risk result's ids are matched
                write_report(a, stage.file(pdf_path), lang=lang, anonymise=True, risk=risk)
            if charts_dir is not None:
                write_chart_images(res, stage.folder(charts_dir), lang=lang, risk=risk, risk_scenario=scenario)
    return found
