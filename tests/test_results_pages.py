"""The result pages: each renders for both example pools, the tables show the engine's numbers, the
coalition search and the scenario actions work."""

from __future__ import annotations

import dataclasses

import pytest
from test_results_support import chart_texts, example, make_view, show_every_page, wait_idle, widget_texts

from coop_calc.model import Project
from ui.results.common import RAW


@pytest.mark.parametrize("name", ["five", "twelve"])
def test_every_page_renders_for_the_example_pools(qtbot, name):
    view = make_view(qtbot, name)
    view.risk.run_bar.trials.setValue(1000)
    with qtbot.waitSignal(view.riskChanged, timeout=30_000):
        view.risk.run_bar.run()
    show_every_page(qtbot, view)
    s, a = example(name)
    assert view.tabs.count() == 7
    for page in view.pages:
        charts = [c for c in page.findChildren(type(view.savings.per_partner))]
        assert charts, page
        for c in charts:
            assert c.figure.axes, f"{page.title()}: a chart is empty"
    texts = " ".join(widget_texts(view)).replace("\n", " ")
    assert "Buying together saves" in texts
    assert s.partners[0].name in texts
    words = " ".join(chart_texts(view))
    assert "price per unit by volume ordered" in words and "Savings of the pool without each partner" in words
    assert "This chart could not be drawn." not in texts + words

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def test_split_table_matches_the_engine(qtbot):
    view = make_view(qtbot)
    s, a = example("five")
    page = view.splits
    model = page.split_model
    rules = list(a.splits.splits)
    assert model.columnCount() == 2 + len(rules) and model.rowCount() == s.n + 1
    for which in ("savings", "cost"):
        page.show_as.setCurrentIndex(page.show_as.findData(which))
        for j, rule in enumerate(rules):
            col = [model.data(model.index(i, 2 + j), RAW) for i in range(s.n)]
            engine = getattr(a.splits.splits[rule], which)
            assert col == pytest.approx(list(engine), abs=0.01)  # rounded to the cent, nothing more
            total = model.data(model.index(s.n, 2 + j), RAW)
            assert total == pytest.approx(sum(engine), abs=0.005)
            assert sum(col) == pytest.approx(total, abs=1e-9)  # the cents add up to the total
    diag = page.diag_model
    for j, rule in enumerate(rules):
        sp = a.splits.splits[rule]
        assert diag.data(diag.index(j, 1), RAW) == sp.individually_rational
        assert diag.data(diag.index(j, 2), RAW) == sp.in_core
        assert diag.data(diag.index(j, 3), RAW) == pytest.approx(sp.max_complaint)
    assert "Good news" in page.core.text() or "No split can keep" in page.core.text()


def test_empty_core_is_explained_in_words(qtbot):
    s, a = example("five")
    empty = dataclasses.replace(a.splits, core_empty=True, least_core_value=1234.5)
    view = make_view(qtbot)
    view.set_results(s, dataclasses.replace(a, splits=empty))
    text = view.splits.core.text()
    assert "No split can keep every group" in text and "€1,234.50" in text


def test_coalition_explorer_lists_every_group_of_a_small_pool_and_finds_partners(qtbot):
    view = make_view(qtbot)
    s, a = example("five")
    view.set_current_page(view.pages.index(view.coalitions))  # the explorer is filled when shown
    page = view.coalitions
    assert page.model.rowCount() == 2 ** s.n - 2
    proxy = page.proxy
    complaints = [proxy.data(proxy.index(r, 6), RAW) for r in range(proxy.rowCount())]
    assert complaints == sorted(complaints, reverse=True)
    # shown in the reconciled cents of every export (alone − cost − received, each rounded once)
    assert complaints[0] == pytest.approx(a.splits.splits[a.chosen_rule].max_complaint, abs=0.015)
    name = s.partners[2].name
    qtbot.keyClicks(page.search, name.split()[0].lower())
    rows = page.model.rowCount()
    assert 0 < rows < 2 ** s.n - 2
    assert all(name in page.model.data(page.model.index(r, 0), RAW) for r in range(rows))
    page.search.setText("no such firm")
    assert page.model.rowCount() == 0 and "no such firm" in page.count.text()


def test_coalition_explorer_shows_the_largest_complaints_of_a_large_pool(qtbot):
    view = make_view(qtbot, "twelve")
    view.set_current_page(view.pages.index(view.coalitions))  # the explorer is filled when shown
    page = view.coalitions
    assert 0 < page.model.rowCount() <= 200
    assert "4,094" in page.count.text()


def test_bargaining_page_follows_the_item_selector(qtbot):
    view = make_view(qtbot)
    s, a = example("five")
    page = view.bargaining
    view.set_current_page(1)
    assert page.items.count() == len(a.savings.items)
    for k in range(page.items.count()):
        page.items.setCurrentIndex(k)
        pur = a.savings.items[k]
        last = page.model.rowCount() - 1
        assert page.model.data(page.model.index(last, 4), RAW) == pytest.approx(pur.price_per_need)
        assert page.items.itemText(k) in " ".join(chart_texts(page))


def test_comparison_duplicates_and_renames_scenarios_of_a_project(qtbot):
    s, a = example("five")
    view = make_view(qtbot)
    variant = dataclasses.replace(s, partners=s.partners[:4], meta=dataclasses.replace(s.meta, name="Without Lindner"))
    view.set_project(Project((s, variant)), 0)
    wait_idle(qtbot, view)
    page = view.comparison
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.data(page.model.index(1, 0), RAW) == "Without Lindner"
    assert page.partner_model.rowCount() == 5
    assert page.partner_model.data(page.partner_model.index(4, 2), RAW) is None  # Lindner is not in the variant
    with qtbot.waitSignal(view.projectChanged) as got:
        page.duplicate(1)
    names = [x.meta.name for x in got.args[0].scenarios]
    assert names == [s.meta.name, "Without Lindner", "Without Lindner (copy)"]
    with qtbot.waitSignal(view.projectChanged) as got:
        page.rename(0, "  Base  ")
    assert got.args[0].scenarios[0].meta.name == "Base"
    assert got.args[0].scenarios[0].partners == s.partners
    assert page.rename(0, "   ") is None
    assert page.model.data(page.model.index(0, 2), RAW) == pytest.approx(a.savings.savings)
    assert page.model.data(page.model.index(0, 4), RAW) is None  # the base has no change against itself
    view.set_anonymous(True)
    assert not page.duplicate_button.isEnabled() and page.duplicate(0) is None


def test_a_page_without_results_says_so(qtbot):
    from ui.results.view import ResultsView

    view = ResultsView()
    qtbot.addWidget(view)
    view.set_results(None, None)
    view.show()
    assert "No results yet." in " ".join(widget_texts(view))
    assert view.savings.model.rowCount() == 0


def test_a_pool_too_large_for_every_group_still_shows_what_can_be_computed(qtbot):
    from types import MappingProxyType

    s, _ = example("twelve")
    partners, demand = list(s.partners), dict(s.demand)
    for p in s.partners:  # 24 partners: beyond the exact game (22)
        twin = dataclasses.replace(p, id=p.id + "-2", name=p.name + " II", alias="")
        partners.append(twin)
        demand.update({(twin.id, k): q for (pid, k), q in s.demand.items() if pid == p.id})
    big = dataclasses.replace(s, partners=tuple(partners), demand=MappingProxyType(demand))
    from coop_calc.analysis import analyse

    a = analyse(big)
    view = make_view(qtbot)
    view.set_project(Project((big,)), 0)
    view.set_results(big, a)
    show_every_page(qtbot, view)
    assert "too large to check every group" in view.splits.core.text()
    assert view.splits.split_model.rowCount() == 25
    assert "needs the full game" in view.coalitions.count.text()
    assert view.savings.model.rowCount() == 25
    view.risk.run_bar.run()
    qtbot.waitUntil(lambda: not view.risk.run_bar.running, timeout=10_000)
    assert "up to 22 partners" in view.risk.run_bar.status.text()
    assert "This chart could not be drawn." not in " ".join(chart_texts(view))
