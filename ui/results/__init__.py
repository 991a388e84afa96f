"""The result pages (one module per page) and :class:`ui.results.view.ResultsView`, which holds them.

Every page has ``set_results(scenario, analysis)`` and draws its charts with figure functions of
:mod:`coop_calc.charts` on matplotlib QtAgg canvases (:class:`ui.results.common.Chart`).
"""
