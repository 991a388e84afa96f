"""The tornado from one sort per input equals rank_sensitivity computed outcome by outcome."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_calc.risk.metrics import rank_sensitivity
from coop_calc.risk.tornado import RankedInputs


def _inputs(rng, t):
    """Continuous columns (distinct), events of several probabilities (incl. never and always),
    a continuous column with ties, and a constant column."""
    cont = rng.random((t, 5))
    events = (rng.random((t, 5)) < np.array([0.0, 0.02, 0.3, 0.95, 1.0])).astype(float)
    tied = np.round(rng.random((t, 1)) * 4)
    const = np.full((t, 1), 0.5)
    x = np.hstack([cont, events, tied, const])
    is_event = np.array([False] * 5 + [True] * 5 + [False, False])
    return x, is_event


@given(st.integers(0, 10_000), st.integers(3, 400), st.floats(0.0, 0.6))
@settings(max_examples=40, deadline=None)
def test_equals_rank_sensitivity_on_any_subset(seed, t, drop):
    rng = np.random.default_rng(seed)
    x, is_event = _inputs(rng, t)
    y = 3 * x[:, 0] - 2 * x[:, 7] + rng.normal(size=t)
    y[: t // 5] = 1.0  # an atom: ties in the outcome
    keep = rng.random(t) >= drop
    if keep.sum() < 2:
        keep[:2] = True
    names = [f"in{j:02d}" for j in range(x.shape[1])]
    got = RankedInputs(x, is_event).sensitivity(names, np.where(keep, y, 0.0), keep, range(x.shape[1]))
    want = rank_sensitivity({nm: x[keep, j] for j, nm in enumerate(names)}, y[keep])
    assert [s.input for s in got] == [s.input for s in want]
    for g, w in zip(got, want):
        assert g.rho == pytest.approx(w.rho, abs=1e-12)
        assert g.low_mean == pytest.approx(w.low_mean, rel=1e-12, abs=1e-12)
        assert g.high_mean == pytest.approx(w.high_mean, rel=1e-12, abs=1e-12)


def test_a_subset_of_inputs_and_all_trials():
    rng = np.random.default_rng(1)
    x, is_event = _inputs(rng, 2000)
    y = x[:, 1] + x[:, 6]
    names = [f"in{j:02d}" for j in range(x.shape[1])]
    got = RankedInputs(x, is_event).sensitivity(names, y, None, [1, 6, 8])
    assert {s.input for s in got} == {"in01", "in06", "in08"}
    assert got[0].rho > 0.5 and got[0].swing > 0
