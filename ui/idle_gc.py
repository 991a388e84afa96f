"""Python's full garbage collections moved to moments when the user is not waiting.

The interpreter's oldest-generation collection walks every tracked object; in the window (Qt wrappers,
scipy, matplotlib, the analyses) that is hundreds of thousands, and one such pass stops every thread
for 90 ms and more: when it fell into an edit, the window froze for it, whichever thread (the chart
thread, most often) had set it off. :class:`IdleCollector` waits until nothing has happened for a
moment and nothing runs in the background, then collects everything once and freezes the survivors
(:func:`gc.freeze`): the collections that happen during the next edits only walk what is new since.
Frozen objects are unfrozen before the next idle collection, so garbage among them (an old chart's
figure) is still freed then.
"""

from __future__ import annotations

import gc
import logging
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


class IdleCollector(QObject):
    """``poke()`` on every sign of activity; ``quiet_ms`` after the last one, when ``busy()`` is False,
    a full collection runs and what survives is frozen. ``last_ms``: how long the last one took."""

    def __init__(self, busy: Callable[[], bool], quiet_ms: int = 1500, parent: QObject | None = None):
        super().__init__(parent)
        self._busy = busy
        self.last_ms: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(quiet_ms)
        self.timer.timeout.connect(self._collect)

    def poke(self, *_args) -> None:
        self.timer.start()

    def _collect(self) -> None:
        if self._busy():
            self.timer.start()  # background work still creates objects: later
            return
        t0 = time.perf_counter()
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.last_ms = (time.perf_counter() - t0) * 1000
        log.debug("idle collection: %.0f ms, %d objects frozen", self.last_ms, gc.get_freeze_count())

    def release(self) -> None:
        """Stop, and give frozen objects back to the collector (the window is closing)."""
        self.timer.stop()
        gc.unfreeze()
