"""Benchmark: all 2^n coalition costs and the savings game for a generated pool.

    python bench/bench_coalitions.py [--partners 20] [--items 50] [--repeat 3]

Prints a markdown table: the chunked table method the engine uses, and for comparison the
straightforward vectorised method (membership matrix × demand matrix per chunk, then pricing every
order directly), on the same pool. Peak memory is the process's peak resident set size.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np
import scipy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_pool import generate  # noqa: E402
from machine import cores, cpu_model  # noqa: E402

from coop_calc.coalitions import PoolPricer, savings_game  # noqa: E402
from coop_calc.parse import scenario_from_dict  # noqa: E402
from coop_calc.pricing import price_units, units_needed  # noqa: E402


def direct_all_costs(pricer: PoolPricer, chunk: int = 1 << 15) -> np.ndarray:
    """Baseline: bits @ demand for each chunk of masks and direct per-quote pricing (no tables)."""
    n = pricer.demand.shape[0]
    out = np.empty(1 << n)
    for start in range(0, 1 << n, chunk):
        masks = np.arange(start, min(start + chunk, 1 << n), dtype=np.int64)
        bits = ((masks[:, None] >> np.arange(n)) & 1).astype(float)
        vol = bits @ pricer.demand
        total = pricer.coordination(np.bitwise_count(masks.astype(np.uint64)).astype(np.int64))
        for k in range(vol.shape[1]):
            u = units_needed(vol[:, k], pricer.capacity[k])
            total = total + price_units([], u, pricer.scenario.buy_up, pricer.schedules[k]).cost
        out[start:start + len(masks)] = total
    return out


def best_of(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--partners", type=int, default=20)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    s = scenario_from_dict(generate(args.partners, args.items, seed=11))
    t_prep, pricer = best_of(lambda: PoolPricer.of(s), args.repeat)
    t_engine, costs = best_of(pricer.all_costs, args.repeat)
    t_game, v = best_of(lambda: savings_game(costs), args.repeat)
    peak_engine = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t_direct, direct = best_of(lambda: direct_all_costs(pricer), 1)
    assert np.allclose(direct, costs), "baseline and engine disagree"
    print(f"Machine: {cpu_model()}, {cores()} cores; Python {platform.python_version()},"
          f" numpy {np.__version__}, scipy {scipy.__version__}")
    print(f"Pool: {args.partners} partners × {args.items} items, {len(s.quotes)} quotes,"
          f" {1 << args.partners:,} coalitions; best of {args.repeat}\n")
    print("| step | seconds |")
    print("|---|---|")
    print(f"| prepare price tables (PoolPricer.of) | {t_prep:.3f} |")
    print(f"| all coalition costs c(S), chunked tables (engine) | {t_engine:.3f} |")
    print(f"| savings game v(S) from c | {t_game:.3f} |")
    print(f"| **total engine** | **{t_prep + t_engine + t_game:.3f}** |")
    print(f"| baseline: membership × demand, direct pricing (1 run) | {t_direct:.3f} |")
    print(f"\nPeak resident memory after the engine runs: {peak_engine:.0f} MB"
          f" (the cost and game arrays alone are {2 * 8 * (1 << args.partners) / 2**20:.0f} MB)")


if __name__ == "__main__":
    main()
