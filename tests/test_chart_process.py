"""The chart process: a result chart drawn there has exactly the pixels of one drawn in the window's
own process; a request that cannot go there, or a process that died, is drawn in the calling thread;
the figure of a chart drawn there is made when it is asked for, with the same texts."""

from __future__ import annotations

import os
import signal

import numpy as np
import pytest
from matplotlib.text import Text
from test_results_support import example, make_view, wait_charts

from coop_calc import charts
from coop_calc.charts import render
from coop_calc.charts.theme import DARK, LIGHT
from ui.results import chart_process
from ui.results.chart_canvas import draw_figure

pytestmark = [pytest.mark.filterwarnings("ignore:constrained_layout not applied"),
              pytest.mark.skipif(os.environ.get("COOPCALC_CHART_PROCESS") == "0",
                                 reason="COOPCALC_CHART_PROCESS=0 turns the chart process off")]


def request(fn, *args, theme=LIGHT, **kw) -> render.Request:
    return render.Request(fn, args, kw, "de", theme, True, 640, 400, 100.0, 100.0, "failed")


@pytest.mark.parametrize("fn, theme", [(charts.cost_per_partner, LIGHT), (charts.split_comparison, DARK),
                                       (charts.pool_waterfall, LIGHT)])
def test_a_chart_drawn_in_the_process_has_the_pixels_drawn_here(fn, theme):
    _s, a = example("twelve")
    req = request(fn, a, theme=theme)
    there = chart_process.draw(req)
    assert there is not None, "the chart process did not draw"
    here = render.rgba(req)
    assert there[1:] == here[1:] == (640, 400)
    assert np.array_equal(np.frombuffer(there[0], np.uint8), np.frombuffer(here[0], np.uint8))


def test_a_request_that_cannot_go_to_the_process_is_drawn_here():
    _s, a = example("five")

    def local(obj, fig=None, lang="en", theme=None):  # a nested function does not pickle
        return charts.cost_per_partner(obj, fig=fig, lang=lang, theme=theme)

    req = request(local, a)
    assert chart_process.draw(req) is None
    drawn = draw_figure(req)
    assert drawn.figure is not None and not drawn.image.isNull() and drawn.image.width() == 640


def test_a_process_that_died_is_replaced_and_nothing_is_lost():
    _s, a = example("five")
    req = request(charts.cost_per_partner, a)
    assert chart_process.draw(req) is not None
    for pid in list(chart_process._EXECUTOR._processes):  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)
    drawn = draw_figure(req)  # the dead process is noticed: drawn here
    assert not drawn.image.isNull()
    assert chart_process.draw(req) is not None  # and a new process draws the next one


def test_the_figure_of_a_chart_drawn_in_the_process_is_made_when_asked_for(qtbot):
    view = make_view(qtbot, "five")
    wait_charts(view)
    chart = view.savings.per_partner
    assert chart._unmade is not None  # drawn in the process: only pixels so far
    texts = " ".join(t.get_text() for t in chart.figure.findobj(Text))
    assert chart._unmade is None and chart.canvas.figure is chart.figure
    s, _a = example("five")
    assert any(p.name.split()[0] in texts for p in s.partners)
