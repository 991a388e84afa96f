"""Uniform designs for Monte Carlo runs: plain random, Latin hypercube, scrambled Sobol'.

A design is one fixed, unending table of points in [0, 1)^d determined by ``(method, d, seed)``;
``uniforms(method, d, start, stop, seed)`` returns its rows ``start … stop-1``. Whatever chunk sizes
a caller uses, the concatenated rows are identical bit for bit (for the same numpy and scipy
versions), and the first N rows of a longer run are exactly the N rows of a shorter one.

The table is built from fixed blocks of :data:`BLOCK` rows:

* ``plain`` – block j is ``numpy.random.default_rng(SeedSequence([seed, j])).random((d, BLOCK)).T``;
  column k does not depend on d, so adding an input does not change the draws of the others.
* ``lhs`` – block j is a Latin hypercube of BLOCK points (McKay, Beckman & Conover 1979) drawn
  with ``rng = default_rng(SeedSequence([seed, j]))``: column k is ``(π_k + v_k) / BLOCK`` with
  π_k a uniformly random permutation of 0 … BLOCK−1 (``rng.permuted`` of a d × BLOCK table, one
  independent shuffle per column, then ``rng.random((d, BLOCK))`` for the positions v_k within
  the cells): each column is stratified within every block of BLOCK trials. This is the design of
  scipy's ``qmc.LatinHypercube`` (random positions in the cells), generated for all columns at
  once instead of shuffling column by column. A trial count that is not a multiple of BLOCK uses
  a random part of the last block (still uniform, less stratified).
* ``sobol`` – one scrambled Sobol' sequence (scipy ``qmc.Sobol``, Owen-type LMS + digital shift,
  seeded with ``SeedSequence([seed, SOBOL_STREAM])``); block j is its points ``j·BLOCK …`` reached
  with ``fast_forward``. Blocks start at multiples of a power of two, so scipy's balance warning
  never fires; a run of N trials has Sobol's balance properties when N is a power of two (see
  :func:`recommended_trials`).

Blocks that a call needs only in part are cached (a few), so callers whose chunks are not multiples
of BLOCK do not regenerate them; whole plain and LHS blocks are drawn straight into the result.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
from scipy.stats import qmc

from ..errors import Problem, ValidationError
from ..messages import Msg

METHODS = ("plain", "lhs", "sobol")
#: Rows per internal block (a power of two, so Sobol' blocks keep their balance).
BLOCK = 4096
#: Second word of the Sobol' scrambling seed, so it never coincides with a plain/LHS block seed.
SOBOL_STREAM = 0x50B0_1000
#: scipy's Sobol' engine has 30 bits by default: at most 2**30 points.
MAX_SOBOL_POINTS = 2**30
MAX_SOBOL_DIMENSIONS = 21201
MAX_SEED = 2**63 - 1

# scipy ≥ 1.15 takes ``rng=``; older versions ``seed=`` (pyproject allows scipy ≥ 1.11).
_RNG_KEYWORD = "rng" if "rng" in inspect.signature(qmc.LatinHypercube).parameters else "seed"


def _check(method: str, d: int, start: int, stop: int, seed: int) -> None:
    place = Msg("risk_place_sampling")
    if method not in METHODS:
        raise ValidationError(Problem(place, Msg("sampling_method", methods=", ".join(METHODS), got=repr(method))))
    if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool) or not 0 <= seed <= MAX_SEED:
        raise ValidationError(Problem(Msg("risk_place_seed"), Msg("sampling_seed", limit=str(MAX_SEED),
                                                                   got=repr(seed))))
    if not isinstance(d, (int, np.integer)) or d < 0:
        raise ValueError(f"the number of inputs d must be a whole number ≥ 0, not {d!r}")
    if not 0 <= start <= stop:
        raise ValueError(f"rows must satisfy 0 ≤ start ≤ stop, not start={start}, stop={stop}")
    if method == "sobol":
        if stop > MAX_SOBOL_POINTS:
            raise ValidationError(Problem(place, Msg("sampling_sobol_trials", limit=MAX_SOBOL_POINTS)))
        if d > MAX_SOBOL_DIMENSIONS:
            raise ValidationError(Problem(place, Msg("sampling_sobol_inputs", limit=MAX_SOBOL_DIMENSIONS, d=d)))


@lru_cache(maxsize=8)
def _block(method: str, d: int, seed: int, j: int) -> np.ndarray:
    """Rows ``j·BLOCK … (j+1)·BLOCK-1`` of the design, read-only, column-major."""
    if method == "sobol":
        out = np.asfortranarray(_sobol_block(d, seed, j))
    else:
        out = np.empty((BLOCK, d), order="F")
        _fill_block(method, d, seed, j, out)
    out.flags.writeable = False
    return out


def _fill_block(method: str, d: int, seed: int, j: int, out: np.ndarray) -> None:
    """Write block j of a plain or LHS design into ``out`` (BLOCK × d, column-major)."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, j]))
    if method == "plain":
        out.T[...] = rng.random((d, BLOCK))  # drawn input by input: each input's draws contiguous
    else:
        _lhs_fill(out.T, rng)


_CELLS = np.arange(BLOCK, dtype=np.float64)
#: The largest double below 1: (BLOCK − 1 + v) / BLOCK may round up to 1.0 for v just below 1.
_BELOW_ONE = np.nextafter(1.0, 0.0)


def _lhs_fill(cells: np.ndarray, rng: np.random.Generator) -> None:
    """One Latin hypercube block into ``cells`` (d × BLOCK, rows contiguous): an independent random
    permutation of the cells per input, a uniform position within each cell."""
    cells[...] = _CELLS
    rng.permuted(cells, axis=1, out=cells)  # each row shuffled on its own
    cells += rng.random(cells.shape)
    cells *= 1.0 / BLOCK
    np.minimum(cells, _BELOW_ONE, out=cells)


#: (d, seed) → [engine, index of the next block it returns]: consecutive blocks continue one engine
#: instead of fast-forwarding a new one from 0 each time (which made long runs quadratic).
_SOBOL_ENGINES: dict[tuple[int, int], list] = {}
_SOBOL_LOCK = threading.Lock()


def _sobol_block(d: int, seed: int, j: int) -> np.ndarray:
    with _SOBOL_LOCK:
        state = _SOBOL_ENGINES.get((d, seed))
        if state is None or state[1] > j:
            rng = np.random.default_rng(np.random.SeedSequence([seed, SOBOL_STREAM]))
            state = [qmc.Sobol(d, scramble=True, **{_RNG_KEYWORD: rng}), 0]
            if len(_SOBOL_ENGINES) >= 4:
                _SOBOL_ENGINES.clear()
            _SOBOL_ENGINES[(d, seed)] = state
        engine, at = state
        if j > at:
            engine.fast_forward((j - at) * BLOCK)
        out = engine.random(BLOCK)  # from a multiple of BLOCK: no balance warning
        state[1] = j + 1
        return out


def uniforms(method: str, d: int, start: int, stop: int, seed: int) -> np.ndarray:
    """Rows ``start … stop-1`` of the design ``(method, d, seed)``: a new float array (stop-start, d) in [0, 1),
    column-major (each input's values contiguous: the inverse CDFs read them column by column).

    ``method`` is ``"plain"``, ``"lhs"`` or ``"sobol"``; ``seed`` a whole number in [0, 2⁶³-1].
    Values may be exactly 0 (Sobol' points lie on a 2⁻³⁰ grid); ``Distribution.ppf`` handles that.
    """
    _check(method, d, start, stop, seed)
    out = np.empty((stop - start, d), order="F")
    if d == 0 or stop == start:
        return out
    seed, d = int(seed), int(d)
    for j in range(start // BLOCK, (stop - 1) // BLOCK + 1):
        lo, hi = max(start, j * BLOCK), min(stop, (j + 1) * BLOCK)
        if method != "sobol" and hi - lo == BLOCK:  # a whole block: drawn in place, no cache, no copy
            _fill_block(method, d, seed, j, out[lo - start:hi - start])
        else:
            out[lo - start:hi - start] = _block(method, d, seed, j)[lo - j * BLOCK:hi - j * BLOCK]
    return out


def design_chunks(method: str, d: int, n: int, seed: int,
                  chunk: int = 4 * BLOCK) -> Iterator[tuple[int, int, np.ndarray]]:
    """``(start, stop, uniforms(method, d, start, stop, seed))`` for consecutive chunks covering 0 … n-1."""
    if chunk < 1:
        raise ValueError("chunk must be at least 1")
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        yield start, stop, uniforms(method, d, start, stop, seed)


def recommended_trials(method: str, n: int) -> int:
    """The smallest trial count ≥ n that suits ``method`` best.

    Sobol': a power of two (the balance properties hold for 2^k points); LHS: a multiple of
    :data:`BLOCK` when n ≥ BLOCK (every block fully stratified); plain: n itself.
    """
    if n <= 1:
        return max(n, 1)
    if method == "sobol":
        return 1 << (int(n) - 1).bit_length()
    if method == "lhs" and n > BLOCK:
        return -(-int(n) // BLOCK) * BLOCK
    return int(n)
