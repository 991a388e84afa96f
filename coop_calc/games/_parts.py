"""Building blocks of the sequential LPs for the (pre)nucleolus: the result record, indicator
rows, the span of the settled coalitions, picking violated coalitions outside it, and the final
polish by least squares. See nucleolus.py for the algorithm."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class NucleolusResult:
    """Outcome of the sequential LPs: the allocation, the excess level of each stage (largest
    first), which coalitions were settled at which stage, and effort counters."""

    x: np.ndarray
    levels: list[float]
    settled: list[tuple[int, int]] = field(default_factory=list)  # (mask, stage)
    at_lower_bound: list[int] = field(default_factory=list)
    lp_solves: int = 0
    rows: int = 0


def chi_rows(masks: np.ndarray, n: int) -> np.ndarray:
    """0/1 indicator rows (len(masks), n) of the coalitions."""
    m = np.asarray(masks, dtype=np.int64)
    return ((m[:, None] >> np.arange(n)) & 1).astype(np.float64)


class Span:
    """Orthonormal basis of the span of the settled indicator vectors."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.q = np.zeros((n, 0))

    @property
    def rank(self) -> int:
        return self.q.shape[1]

    def residual(self, rows: np.ndarray) -> np.ndarray:
        """Distance of each row vector from the span."""
        r = rows - (rows @ self.q) @ self.q.T
        return np.sqrt(np.einsum("ij,ij->i", r, r))

    def contains(self, masks: np.ndarray) -> np.ndarray:
        if masks.size == 0:
            return np.zeros(0, dtype=bool)
        return self.residual(chi_rows(masks, self.n)) < 1e-9

    def add(self, row: np.ndarray) -> bool:
        """Add a vector; False when it already lies in the span."""
        for _ in range(2):  # Gram-Schmidt twice for orthogonality at working precision
            row = row - self.q @ (self.q.T @ row)
        norm = float(np.linalg.norm(row))
        if norm < 1e-9:
            return False
        self.q = np.column_stack([self.q, row / norm])
        return True


def pick_outside_span(idx: np.ndarray, vals: np.ndarray, k: int, span: Span) -> list[int]:
    """Up to k of the candidate coalitions ``idx`` (with excesses ``vals``) that lie outside the
    span, largest excess first. Candidates are tested in batches that double in size, so long
    runs of in-span coalitions stay cheap."""
    batch = k
    while idx.size:
        if idx.size > batch:
            part = np.argpartition(vals, -batch)
            top, top_vals = idx[part[-batch:]], vals[part[-batch:]]
            idx, vals = idx[part[:-batch]], vals[part[:-batch]]
        else:
            top, top_vals, idx, vals = idx, vals, idx[:0], vals[:0]
        inside = span.contains(top)
        if not inside.all():
            out, out_vals = top[~inside], top_vals[~inside]
            return [int(s) for s in out[np.argsort(-out_vals)[:k]]]
        batch *= 2
    return []


def polish(u: np.ndarray, n: int, res: NucleolusResult, x_lp: np.ndarray,
           lower: np.ndarray | None) -> np.ndarray:
    """Solve the settled equalities exactly (x and the stage levels as unknowns); keep the LP's
    answer if the system is not of full rank or disagrees with it beyond tolerance."""
    k = len(res.levels)
    rows, rhs = [], []
    full = (1 << n) - 1
    for s, stage in res.settled:
        r = np.zeros(n + k)
        r[:n] = chi_rows(np.array([s]), n)[0]
        r[n + stage] = 1.0
        rows.append(r)
        rhs.append(u[s])
    r = np.zeros(n + k)
    r[:n] = 1.0
    rows.append(r)
    rhs.append(u[full])
    for i in res.at_lower_bound:
        r = np.zeros(n + k)
        r[i] = 1.0
        rows.append(r)
        rhs.append(lower[i])  # type: ignore[index]
    a = np.array(rows)
    sol, _, rank, _ = np.linalg.lstsq(a, np.array(rhs), rcond=None)
    if rank < n + k:
        return x_lp
    drift = np.abs(np.r_[sol[:n] - x_lp, sol[n:] - np.array(res.levels)])
    if drift.max() > 1e-6:
        return x_lp
    return sol[:n]
