"""The deck's engine side: headlines that state the finding in numbers (English and German), the
saved slide choice, and the what-if scenario."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
from conftest import EXAMPLES

from coop_calc import headlines
from coop_calc.analysis import analyse
from coop_calc.deck import SLIDES, WhatIf, default_slides, effective_slides, suppliers, what_if
from coop_calc.errors import ValidationError
from coop_calc.model import Project
from coop_calc.scenario_io import load_scenario, project_from_json, project_to_json


@pytest.fixture(scope="module")
def five():
    s = load_scenario(EXAMPLES / "five-partner-pool.coop.json")
    return s, analyse(s)


def plain(h) -> str:
    """A headline's text with ordinary spaces (amounts and percentages keep theirs unbreakable)."""
    return h.text.replace("\u00a0", " ")


def with_rule(s, rule):
    return analyse(dataclasses.replace(s, sharing=dataclasses.replace(s.sharing, rule=rule)))


def test_savings_headline_states_amount_percent_and_that_every_partner_gains(five):
    s, a = five
    h = headlines.savings(a, "en")
    assert plain(h) == "Pooling saves €1,858,950 (49 %); every partner gains"
    assert h.value == pytest.approx(a.savings.savings)
    assert plain(headlines.savings(a, "de")) == "Der Pool spart 1.858.950 € (49 %); jeder Partner gewinnt"


def test_stability_headline_names_the_group_that_would_leave(five):
    s, a = five
    assert plain(headlines.stability(a, "en")) == "Under the Shapley split no group would be better off alone"
    assert plain(headlines.stability(a, "de")) == "Bei der Shapley-Aufteilung wäre keine Gruppe allein besser gestellt"
    eq = with_rule(s, "equal_price")
    h = headlines.stability(eq, "en")
    sp = eq.chosen_split()
    assert not sp.in_core and h.value == pytest.approx(sp.max_complaint)
    assert plain(h).startswith("Under equal prices Hartmann and Vogel would save €48,530 more on their own")
    assert "the Shapley split keeps every group in the pool" in plain(h)
    assert "würden Hartmann und Vogel allein 48.530 € mehr sparen" in plain(headlines.stability(eq, "de"))


def test_partner_range_leave_and_price_headlines_agree_with_the_results(five):
    s, a = five
    sp = a.chosen_split()
    pct = 100 * sp.savings / a.splits.standalone
    h = headlines.partners(a, "en")
    assert f"{round(pct.min())} % to {round(pct.max())} % less than alone" in plain(h)
    lost = max(e.savings_lost for e in a.savings.leave_one_out)
    h = headlines.leave(a, "en")
    assert h.value == pytest.approx(lost) and plain(h).startswith("Vogel brings the most")
    rows = headlines.item_prices(a)
    assert {r[0] for r in rows} == {it.id for it in s.items}
    h = headlines.prices(a, "en")
    assert "63 %" in plain(h) and "€534 → €198" in plain(h)


class FakeRisk:
    partner_names = ["Kessler Anlagentechnik GmbH", "Brandt Elektrotechnik GmbH"]
    partner_ids = ["k", "b"]
    standalone = [{"p_loss": 0.84}, {"p_loss": 0.30}]
    pooled = [{"p_loss": 0.02}, {"p_loss": 0.25}]
    pool_pooled = {"p_loss": 0.01}


def test_risk_headline_names_the_partner_whose_loss_risk_falls_most():
    h = headlines.risk(FakeRisk(), "en")
    assert plain(h) == "Kessler's loss risk falls from 84 % alone to 2 % in the pool"
    assert h.value == pytest.approx(0.02)
    assert plain(headlines.risk(FakeRisk(), "de")) == "Das Verlustrisiko von Kessler sinkt von 84 % allein auf 2 % im Pool"
    assert headlines.risk_partner(FakeRisk()) == 0
    assert plain(headlines.risk(None, "en")) == "No simulation yet"


def test_small_pools_get_a_sentence_that_fits_them(five):
    from coop_calc.model import Scenario

    assert plain(headlines.savings(analyse(Scenario()), "en")) == "No partners in the pool yet"
    s, _ = five
    one = analyse(dataclasses.replace(s, partners=s.partners[:1]))
    for fn in (headlines.savings, headlines.partners, headlines.stability, headlines.leave):
        assert plain(fn(one, "de")) == "Ein Pool aus einem Partner spart nichts"


def test_comparison_headline_names_the_best_scenario(five):
    s, a = five
    b = analyse(dataclasses.replace(s, partners=s.partners[:4]))
    h = headlines.comparison(["Base", "Without Lindner"], [a, b], 0, "en")
    assert plain(h).startswith("Base saves most: €1,858,950 (49 %)") and "more than Without Lindner" in plain(h)


def test_slide_choice_round_trips_and_old_files_still_load(five):
    s, _ = five
    chosen = dataclasses.replace(s, presentation=("risk", "savings", "split"))
    text = project_to_json(Project((chosen,)))
    assert json.loads(text)["presentation"] == {"slides": ["risk", "savings", "split"]}
    assert project_from_json(text).scenarios[0].presentation == ("risk", "savings", "split")
    assert "presentation" not in json.loads(project_to_json(Project((s,))))  # the default deck: no field
    assert s.presentation == ()  # the bundled example predates the field


@pytest.mark.parametrize("slides, message", [
    (["savings", "charts"], "slide 2: unknown slide 'charts'"),
    (["risk", "risk"], "slide 2: the slide 'risk' is listed twice"),
    ("savings", "must be a list"),
])
def test_bad_slide_choices_are_refused_with_their_place(five, slides, message):
    s, _ = five
    doc = json.loads(project_to_json(Project((s,))))
    doc["presentation"] = {"slides": slides}
    with pytest.raises(ValidationError, match="Presentation") as e:
        project_from_json(json.dumps(doc))
    assert message in str(e.value)


def test_effective_slides_drop_the_comparison_for_one_scenario():
    assert "comparison" not in default_slides(1) and default_slides(3) == SLIDES
    assert effective_slides((), 1) == default_slides(1)
    assert effective_slides(("comparison", "risk"), 1) == ("risk",)
    assert effective_slides(("comparison",), 1) == default_slides(1)  # never an empty deck


def test_what_if_changes_a_copy_and_recomputes(five):
    s, a = five
    assert what_if(s, WhatIf()) == s
    more = analyse(what_if(s, WhatIf(coordination_scale=3.0)))
    assert more.savings.coordination_cost == pytest.approx(3 * a.savings.coordination_cost)
    assert more.savings.savings == pytest.approx(a.savings.savings - 2 * a.savings.coordination_cost)
    sup = suppliers(s)[0]
    cheaper = what_if(s, WhatIf(supplier=sup, price_change=-0.5))
    for q0, q1 in zip(s.quotes, cheaper.quotes):
        factor = 0.5 if q0.supplier == sup else 1.0
        assert [t.unit_price for t in q1.tiers] == pytest.approx([factor * t.unit_price for t in q0.tiers])
    smaller = what_if(s, WhatIf(left_out=frozenset({"kessler"})))
    assert [p.id for p in smaller.partners] == [p.id for p in s.partners if p.id != "kessler"]
    assert not any(pid == "kessler" for pid, _ in smaller.demand)
    assert np.isclose(analyse(smaller).savings.savings, 1_255_850.0)
    assert s.coordination == load_scenario(EXAMPLES / "five-partner-pool.coop.json").coordination  # unchanged


@pytest.mark.parametrize("change, message", [
    (WhatIf(coordination_scale=-1.0), "coordination cost"),
    (WhatIf(supplier="Nobody GmbH", price_change=0.1), "no quote comes from"),
    (WhatIf(supplier="FactoryOS", price_change=-1.0), "less than 100 %"),
    (WhatIf(left_out=frozenset({"hartmann", "kessler", "brandt", "vogel", "lindner"})), "at least one partner"),
])
def test_impossible_what_ifs_are_refused(five, change, message):
    with pytest.raises(ValidationError, match=message):
        what_if(five[0], change)
