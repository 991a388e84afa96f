"""The Advice page: computed off the GUI thread when shown, the division and the targets on screen,
the sweep with progress and Cancel; and the advise command line."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from test_results_support import example, make_view, wait_charts

from coop_calc.cli import main
from ui.results.common import RAW

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def _advice_page(qtbot, view):
    view.set_current_page(view.pages.index(view.advice))
    qtbot.waitUntil(lambda: view.advice.doc is not None and not view.advice.runner.busy, timeout=60_000)
    wait_charts(view.advice)  # drawn off the GUI thread, a moment after the tables
    return view.advice


def test_advice_page_shows_the_division_and_what_to_ask(qtbot):
    view = make_view(qtbot, "five")
    page = _advice_page(qtbot, view)
    s, _ = example("five")
    assert page.summary.text().startswith("Keep the single pool")
    assert page.chart.figure.axes
    m = page.groups_model
    assert m.rowCount() == 2  # the recommended division (the single pool) and the single pool row
    assert m.data(m.index(1, 2), RAW) == page.doc["structure"]["grand_pool_net_savings"]
    t = page.targets_model
    assert t.rowCount() == sum(len(it["quotes"]) for it in page.doc["negotiation"])
    assert t.data(t.index(0, 0)) == page.doc["negotiation"][0]["name"]
    page.targets_table.selectRow(0)
    assert "per unit" in page.explanation.text()
    c = page.commit_model
    assert c.rowCount() == s.n
    assert "per pair" in page.thresholds.text()


def test_sweep_runs_with_progress_and_cancel_keeps_the_previous_chart(qtbot):
    view = make_view(qtbot, "five")
    page = _advice_page(qtbot, view)
    sw = page.sweep
    sw.first.combo.setCurrentIndex(sw.first.combo.findData("per_pair"))
    sw.first.steps.setValue(3)
    sw.second.combo.setCurrentIndex(0)  # none
    sw.run()
    assert sw.running and not sw.bar.isHidden()
    qtbot.waitUntil(lambda: not sw.running, timeout=120_000)
    assert sw.result is not None and sw.result.grand_net_savings.shape == (3,)
    assert sw.status.text() == "Done."
    before = sw.result
    sw.second.combo.setCurrentIndex(sw.second.combo.findData(f"volume:{example('five')[0].partners[0].id}"))
    sw.run()
    sw.cancel()
    assert not sw.running and "Cancelled" in sw.status.text()
    sw.runner.wait(120_000)
    assert sw.result is before


def test_advise_command_json(capsys):
    assert main(["advise", str(EXAMPLES / "five-partner-pool.coop.json"), "--json", "--no-thresholds"]) == 0
    d = json.loads(capsys.readouterr().out)
    st = d["structure"]
    assert d["format"] == "coop-calc/advise" and d["thresholds"] is None
    assert st["groups"] == [[p["id"] for p in d["partners"]]]
    assert st["net_savings"] == st["grand_pool_net_savings"] == 1858950.0
    assert st["details"][0]["stable"] is True
    assert {it["item"] for it in d["negotiation"]} and all("quotes" in it for it in d["negotiation"])
    assert len(d["commitment"]) == len(d["partners"])


def test_advise_command_refuses_a_bad_sweep(capsys):
    assert main(["advise", str(EXAMPLES / "five-partner-pool.coop.json"), "--sweep", "per_pair=0:10"]) == 1
    assert "FROM:TO:STEPS" in capsys.readouterr().err
    assert main(["advise", str(EXAMPLES / "five-partner-pool.coop.json"), "--sweep", "volume:nobody=0:1:3"]) == 1
    assert "no partner" in capsys.readouterr().err


def test_advise_command_threshold_search(capsys):
    from coop_calc.advice import apply_axis, evaluate
    from coop_calc.scenario_io import load_scenario

    path = EXAMPLES / "five-partner-pool.coop.json"
    assert main(["advise", str(path), "--json", "--no-thresholds", "--threshold", "per_pair=0:30000"]) == 0
    found = json.loads(capsys.readouterr().out)["threshold_search"]
    assert len(found) == 1 and found[0]["pays_off_switch"] is None
    x = found[0]["stable_switch"]
    s = load_scenario(path)
    assert evaluate(apply_axis(s, "per_pair", x * 0.99)).grand_stable
    assert not evaluate(apply_axis(s, "per_pair", x * 1.01)).grand_stable
    assert main(["advise", str(path), "--threshold", "per_pair=5:1"]) == 1
