"""Helpers for the exchange tests (no tests here): reading every XML part of an .xlsx, PDF text, a synthetic risk result."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path


def xml_parts(path) -> dict[str, str]:
    """Every part of an .xlsx (worksheets, charts, tables, docProps, …) as text."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8", errors="replace") for n in z.namelist()}


#: The reason a test gives when it skips its PDF text checks (tests call pytest.skip with it
#: after their other checks, so a missing tool is visible in the report and nothing passes silently).
NO_PDFTOTEXT = "pdftotext (poppler-utils) is not installed: the PDF's text was not checked"


def pdf_text(path) -> str | None:
    """The text of a PDF by pdftotext (None when poppler-utils is not installed: the caller then
    skips with :data:`NO_PDFTOTEXT` after its other checks)."""
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=60)
    return out.stdout.decode("utf-8").replace("\u00a0", " ")


def fake_risk(scenario, histogram: bool = True) -> dict:
    """A risk result in the shape of ``python -m coop_calc risk --json --full`` with simple numbers:
    partner i has P(loss) 0.25 alone and 0.05 in the pool."""
    partners = []
    hists = {}
    for i, p in enumerate(scenario.partners):
        base = 1000.0 * (i + 1)
        side = lambda m, pl: {"mean_npv": m, "p_loss": pl, "var95": 500.0, "cvar95": 700.0, "p5": -400.0,  # noqa: E731
                              "p50": m, "p95": 2 * m, "stderr_mean": 10.0, "stderr_p_loss": 0.01, "trials": 100}
        partners.append({"id": p.id, "name": p.name, "standalone": side(base, 0.25), "pooled": side(2 * base, 0.05)})
        if histogram:
            for w in ("standalone", "pooled"):
                hists[f"{p.id}/{w}"] = {"edges": [-1000.0, 0.0, 1000.0, 2000.0], "counts": [10, 50, 40]}
    doc = {"format": "coop-calc/risk", "format_version": 1, "currency": scenario.meta.currency, "trials": 100,
           "partners": partners, "pool": {"standalone": partners[0]["standalone"], "pooled": partners[0]["pooled"]}}
    if histogram:
        doc["histograms"] = hists
    from coop_calc.exchange.risk_data import scenario_fingerprint

    doc["scenario_fingerprint"] = scenario_fingerprint(scenario)  # export --risk accepts only its own scenario
    return doc


def example(name: str = "five-partner-pool.coop.json") -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "examples" / name
