"""The tornado chart's figures for many outcomes at once: each input ranked once, not per outcome.

For every outcome (the pool, each partner over the trials in which it goes ahead) and every input
that can move it: the Spearman rank correlation between input and outcome, and the mean outcome
when the input is among its lowest / highest 10 % of those trials — exactly the figures of
:func:`.metrics.rank_sensitivity` (average ranks for ties), computed from one sort per input:

* an input column with distinct values (a continuous input's uniforms) is sorted once; its ranks
  within any subset of trials are the running count of that subset along the sorted order;
* a yes/no event has two average ranks in any subset, (n₀+1)/2 for "does not happen" and
  n₀ + (n₁+1)/2 for "happens", computed from the counts;
* a column with tied values that is not an event is ranked by ``scipy.stats.rankdata`` per subset.

Sums over trials are plain numpy reductions over the trial axis (no BLAS), so the figures are the
same bit for bit whatever the number of threads.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy import stats

from .metrics import Sensitivity


class RankedInputs:
    """The inputs of the first trials (T × d) with each column sorted once."""

    def __init__(self, x: np.ndarray, events: np.ndarray):
        self.x = np.ascontiguousarray(np.asarray(x, dtype=float).T)  # d × T: one input per row
        self.events = np.asarray(events, dtype=bool)
        d, t = self.x.shape
        cont = np.flatnonzero(~self.events)
        xc = self.x[cont]
        order = np.argsort(xc, axis=1)  # events need no sorting
        srt = np.take_along_axis(xc, order, axis=1)
        tied = np.zeros(d, dtype=bool)
        if t > 1:
            tied[cont] = (np.diff(srt, axis=1) == 0).any(axis=1)
        self.distinct = ~tied & ~self.events
        self.tied = tied
        #: row of each input in ``order`` (−1 for events)
        self.row = np.full(d, -1, dtype=np.intp)
        self.row[cont] = np.arange(cont.size)
        self.order = order

    def sensitivity(self, names: Sequence[str], y: np.ndarray, keep: np.ndarray | None,
                    columns: Sequence[int], share: float = 0.1) -> list[Sensitivity]:
        """Rank correlation and swing of each input in ``columns`` with ``y`` over the trials where
        ``keep`` is true (all when None); strongest first, then by name, as ``rank_sensitivity``."""
        t = self.x.shape[1]
        keep = np.ones(t, dtype=bool) if keep is None else np.asarray(keep, dtype=bool)
        n = int(keep.sum())
        if n == 0:
            return []
        y_all = np.asarray(y, dtype=float)
        yk = y_all[keep]
        ry = stats.rankdata(yk)
        ryc = np.zeros(t)
        ryc[keep] = ry - ry.mean()
        ry_norm = math.sqrt(float((ryc * ryc).sum())) if n > 1 else 0.0
        y0 = np.where(keep, y_all, 0.0)
        cols = np.asarray(columns, dtype=np.intp)
        rho = np.zeros(len(cols))
        low = np.zeros(len(cols))
        high = np.zeros(len(cols))
        lo_thr, hi_thr = share * n, (1 - share) * n + 1

        dist = np.flatnonzero(self.distinct[cols])
        if dist.size:
            order = self.order[self.row[cols[dist]]]  # c × T: trial indices in ascending order of the input
            if n == t:  # every trial: the rank is the position
                run = np.broadcast_to(np.arange(1.0, t + 1.0), order.shape)
            else:  # the rank within the subset: a running count along the sorted order
                run = np.cumsum(keep[order], axis=1, dtype=float)
            # Σ (r − mean)·ryc = Σ r·ryc, since Σ ryc = 0 over the subset and ryc = 0 outside it
            num = (run * ryc[order]).sum(axis=1)
            rc = np.arange(1, n + 1) - (n + 1) / 2
            denom = math.sqrt(float((rc * rc).sum())) * ry_norm
            rho[dist] = np.clip(num / denom, -1, 1) if denom > 0 else 0.0
            # ranks 1 … n each once: the lowest share are ranks ≤ L, the highest ranks ≥ H. The
            # rank at position p is at most p + 1 and at least p + 1 − (T − n), so only the first
            # L + T − n and the last T − H + 1 positions can hold them; trials outside the subset
            # add nothing there (y0 = 0)
            lo_n = math.floor(max(lo_thr, 1.0))
            hi_r = math.ceil(min(hi_thr, float(n)))
            head = min(t, lo_n + (t - n))
            tail = max(0, hi_r - 1)
            low[dist] = ((run[:, :head] <= lo_n) * y0[order[:, :head]]).sum(axis=1) / lo_n
            high[dist] = ((run[:, tail:] >= hi_r) * y0[order[:, tail:]]).sum(axis=1) / (n - hi_r + 1)

        ev = np.flatnonzero(self.events[cols])
        if ev.size:
            # a yes/no event's average ranks are r0 = (n0+1)/2 (no) and r1 = n0 + (n1+1)/2 (yes): a
            # straight line a + b·h in the indicator h with b = n/2, so Σ (r − mean)·ryc = b·Σ h·ryc
            h = (self.x[cols[ev]] > 0.5) & keep
            n1 = h.sum(axis=1)
            n0 = n - n1
            r0, r1 = (n0 + 1) / 2, n0 + (n1 + 1) / 2
            a = r0 - (n + 1) / 2
            b = n / 2
            denom = np.sqrt(n0 * a * a + n1 * (a + b) ** 2) * ry_norm
            num = b * (h * ryc).sum(axis=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                rho[ev] = np.where(denom > 0, np.clip(num / np.where(denom > 0, denom, 1.0), -1, 1), 0.0)
            s1 = (h * y0).sum(axis=1)
            s0 = float(y0.sum()) - s1
            rmin = np.where(n0 > 0, r0, r1)
            rmax = np.where(n1 > 0, r1, r0)
            lo_lim, hi_lim = np.maximum(lo_thr, rmin), np.minimum(hi_thr, rmax)
            with np.errstate(invalid="ignore", divide="ignore"):
                low[ev] = ((s0 * (r0 <= lo_lim) * (n0 > 0) + s1 * (r1 <= lo_lim) * (n1 > 0))
                           / (n0 * (r0 <= lo_lim) + n1 * (r1 <= lo_lim)))
                high[ev] = ((s0 * (r0 >= hi_lim) * (n0 > 0) + s1 * (r1 >= hi_lim) * (n1 > 0))
                            / (n0 * (r0 >= hi_lim) + n1 * (r1 >= hi_lim)))

        for j in np.flatnonzero(self.tied[cols]):
            xk = self.x[cols[j], keep]
            rx = stats.rankdata(xk)
            rxc = rx - rx.mean()
            denom = math.sqrt(float((rxc * rxc).sum())) * ry_norm
            rho[j] = float(np.clip((rxc * (ry - ry.mean())).sum() / denom, -1, 1)) if denom > 0 else 0.0
            low[j] = float(yk[rx <= max(lo_thr, rx.min())].mean())
            high[j] = float(yk[rx >= min(hi_thr, rx.max())].mean())

        out = [Sensitivity(names[c], float(rho[j]), float(low[j]), float(high[j])) for j, c in enumerate(cols)]
        out.sort(key=lambda s: (-abs(s.rho), s.input))
        return out
