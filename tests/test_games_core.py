"""Excesses, complaints, core and least core, Banzhaf and tau values, small helpers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_games_oracles import (
    additive,
    balanced_game,
    bankruptcy,
    chi,
    convex_game,
    game_from,
    glove,
)

from coop_calc.games import (
    banzhaf,
    banzhaf_normalised,
    coalition_sizes,
    core_is_empty,
    excesses,
    in_core,
    is_convex,
    is_superadditive,
    least_core,
    least_core_value,
    max_complaint,
    players_of,
    prenucleolus,
    tau_value,
    utopia_and_minimal_rights,
)

MAJORITY3 = game_from(3, lambda s: 1.0 if len(s) >= 2 else 0.0)


def test_helpers() -> None:
    assert players_of(0b1011, 4) == [0, 1, 3]
    assert players_of(0, 3) == []
    with pytest.raises(ValueError):
        players_of(8, 3)
    sizes = coalition_sizes(5)
    assert sizes.dtype == np.uint8 and sizes.shape == (32,)
    assert sizes.tolist() == [bin(m).count("1") for m in range(32)]


def test_excesses_definition() -> None:
    v = glove()
    x = np.array([0.5, 0.25, 0.25])
    e = excesses(v, x)
    assert e.shape == (8,)
    for m in range(8):
        assert e[m] == pytest.approx(v[m] - chi(m, 3) @ x)


def test_max_complaint_names_the_coalition_and_breaks_ties_by_size_then_mask() -> None:
    v = glove()
    amount, mask = max_complaint(v, np.array([2 / 3, 1 / 6, 1 / 6]))  # Shapley
    assert amount == pytest.approx(1 / 6)
    assert mask == 0b011  # {0,1} and {0,2} tie: same size, lower mask
    amount, mask = max_complaint(MAJORITY3, np.array([0.5, 0.5, 0.0]))
    assert amount == pytest.approx(0.5) and mask == 0b101  # {0,2} and {1,2}: lower mask
    v = np.zeros(8)
    v[0b001] = 1.0
    v[0b110] = 1.0  # {0} and {1,2} both complain by 1 at x = 0: the smaller one wins
    assert max_complaint(v, np.zeros(3)) == (1.0, 0b001)
    assert max_complaint(np.array([0.0, 3.0]), np.array([3.0])) == (-math.inf, 0)


def test_in_core() -> None:
    v = glove()
    assert in_core(v, np.array([1.0, 0.0, 0.0]))
    assert not in_core(v, np.array([2 / 3, 1 / 6, 1 / 6]))
    assert not in_core(v, np.array([1.0, 0.0, 0.1]))  # not efficient
    assert in_core(v * 1e6, np.array([1e6 - 1e-4, 1e-4 / 2, 1e-4 / 2]))  # tolerance is relative
    assert not in_core(v * 1e6, np.array([1e6 - 1.0, 0.5, 0.5]))


def test_least_core_of_glove_and_majority_games() -> None:
    eps, x = least_core(glove())
    assert eps == 0.0 and np.allclose(x, [1, 0, 0])
    assert not core_is_empty(glove())
    eps, x = least_core(MAJORITY3)
    assert eps == pytest.approx(1 / 3) and np.allclose(x, [1 / 3] * 3)
    assert core_is_empty(MAJORITY3)
    assert least_core(np.array([0.0, 2.0]))[0] == -math.inf
    assert not core_is_empty(np.array([0.0, 2.0]))


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 6), st.integers(0, 10_000))
def test_least_core_point_satisfies_its_bound(n, seed) -> None:
    rng = np.random.default_rng(seed)
    v = np.r_[0.0, rng.normal(size=(1 << n) - 1)]
    eps, x = least_core(v)
    assert x.sum() == pytest.approx(v[-1])
    assert max_complaint(v, x)[0] == pytest.approx(eps, abs=1e-9)
    assert core_is_empty(v) == (eps > 1e-8)
    assert np.allclose(x, prenucleolus(v))


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 6), st.integers(0, 10_000))
def test_balanced_games_have_a_core(n, seed) -> None:
    v, x0 = balanced_game(np.random.default_rng(seed), n)
    assert not core_is_empty(v)
    assert least_core(v)[0] <= 1e-9


# --------------------------------------------------------------------------- indices

def test_banzhaf_glove() -> None:
    assert np.allclose(banzhaf(glove()), [3 / 4, 1 / 4, 1 / 4])
    assert np.allclose(banzhaf_normalised(glove()), [0.6, 0.2, 0.2])


def test_banzhaf_matches_definition_and_refuses_zero_sum() -> None:
    rng = np.random.default_rng(2)
    n = 5
    v = np.r_[0.0, rng.normal(size=(1 << n) - 1)]
    raw = np.array([np.mean([v[m | 1 << i] - v[m] for m in range(1 << n) if not m >> i & 1])
                    for i in range(n)])
    assert np.allclose(banzhaf(v), raw)
    assert banzhaf_normalised(v).sum() == pytest.approx(v[-1])
    with pytest.raises(ValueError, match="add up to zero"):
        banzhaf_normalised(np.zeros(8))


def test_tau_value_two_players_is_the_standard_solution() -> None:
    v = np.array([0.0, 1.0, 3.0, 10.0])
    assert np.allclose(tau_value(v), [4.0, 6.0])


def test_tau_value_of_bankruptcy_game_is_adjusted_proportional() -> None:
    """Curiel, Maschler & Tijs (1987): the tau-value of a bankruptcy game is the adjusted
    proportional rule: minimal rights m_i = max(0, E - sum of other claims), then the rest in
    proportion to the claims truncated at the estate, less m_i."""
    estate, claims = 300.0, np.array([100.0, 200.0, 300.0])
    v = bankruptcy(estate, claims.tolist())
    m = np.maximum(0.0, estate - (claims.sum() - claims))
    rest = estate - m.sum()
    trunc = np.minimum(claims - m, rest)
    expected = m + rest * trunc / trunc.sum()
    assert np.allclose(tau_value(v), expected)
    big_m, small_m = utopia_and_minimal_rights(v)
    assert np.allclose(small_m, m) and np.allclose(big_m, np.minimum(claims, estate))


def test_tau_value_refuses_games_that_are_not_quasi_balanced() -> None:
    with pytest.raises(ValueError, match="quasi-balanced"):
        tau_value(game_from(3, lambda s: 1.0 if len(s) == 2 else 0.0))  # v(N) = 0 < sum m
    with pytest.raises(ValueError, match="quasi-balanced"):
        tau_value(np.array([0.0, 4.0, 3.0, 5.0]))


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 6), st.integers(0, 10_000))
def test_tau_value_is_efficient_between_minimal_rights_and_utopia(n, seed) -> None:
    v, _ = balanced_game(np.random.default_rng(seed), n)  # non-empty core: quasi-balanced
    t = tau_value(v)
    big_m, small_m = utopia_and_minimal_rights(v)
    assert t.sum() == pytest.approx(v[-1])
    assert (small_m - 1e-9 <= t).all() and (t <= big_m + 1e-9).all()


def test_tau_value_covariance() -> None:
    v = bankruptcy(200.0, [100.0, 200.0, 300.0])
    b = np.array([5.0, -3.0, 7.0])
    assert np.allclose(tau_value(2 * v + additive(b)), 2 * tau_value(v) + b)


# ---------------------------------------------------------------------- game classes

def test_superadditive_and_convex_checks() -> None:
    assert is_superadditive(glove()) and not is_convex(glove())
    assert is_superadditive(MAJORITY3) and not is_convex(MAJORITY3)
    v = convex_game(np.random.default_rng(0), 5)
    assert is_convex(v)
    w = np.array([0.0, 1.0, 1.0, 1.5])
    assert not is_superadditive(w) and not is_convex(w)
    assert is_convex(additive([1.0, -2.0, 3.0])) and is_superadditive(additive([1.0, -2.0]))


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 8), st.integers(0, 10_000), st.sampled_from([1e-3, 1.0, 1e6]))
def test_least_core_value_is_the_least_core_eps(n, seed, scale) -> None:
    """The one-LP constraint generation gives the eps of the prenucleolus' first stage (an
    independent computation: the full sequence of LPs)."""
    rng = np.random.default_rng(seed)
    v = np.r_[0.0, rng.normal(size=(1 << n) - 1)] * scale
    assert least_core_value(v) == pytest.approx(least_core(v)[0], abs=1e-9 * scale)
    assert least_core_value(np.array([0.0, 2.0])) == -math.inf
