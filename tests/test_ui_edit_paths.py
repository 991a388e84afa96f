"""What an edit costs the window, by construction (no timings here: bench/bench_ui.py measures them):
result tables are sized once per fill to exactly the widths Qt's ResizeToContents gives; pages hidden
behind the editors are fed when shown, not on every edit; live risk starts at the edit itself; the
rounded money table is made once per analysis; full garbage collections wait for a quiet moment."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget
from test_results_support import example, make_view
from ui_support import close_window, five, isolated, wait_results, window  # noqa: F401

from coop_calc.money_table import money_table
from ui.results.common import Table, table_view

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def qt_widths(view: QTableView) -> list[int]:
    """The widths Qt's own ResizeToContents gives each column that is not stretched."""
    header = view.horizontalHeader()
    return [max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(view.model().columnCount())
            if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch]


def our_widths(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(c) for c in range(view.model().columnCount())
            if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch]


def test_columns_are_as_wide_as_resize_to_contents_would_make_them_and_fitted_once_shown(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    views = []
    for k in range(2):
        model = Table()
        view = table_view(model, stretch=None)
        page = QWidget()
        QVBoxLayout(page).addWidget(view)
        tabs.addTab(page, str(k))
        views.append((model, view))
    tabs.show()
    rows = [[("Kessler Präzisionstechnik GmbH", "k"), ("€1,234,567.89", 1234567.89), ("−€12.50", -12.5)],
            [("Total", "t"), ("€99,999,999.00", 99999999.0), ("", None)]]
    for model, _view in views:  # the second view is on a hidden tab while filled
        model.set_rows(["Partner", "Cost alone in the pool's currency", "Change\nvs base"], rows, bold_rows=[1])
    first, second = views[0][1], views[1][1]
    assert first.isVisible() and not second.isVisible()
    assert our_widths(first) == qt_widths(first)
    tabs.setCurrentIndex(1)  # shown: fitted now
    QApplication.processEvents()
    assert our_widths(second) == qt_widths(second)
    bold = first.font()
    bold.setPointSizeF(bold.pointSizeF() * 1.6)  # presentation mode's large type: fitted again
    first.setFont(bold)
    tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert our_widths(first) == qt_widths(first)


def test_every_result_table_on_screen_has_the_resize_to_contents_widths(qtbot):
    view = make_view(qtbot, "twelve", size=(1920, 1080))
    for i in range(view.tabs.count()):
        view.set_current_page(i)
        QApplication.processEvents()
        for table in view.tabs.widget(i).findChildren(QTableView):
            if table.isVisible() and table.model().rowCount():
                assert our_widths(table) == qt_widths(table), (view.tabs.tabText(i), table.model())


def test_pages_behind_the_editors_are_fed_when_shown_and_show_the_newest_figures(window, qtbot):  # noqa: F811
    w = window
    pages = w.result_pages
    assert not pages.isVisible() and w.results.isVisible()  # the editors and the results panel
    before = pages.savings.headline.text()
    model = w.editors.demand.view.model()
    idx = model.index(0, 0)
    assert model.setData(idx, str((model.data(idx, 2) or 0) + 40))
    wait_results(qtbot, w)
    assert w.results.shown_for is w.doc.scenario
    assert pages.savings.headline.text() == before  # hidden: not fed on the edit
    w.show_result_pages()
    QApplication.processEvents()
    headline = pages.savings.headline.text()
    assert headline != before and pages.savings.analysis.scenario is w.doc.scenario
    w.show_editors()  # and back: the panel shows the newest figures too
    QApplication.processEvents()
    assert w.results.partners.rowCount() == w.doc.scenario.n + 1


def test_live_risk_starts_at_the_edit_before_its_analysis_arrives(window, qtbot):  # noqa: F811
    w = window
    w.show_result_pages()
    w.result_pages.set_current_page(w.result_pages.pages.index(w.result_pages.risk))
    QApplication.processEvents()
    bar = w.result_pages.risk.run_bar
    qtbot.waitUntil(lambda: not bar.running, timeout=60_000)
    model = w.editors.demand.view.model()
    idx = model.index(1, 1)
    assert model.setData(idx, str((model.data(idx, 2) or 0) + 25))
    assert w.results.shown_for is not w.doc.scenario  # the analysis is still on its way …
    QApplication.processEvents()  # (the edit itself is shown first)
    assert bar.asked() is w.doc.scenario and bar.running  # … and the simulation already runs
    qtbot.waitUntil(lambda: w.result_pages.risk.estimate_at > 0 and not bar.running, timeout=60_000)
    wait_results(qtbot, w)
    assert w.result_pages.risk.result_scenario is w.doc.scenario


def test_the_money_table_of_an_analysis_is_made_once():
    _s, a = example("five")
    assert money_table(a) is money_table(a)


def test_a_full_garbage_collection_waits_until_nothing_runs(qtbot):
    from ui.idle_gc import IdleCollector

    busy = [True]
    collector = IdleCollector(lambda: busy[0], quiet_ms=20)
    try:
        collector.poke()
        qtbot.wait(150)
        assert collector.last_ms is None  # background work: not yet
        busy[0] = False
        qtbot.waitUntil(lambda: collector.last_ms is not None, timeout=5_000)
        assert gc.get_freeze_count() > 0
    finally:
        collector.release()
    assert gc.get_freeze_count() == 0
