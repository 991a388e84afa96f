"""Distribution families: moments against closed forms and samples, inverse CDF, JSON and validation."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from coop_calc.errors import ValidationError
from coop_calc.risk.distribution_json import parse_distribution
from coop_calc.risk.distributions import (
    Bernoulli,
    Discrete,
    Fixed,
    Lognormal,
    Normal,
    Pert,
    Triangular,
    Uniform,
)

PLACE = "Item 'Cobot' › annual benefit"

EXAMPLES = {
    "fixed": {"type": "fixed", "value": 3.5},
    "uniform": {"type": "uniform", "low": 2, "high": 8},
    "triangular": {"type": "triangular", "low": 2, "mode": 3, "high": 8},
    "pert": {"type": "pert", "low": 2, "mode": 3, "high": 8},
    "normal": {"type": "normal", "mean": 10, "sd": 2},
    "normal_truncated": {"type": "normal", "mean": 1, "sd": 2, "low": 0, "high": 6},
    "normal_low_only": {"type": "normal", "mean": 1, "sd": 2, "low": 0},
    "lognormal": {"type": "lognormal", "mean": 5, "sd": 3},
    "discrete": {"type": "discrete", "values": [0, 10, 25, 10], "probabilities": [0.1, 0.2, 0.3, 0.4]},
    "bernoulli": {"type": "bernoulli", "p": 0.15},
    "bernoulli_negative": {"type": "bernoulli", "p": 0.3, "value": -40},
}


def reasons(obj, bounds=None) -> list[str]:
    with pytest.raises(ValidationError) as info:
        parse_distribution(obj, PLACE, bounds=bounds)
    assert all(p.place == PLACE for p in info.value.problems)
    return [p.reason for p in info.value.problems]


def one_reason(obj, bounds=None) -> str:
    (reason,) = reasons(obj, bounds)
    return reason


# ---- moments ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", EXAMPLES)
def test_sampled_moments_match_analytic(name):
    d = parse_distribution(EXAMPLES[name], PLACE)
    n = 400_000
    x = d.sample(np.random.default_rng(7), n)
    assert x.shape == (n,)
    sd = d.sd()
    # mean within 5 standard errors; variance within 5 % (generous for the skewed lognormal)
    assert abs(x.mean() - d.mean()) <= 5 * sd / math.sqrt(n) + 1e-12
    assert x.var() == pytest.approx(d.var(), rel=0.05, abs=1e-12)
    lo, hi = d.support()
    assert x.min() >= lo and x.max() <= hi


@pytest.mark.parametrize("name", EXAMPLES)
def test_inverse_cdf_moments_match_analytic(name):
    """ppf on a fine midpoint grid of u integrates the distribution: same mean and variance."""
    d = parse_distribution(EXAMPLES[name], PLACE)
    n = 200_000
    x = d.ppf((np.arange(n) + 0.5) / n)
    assert x.mean() == pytest.approx(d.mean(), rel=2e-3, abs=1e-9)
    assert x.var() == pytest.approx(d.var(), rel=2e-2, abs=1e-9)


def test_pert_closed_forms_and_mode():
    a, m, b = 2.0, 3.0, 8.0
    d = Pert(a, m, b)
    assert d.alpha == pytest.approx(1 + 4 * (m - a) / (b - a))
    assert d.beta == pytest.approx(1 + 4 * (b - m) / (b - a))
    assert d.mean() == pytest.approx((a + 4 * m + b) / 6)
    mu = (a + 4 * m + b) / 6
    assert d.var() == pytest.approx((mu - a) * (b - mu) / 7)
    # The Beta's mode, scaled to [a, b], is m exactly.
    assert a + (b - a) * (d.alpha - 1) / (d.alpha + d.beta - 2) == pytest.approx(m)
    # And the density found from the inverse CDF peaks at m: dx/du is smallest where the density is largest.
    u = np.linspace(0.001, 0.999, 200_001)
    x = d.ppf(u)
    slope = np.diff(x) / np.diff(u)
    peak = x[np.argmin(slope)]
    assert peak == pytest.approx(m, abs=0.01)


@given(st.floats(-1e6, 1e6), st.floats(1e-3, 1e6), st.floats(0, 1))
@settings(max_examples=60, deadline=None)
def test_pert_and_triangular_closed_forms(a, width, frac):
    b = a + width
    m = min(max(a + frac * width, a), b)
    p = Pert(a, m, b)
    assert p.mean() == pytest.approx((a + 4 * m + b) / 6, rel=1e-9, abs=1e-9 * width)
    t = Triangular(a, m, b)
    assert t.mean() == pytest.approx((a + m + b) / 3, rel=1e-9, abs=1e-9 * width)
    # (a²+b²+m²−ab−am−bm)/18, written as half a sum of squares to avoid cancellation far from 0
    var = ((a - b) ** 2 + (a - m) ** 2 + (b - m) ** 2) / 36
    assert t.var() == pytest.approx(var, rel=1e-6, abs=1e-9 * width**2)


def test_triangular_mode_at_m():
    d = Triangular(0, 7, 10)
    u = np.linspace(0.0005, 0.9995, 100_001)
    x = d.ppf(u)
    assert x[np.argmin(np.diff(x) / np.diff(u))] == pytest.approx(7, abs=0.01)


@given(st.floats(0.01, 1e6), st.floats(0.01, 50))
@settings(max_examples=60, deadline=None)
def test_lognormal_is_given_by_its_own_mean_and_sd(mu, cv):
    sigma = mu * cv
    d = Lognormal(mu, sigma)
    assert d.mean() == pytest.approx(mu, rel=1e-9)
    assert d.sd() == pytest.approx(sigma, rel=1e-6)
    s2 = math.log(1 + sigma**2 / mu**2)
    assert d.log_sd == pytest.approx(math.sqrt(s2))
    assert d.log_mean == pytest.approx(math.log(mu) - s2 / 2)
    # the median exp(m) lies below the mean: the mean is not the median
    assert d.ppf(np.array([0.5]))[0] == pytest.approx(math.exp(d.log_mean), rel=1e-9)
    assert d.ppf(np.array([0.5]))[0] < mu


def test_lognormal_describe_says_which_mean():
    text = Lognormal(5, 3).describe()
    assert "on average 5" in text and "not of its logarithm" in text


def test_truncated_normal_mean_closed_form():
    mu, sigma, lo, hi = 1.0, 2.0, 0.0, 6.0
    a, b = (lo - mu) / sigma, (hi - mu) / sigma
    expected = mu + sigma * (stats.norm.pdf(a) - stats.norm.pdf(b)) / (stats.norm.cdf(b) - stats.norm.cdf(a))
    d = Normal(mu, sigma, lo, hi)
    assert d.mean() == pytest.approx(expected, rel=1e-9)
    assert d.support() == (lo, hi)
    assert Normal(mu, sigma).mean() == mu and Normal(mu, sigma).var() == pytest.approx(sigma**2)


def test_discrete_and_bernoulli_closed_forms():
    d = Discrete((0, 10, 25, 10), (0.1, 0.2, 0.3, 0.4))
    assert d.mean() == pytest.approx(0.6 * 10 + 0.3 * 25)
    assert d.var() == pytest.approx(0.6 * 100 + 0.3 * 625 - (0.6 * 10 + 0.3 * 25) ** 2)
    assert d.support() == (0, 25)
    b = Bernoulli(0.3, -40)
    assert b.mean() == pytest.approx(-12) and b.var() == pytest.approx(0.21 * 1600)
    assert b.support() == (-40, 0)
    assert Bernoulli(0.15).support() == (0, 1)


def test_discrete_ignores_values_of_probability_zero():
    d = Discrete((1, 2, 3), (0.5, 0.0, 0.5))
    u = np.linspace(0, 1, 10_001)
    assert set(np.unique(d.ppf(u))) == {1.0, 3.0}
    assert Discrete((4, 4), (0.5, 0.5)).is_constant()


def test_bernoulli_event_frequency_via_ppf():
    u = (np.arange(100_000) + 0.5) / 100_000
    assert Bernoulli(0.15).ppf(u).mean() == pytest.approx(0.15, abs=1e-4)
    neg = Bernoulli(0.3, -40).ppf(u)
    assert (neg == -40).mean() == pytest.approx(0.3, abs=1e-4)
    assert not np.signbit(neg[neg == 0]).any()  # no "-0" values leak out


# ---- inverse CDF ---------------------------------------------------------------------------

@st.composite
def distributions(draw):
    kind = draw(st.sampled_from(["fixed", "uniform", "triangular", "pert", "normal", "normal_cut",
                                 "lognormal", "discrete", "bernoulli"]))
    a = draw(st.floats(-1e6, 1e6))
    w = draw(st.floats(1e-3, 1e6))
    f = draw(st.floats(0, 1))
    m = min(max(a + f * w, a), a + w)
    if kind == "fixed":
        return Fixed(a)
    if kind == "uniform":
        return Uniform(a, a + w)
    if kind == "triangular":
        return Triangular(a, m, a + w)
    if kind == "pert":
        return Pert(a, m, a + w)
    if kind == "normal":
        return Normal(a, w)
    if kind == "normal_cut":
        return Normal(m, w, a, a + w)
    if kind == "lognormal":
        return Lognormal(w, draw(st.floats(1e-3, 10)) * w)
    if kind == "discrete":
        k = draw(st.integers(1, 8))
        values = draw(st.lists(st.floats(-1e6, 1e6), min_size=k, max_size=k))
        weights = np.array(draw(st.lists(st.floats(0.01, 1), min_size=k, max_size=k)))
        p = weights / weights.sum()
        p[-1] = 1 - p[:-1].sum()
        return Discrete(tuple(values), tuple(max(x, 0.0) for x in p))
    return Bernoulli(f, draw(st.floats(-1e6, 1e6)))


@given(distributions(), st.lists(st.floats(0, 1), min_size=2, max_size=50))
@settings(max_examples=200, deadline=None)
def test_ppf_is_monotone_finite_and_inside_the_support(d, us):
    u = np.sort(np.array(us + [0.0, 1.0]))
    x = d.ppf(u)
    assert x.shape == u.shape
    assert np.isfinite(x).all()
    assert (np.diff(x) >= 0).all()
    lo, hi = d.support()
    assert (x >= lo).all() and (x <= hi).all()


@given(distributions())
@settings(max_examples=100, deadline=None)
def test_json_round_trip(d):
    text = json.dumps(d.to_dict())
    assert parse_distribution(json.loads(text), PLACE) == d
    assert isinstance(d.describe(), str) and d.describe()


@given(st.floats(-1e6, 1e6), st.floats(1e-3, 1e6), st.floats(0, 1))
@settings(max_examples=30, deadline=None)
def test_pert_fast_ppf_matches_the_exact_inverse(a, width, frac):
    d = Pert(a, min(max(a + frac * width, a), a + width), a + width)
    u = np.concatenate([[0.0, 2.0**-60, 1e-12, 1 - 1e-12, 1.0], np.linspace(0, 1, 20_001)])
    fast, exact = d.fast_ppf(u), d.ppf(u)
    assert np.abs(fast - exact).max() <= 1e-7 * width + 1e-9 * abs(a)
    ordered = d.fast_ppf(np.sort(u))
    assert (np.diff(ordered) >= 0).all()
    assert ordered[0] >= d.low and ordered[-1] <= d.high
    assert np.array_equal(d.fast_ppf(u), Pert(d.low, d.mode, d.high).fast_ppf(u))  # deterministic


@pytest.mark.parametrize("name", [n for n in EXAMPLES if n != "pert"])
def test_fast_ppf_is_ppf_for_the_other_families(name):
    d = parse_distribution(EXAMPLES[name], PLACE)
    u = np.linspace(0, 1, 1001)
    if isinstance(d, Normal) and d.truncated:  # own closed form: equal up to rounding
        inner = (u > 1e-9) & (u < 1 - 1e-9)  # scipy loses digits at the very ends, see below
        assert np.allclose(d.fast_ppf(u)[inner], d.ppf(u)[inner], rtol=1e-12, atol=1e-12 * d.sigma)
    else:
        assert np.array_equal(d.fast_ppf(u), d.ppf(u))


@pytest.mark.parametrize("a, b", [(-2.5, None), (None, 1.0), (0.5, 3.0), (-3.0, -1.0), (1.0, 1.5), (-20.0, 30.0)])
def test_truncated_normal_fast_ppf_is_accurate_in_both_tails(a, b):
    d = Normal(0.0, 1.0, low=a, high=b)
    lo = -np.inf if a is None else a
    hi = np.inf if b is None else b
    u = np.concatenate([[0.0, 2.0**-53, 1e-12, 1e-6, 0.5, 1 - 1e-6, 1 - 1e-12, 1.0], np.linspace(0, 1, 2001)])
    x = d.fast_ppf(u)
    # the exact value through the tail probability on the side of the result
    uc = np.clip(u, 2.0**-53, 1 - 2.0**-53)
    pa, pb = stats.norm.cdf(lo), stats.norm.cdf(hi)
    qa, qb = stats.norm.sf(lo), stats.norm.sf(hi)
    want = np.where(pa + uc * (pb - pa) <= 0.5, stats.norm.ppf(pa * (1 - uc) + pb * uc),
                    stats.norm.isf(qa * (1 - uc) + qb * uc))
    assert np.allclose(x, np.clip(want, lo, hi), rtol=1e-10, atol=1e-10)
    o = np.argsort(u, kind="stable")
    assert (np.diff(x[o]) >= 0).all() and (x >= lo).all() and (x <= hi).all()


def test_ppf_keeps_shape():
    u = np.full((3, 4), 0.5)
    for obj in EXAMPLES.values():
        assert parse_distribution(obj, PLACE).ppf(u).shape == (3, 4)
        assert parse_distribution(obj, PLACE).fast_ppf(u).shape == (3, 4)


# ---- JSON and describe -------------------------------------------------------------------------

def test_bare_number_is_fixed():
    assert parse_distribution(12, PLACE) == Fixed(12.0)
    assert parse_distribution(0.25, PLACE).describe() == "exactly 0.25 (fixed)"


def test_documented_json_form():
    assert parse_distribution(EXAMPLES["pert"], PLACE) == Pert(2, 3, 8)
    assert parse_distribution(EXAMPLES["normal"], PLACE) == Normal(10, 2)
    assert parse_distribution(EXAMPLES["lognormal"], PLACE) == Lognormal(5, 3)
    assert Normal(1, 2, low=0).to_dict() == {"type": "normal", "mean": 1.0, "sd": 2.0, "low": 0.0}
    assert Lognormal(5, 3).to_dict() == {"type": "lognormal", "mean": 5.0, "sd": 3.0}
    assert parse_distribution({"type": "bernoulli", "p": 0.2}, PLACE) == Bernoulli(0.2, 1.0)


def test_describe_plain_sentences():
    assert Pert(2, 5, 8).describe() == "between 2 and 8, most likely 5 (PERT)"
    assert Triangular(2, 5, 8).describe() == "between 2 and 8, most likely 5 (triangular)"
    assert "equally likely" in Uniform(2, 8).describe()
    assert Bernoulli(0.1).describe() == "an event that happens with probability 10 % (1 if it happens, 0 if not)"
    assert Bernoulli(0.1, -5000).describe() == "-5,000 if the event happens (probability 10 %), otherwise 0"
    assert Discrete((1, 2), (0.3, 0.7)).describe() == "one of 1 (30 %), 2 (70 %) (discrete)"
    assert "cut off below 0" in Normal(1, 2, low=0).describe()


# ---- rejected input, one test per class of mistake ------------------------------------------------

def test_mode_outside_range():
    assert one_reason({"type": "pert", "low": 2, "mode": 9, "high": 8}) == \
        "the most likely value 9 lies outside the range 2–8"
    with pytest.raises(ValidationError, match="Item 'Cobot' › annual benefit: the most likely value 9"):
        parse_distribution({"type": "triangular", "low": 2, "mode": 9, "high": 8}, PLACE)


def test_low_above_high_and_low_equal_high():
    assert one_reason({"type": "uniform", "low": 8, "high": 2}) == "the lowest value 8 is above the highest value 2"
    assert "use a fixed value instead" in one_reason({"type": "pert", "low": 5, "mode": 5, "high": 5})
    assert "use a fixed value instead" in one_reason({"type": "uniform", "low": 1, "high": 1})
    assert "above the highest value" in one_reason({"type": "normal", "mean": 0, "sd": 1, "low": 3, "high": 1})


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_nan_and_inf_rejected(bad):
    assert one_reason({"type": "uniform", "low": bad, "high": 2}) == "the lowest value must be a finite number"
    assert one_reason(bad) == "the value must be a finite number"


def test_wrong_types_rejected():
    assert one_reason({"type": "pert", "low": True, "mode": 3, "high": 8}) == \
        "the lowest value must be a number, not true/false"
    assert one_reason({"type": "pert", "low": "2", "mode": 3, "high": 8}) == \
        "the lowest value must be a number, not text ('2')"
    assert one_reason({"type": "fixed", "value": None}) == "the value must be a number, not empty"
    assert "not true/false" in one_reason(True)
    assert "not text" in one_reason("5")
    assert "not a list" in one_reason([1, 2])
    assert one_reason({"type": "discrete", "values": [1, "x"], "probabilities": [0.5, 0.5]}) == \
        "the 2nd value must be a number, not text ('x')"
    assert "must be a list of numbers" in one_reason({"type": "discrete", "values": 3, "probabilities": [1]})
    assert "far too large" in one_reason(10**400)


def test_unknown_and_missing_keys():
    assert one_reason({"type": "pert", "low": 2, "modus": 3, "high": 8, "mode": 3}) == \
        "unknown field 'modus' for a PERT distribution (known: type, low, mode, high)"
    assert one_reason({"type": "pert", "low": 2, "high": 8}) == \
        "a PERT distribution needs the most likely value (\"mode\")"
    wrong_names = reasons({"type": "lognormal", "mu": 1, "sigma": 2})
    assert wrong_names == ["unknown fields 'mu', 'sigma' for a lognormal distribution (known: type, mean, sd)",
                           "a lognormal distribution needs the mean (\"mean\") and the standard deviation (\"sd\")"]


def test_unknown_or_missing_type():
    assert one_reason({"type": "gamma", "shape": 2}).startswith("unknown distribution type 'gamma' (known: fixed,")
    assert one_reason({"low": 1, "high": 2}).startswith("the distribution needs a \"type\"")
    assert one_reason({"type": 3}).startswith("unknown distribution type int")


def test_standard_deviation_must_be_positive():
    assert one_reason({"type": "normal", "mean": 5, "sd": 0}) == \
        "the standard deviation must be larger than 0, not 0; for a known value use a fixed value"
    assert "standard deviation must be larger than 0, not -1" in one_reason({"type": "lognormal", "mean": 5, "sd": -1})
    assert "a lognormal value is always positive" in one_reason({"type": "lognormal", "mean": -5, "sd": 1})


def test_probability_outside_unit_interval():
    assert one_reason({"type": "bernoulli", "p": 1.5}) == "the probability must lie between 0 and 1, not 1.5"
    assert one_reason({"type": "bernoulli", "p": -0.1}) == "the probability must lie between 0 and 1, not -0.1"


def test_discrete_probabilities():
    base = {"type": "discrete", "values": [1, 2]}
    assert one_reason({**base, "probabilities": [0.5, 0.6]}) == "the probabilities add up to 1.1, not 1"
    assert one_reason({**base, "probabilities": [1.2, -0.2]}) == "probability 2 is negative (-0.2)"
    assert one_reason({**base, "probabilities": [1.0]}) == \
        "there are 2 values but 1 probabilities; give one probability per value"
    assert one_reason({"type": "discrete", "values": [], "probabilities": []}) == "the list of values is empty"
    many = list(range(1001))
    assert one_reason({"type": "discrete", "values": many, "probabilities": [1 / 1001] * 1001}) == \
        "too many values: 1,001 (at most 1,000)"
    # within 1e-9 is accepted
    parse_distribution({**base, "probabilities": [0.5, 0.5 + 5e-10]}, PLACE)


def test_absurd_magnitudes():
    assert one_reason({"type": "fixed", "value": 2e12}) == \
        "the value 2,000,000,000,000 is beyond the largest allowed magnitude 1,000,000,000,000"
    assert len(reasons({"type": "uniform", "low": -5e12, "high": 5e12})) == 2


def test_truncated_normal_without_probability():
    assert "almost no probability there" in one_reason({"type": "normal", "mean": 0, "sd": 1, "low": 50})


def test_all_problems_reported_at_once():
    assert len(reasons({"type": "normal", "mean": "x", "sd": True})) == 2


def test_bounds_named_in_message():
    share = (0.0, 1.0)
    assert one_reason({"type": "pert", "low": 0, "mode": 0.5, "high": 1.2}, share) == \
        "values must lie between 0 and 1, but this PERT distribution can go as high as 1.2"
    assert "add \"low\": 0" in one_reason({"type": "normal", "mean": 0.5, "sd": 0.1}, share)
    assert "has no upper limit" in one_reason({"type": "lognormal", "mean": 1, "sd": 1}, share)
    assert one_reason(-3, (0.0, None)) == "values must not be below 0, but this fixed value can go as low as -3"
    assert one_reason({"type": "bernoulli", "p": 0.1, "value": 2}, (None, 1.0)) == \
        "values must not be above 1, but this event (Bernoulli) can go as high as 2"
    # inside the bounds: accepted
    parse_distribution({"type": "normal", "mean": 0.5, "sd": 0.1, "low": 0, "high": 1}, PLACE, bounds=share)
    parse_distribution({"type": "lognormal", "mean": 1, "sd": 1}, PLACE, bounds=(0.0, None))


def test_constructors_validate_too():
    with pytest.raises(ValidationError, match="outside the range"):
        Pert(2, 9, 8)
    with pytest.raises(ValidationError, match="not true/false"):
        Fixed(True)
