"""The one helper off the GUI thread: newest request wins, stale results are dropped, errors arrive."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from ui.tasks import TaskRunner


def slow(value, gate: threading.Event | None = None, seconds: float = 0.0):
    if gate is not None:
        gate.wait(5)
    time.sleep(seconds)
    return value, QThread.currentThread()


def test_result_arrives_in_the_gui_thread(qtbot):
    runner = TaskRunner()
    with qtbot.waitSignal(runner.finished, timeout=5000) as got:
        runner.submit(slow, 7)
    value, worker = got.args[0]
    assert value == 7 and worker is not QThread.currentThread()
    runner.wait()


def test_newest_request_wins_and_stale_results_are_dropped(qtbot):
    runner = TaskRunner()
    results, calls = [], []
    runner.finished.connect(lambda r: results.append(r[0]))
    gate = threading.Event()

    def job(v):
        calls.append(v)
        return slow(v, gate)

    runner.submit(job, 1)  # starts and waits at the gate
    runner.submit(job, 2)  # waits its turn …
    runner.submit(job, 3)  # … and is replaced by this one
    assert runner.busy
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert results == [3]  # 1 finished but was stale; 2 never ran
    assert calls == [1, 3]
    runner.wait()


def test_failure_is_delivered_not_raised(qtbot):
    runner = TaskRunner()

    def boom():
        raise ValueError("no quote can supply 7 units")

    with qtbot.waitSignal(runner.failed, timeout=5000) as got:
        runner.submit(boom)
    assert isinstance(got.args[0], ValueError) and "no quote" in str(got.args[0])
    runner.wait()


def test_cancel_drops_the_running_result(qtbot):
    runner = TaskRunner()
    results = []
    runner.finished.connect(results.append)
    runner.submit(slow, 1, None, 0.05)
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    runner.wait()
    qtbot.wait(20)
    assert results == []
