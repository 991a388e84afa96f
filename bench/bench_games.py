"""Benchmark of the games engine (exact Shapley, nucleolus) against installable peers.

Run:  python bench/bench_games.py [--repeat 3] [--quick]

Prints markdown: the machine, then one table per job. Peers (coopgame-py, shapley-numba) run in
the same process on the same seeded games when they are installed; a missing peer is reported as
such. Peak memory of the n = 25 Shapley runs is measured in a fresh child process each
(ru_maxrss growth during the call), so that earlier runs do not hide it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import cpu_model  # noqa: E402  (bench/machine.py)

from coop_calc.games import nucleolus, prenucleolus, shapley  # noqa: E402

try:
    import coopgame
except ImportError:  # pragma: no cover - optional peer
    coopgame = None
try:
    import numba
    from shapley_numba import numba_game
    from shapley_numba.shapley import shapley as sn_shapley
except ImportError:  # pragma: no cover - optional peer
    numba_game = None


# ----------------------------------------------------------------------------- games

def random_game(n: int, seed: int) -> np.ndarray:
    """v(S) = |S| * U(0, 1), v({i}) = 0: a 0-normalised game, usually not convex."""
    rng = np.random.default_rng(seed)
    sizes = np.bitwise_count(np.arange(1 << n, dtype=np.uint64)).astype(np.float64)
    v = rng.random(1 << n) * sizes
    v[1 << np.arange(n)] = 0.0
    v[0] = 0.0
    return v


def purchasing_game(n: int, seed: int) -> np.ndarray:
    """Savings game of a pool: concave volume cost 100 q**0.8 minus 2 per pair of members."""
    rng = np.random.default_rng(seed)
    q = rng.integers(1, 50, size=n).astype(np.float64)
    vol = np.zeros(1 << n)
    for i in range(n):
        vol[1 << i: 2 << i] = vol[: 1 << i] + q[i]
    sizes = np.bitwise_count(np.arange(1 << n, dtype=np.uint64)).astype(np.float64)
    cost = 100.0 * vol ** 0.8 + 2.0 * sizes * (sizes - 1) / 2
    alone = cost[1 << np.arange(n)]
    single = np.zeros(1 << n)
    for i in range(n):
        single[1 << i: 2 << i] = single[: 1 << i] + alone[i]
    v = single - cost
    v[0] = 0.0
    return v


# ----------------------------------------------------------------------------- peers

if numba_game is not None:
    @numba_game([("table", numba.float64[:])])
    class TableGame:
        """A tabulated game for shapley-numba: value(subset 0/1 vector) = table[mask]."""

        def __init__(self, table):
            self.table = table

        def value(self, subset):
            m = 0
            for i in range(subset.shape[0]):
                if subset[i]:
                    m |= 1 << i
            return self.table[m]


def best_of(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def machine() -> str:
    cpu = cpu_model()
    import scipy
    peers = []
    peers.append(f"coopgame-py {_version('coopgame-py')}" if coopgame else
                 "coopgame-py: not installed")
    peers.append(f"shapley-numba {_version('shapley-numba')}" if numba_game else
                 "shapley-numba: not installed")
    return (f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, numpy "
            f"{np.__version__}, scipy {scipy.__version__}; " + ", ".join(peers))


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


# ----------------------------------------------------------------------------- child

def child(task: str, n: int) -> None:
    """Run one Shapley computation on random_game(n, 1) and print time and peak-memory growth."""
    v = np.random.default_rng(1).random(1 << n)
    v[0] = 0.0
    prep = None
    if task == "coopgame":
        prep = coopgame.Game(v[1:])
        run = lambda: coopgame.shapley(prep)  # noqa: E731
    elif task == "shapley-numba":
        warm = TableGame(np.zeros(8))
        sn_shapley(warm, 3)
        prep = TableGame(v)
        run = lambda: sn_shapley(prep, n)  # noqa: E731
    else:
        run = lambda: shapley(v)  # noqa: E731
    before = _reset_peak()
    t = time.perf_counter()
    run()
    dt = time.perf_counter() - t
    after = _peak_kb()
    print(json.dumps({"seconds": dt, "extra_mb": (after - before) / 1024,
                      "game_mb": v.nbytes / 2**20}))


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def _reset_peak() -> int:
    """Reset the peak resident size (Linux: clear_refs 5) and return the current one in kB;
    without /proc, fall back to ru_maxrss (then earlier peaks may hide the call's own)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kb("VmRSS")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_kb() -> int:
    try:
        return _status_kb("VmHWM")
    except (OSError, KeyError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def in_child(task: str, n: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", task, str(n)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- main

def bench_shapley(repeat: int, sizes: list[int]) -> list[str]:
    rows = ["| n | engine | seconds | extra peak memory | max abs diff vs ours |",
            "|---|---|---|---|---|"]
    if numba_game is not None:
        t0 = time.perf_counter()
        sn_shapley(TableGame(np.zeros(8)), 3)
        rows_note = (f"(shapley-numba JIT compile on first call: {time.perf_counter() - t0:.1f} s,"
                     " excluded)")
    else:
        rows_note = "(shapley-numba not installed)"
    for n in sizes:
        v = np.random.default_rng(1).random(1 << n)
        v[0] = 0.0
        t, ours = best_of(lambda: shapley(v), repeat)
        mem = in_child("ours", n) if n >= 25 else None
        rows.append(f"| {n} | coop_calc.games.shapley | {t:.3f} | "
                    f"{_mem(mem)} | – |")
        if coopgame is not None:
            tb = time.perf_counter()
            g = coopgame.Game(v[1:])
            tb = time.perf_counter() - tb
            t, ref = best_of(lambda: coopgame.shapley(g), repeat)
            mem = in_child("coopgame", n) if n >= 25 else None
            rows.append(f"| {n} | coopgame-py `shapley` (+{tb:.2f} s to build its Game) | "
                        f"{t:.3f} | "
                        f"{_mem(mem)} | {np.abs(np.array(ref) - ours).max():.1e} |")
        if numba_game is not None:
            game = TableGame(v)
            t, ref = best_of(lambda: sn_shapley(game, n), 1 if n >= 25 else repeat)
            mem = in_child("shapley-numba", n) if n >= 25 else None
            rows.append(f"| {n} | shapley-numba `shapley` (tabulated game) | {t:.3f} | "
                        f"{_mem(mem)} | {np.abs(np.array(ref) - ours).max():.1e} |")
    return rows + ["", rows_note]


def _mem(m: dict | None) -> str:
    return "–" if m is None else f"{m['extra_mb']:.0f} MB (game: {m['game_mb']:.0f} MB)"


def bench_nucleolus(repeat: int, sizes: list[int]) -> list[str]:
    rows = ["| n | game | solution | ours (s) | coopgame-py (s) | coopgame time ÷ ours "
            "| max abs diff |",
            "|---|---|---|---|---|---|---|"]
    for n in sizes:
        for name, maker in (("random", random_game), ("purchasing", purchasing_game)):
            v = maker(n, 7)
            for sol, fn, dom in (("nucleolus", nucleolus, "imputation"),
                                 ("prenucleolus", prenucleolus, "preimputation")):
                r = repeat if n < 20 else max(1, repeat - 1)
                t, ours = best_of(lambda: fn(v), r)
                if coopgame is not None:
                    g = coopgame.Game(v[1:])
                    tc, ref = best_of(lambda: coopgame.nucleolus(g, dom), r)
                    diff = np.abs(np.array(ref["allocation"]) - ours).max()
                    rows.append(f"| {n} | {name} | {sol} | {t:.3f} | {tc:.3f} | {tc / t:.1f}× | "
                                f"{diff:.1e} |")
                else:
                    rows.append(f"| {n} | {name} | {sol} | {t:.3f} | not installed | – | – |")
    return rows


def bench_bnf(repeat: int, n: int) -> list[str]:
    """Benedek, Fliege & Nguyen (2021) game types, generated by coopgame-py (if installed)."""
    if coopgame is None:
        return ["coopgame-py not installed: BFN game types not generated."]
    rows = ["| n | BFN type | ours (s) | coopgame-py (s) | coopgame time ÷ ours | max abs diff |",
            "|---|---|---|---|---|---|"]
    for kind in (1, 2, 3, 4, 5):
        g = coopgame.Game.bnf(kind, n, 1)
        v = np.r_[0.0, np.asarray(g.values())]
        t, ours = best_of(lambda: prenucleolus(v), repeat)
        tc, ref = best_of(lambda: coopgame.nucleolus(g, "preimputation"), repeat)
        diff = np.abs(np.array(ref["allocation"]) - ours).max()
        rows.append(f"| {n} | {kind} | {t:.3f} | {tc:.3f} | {tc / t:.1f}× | {diff:.1e} |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="small sizes only (smoke test)")
    ap.add_argument("--child", nargs=2, metavar=("TASK", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    shap_sizes = [12, 16] if args.quick else [20, 25]
    nuc_sizes = [8, 10] if args.quick else [12, 16, 20]
    print(f"Command: `python bench/bench_games.py --repeat {args.repeat}`  ")
    print(f"Machine: {machine()}\n")
    print("### Exact Shapley value (random game, seed 1; best of repeats)\n")
    print("\n".join(bench_shapley(args.repeat, shap_sizes)))
    print("\n### Nucleolus and prenucleolus (seed 7; best of repeats)\n")
    print("\n".join(bench_nucleolus(args.repeat, nuc_sizes)))
    print("\n### Prenucleolus on Benedek–Fliege–Nguyen game types\n")
    print("\n".join(bench_bnf(args.repeat, 10 if args.quick else 20)))


if __name__ == "__main__":
    main()
