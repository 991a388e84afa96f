"""Rank correlation between uncertain inputs: checking, repairing and imposing it.

Correlations are Spearman rank correlations ρ_s, because they survive any monotone transformation
(the inverse CDFs turning uniforms into inputs). Two ways to impose them:

* :func:`gaussian_copula` – row by row: uniforms → normal scores → multiplied by the Cholesky
  factor of R → uniforms. Chunk-invariant. Correlated columns lose the stratification of LHS / Sobol'
  (their margins stay exactly uniform in distribution); uncorrelated columns are left untouched.
* :func:`iman_conover` – reorders the values within each column of a block (Iman & Conover 1982):
  the margins are preserved exactly, stratification included. It acts on a whole block, so for
  reproducible chunked runs apply it per fixed design block, as :func:`correlated_uniforms` does.

Both use the normal-scores matrix ``R_ij = 2 sin(π ρ_ij / 6)``: a Gaussian copula with Pearson
correlation r has Spearman correlation ``(6/π) asin(r/2)``, so this R hits the target ρ_s.
What was achieved is measured by :func:`spearman` and summarised by :func:`correlation_report`.

Bounded work: the check and the repair act on each group of inputs linked by correlations on its
own (a block of the matrix), at most :data:`~coop_calc.parse.MAX_CORRELATED_INPUTS` inputs in all;
the repair stops after :data:`REPAIR_ITERATIONS` steps (then the spectral clean-up still gives a
valid matrix) and checks ``cancelled()`` (an argument, or the scope set by :func:`cancellable`)
before every step, raising :class:`~coop_calc.risk.run.Cancelled`.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np
from scipy import linalg, stats
from scipy.sparse import csgraph

from ..errors import Collector, Problem, ValidationError
from ..messages import Msg, Text
from ..parse import MAX_CORRELATED_INPUTS
from . import sampling

PLACE = Msg("risk_place_correlations")
#: A matrix whose smallest eigenvalue is at least this is accepted as positive semi-definite.
PSD_TOLERANCE = 1e-10
#: Smallest eigenvalue forced on the normal-scores matrix before its Cholesky factorisation.
FACTOR_FLOOR = 1e-10
#: Steps of the nearest-correlation repair (each one eigendecomposition of a group's block).
REPAIR_ITERATIONS = 300
#: At most this many problems of one kind are listed (then a count), so a huge matrix gives a few lines.
MAX_LISTED = 5

_CANCELLED: ContextVar[Callable[[], bool] | None] = ContextVar("correlation_cancelled", default=None)


@contextmanager
def cancellable(cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Within this block, a correlation repair asks ``cancelled()`` before each step (for callers
    that reach :func:`check_correlation` through code that does not pass the callback on)."""
    token = _CANCELLED.set(cancelled)
    try:
        yield
    finally:
        _CANCELLED.reset(token)


def _stop_if_cancelled(cancelled: Callable[[], bool] | None) -> None:
    check = cancelled or _CANCELLED.get()
    if check is not None and check():
        from .run import Cancelled  # run imports this module

        raise Cancelled()


def groups(matrix: np.ndarray) -> list[np.ndarray]:
    """The groups of inputs linked (directly or through others) by non-zero correlations: index
    arrays of two or more inputs each. The matrix is block-diagonal over them."""
    off = np.asarray(matrix, dtype=float) != 0
    np.fill_diagonal(off, False)
    count, labels = csgraph.connected_components(off, directed=False)
    out = [np.flatnonzero(labels == g) for g in range(count)]
    return [g for g in out if g.size > 1]


@dataclass(frozen=True)
class CheckedCorrelation:
    """A valid target rank-correlation matrix, repaired if the input was inconsistent.

    ``matrix`` is symmetric, positive semi-definite, with unit diagonal. When ``repaired``, ``note``
    explains in plain words what changed, and ``max_change`` / ``pair`` give the largest change.
    """

    matrix: np.ndarray
    repaired: bool = False
    max_change: float = 0.0
    pair: tuple[str, str] | None = None
    note: str = ""  # a catalogue message (Msg) when repaired


def correlation_matrix(names: Sequence[str], pairs: Iterable[tuple[str, str, float]],
                       place: Text = PLACE) -> np.ndarray:
    """The full matrix (identity elsewhere) from ``(name_a, name_b, rho)`` triples over ``names``."""
    index = {n: i for i, n in enumerate(names)}
    c = Collector()
    m = np.eye(len(names))
    for a, b, rho in pairs:
        missing = [n for n in (a, b) if n not in index]
        if missing:
            c.add(place, Msg("corr_not_an_input", name=repr(missing[0])))
            continue
        m[index[a], index[b]] = m[index[b], index[a]] = rho
    c.raise_if_any()
    return m


def _entry_problems(c: Collector, m: np.ndarray, names: Sequence[str], place: Text) -> None:
    """Record refused entries (vectorised; at most MAX_LISTED of each kind, then a count)."""
    def report(pairs: np.ndarray, words: Callable[[int, int], Msg]) -> None:
        for i, j in pairs[:MAX_LISTED]:
            c.add(place, words(int(i), int(j)))
        if len(pairs) > MAX_LISTED:
            c.add(place, Msg("corr_more_like_this", n=len(pairs) - MAX_LISTED))

    diag = np.flatnonzero(np.diag(m) != 1.0)
    report(np.column_stack([diag, diag]),
           lambda i, _: Msg("corr_diagonal", name=names[i], x=float(m[i, i])))
    iu = np.triu_indices(len(names), 1)
    x, y = m[iu], m.T[iu]
    finite = np.isfinite(x) & np.isfinite(y)
    pairs = np.column_stack(iu)
    report(pairs[~finite], lambda i, j: Msg("corr_not_finite", a=names[i], b=names[j]))
    with np.errstate(invalid="ignore"):
        asym = finite & (np.abs(x - y) > 1e-12)
        out = finite & ~asym & ((x < -1.0) | (x > 1.0))
    report(pairs[asym], lambda i, j: Msg("corr_asymmetric", a=names[i], b=names[j], x=float(m[i, j]),
                                         y=float(m[j, i])))
    report(pairs[out], lambda i, j: Msg("corr_out_of_range", a=names[i], b=names[j], x=float(m[i, j])))


def check_correlation(matrix: np.ndarray, names: Sequence[str], place: Text = PLACE,
                      cancelled: Callable[[], bool] | None = None) -> CheckedCorrelation:
    """Validate a target Spearman matrix over ``names``; repair it if it is not positive semi-definite.

    Refused (ValidationError): wrong shape, non-finite entries, asymmetry, a diagonal other than 1,
    entries outside [-1, 1], more than MAX_CORRELATED_INPUTS inputs with correlations. Correlations
    that contradict each other (the matrix is not positive semi-definite, e.g. A~B and B~C strongly
    positive but A~C strongly negative) are replaced by the nearest correlation matrix (Higham 2002),
    group by group, and the note names the largest change. ``cancelled()`` is asked before each
    repair step (raises :class:`~coop_calc.risk.run.Cancelled`).
    """
    m = np.array(matrix, dtype=float)
    d = len(names)
    if m.shape != (d, d):
        raise ValidationError(Problem(place, Msg("corr_shape", d=d, shape=" × ".join(map(str, m.shape)))))
    c = Collector()
    _entry_problems(c, m, names, place)
    c.raise_if_any()
    m = (m + m.T) / 2
    linked = groups(m)
    involved = sum(g.size for g in linked)
    if involved > MAX_CORRELATED_INPUTS:
        raise ValidationError(Problem(place, Msg("corr_too_many", n=involved, limit=MAX_CORRELATED_INPUTS)))
    fixed = m.copy()
    for g in linked:
        _stop_if_cancelled(cancelled)
        block = m[np.ix_(g, g)]
        if np.linalg.eigvalsh(block)[0] < -PSD_TOLERANCE:
            fixed[np.ix_(g, g)] = nearest_correlation(block, cancelled=cancelled)
    if np.array_equal(fixed, m):  # no group needed a repair
        return CheckedCorrelation(m)
    change = np.abs(fixed - m)
    a, b = (int(x) for x in np.unravel_index(np.argmax(change), change.shape))
    i, j = min(a, b), max(a, b)
    note = Msg("corr_repaired", a=names[i], b=names[j], old=round(float(m[i, j]), 2),
               new=round(float(fixed[i, j]), 2))
    return CheckedCorrelation(fixed, True, float(change[i, j]), (names[i], names[j]), note)


def nearest_correlation(a: np.ndarray, *, min_eigenvalue: float = 0.0, tol: float = 1e-10,
                        max_iter: int = REPAIR_ITERATIONS,
                        cancelled: Callable[[], bool] | None = None) -> np.ndarray:
    """The correlation matrix nearest to the symmetric matrix ``a`` in the Frobenius norm.

    Higham (2002), alternating projections with Dykstra's correction between the positive
    semi-definite cone (eigenvalues clipped at ``min_eigenvalue``) and the unit-diagonal matrices.
    The result has an exact unit diagonal and eigenvalues ≥ ``min_eigenvalue`` up to rounding.
    After ``max_iter`` steps without convergence (strongly contradictory targets converge slowly)
    the final clip-and-rescale still returns a valid correlation matrix near ``a``. ``cancelled()``
    is asked before every step.
    """
    a = (np.asarray(a, dtype=float) + np.asarray(a, dtype=float).T) / 2
    y = a.copy()
    ds = np.zeros_like(a)
    for _ in range(max_iter):
        _stop_if_cancelled(cancelled)
        r = y - ds
        x = _clip_eigenvalues(r, min_eigenvalue)
        ds = x - r
        y_old = y
        y = x.copy()
        np.fill_diagonal(y, 1.0)
        if np.linalg.norm(y - y_old) <= tol * np.linalg.norm(y) and np.linalg.norm(y - x) <= tol * np.linalg.norm(y):
            break
    # Clean up the last rounding: clip once more, rescale to the unit diagonal (keeps definiteness).
    y = _clip_eigenvalues(y, max(min_eigenvalue, 0.0))
    s = 1.0 / np.sqrt(np.diag(y))
    y = y * s[:, None] * s[None, :]
    y = (y + y.T) / 2
    np.fill_diagonal(y, 1.0)
    return y


def _clip_eigenvalues(m: np.ndarray, floor: float) -> np.ndarray:
    w, v = np.linalg.eigh(m)
    return (v * np.maximum(w, floor)) @ v.T


def normal_scores_matrix(target_spearman: np.ndarray) -> np.ndarray:
    """The normal-scores (Pearson) matrix ``R = 2 sin(π ρ_s / 6)`` with unit diagonal.

    R may be indefinite even when the Spearman target is not; the factorisations used here then
    repair it (:func:`nearest_correlation`), and the achieved report shows the effect.
    """
    t = np.asarray(target_spearman, dtype=float)
    r = 2.0 * np.sin(np.pi * t / 6.0)
    np.fill_diagonal(r, 1.0)
    return r


def _factor(target_spearman: np.ndarray) -> np.ndarray:
    """Lower Cholesky factor of the normal-scores matrix (repaired to definiteness if needed)."""
    r = normal_scores_matrix(target_spearman)
    try:
        return np.linalg.cholesky(r)
    except np.linalg.LinAlgError:  # perfect correlations (ρ = ±1) or a barely indefinite R
        return np.linalg.cholesky(nearest_correlation(r, min_eigenvalue=FACTOR_FLOOR))


def _involved(target: np.ndarray) -> np.ndarray:
    off = target - np.diag(np.diag(target))
    return np.flatnonzero(np.any(off != 0, axis=0))


def gaussian_copula(u: np.ndarray, target_spearman: np.ndarray) -> np.ndarray:
    """Uniforms ``u`` (n, d) with the target Spearman correlation imposed by a Gaussian copula.

    Row-wise, hence identical whatever the chunking. Columns without any target correlation are
    returned unchanged (bit for bit); the others keep uniform margins in distribution.
    """
    u = np.asarray(u, dtype=float)
    out = u.copy()
    target = np.asarray(target_spearman, dtype=float)
    idx = _involved(target)
    if idx.size == 0 or u.shape[0] == 0:
        return out
    lower = _factor(target[np.ix_(idx, idx)])
    z = stats.norm.ppf(np.clip(u[:, idx], 2.0**-53, 1 - 2.0**-53))
    out[:, idx] = stats.norm.cdf(z @ lower.T)
    return out


def iman_conover(samples: np.ndarray, target_spearman: np.ndarray,
                 rng: np.random.Generator | None = None) -> np.ndarray:
    """The columns of ``samples`` (n, d) reordered so that their Spearman matrix is close to the target.

    Iman & Conover (1982) with van der Waerden scores Φ⁻¹(i/(n+1)) and the correction for the
    scores' own sample correlation, so the achieved Spearman is within sampling noise of the target
    (about 0.01 for n = 10,000). Every column keeps exactly the same values (only their order
    changes); columns without target correlations are untouched. The scores are arranged by a
    random permutation from ``rng`` or, when ``rng`` is None, by the current ranks of each column
    (deterministic; fine when the columns are independent draws, as design blocks are).
    """
    x = np.asarray(samples, dtype=float)
    out = x.copy()
    target = np.asarray(target_spearman, dtype=float)
    idx = _involved(target)
    n = x.shape[0]
    if idx.size == 0 or n < 3:
        return out
    scores = stats.norm.ppf(np.arange(1, n + 1) / (n + 1))
    s = np.empty((n, idx.size))
    for col, k in enumerate(idx):
        if rng is None:
            ranks = np.empty(n, dtype=np.intp)
            ranks[np.argsort(x[:, k], kind="stable")] = np.arange(n)
            s[:, col] = scores[ranks]
        else:
            s[:, col] = rng.permutation(scores)
    q = _factor(target[np.ix_(idx, idx)])
    try:
        p = np.linalg.cholesky(np.corrcoef(s, rowvar=False))
        t = s @ linalg.solve_triangular(p, q.T, trans="T", lower=True)
    except np.linalg.LinAlgError:  # scores linearly dependent (tiny n): skip the correction
        t = s @ q.T
    for col, k in enumerate(idx):
        out[np.argsort(t[:, col], kind="stable"), k] = np.sort(x[:, k])
    return out


def correlated_uniforms(method: str, d: int, start: int, stop: int, seed: int,
                        target_spearman: np.ndarray | None, how: str = "iman_conover") -> np.ndarray:
    """Rows ``start … stop-1`` of the design of :func:`sampling.uniforms` with correlations imposed.

    ``how`` is ``"iman_conover"`` (applied to each whole design block of ``sampling.BLOCK`` rows,
    so the result does not depend on the chunking either) or ``"copula"``. Feed the result to the
    inputs' ``ppf``: rank correlations carry over because every ``ppf`` is non-decreasing.
    """
    if how not in ("iman_conover", "copula"):
        raise ValueError(f"how must be 'iman_conover' or 'copula', not {how!r}")
    if target_spearman is None or _involved(np.asarray(target_spearman, dtype=float)).size == 0:
        return sampling.uniforms(method, d, start, stop, seed)
    if how == "copula":
        return gaussian_copula(sampling.uniforms(method, d, start, stop, seed), target_spearman)
    block = sampling.BLOCK
    out = sampling.uniforms(method, d, start, start, seed)  # validates the arguments
    if stop == start:
        return out
    out = np.empty((stop - start, d))
    for j in range(start // block, (stop - 1) // block + 1):
        b0 = j * block
        u = iman_conover(sampling.uniforms(method, d, b0, b0 + block, seed), target_spearman)
        lo, hi = max(start, b0), min(stop, b0 + block)
        out[lo - start:hi - start] = u[lo - b0:hi - b0]
    return out


def spearman(samples: np.ndarray) -> np.ndarray:
    """The Spearman rank-correlation matrix (d, d) of the columns of ``samples`` (n, d).

    Ties get average ranks. A constant column has no rank correlation: its entries are 0 (and 1 on
    the diagonal).
    """
    x = np.asarray(samples, dtype=float)
    d = x.shape[1]
    if x.shape[0] < 2:
        return np.eye(d)
    ranks = stats.rankdata(x, axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        c = np.atleast_2d(np.corrcoef(ranks, rowvar=False))
    c = np.nan_to_num(c, nan=0.0)
    np.fill_diagonal(c, 1.0)
    return np.clip(c, -1.0, 1.0)


def correlation_report(names: Sequence[str], target: np.ndarray, achieved: np.ndarray) -> dict:
    """Target versus achieved rank correlation, for the user.

    Returns ``{"pairs": [{"a", "b", "target", "achieved"}, …], "max_deviation": float,
    "max_unintended": float}``: one row per pair with a non-zero target, the largest
    |achieved − target| over all pairs, and the largest |achieved| among pairs meant to be 0.
    """
    t = np.asarray(target, dtype=float)
    a = np.asarray(achieved, dtype=float)
    rows, dev, unintended = [], 0.0, 0.0
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            dev = max(dev, abs(a[i, j] - t[i, j]))
            if t[i, j] != 0:
                rows.append({"a": names[i], "b": names[j], "target": float(t[i, j]), "achieved": float(a[i, j])})
            else:
                unintended = max(unintended, abs(a[i, j]))
    return {"pairs": rows, "max_deviation": float(dev), "max_unintended": float(unintended)}
