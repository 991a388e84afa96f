"""The Monte Carlo risk engine against analytic oracles."""

import json
import math
from dataclasses import replace

import pytest
from builders import quote, scenario

from coop_calc.cli import main
from coop_calc.model import Item, ItemRisk, RiskSettings
from coop_calc.risk.distribution_json import parse_distribution
from coop_calc.risk.simulate import Cancelled, simulate
from coop_calc.scenario_io import load_scenario


def dist(obj):
    return parse_distribution(obj, "test")


def risk(benefit=0.0, opex=0.0, residual=0.0, util=1.0, esc=0.0, fp=0.0, loss=1.0, scope="common"):
    return ItemRisk(annual_benefit=dist(benefit), annual_operating_cost=dist(opex), residual_value=dist(residual),
                    utilisation=dist(util), price_escalation=dist(esc), failure_probability=fp,
                    failure_loss=dist(loss), failure_scope=scope)


def annuity(r, life):
    return (1 - (1 + r) ** -life) / r


def one_partner(item_risk, rate=0.08, life=5.0, need=4, price=1000.0, fee=0.0, trials=20_000, sampling="lhs"):
    s = scenario({"A": {"x": need}}, [quote("q", "x", [(1, price)], fee=fee)],
                 items=[Item(id="x", name="x", useful_life_years=life, risk=item_risk)])
    return replace(s, risk=RiskSettings(discount_rate=dist(rate), trials=trials, seed=3, sampling=sampling))


def test_deterministic_npv_equals_the_closed_form():
    s = one_partner(risk(benefit=500.0, opex=40.0, residual=0.1, util=0.9, esc=0.05), fee=200.0)
    res = simulate(s, trials=10)
    a = annuity(0.08, 5)
    cost = 4 * 1000.0 + 200.0
    expected = 4 * 0.9 * 500 * a - cost * 1.05 - 4 * 40 * a + 0.1 * cost * 1.05 * 1.08 ** -5
    assert res.standalone[0]["mean_npv"] == pytest.approx(expected, rel=1e-12)
    assert res.standalone[0]["p_loss"] == (1.0 if expected < 0 else 0.0)


def test_expected_npv_with_uncertain_benefit_and_failure_event():
    s = one_partner(risk(benefit={"type": "pert", "low": 200, "mode": 500, "high": 1100}, fp=0.2, loss=0.5),
                    trials=100_000, sampling="sobol")
    res = simulate(s)
    a = annuity(0.08, 5)
    mean_benefit = (200 + 4 * 500 + 1100) / 6
    expected = 4 * mean_benefit * (1 - 0.2 * 0.5) * a - 4000.0
    got = res.standalone[0]
    assert abs(got["mean_npv"] - expected) < 4 * got["stderr_mean"] + 1e-9


def test_fixed_cost_is_re_split_among_the_partners_who_stay():
    # five partners, one shared order with a 100,000 fixed fee, each leaves with probability 0.1:
    # a partner who stays pays E[100,000 / K | it stays], K = 1 + Binomial(4, 0.9) — 22,222.00 = (1 − 0.1⁵) · 100,000 / (5 · 0.9), not 100,000 / 4.6
    s = scenario({p: {"x": 1} for p in "ABCDE"}, [quote("q", "x", [(1, 0.0)], fee=100_000.0)],
                 items=[Item(id="x", name="x", risk=risk())], rule="shapley")
    s = replace(s, partners=tuple(replace(p, dropout_probability=0.1) for p in s.partners),
                risk=RiskSettings(discount_rate=dist(0.05), trials=200_000, seed=1, sampling="plain"))
    res = simulate(s)
    exact = sum(math.comb(4, j) * 0.9 ** j * 0.1 ** (4 - j) * 100_000 / (1 + j) for j in range(5))
    assert exact == pytest.approx(22_222.00, abs=1e-6)
    assert res.expected_pooled_cost == pytest.approx([exact] * 5, rel=1e-12)
    for i in range(5):
        pooled = res.pooled[i]
        assert abs(-pooled["mean_npv"] - exact) < 4 * pooled["stderr_mean"]
        assert abs(-pooled["mean_npv"] - 100_000 / 4.6) > 4 * pooled["stderr_mean"]
        assert res.standalone[i]["mean_npv"] == pytest.approx(-100_000.0)


def test_same_seed_same_result_whatever_the_chunk_size(five_pool_path):
    s = load_scenario(five_pool_path)
    a = simulate(s, trials=5000, chunk=5000)
    b = simulate(s, trials=5000, chunk=777)
    assert a.standalone == b.standalone and a.pooled == b.pooled and a.pool_pooled == b.pool_pooled
    c = simulate(s, trials=5000, seed=s.risk.seed + 1)
    assert c.pooled != a.pooled


def test_cancel_stops_the_run(five_pool_path):
    s = load_scenario(five_pool_path)
    calls = []
    with pytest.raises(Cancelled):
        simulate(s, trials=100_000, chunk=2000, progress=calls.append, cancelled=lambda: len(calls) >= 2)
    assert len(calls) == 2


def test_cancel_stops_making_a_result_and_the_run_stays_usable(five_pool_path):
    """Making a result (tornado ranking, coalition shares: a few hundred ms for ten partners) asks
    cancelled() between its parts too."""
    from coop_calc.risk.run import RiskRun

    s = load_scenario(five_pool_path)
    run = RiskRun(s)
    run.advance(8192)
    asked = []
    for stop_after in (1, 2, 4):
        asked.clear()
        with pytest.raises(Cancelled):
            run.result(cancelled=lambda n=stop_after: asked.append(1) or len(asked) >= n)
    assert run.done == 8192
    res = run.result(cancelled=lambda: False)
    assert res.trials == 8192 and res.expected_pooled_cost is not None and res.sensitivity["pool"]
    assert res.standalone == simulate(s, trials=8192).standalone


def test_pooling_the_example_lowers_each_partners_cost_and_risk(five_pool_path):
    res = simulate(load_scenario(five_pool_path), trials=8192)
    for i in range(5):
        assert res.pooled[i]["mean_npv"] > res.standalone[i]["mean_npv"]
        assert res.pooled[i]["cvar95"] < res.standalone[i]["cvar95"]
    assert res.correlation is not None
    for pair in res.correlation["pairs"]:
        assert abs(pair["achieved"] - pair["target"]) < 0.05
    top = res.sensitivity["pool"][0]
    assert {"input", "rho"} <= set(top)


def test_risk_command_json(five_pool_path, capsys):
    assert main(["risk", str(five_pool_path), "--trials", "2000", "--seed", "5", "--sampling", "sobol",
                 "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["trials"] == 2000 and doc["sampling"] == "sobol"
    for p in doc["partners"]:
        for world in ("standalone", "pooled"):
            assert {"mean_npv", "p_loss", "var95", "cvar95", "p5", "p50", "p95", "stderr_mean"} <= set(p[world])


def test_missing_risk_inputs_are_reported():
    s = scenario({"A": {"x": 1}}, [quote("q", "x", [(1, 10)])])
    with pytest.raises(Exception, match="needs its risk inputs"):
        simulate(s, trials=10)


# ---- reproducibility, steps, precision target, degenerate pools --------------------------------

def _strip(res):
    d = res.to_dict()
    d.pop("seconds")
    return d


@pytest.mark.parametrize("sampling", ["plain", "lhs", "sobol"])
def test_bit_identical_for_any_chunk_steps_and_threads(five_pool_path, sampling, monkeypatch):
    from coop_calc.risk import model as model_mod
    from coop_calc.risk.run import RiskRun

    s = load_scenario(five_pool_path)
    want = _strip(simulate(s, trials=13_000, seed=4, sampling=sampling, chunk=4096))
    assert _strip(simulate(s, trials=13_000, seed=4, sampling=sampling, chunk=50_000)) == want
    run = RiskRun(s, seed=4, sampling=sampling)
    for upto, chunk in ((3000, 777), (4096, 4096), (9000, 12_288), (13_000, 1)):
        run.advance(upto, chunk=chunk)
        run.result()  # a look at the figures in between changes nothing
    assert _strip(run.result()) == want
    monkeypatch.setattr(model_mod, "PARALLEL_MIN_VALUES", 0)  # the inverse CDFs on two threads …
    monkeypatch.setattr(model_mod.os, "cpu_count", lambda: 2)
    assert _strip(simulate(s, trials=13_000, seed=4, sampling=sampling)) == want
    monkeypatch.setattr(model_mod.os, "cpu_count", lambda: 1)  # … and on one
    assert _strip(simulate(s, trials=13_000, seed=4, sampling=sampling)) == want


def test_precision_target_stops_at_the_first_block_where_it_holds(five_pool_path):
    from coop_calc.risk.precision import Precision
    from coop_calc.risk.sampling import BLOCK

    s = load_scenario(five_pool_path)
    target = Precision(p_loss=0.01, mean=0.02)
    res = simulate(s, trials=200_000, seed=2, sampling="lhs", precision=target)
    assert _strip(simulate(s, trials=200_000, seed=2, sampling="lhs", precision=target, chunk=3 * BLOCK)) == _strip(res)
    p = res.precision
    assert p["stopped_by"] == "target" and p["target_reached"] is True
    assert res.trials % BLOCK == 0 and 2 * BLOCK <= res.trials < 200_000
    assert p["p_loss_half_width"] <= 0.01 and p["mean_half_width"] <= 0.02
    # the same trials run as a fixed count give the same figures; one block fewer misses the target
    assert _strip(simulate(s, trials=res.trials, seed=2, sampling="lhs", precision=target)) == _strip(res)
    fixed = simulate(s, trials=res.trials, seed=2, sampling="lhs")
    assert fixed.pooled == res.pooled and fixed.standalone == res.standalone
    assert fixed.distinct_coalitions == res.distinct_coalitions and fixed.sensitivity == res.sensitivity
    assert res.trials > 2 * BLOCK  # so that the check below runs
    if res.trials > 2 * BLOCK:
        before = simulate(s, trials=res.trials - BLOCK, seed=2, sampling="lhs").precision
        assert before["p_loss_half_width"] > 0.01 or before["mean_half_width"] > 0.02
    capped = simulate(s, trials=3 * BLOCK + 5, seed=2, sampling="lhs", precision=Precision(p_loss=0.001, mean=None))
    assert capped.trials == 3 * BLOCK + 5 and capped.precision["stopped_by"] == "cap"
    assert capped.precision["target_reached"] is False


def test_precision_target_is_validated():
    from coop_calc.errors import ValidationError
    from coop_calc.risk.precision import Precision

    for bad in (dict(p_loss=None, mean=None), dict(p_loss=0.0), dict(mean=2.0), dict(confidence=1.0)):
        with pytest.raises(ValidationError):
            Precision(**bad)


def test_risk_command_runs_until_precise(five_pool_path, capsys):
    assert main(["risk", str(five_pool_path), "--precision", "1", "--mean-precision", "2", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["precision"]["stopped_by"] == "target" and doc["trials"] % 4096 == 0
    assert doc["precision"]["target"] == {"p_loss": 0.01, "mean": 0.02, "confidence": 0.95}
    assert main(["risk", str(five_pool_path), "--precision", "0.01", "--max-trials", "9000"]) == 0
    assert "Target NOT reached: stopped at the cap of 9,000 trials" in capsys.readouterr().out
    assert main(["risk", str(five_pool_path), "--precision", "1", "--trials", "5000"]) == 1
    assert "either --trials or a precision target" in capsys.readouterr().err


def test_partner_certain_to_drop_out_is_refused_in_one_line(five_pool_path, capsys, tmp_path):
    s = load_scenario(five_pool_path)
    gone = replace(s, partners=tuple(replace(p, dropout_probability=1.0) for p in s.partners))
    from coop_calc.errors import ValidationError

    with pytest.raises(ValidationError, match="drop out with certainty"):
        simulate(gone, trials=100)
    one = replace(s, partners=(replace(s.partners[0], dropout_probability=1.0),) + s.partners[1:])
    with pytest.raises(ValidationError, match=f"{s.partners[0].name} drops out with certainty"):
        simulate(one, trials=100)
    raw = json.loads(five_pool_path.read_text())
    for p in raw["partners"]:
        p["dropout_probability"] = 1.0
    path = tmp_path / "gone.coop.json"
    path.write_text(json.dumps(raw))
    assert main(["risk", str(path), "--trials", "100"]) == 1
    err = capsys.readouterr().err.strip()
    assert "certainty" in err and len(err.splitlines()) == 1


def test_partner_without_uncertainty_reports_zero_spread_not_rounding_noise():
    s = one_partner(risk(benefit=500.0, opex=40.0, residual=0.1, util=0.9, esc=0.05), fee=200.0)
    doc = simulate(s, trials=5000).to_dict()
    alone = doc["partners"][0]["standalone"]
    assert alone["stderr_mean"] == 0.0 and alone["stderr_p_loss"] == 0.0
    assert alone["p5"] == alone["p95"] == alone["mean_npv"] and alone["exact"] is True


def test_figures_beyond_the_exact_cap_are_flagged_approximate(monkeypatch):
    from coop_calc.risk import run as run_mod

    monkeypatch.setattr(run_mod, "SERIES_CAP", 3000)
    s = one_partner(risk(benefit={"type": "pert", "low": 200, "mode": 500, "high": 1100}, fp=0.2, loss=0.5))
    doc = simulate(s, trials=5000).to_dict()
    alone = doc["partners"][0]["standalone"]
    assert alone["exact"] is False and "p5" in alone["approximate"] and "mean_npv" not in alone["approximate"]
    small = simulate(s, trials=2000).to_dict()["partners"][0]["standalone"]
    assert small["exact"] is True and small["approximate"] == []


def test_first_estimate_then_refinement_to_a_target_equals_one_run(five_pool_path):
    from coop_calc.risk.precision import Precision
    from coop_calc.risk.run import RiskRun

    s = load_scenario(five_pool_path)
    target = Precision(p_loss=0.005, mean=0.01)
    run = RiskRun(s, seed=6, sampling="lhs")
    run.advance(4096)
    quick = run.result(exact_shares=False)
    assert quick.trials == 4096 and quick.expected_pooled_cost is None
    stops = []
    with pytest.raises(Cancelled):  # an edit cancels the refinement …
        run.advance(200_000, target=target, chunk=4096, progress=stops.append, cancelled=lambda: len(stops) >= 1)
    assert run.done == 2 * 4096 and run.stopped == ""  # the first estimate and one chunk
    assert run.advance(200_000, target=target, chunk=4096)  # … or it is resumed where it stood
    assert run.stopped == "target" and run.done > 2 * 4096
    assert _strip(run.result()) == _strip(simulate(s, trials=200_000, seed=6, sampling="lhs", precision=target))
