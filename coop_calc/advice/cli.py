"""``python -m coop_calc advise FILE [--json] [--lang de] [--sweep AXIS=FROM:TO:STEPS]… [--threshold AXIS=FROM:TO]…``.

Prints the recommended pool structure, the negotiation targets, each partner's commitment and the
break-even coordination cost; ``--json`` prints the documented document (docs/json-output.md).
``--sweep`` (once or twice) adds a grid of savings and stability over one or two inputs, computed on
all cores.
"""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np

from ..cli import _scenario, command
from ..errors import Problem, ValidationError
from ..messages import Msg

MAX_STEPS = 101


def add_parser(sub: argparse._SubParsersAction) -> None:
    a = sub.add_parser("advise", help="who should pool with whom, what to ask the suppliers for, commitment")
    a.add_argument("file", help="scenario or project file (.coop.json)")
    a.add_argument("--json", action="store_true", help="print the documented JSON output")
    a.add_argument("--scenario", help="name or number of the scenario in a project file")
    a.add_argument("--anonymise", "--anonymize", action="store_true", help="show partners by alias")
    a.add_argument("--lang", choices=["en", "de"], default=None,
                   help="language of the text output (default: the system locale)")
    a.add_argument("--no-thresholds", action="store_true", help="skip the break-even coordination cost search")
    a.add_argument("--sweep", action="append", default=[], metavar="AXIS=FROM:TO:STEPS",
                   help="grid over per_pair, discount:<supplier>, volume:<partner id> or member:<partner id>"
                        " (at most twice)")
    a.add_argument("--workers", type=int, default=None, help="processes for the sweep (default: all cores)")
    a.add_argument("--threshold", action="append", default=[], metavar="AXIS=FROM:TO",
                   help="the value of one input in [FROM, TO] at which the single pool stops paying off and"
                        " stops being stable (bisection; Brent's method where continuous)")


def parse_sweep(spec: str) -> tuple[str, list[float]]:
    """'per_pair=0:2000:11' → ('per_pair', [0, 200, …, 2000]); 'member:p01=0:1:2' → two points."""
    axis, sep, rng = spec.rpartition("=")
    parts = rng.split(":")
    try:
        if not sep or len(parts) != 3:
            raise ValueError
        lo, hi, steps = float(parts[0]), float(parts[1]), int(parts[2])
    except ValueError:
        raise ValidationError(Problem(f"--sweep {spec!r}", Msg("advcli_sweep_form"))) from None
    if not 1 <= steps <= MAX_STEPS:
        raise ValidationError(Problem(f"--sweep {spec!r}", Msg("advcli_sweep_steps", limit=MAX_STEPS)))
    if steps == 1:
        return axis, [lo]
    return axis, [lo + (hi - lo) * j / (steps - 1) for j in range(steps)]


def parse_threshold(spec: str) -> tuple[str, float, float]:
    """'volume:p01=0:3' → ('volume:p01', 0.0, 3.0)."""
    axis, sep, rng = spec.rpartition("=")
    parts = rng.split(":")
    try:
        if not sep or len(parts) != 2:
            raise ValueError
        lo, hi = float(parts[0]), float(parts[1])
    except ValueError:
        raise ValidationError(Problem(f"--threshold {spec!r}", Msg("advcli_threshold_form"))) from None
    if not lo < hi:
        raise ValidationError(Problem(f"--threshold {spec!r}", Msg("advcli_threshold_order")))
    return axis, lo, hi


def thresholds_json(scenario, specs: list[tuple[str, float, float]]) -> list[dict]:
    """Per requested axis: where the single pool stops paying off and stops being stable (None: no
    switch in the range)."""
    from . import apply_axis, threshold

    out = []
    for axis, lo, hi in specs:
        apply_axis(scenario, axis, lo)
        apply_axis(scenario, axis, hi)
        pays = threshold(scenario, axis, lo, hi, "pays_off", tol=1e-6)
        stable = threshold(scenario, axis, lo, hi, "stable", tol=1e-4)
        out.append({"axis": axis, "from": lo, "to": hi,
                    "pays_off_switch": None if pays is None else round(pays, 6),
                    "stable_switch": None if stable is None else round(stable, 6)})
    return out


def sweep_json(sw) -> dict:
    def arr(x):
        return [[round(float(v), 2) for v in row] for row in x] if x.ndim == 2 else [round(float(v), 2) for v in x]

    return {"axes": list(sw.axes), "values": [list(v) for v in sw.values],
            "grand_pool_net_savings": arr(sw.grand_net_savings), "best_net_savings": arr(sw.best_net_savings),
            "best_groups": sw.best_groups.tolist(), "grand_pool_stable": sw.grand_stable.tolist()}


@command("advise")
def _advise(args: argparse.Namespace) -> int:
    from . import advice_json, advise, sweep
    from .output import advice_text

    if len(args.sweep) > 2:
        raise ValidationError(Msg("advcli_sweep_twice"))
    specs = [parse_sweep(s) for s in args.sweep]
    th_specs = [parse_threshold(s) for s in args.threshold]
    scenario = _scenario(args)
    a = advise(scenario, with_thresholds=not args.no_thresholds)
    sw = None
    if specs:
        sw = sweep(scenario, [ax for ax, _ in specs], [vals for _, vals in specs], workers=args.workers)
    found = thresholds_json(scenario, th_specs) if th_specs else []
    if args.json:
        doc = advice_json(a, anonymous=args.anonymise)
        doc["sweep"] = sweep_json(sw) if sw is not None else None
        doc["threshold_search"] = found
        json.dump(doc, sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
    else:
        print(advice_text(a, args.lang, anonymous=args.anonymise))
        _print_searches(found, sw, args.lang)
    return 0


def _print_searches(found: list[dict], sw, lang: str) -> None:
    """The threshold searches and the sweep as text in ``lang`` (numbers with its separators)."""
    from ..i18n import translator
    from ..messages import number

    _ = translator(lang)

    def num(x: float | None) -> str:
        return "–" if x is None else number(float(f"{x:g}"), lang)

    for f in found:
        print("\n" + _("cli", "advise_threshold", axis=f["axis"], lo=num(f["from"]), hi=num(f["to"]),
                        pays=num(f["pays_off_switch"]), stable=num(f["stable_switch"])))
    if sw is None:
        return
    print()
    print(_("cli", "advise_sweep_head", axes=", ".join(sw.axes)))
    for idx in np.ndindex(*sw.grand_net_savings.shape):
        at = ", ".join(f"{ax}={num(sw.values[j][i])}" for j, (ax, i) in enumerate(zip(sw.axes, idx)))
        money = [_money(v, lang) for v in (sw.grand_net_savings[idx], sw.best_net_savings[idx])]
        print("  " + _("cli", "advise_sweep_row", at=at, grand=money[0], best=money[1],
                       stable=_("cli", "advise_stable" if sw.grand_stable[idx] == 1 else "advise_not_stable")))


def _money(x: float, lang: str) -> str:
    """``x`` with two decimals and the language's separators (12,345.60 / 12.345,60)."""
    s = f"{x:,.2f}"
    return s.translate(str.maketrans(",.", ".,")) if lang == "de" else s
