"""Exchange: Excel export and import, confidential statements, anonymised exports, the PDF report,
chart figures and the ``export`` command (spec section F).

The heavy modules (openpyxl, matplotlib) are imported on first use, so ``import coop_calc.exchange``
stays cheap. Public entry points::

    export_workbook(source, path, *, anonymise=False, risk=None)
    write_statements(source, folder, *, lang="en", risk=None, pdf=True, disclose=False) -> list[Path]
    statement_plan(results, i, disclose=False) -> Plan   (what a statement withholds and why)
    export_anonymised(source, xlsx_path, json_path, *, pdf_path=None, charts_dir=None, risk=None,
                      accept_risky=False, lang="en")   (all outputs or none)
    anonymise_scenario(scenario, project=None) -> Scenario
    anonymisation_findings(scenario, project=None) -> list[Finding]   (texts that may still identify)
    write_template(scenario, path, lang="en")   (the import template, English or German)
    import_workbook(scenario, path) -> Scenario
    write_report(source, path, *, lang="en", anonymise=False, risk=None)
    format_money(x, currency, lang)
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "export_workbook": "workbook",
    "build_workbook": "workbook",
    "write_statements": "statements",
    "statement_workbook": "statements",
    "export_anonymised": "anonymous_export",
    "anonymise_scenario": "anonymise",
    "anonymise_analysis": "anonymise",
    "anonymisation_findings": "anonymise",
    "statement_plan": "disclosure",
    "write_template": "template",
    "import_workbook": "importer",
    "write_report": "report",
    "format_money": "formatting",
    "format_number": "formatting",
    "results": "results",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
