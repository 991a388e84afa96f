"""Every text a user of the desktop application can read, collected with the place it is shown: widgets
and their tips, menus and actions, table headers and cells, chart texts, the undo history. Holds no tests.

``texts_of(root, place)`` walks one widget tree; ``window_texts(w)`` the main window with its menus,
editors, results dock, result pages, status bar and undo history.
"""

from __future__ import annotations

import time

from matplotlib.text import Text
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

Texts = list[tuple[str, str]]
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole,
         Qt.ItemDataRole.WhatsThisRole)


def _place(w: QWidget, root: QWidget, base: str) -> str:
    """``base`` › the widget's class (and object name) with its nearest named ancestors."""
    parts = []
    cur: QWidget | None = w
    while cur is not None and cur is not root and len(parts) < 3:
        name = type(cur).__name__
        if cur.objectName() and not cur.objectName().startswith("qt_"):
            name += f"#{cur.objectName()}"
        parts.append(name)
        cur = cur.parentWidget()
    return " › ".join([base] + parts[::-1])


def _columns(model, parent: QModelIndex) -> int:
    """Columns under ``parent`` (a list model's is private in PySide6: one)."""
    try:
        return model.columnCount(parent)
    except TypeError:
        return 1


def model_texts(model, place: str) -> Texts:
    """Headers (both orientations) and every cell's display text and tips, the tree's children too."""
    out: Texts = []
    if model is None:
        return out
    top = QModelIndex()
    for orient, count in ((Qt.Orientation.Horizontal, _columns(model, top)),
                          (Qt.Orientation.Vertical, model.rowCount(top))):
        for c in range(count):
            for role in ROLES:
                h = model.headerData(c, orient, role)
                if isinstance(h, str) and h:
                    out.append((f"{place} header", h))

    def walk(parent: QModelIndex, depth: int) -> None:
        for r in range(model.rowCount(parent)):
            for c in range(_columns(model, parent)):
                index = model.index(r, c, parent)
                for role in ROLES:
                    v = index.data(role)
                    if isinstance(v, str) and v:
                        out.append((f"{place} cell", v))
                if c == 0 and depth < 4 and _columns(model, index) and model.rowCount(index):
                    walk(index, depth + 1)

    walk(top, 0)
    return out


def action_texts(a: QAction, place: str) -> Texts:
    out = [(place, t) for t in (a.text(), a.toolTip(), a.statusTip(), a.whatsThis(), a.iconText()) if t]
    m = a.menu()
    if isinstance(m, QMenu):
        out += menu_texts(m, place)
    return out


def menu_texts(m: QMenu, place: str) -> Texts:
    m.aboutToShow.emit()  # menus filled when opened (Open Recent)
    out: Texts = [(place, m.title())] if m.title() else []
    for a in m.actions():
        out += action_texts(a, f"{place} › {m.title()}")
    return out


def widget_own_texts(w: QWidget) -> list[str]:
    out = [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName(), w.accessibleDescription()]
    if isinstance(w, QLabel):
        out.append(w.text())
    elif isinstance(w, QAbstractButton):
        out.append(w.text())
    elif isinstance(w, QGroupBox):
        out.append(w.title())
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            out += [w.itemText(i), str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")]
    elif isinstance(w, QLineEdit):
        out += [w.text(), w.placeholderText()]
    elif isinstance(w, QAbstractSpinBox):
        out += [w.text(), w.specialValueText()]
        out += [getattr(w, "prefix", lambda: "")(), getattr(w, "suffix", lambda: "")()]
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            out += [w.tabText(i), w.tabToolTip(i)]
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            out += [w.tabText(i), w.tabToolTip(i)]
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        out += [w.toPlainText(), w.placeholderText()]
    elif isinstance(w, QProgressBar):
        out.append(w.text() if w.maximum() > w.minimum() else w.format())
    return [t for t in out if t]


def settle(chart, timeout: float = 30.0) -> None:
    """Until ``chart`` shows its newest drawing: a chart on screen may be drawn off the GUI thread
    (then wait for it), a hidden one is drawn when first shown (then draw it here)."""
    deadline = time.monotonic() + timeout
    while (chart.isVisible() and getattr(chart, "is_current", lambda: True)() is False
           and time.monotonic() < deadline):
        QApplication.processEvents()
        time.sleep(0.01)
    if chart._dirty:
        chart.render()


def chart_texts(root: QWidget, place: str, visible: bool = False) -> Texts:
    """Every text artist of every chart under ``root`` (titles, axes, ticks, legends, annotations),
    drawn first so that the texts are those a viewer sees; ``visible``: only the charts on screen."""
    from ui.results.common import Chart

    out: Texts = []
    for chart in root.findChildren(Chart):
        if visible and not chart.isVisible():
            continue
        settle(chart)
        if chart._call is None:
            continue
        chart.figure.canvas.draw()
        where = _place(chart, root, place) + " chart"
        out += [(where, t.get_text()) for t in chart.figure.findobj(Text) if t.get_text()]
    return out


def texts_of(root: QWidget, place: str, visible: bool = False) -> Texts:
    """Every text of ``root`` and its descendants: widgets, actions, item views, charts; ``visible``:
    only what is on screen now (the pages a user is looking at)."""
    out: Texts = []
    for w in [root] + root.findChildren(QWidget):
        if visible and not w.isVisible():
            continue
        where = _place(w, root, place)
        out += [(where, t) for t in widget_own_texts(w)]
        for a in w.actions():
            out += action_texts(a, where + " action")
        if isinstance(w, QAbstractItemView):
            out += model_texts(w.model(), where)
    return out + chart_texts(root, place, visible)


def undo_texts(w) -> Texts:
    stack = w.doc.undo_stack
    return [("undo history", stack.text(i)) for i in range(stack.count())] + [
        ("Edit menu", t) for a in (w.act_undo, w.act_redo) for t in (a.text(), a.toolTip(), a.iconText())]


def chrome_texts(w) -> Texts:
    """The main window's title, menus (with every action's text and tips) and undo history."""
    out: Texts = [("window title", w.windowTitle())]
    for a in w.menuBar().actions():
        if isinstance(a.menu(), QMenu):
            out += menu_texts(a.menu(), "menu")
    return out + undo_texts(w)


def window_texts(w, visible: bool = False) -> Texts:
    """The main window: title, menus and tool bar, every page of the central stack (welcome, editors,
    result pages; ``visible``: the one shown), the results dock, the status bar and the undo history."""
    return chrome_texts(w) + texts_of(w, "window", visible)
