"""Shapley value: published references, slow oracles, axioms as property tests, sampling."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_games_oracles import (
    additive,
    game_from,
    glove,
    shapley_by_pairing,
    shapley_by_permutations,
)

from coop_calc.games import shapley, shapley_sampled

PROPS = settings(max_examples=40, deadline=None)


@st.composite
def games(draw, min_n: int = 1, max_n: int = 5, integers: bool = False):
    n = draw(st.integers(min_n, max_n))
    if integers:
        vals = draw(st.lists(st.integers(-5, 5), min_size=(1 << n) - 1, max_size=(1 << n) - 1))
    else:
        vals = draw(st.lists(st.floats(-1e3, 1e3, allow_nan=False), min_size=(1 << n) - 1,
                             max_size=(1 << n) - 1))
    return np.r_[0.0, np.array(vals, dtype=float)], n


def test_glove_game() -> None:
    assert np.allclose(shapley(glove()), [2 / 3, 1 / 6, 1 / 6], atol=1e-12)


def test_airport_game_is_sequential_equal_contributions() -> None:
    """Littlechild & Owen (1973): each runway segment is shared equally by the players who need
    it, i.e. phi_i = sum_{j <= i} (c_j - c_{j-1}) / (n - j + 1) for costs sorted ascending."""
    rng = np.random.default_rng(3)
    costs = rng.integers(1, 100, size=7).astype(float)
    n = costs.size
    v = game_from(n, lambda s: max(costs[i] for i in s))  # cost game c(S) = max c_i
    order = np.argsort(costs, kind="stable")
    sc = np.r_[0.0, costs[order]]
    seq = np.cumsum([(sc[j] - sc[j - 1]) / (n - j + 1) for j in range(1, n + 1)])
    expected = np.empty(n)
    expected[order] = seq
    assert np.allclose(shapley(v), expected, atol=1e-9)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6])
def test_matches_all_permutations(n: int) -> None:
    rng = np.random.default_rng(n)
    v = np.r_[0.0, rng.normal(size=(1 << n) - 1) * 100]
    assert np.allclose(shapley(v), shapley_by_permutations(v, n), atol=1e-10)


@pytest.mark.parametrize("n", [11, 12, 13, 15])
def test_matches_pairing_formula_beyond_the_block_size(n: int) -> None:
    """n > 12 exercises the high-bit path of the blocked algorithm."""
    rng = np.random.default_rng(n)
    v = np.r_[0.0, rng.normal(size=(1 << n) - 1)]
    assert np.allclose(shapley(v), shapley_by_pairing(v, n), atol=1e-11)


@PROPS
@given(games())
def test_efficiency(game) -> None:
    v, n = game
    assert shapley(v).sum() == pytest.approx(v[-1], abs=1e-9 * max(1.0, np.abs(v).max()))


@PROPS
@given(games(min_n=2, integers=True), st.data())
def test_symmetric_players_get_equal_shares(game, data) -> None:
    v, n = game
    i, j = data.draw(st.permutations(range(n)))[:2]
    # make i and j symmetric: v(S + i) = v(S + j) for S without both
    for m in range(1 << n):
        if m >> i & 1 and not m >> j & 1:
            v[m ^ (1 << i) | (1 << j)] = v[m]
    phi = shapley(v)
    assert phi[i] == pytest.approx(phi[j], abs=1e-9)


@PROPS
@given(games(min_n=2), st.data())
def test_null_player_gets_nothing(game, data) -> None:
    v, n = game
    i = data.draw(st.integers(0, n - 1))
    for m in range(1 << n):
        if m >> i & 1:
            v[m] = v[m ^ (1 << i)]
    assert shapley(v)[i] == pytest.approx(0.0, abs=1e-9 * max(1.0, np.abs(v).max()))


@PROPS
@given(games(min_n=1, max_n=4), st.data())
def test_additivity(game, data) -> None:
    v, n = game
    w = np.r_[0.0, np.array(data.draw(st.lists(st.floats(-1e3, 1e3), min_size=(1 << n) - 1,
                                              max_size=(1 << n) - 1)))]
    assert np.allclose(shapley(v + w), shapley(v) + shapley(w), atol=1e-8)


@PROPS
@given(games(), st.floats(-10, 10), st.data())
def test_covariance_under_strategic_equivalence(game, a, data) -> None:
    v, n = game
    b = np.array(data.draw(st.lists(st.floats(-100, 100), min_size=n, max_size=n)))
    w = a * v + additive(b)
    assert np.allclose(shapley(w), a * shapley(v) + b, atol=1e-7)


def test_rejects_malformed_games() -> None:
    with pytest.raises(ValueError, match="2\\*\\*n"):
        shapley(np.zeros(6))
    with pytest.raises(ValueError, match="finite"):
        shapley(np.array([0.0, np.nan]))
    with pytest.raises(ValueError, match="empty coalition"):
        shapley(np.array([1.0, 2.0, 3.0, 4.0]))
    with pytest.raises(ValueError, match="1-D"):
        shapley(np.zeros((2, 2)))


# ----------------------------------------------------------------------------- sampled

def _lookup(v):
    return lambda masks: v[masks.astype(np.int64)]


def test_sampled_estimate_is_within_its_error_and_efficient() -> None:
    rng = np.random.default_rng(0)
    n = 7
    v = np.r_[0.0, rng.normal(size=(1 << n) - 1)]
    est = shapley_sampled(_lookup(v), n, samples=4000, seed=1)
    exact = shapley(v)
    assert np.all(np.abs(est.values - exact) <= 4 * est.stderr + 1e-12)
    assert est.values.sum() == pytest.approx(v[-1], abs=1e-12)
    assert np.all(est.ci_low < est.values) and np.all(est.values < est.ci_high)
    assert est.permutations == 4000


def test_sampled_interval_covers_the_truth_about_as_often_as_claimed() -> None:
    rng = np.random.default_rng(4)
    n = 5
    v = np.r_[0.0, rng.normal(size=(1 << n) - 1)]
    exact = shapley(v)
    hits = total = 0
    for seed in range(60):
        est = shapley_sampled(_lookup(v), n, samples=200, seed=seed, confidence=0.9)
        hits += int(np.sum((est.ci_low <= exact) & (exact <= est.ci_high)))
        total += n
    assert 0.8 <= hits / total <= 0.98


def test_sampled_is_reproducible_and_exact_for_additive_games() -> None:
    rng = np.random.default_rng(5)
    n = 40  # masks beyond 32 bits
    b = rng.normal(size=n)
    bits = np.left_shift(np.uint64(1), np.arange(n, dtype=np.uint64))

    def v_fn(masks):
        return ((masks[:, None] & bits) != 0).astype(float) @ b
    a1 = shapley_sampled(v_fn, n, samples=10, seed=7)
    a2 = shapley_sampled(v_fn, n, samples=10, seed=7)
    assert np.array_equal(a1.values, a2.values)
    assert np.allclose(a1.values, b, atol=1e-12)
    assert np.allclose(a1.stderr, 0.0, atol=1e-12)


def test_sampled_without_antithetic_and_with_cancel_and_progress() -> None:
    v = glove()
    plain = shapley_sampled(_lookup(v), 3, samples=3000, seed=2, antithetic=False)
    assert np.allclose(plain.values, [2 / 3, 1 / 6, 1 / 6], atol=0.05)
    seen = []
    part = shapley_sampled(_lookup(v), 3, samples=10_000, seed=2, batch_masks=60,
                           progress=seen.append, cancelled=lambda: len(seen) >= 2)
    assert part.permutations < 10_000 and len(seen) == 2
    assert part.values.sum() == pytest.approx(1.0, abs=1e-12)


def test_sampled_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        shapley_sampled(_lookup(glove()), 3, samples=2, seed=0)
    with pytest.raises(ValueError):
        shapley_sampled(_lookup(glove()), 0, samples=100, seed=0)
    with pytest.raises(ValueError):
        shapley_sampled(_lookup(glove()), 3, samples=100, seed=0, confidence=1.5)
