"""Live risk and lazy result pages: after an edit the risk page shows new figures without Run (a first
estimate, then the refined run); the newest edit wins; stopping a refinement is quiet; hidden pages
are not redrawn until shown."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QLocale, Qt
from test_results_support import example, make_view, wait_charts

from coop_calc.risk.simulate import simulate
from ui.results.risk import risk_signature

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def edited(s, factor: float):
    """The scenario with every partner's drop-out probability scaled (changes the risk figures)."""
    return dataclasses.replace(s, partners=tuple(dataclasses.replace(p, dropout_probability=p.dropout_probability
                                                                     * factor) for p in s.partners))


def settle(qtbot, view):
    qtbot.waitUntil(lambda: not view.risk.run_bar.running and not view.risk.run_bar.runner.busy, timeout=60_000)


def test_an_edit_shows_new_risk_figures_without_pressing_run(qtbot):
    view = make_view(qtbot)
    view.set_current_page(4)
    page, bar = view.risk, view.risk.run_bar
    assert bar.live.isChecked()
    bar.trials.setValue(8192)
    settle(qtbot, view)
    s, a = example("five")
    new = edited(s, 0.5)
    updates = []
    view.riskUpdated.connect(lambda r, sc, final: updates.append((r, sc, final)))
    view.set_results(new, a)
    # never the old pool's figures under the edit: no table, no charts until the estimate arrives
    assert page.model.rowCount() == 0 and page.hist._call is None and "changed pool" in page.state.text()
    qtbot.waitUntil(lambda: any(not f for _, _, f in updates), timeout=30_000)
    first = next(r for r, _, f in updates if not f)
    assert first.trials == 4096 and first.expected_pooled_cost is None
    qtbot.waitUntil(lambda: any(f for _, _, f in updates), timeout=60_000)
    final = next(r for r, _, f in updates if f)
    assert page.result is final and not page.provisional and final.trials == 8192
    assert risk_signature(page.result_scenario) == risk_signature(new)
    # the refined figures are those of one run of 8,192 trials
    one = simulate(new, trials=8192, sampling=bar.sampling.currentData())
    assert [x["p_loss"] for x in final.pooled] == [x["p_loss"] for x in one.pooled]
    assert "8,192" in page.state.text() and page.model.rowCount() == s.n + 1


def test_two_quick_edits_show_only_the_newest_result(qtbot):
    view = make_view(qtbot)
    view.set_current_page(4)
    page, bar = view.risk, view.risk.run_bar
    bar.trials.setValue(8192)
    settle(qtbot, view)
    s, a = example("five")
    older, newer = edited(s, 0.5), edited(s, 0.25)
    seen = []
    view.riskUpdated.connect(lambda r, sc, final: seen.append(sc))
    view.set_results(older, a)
    view.set_results(newer, a)
    settle(qtbot, view)
    assert seen and all(sc is newer for sc in seen)
    assert page.result_scenario is newer and not page.is_stale()


def test_an_edit_stops_the_refinement_quietly(qtbot):
    view = make_view(qtbot)
    view.set_current_page(4)
    page, bar = view.risk, view.risk.run_bar
    bar.trials.setValue(2_000_000)  # a refinement of minutes
    s, a = example("five")
    new = edited(s, 0.5)
    view.set_results(new, a)
    qtbot.waitUntil(lambda: page.provisional and page.result_scenario is new, timeout=30_000)
    assert bar.running and bar.cancel_button.isEnabled()
    failures = []
    bar.failed.connect(failures.append)
    newest = edited(s, 0.25)
    view.set_results(newest, a)  # stops the refinement of `new`
    qtbot.waitUntil(lambda: page.provisional and page.result_scenario is newest, timeout=30_000)
    bar.cancel()  # and the user stops the newest one
    qtbot.waitUntil(lambda: not bar.runner.busy, timeout=30_000)
    qtbot.wait(100)  # late messages of the stopped runs, if any, would arrive now
    assert not failures and "could not" not in bar.status.text()
    assert page.result_scenario is newest and page.result.trials == 4096
    assert not bar.running and bar.bar.isHidden()
    assert "refining" not in page.state.text() and "4,096" in page.state.text()


def test_a_hidden_page_is_not_redrawn_until_shown(qtbot):
    view = make_view(qtbot)
    view.set_current_page(0)
    s, a = example("five")
    coalitions, risk = view.coalitions, view.risk
    drawn = {"coalitions": 0, "charts": 0}
    original = coalitions.refresh

    def counting():
        drawn["coalitions"] += 1
        original()

    coalitions.refresh = counting
    split_chart = view.splits.chart
    split_draw = split_chart._draw_off_thread  # on screen, a chart is drawn by the chart worker

    def counting_draw():
        drawn["charts"] += 1
        split_draw()

    split_chart._draw_off_thread = counting_draw
    split_chart.render = lambda: pytest.fail("a chart on screen is drawn off the GUI thread")
    risk_renders = []
    hist_draw = risk.hist._draw_off_thread
    risk.hist._draw_off_thread = lambda: (risk_renders.append(1), hist_draw())
    for factor in (0.9, 0.8, 0.7):
        view.set_results(edited(s, factor), a)
    assert drawn == {"coalitions": 0, "charts": 0} and not risk_renders  # none of them is on screen
    assert not risk.run_bar.running  # live risk waits until its page is shown
    view.set_current_page(view.pages.index(coalitions))
    assert drawn["coalitions"] == 1 and coalitions.scenario is view.scenario
    view.set_current_page(view.pages.index(view.splits))
    assert drawn["charts"] == 1
    view.set_current_page(4)
    assert risk.scenario is view.scenario and risk.run_bar.running  # simulating the pool now on screen


def test_the_trials_box_follows_the_interface_language(qtbot):
    view = make_view(qtbot)
    bar = view.risk.run_bar
    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        bar.retranslate()
        bar.trials.setValue(10_000)
        assert bar.trials.text() == "10.000"
    finally:
        QLocale.setDefault(old)
        bar.retranslate()


def test_a_pool_the_simulation_refuses_shows_the_reason_instead_of_figures(qtbot):
    view = make_view(qtbot)
    view.set_current_page(4)
    settle(qtbot, view)
    s, a = example("five")
    certain = dataclasses.replace(s, partners=(dataclasses.replace(s.partners[0], dropout_probability=1.0),
                                               *s.partners[1:]))
    view.set_results(certain, a)
    settle(qtbot, view)
    page = view.risk
    assert "certainty" in page.state.text() and page.model.rowCount() == 0


def test_live_risk_runs_until_the_precision_target_holds(qtbot):
    from coop_calc.risk.precision import Precision

    view = make_view(qtbot)
    view.set_current_page(4)
    page, bar = view.risk, view.risk.run_bar
    settle(qtbot, view)
    bar.trials.setValue(400_000)  # the cap
    bar.precise_pp.setValue(2.0)
    with qtbot.waitSignal(view.riskChanged, timeout=60_000) as got:
        bar.precise.setChecked(True)  # simulates again with the target
    result = got.args[0]
    assert 4096 < result.trials < 400_000 and result.precision["target_reached"]
    assert "Target reached" in bar.status.text()
    s, _ = example("five")
    one = simulate(s, trials=400_000, sampling=bar.sampling.currentData(), precision=Precision(p_loss=0.02, mean=0.01))
    assert one.trials == result.trials and [x["p_loss"] for x in one.pooled] == [x["p_loss"] for x in result.pooled]
    assert page.result is result


def test_a_first_estimate_can_leave_out_the_tornado_ranking_without_changing_other_figures():
    from coop_calc.risk.run import RiskRun

    s, _ = example("five")
    run = RiskRun(s)
    run.advance(4096)
    quick, full = run.result(exact_shares=False, sensitivity=False), run.result(exact_shares=False)
    assert quick.sensitivity == {} and full.sensitivity["pool"]
    assert quick.pooled == full.pooled and quick.pool_standalone == full.pool_standalone


def test_a_chart_asked_again_for_the_same_figure_is_not_redrawn(qtbot):
    """A page refreshed again with the very same result draws nothing again; a new result object,
    other options or a mutable argument (which may have changed) draw again."""
    from ui.results.common import Chart

    calls = []

    def fn(obj, fig=None, lang="en", theme=None, who=None):
        calls.append((obj, who))
        fig.clear()

    chart = Chart()
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    res = object()

    def draw(*args, **kw):  # one request at a time (a burst keeps only the newest: test_charts_offthread)
        chart.draw(fn, *args, **kw)
        wait_charts(chart)

    draw(res, who=1)
    draw(res, who=1)
    assert len(calls) == 1
    draw(res, who=2)
    draw(object(), who=2)
    assert len(calls) == 3
    rows = [1, 2]
    draw(rows)
    draw(rows)
    assert len(calls) == 5
    chart.clear()
    draw(res, who=2)
    assert len(calls) == 6


def test_the_refinement_waits_until_the_first_estimate_is_on_screen(qtbot, monkeypatch):
    """Live risk refines only once the page says its first estimate (charts included) is on screen,
    so that the refinement does not compete with drawing it; a stop ends the wait at once."""
    import threading

    from ui.results import risk_run

    monkeypatch.setattr(risk_run, "SHOWN_WAIT", 60.0)  # only the page's word ends the wait here
    s, _ = example("five")
    for stop_instead in (False, True):
        progress, stop = risk_run._Progress(1), threading.Event()
        estimated = threading.Event()
        progress.first.connect(lambda *_a: estimated.set(), type=Qt.ConnectionType.DirectConnection)
        refined = []
        progress.changed.connect(lambda *_a: refined.append(1), type=Qt.ConnectionType.DirectConnection)
        out: list = []

        def work(progress=progress, stop=stop, out=out):
            try:
                out.append(risk_run._live(s, 3 * risk_run.FIRST, "lhs", stop, progress))
            except risk_run.Cancelled:
                out.append("stopped")

        worker = threading.Thread(target=work)
        worker.start()
        assert estimated.wait(60)
        worker.join(0.5)
        assert worker.is_alive() and not refined and not out  # waiting for the page, not simulating on
        (stop.set if stop_instead else progress.shown.set)()
        worker.join(60)
        assert not worker.is_alive()
        if stop_instead:
            assert out == ["stopped"] and not refined
        else:
            assert refined and out[0][0].trials == 3 * risk_run.FIRST
