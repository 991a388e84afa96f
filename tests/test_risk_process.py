"""The risk page's simulation in the risk helper process (ui/results/risk_steps.py): the same figures
as one run in the window's process, first estimate and refinement alike, with or without a precision
target; Cancel stops the step running there; a newer run takes the process over and an older one goes
on in its own thread; a process that died loses nothing; an engine refusal arrives as itself."""

from __future__ import annotations

import dataclasses
import os
import signal
import threading

import pytest
from test_results_support import example

from coop_calc.errors import ValidationError
from coop_calc.risk import steps
from coop_calc.risk.precision import Precision
from coop_calc.risk.run import Cancelled, RiskRun
from coop_calc.risk.sampling import BLOCK
from coop_calc.risk.simulate import simulate
from ui.processes import RISK
from ui.results.risk_steps import SteppedRun, new_key, stop_all

pytestmark = pytest.mark.skipif(os.environ.get("COOPCALC_PROCESSES") == "0",
                                reason="COOPCALC_PROCESSES=0 turns the helper processes off")


@pytest.fixture(autouse=True)
def started():
    assert RISK.wait_ready(60)


def figures(result) -> dict:
    out = dataclasses.asdict(result)
    out.pop("seconds")
    return out


def test_a_run_made_in_the_process_has_the_figures_of_one_made_here():
    s, _ = example("twelve")
    run = SteppedRun(new_key(), s, "lhs", threading.Event())
    run.advance(BLOCK)
    first = run.result(exact_shares=False, sensitivity=False)
    reports: list[float] = []
    run.advance(5 * BLOCK + 100, progress=reports.append)
    refined = run.result(last=True)
    assert run.here is None  # made there, not here
    here = RiskRun(s, sampling="lhs")
    here.advance(BLOCK)
    assert figures(first) == figures(here.result(exact_shares=False, sensitivity=False))
    assert figures(refined) == figures(simulate(s, trials=5 * BLOCK + 100, sampling="lhs"))
    assert reports == sorted(reports) and reports[-1] == 1.0 and len(reports) == 5


def test_a_precision_target_stops_the_run_in_the_process_where_it_stops_here():
    s, _ = example("twelve")
    target = Precision(p_loss=0.01, mean=0.05)
    run = SteppedRun(new_key(), s, "lhs", threading.Event())
    run.advance(BLOCK)
    assert run.advance(400_000, target=target)
    there = run.result(last=True)
    here = simulate(s, trials=400_000, sampling="lhs", precision=target)
    assert there.trials == here.trials < 400_000
    assert there.precision == here.precision and there.precision["stopped_by"] == "target"
    assert figures(there) == figures(here)


def test_cancel_stops_the_step_running_in_the_process():
    s, _ = example("twelve")
    key = new_key()
    SteppedRun(key, s, None, threading.Event())
    out: list = []

    def step():  # one step of five million trials: minutes, unless stopped
        try:
            out.append(RISK.call(steps.advance, key, 5_000_000, None, BLOCK))
        except Cancelled:
            out.append("stopped")

    worker = threading.Thread(target=step)
    worker.start()
    worker.join(0.5)
    stop_all()
    worker.join(60)
    assert not worker.is_alive() and out == ["stopped"]


def test_a_newer_run_takes_the_process_and_the_older_goes_on_here():
    s, _ = example("twelve")
    older = SteppedRun(new_key(), s, None, threading.Event())
    older.advance(BLOCK)
    newer = SteppedRun(new_key(), s, None, threading.Event())  # another window's run, say
    older.advance(3 * BLOCK)
    assert older.here is not None and older.done == 3 * BLOCK  # the trials done there were replayed here
    newer.advance(3 * BLOCK)
    assert newer.here is None
    expected = figures(simulate(s, trials=3 * BLOCK))
    assert figures(older.result()) == figures(newer.result(last=True)) == expected


def test_a_run_whose_process_died_goes_on_here_with_the_same_figures():
    s, _ = example("five")
    run = SteppedRun(new_key(), s, None, threading.Event())
    run.advance(2 * BLOCK)
    for pid in RISK.pids():
        os.kill(pid, signal.SIGKILL)
    run.advance(4 * BLOCK)
    assert run.here is not None
    assert figures(run.result()) == figures(simulate(s, trials=4 * BLOCK))
    assert RISK.wait_ready(60)  # a new process takes the next run
    again = SteppedRun(new_key(), s, None, threading.Event())
    again.advance(BLOCK)
    assert again.here is None


def test_an_engine_refusal_in_the_process_arrives_as_itself():
    s, _ = example("five")
    p = s.partners[0]
    gone = dataclasses.replace(s, partners=(dataclasses.replace(p, dropout_probability=1.0), *s.partners[1:]))
    with pytest.raises(ValidationError) as there:
        SteppedRun(new_key(), gone, None, threading.Event())
    with pytest.raises(ValidationError) as here:
        RiskRun(gone)
    assert str(there.value) == str(here.value)
    assert p.name in str(there.value)


def test_a_cancelled_run_raises_cancelled_and_sends_nothing_more():
    s, _ = example("five")
    stop = threading.Event()
    run = SteppedRun(new_key(), s, None, stop)
    reports: list[float] = []

    def report(fraction: float) -> None:
        reports.append(fraction)
        stop.set()

    with pytest.raises(Cancelled):
        run.advance(50 * BLOCK, progress=report)
    assert len(reports) == 1
    with pytest.raises(Cancelled):
        run.result()


def test_the_risk_pages_live_risk_is_simulated_in_the_process(qtbot, monkeypatch):
    """With the process started, the page's first estimate and refinement are made there, with the
    figures of one run made here."""
    from test_results_support import make_view

    from ui.results import risk_run

    runs: list[SteppedRun] = []

    class Recorded(SteppedRun):
        def __init__(self, *args):
            super().__init__(*args)
            runs.append(self)

    monkeypatch.setattr(risk_run, "SteppedRun", Recorded)
    view = make_view(qtbot)
    view.set_current_page(4)
    bar = view.risk.run_bar
    bar.trials.setValue(3 * BLOCK)
    s, a = example("twelve")
    final = []
    view.riskUpdated.connect(lambda r, sc, done: final.append(r) if done and sc is s else None)
    view.set_results(s, a)
    qtbot.waitUntil(lambda: bool(final), timeout=60_000)
    assert runs and runs[-1].here is None and runs[-1].done == 3 * BLOCK
    assert figures(final[-1]) == figures(simulate(s, trials=3 * BLOCK, sampling=bar.sampling.currentData()))
