"""Helpers for the result-page tests: example analyses, a results view, and every text a viewer sees
(widgets, table models, tab titles, chart texts). Holds no tests itself."""

from __future__ import annotations

import functools
import time

from conftest import EXAMPLES
from matplotlib.text import Text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from coop_calc.analysis import analyse
from coop_calc.model import Project
from coop_calc.scenario_io import load_scenario


@functools.lru_cache(maxsize=None)
def example(name: str):
    """(scenario, analysis) of a bundled example ('five' or 'twelve'), computed once per session."""
    s = load_scenario(EXAMPLES / f"{name}-partner-pool.coop.json")
    return s, analyse(s)


def make_view(qtbot, name: str = "five", size=(1400, 900), **kw):
    from ui.results.view import ResultsView

    s, a = example(name)
    view = ResultsView(**kw)
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_project(Project((s,)), 0)
    view.set_results(s, a)
    view.show()
    return view


def show_every_page(qtbot, view) -> None:
    """Open each tab once, so that every chart is drawn as a user would see it."""
    for i in range(view.tabs.count()):
        view.set_current_page(i)
        QApplication.processEvents()
        wait_charts(view)
    wait_idle(qtbot, view)


def wait_idle(qtbot, view, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not view.comparison.runner.busy and not view.risk.run_bar.runner.busy, timeout=timeout)
    QApplication.processEvents()
    wait_charts(view)


def wait_charts(root: QWidget, timeout: float = 20.0) -> None:
    """Wait until no chart under ``root`` is being drawn off the GUI thread (a chart on screen appears a
    moment after its page's tables). An event loop, not QTest.qWait: qWait keeps the GIL while it
    waits, which starves the drawing thread."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.results.common import Chart

    end = time.monotonic() + timeout
    while any(c.drawing for c in [*root.findChildren(Chart), *([root] if isinstance(root, Chart) else [])]):
        if time.monotonic() > end:
            raise TimeoutError("a chart was not drawn")
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def model_texts(model) -> list[str]:
    out = []
    if model is None:
        return out
    for c in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            h = model.headerData(c, Qt.Orientation.Horizontal, role)
            if h:
                out.append(str(h))
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
                v = model.data(model.index(r, c), role)
                if isinstance(v, str) and v:
                    out.append(v)
    return out


def widget_texts(root: QWidget) -> list[str]:
    """Texts of ``root`` and all its children: labels, buttons, combo items, tabs, line edits, tables,
    window titles and tool tips."""
    out = []
    for w in [root] + root.findChildren(QWidget):
        out += [w.windowTitle(), w.toolTip()]
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            out += model_texts(w.model())
    return [t for t in out if t]


def chart_texts(root: QWidget) -> list[str]:
    """Texts of every chart under ``root`` (titles, axis labels, tick labels, legends, annotations)."""
    from ui.results.common import Chart

    wait_charts(root)
    out = []
    for chart in root.findChildren(Chart):
        if chart._dirty:  # a chart on a page not opened yet
            chart.render()
        chart.figure.canvas.draw()
        out += [t.get_text() for t in chart.figure.findobj(Text) if t.get_text()]
    return out
