"""Risk figures of a simulated outcome: mean, loss probability, VaR, expected shortfall, percentiles.

Outcomes are net present values (NPV, in the scenario's currency): positive is a gain. The loss is
``L = −NPV``. **Sign convention:** value at risk and expected shortfall are reported as *loss
amounts*, positive when money is lost:

* ``VaR_α = inf{ℓ : P(L ≤ ℓ) ≥ α}`` – the loss that is not exceeded with probability α (95 %);
  on N outcomes the ⌈αN⌉-th smallest loss.
* ``ES_α`` (expected shortfall, CVaR) – the mean loss over the worst (1 − α) share of outcomes,
  splitting the atom at the quantile (Acerbi & Tasche 2002): with N outcomes the ⌊N(1−α)⌋ worst
  count fully and the next one with the remaining fraction. A loss of 1 with probability 4 % and
  0 otherwise has VaR95 = 0 and ES95 = 0.04/0.05 = 0.8.

A negative VaR or ES means that even the bad cases gain money. Percentiles (P5, P50, P95) are of the
NPV itself, interpolated linearly like Excel's PERCENTILE.INC / numpy's default. P(loss) is
P(NPV < 0). Standard errors: of the mean ``s/√N``, of P(loss) ``√(p(1−p)/N)``; both are 0 when
every trial gives the same NPV (the figure is then exact, nothing in it is uncertain), and NaN
(``null`` in JSON) for a single trial.

:class:`StreamingSummary` computes the same figures over chunks with bounded memory; see its
docstring for the approximation beyond its sample cap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
from scipy import stats

from ..messages import Msg

#: Level of the reported VaR and expected shortfall.
LEVEL = 0.95
#: The S-curve is thinned to at most this many points.
SCURVE_POINTS = 512
#: Histogram bins of the summary.
HISTOGRAM_BINS = 50
#: Exact values kept per series by :class:`StreamingSummary` before it switches to a histogram
#: (the simulation keeps 2n + 2 series: 500,000 values each is 4 MB a series).
DEFAULT_CAP = 500_000
#: Figures that come from the histogram, not from exact order statistics, beyond the cap.
APPROXIMATE_KEYS = ("var95", "cvar95", "p5", "p50", "p95")


def _as_outcomes(npv: Sequence[float] | np.ndarray) -> np.ndarray:
    x = np.asarray(npv, dtype=float).ravel()
    if x.size == 0:
        raise ValueError(Msg("metrics_no_outcomes"))
    if not np.isfinite(x).all():
        raise ValueError(Msg("metrics_not_finite"))
    return x


def _loss(npv: float) -> float:
    """A loss amount from an NPV (−NPV), without a negative zero."""
    return float(-npv) + 0.0


def _check_level(level: float) -> None:
    if not 0.0 < level < 1.0:
        raise ValueError(Msg("metrics_level", level=float(level)))


def _tail_split(n: int, level: float) -> tuple[int, float, float]:
    """For N outcomes: (j, frac, m) – the j smallest NPVs count fully, the (j+1)-th with ``frac``; m = N(1−α)."""
    k = math.ceil(level * n - 1e-9)  # ⌈αN⌉, robust to α·N landing a hair above an integer
    k = min(max(k, 1), n)
    m = n - level * n  # N(1−α), written so that 0.95·100 gives exactly 5
    j = n - k
    return j, min(max(m - j, 0.0), 1.0), m


def value_at_risk(npv: Sequence[float] | np.ndarray, level: float = LEVEL) -> float:
    """VaR at ``level`` of the loss −NPV, as a loss amount (positive = money lost). O(N)."""
    _check_level(level)
    x = _as_outcomes(npv)
    j, _, _ = _tail_split(x.size, level)
    return _loss(np.partition(x, j)[j])


def expected_shortfall(npv: Sequence[float] | np.ndarray, level: float = LEVEL) -> float:
    """Expected shortfall (CVaR) at ``level`` of the loss −NPV, as a loss amount. O(N).

    The mean loss of the worst (1 − level) share of outcomes, the outcome at the quantile counted
    with the fraction needed to fill that share exactly — correct for discrete outcomes.
    """
    _check_level(level)
    x = _as_outcomes(npv)
    j, frac, m = _tail_split(x.size, level)
    part = np.partition(x, j)
    return _loss((part[:j].sum() + frac * part[j]) / m)


@dataclass(frozen=True, eq=False)  # holds arrays: compare to_dict() instead
class RiskSummary:
    """Risk figures of one outcome series (NPV per trial, in currency).

    ``var95`` and ``cvar95`` are loss amounts (positive = money lost, see the module docstring);
    ``p5``/``p50``/``p95`` and ``mean_npv`` are NPVs. ``exact`` is False when the figures come from
    :class:`StreamingSummary`'s histogram (beyond its cap; error bounds documented there).
    """

    trials: int
    mean_npv: float
    sd_npv: float
    p_loss: float
    var95: float
    cvar95: float
    p5: float
    p50: float
    p95: float
    stderr_mean: float
    stderr_p_loss: float
    min_npv: float
    max_npv: float
    histogram_edges: np.ndarray = field(repr=False)
    histogram_counts: np.ndarray = field(repr=False)
    scurve_values: np.ndarray = field(repr=False)
    scurve_probabilities: np.ndarray = field(repr=False)
    exact: bool = True

    KEYS = ("mean_npv", "p_loss", "var95", "cvar95", "p5", "p50", "p95", "stderr_mean", "stderr_p_loss",
            "trials")

    def to_dict(self, charts: bool = False) -> dict:
        """The figures as plain numbers under the keys in ``KEYS``, plus ``exact`` and
        ``approximate`` (the keys whose values come from the histogram beyond the cap, else []);
        with ``charts`` also the chart data."""
        d: dict = {k: getattr(self, k) for k in self.KEYS}
        d["trials"] = int(self.trials)
        d["exact"] = bool(self.exact)
        d["approximate"] = [] if self.exact else list(APPROXIMATE_KEYS)
        if charts:
            d.update(sd_npv=self.sd_npv, min_npv=self.min_npv, max_npv=self.max_npv,
                     histogram=self.histogram(), s_curve=self.s_curve())
        return d

    def histogram(self) -> dict:
        """``{"edges": [...], "counts": [...]}``: bins of NPV (currency) and trials per bin (JSON-ready)."""
        return {"edges": self.histogram_edges.tolist(), "counts": self.histogram_counts.tolist()}

    def s_curve(self) -> dict:
        """``{"values": [...], "probabilities": [...]}``: NPV and P(NPV ≤ value), at most 512 points."""
        return {"values": self.scurve_values.tolist(), "probabilities": self.scurve_probabilities.tolist()}


def _scurve_ranks(n: int, points: int = SCURVE_POINTS) -> np.ndarray:
    """0-based order-statistic indices for the S-curve: evenly spread, first and last included."""
    return np.unique(np.round(np.linspace(0, n - 1, min(n, points))).astype(np.int64))


def _stderr(n: int, sd: float, p: float) -> tuple[float, float]:
    if n < 2:
        return math.nan, math.nan
    return sd / math.sqrt(n), math.sqrt(p * (1.0 - p) / n)


def summarize(npv: Sequence[float] | np.ndarray, bins: int = HISTOGRAM_BINS) -> RiskSummary:
    """Exact risk figures of the outcomes ``npv`` (one NPV per trial)."""
    x = _as_outcomes(npv)
    s = np.sort(x)
    n = s.size
    j, frac, m = _tail_split(n, LEVEL)
    if s[0] == s[-1]:  # every trial the same: exactly that value, no spread (not a rounding residue)
        mean, sd = float(s[0]), (0.0 if n > 1 else math.nan)
    else:
        mean = float(s.mean())
        sd = float(s.std(ddof=1)) if n > 1 else math.nan
    p_loss = float(np.searchsorted(s, 0.0, side="left") / n)
    p5, p50, p95 = (float(v) for v in np.percentile(s, [5, 50, 95]))
    counts, edges = np.histogram(s, bins=bins)
    ranks = _scurve_ranks(n)
    se_mean, se_p = _stderr(n, sd, p_loss)
    return RiskSummary(
        trials=n, mean_npv=mean, sd_npv=sd, p_loss=p_loss,
        var95=_loss(s[j]), cvar95=_loss((s[:j].sum() + frac * s[j]) / m),
        p5=p5, p50=p50, p95=p95, stderr_mean=se_mean, stderr_p_loss=se_p,
        min_npv=float(s[0]), max_npv=float(s[-1]),
        histogram_edges=edges, histogram_counts=counts,
        scurve_values=s[ranks], scurve_probabilities=(ranks + 1) / n,
    )


# ---- streaming ---------------------------------------------------------------------------------

class _LogStore:
    """Counts and exact sums of values in logarithmic bins (γ^(i−1), γ^i] of |x|, dense over the used range."""

    def __init__(self) -> None:
        self.offset = 0
        self.counts = np.zeros(0, dtype=np.int64)
        self.sums = np.zeros(0)

    def add(self, index: np.ndarray, values: np.ndarray) -> None:
        if index.size == 0:
            return
        lo, hi = int(index.min()), int(index.max())
        self._cover(lo, hi)
        shifted = index - self.offset
        self.counts += np.bincount(shifted, minlength=self.counts.size)
        self.sums += np.bincount(shifted, weights=values, minlength=self.sums.size)

    def _cover(self, lo: int, hi: int) -> None:
        if self.counts.size == 0:
            self.offset = lo
            self.counts = np.zeros(hi - lo + 1, dtype=np.int64)
            self.sums = np.zeros(hi - lo + 1)
            return
        new_lo = min(lo, self.offset)
        new_hi = max(hi, self.offset + self.counts.size - 1)
        if new_lo == self.offset and new_hi == self.offset + self.counts.size - 1:
            return
        counts = np.zeros(new_hi - new_lo + 1, dtype=np.int64)
        sums = np.zeros(new_hi - new_lo + 1)
        a = self.offset - new_lo
        counts[a:a + self.counts.size] = self.counts
        sums[a:a + self.sums.size] = self.sums
        self.offset, self.counts, self.sums = new_lo, counts, sums

    def merge(self, other: "_LogStore") -> None:
        if other.counts.size == 0:
            return
        self._cover(other.offset, other.offset + other.counts.size - 1)
        a = other.offset - self.offset
        self.counts[a:a + other.counts.size] += other.counts
        self.sums[a:a + other.sums.size] += other.sums


class _Sketch:
    """A mergeable histogram with bins of relative width 2a/(1−a) on each side of 0, and a zero bucket.

    Each bin holds the count and the exact sum of its values, so the mean of a bin is exact for
    atoms (all values equal) and within the bin otherwise.
    """

    def __init__(self, relative_accuracy: float, zero_threshold: float) -> None:
        self.a = relative_accuracy
        self.log_gamma = math.log((1 + relative_accuracy) / (1 - relative_accuracy))
        self.zero_threshold = zero_threshold
        self.pos, self.neg = _LogStore(), _LogStore()
        self.zero_count, self.zero_sum = 0, 0.0

    def add(self, x: np.ndarray) -> None:
        big = np.abs(x) > self.zero_threshold
        zero = x[~big]
        self.zero_count += zero.size
        self.zero_sum += float(zero.sum())
        for store, part in ((self.pos, x[big & (x > 0)]), (self.neg, x[big & (x < 0)])):
            if part.size:
                store.add(np.ceil(np.log(np.abs(part)) / self.log_gamma).astype(np.int64), part)

    def merge(self, other: "_Sketch") -> None:
        self.pos.merge(other.pos)
        self.neg.merge(other.neg)
        self.zero_count += other.zero_count
        self.zero_sum += other.zero_sum
        self.zero_threshold = max(self.zero_threshold, other.zero_threshold)

    def ordered(self) -> tuple[np.ndarray, np.ndarray]:
        """Counts and sums of the non-empty bins in ascending order of value."""
        counts = np.concatenate([self.neg.counts[::-1], [self.zero_count], self.pos.counts])
        sums = np.concatenate([self.neg.sums[::-1], [self.zero_sum], self.pos.sums])
        keep = counts > 0
        return counts[keep], sums[keep]


class StreamingSummary:
    """Risk figures of an outcome series fed in chunks, in bounded memory.

    Up to ``cap`` values (default 500,000) every value is kept and :meth:`summary` equals
    :func:`summarize` of all values exactly. Beyond the cap the values are replaced by a mergeable
    log-scale histogram (bins whose edges grow by the factor γ = (1+a)/(1−a), ``a`` =
    ``relative_accuracy``, default 1e-4, with count and exact sum per bin) and the figures become:

    * exact: trials, mean and standard deviation (Chan/Welford merge), P(loss) and both standard
      errors (an exact count of NPV < 0), minimum and maximum;
    * approximate: every order statistic is replaced by the mean of its bin, so P5/P50/P95 and VaR
      are off by at most 2a·|value| / (1 − a) + z (about 0.02 % of the value), exact when the
      values at the quantile are all equal (an atom); z = 1e-9 × the largest |NPV| seen up to the
      cap is the zero bucket's half-width; ES is off by at most the same amount, since only the one
      bin at the quantile is approximated and all other tail bins enter with exact sums;
    * the histogram counts may move a value across a display-bin edge within that error; the
      S-curve points are approximate order statistics.

    Memory beyond the cap: two float/int arrays over the bins actually used, at most about
    ln(max/z)/(2a) bins per sign (≈ 3 MB per sign at the defaults).
    """

    def __init__(self, cap: int = DEFAULT_CAP, relative_accuracy: float = 1e-4, bins: int = HISTOGRAM_BINS):
        if cap < 0:
            raise ValueError("cap must not be negative")
        if not 0 < relative_accuracy < 0.5:
            raise ValueError("relative_accuracy must lie in (0, 0.5)")
        self.cap, self.relative_accuracy, self.bins = cap, relative_accuracy, bins
        self._chunks: list[np.ndarray] = []
        self._sketch: _Sketch | None = None
        self.n = 0
        self._mean = 0.0
        self._m2 = 0.0
        self._min = math.inf
        self._max = -math.inf
        self._losses = 0

    @property
    def trials(self) -> int:
        return self.n

    @property
    def exact(self) -> bool:
        return self._sketch is None

    def add(self, values: Sequence[float] | np.ndarray) -> None:
        """Add a chunk of outcomes (NPVs)."""
        x = np.asarray(values, dtype=float).ravel()
        if x.size == 0:
            return
        if not np.isfinite(x).all():
            raise ValueError(Msg("metrics_not_finite"))
        self._moments(x.size, float(x.mean()), float(((x - x.mean()) ** 2).sum()),
                      float(x.min()), float(x.max()), int(np.count_nonzero(x < 0)))
        if self._sketch is not None:
            self._sketch.add(x)
        elif self.n <= self.cap:
            self._chunks.append(x.copy())
        else:
            self._to_sketch(extra=x)

    def _moments(self, n: int, mean: float, m2: float, lo: float, hi: float, losses: int) -> None:
        total = self.n + n
        delta = mean - self._mean
        self._mean += delta * n / total
        self._m2 += m2 + delta * delta * self.n * n / total
        self.n = total
        self._min, self._max = min(self._min, lo), max(self._max, hi)
        self._losses += losses

    def _to_sketch(self, extra: np.ndarray | None = None) -> None:
        parts = self._chunks + ([extra] if extra is not None else [])
        scale = max((float(np.abs(p).max()) for p in parts), default=1.0)
        self._sketch = _Sketch(self.relative_accuracy, 1e-9 * scale if scale > 0 else 1e-9)
        for p in parts:
            self._sketch.add(p)
        self._chunks = []

    def merge(self, other: "StreamingSummary") -> None:
        """Add everything ``other`` has seen (e.g. from another worker)."""
        if other.n == 0:
            return
        self._moments(other.n, other._mean, other._m2, other._min, other._max, other._losses)
        if self._sketch is None and other._sketch is None and self.n <= self.cap:
            self._chunks.extend(c.copy() for c in other._chunks)
            return
        if self._sketch is None:
            self._to_sketch()
        sketch = self._sketch
        assert sketch is not None
        if other._sketch is not None:
            sketch.merge(other._sketch)
        else:
            for c in other._chunks:
                sketch.add(c)

    def _copy(self) -> "StreamingSummary":
        out = StreamingSummary(self.cap, self.relative_accuracy, self.bins)
        out.n, out._mean, out._m2, out._min, out._max, out._losses = (
            self.n, self._mean, self._m2, self._min, self._max, self._losses)
        out._chunks = list(self._chunks)
        if self._sketch is not None:
            sk = _Sketch(self._sketch.a, self._sketch.zero_threshold)
            sk.merge(self._sketch)
            out._sketch = sk
        return out

    def moments(self) -> tuple[int, float, float, int]:
        """(trials, mean, standard deviation, number of losses) of everything added so far; cheap
        (no sorting), for stop rules. The standard deviation is 0 when all values are equal."""
        if self.n < 2 or self._min == self._max:
            return self.n, (self._min if self.n and self._min == self._max else self._mean), 0.0, self._losses
        return self.n, self._mean, math.sqrt(self._m2 / (self.n - 1)), self._losses

    def summary(self, extra: np.ndarray | None = None) -> RiskSummary:
        """The risk figures of everything added so far (exact below the cap); with ``extra``, of
        everything plus those values, without adding them."""
        if extra is not None and np.size(extra):
            if self._sketch is None and self.n + np.size(extra) <= self.cap:
                return summarize(np.concatenate(self._chunks + [np.asarray(extra, dtype=float).ravel()]),
                                 bins=self.bins)
            tmp = self._copy()
            tmp.add(extra)
            return tmp.summary()
        if self.n == 0:
            raise ValueError(Msg("metrics_no_outcomes"))
        if self._sketch is None:
            return summarize(np.concatenate(self._chunks), bins=self.bins)
        n = self.n
        counts, sums = self._sketch.ordered()
        means = np.clip(sums / counts, self._min, self._max)
        cum = np.cumsum(counts)

        def order_stat(k: np.ndarray | int) -> np.ndarray:
            return means[np.searchsorted(cum, np.asarray(k), side="right")]

        j, frac, m = _tail_split(n, LEVEL)
        b = int(np.searchsorted(cum, j, side="right"))  # the bin of the (j+1)-th smallest value
        before = int(cum[b - 1]) if b else 0
        tail_sum = float(sums[:b].sum()) + (j - before) * means[b] + frac * means[b]
        h = (n - 1) * np.array([0.05, 0.5, 0.95])
        lo_k = np.floor(h).astype(np.int64)
        lo_v, hi_v = order_stat(lo_k), order_stat(np.minimum(lo_k + 1, n - 1))
        p5, p50, p95 = (float(v) for v in lo_v + (h - lo_k) * (hi_v - lo_v))
        sd = math.sqrt(self._m2 / (n - 1)) if n > 1 else math.nan
        mean = self._mean
        if self._min == self._max:
            mean, sd = self._min, 0.0
        p_loss = self._losses / n
        se_mean, se_p = _stderr(n, sd, p_loss)
        edges = np.histogram_bin_edges([self._min, self._max], bins=self.bins)
        hist, _ = np.histogram(means, bins=edges, weights=counts)
        ranks = _scurve_ranks(n)
        return RiskSummary(
            trials=n, mean_npv=mean, sd_npv=sd, p_loss=p_loss,
            var95=_loss(means[b]), cvar95=_loss(tail_sum / m),
            p5=p5, p50=p50, p95=p95, stderr_mean=se_mean, stderr_p_loss=se_p,
            min_npv=self._min, max_npv=self._max,
            histogram_edges=edges, histogram_counts=hist.astype(np.int64),
            scurve_values=order_stat(ranks), scurve_probabilities=(ranks + 1) / n, exact=False,
        )


# ---- sensitivity ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Sensitivity:
    """How strongly one input drives the outcome (a bar of the tornado chart).

    ``input``: the input's name; ``rho``: Spearman rank correlation between the input and the
    outcome (−1 … 1). ``low_mean`` /
    ``high_mean``: mean outcome when the input is among its lowest / highest ``share`` of trials
    (ties kept together, so for a yes/no event: not happening / happening); ``swing`` their
    difference, in the outcome's currency.
    """

    input: str
    rho: float
    low_mean: float
    high_mean: float

    @property
    def swing(self) -> float:
        return self.high_mean - self.low_mean

    def to_dict(self) -> dict:
        return {"input": self.input, "rho": self.rho, "low_mean": self.low_mean,
                "high_mean": self.high_mean, "swing": self.swing}


def rank_sensitivity(inputs: Mapping[str, np.ndarray], output: np.ndarray,
                     share: float = 0.1) -> list[Sensitivity]:
    """Spearman correlation (and swing) of each input with the output, strongest first.

    ``inputs`` maps an input's name to its sampled values, aligned trial by trial with ``output``.
    Constant inputs get 0 and no swing. Sorted by |rho| descending, then by name. ``to_dict()`` of
    each element is JSON-ready.
    """
    y = _as_outcomes(output)
    n = y.size
    ry = stats.rankdata(y)
    ry_c = ry - ry.mean()
    ry_norm = math.sqrt(float(ry_c @ ry_c))
    out = []
    for name, values in inputs.items():
        x = np.asarray(values, dtype=float).ravel()
        if x.size != n:
            raise ValueError(f"input {name!r} has {x.size} values but the output has {n}")
        rx = stats.rankdata(x)
        rx_c = rx - rx.mean()
        denom = math.sqrt(float(rx_c @ rx_c)) * ry_norm
        rho = float(np.clip(rx_c @ ry_c / denom, -1, 1)) if denom > 0 else 0.0
        low = rx <= max(share * n, rx.min())
        high = rx >= min((1 - share) * n + 1, rx.max())
        out.append(Sensitivity(name, rho, float(y[low].mean()), float(y[high].mean())))
    out.sort(key=lambda s: (-abs(s.rho), s.input))
    return out
