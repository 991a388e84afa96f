"""Slow, independent reference implementations and game generators for the games tests.

Nothing here uses coop_calc.games: the oracles are written from the definitions (all orders of
joining for Shapley; sequential LPs over ALL coalitions that fix a coalition only after an LP
proves its slack cannot be positive, for the nucleolus), so they share no code path with the
engine. The few tests at the bottom check the oracles themselves on textbook games.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from scipy.optimize import linprog


def mask_of(players) -> int:
    return sum(1 << i for i in players)


def game_from(n: int, fn) -> np.ndarray:
    """v[mask] = fn(tuple of players in mask), v[0] = 0."""
    v = np.zeros(1 << n)
    for m in range(1, 1 << n):
        v[m] = fn(tuple(i for i in range(n) if m >> i & 1))
    return v


def additive(b) -> np.ndarray:
    return game_from(len(b), lambda s: float(sum(b[i] for i in s)))


def chi(mask: int, n: int) -> np.ndarray:
    return np.array([(mask >> i) & 1 for i in range(n)], dtype=float)


# --------------------------------------------------------------------------- Shapley oracle

def shapley_by_permutations(v: np.ndarray, n: int) -> np.ndarray:
    """Average marginal contribution over all n! orders (the definition)."""
    phi = np.zeros(n)
    for order in itertools.permutations(range(n)):
        m = 0
        for i in order:
            phi[i] += v[m | 1 << i] - v[m]
            m |= 1 << i
    return phi / math.factorial(n)


def shapley_by_pairing(v: np.ndarray, n: int) -> np.ndarray:
    """phi_i = sum_{S not containing i} |S|!(n-|S|-1)!/n! (v(S+i) - v(S)), one player at a time."""
    sizes = np.array([bin(m).count("1") for m in range(1 << n)])
    w = np.array([math.factorial(s) * math.factorial(n - s - 1) / math.factorial(n)
                  for s in range(n)])
    phi = np.zeros(n)
    for i in range(n):
        pair = v.reshape(-1, 2, 1 << i)
        sz = sizes.reshape(-1, 2, 1 << i)[:, 0, :]
        phi[i] = ((pair[:, 1, :] - pair[:, 0, :]) * w[sz]).sum()
    return phi


# ------------------------------------------------------------------------ nucleolus oracle

def _stage_lp(v, n, fixed, active, bounds):
    a_ub = np.array([np.r_[-chi(s, n), -1.0] for s in active])
    b_ub = np.array([-v[s] for s in active])
    a_eq = np.array([np.r_[chi(s, n), 0.0] for s, _ in fixed])
    b_eq = np.array([r for _, r in fixed])
    return linprog(np.r_[np.zeros(n), 1.0], A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq,
                   bounds=bounds + [(None, None)], method="highs")


def slow_nucleolus(v: np.ndarray, n: int, imputation: bool) -> np.ndarray:
    """Maschler-Peleg-Shapley sequential LPs over all 2**n - 2 coalitions. A coalition is fixed
    only when maximising its slack over the optimal face gives (numerically) zero."""
    full = (1 << n) - 1
    if n == 1:
        return np.array([v[1]])
    bounds = [(v[1 << i], None) if imputation else (None, None) for i in range(n)]
    fixed: list[tuple[int, float]] = [(full, v[full])]
    active = list(range(1, full))
    tol = 1e-8 * max(1.0, np.abs(v).max())
    x = None
    while active:
        lp = _stage_lp(v, n, fixed, active, bounds)
        assert lp.status == 0, lp.message
        eps = lp.x[n]
        x = lp.x[:n]
        a_ub = np.array([-chi(s, n) for s in active])
        b_ub = np.array([-(v[s] - eps) for s in active])
        a_eq = np.array([chi(s, n) for s, _ in fixed])
        b_eq = np.array([r for _, r in fixed])
        newly = []
        for s in active:
            if chi(s, n) @ x + eps - v[s] > tol:
                continue
            top = linprog(-chi(s, n), A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds,
                          method="highs")
            if -top.fun + eps - v[s] <= tol:
                newly.append(s)
        assert newly, "some coalition is tight in every optimum"
        fixed += [(s, v[s] - eps) for s in newly]
        basis = np.array([chi(s, n) for s, _ in fixed])
        rank = np.linalg.matrix_rank(basis)
        active = [s for s in active if s not in newly
                  and np.linalg.matrix_rank(np.vstack([basis, chi(s, n)])) > rank]
        if rank == n:
            sol = np.linalg.lstsq(basis, np.array([r for _, r in fixed]), rcond=None)[0]
            return sol
    return x


def sorted_excesses(v: np.ndarray, x: np.ndarray, n: int) -> np.ndarray:
    full = (1 << n) - 1
    xs = np.array([chi(m, n) @ x for m in range(1 << n)])
    return np.sort((v - xs)[1:full])[::-1]


def lex_not_smaller(a: np.ndarray, b: np.ndarray, tol: float) -> bool:
    """a >=lex b with tolerance (both sorted descending)."""
    for p, q in zip(a, b):
        if p > q + tol:
            return True
        if p < q - tol:
            return False
    return True


# --------------------------------------------------------------------------- games

def bankruptcy(estate: float, claims) -> np.ndarray:
    """v(S) = max(0, E - sum of the claims outside S) (O'Neill 1982; Aumann & Maschler 1985)."""
    total = float(sum(claims))
    return game_from(len(claims), lambda s: max(0.0, estate - (total - sum(claims[i] for i in s))))


def constrained_equal_awards(amount: float, caps) -> np.ndarray:
    caps = np.asarray(caps, dtype=float)
    lo, hi = 0.0, float(caps.max())
    for _ in range(200):
        lam = (lo + hi) / 2
        if np.minimum(caps, lam).sum() < amount:
            lo = lam
        else:
            hi = lam
    return np.minimum(caps, (lo + hi) / 2)


def talmud(estate: float, claims) -> np.ndarray:
    """The Talmud rule: CEA on half-claims up to half the total, then losses equalised."""
    d = np.asarray(claims, dtype=float)
    if estate <= d.sum() / 2:
        return constrained_equal_awards(estate, d / 2)
    return d - constrained_equal_awards(d.sum() - estate, d / 2)


def glove() -> np.ndarray:
    """One left glove (player 0), two right gloves: a pair is worth 1."""
    return game_from(3, lambda s: 1.0 if 0 in s and (1 in s or 2 in s) else 0.0)


def superadditive_cover(base: np.ndarray, n: int) -> np.ndarray:
    """Smallest superadditive game above ``base``: best partition value of each coalition."""
    v = base.copy()
    v[0] = 0.0
    for m in range(1, 1 << n):
        sub = (m - 1) & m
        while sub:
            if sub < (m ^ sub):
                v[m] = max(v[m], v[sub] + v[m ^ sub])
            sub = (sub - 1) & m
    return v


def balanced_game(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """A game with a known core point x0: v(S) = x0(S) - r_S with r_S >= 0, v(N) = x0(N)."""
    x0 = rng.normal(size=n)
    v = np.array([chi(m, n) @ x0 for m in range(1 << n)])
    v[1:-1] -= rng.exponential(size=(1 << n) - 2) * rng.integers(0, 2, size=(1 << n) - 2)
    v[0] = 0.0
    return v, x0


def convex_game(rng: np.random.Generator, n: int) -> np.ndarray:
    """Supermodular: f(w(S)) with f convex, plus pair synergies, plus an additive part."""
    w = rng.random(n)
    syn = np.triu(rng.random((n, n)) * rng.integers(0, 2, size=(n, n)), 1)
    b = rng.normal(size=n)

    def f(s):
        ws = sum(w[i] for i in s)
        return ws ** 2 + sum(syn[i, j] for i in s for j in s if i < j) + sum(b[i] for i in s)
    return game_from(n, f)


# ------------------------------------------------------------------ checks of the oracles

def test_oracle_shapley_glove() -> None:
    assert np.allclose(shapley_by_permutations(glove(), 3), [2 / 3, 1 / 6, 1 / 6])
    assert np.allclose(shapley_by_pairing(glove(), 3), [2 / 3, 1 / 6, 1 / 6])


def test_oracle_nucleolus_textbook() -> None:
    assert np.allclose(slow_nucleolus(glove(), 3, True), [1, 0, 0], atol=1e-9)
    v = bankruptcy(200, [100, 200, 300])
    assert np.allclose(slow_nucleolus(v, 3, True), [50, 75, 75], atol=1e-7)
    assert np.allclose(talmud(200, [100, 200, 300]), [50, 75, 75])
