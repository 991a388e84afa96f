"""The one way off the GUI thread: run a function in the thread pool, get its result by signal.

A :class:`TaskRunner` runs at most one job at a time and keeps at most one waiting: a new request
replaces the waiting one, and the result of a job that has been superseded is dropped, so the newest
request always wins and a burst of edits costs at most two computations. Each runner has its own
worker thread (unless given a pool), so a long simulation elsewhere cannot hold up the results.
Jobs get immutable inputs (a frozen scenario) and return new objects; they never touch widgets —
the result is delivered in the GUI thread through a queued signal.

:func:`stop_all` (at the end of the application) forgets every request and waits briefly for the
running jobs; the caller ends the process when one is still computing, so a closed window never
leaves a process running for minutes.
"""

from __future__ import annotations

import weakref
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Bridge(QObject):
    done = Signal(int, bool, object)  # serial, ok, result or exception


class _Job(QRunnable):
    def __init__(self, bridge: _Bridge, serial: int, fn: Callable[..., Any], args: tuple):
        super().__init__()
        self.setAutoDelete(True)
        self._bridge, self._serial, self._fn, self._args = bridge, serial, fn, args

    def run(self) -> None:  # worker thread: compute only, no widgets
        try:
            result, ok = self._fn(*self._args), True
        except Exception as e:  # delivered to the GUI thread, shown there
            result, ok = e, False
        try:
            self._bridge.done.emit(self._serial, ok, result)
        except RuntimeError:  # the runner was deleted while we computed (window closed)
            pass


_RUNNERS: "weakref.WeakSet[TaskRunner]" = weakref.WeakSet()


def stop_all(msecs: int = 2000) -> bool:
    """Cancel every runner's requests and wait up to ``msecs`` in all for running jobs; True when
    no job is running any more."""
    runners = list(_RUNNERS)
    for r in runners:
        try:
            r.cancel()
        except RuntimeError:  # its C++ object is gone: nothing runs there
            continue
    deadline = msecs
    idle = True
    for r in runners:
        try:
            idle = r.wait(max(0, deadline)) and idle
        except RuntimeError:
            continue
        deadline = 0 if not idle else deadline
    return idle


class TaskRunner(QObject):
    """Runs ``fn(*args)`` off the GUI thread; ``finished`` carries the newest request's result,
    ``failed`` its exception."""

    finished = Signal(object)
    failed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        if pool is None:  # its own thread: a long job of another runner never delays this one
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._serial = 0
        self._running = False
        self._pending: tuple[int, Callable[..., Any], tuple] | None = None
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        _RUNNERS.add(self)

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def submit(self, fn: Callable[..., Any], *args: Any) -> int:
        """Request ``fn(*args)``; returns the request's serial number."""
        self._serial += 1
        was_busy = self.busy
        self._pending = (self._serial, fn, args)
        if not self._running:
            self._start_pending()
        if not was_busy:
            self.busyChanged.emit(True)
        return self._serial

    def cancel(self) -> None:
        """Forget every request made so far: no result will be delivered for them."""
        self._serial += 1
        self._pending = None
        if not self._running:
            self.busyChanged.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def _start_pending(self) -> None:
        assert self._pending is not None
        serial, fn, args = self._pending
        self._pending = None
        self._running = True
        self._pool.start(_Job(self._bridge, serial, fn, args))

    @Slot(int, bool, object)
    def _on_done(self, serial: int, ok: bool, value: object) -> None:
        self._running = False
        if self._pending is not None:
            self._start_pending()  # a newer request arrived: this result is stale
            return
        if serial == self._serial:
            (self.finished if ok else self.failed).emit(value)
        self.busyChanged.emit(False)
