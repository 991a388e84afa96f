"""Presentation mode: entered and left any number of times (F11, Shift+F11, Esc), full screen, large
type, slides stepped by clicker keys; anonymous mode shows no real partner name anywhere — labels,
tables, charts, the what-if panel; a simulation the deck runs reaches the main window."""

from __future__ import annotations

import pytest
from deck_support import make_source, open_deck, wait_deck
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from test_results_support import chart_texts, example, widget_texts
from ui_support import five, isolated, wait_results, window  # noqa: F401 - fixtures

from coop_calc.deck import default_slides
from ui.presentation import PresentationWindow, scale_for

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def test_f11_has_one_binding_per_key_so_it_is_never_ambiguous(window):
    keys = [k.toString() for k in window.act_present.shortcuts()]
    assert "F11" in keys and len(keys) == len(set(keys))
    assert [k.toString() for k in window.act_present_anon.shortcuts()] == ["Shift+F11"]
    for k in QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen):
        assert k.toString() in keys  # the platform's own full-screen key works too


@pytest.mark.parametrize("enter, anonymous", [(Qt.Key.Key_F11, False), (Qt.Key.Key_F11, True)],
                         ids=["F11", "Shift+F11"])
def test_presentation_opens_and_closes_three_times_from_the_keyboard(window, qtbot, enter, anonymous):
    w = window
    w.activateWindow()
    mods = Qt.KeyboardModifier.ShiftModifier if anonymous else Qt.KeyboardModifier.NoModifier
    for round_ in range(3):
        qtbot.keyClick(w, enter, mods)
        qtbot.waitUntil(lambda: w._presentation is not None and w._presentation.isVisible(), timeout=5_000)
        pres = w._presentation
        assert isinstance(pres, PresentationWindow) and pres.isFullScreen()
        assert pres.anonymous.isChecked() == anonymous
        assert [s.key for s in pres.slides] == list(default_slides(1))
        leave = Qt.Key.Key_Escape if round_ != 1 else Qt.Key.Key_F11  # F11 leaves as well
        with qtbot.waitSignal(pres.closed, timeout=5_000):
            qtbot.keyClick(pres, leave)
        assert w._presentation is None
    w.present()  # and once more through the menu action's slot
    assert w._presentation is not None
    w._presentation.close()


def test_slides_are_large_and_stepped_by_clicker_keys(qtbot):
    win = open_deck(qtbot, make_source(qtbot, two=False), (1920, 1080))
    assert win.scale == scale_for(1920) == 1.5  # a full-HD projector gets half again as large
    assert win.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * win.scale)
    assert win.slides[0].headline.font().pointSizeF() > 2 * QApplication.font().pointSizeF()
    assert win.stack.currentIndex() == 0
    for key, page in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_PageDown, 2), (Qt.Key.Key_Space, 3), (Qt.Key.Key_Left, 2),
                      (Qt.Key.Key_PageUp, 1), (Qt.Key.Key_End, 6), (Qt.Key.Key_Home, 0)):
        qtbot.keyClick(win, key)
        assert win.stack.currentIndex() == page, key
    assert "Slide 1 of 7" in win.page_label.text()
    for _ in range(9):
        qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert win.stack.currentIndex() == 6  # stops at the last slide
    win.toggle_what_if()
    win.what_if.coordination.setFocus()
    qtbot.keyClick(win.what_if.coordination, Qt.Key.Key_Left)  # typing in a field does not turn the page
    assert win.stack.currentIndex() == 6
    qtbot.keyClick(win.what_if.coordination, Qt.Key.Key_PageUp)  # but the clicker's key does
    assert win.stack.currentIndex() == 5
    with qtbot.waitSignal(win.closed):
        qtbot.keyClick(win, Qt.Key.Key_Escape)


def forbidden_words(scenarios) -> list[str]:
    words = set()
    for s in scenarios:
        for p in s.partners:
            words |= {p.name.casefold(), p.name.split()[0].casefold(), p.id.casefold()}
    return sorted(words)


def test_anonymous_deck_shows_no_partner_name_anywhere(qtbot):
    source = make_source(qtbot)
    win = open_deck(qtbot, source, (1400, 900))
    qtbot.keyClick(win, Qt.Key.Key_A)
    assert win.anonymous.isChecked()
    wait_deck(qtbot, win)
    win.toggle_what_if()
    texts = []
    for k, slide in enumerate(win.slides):
        win.go_to(k)
        slide.render_now()
        QApplication.processEvents()
        texts += widget_texts(slide) + chart_texts(slide) + [slide.spec.headline] + sum(slide.spec.rows, [])
    panel = win.what_if
    texts += [panel.partners.item(j).text() for j in range(panel.partners.count())]
    texts += [panel.supplier.itemText(j) for j in range(panel.supplier.count())] + [win.heading.text()]
    flat = " ".join(texts).replace("\n", " ").casefold()
    for word in forbidden_words(source.project.scenarios):
        assert word not in flat, f"{word!r} is shown in anonymous mode"
    assert "partner a" in flat and "without partner e" in flat
    win.anonymous.setChecked(False)
    assert example("five")[0].partners[0].name in " ".join(sum(win.slides[1].spec.rows, []))
    win.close()


def test_a_simulation_run_by_the_deck_reaches_the_main_window(qtbot):
    source = make_source(qtbot, risk=False, two=False)
    source.risk.run_bar.live.setChecked(False)  # with Live on, the main window's live risk feeds the slide
    s = source.scenario
    import dataclasses

    source.set_results(dataclasses.replace(s, risk=dataclasses.replace(s.risk, trials=500)), source.analysis)
    win = open_deck(qtbot, source, anonymous=True)
    qtbot.waitUntil(lambda: win._risk_state == "ok", timeout=60_000)
    risk = next(sl for sl in win.slides if sl.key == "risk")
    assert risk.spec.rows and risk.spec.rows[0][0] == "Partner A"
    win.close()
    result, scenario = source.risk_result()
    assert result is not None and result.trials == 500
    assert result.partner_names[0] == s.partners[0].name  # named again outside
