"""Rank correlation: validation, Higham repair, Gaussian copula, Iman–Conover, achieved report."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from coop_calc.errors import ValidationError
from coop_calc.risk.correlation import (
    check_correlation,
    correlated_uniforms,
    correlation_matrix,
    correlation_report,
    gaussian_copula,
    iman_conover,
    nearest_correlation,
    spearman,
)
from coop_calc.risk.distributions import Bernoulli, Lognormal, Pert
from coop_calc.risk.sampling import BLOCK, uniforms

NAMES = ["cobot.annual_benefit", "am.annual_benefit", "discount_rate", "cobot.utilisation"]
TARGET = np.array([
    [1.0, 0.6, -0.3, 0.0],
    [0.6, 1.0, 0.0, 0.4],
    [-0.3, 0.0, 1.0, 0.0],
    [0.0, 0.4, 0.0, 1.0],
])


def is_correlation_matrix(m: np.ndarray) -> bool:
    return (np.allclose(m, m.T, atol=0) and np.array_equal(np.diag(m), np.ones(len(m)))
            and np.linalg.eigvalsh(m)[0] >= -1e-12 and np.abs(m).max() <= 1 + 1e-12)


# ---- validation and repair ---------------------------------------------------------------------

def test_valid_matrix_passes_unchanged():
    checked = check_correlation(TARGET, NAMES)
    assert not checked.repaired and checked.note == "" and checked.max_change == 0
    assert np.array_equal(checked.matrix, TARGET)


def test_correlation_matrix_from_pairs():
    m = correlation_matrix(NAMES, [("cobot.annual_benefit", "am.annual_benefit", 0.6),
                                   ("discount_rate", "cobot.annual_benefit", -0.3),
                                   ("am.annual_benefit", "cobot.utilisation", 0.4)])
    assert np.array_equal(m, TARGET)
    with pytest.raises(ValidationError, match="'x.y' is not one of the uncertain inputs"):
        correlation_matrix(NAMES, [("x.y", "discount_rate", 0.2)])


def _reasons(m):
    with pytest.raises(ValidationError) as info:
        check_correlation(m, NAMES[:2])
    return [str(p) for p in info.value.problems]


def test_rejected_matrices_named_in_user_terms():
    assert _reasons(np.eye(3)) == ["Risk settings › correlations: the correlation matrix must be 2 × 2"
                                   " (one row and column per input), not 3 × 3"]
    assert _reasons([[1, 0.5], [0.3, 1]]) == ["Risk settings › correlations: the correlation between"
                                              " cobot.annual_benefit and am.annual_benefit is 0.5 one way"
                                              " and 0.3 the other"]
    assert _reasons([[1, 1.5], [1.5, 1]]) == ["Risk settings › correlations: the correlation between"
                                              " cobot.annual_benefit and am.annual_benefit is 1.5; it must"
                                              " lie between -1 and 1"]
    assert _reasons([[0.9, 0], [0, 1]]) == ["Risk settings › correlations: the correlation of"
                                            " cobot.annual_benefit with itself must be 1, not 0.9"]
    assert "must be a finite number" in _reasons([[1, np.nan], [np.nan, 1]])[0]


def test_contradictory_correlations_are_repaired_with_a_note():
    names = ["a", "b", "c"]
    m = np.array([[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]])
    checked = check_correlation(m, names)
    assert checked.repaired and is_correlation_matrix(checked.matrix)
    assert checked.max_change == pytest.approx(np.abs(checked.matrix - m).max())
    assert checked.max_change > 0.1
    a, b = checked.pair
    assert f"the largest change is for {a} and {b}, from" in checked.note
    assert "contradict each other" in checked.note


def test_higham_reference_example():
    """Higham (2002), section 4: the nearest correlation matrix to [[1,1,0],[1,1,1],[0,1,1]]."""
    got = nearest_correlation(np.array([[1, 1, 0], [1, 1, 1], [0, 1, 1.0]]))
    assert got == pytest.approx(np.array([[1, 0.7607, 0.1573], [0.7607, 1, 0.7607], [0.1573, 0.7607, 1]]),
                                abs=1e-4)


@st.composite
def symmetric_unit_diagonal(draw):
    d = draw(st.integers(2, 7))
    upper = draw(st.lists(st.floats(-1, 1), min_size=d * (d - 1) // 2, max_size=d * (d - 1) // 2))
    m = np.eye(d)
    m[np.triu_indices(d, 1)] = upper
    return np.triu(m) + np.triu(m, 1).T


@given(symmetric_unit_diagonal())
@settings(max_examples=60, deadline=None)
def test_repair_always_gives_a_correlation_matrix(m):
    checked = check_correlation(m, [f"x{i}" for i in range(len(m))])
    assert is_correlation_matrix(checked.matrix)
    assert checked.repaired == (np.linalg.eigvalsh(m)[0] < -1e-10)
    # the repair is a projection: repairing its result changes nothing
    assert nearest_correlation(checked.matrix) == pytest.approx(checked.matrix, abs=1e-8)


# ---- imposing correlation ----------------------------------------------------------------------

@pytest.mark.parametrize("method", ["plain", "lhs", "sobol"])
def test_iman_conover_preserves_margins_and_hits_the_target(method):
    u = uniforms(method, 4, 0, 10_000, 11)
    x = np.column_stack([Pert(2, 3, 8).ppf(u[:, 0]), Lognormal(5, 3).ppf(u[:, 1]),
                         u[:, 2] * 0.1, Pert(0, 0.9, 1).ppf(u[:, 3])])
    y = iman_conover(x, TARGET)
    for k in range(4):
        assert np.array_equal(np.sort(y[:, k]), np.sort(x[:, k]))
    assert np.abs(spearman(y) - TARGET).max() < 0.02


def test_iman_conover_with_rng_and_with_ties():
    x = np.random.default_rng(1).random((10_000, 4))
    y = iman_conover(x, TARGET, np.random.default_rng(2))
    assert np.abs(spearman(y) - TARGET).max() < 0.02
    # a yes/no event cannot reach every rank correlation, but the margins stay exact
    x[:, 1] = Bernoulli(0.3).ppf(x[:, 1])
    y = iman_conover(x, TARGET)
    assert y[:, 1].sum() == x[:, 1].sum()
    assert 0.3 < spearman(y)[0, 1] < 0.6


def test_iman_conover_leaves_uncorrelated_columns_alone():
    target = np.eye(3)
    target[0, 1] = target[1, 0] = 0.5
    x = np.random.default_rng(3).random((1000, 3))
    y = iman_conover(x, target)
    assert np.array_equal(y[:, 2], x[:, 2])
    assert np.array_equal(iman_conover(x, np.eye(3)), x)


@pytest.mark.parametrize("method", ["plain", "lhs", "sobol"])
def test_gaussian_copula_hits_the_target_with_uniform_margins(method):
    u = uniforms(method, 4, 0, 20_000, 5)
    v = gaussian_copula(u, TARGET)
    assert np.abs(spearman(v) - TARGET).max() < 0.02
    for k in range(4):
        assert stats.kstest(v[:, k], "uniform").pvalue > 1e-3
    # a column without target correlations is left exactly as it was
    u5 = uniforms(method, 5, 0, 1000, 5)
    target5 = np.eye(5)
    target5[:4, :4] = TARGET
    assert np.array_equal(gaussian_copula(u5, target5)[:, 4], u5[:, 4])
    assert np.array_equal(gaussian_copula(u5, np.eye(5)), u5)


def test_perfect_correlation_is_possible():
    target = np.array([[1.0, 1.0], [1.0, 1.0]])
    u = uniforms("lhs", 2, 0, 4096, 1)
    assert spearman(iman_conover(u, target))[0, 1] > 0.999
    assert spearman(gaussian_copula(u, target))[0, 1] > 0.999
    assert spearman(gaussian_copula(u, -target + 2 * np.eye(2)))[0, 1] < -0.999


@pytest.mark.parametrize("how", ["iman_conover", "copula"])
def test_correlated_uniforms_do_not_depend_on_chunking(how):
    n = 2 * BLOCK + 300
    whole = correlated_uniforms("lhs", 4, 0, n, 8, TARGET, how)
    parts = [correlated_uniforms("lhs", 4, a, min(a + 1000, n), 8, TARGET, how) for a in range(0, n, 1000)]
    assert np.array_equal(np.concatenate(parts), whole)
    assert np.abs(spearman(whole[:BLOCK]) - TARGET).max() < 0.04
    if how == "iman_conover":  # LHS stratification survives the reordering
        cells = np.sort(np.floor(whole[:BLOCK, 0] * BLOCK).astype(int))
        assert np.array_equal(cells, np.arange(BLOCK))


def test_without_target_the_design_is_returned():
    assert np.array_equal(correlated_uniforms("sobol", 3, 10, 500, 1, None), uniforms("sobol", 3, 10, 500, 1))


# ---- measuring -----------------------------------------------------------------------------------

def test_spearman_matches_scipy_and_handles_constants():
    x = np.random.default_rng(4).normal(size=(500, 3))
    x[:, 1] += x[:, 0]
    assert spearman(x) == pytest.approx(stats.spearmanr(x).statistic, abs=1e-12)
    x[:, 2] = 7.0
    s = spearman(x)
    assert s[2, 2] == 1 and s[0, 2] == 0 and s[2, 1] == 0


def test_correlation_report():
    achieved = TARGET.copy()
    achieved[0, 1] = achieved[1, 0] = 0.58
    achieved[0, 3] = achieved[3, 0] = 0.05
    report = correlation_report(NAMES, TARGET, achieved)
    assert report["pairs"][0] == {"a": NAMES[0], "b": NAMES[1], "target": 0.6, "achieved": 0.58}
    assert len(report["pairs"]) == 3
    assert report["max_deviation"] == pytest.approx(0.05)
    assert report["max_unintended"] == pytest.approx(0.05)


# ---- bounded, cancellable repair (issue: 500 items x 10,000 correlations ran for 15 minutes) -----

def _contradictory(d: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    m = np.triu(rng.choice([-0.95, 0.95], size=(d, d)), 1)
    return m + m.T + np.eye(d)


def test_repair_acts_on_each_linked_group_alone():
    bad = np.array([[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1.0]])
    m = np.eye(6)
    m[:3, :3] = bad  # inputs 0-2 contradict each other
    m[4, 5] = m[5, 4] = 0.5  # inputs 4-5 are consistent and must stay exactly as given
    checked = check_correlation(m, [f"x{i}" for i in range(6)])
    assert checked.repaired and is_correlation_matrix(checked.matrix)
    assert checked.matrix[4, 5] == 0.5 and checked.matrix[3, 3] == 1.0
    assert np.array_equal(checked.matrix[:3, 3:], np.zeros((3, 3)))


def test_repair_work_is_bounded_by_counting_eigendecompositions(monkeypatch):
    import coop_calc.risk.correlation as corr

    steps = []
    real = corr._clip_eigenvalues
    monkeypatch.setattr(corr, "_clip_eigenvalues", lambda m, floor: (steps.append(len(m)), real(m, floor))[1])
    checked = check_correlation(_contradictory(40), [f"x{i}" for i in range(40)])
    assert checked.repaired and is_correlation_matrix(checked.matrix)
    assert 0 < len(steps) <= corr.REPAIR_ITERATIONS + 1 and max(steps) == 40


def test_repair_asks_cancelled_before_each_step_and_stops():
    from coop_calc.risk.correlation import cancellable
    from coop_calc.risk.run import Cancelled

    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(Cancelled):
        check_correlation(_contradictory(30), [f"x{i}" for i in range(30)], cancelled=cancelled)
    assert len(asked) == 6
    asked.clear()
    with cancellable(cancelled), pytest.raises(Cancelled):  # the scope form, used by simulate()
        check_correlation(_contradictory(30), [f"x{i}" for i in range(30)])


def test_too_many_correlated_inputs_are_refused_in_one_line():
    from coop_calc.parse import MAX_CORRELATED_INPUTS

    d = MAX_CORRELATED_INPUTS + 2
    m = np.eye(d)
    for i in range(0, d, 2):
        m[i, i + 1] = m[i + 1, i] = 0.3
    with pytest.raises(ValidationError) as e:
        check_correlation(m, [f"x{i}" for i in range(d)])
    assert str(e.value) == f"Risk settings › correlations: {d} inputs take part in correlations: at most 100"


def test_a_huge_invalid_matrix_lists_a_few_problems_not_thousands():
    m = np.full((300, 300), 2.0)
    np.fill_diagonal(m, 1.0)
    with pytest.raises(ValidationError) as e:
        check_correlation(m, [f"x{i}" for i in range(300)])
    assert len(e.value.problems) == 6 and "more like this" in str(e.value.problems[-1])
