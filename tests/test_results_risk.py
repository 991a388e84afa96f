"""The risk page: a run shows every partner's figures with standard errors; Cancel stops a running
simulation promptly and leaves the previous results on screen."""

from __future__ import annotations

import dataclasses

import pytest
from matplotlib.text import Text
from PySide6.QtCore import Qt
from test_results_support import example, make_view, wait_charts, widget_texts

from ui.results.common import RAW

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def run(qtbot, view, trials: int):
    bar = view.risk.run_bar
    bar.trials.setValue(trials)
    with qtbot.waitSignal(view.riskChanged, timeout=30_000) as got:
        bar.run()
    return got.args[0]


def test_a_run_shows_each_partners_risk_with_standard_errors(qtbot):
    view = make_view(qtbot)
    view.set_current_page(4)
    s, a = example("five")
    result = run(qtbot, view, 2000)
    page = view.risk
    assert page.model.rowCount() == s.n + 1
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    alone, pooled = headers.index("Loss risk\nalone"), headers.index("Loss risk\nin the pool")
    for i in range(s.n):
        assert page.model.data(page.model.index(i, alone), RAW) == pytest.approx(result.standalone[i]["p_loss"])
        assert page.model.data(page.model.index(i, pooled), RAW) == pytest.approx(result.pooled[i]["p_loss"])
        if 0 < result.pooled[i]["p_loss"] < 1:
            assert "±" in page.model.data(page.model.index(i, pooled))
    assert "2,000 trials" in page.precision.text() and "percentage points" in page.precision.text()
    assert page.who.count() == s.n + 1
    page.who.setCurrentIndex(2)
    wait_charts(page.scurve)  # drawn off the GUI thread, a moment after the table
    assert any(s.partners[1].name in t.get_text().replace("\n", " ") for t in page.scurve.figure.findobj(Text))
    assert "not simulated" not in " ".join(widget_texts(view.comparison))


def test_cancel_stops_the_simulation_promptly_and_keeps_the_previous_results(qtbot):
    view = make_view(qtbot)
    view.set_current_page(4)
    first = run(qtbot, view, 1000)
    page, bar = view.risk, view.risk.run_bar
    table_before = [page.model.data(page.model.index(r, 5)) for r in range(page.model.rowCount())]
    progress = []
    bar.trials.setValue(3_000_000)  # minutes of work if nothing stopped it
    bar.bar.valueChanged.connect(progress.append)
    bar.run()
    assert bar.running and bar.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: any(v > 0 for v in progress), timeout=20_000)  # the worker is mid-run
    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert not bar.running and bar.run_button.isEnabled()
    # the worker itself stops (long before the minutes the run would take; bench/bench_cancel.py times it)
    qtbot.waitUntil(lambda: not bar.runner.busy, timeout=30_000)
    assert page.result is first
    assert [page.model.data(page.model.index(r, 5)) for r in range(page.model.rowCount())] == table_before
    assert "Cancelled" in bar.status.text()
    second = run(qtbot, view, 500)  # and the page still runs afterwards
    assert page.result is second and second.trials == 500


def test_results_from_before_an_edit_are_marked_as_such(qtbot):
    view = make_view(qtbot)
    view.set_current_page(4)
    view.risk.run_bar.live.setChecked(False)  # live risk would replace them (tests/test_results_live_risk.py)
    s, a = example("five")
    run(qtbot, view, 500)
    assert "before the last change" not in view.risk.state.text()
    renamed = dataclasses.replace(s, meta=dataclasses.replace(s.meta, name="Renamed pool"))
    view.set_results(renamed, a)
    assert "before the last change" not in view.risk.state.text()  # a name does not change the risk
    fewer = dataclasses.replace(s, partners=tuple(dataclasses.replace(p, dropout_probability=0.5)
                                                  for p in s.partners))
    view.set_results(fewer, a)
    assert "before the last change" in view.risk.state.text()



def test_shutdown_stops_a_running_simulation(qtbot):
    view = make_view(qtbot)
    bar = view.risk.run_bar
    bar.trials.setValue(3_000_000)
    progress = []
    bar.bar.valueChanged.connect(progress.append)
    bar.run()
    qtbot.waitUntil(lambda: any(v > 0 for v in progress), timeout=20_000)
    view.shutdown()  # returns once the workers have stopped (bench/bench_cancel.py times it)
    assert not bar.running and bar.runner.wait(0)  # the worker thread is idle
