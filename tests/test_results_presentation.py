"""Presentation mode: full screen, large type, pages stepped by keys, Esc leaves; anonymous mode shows
no real partner name anywhere — widgets, tables, tabs, charts."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_results_support import chart_texts, example, make_view, show_every_page, wait_idle, widget_texts

from coop_calc.model import Project
from ui.presentation import PresentationWindow, present, scale_for

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def open_presentation(qtbot, view, anonymous=False) -> PresentationWindow:
    win = present(view, anonymous)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    return win


def test_presentation_is_full_screen_large_and_stepped_by_keys(qtbot):
    view = make_view(qtbot)
    view.set_current_page(2)
    win = open_presentation(qtbot, view)
    assert win.isFullScreen()
    assert win.scale >= 1.1 and scale_for(1920) == 1.5  # a full-HD projector gets half again as large
    assert win.font().pointSizeF() == pytest.approx(view.font().pointSizeF() * win.scale)
    assert win.view.savings.per_partner.figure.dpi == pytest.approx(100 * win.scale, rel=0.01) or \
        win.view.savings.per_partner.figure._original_dpi == pytest.approx(100 * win.scale)
    assert not win.findChildren(type(view)) or all(v is win.view for v in win.findChildren(type(view)))
    assert win.view.current_page() == 2  # starts where the main window was
    for key, page in ((Qt.Key.Key_Right, 3), (Qt.Key.Key_PageDown, 4), (Qt.Key.Key_Left, 3),
                      (Qt.Key.Key_PageUp, 2)):
        qtbot.keyClick(win, key)
        assert win.view.current_page() == page
    assert "Page 3 of 6" in win.page_label.text()
    for _ in range(8):
        qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert win.view.current_page() == 5  # stops at the last page
    with qtbot.waitSignal(win.closed):
        qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert view.current_page() == 5  # back in the main window on the page last shown


def forbidden_words(scenarios) -> list[str]:
    words = set()
    for s in scenarios:
        for p in s.partners:
            words |= {p.name.casefold(), p.name.split()[0].casefold(), p.id.casefold()}
    return sorted(words)


def test_anonymous_presentation_shows_no_partner_name_anywhere(qtbot):
    s, a = example("five")
    variant = dataclasses.replace(s, partners=s.partners[:4], meta=dataclasses.replace(
        s.meta, name=f"Without {s.partners[4].name.split()[0]}"))
    view = make_view(qtbot)
    view.set_project(Project((s, variant)), 0)
    view.risk.run_bar.trials.setValue(1000)
    with qtbot.waitSignal(view.riskChanged, timeout=30_000):
        view.risk.run_bar.run()  # with real names: "Kessler … drops out" in the tornado
    win = open_presentation(qtbot, view)
    win.showNormal()
    win.resize(1400, 900)  # the test screen is 800 × 600; a meeting room's projector is larger
    qtbot.keyClick(win, Qt.Key.Key_A)
    assert win.anonymous.isChecked()
    show_every_page(qtbot, win.view)
    texts = " ".join(widget_texts(win) + chart_texts(win)).replace("\n", " ").casefold()
    risk = win.view.risk
    win.view.set_current_page(4)
    for i in range(1, risk.who.count()):  # every partner's histogram, S-curve and tornado
        risk.who.setCurrentIndex(i)
        QApplication.processEvents()
        texts += " ".join(chart_texts(risk)).replace("\n", " ").casefold()
    for word in forbidden_words([s, variant]):
        assert word not in texts, f"{word!r} is shown in anonymous mode"
    assert "partner a" in texts and "partner e drops out" in texts and "without partner e" in texts
    win.anonymous.setChecked(False)
    wait_idle(qtbot, win.view)
    assert s.partners[0].name in " ".join(widget_texts(win))
    win.close()


def test_a_simulation_run_in_presentation_mode_reaches_the_main_window(qtbot):
    view = make_view(qtbot)
    win = open_presentation(qtbot, view, anonymous=True)
    win.view.set_current_page(4)
    bar = win.view.risk.run_bar
    bar.trials.setValue(500)
    with qtbot.waitSignal(win.view.riskChanged, timeout=30_000):
        bar.run()
    win.close()
    result, _ = view.risk_result()
    assert result is not None and result.trials == 500
    names = [p.name for p in example("five")[0].partners]
    assert view.risk.model.data(view.risk.model.index(0, 0)) == names[0]  # named again outside
