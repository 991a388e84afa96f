"""Desktop application benchmarks: window-up time, edit → results refresh, event-loop latency.

    QT_QPA_PLATFORM=offscreen python bench/bench_ui.py [--repeat 5] [--edits 40]

* **window up**: a fresh interpreter starts the application on the five-partner example; measured
  from process start until the window is shown (and, separately, until the first results are on
  screen). Target: under 2 s.
* **edit → results**: in one process, a demand cell is edited through the table model and the time
  until the new results are on screen is measured (engine command + validation, the worker's
  analysis, filling the views). Target: under 100 ms for a typical pool (≤ 10 partners, ≤ 20 items).
* **pages** (``--where dock,savings,splits,risk``): the same edits with the results dock, or with the
  Savings / Fair split / Risk page on screen at 1920 x 1080: until the tables show the new figures
  (overview, every rule) and until the page's charts do (*charts on screen*); on the Risk page the
  time from the edit to live risk's first estimate in the table and in its charts; and the largest
  event-loop gap during those edits.
* **latency**: while edits request recomputations of a 16-partner pool, a 10 ms timer records the
  largest gap in the GUI thread's event loop (the longest the window could not react).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import cpu_model  # bench/machine.py

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EXAMPLES = ROOT / "resources" / "examples"
FIVE = EXAMPLES / "five-partner-pool.coop.json"
TWELVE = EXAMPLES / "twelve-partner-pool.coop.json"

CHILD = r"""
import os, sys, time
t0 = float(sys.argv[1])
os.environ["COOPCALC_DATA_DIR"] = sys.argv[3]
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from ui.app import make_app
app = make_app(["coop-calc"])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
from ui.main_window import MainWindow

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("shown", time.time() - t0, flush=True)
        return False

w = MainWindow()          # as ui.app.main does: show, then open the file from the event loop
spy = FirstPaint()
w.installEventFilter(spy)
w.show()
app.processEvents()
def start():
    w.start(sys.argv[2])
    print("open", time.time() - t0, flush=True)
    w.results.updated.connect(lambda: QTimer.singleShot(0, done))
def done():
    print("results", time.time() - t0, flush=True)
    app.quit()
QTimer.singleShot(0, start)
app.exec()
"""


def window_up(repeat: int) -> dict:
    marks_all: dict[str, list[float]] = {"shown": [], "open": [], "results": []}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.time()
            out = subprocess.run([sys.executable, "-c", CHILD, str(t0), str(FIVE), tmp], cwd=ROOT,
                                 capture_output=True, text=True, timeout=120).stdout
        marks = dict(line.split() for line in out.splitlines() if line.split()[:1] in (["shown"], ["open"],
                                                                                       ["results"]))
        for k in marks_all:
            marks_all[k].append(float(marks[k]))
    return marks_all


def _app():
    from PySide6.QtCore import QSettings

    from ui.app import make_app

    tmp = tempfile.mkdtemp()
    os.environ["COOPCALC_DATA_DIR"] = tmp
    app = make_app(["bench"])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    return app


def _open(app, path: Path):
    from ui.main_window import MainWindow

    w = MainWindow()
    w.show()
    w.start(str(path))
    _wait(app, w)
    return w


def _wait(app, w, timeout: float = 120.0, complete: bool = True) -> None:
    """Run the event loop (sleeping when idle, as the application does) until the results shown are
    those of the current scenario. A busy processEvents() loop would compete with the worker for
    the GIL and inflate every figure."""
    from PySide6.QtCore import QEventLoop, QTimer

    def current() -> bool:
        shown = w.results.shown_for is w.doc.scenario
        return shown and (not complete or (w.results.complete and not w.results.runner.busy))

    end = time.perf_counter() + timeout
    while not current():
        loop = QEventLoop()
        w.results.updated.connect(loop.quit)
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        w.results.updated.disconnect(loop.quit)
        if time.perf_counter() > end:
            raise TimeoutError("results did not arrive")


def _poll(ms: int = 5) -> None:
    """Let the event loop run for ``ms`` (sleeping when idle; QTest.qWait would keep the GIL and
    starve the worker threads)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _charts(page) -> list:
    """The charts of ``page`` that are on screen."""
    from ui.results.common import Chart

    return [c for c in page.findChildren(Chart) if c.isVisible()] if page is not None else []


def _chart_current(chart) -> bool:
    """The chart shows its newest figure: drawn off the GUI thread and adopted (``is_current``) or, in
    trees that draw in the GUI thread, the figure function has run and the Agg draw is done."""
    if hasattr(chart, "is_current"):
        return chart.is_current()
    return not chart._dirty and not getattr(chart.canvas, "_draw_pending", False)


class Gaps:
    """A 10 ms timer in the GUI thread; ``largest`` is the longest it could not tick (ms)."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.largest, self._last = 0.0, time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.largest = max(self.largest, (now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()


def refresh(app, path: Path, edits: int, page: int | None = None) -> dict[str, list[float]]:
    """Per edit, ms from the edit until: the overview (savings, chosen rule's split) shows the new
    figures; every rule is compared; the charts of the page on screen show them (``charts``; pages
    that compare rules draw after every rule is in); on the risk page, live risk's first estimate
    is in the table (``risk``) and in the histogram and S-curve (``risk_charts``). ``gap``: the
    largest event-loop gap during the edits (one value). ``page``: the result page on screen (at
    1920 x 1080); None: the results dock."""
    w = _open(app, path)
    model = w.editors.demand.view.model()
    shown = None
    if page is not None:
        w.resize(1920, 1080)
        w.show_result_pages()
        w.result_pages.set_current_page(page)
        _wait(app, w)
        _wait_risk(app, w)
        shown = w.result_pages.tabs.widget(page)
    _settle(w)
    every_rule = page == SPLITS_PAGE
    out: dict[str, list[float]] = {"overview": [], "complete": [], "charts": [], "risk": [], "risk_charts": []}
    gaps = Gaps()
    gaps.start()
    for k in range(edits):
        idx = model.index(k % model.rowCount(), k % model.columnCount())
        old = model.data(idx, 2) or 0.0
        t0 = time.perf_counter()
        assert model.setData(idx, str(old + 1 + k % 3))
        marks: dict[str, float] = {}
        risk = page == RISK_PAGE and hasattr(w.result_pages.risk, "estimate_ms")
        end = t0 + 120
        while True:
            now = time.perf_counter()
            res = w.results
            here = res.shown_for is w.doc.scenario
            done = here and res.complete and not res.runner.busy
            if here:
                marks.setdefault("overview", now)
            if done:
                marks.setdefault("complete", now)
            if page not in (None, RISK_PAGE) and (done if every_rule else here) and all(_chart_current(c) for c in _charts(shown)):
                marks.setdefault("charts", now)
            if risk and w.result_pages.risk.estimate_at >= t0:
                marks.setdefault("risk", w.result_pages.risk.estimate_at)
                if here and all(_chart_current(c) for c in _charts(shown)):
                    marks.setdefault("risk_charts", now)
            wanted = {"overview", "complete"} | ({"charts"} if page not in (None, RISK_PAGE) else set()) | (
                {"risk", "risk_charts"} if risk else set())
            if wanted <= marks.keys():
                break
            if now > end:
                raise TimeoutError(f"results did not arrive: {sorted(marks)}")
            _poll()
        for key, at in marks.items():
            out[key].append((at - t0) * 1000)
        if risk:
            _wait_risk(app, w)  # the refinement runs on: let it finish, and its charts be drawn, before the next edit
            while not all(_chart_current(c) for c in _charts(shown)):
                _poll()
    gaps.timer.stop()
    out["gap"] = [gaps.largest]
    w.doc.undo_stack.setClean()
    w.close()
    return out


def _settle(w, timeout: float = 10.0) -> None:
    """Look at the opened pool before typing, as a user does: long enough for the helper processes
    (ui/processes.py) to have started and the window's idle-time garbage collection (ui/idle_gc.py) to
    have run once, as in the first seconds of every session."""
    collector = getattr(w, "idle_gc", None)
    if collector is None:
        return
    try:
        from ui import processes
    except ImportError:  # a tree without helper processes
        processes = None
    collector.last_ms = None
    end = time.perf_counter() + timeout
    while (collector.last_ms is None or (processes is not None and not processes.ready())) \
            and time.perf_counter() < end:
        _poll(50)


RISK_PAGE = 4
SPLITS_PAGE = 2


def _wait_risk(app, w, since: float | None = None, timeout: float = 60.0) -> bool:
    """With ``since``: wait until live risk's first estimate for the current scenario is on screen.
    Without: until no simulation runs. False when the page has no live risk."""
    from PySide6.QtCore import QEventLoop, QTimer

    page = w.result_pages.risk
    if not hasattr(page, "estimate_ms"):
        return False
    end = time.perf_counter() + timeout
    while (page.estimate_at < since) if since is not None else page.run_bar.running:
        loop = QEventLoop()
        QTimer.singleShot(5, loop.quit)
        loop.exec()
        if time.perf_counter() > end:
            raise TimeoutError("no risk estimate")
    return True


def typical_pool(path: Path) -> Path:
    """A typical pool of the spec's speed target: 10 partners x 20 items (bench/generate_pool.py, seed 7)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_pool", ROOT / "bench" / "generate_pool.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    path.write_text(json.dumps(gen.generate(10, 20, seed=7)), encoding="utf-8")
    return path


def large_pool(path: Path, partners: int = 16) -> Path:
    doc = json.loads(TWELVE.read_text(encoding="utf-8"))
    base = list(doc["partners"])
    for k in range(partners - len(base)):
        src = base[k % len(base)]
        new = copy.deepcopy(src)
        new["id"], new["name"] = f"{src['id']}-b{k}", f"{src['name']} (plant {k + 2})"
        new.pop("alias", None)
        doc["partners"].append(new)
        doc["demand"][new["id"]] = {i: max(1, round(q * 0.7)) for i, q in doc["demand"].get(src["id"], {}).items()}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def latency(app, path: Path, edits: int = 8) -> tuple[float, int, float]:
    """(largest event-loop gap in ms, ticks, seconds of one analysis) while edits recompute ``path``."""
    from PySide6.QtCore import QTimer

    w = _open(app, path)
    _settle(w)
    import dataclasses

    from coop_calc.analysis import analyse
    fresh = dataclasses.replace(w.doc.scenario)  # a copy: the window's own analysis of it may be kept
    t0 = time.perf_counter()
    analyse(fresh)
    one = time.perf_counter() - t0
    model = w.editors.demand.view.model()
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()
    from PySide6.QtCore import QEventLoop

    for k in range(edits):
        model.setData(model.index(k % model.rowCount(), k % model.columnCount()), str(10 + k))
        loop = QEventLoop()
        QTimer.singleShot(120, loop.quit)
        loop.exec()
    _wait(app, w)
    ticker.stop()
    w.doc.undo_stack.setClean()
    w.close()
    return max(gaps) * 1000, len(gaps), one


def machine() -> str:
    cpu = cpu_model()
    import PySide6

    return (f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, PySide6 {PySide6.__version__},"
            f" Qt platform {os.environ.get('QT_QPA_PLATFORM')}")


def summary(xs: list[float]) -> str:
    xs = sorted(xs)
    p90 = xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]
    return f"median {statistics.median(xs):.0f}, p90 {p90:.0f}, max {xs[-1]:.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="fresh starts of the application")
    ap.add_argument("--edits", type=int, default=40, help="edits per pool for the refresh time")
    ap.add_argument("--no-window-up", action="store_true", help="skip the fresh-start measurements")
    ap.add_argument("--where", default="dock,savings,splits,risk",
                    help="comma-separated: where the results are on screen during the edits (dock, savings, splits, risk)")
    args = ap.parse_args()
    print(f"Machine: {machine()}")
    print(f"Load before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (1/5/15 min)")
    if not args.no_window_up:
        up = window_up(args.repeat)
        print(f"window up (first paint):        {summary([x * 1000 for x in up['shown']])} ms")
        print(f"example open, editors shown:    {summary([x * 1000 for x in up['open']])} ms")
        print(f"first results on screen:        {summary([x * 1000 for x in up['results']])} ms")
    app = _app()
    with tempfile.TemporaryDirectory() as tmp:
        typical = typical_pool(Path(tmp) / "typical.coop.json")
        for name, path in (("5 partners x 4 items (example)", FIVE), ("10 partners x 20 items (generated)", typical),
                           ("12 partners x 20 items (example)", TWELVE)):
            for key, page, where in (("dock", None, "dock"), ("savings", 0, "savings page with charts"),
                                     ("splits", 2, "fair-split page with charts"), ("risk", RISK_PAGE, "risk page, live")):
                if key not in args.where.split(",") or (page is not None and name.startswith("5 ")):
                    continue
                m = refresh(app, path, args.edits, page)
                line = (f"edit -> results, {name}, {where}: overview {summary(m['overview'])} ms;"
                        f" every rule {summary(m['complete'])} ms")
                if m["charts"]:
                    line += f"; charts on screen {summary(m['charts'])} ms"
                if m["risk"]:
                    line += (f"; risk first estimate {summary(m['risk'])} ms, its charts {summary(m['risk_charts'])}"
                             " ms")
                line += f"; largest event-loop gap {m['gap'][0]:.0f} ms"
                print(f"{line} ({len(m['overview'])} edits)", flush=True)
    if "dock" in args.where.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            gap, ticks, one = latency(app, large_pool(Path(tmp) / "large.coop.json"))
        print(f"event-loop latency, 16 partners x 20 items (one analysis {one:.2f} s): largest gap {gap:.0f} ms"
              f" over {ticks} ticks of 10 ms")
    print(f"Load after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (1/5/15 min)")


if __name__ == "__main__":
    main()
