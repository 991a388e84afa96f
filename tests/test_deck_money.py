"""Whole-euro figures on the deck's slides reconcile like every other output: on each slide's table the
rows add up to the total row, and cost + savings = stand-alone per partner, on the bundled pools and on
hypothesis-built ones (coop_calc.money's policy, from the reconciled coop_calc.money_table)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from test_money_reconcile import pools
from test_results_support import example

from coop_calc import headlines
from coop_calc.analysis import analyse
from coop_calc.money import to_units


def euros(text: str) -> int:
    """'€1,858,950' / '-€1,234' → whole euros (the deck's English format)."""
    assert re.fullmatch(r"-?€[\d,]+", text), f"{text!r} is not a whole-euro amount"
    return int(text.replace("€", "").replace(",", ""))


def slides(s, a):
    from ui.deck.content import DeckData, build

    d = DeckData(s, a)
    return {k: build(k, d) for k in ("savings", "partners", "leave")}


def check(s, a) -> None:
    specs = slides(s, a)
    sv = [[euros(r[1]) for r in specs["savings"].rows]]
    alone, better, coord, pooled, net = sv[0]
    assert alone + better + coord == pooled, specs["savings"].rows
    assert alone - pooled == net
    assert abs(net - float(a.savings.savings)) <= 2 and abs(alone - a.savings.total_standalone_cost) <= 1
    rows = specs["partners"].rows
    if s.n > 1 and a.chosen_split() is not None:
        parts, total = rows[:-1], rows[-1]
        cols = [[euros(r[c]) for r in parts] for c in (1, 2, 3)]
        assert [sum(c) for c in cols] == [euros(total[c]) for c in (1, 2, 3)], rows
        assert euros(total[1]) == alone and euros(total[2]) == pooled and euros(total[3]) == net
        for r in parts:  # cost + savings = stand-alone, per partner
            assert euros(r[2]) + euros(r[3]) == euros(r[1]), r
        split = a.chosen_split()
        for r, x in zip(parts, split.savings):
            assert abs(euros(r[3]) - float(x)) <= 2
    leave = specs["leave"].rows
    if leave:
        assert euros(leave[-1][1]) == net
        for r in leave[:-1]:
            assert euros(r[1]) + euros(r[2]) == net, r
    # the headline states the table's figure
    head = headlines.savings(a, "en").text.replace("\u00a0", " ")
    if s.n > 1 and net >= 0:
        assert f"€{net:,}" in head, head


@pytest.mark.parametrize("name", ["five", "twelve"])
def test_the_example_slides_reconcile_in_whole_euros(name):
    s, a = example(name)
    check(s, a)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pools())
def test_any_pool_s_slides_reconcile_in_whole_euros(s):
    check(s, analyse(s))


def test_a_half_euro_rounds_away_from_zero_in_headlines():
    assert headlines._money(2.5, "EUR", "en") == "€3" and headlines._money(-2.5, "EUR", "en") == "-€3"
    assert to_units(1_858_950.5, 0) == 1_858_951


def test_the_advice_headline_states_whole_euros_that_add_up():
    from types import SimpleNamespace as NS

    def group(members, net):
        return NS(members=members, net_savings=net)

    best = NS(net_savings=235_090.4, groups=(group((0, 1, 2), 150_000.2), group((3, 4), 85_090.2), group((5,), 0.0)))
    grand = NS(net_savings=3_458.5, groups=(group((0, 1, 2, 3, 4, 5), 3_458.5),))
    result = NS(scenario=NS(n=6, meta=NS(currency="EUR")), structure=NS(best=best, grand=grand, split_advised=True))
    text = headlines.advice(result, "en").text.replace("\u00a0", " ")
    assert text == ("Divide the partners into 2 separate pools and 1 partner buying alone: together they save"
                    " €235,090 after coordination cost, €231,631 more than the single pool (€3,459).")
    de = headlines.advice(result, "de").text.replace("\u00a0", " ")
    assert "235.090 €" in de and "231.631 €" in de and "3.459 €" in de
    result.structure.split_advised = False
    assert headlines.advice(result, "en").text == ("Keep the single pool: no division into smaller pools saves more"
                                                   " than its €3,459 after coordination cost.")
