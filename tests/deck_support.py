"""Helpers for the deck's UI tests: a presentation window on a bundled example at a given screen size,
and the check that a slide shows everything without scrolling or cutting."""

from __future__ import annotations

import dataclasses
import functools

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from test_results_support import example

from coop_calc.model import Project
from coop_calc.risk.simulate import simulate

SIZES = ((1280, 720), (1920, 1080))
#: room a cell's text needs beside it (the style's margins)
MARGIN = 6


@functools.lru_cache(maxsize=None)
def risk_of(name: str):
    """A small simulation of a bundled example (computed once per session)."""
    s, _ = example(name)
    return simulate(s, trials=1000, seed=7)


def variant(s):
    """A second scenario for the comparison slide: the pool without its last partner."""
    return dataclasses.replace(s, partners=s.partners[:-1],
                               meta=dataclasses.replace(s.meta, name=f"Without {s.partners[-1].name.split()[0]}"))


def make_source(qtbot, name: str = "five", risk: bool = True, two: bool = True):
    from ui.results.view import ResultsView

    s, a = example(name)
    view = ResultsView()
    qtbot.addWidget(view)
    view.set_project(Project((s, variant(s)) if two else (s,)), 0)
    view.set_results(s, a)
    if risk:
        view.set_risk_result(risk_of(name), s)
    return view


def open_deck(qtbot, source, size=(1280, 720), anonymous: bool = False, doc=None):
    from ui.presentation import PresentationWindow, scale_for

    win = PresentationWindow(source, anonymous, scale=scale_for(size[0]), doc=doc)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    wait_deck(qtbot, win)
    return win


def wait_deck(qtbot, win, timeout: int = 60_000) -> None:
    """Until every background computation of the deck has delivered."""
    qtbot.waitUntil(lambda: not (win.analysis_runner.busy or win.risk_runner.busy or win.advice_runner.busy
                                 or win.compare_runner.busy),
                    timeout=timeout)
    QApplication.processEvents()


def show_slide(win, k: int) -> None:
    win.go_to(k)
    for _ in range(3):
        QApplication.processEvents()
    win.slides[k].render_now()
    QApplication.processEvents()


def problems(slide) -> list[str]:
    """Everything on ``slide`` a viewer could not read whole: scroll bars, rows below the bottom, cut or
    elided cell text, a headline taller than its label, parts outside the slide."""
    out = []
    t = slide.table
    where = f"{slide.key} slide"
    if slide.spec is None:
        return [f"{where}: nothing shown"]
    if slide.headline.text() != slide.spec.headline:
        out.append(f"{where}: headline text differs")
    if slide.headline.heightForWidth(slide.headline.width()) > slide.headline.height():
        out.append(f"{where}: headline cut ({slide.headline.height()} px for "
                   f"{slide.headline.heightForWidth(slide.headline.width())})")
    for w in (slide.headline, slide.table, slide.chart, slide.note):
        if w.isVisible() and w.geometry().bottom() > slide.height():
            out.append(f"{where}: {type(w).__name__} below the slide's bottom")
    if not t.isVisible():
        return out
    if not t.fits():
        out.append(f"{where}: the table does not fit")
    if t.verticalScrollBar().maximum() > 0 or t.horizontalScrollBar().maximum() > 0:
        out.append(f"{where}: the table scrolls")
    height = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount()))
    if height > t.height():
        out.append(f"{where}: rows need {height} px, the table has {t.height()}")
    width = sum(t.columnWidth(c) for c in range(t.columnCount()))
    if width > t.viewport().width():
        out.append(f"{where}: columns need {width} px, the table has {t.viewport().width()}")
    if t.textElideMode() != Qt.TextElideMode.ElideNone or not t.wordWrap():
        out.append(f"{where}: the table may elide")
    for c in range(t.columnCount()):
        w = t.columnWidth(c) - MARGIN
        head = t.horizontalHeaderItem(c).text()
        hm = QFontMetrics(t.horizontalHeader().font())
        for line in head.split("\n"):
            if hm.horizontalAdvance(line) > w:
                out.append(f"{where}: header {line!r} wider than its column")
        for r in range(t.rowCount()):
            item = t.item(r, c)
            text, fm = item.text(), QFontMetrics(item.font())
            if slide.spec.rows[r][c] != text:
                out.append(f"{where}: cell ({r}, {c}) shows {text!r} for {slide.spec.rows[r][c]!r}")
            if slide.spec.numeric[c]:
                if fm.horizontalAdvance(text) > w:
                    out.append(f"{where}: {text!r} wider than its column")
                continue
            for word in text.split():
                if fm.horizontalAdvance(word) > w:
                    out.append(f"{where}: the word {word!r} of {text!r} is cut")
            need = fm.boundingRect(QRect(0, 0, w, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
            if need > t.rowHeight(r):
                out.append(f"{where}: {text!r} needs {need} px, its row has {t.rowHeight(r)}")
    return out
