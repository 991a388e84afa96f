"""The window never blocks while results are recomputed for a large pool.

A 10 ms timer ticks in the GUI thread while edits request recomputations of a 16-partner pool
(65,536 coalitions, every rule incl. the nucleolus). The largest gap between ticks is the longest
time the window could not react. The bound is deliberately generous (shared, loaded machines); the
measured figure is recorded in docs/benchmarks.md by bench/bench_ui.py.
"""

from __future__ import annotations

import copy
import json
import time

from PySide6.QtCore import QTimer
from ui_support import TWELVE, close_window, isolated, make_window, wait_results  # noqa: F401


def large_pool(path, partners: int = 16) -> None:
    """The twelve-partner example grown to ``partners`` by adding firms like the existing ones."""
    doc = json.loads(TWELVE.read_text(encoding="utf-8"))
    base = list(doc["partners"])
    for k in range(partners - len(base)):
        src = base[k % len(base)]
        new = copy.deepcopy(src)
        new["id"], new["name"] = f"{src['id']}-b{k}", f"{src['name']} (plant {k + 2})"
        new.pop("alias", None)
        doc["partners"].append(new)
        row = doc["demand"].get(src["id"], {})
        doc["demand"][new["id"]] = {i: max(1, round(q * 0.7)) for i, q in row.items()}
    path.write_text(json.dumps(doc), encoding="utf-8")


def test_window_stays_responsive_while_a_large_pool_recomputes(qtbot, isolated, tmp_path):
    path = tmp_path / "large.coop.json"
    large_pool(path)
    w = make_window(qtbot, path)
    assert w.doc.scenario.n == 16
    wait_results(qtbot, w, timeout=60_000)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    model = w.editors.demand.view.model()
    edits = iter(range(2, 10))

    def edit() -> None:
        q = next(edits, None)
        if q is None:
            editor.stop()
            return
        assert model.setData(model.index(q % 16, q % model.columnCount()), str(q * 3))

    editor = QTimer()
    editor.setInterval(120)
    editor.timeout.connect(edit)
    last[0] = time.perf_counter()
    ticker.start()
    editor.start()
    qtbot.waitUntil(lambda: not editor.isActive(), timeout=30_000)
    wait_results(qtbot, w, timeout=60_000)
    ticker.stop()

    assert w.results.analysis is not None and w.results.analysis.scenario is w.doc.scenario
    worst = max(gaps)
    print(f"\nevent-loop latency during recomputes of a 16-partner pool: max gap {worst * 1000:.0f} ms,"
          f" {len(gaps)} ticks")
    assert worst < 1.0
    close_window(w)
