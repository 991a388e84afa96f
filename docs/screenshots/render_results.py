"""Render the result pages for the documentation: ``python docs/screenshots/render_results.py [OUT]``.

Every page of the bundled five-partner example (the Scenarios page with two variants of it, the Risk
page after a 20,000-trial run) at 1280 × 720, light and dark, English and German, as
``OUT/results-<lang>-<theme>-<page>.png`` (default OUT: a temporary folder, printed). The pictures in
docs/screenshots/ are chosen from these. Runs headless (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import types
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from coop_calc.analysis import analyse  # noqa: E402
from coop_calc.model import Project  # noqa: E402
from coop_calc.risk.simulate import simulate  # noqa: E402
from coop_calc.scenario_io import load_scenario  # noqa: E402

#: file name → the ResultsView attribute of the page
PAGES = {"savings": "savings", "bargaining": "bargaining", "split": "splits", "coalitions": "coalitions",
         "risk": "risk", "scenarios": "comparison"}


def variants(s):
    """The example and two variants, so that the comparison has differences to show: the coordination
    cost doubled (still stable), and 50 % more 3D-printer hours (two printers for the whole pool: no
    split is stable any more)."""
    coord = s.coordination
    dearer = dataclasses.replace(s, meta=dataclasses.replace(s.meta, name="Coordination doubled"),
                                 coordination=dataclasses.replace(coord, fixed=coord.fixed * 2,
                                                                  per_member=coord.per_member * 2,
                                                                  per_pair=coord.per_pair * 2))
    demand = {k: (q * 1.5 if k[1] == "am" else q) for k, q in s.demand.items()}
    printer = dataclasses.replace(s, meta=dataclasses.replace(s.meta, name="50 % more 3D-printer hours"),
                                  demand=types.MappingProxyType(demand))
    return [s, dearer, printer]


def main(out: Path, size=(1280, 720), example: str = "five", pages=PAGES) -> list[Path]:
    from ui import i18n
    from ui.results.view import ResultsView
    from ui.theme import dark_palette

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    s = load_scenario(ROOT / "resources" / "examples" / f"{example}-partner-pool.coop.json")
    project = Project(tuple(variants(s)))
    risk = simulate(s, trials=20_000)
    made = []
    for lang in ("en", "de"):
        i18n.install_translators(app, lang)
        for theme in ("light", "dark"):
            app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
            view = ResultsView()
            view.resize(*size)
            view.set_project(project, 0)
            view.set_results(s, analyse(s))
            view.set_risk_result(risk, s)
            view.show()
            while view.comparison.runner.busy:
                app.processEvents()
            for page, attr in PAGES.items():
                if page not in pages:
                    continue
                view.set_current_page(view.pages.index(getattr(view, attr)))
                for _ in range(5):
                    app.processEvents()
                for chart in view.findChildren(type(view.risk.hist)):
                    if chart.isVisible():
                        chart.render()
                        chart.canvas.draw()
                app.processEvents()
                path = out / f"results-{lang}-{theme}-{page}.png"
                view.grab().save(str(path))
                made.append(path)
            view.close()
            view.deleteLater()
    app.setPalette(app.style().standardPalette())
    i18n.install_translators(app, "en")
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="coopcalc-shots-"))
    target.mkdir(parents=True, exist_ok=True)
    for p in main(target):
        print(p)
