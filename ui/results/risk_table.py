"""The risk page's table: each partner's risk figures alone and in the pool, the Whole pool row, and the
sentence under it that says how the rows add up to the pool.

How the rows relate to the pool (from :func:`coop_calc.risk.simulate.simulate`): a partner's row is
averaged over the trials in which that partner goes ahead (it drops out of the others and invests in
neither world); the Whole pool row is averaged over *all* trials, a partner who dropped out counting
as 0. So the pool's expected value is the sum of the partners' expected values, each weighted by the
share of trials in which the partner goes ahead — and the plain sum when nobody ever drops out.
Loss risk and expected loss are figures of the pool's combined result and are not sums of the rows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from coop_calc.money import round_to_total

from .common import money, number, percent

Cell = tuple[Any, ...]  # (text, raw) or (text, raw, tooltip), as ui.results.common.Table takes them


translate = QCoreApplication.translate  # lupdate reads translate("RiskTable", "…") calls


def mean_text(mean: float, stderr: float | None, currency: str) -> str:
    """An expected value in whole currency units, "± standard error" only when that error shows at
    this precision (a fixed outcome has none)."""
    text = money(mean, currency, 0)
    if stderr is not None and math.isfinite(stderr) and stderr >= 0.5:
        text += f" ± {number(stderr)}"
    return text


def probability_text(p: float, stderr: float | None) -> str:
    """A loss probability in percent; "± standard error" (percentage points) only where it means
    something: not when every trial or none lost money (the binomial error is then 0 and says nothing)."""
    text = percent(100 * p)
    if 0.0 < p < 1.0 and stderr is not None and math.isfinite(stderr) and stderr > 0:
        pts = 100 * stderr
        text += f" ± {number(pts, 1 if pts >= 0.05 else 2)}"
    return text


def expected_loss_text(cvar: float, p_loss: float, currency: str) -> str:
    """The expected shortfall as a loss: the average loss in the worst 5 % of trials as a positive
    amount, or in words when those trials do not lose money (on average)."""
    if cvar >= 0.5:
        return money(cvar, currency, 0)
    if p_loss <= 0.0:
        return translate("RiskTable", "no loss in the worst 5 %")
    return translate("RiskTable", "no loss on average")


def expected_loss_tip(cvar: float, p_loss: float, currency: str) -> str:
    if cvar >= 0.5:
        return translate("RiskTable", "In the worst 5 % of trials the investment loses %1 on average.").replace(
            "%1", money(cvar, currency, 0)
        )
    if p_loss <= 0.0:
        return translate("RiskTable", "No trial loses money; even the worst 5 % of trials gain %1 on average.").replace(
            "%1", money(-cvar, currency, 0)
        )
    return translate(
        "RiskTable", "Some of the worst 5 % of trials lose money, but on average they still gain %1."
    ).replace("%1", money(-cvar, currency, 0))


def is_approximate(summary: dict, key: str) -> bool:
    """True when ``summary`` (a ``Summary.to_dict()``) says its ``key`` comes from the histogram the
    engine keeps beyond 500,000 trials rather than from the exact values."""
    return not summary.get("exact", True) and key in summary.get("approximate", ())


def approximate_note(res) -> str:
    """One line saying why some figures carry "≈", or "" when every figure of ``res`` is exact."""
    sides = [*res.standalone, *res.pooled, res.pool_standalone, res.pool_pooled]
    if all(s.get("exact", True) for s in sides):
        return ""
    return "≈ " + translate(
        "RiskTable",
        "Beyond 500,000 trials, percentiles and the expected loss come from a fine histogram: within about"
        " 0.02 %.",
    )


def approx(text: str, summary: dict, key: str) -> str:
    """``text`` marked "≈ …" when ``summary``'s ``key`` is approximate."""
    return "≈ " + text if is_approximate(summary, key) else text


@dataclass(frozen=True)
class RiskTable:
    headers: list[str]
    tips: list[str]
    rows: list[list[Cell]]
    #: the sentence under the table: how the Whole pool row follows from the partner rows
    reconciliation: str
    #: True when every partner goes ahead in every trial (the expected values are plain sums)
    plain_sum: bool
    #: Σ over partners of (share of trials it goes ahead × its expected value): alone, in the pool
    weighted: tuple[float, float]
    #: why figures marked "≈" are approximate, or "" when all are exact
    approximate: str = ""


def risk_table(res) -> RiskTable:
    """The table of a :class:`~coop_calc.risk.simulate.RiskResult` (labelled as shown)."""
    cur = res.currency
    n = len(res.partner_names)
    share = [res.standalone[i].get("trials", res.trials) / res.trials if res.trials else 1.0 for i in range(n)]
    plain = all(s >= 1.0 for s in share)
    weighted = tuple(sum(share[i] * side[i]["mean_npv"] for i in range(n)) for side in (res.standalone, res.pooled))
    pool = (res.pool_standalone, res.pool_pooled)
    if plain:  # shown in whole units, the rows add up to the pool row exactly
        shown = [
            round_to_total([side[i]["mean_npv"] for i in range(n)], p["mean_npv"], 0)
            for side, p in zip((res.standalone, res.pooled), pool)
        ]
    else:
        shown = [[side[i]["mean_npv"] for i in range(n)] for side in (res.standalone, res.pooled)]
    headers = (
        [translate("RiskTable", "Partner")]
        + ([] if plain else [translate("RiskTable", "Goes ahead in")])
        + [
            translate("RiskTable", "Expected value\nalone"),
            translate("RiskTable", "Expected value\nin the pool"),
            translate("RiskTable", "Loss risk\nalone"),
            translate("RiskTable", "Loss risk\nin the pool"),
            translate("RiskTable", "Expected loss in\nworst 5 %, alone"),
            translate("RiskTable", "Expected loss in\nworst 5 %, pooled"),
        ]
    )
    mean_tip = translate(
        "RiskTable",
        "Expected value: the average net present value over the trials in which the partner goes ahead"
        " (± one standard error).",
    )
    loss_tip = translate(
        "RiskTable",
        "Loss risk: the share of those trials in which the investment loses money (± one standard error,"
        " shown where the share is neither 0 nor 100 %).",
    )
    es_tip = translate(
        "RiskTable",
        "Expected loss in the worst 5 %: the average loss over the worst 5 % of trials (expected"
        " shortfall, CVaR 95 %); “no loss” when those trials do not lose money on average.",
    )
    go_tip = translate(
        "RiskTable",
        "Share of the trials in which the partner does not drop out before the purchase; its figures are"
        " averaged over these trials.",
    )
    tips = [""] + ([] if plain else [go_tip]) + [mean_tip, mean_tip, loss_tip, loss_tip, es_tip, es_tip]
    rows: list[list[Cell]] = []
    for i, name in enumerate(res.partner_names):
        rows.append(
            _row(name, None if plain else share[i], res.standalone[i], res.pooled[i], (shown[0][i], shown[1][i]), cur)
        )
    rows.append(
        _row(
            translate("RiskTable", "Whole pool"),
            None if plain else -1.0,
            *pool,
            (pool[0]["mean_npv"], pool[1]["mean_npv"]),
            cur,
        )
    )
    if plain:
        text = translate(
            "RiskTable",
            "The expected values of the Whole pool row are the sums of the partner rows; its loss risk and"
            " expected loss are those of the pool's combined result, which are not sums.",
        )
    else:
        text = (
            translate(
                "RiskTable",
                "The Whole pool row is not the sum of the rows above: a partner's row averages only the trials in"
                " which it goes ahead, while the pool row averages all %1 trials and counts a partner who dropped"
                " out as %2 — weighted by how often each partner goes ahead, the rows add up to the pool's %3 in"
                " the pool and %4 alone.",
            )
            .replace("%1", number(res.trials))
            .replace("%2", money(0.0, cur, 0))
            .replace("%3", money(weighted[1], cur, 0))
            .replace("%4", money(weighted[0], cur, 0))
        )
    return RiskTable(headers, tips, rows, text, plain, (float(weighted[0]), float(weighted[1])), approximate_note(res))


def _row(name: str, share: float | None, alone: dict, pooled: dict, means: tuple[float, float], cur: str) -> list[Cell]:
    row: list[Cell] = [(name, name)]
    if share is not None:
        row.append(("", None) if share < 0 else (percent(100 * share), share))
    for s, m in zip((alone, pooled), means):
        row.append((mean_text(m, s.get("stderr_mean"), cur), s["mean_npv"]))
    for s in (alone, pooled):
        row.append((probability_text(s["p_loss"], s.get("stderr_p_loss")), s["p_loss"]))
    for s in (alone, pooled):
        cvar = s["cvar95"]
        row.append(
            (approx(expected_loss_text(cvar, s["p_loss"], cur), s, "cvar95"), max(cvar, 0.0),
             expected_loss_tip(cvar, s["p_loss"], cur))
        )
    return row
