"""How quickly the window lets go: Cancel of a risk run, the results view's shutdown, and the
window's blocking time on paste and open (the figures the test suite used to assert on time).

    QT_QPA_PLATFORM=offscreen python bench/bench_cancel.py [--repeat 3]

* **cancel**: a 3,000,000-trial risk run of the five-partner example is started; once it reports
  progress, Cancel is clicked and the time until the worker thread has stopped is measured.
* **shutdown**: the same, through ResultsView.shutdown() (what closing the window does).
* **paste**: 10,000 rows pasted into the Partners and Items tables; the time the GUI thread is busy.
* **open 500 items**: opening a file with 500 items and 10,000 correlations; the time the GUI thread
  is busy until the editors are shown (the analysis and the correlation check run off it).
Targets: cancel and shutdown under 1 s; paste and open under 200 ms of blocking.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _wait(app, cond, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > end:
            raise TimeoutError("condition not reached")
        app.processEvents()
        time.sleep(0.002)


def cancel_times(app, repeat: int) -> tuple[list[float], list[float]]:
    from test_results_support import example

    from coop_calc.model import Project
    from ui.results.view import ResultsView

    cancel, shutdown = [], []
    for k in range(2 * repeat):
        s, a = example("five")
        view = ResultsView()
        view.set_project(Project((s,)), 0)
        view.set_results(s, a)
        bar = view.risk.run_bar
        bar.trials.setValue(3_000_000)
        progress: list[int] = []
        bar.bar.valueChanged.connect(progress.append)
        bar.run()
        _wait(app, lambda: any(v > 0 for v in progress))
        t0 = time.perf_counter()
        if k % 2 == 0:
            bar.cancel()
            _wait(app, lambda: not bar.runner.busy)
            cancel.append(time.perf_counter() - t0)
        else:
            view.shutdown()
            shutdown.append(time.perf_counter() - t0)
        view.deleteLater()
        app.processEvents()
    return cancel, shutdown


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from machine import cpu_model  # bench/machine.py

    from ui.app import make_app

    app = make_app(["bench"])
    print(f"Machine: {cpu_model()}")
    cancel, shutdown = cancel_times(app, args.repeat)
    print(f"Cancel -> worker stopped:   median {statistics.median(cancel) * 1000:.0f} ms, max {max(cancel) * 1000:.0f} ms")
    print(f"shutdown() -> returned:     median {statistics.median(shutdown) * 1000:.0f} ms,"
          f" max {max(shutdown) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
