"""Run until precise enough: the target, the half-widths reached, and the stop rule.

A target asks for 95 % (``confidence``) confidence intervals no wider than

* ``p_loss`` (probability units, 0.005 = ±0.5 percentage points) for the loss probability of every
  partner, alone and in the pool, and
* ``mean`` (a fraction, 0.01 = ±1 %) of the magnitude of the pool's expected NPV (the whole pool,
  pooled: the sum over the partners who go ahead).

The half-widths are those of plain sampling (conservative for LHS and Sobol', whose errors are
smaller): for a loss probability the Agresti–Coull form ``z·√(p̃(1−p̃)/ñ)`` with ``ñ = N + z²`` and
``p̃ = (losses + z²/2)/ñ`` — unlike ``√(p(1−p)/N)`` it does not call a probability exact merely
because no loss has been seen yet — and for a mean ``z·s/√N``.

The simulation checks the target at every multiple of :data:`.sampling.BLOCK` trials from
:data:`MIN_TRIALS` on (the design's blocks, so Latin hypercube blocks are complete), and stops at the
first where it holds, or at the trial cap. The check uses only the trials up to that point, so the
same seed and target always stop at the same trial with the same figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy import special

from ..errors import Problem, ValidationError
from ..messages import Msg
from .sampling import BLOCK

#: No stop before this many trials: standard errors from fewer are themselves unreliable.
MIN_TRIALS = 2 * BLOCK


@dataclass(frozen=True)
class Precision:
    """A precision target (see the module docstring); a field set to None is not checked."""

    p_loss: float | None = 0.005
    mean: float | None = 0.01
    confidence: float = 0.95

    def __post_init__(self) -> None:
        place = Msg("risk_place_precision")
        if self.p_loss is None and self.mean is None:
            raise ValidationError(Problem(place, Msg("prec_none")))
        if self.p_loss is not None and not 0.0 < self.p_loss <= 0.5:
            raise ValidationError(Problem(place, Msg("prec_p_loss", x=float(f"{self.p_loss * 100:g}"))))
        if self.mean is not None and not 0.0 < self.mean <= 1.0:
            raise ValidationError(Problem(place, Msg("prec_mean", x=float(f"{self.mean * 100:g}"))))
        if not 0.5 <= self.confidence < 1.0:
            raise ValidationError(Problem(place, Msg("prec_confidence", x=float(f"{self.confidence * 100:g}"))))

    @property
    def z(self) -> float:
        return float(special.ndtri(0.5 + self.confidence / 2))

    def to_dict(self) -> dict:
        return {"p_loss": self.p_loss, "mean": self.mean, "confidence": self.confidence}


def p_loss_half_width(n: int, losses: int, z: float) -> float:
    """Agresti–Coull half-width of a loss probability from ``losses`` of ``n`` trials."""
    nt = n + z * z
    p = (losses + z * z / 2) / nt
    return z * math.sqrt(p * (1 - p) / nt)


def mean_half_width(n: int, mean: float, sd: float, z: float) -> float:
    """Half-width relative to |mean| (inf when the mean is 0 and there is spread; 0 without spread)."""
    if n < 2:
        return math.inf
    hw = z * sd / math.sqrt(n)
    if hw == 0:
        return 0.0
    return hw / abs(mean) if mean != 0 else math.inf


def reached(partners: list[tuple[int, int]], pools: list[tuple[int, float, float]], z: float) -> dict:
    """The worst half-widths: ``partners`` (trials, losses) of every partner series, ``pools``
    (trials, mean, sd) of the pool series."""
    pl = max((p_loss_half_width(n, x, z) for n, x in partners if n > 0), default=0.0)
    mn = max((mean_half_width(n, m, s, z) for n, m, s in pools if n > 0), default=0.0)
    return {"p_loss_half_width": pl, "mean_half_width": mn}


def holds(target: Precision, got: dict) -> bool:
    """Whether the half-widths ``got`` (from :func:`reached`) meet the target."""
    ok = True
    if target.p_loss is not None:
        ok &= got["p_loss_half_width"] <= target.p_loss
    if target.mean is not None:
        ok &= got["mean_half_width"] <= target.mean
    return bool(ok)
