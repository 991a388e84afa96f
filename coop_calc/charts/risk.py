"""Misinvestment-risk charts from a simulation result (:class:`coop_calc.risk.simulate.RiskResult`):
histogram and S-curve of the net present value alone versus in the pool, and the tornado of the
inputs that drive it. ``partner`` is a partner index, or None for the whole pool."""

from __future__ import annotations

import re
import textwrap

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from ..analysis import Analysis
from ..exchange import figures as _exchange
from ._base import (
    BLUE,
    GREY,
    ORANGE,
    RED,
    apply_theme,
    empty,
    figure,
    format_number,
    label_chars,
    money_axis,
    shorten,
    style,
    title_to_figure,
    without_legal_form,
)
from .texts import input_label, t
from .theme import ChartTheme


def _key(risk, partner: int | None) -> str:
    return "pool" if partner is None else risk.partner_ids[partner]


def _who(risk, partner: int | None, lang: str) -> str:
    return t("whole_pool", lang) if partner is None else risk.partner_names[partner]


def npv_histogram(risk, analysis: Analysis, partner: int | None = None, *, lang: str = "en",
                  fig: Figure | None = None, size: tuple[float, float] = (8.0, 4.0),
                  theme: ChartTheme | str | None = None) -> Figure:
    """Histogram of the NPV alone (grey) and in the pool (blue), share of trials per bin; the red
    line marks zero (left of it the investment loses money). The PDF report's chart."""
    fig = title_to_figure(_exchange.npv_histogram(risk.to_dict(), analysis, partner, lang=lang, fig=fig, size=size))
    return apply_theme(fig, theme)


def s_curves(risk, partner: int | None = None, *, lang: str = "en", fig: Figure | None = None,
             size: tuple[float, float] = (8.0, 4.0), theme: ChartTheme | str | None = None) -> Figure:
    """Cumulative distribution of the NPV alone and in the pool: the height of a curve at an amount is
    the probability of ending at or below it; where it crosses zero is the misinvestment probability."""
    fig = figure(fig, size)
    key = _key(risk, partner)
    ax = fig.add_subplot()
    summaries = risk.pool_standalone, risk.pool_pooled
    if partner is not None:
        summaries = risk.standalone[partner], risk.pooled[partner]
    for side, color, summary in (("standalone", GREY, summaries[0]), ("pooled", BLUE, summaries[1])):
        curve = risk.s_curves.get(f"{key}/{side}")
        if not curve or not curve["values"]:
            continue
        p_loss = summary.get("p_loss")
        label = t("alone" if side == "standalone" else "pooled", lang)
        if p_loss is not None:
            label += f" – {t('loss_risk', lang)} {format_number(100 * p_loss, lang, 1)} %"
        ax.step(curve["values"], curve["probabilities"], where="post", color=color,
                linewidth=2.2 if side == "pooled" else 1.8, label=label)
    if not ax.lines:
        fig.clear()
        return apply_theme(empty(fig, t("no_risk", lang)), theme)
    ax.axvline(0, color=RED, linewidth=1)
    ax.set_ylim(0, 1.02)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    money_axis(ax, risk.currency, lang, axis="x")
    ax.set_xlabel(t("npv", lang))
    ax.set_ylabel(t("sc_y", lang))
    style(ax, t("sc_title", lang, who=shorten(_who(risk, partner, lang), 40)), grid="both")
    ax.legend(frameon=False, fontsize=9, loc="upper left")
    return apply_theme(fig, theme)


def compact_input(label: str) -> str:
    """An engine input label with the parts a reader can spare left out: remarks in parentheses of
    item names ("Metal 3D printer (laser powder bed, shared)" → "Metal 3D printer") and legal forms of
    partner names ("Vogel Automotive Components GmbH" → "Vogel Automotive Components")."""
    short = re.sub(r"\s*\([^()]*\)", "", label)
    return without_legal_form(short) or label


#: Where an input's label divides into *which* item or partner and *what* varies (English and German).
_SEPARATORS = (": ", " fails at ", " fällt aus bei ", " drops out", " steigt aus")


def _split_label(text: str) -> tuple[str, str]:
    for sep in _SEPARATORS:
        if sep in text:
            head, tail = text.split(sep, 1)
            return head, (sep.strip(": ") + " " + tail).strip() if sep != ": " else tail
    return text, ""


def tornado_labels(labels: list[str], lang: str, width: int) -> list[str]:
    """Each input's label whole, in lines of whole words of about ``width`` characters: on one line
    when it fits, else the item (or partner) on the first line(s) and what varies on the last; labels
    that would need more than three lines drop the remarks in parentheses and the legal forms."""
    out = []
    for raw in labels:
        lines: list[str] = []
        for candidate in (raw, compact_input(raw)):
            text = input_label(candidate, lang)
            if len(text) <= width:
                lines = [text]
                break
            head, tail = _split_label(text)
            lines = textwrap.wrap(head, width, break_long_words=False) + (
                textwrap.wrap(tail, width, break_long_words=False) if tail else [])
            if len(lines) <= 3:
                break
        out.append("\n".join(lines))
    return out


def tornado(risk, partner: int | None = None, *, lang: str = "en", top: int = 10, fig: Figure | None = None,
            size: tuple[float, float] = (8.0, 4.0), theme: ChartTheme | str | None = None) -> Figure:
    """The inputs most strongly related to the NPV in the pool (Spearman rank correlation, −1…1):
    blue bars raise the outcome when the input is high (or the event happens), orange bars lower it.
    Labels are whole (wrapped, never cut); as many inputs are shown as their labels leave room for."""
    fig = figure(fig, size)
    rows = list(risk.sensitivity.get(_key(risk, partner), []))
    rows = [r for r in rows if r.get("rho") is not None and np.isfinite(r["rho"])]
    if not rows:
        return apply_theme(empty(fig, t("tor_none", lang)), theme)
    fontsize = 7.5
    width = max(18, min(44, label_chars(fig, 0.42, fontsize)))
    labels = tornado_labels([r["input"] for r in rows[:top]], lang, width)
    room = fig.get_figheight() * 72 * 0.74  # points of height for the bars
    used, keep = 0.0, 0
    for lbl in labels:
        need = max(lbl.count("\n") + 1, 1.4) * fontsize * 1.2 + 3
        if keep >= 3 and used + need > room:
            break
        used, keep = used + need, keep + 1
    rows, labels = rows[:keep], labels[:keep]
    ax = fig.add_subplot()
    rho = np.array([r["rho"] for r in rows])
    y = np.arange(len(rows))
    ax.barh(y, rho, 0.65, color=[BLUE if v >= 0 else ORANGE for v in rho])
    for yi, v in zip(y, rho):
        ax.annotate(format_number(v, lang, 2), (v, yi), xytext=(4 if v >= 0 else -4, 0), textcoords="offset points",
                    ha="left" if v >= 0 else "right", va="center", fontsize=8)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, labels, fontsize=fontsize, linespacing=1.0)
    ax.invert_yaxis()
    ax.set_xlim(-1.1, 1.1)
    ax.set_xticks([-1.0, -0.5, 0.0, 0.5, 1.0])
    ax.xaxis.set_major_formatter(lambda x, _pos: format_number(x, lang, 1))
    ax.set_xlabel(t("tor_x", lang))
    style(ax, t("tor_title", lang, who=shorten(_who(risk, partner, lang), 40)), grid="x")
    return apply_theme(fig, theme)


__all__ = ["compact_input", "npv_histogram", "s_curves", "tornado", "tornado_labels"]
