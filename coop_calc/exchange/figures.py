"""Chart figures as matplotlib :class:`~matplotlib.figure.Figure` objects, without pyplot.

One function per chart serves the screen (the UI passes its canvas' figure as ``fig``), PNG/SVG
export (:func:`save_figure`) and the vector PDF report. No global state: each call builds or
clears its own figure. Amounts on axes are formatted for ``lang`` ('en' or 'de').
"""

from __future__ import annotations

import os
import re
import textwrap
from typing import Any, Mapping, Sequence

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, PercentFormatter

from .formatting import format_money, format_money_short, format_number
from .results import Results, coerce
from .risk_data import normalise_risk
from .texts import rule_title, text

GREY = "#A6A6A6"
BLUE = "#2E75B6"
PALETTE = ("#2E75B6", "#C55A11", "#548235", "#7030A0", "#BF9000", "#1F3864", "#7F7F7F")
FORMATS = ("png", "svg", "pdf")


def _figure(fig: Figure | None, size: tuple[float, float]) -> Figure:
    if fig is None:
        return Figure(figsize=size, layout="constrained")
    fig.clear()
    return fig


def _money_axis(ax, currency: str, lang: str, axis: str = "y") -> None:
    fmt = FuncFormatter(lambda x, _pos: format_money_short(x, currency, lang))
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(fmt)
    if axis == "x":  # money labels are wide: fewer ticks so they never overlap
        target.set_major_locator(MaxNLocator(nbins=4, min_n_ticks=3))


def _style(ax, title: str) -> None:
    ax.set_title(title, fontsize=12, fontweight="bold", loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#D9D9D9", linewidth=0.8)
    ax.set_axisbelow(True)


def _wrap(labels: Sequence[str], width: int = 14) -> list[str]:
    return ["\n".join(textwrap.wrap(lbl, width, break_long_words=False)[:3]) or lbl for lbl in labels]


#: Legal forms a slanted partner label can do without ("Neumann Gießerei GmbH & Co. KG" → "Neumann Gießerei").
_LEGAL = re.compile(r"\s+(GmbH & Co\.? KG|GmbH|mbH|AG|KG|SE|OHG|e\.\s?K\.|Ltd\.?|Inc\.?)(?=$|\s|:)")


def without_legal_form(name: str) -> str:
    """``name`` without its legal form (GmbH, AG, KG, …); the name itself when nothing else is left.
    Shared by the report's figures and the screen's charts (coop_calc.charts)."""
    return _LEGAL.sub("", name).strip() or name


def _axes_width_in(ax) -> float:
    """The width the axes will roughly get, in inches (before the layout has run)."""
    f = ax.get_figure()
    return max(1.0, f.bbox.width / f.dpi * 0.83)


def _fit_lines(labels: Sequence[str], chars: int) -> list[str] | None:
    """Labels wrapped in whole words into at most three lines of ``chars`` characters; None if a word
    is longer than a line or a label needs more lines (it would run into its neighbour)."""
    out = []
    for lbl in labels:
        lines = textwrap.wrap(lbl, chars, break_long_words=False) or [lbl]
        if len(lines) > 3 or max(len(line) for line in lines) > chars:
            return None
        out.append("\n".join(lines))
    return out


def _partner_ticks(ax, x, labels: Sequence[str]) -> None:
    """Partner names under the bars, whole and never touching: wrapped to the room each bar group
    has (at a font size from 8 down to 6.5 points, the legal form dropped if that is what it takes);
    when even that does not fit, slanted on one line each without the legal form."""
    per_bar = _axes_width_in(ax) / max(1, len(labels))
    for names in (list(labels), [without_legal_form(lbl) for lbl in labels]):
        for size in (8.0, 7.5, 7.0, 6.5):
            chars = int(per_bar * 0.92 * 72 / (size * 0.56))  # 0.56: mean glyph width of DejaVu Sans
            fitted = _fit_lines(names, chars) if chars >= 4 else None
            if fitted is not None:
                ax.set_xticks(x, fitted, fontsize=size)
                return
    ax.set_xticks(x, [without_legal_form(lbl) for lbl in labels], fontsize=7.5, rotation=35, ha="right",
                  rotation_mode="anchor")


def cost_alone_vs_pooled(source: Any, *, anonymise: bool = False, lang: str = "en",
                         fig: Figure | None = None, size: tuple[float, float] = (8.0, 4.5)) -> Figure:
    """Bars of each partner's cost alone (grey) and in the pool under the chosen rule (blue),
    labelled with the saving in percent."""
    res = coerce(source, anonymise)
    fig = _figure(fig, size)
    ax = fig.add_subplot()
    alone = np.array([p["standalone_cost"] for p in res.data["partners"]])
    pooled = res.pooled_costs()
    x = np.arange(res.n)
    w = 0.38 if pooled is not None else 0.6
    ax.bar(x - (w / 2 if pooled is not None else 0), alone, w, color=GREY, label=text("alone", lang))
    if pooled is not None:
        bars = ax.bar(x + w / 2, pooled, w, color=BLUE, label=text("pooled", lang) + f" ({rule_title(res.chosen_rule, lang)})")
        for b, a, p in zip(bars, alone, pooled):
            if a > 0 and res.n <= 8:  # percentages only where there is room for them
                ax.annotate(f"−{format_number(100 * (a - p) / a, lang, 0)} %" if p <= a else
                            f"+{format_number(100 * (p - a) / a, lang, 0)} %",
                            (b.get_x() + b.get_width() / 2, p), xytext=(0, 3), textcoords="offset points",
                            ha="center", va="bottom", fontsize=8, color=BLUE)
    _partner_ticks(ax, x, res.labels)
    ax.set_ylim(0, max(float(alone.max()) if res.n else 1.0, 1.0) * 1.25)  # room for the legend
    _money_axis(ax, res.currency, lang)
    _style(ax, text("fig_cost_title", lang))
    ax.legend(frameon=False, fontsize=8, loc="upper right", ncols=2)
    return fig


def split_comparison(source: Any, *, anonymise: bool = False, lang: str = "en", fig: Figure | None = None,
                     size: tuple[float, float] = (9.0, 4.5)) -> Figure:
    """Grouped bars: each partner's share of the savings under every rule."""
    res = coerce(source, anonymise)
    fig = _figure(fig, size)
    ax = fig.add_subplot()
    rules = res.rules
    x = np.arange(res.n)
    w = 0.8 / max(1, len(rules))
    for k, r in enumerate(rules):
        label = rule_title(r, lang) + (f" ({text('chosen', lang)})" if r == res.chosen_rule else "")
        ax.bar(x - 0.4 + w * (k + 0.5), res.data["splits"][r]["savings"], w, color=PALETTE[k % len(PALETTE)],
               label=label, edgecolor="black" if r == res.chosen_rule else "none", linewidth=0.6)
    ax.axhline(0, color="black", linewidth=0.6)
    _partner_ticks(ax, x, res.labels)
    _money_axis(ax, res.currency, lang)
    _style(ax, text("fig_split_title", lang))
    if rules:
        ax.legend(frameon=False, fontsize=7.5, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def item_costs(source: Any, *, anonymise: bool = False, lang: str = "en", fig: Figure | None = None,
               size: tuple[float, float] = (8.0, 4.0)) -> Figure:
    """Horizontal bars per item: what the partners pay buying alone (sum) versus the pool's purchase."""
    res = coerce(source, anonymise)
    fig = _figure(fig, size)
    ax = fig.add_subplot()
    items = res.data["items"][::-1]
    y = np.arange(len(items))
    ax.barh(y + 0.2, [it["standalone_cost"] for it in items], 0.4, color=GREY, label=text("alone", lang))
    ax.barh(y - 0.2, [it["cost"] for it in items], 0.4, color=BLUE, label=text("pooled", lang))
    ax.set_yticks(y, _wrap([it["name"] for it in items], 28), fontsize=8)
    _money_axis(ax, res.currency, lang, axis="x")
    _style(ax, text("fig_items_title", lang))
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color="#D9D9D9", linewidth=0.8)
    # below the amount axis, where it can never cover a bar
    ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=2,
              borderaxespad=1.9)
    return fig


def own_position(res: Results, i: int, *, lang: str = "en", fig: Figure | None = None,
                 size: tuple[float, float] = (5.0, 3.2), title: bool = True) -> Figure:
    """One partner's cost alone versus in the pool (for its confidential statement: no other partner)."""
    fig = _figure(fig, size)
    ax = fig.add_subplot()
    alone = res.data["partners"][i]["standalone_cost"]
    pooled = res.pooled_costs()
    vals = [alone] + ([pooled[i]] if pooled else [])
    labels = [text("alone", lang)] + ([text("pooled", lang)] if pooled else [])
    bars = ax.bar(labels, vals, 0.55, color=[GREY, BLUE][: len(vals)])
    for b, v in zip(bars, vals):
        ax.annotate(format_money(v, res.currency, lang, 0), (b.get_x() + b.get_width() / 2, v), xytext=(0, 3),
                    textcoords="offset points", ha="center", va="bottom", fontsize=9)
    ax.set_ylim(0, max(vals) * 1.28 if max(vals) > 0 else 1)
    _money_axis(ax, res.currency, lang)
    _style(ax, text("fig_own_title", lang) if title else "")
    return fig


def _risk_of(risk: Mapping[str, Any], source: Any, anonymise: bool, risk_scenario: Any):
    """Results and the risk summary matched by the ids of ``risk_scenario`` (default: the source's
    own scenario, i.e. the one before anonymisation)."""
    res = coerce(source, anonymise)
    return res, normalise_risk(risk, risk_scenario or getattr(source, "scenario", res.scenario))


def loss_probability(risk: Mapping[str, Any], source: Any, *, anonymise: bool = False, lang: str = "en",
                     partners: Sequence[int] | None = None, risk_scenario: Any = None, fig: Figure | None = None,
                     size: tuple[float, float] = (8.0, 4.0)) -> Figure:
    """Bars of each partner's probability of a loss alone versus in the pool (``partners``: only these)."""
    res, rs = _risk_of(risk, source, anonymise, risk_scenario)
    idx = [i for i in sorted(rs.partners) if partners is None or i in partners]
    fig = _figure(fig, size)
    ax = fig.add_subplot()
    x = np.arange(len(idx))
    a = [rs.partners[i]["standalone"]["p_loss"] or 0.0 for i in idx]
    p = [rs.partners[i]["pooled"]["p_loss"] or 0.0 for i in idx]
    ax.bar(x - 0.19, a, 0.38, color=GREY, label=text("alone", lang))
    ax.bar(x + 0.19, p, 0.38, color=BLUE, label=text("pooled", lang))
    _partner_ticks(ax, x, [res.labels[i] for i in idx])
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    _style(ax, text("fig_loss_title", lang))
    ax.legend(frameon=False, fontsize=8)
    return fig


def npv_histogram(risk: Mapping[str, Any], source: Any, partner: int | None = None, *, anonymise: bool = False,
                  lang: str = "en", risk_scenario: Any = None, fig: Figure | None = None,
                  size: tuple[float, float] = (8.0, 4.0)) -> Figure:
    """Histogram of the NPV alone and in the pool for one partner (index) or the whole pool (None)."""
    res, rs = _risk_of(risk, source, anonymise, risk_scenario)
    fig = _figure(fig, size)
    ax = fig.add_subplot()
    for h in rs.histograms:
        if h.partner != partner:
            continue
        e, c = np.array(h.edges), np.array(h.counts, dtype=float)
        share = c / c.sum() if c.sum() else c
        ax.stairs(share, e, fill=True, alpha=0.45, color=GREY if h.side == "standalone" else BLUE,
                  label=text("alone" if h.side == "standalone" else "pooled", lang))
    ax.axvline(0, color="#C00000", linewidth=1)
    _money_axis(ax, res.currency, lang, axis="x")
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    who = res.labels[partner] if partner is not None else text("whole_pool", lang)
    _style(ax, f"{text('fig_hist_title', lang)}: {who}")
    ax.set_xlabel(text("npv", lang))
    ax.set_ylabel(text("trials_share", lang))
    if ax.get_legend_handles_labels()[0]:
        ax.legend(frameon=False, fontsize=8)
    return fig


def save_figure(fig: Figure, path: str | os.PathLike, dpi: int = 200) -> None:
    """Save ``fig`` as PNG, SVG or PDF, chosen by the file extension (vectors for SVG and PDF)."""
    ext = os.fspath(path).rsplit(".", 1)[-1].lower() if "." in os.fspath(path) else ""
    if ext not in FORMATS:
        raise ValueError(f"cannot save a chart as {ext or 'a file without extension'!r}; use .png, .svg or .pdf")
    import matplotlib

    with matplotlib.rc_context({"pdf.fonttype": 42, "svg.fonttype": "path"}):
        fig.savefig(path, format=ext, dpi=dpi if ext == "png" else "figure",
                    metadata={"Creator": "CoopCalc"} if ext in ("png", "svg", "pdf") else None)
