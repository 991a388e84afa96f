"""The deck's risk slide follows live risk of the main window: an edit while the deck is open changes
the slide's figures without pressing anything (first estimate, then the completed run), the deck does
not simulate the same pool a second time, and anonymous decks show aliases."""

from __future__ import annotations

import dataclasses

import pytest
from deck_support import make_source, open_deck
from PySide6.QtWidgets import QApplication

from coop_calc.analysis import analyse

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def _risk_slide(win):
    return next(s for s in win.slides if s.key == "risk")


def _edit(source):
    """The edit of the main window: the first partner drops out with probability 0.4."""
    s = source.scenario
    p0 = dataclasses.replace(s.partners[0], dropout_probability=0.4)
    s2 = dataclasses.replace(s, partners=(p0, *s.partners[1:]))
    source.set_results(s2, analyse(s2))
    return s2


@pytest.mark.parametrize("anonymous", [False, True], ids=["named", "anonymous"])
def test_an_edit_in_the_main_window_refreshes_the_risk_slide_by_itself(qtbot, anonymous):
    source = make_source(qtbot, "five", two=False)
    assert source.live_risk_on()
    win = open_deck(qtbot, source, anonymous=anonymous)
    assert source.risk.keep_live  # the risk slide is in the deck: live risk runs while its page is hidden
    before = _risk_slide(win).spec
    assert "1,000 trials" in before.note  # the adopted run; opening the deck does not simulate it again
    submitted = []
    win.risk_runner.submit = lambda *a: submitted.append(a)  # the deck must not simulate the pool itself
    updates = []
    # connected after the deck: each update sees the slide as the deck has just rebuilt it
    def seen(r, sc, final):
        updates.append((final, r.trials, _risk_slide(win).spec.note))

    source.riskUpdated.connect(seen)
    s2 = _edit(source)
    qtbot.waitUntil(lambda: any(u[0] for u in updates), timeout=120_000)
    QApplication.processEvents()
    after = _risk_slide(win).spec
    first = updates[0]
    assert not first[0] and f"{first[1]:,} trials" in first[2]  # the first estimate was on the slide at once
    assert f"{updates[-1][1]:,} trials" in after.note  # … then the completed run
    assert after.rows != before.rows and "1,000 trials" not in after.note
    assert not submitted and win._base[0] is s2
    names = [row[0] for row in after.rows]
    real = [p.name for p in s2.partners]
    if anonymous:
        assert not set(names) & set(real)
    else:
        assert names == real
    source.riskUpdated.disconnect(seen)
    win.close()
    assert not source.risk.keep_live  # the deck closed: live risk waits for the risk page again


def test_without_the_risk_slide_live_risk_is_not_kept_running(qtbot):
    source = make_source(qtbot, "five", two=False)
    win = open_deck(qtbot, source)
    win.set_slides(("savings", "split"))
    assert not source.risk.keep_live
    win.set_slides(("savings", "risk"))
    assert source.risk.keep_live
    win.close()
