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
