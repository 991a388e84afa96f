"""Result charts as matplotlib figures, without pyplot and without Qt.

Every function takes engine objects (an :class:`~coop_calc.analysis.Analysis`, a scenario, a risk
result), ``lang`` ('en' or 'de') for wording and number formats, and optionally ``fig`` — a figure to
draw into (the screen canvas' figure); without it a new figure is returned. The same call serves the
screen, PNG/SVG (:func:`save`) and the PDF report. Charts the report already has come from
:mod:`coop_calc.exchange.figures`, so screen and report agree.
"""

from ..exchange.figures import save_figure as save
from ._base import short_names
from .bargaining import price_volume, price_volume_data
from .coalitions import coalition_table, complaints_chart, group_label
from .comparison import partner_costs, partner_costs_table, scenario_costs
from .risk import npv_histogram, s_curves, tornado
from .savings import cost_per_partner, pool_waterfall, without_partner
from .splits import split_comparison

__all__ = [
    "coalition_table", "complaints_chart", "cost_per_partner", "group_label", "npv_histogram", "partner_costs",
    "partner_costs_table", "pool_waterfall", "price_volume", "price_volume_data", "s_curves", "save",
    "scenario_costs", "short_names", "split_comparison", "tornado", "without_partner",
]
