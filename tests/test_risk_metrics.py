"""Risk figures: VaR and expected shortfall (discrete and continuous), summary, streaming, tornado."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from coop_calc.risk.metrics import (
    RiskSummary,
    StreamingSummary,
    expected_shortfall,
    rank_sensitivity,
    summarize,
    value_at_risk,
)

outcomes = st.lists(st.one_of(st.integers(-50, 50).map(float), st.floats(-1e6, 1e6)), min_size=1, max_size=300)
levels = st.sampled_from([0.5, 0.9, 0.95, 0.975, 0.99])


def reference_es(npv, level) -> float:
    """Slow oracle: (1/(1−α)) ∫_α^1 VaR_u du over the step quantile function of the losses, in fractions."""
    losses = sorted(-x for x in npv)
    n = len(losses)
    a = Fraction(level).limit_denominator(10_000)
    total = Fraction(0)
    for i, loss in enumerate(losses):  # loss quantile is losses[i] on ((i)/n, (i+1)/n]
        lo, hi = max(Fraction(i, n), a), Fraction(i + 1, n)
        if hi > lo:
            total += (hi - lo) * Fraction(loss)
    return float(total / (1 - a))


# ---- VaR and expected shortfall -------------------------------------------------------------------

def test_discrete_loss_example_from_the_method_notes():
    """A loss of 1 with probability 4 %: VaR95 = 0, ES95 = 0.04/0.05 = 0.8 (not 1, the mean beyond VaR)."""
    npv = np.zeros(10_000)
    npv[np.random.default_rng(1).permutation(10_000)[:400]] = -1.0
    assert value_at_risk(npv) == 0.0
    assert expected_shortfall(npv) == pytest.approx(0.8, abs=1e-12)
    s = summarize(npv)
    assert (s.var95, s.cvar95, s.p_loss) == (0.0, pytest.approx(0.8, abs=1e-12), 0.04)
    assert s.to_dict()["var95"] == 0.0 and not math.copysign(1, s.var95) < 0  # no "-0"


def test_normal_closed_form():
    """NPV ~ N(μ, σ²), loss = −NPV: VaR = −μ + σ z, ES = −μ + σ φ(z)/(1−α)."""
    mu, sigma, n = 100.0, 50.0, 1_000_000
    npv = mu + sigma * stats.norm.ppf((np.arange(n) + 0.5) / n)  # exact quantile grid
    z = stats.norm.ppf(0.95)
    assert value_at_risk(npv) == pytest.approx(-mu + sigma * z, abs=1e-3)
    assert expected_shortfall(npv) == pytest.approx(-mu + sigma * stats.norm.pdf(z) / 0.05, abs=1e-3)
    assert expected_shortfall(npv, 0.99) == pytest.approx(-mu + sigma * stats.norm.pdf(stats.norm.ppf(0.99)) / 0.01,
                                                          abs=1e-2)


@given(outcomes, levels)
@settings(max_examples=150, deadline=None)
def test_var_and_es_against_slow_references(npv, level):
    x = np.array(npv)
    var = value_at_risk(x, level)
    es = expected_shortfall(x, level)
    assert var == np.quantile(-x, level, method="inverted_cdf")
    assert es == pytest.approx(reference_es(npv, level), rel=1e-9, abs=1e-6)
    assert var - 1e-6 <= es <= -x.min() + 1e-6


@given(outcomes)
@settings(max_examples=50, deadline=None)
def test_summary_matches_direct_definitions(npv):
    x = np.array(npv)
    s = summarize(x)
    n = x.size
    assert s.trials == n
    assert s.mean_npv == pytest.approx(x.mean(), rel=1e-12, abs=1e-9)
    assert s.p_loss == np.mean(x < 0)
    assert (s.p5, s.p50, s.p95) == pytest.approx(tuple(np.percentile(x, [5, 50, 95])), rel=1e-12, abs=1e-9)
    assert s.var95 == value_at_risk(x) and s.cvar95 == pytest.approx(expected_shortfall(x), rel=1e-12, abs=1e-9)
    if n > 1:
        assert s.stderr_mean == pytest.approx(x.std(ddof=1) / math.sqrt(n), rel=1e-9, abs=1e-12)
        assert s.stderr_p_loss == pytest.approx(math.sqrt(s.p_loss * (1 - s.p_loss) / n))
    else:
        assert math.isnan(s.stderr_mean)
    assert s.histogram_counts.sum() == n and len(s.histogram_edges) == len(s.histogram_counts) + 1
    assert len(s.scurve_values) <= 512 and s.scurve_probabilities[-1] == 1.0
    assert s.scurve_values[0] == x.min() and s.scurve_values[-1] == x.max()
    assert (np.diff(s.scurve_values) >= 0).all() and (np.diff(s.scurve_probabilities) > 0).all()


def test_to_dict_keys_and_charts():
    s = summarize(np.linspace(-10, 90, 5000))
    assert list(s.to_dict()) == ["mean_npv", "p_loss", "var95", "cvar95", "p5", "p50", "p95", "stderr_mean",
                                 "stderr_p_loss", "trials", "exact", "approximate"]
    assert s.to_dict()["exact"] is True and s.to_dict()["approximate"] == []
    charts = s.to_dict(charts=True)
    assert len(charts["s_curve"]["values"]) == 512 and sum(charts["histogram"]["counts"]) == 5000
    assert charts["histogram"] == s.histogram() and charts["s_curve"] == s.s_curve()
    assert isinstance(s, RiskSummary)


def test_invalid_outcomes_and_levels():
    with pytest.raises(ValueError, match="at least one trial"):
        summarize([])
    with pytest.raises(ValueError, match="not finite"):
        value_at_risk([1.0, float("nan")])
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        expected_shortfall([1.0, 2.0], level=1.0)


# ---- streaming --------------------------------------------------------------------------------------

@given(outcomes, st.lists(st.integers(0, 300), max_size=6))
@settings(max_examples=60, deadline=None)
def test_streaming_equals_exact_below_the_cap(npv, cuts):
    x = np.array(npv)
    stream = StreamingSummary(cap=1000)
    edges = [0, *sorted(c for c in cuts if c < x.size), x.size]
    for a, b in zip(edges, edges[1:]):
        stream.add(x[a:b])
    got, want = stream.summary(), summarize(x)
    assert stream.exact and got.exact
    for f in ("trials", "mean_npv", "p_loss", "var95", "cvar95", "p5", "p50", "p95", "min_npv", "max_npv"):
        assert getattr(got, f) == getattr(want, f)
    assert np.array_equal(got.histogram_counts, want.histogram_counts)
    assert np.array_equal(got.scurve_values, want.scurve_values)


def test_streaming_beyond_the_cap_stays_within_the_documented_error():
    rng = np.random.default_rng(3)
    x = np.concatenate([rng.normal(50, 100, 300_000), rng.lognormal(3, 1, 100_000) - 200])
    rng.shuffle(x)
    a = 1e-4
    stream = StreamingSummary(cap=50_000, relative_accuracy=a)
    for chunk in np.array_split(x, 17):
        stream.add(chunk)
    got, want = stream.summary(), summarize(x)
    assert not got.exact and got.trials == want.trials
    # exact parts
    for f in ("mean_npv", "sd_npv", "stderr_mean"):
        assert getattr(got, f) == pytest.approx(getattr(want, f), rel=1e-10)
    assert (got.p_loss, got.stderr_p_loss, got.min_npv, got.max_npv) == \
        (want.p_loss, want.stderr_p_loss, want.min_npv, want.max_npv)
    # histogram-based parts: within 2a/(1−a)·|value| + the zero bucket's width
    bound = 2 * a / (1 - a)
    zero = 1e-9 * np.abs(x).max()
    for f in ("var95", "p5", "p50", "p95"):
        assert abs(getattr(got, f) - getattr(want, f)) <= bound * abs(getattr(want, f)) + zero + 1e-12, f
    assert abs(got.cvar95 - want.cvar95) <= bound * abs(want.var95) + zero
    assert got.histogram_counts.sum() == x.size
    assert np.abs(got.histogram_counts - want.histogram_counts).max() <= 0.01 * want.histogram_counts.max()
    assert len(got.scurve_values) == 512
    assert got.scurve_values == pytest.approx(want.scurve_values, rel=bound, abs=zero)


def test_streaming_keeps_atoms_exact_beyond_the_cap():
    npv = np.zeros(200_000)
    npv[np.random.default_rng(2).permutation(200_000)[:8_000]] = -1.0
    stream = StreamingSummary(cap=10_000)
    for chunk in np.array_split(npv, 9):
        stream.add(chunk)
    s = stream.summary()
    assert not s.exact
    assert s.var95 == 0.0 and s.cvar95 == pytest.approx(0.8, abs=1e-12) and s.p_loss == 0.04


def test_streaming_memory_is_bounded():
    stream = StreamingSummary(cap=20_000)
    rng = np.random.default_rng(4)
    for _ in range(20):
        stream.add(rng.normal(1e5, 3e4, 10_000))
    sketch = stream._sketch
    assert stream._chunks == [] and sketch is not None
    assert sketch.pos.counts.size + sketch.neg.counts.size < 200_000


def test_merge_equals_feeding_everything():
    rng = np.random.default_rng(5)
    x, y = rng.normal(0, 1, 3000), rng.normal(1, 2, 2000)
    a, b, whole = StreamingSummary(), StreamingSummary(), StreamingSummary()
    a.add(x), b.add(y), whole.add(np.concatenate([x, y]))
    a.merge(b)
    assert a.summary().to_dict() == whole.summary().to_dict()
    # beyond the cap the merged sketch gives the same figures up to the documented error
    a, b, whole = StreamingSummary(cap=1000), StreamingSummary(cap=1000), StreamingSummary(cap=1000)
    for part in np.array_split(x, 3):
        a.add(part), whole.add(part)
    for part in np.array_split(y, 3):
        b.add(part), whole.add(part)
    a.merge(b)
    m, w = a.summary(), whole.summary()
    assert m.trials == 5000 and m.p_loss == w.p_loss and m.mean_npv == pytest.approx(w.mean_npv, rel=1e-12)
    assert m.cvar95 == pytest.approx(w.cvar95, rel=1e-3)


def test_streaming_rejects_non_finite_and_empty():
    s = StreamingSummary()
    with pytest.raises(ValueError, match="at least one trial"):
        s.summary()
    with pytest.raises(ValueError, match="not finite"):
        s.add([1.0, float("inf")])


# ---- tornado -------------------------------------------------------------------------------------------

def test_rank_sensitivity_orders_by_strength_and_gives_swings():
    rng = np.random.default_rng(6)
    n = 20_000
    benefit = rng.normal(100, 20, n)
    event = (rng.random(n) < 0.05).astype(float)
    noise = rng.random(n)
    const = np.full(n, 3.0)
    npv = 10 * benefit - 5000 * event + noise
    result = rank_sensitivity({"noise": noise, "event": event, "benefit": benefit, "const": const}, npv)
    assert [r.input for r in result] == ["benefit", "event", "noise", "const"]
    by = {r.input: r for r in result}
    assert by["benefit"].rho > 0.8 and by["event"].rho < -0.2 and abs(by["noise"].rho) < 0.03
    assert by["benefit"].rho == pytest.approx(stats.spearmanr(benefit, npv).statistic, abs=1e-12)
    # for a yes/no event the swing is exactly "mean when it happens − mean when it does not"
    assert by["event"].swing == pytest.approx(npv[event == 1].mean() - npv[event == 0].mean())
    assert by["event"].swing == pytest.approx(-5000, rel=0.05)
    # for a continuous input: top tenth versus bottom tenth
    order = np.argsort(benefit)
    assert by["benefit"].low_mean == pytest.approx(npv[order[:n // 10]].mean())
    assert by["benefit"].high_mean == pytest.approx(npv[order[-n // 10:]].mean())
    assert by["const"].rho == 0 and by["const"].swing == 0
    assert set(by["benefit"].to_dict()) == {"input", "rho", "low_mean", "high_mean", "swing"}
    with pytest.raises(ValueError, match="has 3 values but the output has"):
        rank_sensitivity({"x": np.ones(3)}, npv)


def test_beyond_the_cap_the_figures_say_which_are_approximate():
    stream = StreamingSummary(cap=1000)
    for part in np.array_split(np.random.default_rng(3).normal(size=5000), 7):
        stream.add(part)
    d = stream.summary().to_dict()
    assert d["exact"] is False and d["approximate"] == ["var95", "cvar95", "p5", "p50", "p95"]


def test_identical_trials_have_no_spread_and_an_exact_mean():
    x = np.full(10_000, 0.1 + 0.2)  # a value whose sum is not exact in floating point
    s = summarize(x)
    assert s.mean_npv == 0.1 + 0.2 and s.sd_npv == 0.0 and s.stderr_mean == 0.0 and s.stderr_p_loss == 0.0
    stream = StreamingSummary(cap=100)
    for part in np.array_split(x, 9):
        stream.add(part)
    t = stream.summary()
    assert t.mean_npv == 0.1 + 0.2 and t.sd_npv == 0.0 and t.stderr_mean == 0.0


def test_summary_with_extra_values_equals_adding_them():
    rng = np.random.default_rng(5)
    x, y = rng.normal(size=3000), rng.normal(size=500)
    for cap in (10_000, 1000):
        a, b = StreamingSummary(cap=cap), StreamingSummary(cap=cap)
        a.add(x)
        b.add(x)
        b.add(y)
        assert a.summary(y).to_dict(charts=True) == b.summary().to_dict(charts=True)
        assert a.n == 3000  # unchanged
