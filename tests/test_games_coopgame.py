"""coopgame-py (an independent Rust implementation) as an extra oracle, when installed.

Only a test-time oracle: the engine never imports it. Skipped when the package is absent.
"""

from __future__ import annotations

import numpy as np
import pytest

from coop_calc.games import (
    banzhaf,
    least_core,
    nucleolus,
    prenucleolus,
    shapley,
    tau_value,
)

coopgame = pytest.importorskip("coopgame")


def _games():
    rng = np.random.default_rng(2024)
    for n in range(2, 9):
        sizes = np.array([bin(m).count("1") for m in range(1 << n)])
        v = rng.random(1 << n) * sizes
        v[[1 << i for i in range(n)]] = 0.0
        v[0] = 0.0
        yield n, v
        yield n, np.r_[0.0, rng.integers(-3, 5, size=(1 << n) - 1).astype(float)]
    for kind in (1, 2, 3, 4):
        yield 9, np.r_[0.0, np.array(coopgame.Game.bnf(kind, 9, 7).values())]
    yield 12, np.r_[0.0, np.array(coopgame.Game.bnf(5, 12, 3).values())]


@pytest.mark.parametrize("n, v", list(_games()))
def test_agrees_with_coopgame(n, v) -> None:
    g = coopgame.Game(v[1:].tolist())  # bitmask ("binary") order, empty coalition left out
    scale = max(1.0, np.abs(v).max())
    assert np.allclose(shapley(v), coopgame.shapley(g), atol=1e-9 * scale)
    assert np.allclose(banzhaf(v), coopgame.banzhaf(g), atol=1e-9 * scale)
    pre = np.array(coopgame.prenucleolus(g)["allocation"])
    assert np.allclose(prenucleolus(v), pre, atol=1e-7 * scale)
    if sum(v[1 << i] for i in range(n)) <= v[-1]:
        ref = np.array(coopgame.nucleolus(g, "imputation")["allocation"])
        assert np.allclose(nucleolus(v), ref, atol=1e-7 * scale)
    eps, _ = least_core(v)
    assert eps == pytest.approx(coopgame.least_core(g, "preimputation")["epsilon"],
                                abs=1e-7 * scale)
    try:
        ref_tau = coopgame.tau_value(g)
    except ValueError:
        with pytest.raises(ValueError):
            tau_value(v)
    else:
        assert np.allclose(tau_value(v), ref_tau, atol=1e-7 * scale)


def test_airport_nucleolus_agrees_with_coopgame() -> None:
    costs = [3.0, 5.0, 5.0, 8.0, 13.0, 21.0]
    n = len(costs)
    c = np.array([max([costs[i] for i in range(n) if m >> i & 1], default=0.0)
                  for m in range(1 << n)])
    savings = np.array([sum(costs[i] for i in range(n) if m >> i & 1) for m in range(1 << n)]) - c
    ref = coopgame.airport(costs)
    assert np.allclose(shapley(c), ref["shapley"], atol=1e-9)
    # cost shares from the savings nucleolus: c({i}) - x_i
    assert np.allclose(np.array(costs) - nucleolus(savings), ref["nucleolus"], atol=1e-7)
