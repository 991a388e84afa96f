"""Fair split chart: each partner's share of the savings under every rule.

The bars are the PDF report's (:func:`coop_calc.exchange.figures.split_comparison`); on screen the
chart sits in a half-width pane, so the legend of the rules goes below the bars instead of beside
them, where it would take a third of the width.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from ..analysis import Analysis
from ..exchange import figures as _exchange
from ._base import title_to_figure


def split_comparison(analysis: Analysis, *, lang: str = "en", fig: Figure | None = None,
                     size: tuple[float, float] = (9.0, 4.5), legend_below: bool = True) -> Figure:
    """Grouped bars: every partner's share of the savings under each rule; the chosen rule outlined."""
    fig = title_to_figure(_exchange.split_comparison(analysis, lang=lang, fig=fig, size=size))
    if legend_below and fig.axes and fig.axes[0].get_legend() is not None:
        ax = fig.axes[0]
        handles, labels = ax.get_legend_handles_labels()
        ax.get_legend().remove()
        fig.legend(handles, labels, loc="outside lower center", ncols=3, fontsize=8, frameon=False)
    return fig
