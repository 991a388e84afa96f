"""Peers of the risk benchmark (bench/bench_risk.py, part 3): a one-investment NPV model (price, PERT
benefit, triangular opex, uniform residual, fixed discount rate, 5-year life, a Bernoulli failure event)
in CoopCalc (a one-partner, one-item scenario), mcerp and monaco, same trial count, same process; each
peer's PERT parametrisation is checked (mean and mode)."""

from __future__ import annotations

import math
import warnings

import numpy as np
from machine import measured  # bench/machine.py

from coop_calc.parse import scenario_from_dict
from coop_calc.risk import simulate as sim_mod

PRICE, LIFE, RATE = 50_000.0, 5, 0.08
BENEFIT = (9_000.0, 16_000.0, 19_000.0)  # PERT low, mode, high (mode near the top: a wrong mode shows)
OPEX = (1_000.0, 1_500.0, 2_500.0)  # triangular
RESIDUAL = (0.0, 0.2)  # uniform, share of the price
FAIL_P, FAIL_LOSS = 0.1, 0.6
ANNUITY = (1 - (1 + RATE) ** -LIFE) / RATE
DISCOUNT = (1 + RATE) ** -LIFE


def simple_exact_mean() -> float:
    a, m, b = BENEFIT
    eb = (a + 4 * m + b) / 6
    eo = sum(OPEX) / 3
    return eb * (1 - FAIL_P * FAIL_LOSS) * ANNUITY - PRICE - eo * ANNUITY + sum(RESIDUAL) / 2 * PRICE * DISCOUNT


def simple_scenario(trials: int, seed: int):
    a, m, b = BENEFIT
    return scenario_from_dict({
        "schema_version": 1,
        "meta": {"name": "One investment (peer comparison)", "currency": "EUR"},
        "partners": [{"id": "a", "name": "Firm A"}],
        "items": [{"id": "x", "name": "Machine", "capacity_per_unit": 1, "useful_life_years": LIFE,
                   "risk": {"annual_benefit": {"type": "pert", "low": a, "mode": m, "high": b},
                            "annual_operating_cost": {"type": "triangular", "low": OPEX[0], "mode": OPEX[1],
                                                      "high": OPEX[2]},
                            "residual_value": {"type": "uniform", "low": RESIDUAL[0], "high": RESIDUAL[1]},
                            "failure_probability": FAIL_P, "failure_loss": FAIL_LOSS}}],
        "quotes": [{"id": "q", "item": "x", "supplier": "S", "schedule": "all_units",
                    "tiers": [{"min_quantity": 1, "unit_price": PRICE}], "fixed_fee": 0}],
        "demand": {"a": {"x": 1}},
        "risk": {"discount_rate": RATE, "trials": trials, "seed": seed, "sampling": "plain"},
    })


def _pert_check(alpha: float, beta: float, low: float, high: float) -> str:
    a, m, b = BENEFIT
    mode = low + (high - low) * (alpha - 1) / (alpha + beta - 2)
    mean = low + (high - low) * alpha / (alpha + beta)
    ok = abs(mode - m) < 1e-6 * (b - a) and abs(mean - (a + 4 * m + b) / 6) < 1e-6 * (b - a)
    return (f"α={alpha:.4g}, β={beta:.4g}: mode {mode:,.1f}, mean {mean:,.1f}"
            f" ({'correct' if ok else 'WRONG: expected mode %s, mean %s' % (m, (a + 4 * m + b) / 6)})")


def peer_coopcalc(trials: int, seed: int, sampling: str):
    s = simple_scenario(trials, seed)
    res = sim_mod.simulate(s, trials=trials, seed=seed, sampling=sampling)
    st = res.standalone[0]
    p = s.items[0].risk.annual_benefit
    return st["mean_npv"], st["p_loss"], st["stderr_mean"], _pert_check(p.alpha, p.beta, p.low, p.high)


def peer_mcerp(trials: int, seed: int):
    import mcerp
    mcerp.npts = trials
    np.random.seed(seed)  # mcerp draws from numpy's global generator
    a, m, b = BENEFIT
    ben = mcerp.PERT(a, m, b)
    opex = mcerp.Tri(*OPEX)
    resid = mcerp.U(*RESIDUAL)
    failed = mcerp.Bern(FAIL_P)
    npv = ben * (1 - FAIL_LOSS * failed) * ANNUITY - PRICE - opex * ANNUITY + resid * PRICE * DISCOUNT
    p_loss = npv < 0  # mcerp: a comparison with a number is the probability
    x = np.asarray(npv._mcpts)
    al, be = ben.rv.args
    return float(npv.mean), float(p_loss), float(x.std(ddof=1) / math.sqrt(x.size)), \
        _pert_check(al, be, ben.rv.kwds["loc"], ben.rv.kwds["loc"] + ben.rv.kwds["scale"])


def peer_monaco(trials: int, seed: int):
    import monaco as mc
    from scipy import stats as ss
    a, m, b = BENEFIT
    # monaco has no PERT: it takes any scipy distribution, so PERT is scipy's Beta, parametrised here
    al, be = 1 + 4 * (m - a) / (b - a), 1 + 4 * (b - m) / (b - a)

    def pre(case):
        v = case.invals
        return v["benefit"].val, v["opex"].val, v["residual"].val, v["failed"].val

    def run(ben, opex, resid, failed):
        return (ben * (1 - FAIL_LOSS * failed) * ANNUITY - PRICE - opex * ANNUITY + resid * PRICE * DISCOUNT,)

    def post(case, npv):
        case.addOutVal("npv", npv)

    sim = mc.Sim(name="npv", ndraws=trials, fcns={"preprocess": pre, "run": run, "postprocess": post},
                 firstcaseismedian=False, seed=seed, singlethreaded=True, verbose=False, samplemethod="random")
    sim.addInVar(name="benefit", dist=ss.beta, distkwargs={"a": al, "b": be, "loc": a, "scale": b - a})
    sim.addInVar(name="opex", dist=ss.triang,
                 distkwargs={"c": (OPEX[1] - OPEX[0]) / (OPEX[2] - OPEX[0]), "loc": OPEX[0],
                             "scale": OPEX[2] - OPEX[0]})
    sim.addInVar(name="residual", dist=ss.uniform, distkwargs={"loc": RESIDUAL[0], "scale": RESIDUAL[1] - RESIDUAL[0]})
    sim.addInVar(name="failed", dist=ss.bernoulli, distkwargs={"p": FAIL_P})
    sim.runSim()
    x = np.asarray(sim.outvars["npv"].nums, dtype=float)
    return float(x.mean()), float(np.mean(x < 0)), float(x.std(ddof=1) / math.sqrt(x.size)), \
        _pert_check(al, be, a, b) + " (set by the caller: monaco has no PERT)"


def _version(mod: str) -> str:
    try:
        from importlib.metadata import version
        return version(mod)
    except Exception:  # noqa: BLE001
        return "?"


def run_peers(trials: int, seed: int, repeat: int) -> list[dict]:
    jobs = [("CoopCalc plain", lambda: peer_coopcalc(trials, seed, "plain")),
            ("CoopCalc lhs", lambda: peer_coopcalc(trials, seed, "lhs")),
            ("CoopCalc sobol", lambda: peer_coopcalc(trials, seed, "sobol")),
            (f"mcerp {_version('mcerp')} (LHS, its only method)", lambda: peer_mcerp(trials, seed)),
            (f"monaco {_version('monaco')} (random, single-threaded)", lambda: peer_monaco(trials, seed))]
    rows = []
    for name, fn in jobs:
        best, out, err = None, None, None
        for _ in range(repeat):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    with measured() as m:
                        out = fn()
            except Exception as e:  # noqa: BLE001 - a peer that fails to import or run is reported
                err = f"{type(e).__name__}: {e}"
                break
            if best is None or m["wall"] < best["wall"]:
                best = m
        rows.append({"name": name, "best": best, "out": out, "error": err})
    return rows
