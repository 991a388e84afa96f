"""Monte Carlo misinvestment risk: every partner's NPV stand-alone and in the pool, trial by trial.

NPV of a partner's investment in one trial (currency, purchase at year 0, benefits and operating
cost in years 1…L of the item's useful life, discount rate r):

    Σ_k  q_ik·utilisation_k·benefit_k·(1 − failed_ik·loss_k)·A_k      (benefit of its own need)
       − purchase_i − Σ_k E_k·(its part of item k's cost)              (price, escalated)
       − Σ_k opex_k·(its part of the units of k)·A_k                   (operating cost)
       + Σ_k residual_k·(1 + E_k)·(its part of item k's cost)·(1+r)^−L_k

with ``A_k = (1 − (1+r)^−L_k) / r``. Stand-alone, "its part" is its whole own purchase. In the pool,
the purchase is its cost share under the scenario's rule *applied to the coalition that really formed*
(drop-outs leave), and each item's price escalation, operating cost and residual value are shared by
volume within that coalition. A partner who drops out invests in neither world; its figures are taken
over the trials in which it goes ahead, so "alone" and "pooled" are compared on the same trials.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..coalitions import MAX_EXACT_PARTNERS, PoolPricer, members, popcount, subset_sums
from ..errors import ValidationError
from ..model import Scenario
from ..savings import purchases
from ..splits import rule_savings, volume_weights
from .correlation import correlated_uniforms, correlation_report, spearman
from .metrics import StreamingSummary, rank_sensitivity
from .model import Inputs, build_inputs, values

#: Values kept exactly per outcome series; beyond it quantiles come from a sketch (see metrics.py).
SERIES_CAP = 500_000


def _finite(obj):
    """JSON-safe copy: NaN/inf (e.g. a standard error from a single trial) become None."""
    if isinstance(obj, float):
        return obj if np.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


class Cancelled(Exception):
    """Raised when the caller's ``cancelled()`` returned true; no partial result is returned."""


@dataclass(frozen=True)
class CoalitionTerms:
    """What a realised coalition pays: each member's cost share (currency), each item's purchase
    cost and units, and each member's volume share of each item (members × items)."""

    members: tuple[int, ...]
    share: np.ndarray
    item_cost: np.ndarray
    item_units: np.ndarray
    weight: np.ndarray


class PoolTerms:
    """The split of every coalition that occurs, computed once and cached (drop-outs are rare, so
    few distinct coalitions occur)."""

    def __init__(self, scenario: Scenario, pricer: PoolPricer, costs: np.ndarray):
        self.s, self.pricer, self.costs = scenario, pricer, costs
        self.cache: dict[int, CoalitionTerms] = {}
        pct = scenario.sharing.custom_percentages
        self.custom = np.array([pct.get(p.id, 0.0) for p in scenario.partners]) if pct else None

    def terms(self, mask: int) -> CoalitionTerms:
        hit = self.cache.get(mask)
        if hit is not None:
            return hit
        who = members(mask, self.s.n)
        sub = subset_sums(np.array([1 << i for i in who], dtype=np.int64))
        sub_costs = self.costs[sub]
        d = self.pricer.demand[who]
        vol = d.sum(axis=0)
        if len(who) == 1:
            share = sub_costs[1:2].copy()
        else:
            coord = self.pricer.coordination(popcount(sub))
            weights = volume_weights(self.pricer, who)
            custom = self.custom[who] if self.custom is not None else None
            x = rule_savings(self.s.sharing.rule, sub_costs, coord, self.s.sharing.coordination, weights, custom)
            share = sub_costs[1 << np.arange(len(who))] - x
        bought = [self.pricer.item_purchase(k, vol[k:k + 1]) for k in range(len(vol))]
        item_cost = np.array([b.cost[0] for b in bought])
        item_units = np.array([b.units[0] for b in bought], dtype=float)
        with np.errstate(invalid="ignore", divide="ignore"):
            weight = np.where(vol > 0, d / np.where(vol > 0, vol, 1.0), 0.0)
        t = CoalitionTerms(tuple(who), share, item_cost, item_units, weight)
        self.cache[mask] = t
        return t


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
            "notes": self.notes,
        })


def _annuity(rate: np.ndarray, life: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Annuity factor A and end-of-life discount factor, T × K, robust at r = 0."""
    r = rate[:, None]
    disc = (1.0 + r) ** (-life[None, :])
    small = np.abs(r) < 1e-12
    a = np.where(small, life[None, :], (1.0 - disc) / np.where(small, 1.0, r))
    return a, disc


def _concerns(col, s: Scenario, i: int) -> bool:
    """Whether an input can move partner i's outcome: inputs of items it needs, the discount rate,
    its own failure events, and anyone's drop-out (which changes its pool)."""
    head = col.name.split(".")[0]
    pid = s.partners[i].id
    if col.name == "discount_rate" or col.name.endswith(".dropout"):
        return True
    if col.name.endswith(".failure") and col.name.count(".") == 2:
        return head == pid
    return s.demand.get((pid, head), 0) > 0


def _tornado(rows, top: int = 15) -> list[dict]:
    """The strongest inputs as plain dicts: input label, Spearman rho, mean outcome low/high."""
    return [r.to_dict() for r in rows[:top]]


def expected_costs_under_dropout(scenario: Scenario, terms: PoolTerms) -> list[float] | None:
    """Exact E[cost share of i | i goes ahead], enumerating every drop-out pattern (n ≤ 10)."""
    n = scenario.n
    if n > (8 if scenario.sharing.rule == "nucleolus" else 10):
        return None
    p = np.array([pt.dropout_probability for pt in scenario.partners])
    out = np.zeros(n)
    for mask in range(1, 1 << n):
        stay = np.array([mask >> i & 1 for i in range(n)], dtype=bool)
        prob = float(np.prod(np.where(stay, 1 - p, p)))
        if prob == 0.0:
            continue
        t = terms.terms(mask)
        out[list(t.members)] += prob * t.share
    go = 1 - p
    return [float(out[i] / go[i]) if go[i] > 0 else float("nan") for i in range(n)]


def simulate(scenario: Scenario, trials: int | None = None, seed: int | None = None,
             sampling: str | None = None, chunk: int = 8192,
             progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None,
             sensitivity_trials: int = 10_000, correlation_method: str = "iman_conover") -> RiskResult:
    """Run the Monte Carlo simulation of the scenario (settings default to ``scenario.risk``).

    Results are identical bit for bit for the same (trials, seed, sampling), whatever ``chunk``.
    Memory is bounded by the chunk size and the streaming summaries, not by ``trials``.
    Raises :class:`Cancelled` when ``cancelled()`` turns true, ValidationError for unusable inputs.
    """
    t0 = time.perf_counter()
    s = scenario
    n, k = s.n, len(s.items)
    if n == 0:
        raise ValidationError("the pool has no partners")
    if n > MAX_EXACT_PARTNERS:
        raise ValidationError(f"the risk simulation handles pools of up to {MAX_EXACT_PARTNERS} partners")
    trials = int(trials or s.risk.trials)
    seed = int(s.risk.seed if seed is None else seed)
    sampling = sampling or s.risk.sampling
    inputs: Inputs = build_inputs(s)
    pricer = PoolPricer.of(s)
    costs = pricer.all_costs()
    terms = PoolTerms(s, pricer, costs)
    q = pricer.demand  # n × K
    life = np.array([it.useful_life_years for it in s.items])
    alone_cost = np.zeros((n, k))
    alone_units = np.zeros((n, k))
    kidx = {it.id: j for j, it in enumerate(s.items)}
    for i in range(n):
        for pur in purchases(pricer, q[i]):
            alone_cost[i, kidx[pur.item_id]] = pur.cost
            alone_units[i, kidx[pur.item_id]] = pur.units
    # 2n + 2 series: beyond 500k trials each keeps a sketch instead of every value (bounded memory)
    series = {f"{w}/{key}": StreamingSummary(cap=SERIES_CAP)
              for w in ("standalone", "pooled") for key in [*range(n), "pool"]}
    keep_u: list[np.ndarray] = []
    keep_out: list[np.ndarray] = []
    kept = 0
    for start in range(0, trials, chunk):
        if cancelled is not None and cancelled():
            raise Cancelled()
        stop = min(trials, start + chunk)
        u = correlated_uniforms(sampling, inputs.d, start, stop, seed, inputs.target, how=correlation_method)
        x = values(inputs, u, n, k)
        a, disc = _annuity(x["rate"], life)
        esc = x["price_escalation"]
        gain = x["utilisation"] * x["annual_benefit"] * a  # T × K, per unit of need
        keep_share = 1.0 - x["failed"] * x["failure_loss"][:, None, :]  # T × n × K
        benefit = np.einsum("tk,tik,ik->ti", gain, keep_share, q)
        opex_rate = x["annual_operating_cost"] * a
        resid_rate = x["residual_value"] * (1.0 + esc) * disc
        npv_alone = (benefit - alone_cost.sum(axis=1)[None, :] - esc @ alone_cost.T - opex_rate @ alone_units.T
                     + resid_rate @ alone_cost.T)
        stays = x["stays"]
        npv_pool = np.full_like(npv_alone, np.nan)
        masks = stays.astype(np.int64) @ (1 << np.arange(n, dtype=np.int64))
        for mask in np.unique(masks):
            if mask == 0:
                continue
            rows = np.flatnonzero(masks == mask)
            t = terms.terms(int(mask))
            who = list(t.members)
            wc = t.weight * t.item_cost[None, :]  # members × K
            wu = t.weight * t.item_units[None, :]
            npv_pool[np.ix_(rows, who)] = (benefit[np.ix_(rows, who)] - t.share[None, :] - esc[rows] @ wc.T
                                           - opex_rate[rows] @ wu.T + resid_rate[rows] @ wc.T)
        for i in range(n):
            go = stays[:, i]
            series[f"standalone/{i}"].add(npv_alone[go, i])
            series[f"pooled/{i}"].add(npv_pool[go, i])
        pool_alone = np.where(stays, npv_alone, 0.0).sum(axis=1)
        pool_pooled = np.where(stays, npv_pool, 0.0).sum(axis=1)
        series["standalone/pool"].add(pool_alone)
        series["pooled/pool"].add(pool_pooled)
        if kept < sensitivity_trials:
            take = min(sensitivity_trials - kept, stop - start)
            keep_u.append(u[:take])
            keep_out.append(np.column_stack([pool_pooled[:take], npv_pool[:take]]))
            kept += take
        if progress is not None:
            progress(stop / trials)
    summaries = {key: st.summary() for key, st in series.items()}
    result = RiskResult(
        scenario_name=s.meta.name, currency=s.meta.currency, trials=trials, seed=seed, sampling=sampling,
        partner_ids=[p.id for p in s.partners], partner_names=[p.name for p in s.partners],
        standalone=[summaries[f"standalone/{i}"].to_dict() for i in range(n)],
        pooled=[summaries[f"pooled/{i}"].to_dict() for i in range(n)],
        pool_standalone=summaries["standalone/pool"].to_dict(), pool_pooled=summaries["pooled/pool"].to_dict(),
        distinct_coalitions=len(terms.cache))
    for i, pid in enumerate(result.partner_ids + ["pool"]):
        key = i if pid != "pool" else "pool"
        for w in ("standalone", "pooled"):
            sm = summaries[f"{w}/{key}"]
            result.histograms[f"{pid}/{w}"] = {"edges": sm.histogram_edges.tolist(),
                                                "counts": sm.histogram_counts.tolist()}
            result.s_curves[f"{pid}/{w}"] = {"values": sm.scurve_values.tolist(),
                                              "probabilities": sm.scurve_probabilities.tolist()}
    if inputs.d and keep_u:
        u_all = np.vstack(keep_u)
        out_all = np.vstack(keep_out)
        # events enter as 0/1 (1 = it happens) so that the sign reads "when this happens …"
        named = {c.label: (u_all[:, j] < c.probability).astype(float) if c.dist is None else u_all[:, j]
                 for j, c in enumerate(inputs.columns)}
        result.sensitivity["pool"] = _tornado(rank_sensitivity(named, out_all[:, 0]))
        for i, pid in enumerate(result.partner_ids):
            ok = ~np.isnan(out_all[:, 1 + i])
            mine = {c.label: named[c.label][ok] for c in inputs.columns if _concerns(c, s, i)}
            result.sensitivity[pid] = _tornado(rank_sensitivity(mine, out_all[ok, 1 + i]))
        if inputs.target is not None:
            achieved = spearman(u_all)
            names = [c.name for c in inputs.columns]
            result.correlation = correlation_report(names, inputs.target, achieved)
    if inputs.correlation_note:
        result.notes.append(inputs.correlation_note)
    result.expected_pooled_cost = expected_costs_under_dropout(s, terms)
    result.seconds = time.perf_counter() - t0
    return result
