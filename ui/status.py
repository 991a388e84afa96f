"""The status bar's message line: a refused entry or a failed autosave stays readable until the next
successful edit (not ten seconds), and a long message is never cut — it is shortened with an ellipsis
on screen, with the whole text in its tool tip. A switch of the interface language clears it: the
message was put into words in the other language (a refusal's reason stays at its cell or field)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class StatusMessage(QLabel):
    """A label for the status bar. ``show_message(text)`` keeps ``text`` until ``clear_message()`` or
    the next change of the undo stack given to ``follow`` (an edit that worked, an undo or a redo)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusMessage")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._full = ""
        self._armed = False  # a change of the undo stack clears the message only once it has been seen

    def follow(self, stack: QUndoStack) -> None:
        stack.indexChanged.connect(self._edited)

    def message(self) -> str:
        """The whole message shown (also when the line is too short for it)."""
        return self._full

    def show_message(self, text: str) -> None:
        self._full = " ".join(text.split())
        self.setToolTip(self._full)
        self._armed = False
        # an edit that reports a refusal and then applies the rest (a paste) changes the stack in the same
        # turn of the event loop: the message must survive that, so clearing is armed only afterwards
        QTimer.singleShot(0, self._arm)
        self._elide()

    def clear_message(self) -> None:
        self._full = ""
        self.setToolTip("")
        self.setText("")

    def _arm(self) -> None:
        self._armed = bool(self._full)

    def _edited(self, _index: int) -> None:
        if self._armed:
            self.clear_message()

    def _elide(self) -> None:
        width = max(40, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._full:
            self.clear_message()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._full:
            self._elide()
