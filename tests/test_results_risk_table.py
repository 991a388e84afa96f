"""The risk page adds up on screen: the Whole pool row follows from the partner rows (or the page says
exactly why not, with the figure that does add up), expected shortfall reads as a loss, standard errors
appear only where they mean something, and the progress bar shows percentage and time left."""

from __future__ import annotations

import dataclasses
import functools
import re

import pytest
from PySide6.QtCore import Qt
from test_results_support import example, make_view

from coop_calc.risk.simulate import simulate
from ui.results.common import RAW
from ui.results.risk_run import time_left, time_left_text
from ui.results.risk_table import expected_loss_text, mean_text, probability_text, risk_table

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


@functools.lru_cache(maxsize=None)
def risk(dropouts: bool = True):
    s, _ = example("five")
    if not dropouts:
        s = dataclasses.replace(s, partners=tuple(dataclasses.replace(p, dropout_probability=0.0)
                                                  for p in s.partners))
    return s, simulate(s, trials=4000, seed=7)


def euros(text: str) -> int:
    """The amount at the start of a cell such as '€1,656,282 ± 5,574' or '-€418,232' (whole euros)."""
    m = re.match(r"(-?)€([\d,]+)", text)
    assert m, text
    return int(m.group(2).replace(",", "")) * (-1 if m.group(1) else 1)


def test_with_drop_outs_the_page_says_why_the_pool_row_is_not_the_sum_and_what_adds_up(qtbot):
    s, res = risk(True)
    view = make_view(qtbot)
    view.set_risk_result(res, s)
    page = view.risk
    m = page.model
    n = s.n
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert headers[1] == "Goes ahead in"
    pooled_col = headers.index("Expected value\nin the pool")
    rows = [euros(m.data(m.index(i, pooled_col))) for i in range(n)]
    pool = euros(m.data(m.index(n, pooled_col)))
    assert abs(sum(rows) - pool) > 1000  # the plain sum differs (drop-outs) …
    text = page.reconciliation.text()
    assert "not the sum of the rows above" in text and "goes ahead" in text  # … and the page says why
    # … and the figure it states does add up: Σ share × expected value = the pool's expected value
    shares = [m.data(m.index(i, 1), RAW) for i in range(n)]
    means = [m.data(m.index(i, pooled_col), RAW) for i in range(n)]
    weighted = sum(w * x for w, x in zip(shares, means))
    assert weighted == pytest.approx(res.pool_pooled["mean_npv"], rel=1e-9)
    assert f"€{round(res.pool_pooled['mean_npv']):,}" in text


def test_without_drop_outs_the_rows_add_up_to_the_pool_row_to_the_euro(qtbot):
    s, res = risk(False)
    table = risk_table(res)
    assert table.plain_sum and "Goes ahead in" not in table.headers
    for col in (1, 2):  # expected value alone, in the pool
        shown = [euros(r[col][0]) for r in table.rows]
        assert sum(shown[:-1]) == shown[-1]
    assert "sums of the partner rows" in table.reconciliation


def test_shortfall_is_a_loss_never_a_negative_amount():
    assert expected_loss_text(12_345.4, 0.3, "EUR") == "€12,345"
    assert expected_loss_text(-60_562.0, 0.0, "EUR") == "no loss in the worst 5 %"
    assert expected_loss_text(-60_562.0, 0.011, "EUR") == "no loss on average"
    _, res = risk(True)
    for row in risk_table(res).rows:
        for text, raw, *_ in row[-2:]:
            assert not text.startswith("-") and raw >= 0


def test_standard_errors_only_where_they_mean_something():
    def p(x, se):
        return probability_text(x, se).replace("\xa0", " ")

    assert p(1.0, 0.0) == "100.0 %"  # every trial lost: no ± 0.0
    assert p(0.0, 0.0) == "0.0 %"
    assert p(0.151, 0.003) == "15.1 % ± 0.3"
    assert p(0.0004, 0.0002) == "0.0 % ± 0.02"  # small, but not shown as 0.0
    assert mean_text(1000.0, 0.0, "EUR") == "€1,000"
    assert mean_text(1000.0, 55.4, "EUR") == "€1,000 ± 55"
    _, res = risk(True)
    texts = [c[0] for r in risk_table(res).rows for c in r]
    assert not any(re.search(r"± 0(\.0+)?$", t) for t in texts)


def test_progress_shows_percentage_and_time_left(qtbot):
    assert time_left(0.1, 0.5) is None  # too early to say
    assert time_left(4.0, 0.5) == pytest.approx(4.0)
    assert time_left_text(8.2) == "about 8 s left"
    assert time_left_text(400.0) == "about 7 min left"
    view = make_view(qtbot)
    bar = view.risk.run_bar
    bar.trials.setValue(1000)
    bar._started -= 10.0  # as if the run had been going for a while
    bar._on_progress(0.25)
    assert bar.bar.text().replace("\xa0", " ") == "25 %"
    assert "s left" in bar.status.text() or "min left" in bar.status.text()


def test_beyond_the_exact_value_cap_the_expected_loss_is_marked_approximate_with_a_note(qtbot, monkeypatch):
    """A small forced cap (the engine keeps SERIES_CAP exact values per series) makes the engine switch
    to its histogram: the expected-loss cells carry "≈", exact figures do not, and a note says why."""
    import coop_calc.risk.run as run

    s, _ = example("five")
    exact = simulate(s, trials=3000, seed=7)
    monkeypatch.setattr(run, "SERIES_CAP", 1000)
    res = simulate(s, trials=3000, seed=7)
    assert not res.pool_pooled["exact"] and "cvar95" in res.pool_pooled["approximate"]
    table = risk_table(res)
    assert "500,000" in table.approximate and table.approximate.startswith("≈")
    cells = [c[0] for row in table.rows for c in row]
    n_es = sum(1 for c in cells if c.startswith("≈"))
    assert n_es == 2 * len(table.rows)  # both expected-loss columns of every row, nothing else
    assert all(not row[1][0].startswith("≈") for row in table.rows)  # expected values stay exact
    plain = risk_table(exact)
    assert plain.approximate == "" and not any(c[0].startswith("≈") for row in plain.rows for c in row)
    view = make_view(qtbot)
    page = view.risk
    page.set_risk(res, page.scenario)
    assert "500,000" in page.precision.text()
    page.set_risk(exact, page.scenario)
    assert "500,000" not in page.precision.text()


def test_the_deck_risk_slide_says_why_its_curve_is_approximate():
    import coop_calc.risk.run as run
    from ui.deck.content import DeckData
    from ui.deck.content import risk as risk_slide

    s, a = example("five")
    res = simulate(s, trials=3000, seed=7)
    assert "500,000" not in risk_slide(DeckData(s, a, res, "ok")).note
    old = run.SERIES_CAP
    try:
        run.SERIES_CAP = 1000
        approx_res = simulate(s, trials=3000, seed=7)
    finally:
        run.SERIES_CAP = old
    spec = risk_slide(DeckData(s, a, approx_res, "ok"))
    assert "500,000" in spec.note and "≈" in spec.note
