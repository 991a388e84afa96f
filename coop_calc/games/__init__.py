"""Cooperative-game engine: solution concepts for a game given over all coalitions.

A game over n players is a 1-D float array ``v`` of length 2**n indexed by bitmask (player i <->
bit i), with ``v[0] = 0``; ``v[(1 << n) - 1]`` is v(N). The functions accept any game
(superadditive or not, with an empty core or not), are pure (no Qt, no scenario model), and are
homogeneous: amounts come back in the unit of ``v``. Tolerances are relative to the game's scale
(its largest |v(S)|). See docs/methods-games.md for the definitions, algorithms and references.
"""

from ._common import coalition_sizes, players_of, subset_sums
from .core import (
    core_is_empty,
    excesses,
    in_core,
    is_convex,
    is_superadditive,
    least_core,
    least_core_value,
    max_complaint,
)
from .indices import banzhaf, banzhaf_normalised, tau_value, utopia_and_minimal_rights
from .kohlberg import kohlberg_check
from .nucleolus import (
    EmptyImputationSetError,
    NucleolusResult,
    nucleolus,
    nucleolus_details,
    prenucleolus,
)
from .shapley import SampledShapley, shapley, shapley_sampled

__all__ = [
    "EmptyImputationSetError",
    "NucleolusResult",
    "SampledShapley",
    "banzhaf",
    "banzhaf_normalised",
    "coalition_sizes",
    "core_is_empty",
    "excesses",
    "in_core",
    "is_convex",
    "is_superadditive",
    "kohlberg_check",
    "least_core",
    "least_core_value",
    "max_complaint",
    "nucleolus",
    "nucleolus_details",
    "players_of",
    "prenucleolus",
    "shapley",
    "shapley_sampled",
    "subset_sums",
    "tau_value",
    "utopia_and_minimal_rights",
]
