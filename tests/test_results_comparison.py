"""The scenario comparison shows what matters: per variant its savings and the change against the base,
each partner's cost and its change, and whether the chosen split is stable — with the subsidy a stable
split would need when no split is (the least-core amount)."""

from __future__ import annotations

import dataclasses
import types

import pytest
from PySide6.QtCore import Qt
from test_results_support import chart_texts, example, make_view, wait_idle

from coop_calc.analysis import analyse
from coop_calc.coalitions import savings_game
from coop_calc.games import least_core
from coop_calc.model import Project
from ui.results.common import RAW

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def variants():
    s, _ = example("five")
    c = s.coordination
    dearer = dataclasses.replace(s, meta=dataclasses.replace(s.meta, name="Coordination doubled"),
                                 coordination=dataclasses.replace(c, fixed=2 * c.fixed, per_member=2 * c.per_member,
                                                                  per_pair=2 * c.per_pair))
    # 50 % more 3D-printer hours: the whole pool needs a second printer, and no split is stable any more
    demand = {k: (q * 1.5 if k[1] == "am" else q) for k, q in s.demand.items()}
    printer = dataclasses.replace(s, meta=dataclasses.replace(s.meta, name="More printer hours"),
                                  demand=types.MappingProxyType(demand))
    return s, dearer, printer


def column(model, title: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [h.replace("\n", " ") for h in headers].index(title)


def test_each_variant_shows_savings_its_change_and_whether_its_split_is_stable(qtbot):
    base, dearer, printer = variants()
    view = make_view(qtbot)
    view.set_project(Project((base, dearer, printer)), 0)
    wait_idle(qtbot, view)
    page = view.comparison
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20_000)
    m = page.model
    a = [analyse(x) for x in (base, dearer, printer)]
    delta = column(m, "Savings vs base")
    assert m.data(m.index(1, delta), RAW) == pytest.approx(a[1].savings.savings - a[0].savings.savings)
    assert m.data(m.index(1, delta)).startswith("−€")
    stable = column(m, "Chosen split stable")
    assert [m.data(m.index(j, stable), RAW) for j in range(3)] == [True, True, False]
    subsidy = column(m, "Subsidy for a stable split")
    eps, _ = least_core(savings_game(a[2].costs))
    assert eps > 0 and m.data(m.index(2, subsidy), RAW) == pytest.approx(eps)
    assert "per group" in m.data(m.index(2, subsidy)) and m.data(m.index(0, subsidy)) == "none"
    assert "subsidised" in m.data(m.index(2, stable), Qt.ItemDataRole.ToolTipRole)
    assert any("No split is stable" in t for t in chart_texts(page))


def test_each_partners_cost_and_its_change_against_the_chosen_base(qtbot):
    base, dearer, printer = variants()
    view = make_view(qtbot)
    view.set_project(Project((base, dearer, printer)), 0)
    wait_idle(qtbot, view)
    page = view.comparison
    qtbot.waitUntil(lambda: page.partner_model.rowCount() == 5, timeout=20_000)
    pm = page.partner_model
    headers = [pm.headerData(c, Qt.Orientation.Horizontal) for c in range(pm.columnCount())]
    assert headers.count("Change vs base") == 2
    a0, a2 = analyse(base).chosen_split(), analyse(printer).chosen_split()
    col = len(headers) - 1  # the last variant's change
    for i in range(5):
        assert pm.data(pm.index(i, col), RAW) == pytest.approx(a2.cost[i] - a0.cost[i])
    page.base.setCurrentIndex(2)  # compare with the last variant instead
    page.base.activated.emit(2)
    headers = [pm.headerData(c, Qt.Orientation.Horizontal) for c in range(pm.columnCount())]
    assert headers[-1].replace("\n", " ") == "More printer hours (base)"
    assert pm.data(pm.index(0, 2), RAW) == pytest.approx(a0.cost[0] - a2.cost[0])


def test_renaming_asks_in_a_dialog_wide_enough_for_its_title(qtbot, monkeypatch):
    from ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, text="": asked.append(title) or "Base")
    base, dearer, _ = variants()
    view = make_view(qtbot)
    view.set_project(Project((base, dearer)), 0)
    with qtbot.waitSignal(view.projectChanged) as got:
        view.comparison._ask_rename()
    assert asked == ["Rename scenario"] and got.args[0].scenarios[0].meta.name == "Base"


def test_the_rename_dialog_does_not_cut_its_own_title(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from ui import dialogs

    seen = {}

    def look():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
        seen["width"] = box.width()
        seen["title"] = box.fontMetrics().horizontalAdvance(box.windowTitle())
        box.reject()

    QTimer.singleShot(200, look)
    assert dialogs.ask_text(None, "Szenario umbenennen (langer Titel)", "Neuer Name:", "x") is None
    assert seen["width"] >= seen["title"] + 120


def test_anonymous_comparison_names_no_partner(qtbot):
    base, dearer, printer = variants()
    view = make_view(qtbot)
    view.set_project(Project((base, dearer, printer)), 0)
    wait_idle(qtbot, view)
    page = view.comparison
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20_000)
    view.set_anonymous(True)
    texts = []
    for model in (page.model, page.partner_model):
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    v = model.data(model.index(r, c), role)
                    texts.append(str(v))
    joined = " ".join(texts)
    for p in base.partners:
        assert p.name.split()[0] not in joined, p.name
