"""Monte Carlo misinvestment risk: distributions, sampling, correlation, simulation, metrics.

The building blocks are re-exported here; the method notes are in ``docs/methods-risk.md``.
"""

from .correlation import (
    CheckedCorrelation,
    check_correlation,
    correlated_uniforms,
    correlation_matrix,
    correlation_report,
    gaussian_copula,
    iman_conover,
    nearest_correlation,
    spearman,
)
from .distribution_json import parse_distribution
from .distributions import (
    FAMILIES,
    Bernoulli,
    Discrete,
    Distribution,
    Fixed,
    Lognormal,
    Normal,
    Pert,
    Triangular,
    Uniform,
)
from .metrics import (
    RiskSummary,
    Sensitivity,
    StreamingSummary,
    expected_shortfall,
    rank_sensitivity,
    summarize,
    value_at_risk,
)
from .precision import Precision
from .run import Cancelled, RiskRun
from .sampling import METHODS, design_chunks, recommended_trials, uniforms

__all__ = [
    "Bernoulli", "CheckedCorrelation", "Discrete", "Distribution", "FAMILIES", "Fixed", "Lognormal", "METHODS",
    "Normal", "Pert", "Precision", "RiskRun", "Cancelled", "RiskSummary", "Sensitivity", "StreamingSummary", "Triangular", "Uniform",
    "check_correlation", "correlated_uniforms", "correlation_matrix", "correlation_report", "design_chunks",
    "expected_shortfall", "gaussian_copula", "iman_conover", "nearest_correlation", "parse_distribution",
    "rank_sensitivity", "recommended_trials", "spearman", "summarize", "uniforms", "value_at_risk",
]
