"""A hand-vectorised numpy lower bound of the risk model (docs/risk-model.md), for bench_risk.py.

Same inputs and formulas as the engine, plain sampling by the cheapest direct draws, all trials at once,
no chunking and only the statistics the comparison needs: what the engine could at best approach.
"""

from __future__ import annotations

import math
import time

import numpy as np

from coop_calc.coalitions import PoolPricer
from coop_calc.risk import distributions as dists
from coop_calc.risk import simulate as sim_mod
from coop_calc.savings import purchases

LEVEL = 0.95


def _draw(dist, rng: np.random.Generator, size: int):
    """The cheapest exact draws of a distribution (a float for a fixed value)."""
    if dist is None:
        return None
    if dist.is_constant():
        return float(dist.mean())
    if isinstance(dist, dists.Uniform):
        return rng.uniform(dist.low, dist.high, size)
    if isinstance(dist, dists.Triangular):
        return rng.triangular(dist.low, dist.mode, dist.high, size)
    if isinstance(dist, dists.Pert):
        return dist.low + (dist.high - dist.low) * rng.beta(dist.alpha, dist.beta, size)
    if isinstance(dist, dists.Lognormal):
        return rng.lognormal(dist.log_mean, dist.log_sd, size)
    if isinstance(dist, dists.Normal):
        x = rng.normal(dist.mu, dist.sigma, size)
        if not dist.truncated:
            return x
        lo = -np.inf if dist.low is None else dist.low
        hi = np.inf if dist.high is None else dist.high
        if dist._mass() < 0.5:
            return dist.sample(rng, size)
        bad = np.flatnonzero((x < lo) | (x > hi))
        while bad.size:  # rejection: exact, and almost nothing is rejected here
            x[bad] = rng.normal(dist.mu, dist.sigma, bad.size)
            bad = bad[(x[bad] < lo) | (x[bad] > hi)]
        return x
    return dist.sample(rng, size)


class LowerBound:
    """The risk model of docs/risk-model.md, hand-vectorised: every trial at once, direct draws.

    Set-up (not timed): the engine's stand-alone purchases and its ``PoolTerms`` for every coalition,
    laid out as tables indexed by the drop-out mask: SHARE[mask, i], C[mask, k] (item cost), U[mask, k]
    (units) and INV[mask, k] = 1 / coalition volume, so that partner i's volume weight is
    q[i, k] · INV[mask, k] (checked against ``PoolTerms.weight``).
    """

    def __init__(self, s) -> None:
        if s.n > 14:
            raise ValueError("the lower bound tabulates every coalition: at most 14 partners")
        self.s = s
        n, k = s.n, len(s.items)
        self.n, self.k = n, k
        pricer = PoolPricer.of(s)
        terms = sim_mod.PoolTerms(s, pricer, pricer.all_costs())
        q = pricer.demand
        self.q = q
        kidx = {it.id: j for j, it in enumerate(s.items)}
        self.alone_cost = np.zeros((n, k))
        self.alone_units = np.zeros((n, k))
        for i in range(n):
            for pur in purchases(pricer, q[i]):
                self.alone_cost[i, kidx[pur.item_id]] = pur.cost
                self.alone_units[i, kidx[pur.item_id]] = pur.units
        self.alone_total = self.alone_cost.sum(axis=1)
        m = 1 << n
        self.SHARE, self.C = np.zeros((m, n)), np.zeros((m, k))
        self.U, self.INV = np.zeros((m, k)), np.zeros((m, k))
        for mask in range(1, m):
            t = terms.terms(mask)
            who = list(t.members)
            vol = q[who].sum(axis=0)
            inv = np.where(vol > 0, 1.0 / np.where(vol > 0, vol, 1.0), 0.0)
            assert np.allclose(t.weight, q[who] * inv[None, :], rtol=1e-12, atol=0)
            self.SHARE[mask, who] = t.share
            self.C[mask], self.U[mask], self.INV[mask] = t.item_cost, t.item_units, inv
        self.life = np.array([it.useful_life_years for it in s.items], dtype=float)
        self.lives, self.life_idx = np.unique(self.life, return_inverse=True)
        self.risk = [it.risk for it in s.items]
        self.common = [j for j, r in enumerate(self.risk) if r is not None and r.failure_probability > 0
                       and r.failure_scope == "common"]
        self.p_common = np.array([self.risk[j].failure_probability for j in self.common])
        self.pairs = [(i, j) for j, r in enumerate(self.risk) if r is not None and r.failure_probability > 0
                      and r.failure_scope != "common" for i in range(n) if q[i, j] > 0]
        self.p_pairs = np.array([self.risk[j].failure_probability for _, j in self.pairs])
        self.pair_items = np.array([j for _, j in self.pairs], dtype=np.int64)
        self.pair_to_partner = np.zeros((len(self.pairs), n))
        for p, (i, j) in enumerate(self.pairs):
            self.pair_to_partner[p, i] = q[i, j]
        self.p_drop = np.array([p.dropout_probability for p in s.partners])
        self.powers = (1 << np.arange(n)).astype(np.int64)

    def exact_means(self) -> dict | None:
        """Exact expected NPVs of every series (None when inputs are correlated): all inputs are
        independent, so each NPV term's mean is a product of means; the annuity and discount factors
        are integrated over the discount rate's density, the drop-out patterns enumerated."""
        s = self.s
        if s.risk.correlations:
            return None
        rd = s.risk.discount_rate
        lo, hi = rd.support()

        def over_rate(f) -> float:
            if rd.is_constant():
                return f(rd.mean())
            from scipy import integrate
            return integrate.quad(lambda r: f(r) * rd._rv.pdf(r), lo, hi, limit=200)[0]

        def mean(d, default: float) -> float:
            return default if d is None else float(d.mean())

        ben, x, o = np.zeros(self.k), np.zeros(self.k), np.zeros(self.k)
        for j, (r, life) in enumerate(zip(self.risk, self.life)):
            if r is None:
                continue
            ea = over_rate(lambda v: (1 - (1 + v) ** -life) / v)
            ed = over_rate(lambda v: (1 + v) ** -life)
            esc = mean(r.price_escalation, 0.0)
            ben[j] = (mean(r.utilisation, 1.0) * mean(r.annual_benefit, 0.0)
                      * (1 - r.failure_probability * mean(r.failure_loss, 1.0)) * ea)
            x[j] = esc - mean(r.residual_value, 0.0) * (1 + esc) * ed
            o[j] = mean(r.annual_operating_cost, 0.0) * ea
        eb = self.q @ ben
        alone = eb - self.alone_total - self.alone_cost @ x - self.alone_units @ o
        masks = np.arange(1 << self.n)
        bits = (masks[:, None] >> np.arange(self.n)) & 1 == 1
        prob = np.where(bits, 1 - self.p_drop, self.p_drop).prod(axis=1)
        pooled_npv = eb[None, :] - self.SHARE - ((x * self.C + o * self.U) * self.INV) @ self.q.T
        contrib = np.where(bits, prob[:, None] * pooled_npv, 0.0)
        go = 1 - self.p_drop
        out = {f"standalone/{i}": alone[i] for i in range(self.n)}
        out.update({f"pooled/{i}": contrib[:, i].sum() / go[i] for i in range(self.n)})
        out["standalone/pool"] = float(go @ alone)
        out["pooled/pool"] = float(contrib.sum())
        return out

    def _field(self, name: str, rng, t: int, default: float):
        """T × K draws of one risk field (a column of constants where an item's value is fixed)."""
        out = np.empty((self.k, t))  # item rows are contiguous; the transpose is a view
        for j, r in enumerate(self.risk):
            x = _draw(getattr(r, name), rng, t) if r is not None else None
            out[j] = default if x is None else x
        return out.T

    def run(self, trials: int, seed: int) -> dict:
        rng = np.random.default_rng(seed)
        t, n = trials, self.n
        benefit = self._field("annual_benefit", rng, t, 0.0)
        opex = self._field("annual_operating_cost", rng, t, 0.0)
        resid = self._field("residual_value", rng, t, 0.0)
        util = self._field("utilisation", rng, t, 1.0)
        esc = self._field("price_escalation", rng, t, 0.0)
        loss = self._field("failure_loss", rng, t, 1.0)
        rate = _draw(self.s.risk.discount_rate, rng, t)
        fail_c = rng.random((t, len(self.common))) < self.p_common
        fail_p = rng.random((t, len(self.pairs))) < self.p_pairs
        stays = rng.random((t, n)) >= self.p_drop
        draws_done = time.perf_counter()

        r = np.broadcast_to(np.asarray(rate, dtype=float), (t,))[:, None]
        disc = ((1.0 + r) ** -self.lives[None, :])[:, self.life_idx]  # one power per distinct life
        a = (1.0 - disc) / r if np.all(np.abs(r) > 1e-12) else sim_mod._annuity(r[:, 0], self.life)[0]
        gain = util * benefit * a
        gl = gain * loss
        ben = gain @ self.q.T
        if self.common:
            ben -= (gl[:, self.common] * fail_c) @ self.q[:, self.common].T
        if self.pairs:
            ben -= (gl[:, self.pair_items] * fail_p) @ self.pair_to_partner
        opex_rate = opex * a
        x = esc - resid * (1.0 + esc) * disc  # per unit of purchase cost: escalation − residual
        npv_alone = ben - self.alone_total - x @ self.alone_cost.T - opex_rate @ self.alone_units.T
        masks = stays.astype(np.int64) @ self.powers
        z = (x * self.C[masks] + opex_rate * self.U[masks]) * self.INV[masks]
        npv_pool = ben - self.SHARE[masks] - z @ self.q.T
        npv_done = time.perf_counter()
        stats = {}
        for i in range(n):
            go = stays[:, i]
            stats[f"standalone/{i}"] = _stats(npv_alone[go, i])
            stats[f"pooled/{i}"] = _stats(npv_pool[go, i])
        stats["standalone/pool"] = _stats(np.where(stays, npv_alone, 0.0).sum(axis=1))
        stats["pooled/pool"] = _stats(np.where(stays, npv_pool, 0.0).sum(axis=1))
        return {"stats": stats, "draws_done": draws_done, "npv_done": npv_done}


def _stats(x: np.ndarray) -> dict:
    """Mean, its standard error, P(loss) and ES95 (as a positive loss, atom at the quantile split)."""
    n = x.size
    mean = float(x.mean())
    m = n * (1 - LEVEL)
    j = int(math.floor(m))
    part = np.partition(x, j) if j < n else np.sort(x)
    es = -(part[:j].sum() + (m - j) * (part[j] if j < n else 0.0)) / m
    return {"mean_npv": mean, "stderr_mean": float(x.std(ddof=1) / math.sqrt(n)),
            "p_loss": float(np.count_nonzero(x < 0) / n), "cvar95": float(es), "trials": n}
