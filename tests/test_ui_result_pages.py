"""The result pages inside the main window: fed live, scenario changes undoable, presentation mode."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel
from ui_support import five, isolated, wait_results, window  # noqa: F401


def test_result_pages_follow_the_document(window, qtbot):
    w = window
    w.show_result_pages()
    assert w.stack.currentWidget() is w.result_pages and not w.dock.isVisible()
    qtbot.waitUntil(lambda: w.result_pages.analysis is not None and w.result_pages.analysis.splits is not None
                    and len(w.result_pages.analysis.splits.splits) > 1, timeout=20_000)
    shown = w.result_pages.analysis
    assert shown.scenario is w.doc.scenario
    assert np.isclose(shown.savings.savings, 1_858_950.0)
    # an edit elsewhere reaches the pages
    from coop_calc.commands import SetDemand

    w.doc.execute(SetDemand("lindner", "cobot", 4.0), "demand")
    wait_results(qtbot, w)
    qtbot.waitUntil(lambda: w.result_pages.analysis.scenario is w.doc.scenario, timeout=20_000)
    assert w.result_pages.analysis.savings.savings != shown.savings.savings
    w.show_editors()
    assert w.dock.isVisible()


def test_duplicating_a_scenario_is_one_undo_step(window, qtbot):
    w = window
    from dataclasses import replace

    from coop_calc.model import Project

    s = w.doc.scenario
    copy = replace(s, meta=replace(s.meta, name="without Lindner"))
    w.result_pages.projectChanged.emit(Project((s, copy)))
    assert [x.meta.name for x in w.doc.project.scenarios] == [s.meta.name, "without Lindner"]
    assert w.doc.index == 1 and w.scenario_action.isVisible()
    w.doc.undo_stack.undo()
    assert len(w.doc.project.scenarios) == 1 and w.doc.index == 0
    w.doc.undo_stack.redo()
    assert len(w.doc.project.scenarios) == 2


def test_presentation_mode_opens_full_screen_and_anonymises(window, qtbot):
    w = window
    w.act_present_anon.trigger()
    pres = w._presentation
    qtbot.waitUntil(lambda: pres.isVisible(), timeout=5_000)
    texts = " ".join(lbl.text() for lbl in pres.findChildren(QLabel))
    for p in w.doc.scenario.partners:
        assert p.name not in texts
    pres.close()
    qtbot.waitUntil(lambda: not pres.isVisible(), timeout=5_000)
