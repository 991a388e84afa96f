"""Uniform designs: bit-for-bit reproducibility whatever the chunking, stratification, Sobol' nets."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import qmc

from coop_calc.errors import ValidationError
from coop_calc.risk.sampling import (
    BLOCK,
    METHODS,
    SOBOL_STREAM,
    design_chunks,
    recommended_trials,
    uniforms,
)

N = 3 * BLOCK + 517  # crosses block boundaries and ends inside a block


@pytest.fixture(scope="module")
def whole():
    return {m: uniforms(m, 4, 0, N, 2024) for m in METHODS}


@pytest.mark.parametrize("method", METHODS)
def test_shape_and_range(method, whole):
    u = whole[method]
    assert u.shape == (N, 4) and u.dtype == np.float64
    assert (u >= 0).all() and (u < 1).all()
    assert abs(u.mean() - 0.5) < 0.01


@pytest.mark.parametrize("method", METHODS)
@given(cuts=st.lists(st.integers(0, N), max_size=8))
@settings(max_examples=25, deadline=None)
def test_chunks_of_any_size_concatenate_to_the_single_call(method, cuts, whole):
    edges = [0, *sorted(cuts), N]
    parts = [uniforms(method, 4, a, b, 2024) for a, b in zip(edges, edges[1:])]
    assert np.array_equal(np.concatenate(parts), whole[method])


@pytest.mark.parametrize("method", METHODS)
def test_fixed_chunk_sizes_and_design_chunks(method, whole):
    for size in (1, 1000, BLOCK, BLOCK + 1, 10_000):
        got = np.concatenate([u for _, _, u in design_chunks(method, 4, N, 2024, chunk=size)])
        assert np.array_equal(got, whole[method]), size


@pytest.mark.parametrize("method", METHODS)
def test_shorter_run_is_a_prefix_and_seed_matters(method, whole):
    assert np.array_equal(uniforms(method, 4, 0, 1000, 2024), whole[method][:1000])
    assert not np.array_equal(uniforms(method, 4, 0, 1000, 2025), whole[method][:1000])


@pytest.mark.parametrize("method", METHODS)
def test_returned_arrays_are_fresh(method):
    a = uniforms(method, 2, 0, 10, 1)
    a[:] = -1  # the cache must not be touched
    assert (uniforms(method, 2, 0, 10, 1) >= 0).all()


def test_plain_columns_do_not_depend_on_the_number_of_inputs():
    assert np.array_equal(uniforms("plain", 5, 100, 9000, 3)[:, :2], uniforms("plain", 2, 100, 9000, 3))


def test_lhs_is_stratified_within_each_block(whole):
    u = whole["lhs"]
    for j in range(3):
        block = u[j * BLOCK:(j + 1) * BLOCK]
        for k in range(block.shape[1]):
            cells = np.sort(np.floor(block[:, k] * BLOCK).astype(int))
            assert np.array_equal(cells, np.arange(BLOCK))


def test_plain_is_not_stratified(whole):
    cells = np.floor(whole["plain"][:BLOCK, 0] * BLOCK).astype(int)
    assert len(np.unique(cells)) < BLOCK


def test_sobol_is_scipys_scrambled_sequence():
    rng = np.random.default_rng(np.random.SeedSequence([99, SOBOL_STREAM]))
    reference = qmc.Sobol(3, scramble=True, rng=rng).random(2 * BLOCK)
    assert np.array_equal(uniforms("sobol", 3, 0, 2 * BLOCK, 99), reference)


@pytest.mark.parametrize("start,m", [(0, 10), (BLOCK, 12), (5 * BLOCK, 8)])
def test_sobol_points_are_balanced_for_powers_of_two(start, m):
    """Each 1-D projection of 2^m aligned points has one point in each interval of width 2^-m."""
    u = uniforms("sobol", 3, start, start + 2**m, 5)
    for k in range(3):
        assert np.array_equal(np.sort(np.floor(u[:, k] * 2**m).astype(int)), np.arange(2**m))


def test_no_warnings_for_awkward_chunks():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        uniforms("sobol", 2, 0, 1000, 1)
        uniforms("sobol", 2, 3, 777, 1)
        uniforms("lhs", 2, 3, 777, 1)


def test_empty_requests():
    assert uniforms("lhs", 0, 0, 10, 1).shape == (10, 0)
    assert uniforms("sobol", 3, 5, 5, 1).shape == (0, 3)


def test_invalid_arguments():
    with pytest.raises(ValidationError, match="the sampling method must be one of plain, lhs, sobol, not 'mc'"):
        uniforms("mc", 2, 0, 10, 1)
    with pytest.raises(ValidationError, match="Risk settings › seed: the seed must be a whole number"):
        uniforms("plain", 2, 0, 10, -1)
    with pytest.raises(ValidationError, match="seed"):
        uniforms("plain", 2, 0, 10, 1.5)
    with pytest.raises(ValueError):
        uniforms("plain", 2, 10, 5, 1)
    with pytest.raises(ValidationError, match="at most 21,201"):
        uniforms("sobol", 30_000, 0, 1, 1)


def test_recommended_trials():
    assert recommended_trials("sobol", 10_000) == 16_384
    assert recommended_trials("sobol", 8192) == 8192
    assert recommended_trials("lhs", 10_000) == 3 * BLOCK
    assert recommended_trials("lhs", 1000) == 1000
    assert recommended_trials("plain", 10_001) == 10_001


def test_lhs_columns_are_independent_permutations():
    u = uniforms("lhs", 6, 0, BLOCK, 11)
    cells = np.floor(u * BLOCK).astype(int)
    # every pair of columns pairs the cells differently, with a rank correlation near 0
    for a in range(6):
        for b in range(a + 1, 6):
            assert not np.array_equal(cells[:, a], cells[:, b])
            assert abs(np.corrcoef(cells[:, a], cells[:, b])[0, 1]) < 0.06
    assert u.flags.f_contiguous  # column-major: the inverse CDFs read it input by input
