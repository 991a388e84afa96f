"""The result of a risk simulation: figures per partner and for the pool, JSON-ready."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


def _finite(obj):
    """JSON-safe copy: NaN/inf (e.g. a standard error from a single trial) become None."""
    if isinstance(obj, float):
        return obj if np.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


@dataclass
class RiskResult:
    scenario_name: str
    currency: str
    trials: int
    seed: int
    sampling: str
    partner_ids: list[str]
    partner_names: list[str]
    standalone: list[dict]  # per partner: RiskSummary.to_dict() over the trials it goes ahead
    pooled: list[dict]
    pool_standalone: dict  # all partners who go ahead, summed
    pool_pooled: dict
    histograms: dict = field(default_factory=dict)  # "partner id/standalone" → {"edges", "counts"}
    s_curves: dict = field(default_factory=dict)
    sensitivity: dict = field(default_factory=dict)  # "pool" / partner id → [{"input", "rho"}, …]
    correlation: dict | None = None
    expected_pooled_cost: list[float] | None = None  # exact E[cost share | goes ahead], small pools
    distinct_coalitions: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    #: the precision reached (and the target, if the run had one): see :class:`.precision.Precision`
    precision: dict | None = None

    def risk_reduction(self, i: int) -> dict:
        """How pooling changes partner i's risk: loss probability and expected shortfall, alone − pooled."""
        a, p = self.standalone[i], self.pooled[i]
        return {"p_loss": a["p_loss"] - p["p_loss"], "cvar95": a["cvar95"] - p["cvar95"],
                "mean_npv": p["mean_npv"] - a["mean_npv"]}

    def to_dict(self) -> dict:
        return _finite({
            "format": "coop-calc/risk", "format_version": 1, "scenario": self.scenario_name,
            "currency": self.currency, "trials": self.trials, "seed": self.seed, "sampling": self.sampling,
            "partners": [{"id": pid, "name": nm, "standalone": self.standalone[i], "pooled": self.pooled[i],
                          "risk_reduction": self.risk_reduction(i),
                          "expected_pooled_cost": (self.expected_pooled_cost[i]
                                                   if self.expected_pooled_cost is not None else None)}
                         for i, (pid, nm) in enumerate(zip(self.partner_ids, self.partner_names))],
            "pool": {"standalone": self.pool_standalone, "pooled": self.pool_pooled},
            "sensitivity": self.sensitivity, "correlation": self.correlation,
            "histograms": self.histograms, "s_curves": self.s_curves,
            "distinct_coalitions": self.distinct_coalitions, "seconds": round(self.seconds, 3),
            "precision": self.precision, "notes": self.notes,
        })
