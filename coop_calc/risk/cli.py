"""``python -m coop_calc risk FILE [--trials N] [--seed S] [--sampling plain|lhs|sobol] [--json]``,
or until precise enough: ``[--precision PP] [--mean-precision PCT] [--confidence C] [--max-trials N]``."""

from __future__ import annotations

import argparse
import json
import sys

from ..cli import _scenario, command
from ..i18n import translator


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("risk", help="Monte Carlo misinvestment risk of each partner, alone vs in the pool")
    r.add_argument("file", help="scenario or project file (.coop.json)")
    r.add_argument("--trials", type=int, help="number of trials (default: the scenario's setting)")
    r.add_argument("--seed", type=int, help="random seed (default: the scenario's setting)")
    r.add_argument("--sampling", choices=["plain", "lhs", "sobol"], help="sampling method")
    r.add_argument("--scenario", help="name or number of the scenario in a project file")
    r.add_argument("--json", action="store_true", help="print the documented JSON output")
    r.add_argument("--full", action="store_true", help="with --json: include histogram and S-curve data")
    r.add_argument("--precision", type=float, metavar="PP",
                   help="run until every partner's loss probability is known to ± PP percentage points"
                        " (e.g. 0.5), or until --max-trials")
    r.add_argument("--mean-precision", type=float, metavar="PCT",
                   help="run until the pool's expected NPV is known to ± PCT %% (e.g. 1), or until --max-trials")
    r.add_argument("--confidence", type=float, default=95.0, metavar="C",
                   help="confidence level of the precision targets in %% (default 95)")
    r.add_argument("--max-trials", type=int, metavar="N",
                   help="with a precision target: stop here if the target is not reached (default 1,000,000)")


@command("risk")
def _risk(args: argparse.Namespace) -> int:
    from ..errors import ValidationError
    from ..messages import Msg
    from .simulate import simulate

    if args.trials is not None and not 1 <= args.trials <= 50_000_000:
        raise ValidationError(Msg("riskcli_trials", low=1, high=50_000_000))
    target, trials = _target(args), args.trials
    if target is not None:
        if args.trials is not None:
            raise ValidationError(Msg("riskcli_trials_and_target"))
        trials = 1_000_000 if args.max_trials is None else args.max_trials
        if not 8192 <= trials <= 50_000_000:
            raise ValidationError(Msg("riskcli_max_trials", low=8192, high=50_000_000))
    elif args.max_trials is not None:
        raise ValidationError(Msg("riskcli_max_trials_alone"))
    scenario = _scenario(args)
    res = simulate(scenario, trials=trials, seed=args.seed, sampling=args.sampling, precision=target)
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
    lang = getattr(args, "lang", None) or "en"
    _ = translator(lang)
    num = _number_in(lang)
    pct = (lambda x: num(format(x * 100, ".1f")) + "\u00a0%") if lang == "de" else (lambda x: format(x, ".1%"))
    cur = res.currency
    sampling = _("cli", f"sampling_{res.sampling}") if res.sampling in ("plain", "lhs", "sobol") else res.sampling
    print(_("cli", "risk_head", name=res.scenario_name, trials=num(f"{res.trials:,}"), sampling=sampling,
            seed=res.seed, seconds=num(f"{res.seconds:.1f}")) + "\n")
    print(f"{_('cli', 'npv_in', cur=cur):<34}{_('cli', 'mean'):>14}{_('cli', 'p_loss'):>9}{'ES 95 %':>14}{'P5':>14}"
          f"{'P95':>14}")
    rows = [(nm, res.standalone[i], res.pooled[i]) for i, nm in enumerate(res.partner_names)]
    rows.append((_("cli", "whole_pool"), res.pool_standalone, res.pool_pooled))
    for name, alone, pooled in rows:
        for key, d in (("alone", alone), ("pooled", pooled)):
            label = _("cli", key)
            print(f"{(name[:26] if key == 'alone' else ''):<27}{label:<7}{num(format(d['mean_npv'], ',.0f')):>14}"
                  f"{pct(d['p_loss']):>9}{num(format(d['cvar95'], ',.0f')):>14}"
                  f"{num(format(d['p5'], ',.0f')):>14}{num(format(d['p95'], ',.0f')):>14}")
    print("\n" + _("cli", "p_loss_note"))
    print(_("cli", "es_note"))
    print(_precision_line(res.precision, res.trials, lang))
    for note in res.notes:
        print(_("cli", "note", note=note.text(lang) if hasattr(note, "text") else note))  # a Msg: in lang
    return 0


def _number_in(lang: str):
    """A function turning an English-formatted number ('12,345.6') into ``lang``'s ('12.345,6')."""
    if lang != "de":
        return lambda s: s
    return lambda s: s.translate(str.maketrans(",.", ".,"))


def _target(args: argparse.Namespace):
    """The precision target of the command line, or None."""
    from .precision import Precision

    if args.precision is None and args.mean_precision is None:
        return None
    return Precision(p_loss=None if args.precision is None else args.precision / 100,
                     mean=None if args.mean_precision is None else args.mean_precision / 100,
                     confidence=args.confidence / 100)


def _precision_line(p: dict | None, trials: int, lang: str = "en") -> str:
    """One sentence on the precision reached (and the target, if there was one), in ``lang``."""
    if not p:
        return ""
    _ = translator(lang)
    num = _number_in(lang)
    conf = f"{num(format(p['confidence'] * 100, 'g'))} %"
    pool = p["mean_half_width"]
    pool_text = f"± {num(format(pool * 100, '.2f'))} %" if pool != float("inf") else _("cli", "prec_no_share")
    text = _("cli", "precision", conf=conf, p=num(format(p["p_loss_half_width"] * 100, ".2f")), pool=pool_text)
    if p.get("target") is not None:
        key = "target_reached" if p["stopped_by"] == "target" else "target_missed"
        text += " " + _("cli", key, trials=num(f"{trials:,}"))
    return text
