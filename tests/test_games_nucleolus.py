"""Nucleolus and prenucleolus: published references, an independent slow oracle, Kohlberg's
criterion, the lexicographic property itself, and properties on random games."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_games_oracles import (
    additive,
    balanced_game,
    bankruptcy,
    convex_game,
    game_from,
    glove,
    lex_not_smaller,
    slow_nucleolus,
    sorted_excesses,
    superadditive_cover,
    talmud,
)

from coop_calc.games import (
    EmptyImputationSetError,
    in_core,
    kohlberg_check,
    nucleolus,
    nucleolus_details,
    prenucleolus,
    shapley,
)

PROPS = settings(max_examples=50, deadline=None)


@st.composite
def games(draw, min_n: int = 2, max_n: int = 5, integers: bool = True):
    """Small-integer games have many ties, i.e. highly degenerate LPs: the hard case."""
    n = draw(st.integers(min_n, max_n))
    size = (1 << n) - 1
    if integers:
        vals = draw(st.lists(st.integers(-4, 6), min_size=size, max_size=size))
    else:
        vals = draw(st.lists(st.floats(-100, 100), min_size=size, max_size=size))
    return np.r_[0.0, np.array(vals, dtype=float)], n


def imputation_set_empty(v: np.ndarray, n: int) -> bool:
    return sum(v[1 << i] for i in range(n)) > v[-1]


# ----------------------------------------------------------------------- references

@pytest.mark.parametrize("estate, expected", [
    (100, [100 / 3, 100 / 3, 100 / 3]),
    (200, [50, 75, 75]),
    (300, [50, 100, 150]),
])
def test_bankruptcy_talmud_aumann_maschler(estate, expected) -> None:
    """Aumann & Maschler (1985): the nucleolus of the bankruptcy game is the Talmud rule."""
    v = bankruptcy(estate, [100, 200, 300])
    assert np.allclose(nucleolus(v), expected, atol=1e-7)
    assert np.allclose(prenucleolus(v), expected, atol=1e-7)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, 50), min_size=2, max_size=6), st.floats(0.05, 0.95))
def test_bankruptcy_nucleolus_is_talmud(claims, share) -> None:
    estate = share * sum(claims)
    v = bankruptcy(estate, claims)
    assert np.allclose(nucleolus(v), talmud(estate, claims), atol=1e-7 * sum(claims))


def test_glove_game() -> None:
    v = glove()
    assert np.allclose(nucleolus(v), [1, 0, 0], atol=1e-12)
    assert np.allclose(prenucleolus(v), [1, 0, 0], atol=1e-12)
    assert not in_core(v, shapley(v)) and in_core(v, nucleolus(v))


def test_three_player_majority_game_has_empty_core() -> None:
    v = game_from(3, lambda s: 1.0 if len(s) >= 2 else 0.0)
    assert np.allclose(nucleolus(v), [1 / 3] * 3)
    details = nucleolus_details(v)
    assert details.levels[0] == pytest.approx(1 / 3)


# ------------------------------------------------------------------ degenerate games

@pytest.mark.parametrize("n", [1, 2, 3, 6])
def test_zero_game(n: int) -> None:
    v = np.zeros(1 << n)
    assert np.array_equal(nucleolus(v), np.zeros(n))
    assert np.allclose(prenucleolus(v), 0.0)


@pytest.mark.parametrize("n", [1, 2, 4, 7])
def test_additive_game_returns_the_stand_alone_values(n: int) -> None:
    b = np.random.default_rng(n).normal(size=n) * 10
    v = additive(b)
    assert np.allclose(nucleolus(v), b, atol=1e-9)
    assert np.allclose(prenucleolus(v), b, atol=1e-9)


def test_one_and_two_players() -> None:
    assert nucleolus(np.array([0.0, 5.0])).tolist() == [5.0]
    v = np.array([0.0, 1.0, 3.0, 10.0])  # standard solution: v(i) + half the surplus
    assert np.allclose(nucleolus(v), [4.0, 6.0])
    w = np.array([0.0, 4.0, 3.0, 5.0])  # no imputation: 4 + 3 > 5
    with pytest.raises(EmptyImputationSetError, match="imputation set is empty"):
        nucleolus(w)
    assert np.allclose(prenucleolus(w), [3.0, 2.0])


def test_symmetric_game_splits_equally() -> None:
    n = 6
    f = np.r_[0.0, np.random.default_rng(1).random(n) * 10]
    v = game_from(n, lambda s: f[len(s)])
    assert np.allclose(prenucleolus(v), [f[n] / n] * n, atol=1e-9)


def test_weighted_voting_game_matches_oracle() -> None:
    weights, quota = [4, 3, 2, 1, 1], 6
    v = game_from(5, lambda s: 1.0 if sum(weights[i] for i in s) >= quota else 0.0)
    for imp in (True, False):
        x = nucleolus(v) if imp else prenucleolus(v)
        assert np.allclose(x, slow_nucleolus(v, 5, imp), atol=1e-8)
        assert kohlberg_check(v, x, imputation=imp)


def test_scale_invariance_for_tiny_and_huge_amounts() -> None:
    v = bankruptcy(200, [100, 200, 300])
    for factor in (1e-6, 1e9):
        assert np.allclose(nucleolus(v * factor) / factor, [50, 75, 75], atol=1e-7)


# ------------------------------------------------------------- independent checks

@PROPS
@given(games())
def test_prenucleolus_matches_slow_oracle_and_kohlberg(game) -> None:
    v, n = game
    x = prenucleolus(v)
    assert np.allclose(x, slow_nucleolus(v, n, False), atol=1e-7)
    assert kohlberg_check(v, x, imputation=False)


@PROPS
@given(games())
def test_nucleolus_matches_slow_oracle_and_kohlberg(game) -> None:
    v, n = game
    if imputation_set_empty(v, n):
        with pytest.raises(ValueError):
            nucleolus(v)
        return
    x = nucleolus(v)
    assert np.allclose(x, slow_nucleolus(v, n, True), atol=1e-7)
    assert kohlberg_check(v, x, imputation=True)


@pytest.mark.parametrize("seed", range(6))
def test_no_nearby_imputation_has_lexicographically_smaller_excesses(seed: int) -> None:
    """The defining property: every other imputation's sorted excess vector is >=lex."""
    rng = np.random.default_rng(seed)
    n = 3 + seed % 3
    v = np.r_[0.0, rng.normal(size=(1 << n) - 1)]
    v[[1 << i for i in range(n)]] = -rng.random(n)
    v[-1] = abs(v[-1])
    x = nucleolus(v)
    base = sorted_excesses(v, x, n)
    lower = v[[1 << i for i in range(n)]]
    tried = 0
    for _ in range(400):
        d = rng.normal(size=n)
        d -= d.mean()
        y = x + rng.choice([1e-4, 1e-2, 0.3]) * d
        if (y < lower).any():
            continue
        tried += 1
        assert lex_not_smaller(sorted_excesses(v, y, n), base, 1e-10)
    assert tried > 50


@pytest.mark.parametrize("n", [8, 10])
def test_larger_random_games_satisfy_kohlberg(n: int) -> None:
    rng = np.random.default_rng(n)
    sizes = np.array([bin(m).count("1") for m in range(1 << n)])
    v = rng.random(1 << n) * sizes
    v[0] = 0.0
    v[[1 << i for i in range(n)]] = 0.0
    assert kohlberg_check(v, nucleolus(v), imputation=True)
    assert kohlberg_check(v, prenucleolus(v), imputation=False)


def test_kohlberg_check_rejects_wrong_allocations() -> None:
    v = bankruptcy(200, [100, 200, 300])
    assert kohlberg_check(v, np.array([50.0, 75.0, 75.0]), imputation=True)
    assert not kohlberg_check(v, np.array([60.0, 70.0, 70.0]), imputation=True)
    assert not kohlberg_check(v, np.array([50.0, 75.0, 76.0]), imputation=True)  # not efficient


# ---------------------------------------------------------------------- properties

@PROPS
@given(st.integers(2, 6), st.integers(0, 10_000))
def test_in_core_whenever_core_is_not_empty(n, seed) -> None:
    rng = np.random.default_rng(seed)
    v, x0 = balanced_game(rng, n)
    assert in_core(v, x0, tol=1e-9)
    assert in_core(v, nucleolus(v), tol=1e-8)
    assert in_core(v, prenucleolus(v), tol=1e-8)


@settings(max_examples=15, deadline=None)
@given(st.integers(2, 6), st.integers(0, 10_000))
def test_convex_games_hold_shapley_and_nucleolus_in_the_core(n, seed) -> None:
    v = convex_game(np.random.default_rng(seed), n)
    assert in_core(v, nucleolus(v), tol=1e-8)
    assert in_core(v, shapley(v), tol=1e-8)


@PROPS
@given(games(integers=False), st.floats(0.01, 100), st.data())
def test_covariance_under_strategic_equivalence(game, a, data) -> None:
    v, n = game
    b = np.array(data.draw(st.lists(st.floats(-100, 100), min_size=n, max_size=n)))
    w = a * v + additive(b)
    scale = max(1.0, np.abs(w).max())
    assert np.allclose(prenucleolus(w), a * prenucleolus(v) + b, atol=1e-7 * scale)
    if not imputation_set_empty(v, n):
        assert np.allclose(nucleolus(w), a * nucleolus(v) + b, atol=1e-7 * scale)


@PROPS
@given(st.integers(2, 5), st.integers(0, 10_000))
def test_prenucleolus_is_nucleolus_for_superadditive_games(n, seed) -> None:
    """0-normalised superadditive games are 0-monotonic, so the prenucleolus is individually
    rational (Maschler, Peleg & Shapley 1979) and therefore equals the nucleolus."""
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 8, size=1 << n).astype(float) * rng.integers(0, 2, size=1 << n)
    base[[1 << i for i in range(n)]] = 0.0
    v = superadditive_cover(base, n)
    pre = prenucleolus(v)
    assert (pre >= -1e-9).all()
    assert np.allclose(pre, nucleolus(v), atol=1e-8)


@pytest.mark.parametrize("n", [12])
def test_twelve_players_random_game_is_certified(n: int) -> None:
    rng = np.random.default_rng(12)
    sizes = np.array([bin(m).count("1") for m in range(1 << n)])
    v = np.round(rng.random(1 << n) * sizes * 10)
    v[0] = 0.0
    v[[1 << i for i in range(n)]] = 0.0
    x = nucleolus(v)
    assert x.sum() == pytest.approx(v[-1])
    assert kohlberg_check(v, x, imputation=True)


@pytest.mark.parametrize("kind", ["small-integers", "zero-one", "normal"])
def test_many_seeded_games_satisfy_kohlberg(kind: str) -> None:
    """A broad sweep (degenerate integer games above all): the nucleolus and prenucleolus of
    every game pass Kohlberg's criterion, and match the slow oracle for n <= 4."""
    rng = np.random.default_rng({"small-integers": 1, "zero-one": 2, "normal": 3}[kind])
    for _ in range(70):
        n = int(rng.integers(3, 7))
        size = (1 << n) - 1
        if kind == "small-integers":
            vals = rng.integers(-4, 7, size=size).astype(float)
        elif kind == "zero-one":
            vals = rng.integers(0, 2, size=size).astype(float)
        else:
            vals = rng.normal(size=size)
        v = np.r_[0.0, vals]
        for imp in (False, True):
            if imp and imputation_set_empty(v, n):
                continue
            x = nucleolus(v) if imp else prenucleolus(v)
            assert kohlberg_check(v, x, imputation=imp), (v.tolist(), imp)
            if n <= 4:
                assert np.allclose(x, slow_nucleolus(v, n, imp), atol=1e-7)


@pytest.mark.parametrize("n", [9, 11])
def test_pooled_purchasing_game_has_its_nucleolus_in_the_core(n: int) -> None:
    """Savings game of a concave volume cost: convex, with a large optimal face at every
    stage (the case where chasing LP vertices needs hundreds of rounds)."""
    rng = np.random.default_rng(n)
    q = rng.integers(1, 50, size=n).astype(float)
    vol = np.array([sum(q[i] for i in range(n) if m >> i & 1) for m in range(1 << n)])
    cost = 100.0 * vol ** 0.8
    v = np.array([sum(cost[1 << i] for i in range(n) if m >> i & 1) for m in range(1 << n)]) - cost
    x = nucleolus(v)
    assert in_core(v, x) and kohlberg_check(v, x, imputation=True)
    assert np.allclose(prenucleolus(v), x, atol=1e-7 * v[-1])
