"""Optimal coalition structure generation: the partition of the partners into separate pools that
maximises the total savings after coordination cost.

Input is the savings game ``v`` over all 2ⁿ coalitions (bitmask-indexed, currency, coordination cost
included, ``v({i}) = 0``). A structure {S₁, …, S_m} is worth Σ v(S_j); the best one maximises that.

Two methods (see docs/methods-advice.md):

- **Dynamic programming over subsets** (Yeh 1986; Rahwan et al. 2015, §4.1):
  ``f(M) = max_{T ⊆ M, lowest(M) ∈ T} v(T) + f(M ∖ T)``, exact, O(3ⁿ) work. Masks are processed layer
  by layer (by size) and all submasks of a layer are evaluated at once in numpy, so the 3ⁿ/2 pairs are
  array operations, not Python steps. Used up to :data:`DP_MAX_PARTNERS`.
- **Set partitioning with column generation** beyond that: the LP relaxation of
  ``max Σ v(S)x_S s.t. Σ_{S∋i} x_S = 1, x ≥ 0`` is solved on a growing set of columns; pricing scans
  every coalition (``v(S) − π(S)`` over all 2ⁿ masks by doubling), so when no column has a positive
  reduced value the LP value is a proven upper bound. The integer programme on the generated columns
  (HiGHS via scipy.optimize.milp) gives a first division, improved by local moves (move, merge, swap)
  and a seeded large-neighbourhood search that re-divides up to 12 freed partners exactly by the DP;
  when few columns can still improve on it (reduced-cost fixing) their IP settles optimality. The gap
  to the bound is reported (0 means proven optimal).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from ..coalitions import members, popcount, subset_sums

#: Exact DP up to this many partners (3¹⁶/2 ≈ 21.5 M submask pairs, about a second in numpy).
DP_MAX_PARTNERS = 16
#: Cells of one vectorised block of the DP (bounds the working memory to some 100 MB).
_BLOCK = 1 << 22


@dataclass(frozen=True)
class Partition:
    """A coalition structure: ``groups`` (masks, disjoint, covering all partners), its ``value``
    Σ v(S) (currency), the ``bound`` no structure can exceed, and the ``method`` that found it."""

    groups: tuple[int, ...]
    value: float
    bound: float
    method: str  # "dp" (exact) or "column-generation" (exact when value == bound)

    @property
    def gap(self) -> float:
        """How much a better structure could at most save more (0 when proven optimal)."""
        return max(0.0, self.bound - self.value)


def _order(groups: list[int]) -> tuple[int, ...]:
    """Groups by size (largest first), then by their lowest partner: the order they are shown in."""
    return tuple(sorted(groups, key=lambda g: (-int(g).bit_count(), (g & -g).bit_length())))


def best_partition_dp(v: np.ndarray, allowed: np.ndarray | None = None) -> tuple[Partition, np.ndarray]:
    """Exact best structure by DP over subsets; returns it and ``f`` (f[M] = best value of any
    partition of the partners in M, which tells for every group whether splitting it would pay).

    ``allowed`` (bool per mask) excludes groups; single partners are always allowed."""
    n = len(v).bit_length() - 1
    if n > 30:
        raise ValueError("the DP over subsets is meant for at most 30 partners")
    w = np.array(v, dtype=float)
    if allowed is not None:
        w[~allowed] = -np.inf
    w[1 << np.arange(n)] = v[1 << np.arange(n)]
    f = np.full(1 << n, -np.inf)
    f[0] = 0.0
    # masks as int32 (n ≤ 30): half the memory traffic of int64 in the gathers that dominate
    first = np.zeros(1 << n, dtype=np.int32)
    sizes = popcount(np.arange(1 << n))
    for k in range(1, n + 1):
        layer = np.flatnonzero(sizes == k).astype(np.int32)
        bits = ((layer[:, None] >> np.arange(n, dtype=np.int32)) & 1).astype(bool)
        pos = np.nonzero(bits)[1].reshape(len(layer), k).astype(np.int32)
        step = max(1, _BLOCK >> (k - 1))
        for a in range(0, len(layer), step):
            masks, p = layer[a:a + step], pos[a:a + step]
            subs = np.zeros((1 << (k - 1), len(masks)), dtype=np.int32)
            for j in range(1, k):  # every subset of the other members, by doubling
                subs[1 << (j - 1): 1 << j] = subs[: 1 << (j - 1)] + (np.int32(1) << p[:, j])
            # complements M ∖ T of the groups T = {lowest} ∪ subset, in place
            np.subtract(masks ^ (np.int32(1) << p[:, 0]), subs, out=subs)
            val = f[subs]
            val += w[masks - subs]
            j = np.argmax(val, axis=0)
            cols = np.arange(len(masks))
            f[masks] = val[j, cols]
            first[masks] = masks - subs[j, cols]
    groups, m = [], (1 << n) - 1
    while m:
        groups.append(int(first[m]))
        m ^= int(first[m])
    value = float(f[-1])
    return Partition(_order(groups), value, value, "dp"), f


def _solve_ip(w: np.ndarray, cols: np.ndarray, n: int, time_limit: float) -> tuple[float, list[int], bool]:
    """The set partitioning IP on the columns ``cols`` (HiGHS): (value, chosen masks, proven optimal)."""
    a = ((cols[None, :] >> np.arange(n)[:, None]) & 1).astype(float)
    res = milp(-w[cols], constraints=LinearConstraint(a, 1, 1), integrality=np.ones(len(cols)),
               bounds=Bounds(0, 1), options={"time_limit": time_limit})
    if res.x is None:  # pragma: no cover - the single partners alone are always feasible
        return -np.inf, [], False
    chosen = [int(m) for m, x in zip(cols, res.x) if x > 0.5]
    return float(w[chosen].sum()), chosen, res.status == 0


def best_partition_colgen(v: np.ndarray, allowed: np.ndarray | None = None, batch: int = 64,
                          max_rounds: int = 200, max_columns: int = 20_000,
                          time_limit: float = 20.0) -> Partition:
    """Best structure by set partitioning with column generation (see the module docstring).

    ``bound``: the LP relaxation's value over all 2ⁿ columns once pricing finds no improving column
    (else the Lagrangian bound z_LP + n·max reduced value). Then reduced-cost fixing: any division
    better than the incumbent uses only columns whose reduced value exceeds −(bound − incumbent), since
    a division's value is Σπ + Σ reduced values of its groups; when those columns number at most
    ``max_columns``, the IP over them is solved and its answer is proven optimal (bound = value)."""
    n = len(v).bit_length() - 1
    full = (1 << n) - 1
    w = np.array(v, dtype=float)
    if allowed is not None:
        w[~allowed] = -np.inf
    w[1 << np.arange(n)] = v[1 << np.arange(n)]
    tol = 1e-9 * max(1.0, float(np.abs(w[np.isfinite(w)]).max()))
    cols = {1 << i for i in range(n)}
    if np.isfinite(w[full]):
        cols.add(full)
    top = np.argpartition(-w, min(batch, len(w) - 1))[:batch]
    cols.update(int(m) for m in top if np.isfinite(w[m]) and m)
    converged = False
    for _ in range(max_rounds):
        cl = np.array(sorted(cols), dtype=np.int64)
        a = ((cl[None, :] >> np.arange(n)[:, None]) & 1).astype(float)
        res = linprog(-w[cl], A_eq=a, b_eq=np.ones(n), bounds=(0, None), method="highs")
        z_lp = -float(res.fun)
        red = w - subset_sums(-np.asarray(res.eqlin.marginals, dtype=float))
        red[0] = -np.inf
        out = red.copy()
        out[cl] = -np.inf
        cand = np.flatnonzero(out > tol)
        if not len(cand):
            converged = True
            break
        if len(cand) > batch:
            cand = cand[np.argpartition(-out[cand], batch)[:batch]]
        cols.update(int(m) for m in cand)
    bound = z_lp if converged else z_lp + n * max(0.0, float(np.max(red)))
    cl = np.array(sorted(cols), dtype=np.int64)
    value, chosen, _ = _solve_ip(w, cl, n, time_limit)
    chosen = improve(w, chosen)
    chosen = neighbourhood_search(w, chosen)
    value = float(w[chosen].sum())
    if converged and bound - value > tol:
        keep = np.flatnonzero(red >= value - bound - tol)
        if len(keep) <= max_columns:  # few enough to settle it: the IP over them is exact
            keep = np.union1d(keep, cl).astype(np.int64)
            val2, chosen2, optimal = _solve_ip(w, keep, n, time_limit)
            if val2 > value:
                value, chosen = val2, chosen2
            if optimal:
                bound = value
    value = float(sum(v[m] for m in chosen))
    return Partition(_order(chosen), value, max(bound, value), "column-generation")


def improve(w: np.ndarray, groups: list[int]) -> list[int]:
    """Local search on a division (values ``w`` per mask): move one partner to another group or alone,
    merge two groups, swap two partners of different groups; best improving move first, until none
    improves. Each move is a few look-ups in ``w``."""
    gs = [int(g) for g in groups]
    tol = 1e-9 * max(1.0, float(np.abs(w[np.isfinite(w)]).max()))
    while True:
        best = tol
        move: tuple | None = None  # (kind, groups…, partners…): its length depends on the kind
        for a in range(len(gs)):
            for b in range(a + 1, len(gs)):  # merge
                d = w[gs[a] | gs[b]] - w[gs[a]] - w[gs[b]]
                if d > best:
                    best, move = d, ("merge", a, b)
        for a, ga in enumerate(gs):
            m = ga
            while m:
                i = m & -m
                m ^= i
                if ga != i:  # leave to buy alone
                    d = w[ga ^ i] + w[i] - w[ga]
                    if d > best:
                        best, move = d, ("alone", a, i)
                for b, gb in enumerate(gs):
                    if b == a:
                        continue
                    d = w[ga ^ i] + w[gb | i] - w[ga] - w[gb] if ga != i else w[gb | i] - w[gb] - w[i]
                    if d > best:
                        best, move = d, ("move", a, b, i)
                    mb = gb
                    while mb:  # swap i with j of group b
                        j = mb & -mb
                        mb ^= j
                        d = w[ga ^ i | j] + w[gb ^ j | i] - w[ga] - w[gb]
                        if d > best:
                            best, move = d, ("swap", a, b, i, j)
        if move is None:
            return gs
        kind = move[0]
        if kind == "merge":
            _, a, b = move
            gs[a] |= gs[b]
            del gs[b]
        elif kind == "alone":
            _, a, i = move
            gs[a] ^= i
            gs.append(i)
        elif kind == "move":
            _, a, b, i = move
            gs[a] ^= i
            gs[b] |= i
            if not gs[a]:
                del gs[a]
        else:
            _, a, b, i, j = move
            gs[a] = gs[a] ^ i | j
            gs[b] = gs[b] ^ j | i


def neighbourhood_search(w: np.ndarray, groups: list[int], size: int = 12, rounds: int = 100,
                         seed: int = 0) -> list[int]:
    """Large-neighbourhood search: free up to ``size`` partners (the members of two or three groups,
    cut to ``size`` at random), re-divide them exactly by the DP over their subsets, keep the rest of
    their groups; accept when the division improves. Seeded, so the same input gives the same answer."""
    n = len(w).bit_length() - 1
    rng = np.random.default_rng(seed)
    gs = [int(g) for g in groups]
    tol = 1e-9 * max(1.0, float(np.abs(w[np.isfinite(w)]).max()))
    for _ in range(rounds):
        if len(gs) < 2:
            pick = list(range(len(gs)))
        else:
            pick = list(rng.choice(len(gs), size=min(len(gs), int(rng.integers(2, 4))), replace=False))
        free = [i for g in pick for i in range(n) if gs[g] >> i & 1]
        if len(free) > size:
            free = sorted(rng.choice(free, size=size, replace=False).tolist())
        u = sum(1 << i for i in free)
        sm = subset_sums(np.array([1 << i for i in free], dtype=np.int64))
        sub, _ = best_partition_dp(np.where(np.isfinite(w[sm]), w[sm], -np.inf) if len(free) else np.zeros(1))
        new = [g & ~u for g in gs if g & ~u] + [int(sm[local]) for local in sub.groups]
        if float(w[new].sum()) > float(w[gs].sum()) + tol:
            gs = improve(w, new)
    return gs


def best_partition(v: np.ndarray, allowed: np.ndarray | None = None) -> tuple[Partition, np.ndarray | None]:
    """The best structure (DP up to :data:`DP_MAX_PARTNERS` partners, else column generation) and,
    for the DP, the array ``f`` of best values of every sub-pool."""
    n = len(v).bit_length() - 1
    if n <= DP_MAX_PARTNERS:
        return best_partition_dp(v, allowed)
    return best_partition_colgen(v, allowed), None


def submasks(group: int, n: int) -> np.ndarray:
    """The global masks of every subset of ``group``, indexed by the local bitmask over its members
    (member j ↔ local bit j): ``v[submasks(g, n)]`` is the game restricted to the group."""
    return subset_sums(np.array([1 << i for i in members(group, n)], dtype=np.int64))
