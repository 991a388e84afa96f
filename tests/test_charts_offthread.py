"""Charts drawn off the GUI thread (ui.results.chart_canvas): the drawing a worker makes is the drawing
the GUI thread would make, the newest request wins, a hidden chart waits until shown, and what is
shown can be saved."""

from __future__ import annotations

from collections import Counter

import pytest
from matplotlib.text import Text
from PySide6.QtGui import QColor
from test_results_support import example, wait_charts

from coop_calc import charts

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def shown_chart(qtbot, size=(900, 500)):
    from ui.results.common import Chart

    chart = Chart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def artists(fig) -> Counter:
    return Counter(type(a).__name__ for a in fig.findobj())


@pytest.mark.parametrize("fn", [charts.cost_per_partner, charts.pool_waterfall, charts.without_partner,
                                charts.split_comparison])
def test_a_chart_drawn_off_thread_is_the_chart_drawn_on_thread(qtbot, fn):
    _, a = example("twelve")
    chart = shown_chart(qtbot)
    painted = []
    chart.painted.connect(lambda: painted.append(chart.figure))
    chart.draw(fn, a)
    assert chart.drawing  # on screen: handed to the worker, the GUI thread did not draw it
    wait_charts(chart)
    assert chart.is_current() and painted and painted[-1] is chart.figure
    assert chart.canvas.adopted
    off_texts, off_artists = texts(chart.figure), artists(chart.figure)
    off_size = tuple(chart.figure.get_size_inches())
    image = chart.canvas._image
    assert (image.width(), image.height()) == (chart.canvas.width(), chart.canvas.height())
    assert image.pixelColor(image.width() // 2, 2) == QColor("white")  # light background, nothing cut off
    chart.render()  # the same call drawn in this thread, into the same figure
    chart.figure.canvas.draw()
    assert not chart.canvas.adopted
    assert tuple(chart.figure.get_size_inches()) == pytest.approx(off_size)
    assert texts(chart.figure) == off_texts
    assert artists(chart.figure) == off_artists


def test_the_newest_request_wins(qtbot):
    _, five = example("five")
    _, twelve = example("twelve")
    chart = shown_chart(qtbot)
    assert five.scenario.n != twelve.scenario.n
    painted = []
    chart.painted.connect(lambda: painted.append(len(chart.figure.axes[0].get_yticklabels())))
    for analysis in (five, twelve, five, twelve, five, twelve):  # a burst of edits
        chart.draw(charts.without_partner, analysis)
    wait_charts(chart)
    assert chart.is_current()
    assert 1 <= len(painted) <= 2  # the one under way when the burst began, then only the newest
    assert painted[-1] == twelve.scenario.n  # one bar per partner of the newest pool
    chart.draw(charts.without_partner, five)
    chart.draw(charts.without_partner, twelve)
    chart.draw(charts.without_partner, five)  # the last word
    wait_charts(chart)
    assert len(chart.figure.axes[0].get_yticklabels()) == five.scenario.n


def test_a_hidden_chart_is_drawn_when_shown(qtbot):
    from ui.results.common import Chart

    _, a = example("five")
    chart = Chart()
    qtbot.addWidget(chart)
    chart.resize(700, 400)
    chart.draw(charts.pool_waterfall, a)
    assert not chart.drawing and not chart.is_current()  # nothing drawn while nobody looks
    chart.show()
    wait_charts(chart)
    assert chart.is_current() and chart.canvas.adopted
    assert any("pool" in t.lower() for t in texts(chart.figure))


def test_a_chart_drawn_off_thread_can_be_saved(qtbot, tmp_path):
    _, a = example("five")
    chart = shown_chart(qtbot)
    chart.draw(charts.cost_per_partner, a)
    wait_charts(chart)
    for ext in ("png", "svg", "pdf"):
        path = tmp_path / f"chart.{ext}"
        assert chart.save_as(str(path))
        assert path.stat().st_size > 1000
    assert a.savings.partners[0].name.split()[0] in (tmp_path / "chart.svg").read_text(encoding="utf-8") or \
        (tmp_path / "chart.svg").stat().st_size > 10_000  # svg.fonttype "path" draws text as outlines


def test_a_failing_figure_function_shows_a_message_not_an_error(qtbot):
    def broken(*_args, fig=None, lang="en"):
        raise ValueError("no data")

    chart = shown_chart(qtbot)
    chart.draw(broken)
    wait_charts(chart)
    assert chart.is_current()
    assert "This chart could not be drawn." in texts(chart.figure)


def test_a_cleared_chart_is_not_drawn_in_the_gui_thread(qtbot):
    from PySide6.QtWidgets import QApplication

    _, a = example("five")
    chart = shown_chart(qtbot)
    chart.draw(charts.pool_waterfall, a)
    wait_charts(chart)
    drawn_here = []
    chart.canvas.draw = lambda: drawn_here.append(1)  # a matplotlib draw in this (the GUI) thread
    chart.clear()
    chart.resize(700, 450)
    chart.canvas.repaint()
    QApplication.processEvents()
    assert not drawn_here and chart.is_current() and not chart.figure.axes
    image = chart.canvas.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("white")  # only the background
