"""The result charts (coop_calc.charts) and anonymisation (coop_calc.anonymous), without Qt."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import EXAMPLES
from matplotlib.figure import Figure
from matplotlib.text import Text

from coop_calc import charts
from coop_calc.analysis import analyse
from coop_calc.anonymous import anonymised, anonymised_analysis, anonymised_project, relabelled_risk, without_names
from coop_calc.charts.texts import input_label
from coop_calc.coalitions import members, savings_game
from coop_calc.model import Project
from coop_calc.risk.simulate import simulate
from coop_calc.scenario_io import load_scenario


@pytest.fixture(scope="module", params=["five", "twelve"])
def pool(request):
    s = load_scenario(EXAMPLES / f"{request.param}-partner-pool.coop.json")
    return s, analyse(s)


@pytest.fixture(scope="module")
def five():
    s = load_scenario(EXAMPLES / "five-partner-pool.coop.json")
    return s, analyse(s), simulate(s, trials=2000, seed=7)


def texts(fig: Figure) -> list[str]:
    """Every text a reader sees: titles, axis labels, tick labels, legend entries, annotations."""
    fig.canvas.draw()  # tick labels exist only once drawn
    return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


def all_figures(s, a, risk=None, lang="en") -> list[Figure]:
    figs = [charts.cost_per_partner(a, lang=lang), charts.pool_waterfall(a, lang=lang),
            charts.without_partner(a, lang=lang), charts.split_comparison(a, lang=lang),
            charts.complaints_chart(a, a.chosen_rule, lang=lang),
            charts.scenario_costs(["base"], [a], lang=lang), charts.partner_costs(["base"], [a], lang=lang)]
    figs += [charts.price_volume(s, a, it.id, lang=lang) for it in s.items[:2]]
    if risk is not None:
        for who in (None, 0):
            figs += [charts.npv_histogram(risk, a, who, lang=lang), charts.s_curves(risk, who, lang=lang),
                     charts.tornado(risk, who, lang=lang)]
    return figs


def test_every_chart_draws_for_both_example_pools(pool):
    s, a = pool
    for fig in all_figures(s, a):
        assert isinstance(fig, Figure) and fig.axes
        assert texts(fig)


def test_a_chart_draws_into_the_figure_it_is_given_and_saves_as_png_and_svg(tmp_path, five):
    s, a, _ = five
    fig = Figure()
    assert charts.pool_waterfall(a, fig=fig) is fig
    charts.without_partner(a, fig=fig)  # drawing again replaces, never stacks
    assert len(fig.axes) == 1
    for ext in ("png", "svg"):
        charts.save(fig, tmp_path / f"chart.{ext}")
        assert (tmp_path / f"chart.{ext}").stat().st_size > 1000


def test_german_charts_use_german_words_and_number_formats(five):
    s, a, risk = five
    words = " ".join(t for fig in all_figures(s, a, risk, "de") for t in texts(fig))
    assert "Mio.\u00a0€" in words or "Tsd.\u00a0€" in words
    assert "Nettoeinsparung" in words and "Partner allein" in words and "Kapitalwert" in words
    saving = f"{a.savings.savings:,.0f}".replace(",", ".") + "\u00a0€"
    assert saving in words  # 1.858.950 €
    assert "Savings" not in words and "Net savings" not in words


def test_price_volume_marks_each_partner_and_the_pool_on_the_curves(pool):
    s, a = pool
    for pur in a.savings.items[:3]:
        d = charts.price_volume_data(s, a, pur.item_id)
        assert d.pool_point == pytest.approx((pur.need, pur.price_per_need))
        winner = next(c for c in d.curves if c.quote_id == pur.quote_id)
        at = int(np.argmin(abs(winner.volumes - pur.need)))
        assert winner.volumes[at] == pytest.approx(pur.need)
        assert winner.price[at] == pytest.approx(pur.price_per_need)
        needs = {i: x.need for i, p in enumerate(a.savings.partners) for x in p.purchases if x.item_id == pur.item_id}
        assert {i: need for i, need, _ in d.partner_points} == needs
        for i, need, price in d.partner_points:  # each stand-alone point is the best quote's price at its need
            best = min(np.interp(need, c.volumes, np.nan_to_num(c.price, nan=np.inf)) for c in d.curves)
            assert price == pytest.approx(best, rel=1e-9)


def test_coalition_table_complaints_are_savings_minus_what_the_members_receive(pool):
    s, a = pool
    rule = "equal_savings"
    table = charts.coalition_table(a, rule)
    v = savings_game(a.costs)
    x = a.splits.splits[rule].savings
    assert table.complete == (s.n <= 10)
    assert len(table) == ((1 << s.n) - 1 if s.n <= 10 else 200)
    assert np.all(np.diff(table.complaint) <= 1e-6)  # largest first
    for j in range(0, len(table), max(1, len(table) // 25)):
        who = members(int(table.masks[j]), s.n)
        assert table.savings[j] == pytest.approx(v[table.masks[j]])
        assert table.complaint[j] == pytest.approx(v[table.masks[j]] - x[who].sum(), abs=1e-6)
        assert table.cost[j] == pytest.approx(a.costs[table.masks[j]])
    split = a.splits.splits[rule]
    assert table.complaint[0] == pytest.approx(max(split.max_complaint, 0.0), abs=1e-6)


def test_coalition_search_keeps_only_groups_with_the_partners_asked_for(five):
    s, a, _ = five
    table = charts.coalition_table(a, "shapley", include_any=[0b00001, 0b00110])
    assert len(table) > 0
    for m in table.masks:
        assert m & 0b00001 and m & 0b00110


def test_anonymised_scenario_names_nobody_and_keeps_every_number(five):
    s, a, _ = five
    anon = anonymised(s)
    b = anonymised_analysis(a, anon)
    names = [p.name for p in s.partners]
    assert [p.name for p in anon.partners] == [f"Partner {c}" for c in "ABCDE"]
    assert b.savings.savings == a.savings.savings
    assert np.array_equal(analyse(anon).splits.splits["shapley"].savings, a.splits.splits["shapley"].savings)
    words = " ".join(t for fig in all_figures(anon, b) for t in texts(fig))
    for nm in names:
        assert nm not in words and nm.split()[0] not in words


def test_aliases_agree_across_the_scenarios_of_a_project(five):
    s, *_ = five
    import dataclasses
    without_b = dataclasses.replace(s, partners=s.partners[:1] + s.partners[2:])
    project = Project((s, without_b))
    anon = anonymised_project(project)
    third = s.partners[2]
    assert anon.scenarios[0].partners[2].name == anon.scenarios[1].partners[1].name == "Partner C"
    assert anonymised(without_b, project).partners[1].id == anon.scenarios[0].partners[2].id
    assert third.name not in str(anon)


def test_a_risk_result_is_relabelled_by_position_in_both_directions(five):
    s, a, risk = five
    anon = anonymised(s)
    shown = relabelled_risk(risk, anon)
    text = repr(shown.to_dict())
    for p in s.partners:
        assert p.name not in text
    assert shown.standalone == risk.standalone
    assert any("Partner" in row["input"] and "drops out" in row["input"] for row in shown.sensitivity["pool"])
    back = relabelled_risk(shown, s)
    assert back.partner_names == risk.partner_names and back.sensitivity == risk.sensitivity
    assert without_names(anon) == without_names(s)
    words = " ".join(t for fig in (charts.tornado(shown), charts.npv_histogram(shown, anonymised_analysis(a, anon), 0),
                                   charts.s_curves(shown, 1)) for t in texts(fig))
    assert "Partner A" in words or "Partner B" in words
    assert not any(p.name in words for p in s.partners)


def test_risk_input_labels_read_in_german():
    assert input_label("Cobot: annual benefit", "de") == "Cobot: jährlicher Nutzen"
    assert input_label("Kessler GmbH drops out", "de") == "Kessler GmbH steigt aus"
    assert input_label("Cobot fails at Kessler", "de") == "Cobot fällt aus bei Kessler"
    assert input_label("discount rate", "de") == "Diskontierungszins"
    long = input_label("Metal 3D printer (laser powder bed, shared): annual benefit", "en", 40)
    assert long.endswith(": annual benefit") and len(long) <= 40
