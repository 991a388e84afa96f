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


def _largest_gap(app, action) -> tuple[float, float]:
    """(seconds ``action`` took, the largest gap between 10 ms ticks of the GUI thread meanwhile)."""
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    t0 = last[0] = time.perf_counter()
    QTimer.singleShot(0, action)
    _wait(app, lambda: bool(gaps) and time.perf_counter() - t0 > 0.05 and done[0])
    took = done[1] - t0
    timer.stop()
    gaps.append(time.perf_counter() - last[0])
    return took, max(gaps)


done: list = [False, 0.0]


def window_blocking(app, tmp: Path) -> list[tuple[str, float, float]]:
    """Paste 10,000 rows into Partners and 490 into Items; open a 500-item file with 4,950
    correlations among 100 inputs. Returns (what, seconds, largest gap)."""
    import itertools
    import json
    import random
    import shutil

    from generate_pool import generate
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))  # not the user's
    five = tmp / "five.coop.json"
    shutil.copy(ROOT / "resources" / "examples" / "five-partner-pool.coop.json", five)
    big = tmp / "big.coop.json"
    doc = generate(12, 500, seed=3)
    names = [f"{it['id']}.{f}" for it in doc["items"][:20] if it.get("risk")
             for f in ("annual_benefit", "annual_operating_cost", "residual_value", "utilisation", "price_escalation")]
    rng = random.Random(2)
    doc["risk"]["correlations"] = [{"a": a, "b": b, "rho": round(rng.uniform(-0.9, 0.9), 2)}
                                   for a, b in itertools.combinations(names, 2)][:4950]
    big.write_text(json.dumps(doc), encoding="utf-8")
    w = MainWindow()
    w.show()
    w.start(str(five))
    _wait(app, lambda: not w.results.runner.busy)
    out = []

    def run(what: str, fn) -> None:
        done[0] = False

        def action() -> None:
            fn()
            done[0], done[1] = True, time.perf_counter()

        took, gap = _largest_gap(app, action)
        out.append((what, took, gap))

    partners = w.editors.partners.view.model()
    run("paste 10,000 rows into Partners (refused: 35 fit)",
        lambda: partners.paste(partners.rowCount(), 0, [[f"Firm {i}", f"f{i}"] for i in range(10_000)]))
    items = w.editors.items.view.model()
    run("paste 490 rows into Items",
        lambda: items.paste(items.rowCount(), 0, [[f"Thing {i}", f"t{i}", "Cat", "pcs", "2", "7"] for i in range(490)]))
    w.doc.undo_stack.setClean()
    run("open 500 items, 4,950 correlations", lambda: w.files.open_path(big))
    w.doc.undo_stack.setClean()
    w.close()
    return out


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
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("COOPCALC_DATA_DIR", tmp)
        for what, took, gap in window_blocking(app, Path(tmp)):
            print(f"{what}: {took * 1000:.0f} ms, longest freeze of the window {gap * 1000:.0f} ms")


if __name__ == "__main__":
    main()
