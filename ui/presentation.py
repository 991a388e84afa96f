"""Presentation mode for a partner meeting: the result pages full screen, in large type, without editors.

Left/Right and PageUp/PageDown (what presentation clickers send) step through the pages, Esc or F11
leaves. "Anonymous" shows every partner by its alias on every page, in every chart and table, for a
meeting where not everyone may see who is who. The window has its own result view (a copy of the
main window's state); a simulation run here is handed back to the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .results.view import ResultsView

#: How much larger text and charts are than in the main window, by screen width (a full-HD projector
#: gets 1.5; a laptop screen less, so that the pages still fit).
SCALES = ((1800, 1.5), (1500, 1.35), (1200, 1.2), (0, 1.1))


def scale_for(width: int) -> float:
    return next(s for w, s in SCALES if width >= w)


class PresentationWindow(QWidget):
    """Full-screen result pages. ``closed`` is emitted when the user leaves."""

    closed = Signal()

    def __init__(self, source: ResultsView, anonymous: bool = False, parent: QWidget | None = None,
                 scale: float | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        if scale is None:
            screen = (source.screen() or QApplication.primaryScreen()).geometry()
            scale = scale_for(screen.width())
        self.scale = scale
        self.source = source
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        self.setFont(font)
        self.heading = QLabel()
        self.page_label = QLabel()
        self.anonymous = QCheckBox()
        self.anonymous.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button = QPushButton()
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.clicked.connect(self.close)
        self.view = ResultsView(self, scale=scale)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.page_label)
        bar.addSpacing(24)
        bar.addWidget(self.anonymous)
        bar.addWidget(self.exit_button)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        self._sync_from_source()
        self.view.set_current_page(source.current_page())
        self.anonymous.setChecked(anonymous)
        self.view.set_anonymous(anonymous)
        self.anonymous.toggled.connect(self.set_anonymous)
        self.view.tabs.currentChanged.connect(lambda _i: self._update_labels())
        self.view.riskChanged.connect(source.set_risk_result)
        source.shown.connect(self._sync_from_source)
        # keys are caught for the whole window, whichever child has the focus (a table, a combo box):
        # a presentation clicker must always turn the page
        QApplication.instance().installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CoopCalc – presentation"))
        self.anonymous.setText(self.tr("Anonymous (A)"))
        self.anonymous.setToolTip(self.tr("Show every partner by its alias (Partner A, Partner B, …) everywhere."))
        self.exit_button.setText(self.tr("Leave (Esc)"))
        self._update_labels()

    def _update_labels(self) -> None:
        shown = self.view._shown()[0]
        self.heading.setText(shown.meta.name if shown is not None else "")
        f = self.heading.font()
        f.setBold(True)
        self.heading.setFont(f)
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.view.current_page() + 1))
                                .replace("%2", str(self.view.tabs.count())))

    def _sync_from_source(self) -> None:
        src = self.source
        if src.project is not None:
            self.view.set_project(src.project, src.project_index)
        self.view.set_results(src.scenario, src.analysis)
        result, scenario = src.risk_result()
        if result is not None:
            self.view.set_risk_result(result, scenario)
        self._update_labels()

    # ---- actions --------------------------------------------------------------------------------
    def set_anonymous(self, on: bool) -> None:
        self.anonymous.setChecked(on)
        self.view.set_anonymous(on)
        self._update_labels()

    def next_page(self) -> None:
        self.view.set_current_page(self.view.current_page() + 1)

    def previous_page(self) -> None:
        self.view.set_current_page(self.view.current_page() - 1)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget)
                or not (obj is self or self.isAncestorOf(obj)) or QApplication.activePopupWidget() is not None):
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        typing = isinstance(obj, (QLineEdit, QAbstractSpinBox))
        if event.matches(QKeySequence.StandardKey.FullScreen) or key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        elif key == Qt.Key.Key_PageDown or (key == Qt.Key.Key_Right and not typing):
            self.next_page()
        elif key == Qt.Key.Key_PageUp or (key == Qt.Key.Key_Left and not typing):
            self.previous_page()
        elif key == Qt.Key.Key_A and mods == Qt.KeyboardModifier.NoModifier and not typing:
            self.anonymous.toggle()
        else:
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        QApplication.instance().removeEventFilter(self)
        try:
            self.source.shown.disconnect(self._sync_from_source)
        except (RuntimeError, TypeError):
            pass
        self.source.set_current_page(self.view.current_page())
        super().closeEvent(event)
        self.closed.emit()


def present(source: ResultsView, anonymous: bool = False) -> PresentationWindow:
    """Open presentation mode full screen on the pages of ``source``; returns the window (it deletes
    itself when closed)."""
    win = PresentationWindow(source, anonymous)
    win.showFullScreen()
    win.activateWindow()
    win.setFocus()
    return win
