"""Reading a risk simulation summary (``python -m coop_calc risk --json``) for the exports.

The exports accept a plain dict and are lenient about its shape, because the simulation's JSON is
documented separately. Understood:

.. code-block:: text

    {"trials": 20000, "currency": "EUR",
     "partners": [                                   # a list (partner order) or {partner id: …}
        {"id": "hartmann",
         "standalone": {"mean_npv": …, "p_loss": …, "var95": …, "cvar95": …,
                        "p5": …, "p50": …, "p95": …, "stderr_mean": …,
                        "histogram": {"edges": […], "counts": […]}},     # optional
         "pooled": {…same…},
         "histogram": {"edges": […], "standalone": […], "pooled": […]}}, # optional, shared edges
        …],
     "pool": {"standalone": {…}, "pooled": {…}},     # optional: the pool as a whole
     "histograms": {"hartmann/standalone": {"edges": […], "counts": […]}, …, "pool/pooled": {…}}}

This is the document of ``python -m coop_calc risk --json --full`` (docs/risk-model.md); without
``--full`` there is no histogram data and the exports leave it out. ``var95`` and ``cvar95`` are loss
amounts (positive = money lost).

Partners are matched by ``id`` (or ``partner``) against the scenario, else by position. Names in
the dict are never used: labels come from the scenario, so anonymised and confidential exports stay
clean. ``p_loss`` is a probability (0–1); amounts are in the scenario's currency.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..model import Scenario

METRICS = ("mean_npv", "p_loss", "var95", "cvar95", "p5", "p50", "p95", "stderr_mean")
SIDES = ("standalone", "pooled")
_MAX_BINS = 1000


@dataclass(frozen=True)
class Histogram:
    partner: int | None  # partner index; None for the pool as a whole
    side: str  # "standalone" or "pooled"
    edges: tuple[float, ...]  # len(counts) + 1 bin edges, currency
    counts: tuple[float, ...]  # trials per bin


@dataclass
class RiskSummary:
    trials: int | None
    #: partner index → side → metric → value (None where the dict lacks it)
    partners: dict[int, dict[str, dict[str, float | None]]] = field(default_factory=dict)
    pool: dict[str, dict[str, float | None]] | None = None
    histograms: list[Histogram] = field(default_factory=list)


def _num(x: Any) -> float | None:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _metrics(obj: Any) -> dict[str, float | None]:
    obj = obj if isinstance(obj, Mapping) else {}
    return {m: _num(obj.get(m)) for m in METRICS}


def _hist(partner: int | None, side: str, edges: Any, counts: Any) -> Histogram | None:
    if not isinstance(edges, (list, tuple)) or not isinstance(counts, (list, tuple)):
        return None
    e = [_num(v) for v in edges][: _MAX_BINS + 1]
    c = [_num(v) for v in counts][: _MAX_BINS]
    if len(e) != len(c) + 1 or None in e or None in c or not c:
        return None
    return Histogram(partner, side, tuple(e), tuple(c))  # type: ignore[arg-type]


def _histograms(index: int | None, entry: Mapping) -> list[Histogram]:
    out = []
    shared = entry.get("histogram")
    for side in SIDES:
        h = None
        if isinstance(shared, Mapping):
            h = _hist(index, side, shared.get("edges"), shared.get(side))
        inner = entry.get(side)
        if h is None and isinstance(inner, Mapping) and isinstance(inner.get("histogram"), Mapping):
            hh = inner["histogram"]
            h = _hist(index, side, hh.get("edges"), hh.get("counts"))
        if h is not None:
            out.append(h)
    return out


def normalise_risk(risk: Mapping[str, Any], scenario: Scenario) -> RiskSummary:
    """The summary in ``risk`` mapped onto the scenario's partners (by id, else by position)."""
    if not isinstance(risk, Mapping):
        raise TypeError("the risk result must be a dict (the JSON of 'python -m coop_calc risk --json')")
    trials = risk.get("trials")
    out = RiskSummary(trials=int(trials) if _num(trials) is not None else None)  # type: ignore[arg-type]
    ids = {p.id: i for i, p in enumerate(scenario.partners)}
    raw = risk.get("partners") or []
    entries: list[tuple[Any, Any]]
    if isinstance(raw, Mapping):
        entries = list(raw.items())
    elif isinstance(raw, (list, tuple)):
        entries = [(e.get("id", e.get("partner")) if isinstance(e, Mapping) else None, e) for e in raw]
    else:
        entries = []
    for pos, (key, entry) in enumerate(entries):
        if not isinstance(entry, Mapping):
            continue
        index = ids.get(key) if isinstance(key, str) else None
        if index is None and key is None and pos < scenario.n:
            index = pos
        if index is None:
            continue  # a partner the scenario does not have: never shown
        out.partners[index] = {side: _metrics(entry.get(side)) for side in SIDES}
        out.histograms += _histograms(index, entry)
    pool = risk.get("pool")
    if isinstance(pool, Mapping):
        out.pool = {side: _metrics(pool.get(side)) for side in SIDES}
        out.histograms += _histograms(None, pool)
    hists = risk.get("histograms")
    if isinstance(hists, Mapping):
        have = {(h.partner, h.side) for h in out.histograms}
        for key, h in hists.items():
            if not (isinstance(key, str) and "/" in key and isinstance(h, Mapping)):
                continue
            who, side = key.rsplit("/", 1)
            index = ids.get(who, None if who == "pool" else -1)
            if index == -1 or side not in SIDES or (index, side) in have:
                continue
            if index is not None and index not in out.partners:
                continue
            hh = _hist(index, side, h.get("edges"), h.get("counts"))
            if hh is not None:
                out.histograms.append(hh)
                have.add((index, side))
    return out


def scenario_fingerprint(scenario: Scenario) -> str:
    """``sha256:<hex>`` of the scenario's canonical JSON (sorted keys, no spaces): equal exactly when
    every input of the scenario is equal. A risk result carries it as ``scenario_fingerprint``."""
    import hashlib
    import json

    from ..parse import scenario_to_dict

    text = json.dumps(scenario_to_dict(scenario), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_risk_matches(risk: Mapping[str, Any], scenario: Scenario, where: str | None = None) -> None:
    """Raise ValidationError unless ``risk`` was simulated for exactly ``scenario`` (its
    ``scenario_fingerprint``): figures of another pool, or of an older state of this one, must not
    appear under this pool's title. ``where`` names the risk result (its file); default "the risk
    result"."""
    from ..errors import Problem, ValidationError
    from ..messages import Msg

    place = Msg("riskdata_the_result") if where is None else where
    fp = risk.get("scenario_fingerprint")
    if fp is None:
        raise ValidationError(Problem(place, Msg("riskdata_no_fingerprint")))
    if fp != scenario_fingerprint(scenario):
        raise ValidationError(Problem(place, Msg("riskdata_other_scenario")))
