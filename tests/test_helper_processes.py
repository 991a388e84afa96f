"""The helper processes. A result chart drawn there has exactly the pixels of one drawn in the window's
own process; a request that cannot go there, or a process that died, is drawn in the calling thread;
the figure of a chart drawn there is made when it is asked for, with the same texts. An analysis made
there equals one made here, is this very scenario's, and an engine refusal arrives as itself."""

from __future__ import annotations

import dataclasses
import os
import signal

import numpy as np
import pytest
from matplotlib.text import Text
from test_results_support import example, make_view, wait_charts

from coop_calc import charts
from coop_calc.charts import render
from coop_calc.charts.theme import DARK, LIGHT
from ui.processes import ANALYSES, CHARTS, Unavailable, analysed
from ui.results.chart_canvas import draw_figure

pytestmark = [pytest.mark.filterwarnings("ignore:constrained_layout not applied"),
              pytest.mark.skipif(os.environ.get("COOPCALC_PROCESSES") == "0",
                                 reason="COOPCALC_PROCESSES=0 turns the helper processes off")]


@pytest.fixture(autouse=True)
def started():
    """The helper processes take calls (until they have started, calls are made in the caller's thread)."""
    assert CHARTS.wait_ready(60) and ANALYSES.wait_ready(60)


def request(fn, *args, theme=LIGHT, **kw) -> render.Request:
    return render.Request(fn, args, kw, "de", theme, True, 640, 400, 100.0, 100.0, "failed")


@pytest.mark.parametrize("fn, theme", [(charts.cost_per_partner, LIGHT), (charts.split_comparison, DARK),
                                       (charts.pool_waterfall, LIGHT)])
def test_a_chart_drawn_in_the_process_has_the_pixels_drawn_here(fn, theme):
    _s, a = example("twelve")
    req = request(fn, a, theme=theme)
    there = CHARTS.call(render.rgba, req)
    here = render.rgba(req)
    assert there[1:] == here[1:] == (640, 400)
    assert np.array_equal(np.frombuffer(there[0], np.uint8), np.frombuffer(here[0], np.uint8))


def test_a_request_that_cannot_go_to_the_process_is_drawn_here():
    _s, a = example("five")

    def local(obj, fig=None, lang="en", theme=None):  # a nested function does not pickle
        return charts.cost_per_partner(obj, fig=fig, lang=lang, theme=theme)

    req = request(local, a)
    with pytest.raises(Unavailable):
        CHARTS.call(render.rgba, req)
    drawn = draw_figure(req)
    assert drawn.figure is not None and not drawn.image.isNull() and drawn.image.width() == 640


def test_a_process_that_died_is_replaced_and_nothing_is_lost():
    _s, a = example("five")
    req = request(charts.cost_per_partner, a)
    assert CHARTS.call(render.rgba, req)[1:] == (640, 400)
    for pid in CHARTS.pids():
        os.kill(pid, signal.SIGKILL)
    drawn = draw_figure(req)  # the dead process is noticed: drawn here
    assert not drawn.image.isNull() and drawn.figure is not None
    assert draw_figure(req).figure is not None  # drawn here while the new process starts
    assert CHARTS.wait_ready(60)
    assert CHARTS.call(render.rgba, req)[1:] == (640, 400)  # and the new process draws the next one


def test_the_figure_of_a_chart_drawn_in_the_process_is_made_when_asked_for(qtbot):
    view = make_view(qtbot, "five")
    wait_charts(view)
    chart = view.savings.per_partner
    assert chart._unmade is not None  # drawn in the process: only pixels so far
    texts = " ".join(t.get_text() for t in chart.figure.findobj(Text))
    assert chart._unmade is None and chart.canvas.figure is chart.figure
    s, _a = example("five")
    assert any(p.name.split()[0] in texts for p in s.partners)


def test_an_analysis_made_in_the_process_equals_one_made_here_and_is_this_scenarios():
    from coop_calc.analysis import _analyse

    s, _a = example("twelve")
    s = dataclasses.replace(s)  # a scenario not analysed before
    there = analysed(s)
    here = _analyse(s, None, None)
    assert there.scenario is s and analysed(s) is there  # adopted: asked again, given again
    assert there.savings == here.savings
    assert np.array_equal(there.costs, here.costs)
    for rule, split in here.splits.splits.items():
        assert np.array_equal(there.splits.splits[rule].savings, split.savings), rule
    quick = analysed(s, rules=[s.sharing.rule])
    assert quick.scenario is s and list(quick.splits.splits) == [s.sharing.rule]
    assert ANALYSES.pids(), "the analysis was not made in the analysis process"


def test_an_engine_refusal_in_the_process_arrives_as_itself():
    from coop_calc.errors import ValidationError

    s, _a = example("five")
    unpriced = dataclasses.replace(s, quotes=())  # nothing can be bought
    with pytest.raises(ValidationError) as there:
        analysed(unpriced)
    from coop_calc.analysis import analyse
    with pytest.raises(ValidationError) as here:
        analyse(unpriced)
    assert there.value.problems == here.value.problems
