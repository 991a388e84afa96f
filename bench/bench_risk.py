"""Benchmark: Monte Carlo misinvestment risk (SPEC G, "100,000 trials of a 10-partner × 20-item pool
with drop-outs in a few seconds, within a small factor of a hand-vectorised numpy lower bound").

    python bench/bench_risk.py [--trials 100000] [--repeat 3] [--seed 1] [--sampling plain lhs sobol]
                               [--no-peers] [--no-exact-ppf]

Prints markdown (paste into docs/benchmarks.md, "## Monte Carlo risk"):

1. **Engine**: ``simulate()`` on ``generate(10, 20, seed=5)`` for sampling plain, lhs and sobol: best
   wall time of ``--repeat`` runs, process CPU time, peak resident memory, distinct coalitions, and a
   split of the fastest run by stage (exclusive wall time of wrapped engine functions; the inverse
   CDFs inside ``values()`` are also counted in CPU seconds per family, summed over the ppf threads);
   the cost per value of one PERT input's exact Beta inverse CDF, the engine's table and a direct
   Beta draw; and a what-if run with PERT through the exact inverse (skip with ``--no-exact-ppf``).
2. **Lower bound**: the same model hand-vectorised in numpy (bench/risk_lower_bound.py) — same inputs,
   same coalition terms (the engine's ``PoolTerms``, precomputed for every coalition before the clock
   starts: splitting is not what is bounded), plain sampling by direct draws (``Generator.beta`` for
   PERT …), all trials at once, and only mean / P(loss) / ES95. Its mean NPVs are checked against the
   engine's plain run and both against the exact expectations (z-scores); the engine / lower-bound
   ratio of wall and CPU time is reported per sampling method.
3. **Peers** (bench/risk_peers.py): a one-investment NPV model (price, PERT benefit, triangular opex,
   uniform residual, fixed discount rate, 5-year life, a Bernoulli failure event) in CoopCalc (a one-partner,
   one-item scenario), mcerp and monaco, same trial count, same process; wall time, mean, P(loss),
   and each peer's PERT parametrisation checked (mean and mode). A peer that is not installed or
   fails is reported with its error (``pip install monaco mcerp``).

The machine is shared: the engine and the lower bound report the run with the least process CPU time
of ``--repeat`` runs (CPU time is the figure least disturbed by other processes; its wall time is
printed beside it), the peers the best wall time; the load average at the start and at the end is
printed. Peak memory: Linux's VmHWM, reset before each measurement (``/proc/self/clear_refs``).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_pool import generate  # noqa: E402
from machine import machine, measured  # noqa: E402  (bench/machine.py)
from risk_lower_bound import LowerBound  # noqa: E402
from risk_peers import (  # noqa: E402
    BENEFIT,
    FAIL_LOSS,
    FAIL_P,
    LIFE,
    OPEX,
    PRICE,
    RATE,
    RESIDUAL,
    run_peers,
    simple_exact_mean,
)

from coop_calc.parse import scenario_from_dict  # noqa: E402
from coop_calc.risk import distributions as dists  # noqa: E402
from coop_calc.risk import metrics as metrics_mod  # noqa: E402
from coop_calc.risk import pool_terms as terms_mod  # noqa: E402
from coop_calc.risk import run as run_mod  # noqa: E402
from coop_calc.risk import simulate as sim_mod  # noqa: E402
from coop_calc.risk import tornado as tornado_mod  # noqa: E402

# ---- engine, with a split of where the time goes ------------------------------------------------

SPLITS = "coalition splits (PoolTerms)"
EXACT_SHARES = "exact expected shares (all drop-out patterns)"


class Split:
    """Exclusive wall time per label of wrapped functions called on the main thread, plus CPU time
    (thread time, any thread) spent in the distributions' inverse CDFs, per family."""

    def __init__(self) -> None:
        self.main_cpu = 0.0
        self.excl: dict[str, float] = defaultdict(float)
        self.excl_cpu: dict[str, float] = defaultdict(float)  # main-thread CPU seconds
        self._cstack: list[float] = []
        self.ppf_cpu: dict[str, float] = defaultdict(float)
        self.ppf_values: dict[str, int] = defaultdict(int)
        self._stack: list[float] = []
        self._labels: list[str] = []
        self.met: set[int] = set()  # coalitions split for trials (not for the exact expected shares)
        self._lock = threading.Lock()
        self._local = threading.local()

    def wrap(self, label: str, fn):
        def timed(*a, **k):
            if threading.current_thread() is not threading.main_thread():
                return fn(*a, **k)
            t0, c0 = time.perf_counter(), time.thread_time()
            self._stack.append(0.0)
            self._cstack.append(0.0)
            self._labels.append(label)
            try:
                return fn(*a, **k)
            finally:
                el, cl = time.perf_counter() - t0, time.thread_time() - c0
                self._labels.pop()
                child, cchild = self._stack.pop(), self._cstack.pop()
                self.excl[label] += el - child
                self.excl_cpu[label] += cl - cchild
                if self._stack:
                    self._stack[-1] += el
                    self._cstack[-1] += cl
        return timed

    def wrap_ppf(self, family: str, fn):
        local = self._local

        def timed(obj, u, *a, **k):
            depth = getattr(local, "depth", 0)
            if depth:  # fast_ppf falling back to ppf: count the outer call only
                return fn(obj, u, *a, **k)
            local.depth = 1
            t0 = time.thread_time()
            try:
                return fn(obj, u, *a, **k)
            finally:
                local.depth = 0
                el = time.thread_time() - t0
                with self._lock:
                    self.ppf_cpu[family] += el
                    self.ppf_values[family] += int(np.size(u))
        return timed


@contextmanager
def instrumented(split: Split):
    """Wrap the engine's stages for one run; everything is restored on exit."""
    patches = [
        (run_mod, "correlated_uniforms", "design (uniforms)"),
        (run_mod, "values", "inputs: values()"),
        (tornado_mod.RankedInputs, "__init__", "tornado (rank correlations)"),
        (tornado_mod.RankedInputs, "sensitivity", "tornado (rank correlations)"),
        (run_mod, "spearman", "tornado (rank correlations)"),
        (run_mod, "expected_costs_under_dropout", EXACT_SHARES),
        (terms_mod.PoolTerms, "add", SPLITS),
        (metrics_mod.StreamingSummary, "add", "streaming statistics"),
        (metrics_mod.StreamingSummary, "summary", "streaming statistics"),
    ]
    saved = []
    for owner, name, label in patches:
        orig = owner.__dict__[name] if name in owner.__dict__ else getattr(owner, name)
        saved.append((owner, name, orig))
        setattr(owner, name, split.wrap(label, orig))
    families = [c for c in vars(dists).values()
                if isinstance(c, type) and issubclass(c, dists.Distribution) and c is not dists.Distribution]
    for cls in families:
        for meth in ("ppf", "fast_ppf"):
            if not hasattr(cls, meth):
                continue
            own = cls.__dict__.get(meth)
            saved.append((cls, meth, own))  # None: inherited, delete on restore
            label = cls.__name__ + (" fast_ppf" if meth == "fast_ppf" else " ppf")
            setattr(cls, meth, split.wrap_ppf(label, getattr(cls, meth)))
    try:
        yield split
    finally:
        for owner, name, orig in reversed(saved):
            if orig is None:
                delattr(owner, name)
            else:
                setattr(owner, name, orig)


def run_engine(make_scenario, trials: int, seed: int, sampling: str, repeat: int) -> dict:
    """Every run on a freshly parsed scenario (parsing not timed), so per-distribution caches such
    as the PERT inverse-CDF tables are built inside each run, as in a one-off command-line run."""
    runs = []
    for _ in range(repeat):
        scenario = make_scenario()
        dists._pert_table.cache_clear()  # PERT tables built inside each run, as in a one-off CLI run
        split = Split()
        with instrumented(split), measured() as m:
            c0 = time.thread_time()
            res = sim_mod.simulate(scenario, trials=trials, seed=seed, sampling=sampling)
            m["main_cpu"] = time.thread_time() - c0
        split.met = set(range(res.distinct_coalitions))
        runs.append((m, split, res))
    best = min(runs, key=lambda r: r[0]["cpu"])  # CPU time: the figure least disturbed by a shared machine
    return {"runs": [r[0]["wall"] for r in runs], "best": best[0], "split": best[1], "result": best[2],
            "peak_mb": max(r[0]["peak_mb"] for r in runs), "above_mb": max(r[0]["above_mb"] for r in runs)}


@contextmanager
def exact_pert_ppf():
    """What-if: PERT through scipy's exact Beta inverse CDF instead of its table (the engine before
    the inverse-CDF tables)."""
    own, form = dists.Pert.__dict__.get("fast_ppf"), dists.Pert.__dict__.get("fast_form")
    dists.Pert.fast_ppf = dists.Pert.ppf
    dists.Pert.fast_form = lambda self: None
    try:
        yield
    finally:
        for name, orig in (("fast_ppf", own), ("fast_form", form)):
            if orig is None:
                delattr(dists.Pert, name)
            else:
                setattr(dists.Pert, name, orig)


def pert_inverse_costs(make_scenario, trials: int, repeat: int) -> dict:
    """ns per value of one of the pool's PERT inputs: scipy's exact Beta inverse CDF, the engine's
    table (``fast_ppf``, table built beforehand) and its one-off build, and numpy's direct Beta draw."""
    pert = next(c.dist for c in sim_mod.build_inputs(make_scenario()).columns if isinstance(c.dist, dists.Pert))
    u = np.random.default_rng(0).random(trials)
    rng = np.random.default_rng(1)

    def best(fn) -> float:
        out = math.inf
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            out = min(out, time.perf_counter() - t0)
        return out

    res = {"exact": best(lambda: pert.ppf(u)) / trials * 1e9}
    if "fast_ppf" in dists.Pert.__dict__:
        dists._pert_table.cache_clear()  # time the build, not a look-up
        t0 = time.perf_counter()
        pert.fast_ppf(u[:10])
        res["build_ms"] = (time.perf_counter() - t0) * 1e3
        res["table"] = best(lambda: pert.fast_ppf(u)) / trials * 1e9
    res["beta_draw"] = best(lambda: rng.beta(pert.alpha, pert.beta, trials)) / trials * 1e9
    return res


# ---- the hand-vectorised lower bound (bench/risk_lower_bound.py) ---------------------------------

def run_lower_bound(s, trials: int, seed: int, repeat: int) -> dict:
    with measured() as setup:
        lb = LowerBound(s)
    exact = lb.exact_means()
    runs = []
    for r in range(repeat):
        with measured() as m:
            t0 = time.perf_counter()
            out = lb.run(trials, seed + r)
        m["draws"] = out["draws_done"] - t0
        m["npv"] = out["npv_done"] - out["draws_done"]
        runs.append((m, out))
    best = min(runs, key=lambda r: r[0]["cpu"])
    return {"runs": [r[0]["wall"] for r in runs], "best": best[0], "stats": best[1]["stats"],
            "setup": setup["wall"], "exact": exact, "peak_mb": max(r[0]["peak_mb"] for r in runs),
            "above_mb": max(r[0]["above_mb"] for r in runs)}


# ---- report -------------------------------------------------------------------------------------

def _z(a: dict, b: dict) -> float:
    se = math.hypot(a["stderr_mean"], b["stderr_mean"])
    return (a["mean_npv"] - b["mean_npv"]) / se if se > 0 else 0.0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1, help="simulation seed (the pool is always seed 5)")
    ap.add_argument("--sampling", nargs="+", default=["plain", "lhs", "sobol"])
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--no-exact-ppf", dest="exact_ppf", action="store_false",
                    help="skip the what-if runs with PERT through scipy's exact Beta inverse CDF")
    args = ap.parse_args(argv)
    T = args.trials

    print(f"Command: `python bench/bench_risk.py --trials {T} --repeat {args.repeat}`  ")
    print(f"Machine: {machine()}.  ")
    s = scenario_from_dict(generate(10, 20, seed=5))
    inputs = sim_mod.build_inputs(s)
    fam: dict[str, int] = defaultdict(int)
    for c in inputs.columns:
        fam[type(c.dist).__name__ if c.dist is not None else "event"] += 1
    print(f"Pool: `generate(10, 20, seed=5)`: {s.n} partners × {len(s.items)} items, sharing rule"
          f" {s.sharing.rule}, drop-out probabilities {min(p.dropout_probability for p in s.partners):g}–"
          f"{max(p.dropout_probability for p in s.partners):g}; {inputs.d} sampled inputs ("
          + ", ".join(f"{v} {k}" for k, v in sorted(fam.items(), key=lambda kv: -kv[1])) + ").\n")

    # 1. engine
    def fresh():
        return scenario_from_dict(generate(10, 20, seed=5))

    eng = {m: run_engine(fresh, T, args.seed, m, args.repeat) for m in args.sampling}
    print(f"### Engine: `simulate()`, {T:,} trials (the run with the least process CPU of {args.repeat};"
          " chunk 8,192)\n")
    print("| sampling | wall s | all runs, wall s | process CPU s | peak RSS MB (rise) | coalitions met in the"
          " trials (`distinct_coalitions` reported) | pool pooled mean NPV ± se |")
    print("|---|---|---|---|---|---|---|")
    for m, e in eng.items():
        pp = e["result"].pool_pooled
        print(f"| {m} | **{e['best']['wall']:.2f}** | {' / '.join(f'{w:.2f}' for w in e['runs'])} |"
              f" {e['best']['cpu']:.2f} | {e['peak_mb']:.0f} ({e['above_mb']:.0f}) |"
              f" {len(e['split'].met):,} ({e['result'].distinct_coalitions:,}) |"
              f" {pp['mean_npv']:,.0f} ± {pp['stderr_mean']:,.0f} |")
    print("\nWhere the time of that run goes: exclusive wall seconds of the wrapped engine functions and, in"
          " brackets, their CPU seconds on the main thread (the inverse CDFs run on worker threads: see"
          " below); the rest is the NPV arithmetic and bookkeeping:\n")
    labels = ["design (uniforms)", "inputs: values()", "coalition splits (PoolTerms)", "streaming statistics",
              "tornado (rank correlations)", "exact expected shares (all drop-out patterns)"]
    print("| stage | " + " | ".join(eng) + " |")
    print("|---|" + "---|" * len(eng))
    for lab in labels:
        print(f"| {lab} | " + " | ".join(
            f"{e['split'].excl.get(lab, 0.0):.2f} ({e['split'].excl_cpu.get(lab, 0.0):.2f} CPU)"
            for e in eng.values()) + " |")
    print("| NPV arithmetic, rest | " + " | ".join(
        f"{e['best']['wall'] - sum(e['split'].excl.values()):.2f}"
        f" ({e['best']['main_cpu'] - sum(e['split'].excl_cpu.values()):.2f} CPU)"
        for e in eng.values()) + " |")
    print("| **total** | " + " | ".join(f"**{e['best']['wall']:.2f}** ({e['best']['cpu']:.2f} CPU, all threads)"
                                      for e in eng.values()) + " |")
    fams = sorted({f for e in eng.values() for f in e["split"].ppf_cpu})
    print("\nInverse CDFs inside `values()`: CPU seconds summed over the ppf threads (ns per value):\n")
    print("| family | values | " + " | ".join(eng) + " |")
    print("|---|---|" + "---|" * len(eng))
    for f in fams:
        nv = max(e["split"].ppf_values.get(f, 0) for e in eng.values())
        cells = []
        for e in eng.values():
            cpu, nval = e["split"].ppf_cpu.get(f, 0.0), max(e["split"].ppf_values.get(f, 1), 1)
            cells.append(f"{cpu:.2f} ({1e9 * cpu / nval:.0f})")
        print(f"| {f} | {nv:,} | " + " | ".join(cells) + " |")
    print("| all, as a share of the run's process CPU | | " + " | ".join(
        f"{100 * sum(e['split'].ppf_cpu.values()) / max(e['best']['cpu'], 1e-9):.0f} %" for e in eng.values()) + " |")

    slow = {}
    if args.exact_ppf:
        with exact_pert_ppf():
            slow = {m: run_engine(fresh, T, args.seed, m, max(1, min(2, args.repeat))) for m in args.sampling}
    npert = fam.get("Pert", 0)
    pc = pert_inverse_costs(fresh, T, args.repeat)
    print(f"\nOne PERT input, {T:,} values (best of {args.repeat}): scipy's exact Beta inverse CDF"
          f" {pc['exact']:.0f} ns per value" + (f"; the engine's table (`fast_ppf`) {pc['table']:.0f} ns,"
                                                f" built once in {pc['build_ms']:.1f} ms" if 'table' in pc else "")
          + f"; numpy's direct Beta draw {pc['beta_draw']:.0f} ns. The pool's {npert} PERT inputs at the exact"
          f" inverse: {npert * T * pc['exact'] * 1e-9:.1f} CPU s per run" + (
              f"; with the table {npert * (T * pc['table'] * 1e-9 + pc['build_ms'] * 1e-3):.2f} CPU s"
              f" (build included)" if 'table' in pc else "") + ".")
    if slow:
        print("\nWhat-if, the same engine with PERT through the exact Beta inverse CDF (`Pert.fast_ppf ="
              f" Pert.ppf`, best of {max(1, min(2, args.repeat))}):\n")
        print("| sampling | wall s, exact Beta ppf | of which PERT ppf CPU s | wall s, table (above) |")
        print("|---|---|---|---|")
        for m, e in slow.items():
            cpu = sum(v for f, v in e["split"].ppf_cpu.items() if f.startswith("Pert"))
            print(f"| {m} | {e['best']['wall']:.2f} | {cpu:.2f} | {eng[m]['best']['wall']:.2f} |")

    # 2. lower bound
    lb = run_lower_bound(s, T, args.seed + 1000, args.repeat)
    print(f"\n### Hand-vectorised numpy lower bound (same model, direct draws, {T:,} trials at once,"
          f" the run with the least process CPU of {args.repeat})\n")
    b = lb["best"]
    print(f"Set-up, not timed: PoolTerms of all {2 ** s.n - 1:,} coalitions tabulated in {lb['setup']:.2f} s.\n")
    print("| | wall s | all runs, wall s | process CPU s | draws s | NPVs s | statistics s | peak RSS MB (rise) |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| lower bound | **{b['wall']:.3f}** | {' / '.join(f'{w:.3f}' for w in lb['runs'])} | {b['cpu']:.3f} |"
          f" {b['draws']:.3f} | {b['npv']:.3f} | {b['wall'] - b['draws'] - b['npv']:.3f} |"
          f" {lb['peak_mb']:.0f} ({lb['above_mb']:.0f}) |")
    print("\n| sampling | engine wall s | bound wall s | **engine / bound, wall** | engine CPU s | bound CPU s |"
          " engine / bound, CPU |")
    print("|---|---|---|---|---|---|---|")
    for m, e in eng.items():
        print(f"| {m} | {e['best']['wall']:.2f} | {b['wall']:.3f} | **{e['best']['wall'] / b['wall']:.1f}×** |"
              f" {e['best']['cpu']:.2f} | {b['cpu']:.3f} | {e['best']['cpu'] / b['cpu']:.1f}× |")
    if "plain" in eng:
        r = eng["plain"]["result"]
        st = lb["stats"]
        ex = lb["exact"] or {}
        print("\nAgreement of the mean NPVs: engine plain vs lower bound (independent seeds; z = difference /"
              " combined standard error), and each against the exact expectation (inputs independent:"
              " products of means, annuity integrated over the discount rate, drop-out patterns"
              " enumerated):\n")
        print("| series | exact mean | engine mean ± se | bound mean ± se | z engine−bound | z engine−exact |"
              " z bound−exact | P(loss) engine / bound | ES95 engine / bound |")
        print("|---|---|---|---|---|---|---|---|---|")
        zs, ze, zb = [], [], []
        keys = [(f"{pid} {w}", f"{w}/{i}", getattr(r, w)[i])
                for i, pid in enumerate(r.partner_ids) for w in ("standalone", "pooled")]
        keys += [("pool standalone", "standalone/pool", r.pool_standalone),
                 ("pool pooled", "pooled/pool", r.pool_pooled)]
        for name, key, e in keys:
            lo_ = st[key]
            z = _z(e, lo_)
            zs.append(z)
            x = ex.get(key)
            z1 = (e["mean_npv"] - x) / e["stderr_mean"] if x is not None else float("nan")
            z2 = (lo_["mean_npv"] - x) / lo_["stderr_mean"] if x is not None else float("nan")
            ze.append(z1)
            zb.append(z2)
            print(f"| {name} | {x:,.0f} | {e['mean_npv']:,.0f} ± {e['stderr_mean']:,.0f} | {lo_['mean_npv']:,.0f} ±"
                  f" {lo_['stderr_mean']:,.0f} | {z:+.2f} | {z1:+.2f} | {z2:+.2f} |"
                  f" {e['p_loss']:.4f} / {lo_['p_loss']:.4f} | {e['cvar95']:,.0f} / {lo_['cvar95']:,.0f} |")
        print(f"\nmax |z| over {len(zs)} series: engine−bound {max(abs(z) for z in zs):.2f},"
              f" engine−exact {np.nanmax(np.abs(ze)):.2f}, bound−exact {np.nanmax(np.abs(zb)):.2f}"
              " (the series share item draws, so their errors move together).")

    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"\nLoad average at the end of the engine and bound runs: {load}.")

    # 3. peers
    if not args.no_peers:
        exact = simple_exact_mean()
        print(f"\n### Peers: one investment, {T:,} trials, same process (best of {args.repeat})\n")
        print(f"Model: price {PRICE:,.0f}; benefit PERT{BENEFIT} a year × (1 − {FAIL_LOSS} if the technology"
              f" fails, Bernoulli {FAIL_P}); opex triangular{OPEX} a year; residual uniform{RESIDUAL} of the"
              f" price; discount rate {RATE}; life {LIFE} years. Exact mean NPV {exact:,.1f}.\n")
        print("| tool | wall s (best) | peak RSS MB (rise) | mean NPV ± se | z vs exact mean | P(loss) | PERT as"
              " the tool builds it |")
        print("|---|---|---|---|---|---|---|")
        for row in run_peers(T, args.seed, args.repeat):
            if row["error"]:
                print(f"| {row['name']} | failed: `{row['error']}` | | | | | |")
                continue
            mean, pl, se, pert = row["out"]
            bm = row["best"]
            print(f"| {row['name']} | **{bm['wall']:.2f}** | {bm['peak_mb']:.0f} ({bm['above_mb']:.0f}) |"
                  f" {mean:,.1f} ± {se:,.1f} | {(mean - exact) / se:+.2f} | {pl:.4f} | {pert} |")


if __name__ == "__main__":
    main()
