"""A risk simulation that can be advanced in steps, stopped early when precise enough, and resumed.

:class:`RiskRun` holds everything a run needs (inputs, coalition tables, streaming statistics, the
first trials for the tornado) and simulates trials ``0, 1, 2, …`` of the design on request:
``advance(4096)`` gives a first estimate, a later ``advance(100_000)`` continues with trials 4096 …
99,999, and the result equals that of one ``advance(100_000)`` bit for bit. That is what a window
needs to show figures at once and refine them in the background; a cancel (``cancelled()`` is
checked before every chunk) leaves the run intact at its last chunk, ready to resume.

Reproducibility. Every trial's NPVs depend only on that trial's uniforms (the arithmetic avoids
BLAS, whose rounding can depend on the matrix shape and on the number of threads), and the
statistics are fed in fixed blocks of :data:`.sampling.BLOCK` trials at fixed positions. So the
figures are the same bit for bit whatever the chunk size, the steps taken and the number of threads.
"""

from __future__ import annotations

import time
from typing import Callable

import numpy as np

from ..coalitions import MAX_EXACT_PARTNERS, PoolPricer
from ..errors import Problem, ValidationError
from ..messages import Msg
from ..model import Scenario
from ..savings import purchases
from . import precision as prec
from .correlation import correlated_uniforms, correlation_report, spearman
from .metrics import DEFAULT_CAP, StreamingSummary
from .model import Inputs, build_inputs, plan, values
from .pool_terms import PoolTerms, expected_costs_under_dropout
from .result import RiskResult
from .sampling import BLOCK
from .tornado import RankedInputs

#: Values kept exactly per outcome series (2n + 2 series); beyond it the quantile figures come from a
#: histogram and are flagged as approximate (``"exact": false`` in the JSON).
SERIES_CAP = DEFAULT_CAP


class Cancelled(Exception):
    """Raised when the caller's ``cancelled()`` returned true; the run stays usable."""


def _dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b`` (T × K times K × m) by numpy's own summation loops (einsum), row by row: the same
    bits for a trial whatever the other rows are. BLAS (``@``) is avoided on purpose: its kernels
    round a row differently depending on the matrix's shape and on the thread count."""
    return np.einsum("tk,km->tm", a, b)


def annuity(rate: np.ndarray, life: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Annuity factor A and end-of-life discount factor, T × K, robust at r = 0 (one power per
    distinct useful life)."""
    lives, idx = np.unique(life, return_inverse=True)
    r = rate[:, None]
    disc = ((1.0 + r) ** (-lives[None, :]))[:, idx]
    small = np.abs(r) < 1e-12
    if small.any():
        a = np.where(small, life[None, :], (1.0 - disc) / np.where(small, 1.0, r))
    else:
        a = (1.0 - disc) / r
    return a, disc


class RiskRun:
    """One simulation of a scenario, advanced step by step (see the module docstring)."""

    def __init__(self, scenario: Scenario, seed: int | None = None, sampling: str | None = None, *,
                 sensitivity_trials: int = 10_000, correlation_method: str = "iman_conover"):
        t0 = time.perf_counter()
        s = scenario
        n, k = s.n, len(s.items)
        if n == 0:
            raise ValidationError(Msg("risk_no_partners"))
        if n > MAX_EXACT_PARTNERS:
            raise ValidationError(Msg("risk_too_many_partners", limit=MAX_EXACT_PARTNERS))
        certain = [p.name for p in s.partners if p.dropout_probability >= 1.0]
        if certain:
            raise ValidationError(Problem(
                Msg("risk_place_dropout"),
                Msg("risk_certain_dropout_1", who=certain[0]) if len(certain) == 1 else
                Msg("risk_certain_dropout_n", n=len(certain), who=", ".join(certain[:3]))))
        self.s, self.n, self.k = s, n, k
        self.seed = int(s.risk.seed if seed is None else seed)
        self.sampling = sampling or s.risk.sampling
        self.correlation_method = correlation_method
        self.sensitivity_trials = sensitivity_trials
        self.inputs: Inputs = build_inputs(s)
        self.layout = plan(self.inputs, k)
        correlated_uniforms(self.sampling, self.inputs.d, 0, 0, self.seed, None)  # validates method and seed
        self.pricer = PoolPricer.of(s)
        self.terms = PoolTerms(s, self.pricer, self.pricer.all_costs())
        self.terms.rows(np.array([(1 << n) - 1]))  # the full pool: row 0, also for trials nobody joins
        q = self.pricer.demand
        self.q_t = np.ascontiguousarray(q.T)
        self.life = np.array([it.useful_life_years for it in s.items], dtype=float)
        alone_cost = np.zeros((n, k))
        alone_units = np.zeros((n, k))
        kidx = {it.id: j for j, it in enumerate(s.items)}
        for i in range(n):
            for pur in purchases(self.pricer, q[i]):
                alone_cost[i, kidx[pur.item_id]] = pur.cost
                alone_units[i, kidx[pur.item_id]] = pur.units
        self.alone_total = alone_cost.sum(axis=1)
        # stand-alone NPV = [gain, x, opex·A] @ [qᵀ; −costᵀ; −unitsᵀ] (x: escalation − residual)
        self.alone_weights = np.vstack([self.q_t, -alone_cost.T, -alone_units.T])
        lay = self.layout
        self.q_common = np.ascontiguousarray(q[:, lay.common_items].T)
        self.q_pairs = q[lay.pair_partner, lay.pair_item]
        self.powers = (1 << np.arange(n)).astype(np.int64)
        self.series = {f"{w}/{key}": StreamingSummary(cap=SERIES_CAP)
                       for w in ("standalone", "pooled") for key in [*range(n), "pool"]}
        self.done = 0  # trials simulated
        self.fed = 0  # trials fed to the statistics (a multiple of BLOCK, or all)
        self.pending: list[np.ndarray] = []  # trials fed … done: npv alone, npv pooled, stays
        self.keep_u: list[np.ndarray] = []
        self.keep_out: list[np.ndarray] = []
        self.kept = 0
        self.met: set[int] = set()
        #: per partner, the inputs that can move its outcome (its tornado's rows)
        self.concerns = [[j for j, c in enumerate(self.inputs.columns) if _concerns(c, s, i)] for i in range(n)]
        self.target: prec.Precision | None = None
        self.stopped = ""
        self.seconds = time.perf_counter() - t0

    # ---- simulation --------------------------------------------------------------------------
    def advance(self, trials: int, *, target: prec.Precision | None = None, chunk: int = 2 * BLOCK,
                progress: Callable[[float], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> bool:
        """Simulate up to ``trials`` trials in all (a cap when ``target`` is given).

        With a target, stop at the first multiple of BLOCK trials (from ``precision.MIN_TRIALS``)
        where it holds. Only block boundaries passed in this call are checked, so the stop equals
        that of a run given the target from the start when the run had at most ``MIN_TRIALS``
        trials before (a first estimate of 4,096 trials, say). ``chunk`` (rounded up to a multiple of
        BLOCK) is the work between two looks at ``cancelled()``; it bounds the memory and does not
        change any figure. Returns whether the target holds (True without a target). Raises
        :class:`Cancelled` (the run stays usable: it has the trials of the chunks completed).
        """
        t0 = time.perf_counter()
        if trials < self.done:
            raise ValueError(f"the run already has {self.done:,} trials")
        if self.stopped == "target" and target is not None and target == self.target:
            return True
        self.target, self.stopped = target, ""
        step = max(BLOCK, -(-int(chunk) // BLOCK) * BLOCK)
        first = self.done
        try:
            while self.done < trials:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                start = self.done
                stop = min(trials, start - start % BLOCK + step)
                self._feed(*self._chunk(start, stop), stop=stop)
                if self.stopped == "target":
                    break
                if cancelled is not None and cancelled():  # no progress report after a cancel
                    raise Cancelled()
                if progress is not None:
                    progress((stop - first) / max(trials - first, 1))
        finally:
            self.seconds += time.perf_counter() - t0
        if self.stopped == "target":
            if progress is not None:
                progress(1.0)
            return True
        self.stopped = "cap" if target is not None else "trials"
        return target is None

    def _chunk(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """NPVs of trials start … stop−1: stand-alone (T × n), pooled (T × n; meaningless where the
        partner drops out) and who goes ahead (T × n)."""
        lay = self.layout
        u = correlated_uniforms(self.sampling, self.inputs.d, start, stop, self.seed, self.inputs.target,
                                how=self.correlation_method)
        x = values(self.inputs, u, self.n, self.k, lay)
        a, disc = annuity(x["rate"], self.life)
        esc = x["price_escalation"]
        gain = x["utilisation"] * x["annual_benefit"] * a  # T × K, per unit of need
        xk = esc - x["residual_value"] * (1.0 + esc) * disc  # per unit of purchase cost
        opex = x["annual_operating_cost"] * a  # per purchased unit
        lost = np.zeros((stop - start, self.n))  # benefit lost to technology failures
        if lay.common_items.size:
            gl = gain[:, lay.common_items] * x["failure_loss"][:, lay.common_items]
            lost += _dot(gl * x["failed_common"], self.q_common)
        if lay.pair_item.size:
            gp = gain[:, lay.pair_item] * x["failure_loss"][:, lay.pair_item] * x["failed_pairs"] * self.q_pairs
            for p, i in enumerate(lay.pair_partner):
                lost[:, i] += gp[:, p]
        npv_alone = _dot(np.hstack([gain, xk, opex]), self.alone_weights) - self.alone_total - lost
        stays = x["stays"]
        masks = (stays * self.powers).sum(axis=1)
        someone = masks != 0
        rows = np.zeros(len(masks), dtype=np.intp)
        rows[someone] = self.terms.rows(masks[someone])
        t = self.terms
        z = (xk * t.item_cost[rows] + opex * t.item_units[rows]) * t.inv_volume[rows]
        npv_pool = _dot(gain - z, self.q_t) - t.share[rows] - lost
        if self.kept < self.sensitivity_trials:
            take = min(self.sensitivity_trials - self.kept, stop - start)
            pool = np.where(stays[:take], npv_pool[:take], 0.0).sum(axis=1)
            self.keep_u.append(u[:take])
            self.keep_out.append(np.column_stack([pool, np.where(stays[:take], npv_pool[:take], np.nan)]))
            self.kept += take
        return npv_alone, npv_pool, stays

    def _feed(self, npv_alone: np.ndarray, npv_pool: np.ndarray, stays: np.ndarray, stop: int) -> None:
        """Add the new trials; feed the statistics every complete block at its fixed position."""
        if self.pending:
            npv_alone, npv_pool, stays = (np.concatenate([p, c]) for p, c in zip(self.pending, (npv_alone, npv_pool,
                                                                                                 stays)))
        self.done = stop
        while self.done - self.fed >= BLOCK:
            j = BLOCK
            self._add_block(npv_alone[:j], npv_pool[:j], stays[:j])
            npv_alone, npv_pool, stays = npv_alone[j:], npv_pool[j:], stays[j:]
            self.fed += BLOCK
            if self.target is not None and self.fed >= prec.MIN_TRIALS and \
                    prec.holds(self.target, self._reached_fed(self.target.z)):
                self._truncate()
                self.stopped = "target"
                return
        self.pending = [npv_alone, npv_pool, stays] if len(stays) else []

    def _truncate(self) -> None:
        """Stop at the trials fed: drop the rest of the chunk (it counts in no figure)."""
        self.done = self.fed
        self.pending = []
        if self.kept > self.done:
            u, out = np.vstack(self.keep_u)[:self.done], np.vstack(self.keep_out)[:self.done]
            self.keep_u, self.keep_out, self.kept = [u], [out], self.done

    def _coalitions(self, stays: np.ndarray) -> set[int]:
        masks = (stays * self.powers).sum(axis=1)
        return set(np.unique(masks[masks != 0]).tolist())

    def _add_block(self, npv_alone: np.ndarray, npv_pool: np.ndarray, stays: np.ndarray) -> None:
        self.met |= self._coalitions(stays)  # counted with the trials that count, not per chunk
        for key, x in self._split(npv_alone, npv_pool, stays).items():
            self.series[key].add(x)

    def _split(self, npv_alone: np.ndarray, npv_pool: np.ndarray, stays: np.ndarray) -> dict[str, np.ndarray]:
        """The trials' values of every outcome series: each partner's NPVs over the trials it goes
        ahead, and the pool's (the sum over those who go ahead)."""
        out: dict[str, np.ndarray] = {}
        for i in range(self.n):
            go = stays[:, i]
            out[f"standalone/{i}"] = npv_alone[go, i]
            out[f"pooled/{i}"] = npv_pool[go, i]
        out["standalone/pool"] = np.where(stays, npv_alone, 0.0).sum(axis=1)
        out["pooled/pool"] = np.where(stays, npv_pool, 0.0).sum(axis=1)
        return out

    def _reached_fed(self, z: float) -> dict:
        parts, pools = [], []
        for key, st in self.series.items():
            n, mean, sd, losses = st.moments()
            if key == "pooled/pool":
                pools.append((n, mean, sd))
            elif not key.endswith("/pool"):
                parts.append((n, losses))
        return prec.reached(parts, pools, z)

    # ---- result ------------------------------------------------------------------------------
    def result(self, exact_shares: bool = True, sensitivity: bool = True,
               cancelled: Callable[[], bool] | None = None) -> RiskResult:
        """The figures of all trials simulated so far (at least one).

        ``exact_shares=False`` leaves out ``expected_pooled_cost`` (None), which splits every
        possible coalition once per run (about 0.1 s for 10 partners): for a quick first look.
        ``sensitivity=False`` leaves out the tornado ranking (``sensitivity`` and ``correlation``
        stay empty; about 0.15 s of a 4,096-trial first estimate for 10 partners × 20 items).
        ``cancelled()`` is asked between the parts of that work; :class:`Cancelled` when it is true
        (the run stays usable)."""

        def check() -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()

        t0 = time.perf_counter()
        if self.done == 0:
            raise ValueError("no trials simulated yet")
        s, n = self.s, self.n
        extra = self._split(*self.pending) if self.pending else {}
        summaries = {key: st.summary(extra.get(key)) for key, st in self.series.items()}
        result = RiskResult(
            scenario_name=s.meta.name, currency=s.meta.currency, trials=self.done, seed=self.seed,
            sampling=self.sampling, partner_ids=[p.id for p in s.partners], partner_names=[p.name for p in s.partners],
            standalone=[summaries[f"standalone/{i}"].to_dict() for i in range(n)],
            pooled=[summaries[f"pooled/{i}"].to_dict() for i in range(n)],
            pool_standalone=summaries["standalone/pool"].to_dict(), pool_pooled=summaries["pooled/pool"].to_dict(),
            distinct_coalitions=len(self.met | (self._coalitions(self.pending[2]) if self.pending else set())))
        for i, pid in enumerate(result.partner_ids + ["pool"]):
            key = i if pid != "pool" else "pool"
            for w in ("standalone", "pooled"):
                sm = summaries[f"{w}/{key}"]
                result.histograms[f"{pid}/{w}"] = sm.histogram()
                result.s_curves[f"{pid}/{w}"] = sm.s_curve()
        if sensitivity:
            self._sensitivity(result, check)
        if self.inputs.correlation_note:
            result.notes.append(self.inputs.correlation_note)
        if exact_shares:
            result.expected_pooled_cost = expected_costs_under_dropout(s, self.terms, check)
        result.precision = self._precision(summaries)
        self.seconds += time.perf_counter() - t0
        result.seconds = self.seconds
        return result

    def _sensitivity(self, result: RiskResult, check: Callable[[], None]) -> None:
        inputs = self.inputs
        if not inputs.d or not self.keep_u:
            return
        u_all = np.vstack(self.keep_u)
        out_all = np.vstack(self.keep_out)
        # events enter as 0/1 (1 = it happens) so that the sign reads "when this happens …"
        events = np.array([c.dist is None for c in inputs.columns])
        probs = np.array([c.probability for c in inputs.columns])
        x = np.where(events, u_all < probs, u_all)
        ranked = RankedInputs(x, events)
        names = [c.label for c in inputs.columns]
        everything = range(inputs.d)
        result.sensitivity["pool"] = [r.to_dict() for r in ranked.sensitivity(names, out_all[:, 0], None,
                                                                              everything)[:15]]
        for i, pid in enumerate(result.partner_ids):
            check()
            ok = ~np.isnan(out_all[:, 1 + i])
            cols = self.concerns[i]
            rows = ranked.sensitivity(names, np.where(ok, out_all[:, 1 + i], 0.0), ok, cols)
            result.sensitivity[pid] = [r.to_dict() for r in rows[:15]]
        if inputs.target is not None:
            achieved = spearman(u_all)
            result.correlation = correlation_report([c.name for c in inputs.columns], inputs.target, achieved)

    def _precision(self, summaries: dict) -> dict:
        target = self.target or prec.Precision()
        z = target.z
        parts = [(sm.trials, round(sm.p_loss * sm.trials)) for key, sm in summaries.items()
                 if not key.endswith("/pool")]
        pools = [(sm.trials, sm.mean_npv, sm.sd_npv if sm.trials > 1 else 0.0) for key, sm in summaries.items()
                 if key == "pooled/pool"]
        got = prec.reached(parts, pools, z)
        return {"confidence": target.confidence, **got,
                "target": self.target.to_dict() if self.target is not None else None,
                "target_reached": prec.holds(self.target, got) if self.target is not None else None,
                "stopped_by": self.stopped or "trials"}


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
