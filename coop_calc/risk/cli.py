"""``python -m coop_calc risk FILE [--trials N] [--seed S] [--sampling plain|lhs|sobol] [--json]``."""

from __future__ import annotations

import argparse
import json
import sys

from ..cli import _scenario, command


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("risk", help="Monte Carlo misinvestment risk of each partner, alone vs in the pool")
    r.add_argument("file")
    r.add_argument("--trials", type=int, help="number of trials (default: the scenario's setting)")
    r.add_argument("--seed", type=int, help="random seed (default: the scenario's setting)")
    r.add_argument("--sampling", choices=["plain", "lhs", "sobol"], help="sampling method")
    r.add_argument("--scenario", help="name or number of the scenario in a project file")
    r.add_argument("--json", action="store_true", help="print the documented JSON output")
    r.add_argument("--full", action="store_true", help="with --json: include histogram and S-curve data")


@command("risk")
def _risk(args: argparse.Namespace) -> int:
    from ..errors import ValidationError
    from .simulate import simulate

    if args.trials is not None and not 1 <= args.trials <= 50_000_000:
        raise ValidationError("--trials must be between 1 and 50,000,000")
    scenario = _scenario(args)
    res = simulate(scenario, trials=args.trials, seed=args.seed, sampling=args.sampling)
    if args.json:
        from ..exchange.risk_data import scenario_fingerprint

        doc = res.to_dict()
        doc["scenario_fingerprint"] = scenario_fingerprint(scenario)  # export --risk accepts only its own scenario
        if not args.full:
            doc.pop("histograms")
            doc.pop("s_curves")
        json.dump(doc, sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
        return 0
    cur = res.currency
    print(f"{res.scenario_name}: {res.trials:,} trials ({res.sampling}, seed {res.seed}), {res.seconds:.1f} s\n")
    print(f"{'NPV in ' + cur:<34}{'mean':>14}{'P(loss)':>9}{'ES 95 %':>14}{'P5':>14}{'P95':>14}")
    rows = [(nm, res.standalone[i], res.pooled[i]) for i, nm in enumerate(res.partner_names)]
    rows.append(("Whole pool", res.pool_standalone, res.pool_pooled))
    for name, alone, pooled in rows:
        for label, d in (("alone", alone), ("pooled", pooled)):
            print(f"{(name[:26] if label == 'alone' else ''):<27}{label:<7}{d['mean_npv']:>14,.0f}"
                  f"{d['p_loss']:>9.1%}{d['cvar95']:>14,.0f}{d['p5']:>14,.0f}{d['p95']:>14,.0f}")
    print("\nP(loss): probability that the investment loses money (misinvestment probability).")
    print("ES 95 %: average loss in the worst 5 % of trials (expected shortfall).")
    for note in res.notes:
        print(f"Note: {note}")
    return 0
