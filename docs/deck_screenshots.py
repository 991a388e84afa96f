"""Regenerate the presentation deck's screenshots in docs/screenshots/: every slide of the
five-partner example (with a variant "without Lindner", so the comparison slide shows too) at
1280 × 720 and 1920 × 1080, light and dark, English and German.

    QT_QPA_PLATFORM=offscreen python docs/deck_screenshots.py [--out docs/screenshots] [--trials 20000]

Files are named ``deck-{lang}-{theme}-{width}-{n}-{slide}.png`` (and ``…-whatif.png``: the what-if
panel open, for two of the combinations); they are stored with a 256-colour
palette to keep them small. The script also says, per slide, whether its table fits (it always
should; the tests check the same).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZES = ((1280, 720), (1920, 1080))


def settle(app: QApplication, seconds: float = 0.2) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot_what_if(app: QApplication, win, path: Path) -> None:
    """The savings slide with the what-if panel open: coordination cost tripled, the last partner out."""
    from PySide6.QtCore import Qt as _Qt

    win.go_to(0)
    win.toggle_what_if()
    panel = win.what_if
    panel.coordination.setValue(300)
    panel.partners.item(panel.partners.count() - 1).setCheckState(_Qt.CheckState.Unchecked)
    settle(app, 0.5)
    while any(r.busy for r in (win.analysis_runner, win.risk_runner, win.advice_runner, win.compare_runner)):
        settle(app)
    settle(app, 0.3)
    win.slides[0].render_now()
    settle(app, 0.05)
    win.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither) \
        .save(str(path))
    print(f"{path.name}: {win.slides[0].spec.headline}")
    panel.reset()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--trials", type=int, default=20_000)
    args = parser.parse_args()
    app = QApplication([])
    from coop_calc.analysis import analyse
    from coop_calc.model import Project
    from coop_calc.risk.simulate import simulate
    from coop_calc.scenario_io import load_scenario
    from ui import i18n, theme
    from ui.presentation import PresentationWindow, scale_for
    from ui.results.view import ResultsView

    app.setStyle("Fusion")
    s = load_scenario(ROOT / "resources" / "examples" / "five-partner-pool.coop.json")
    last = s.partners[-1]
    variant = dataclasses.replace(s, partners=s.partners[:-1], meta=dataclasses.replace(
        s.meta, name=f"Without {last.name.split()[0]}"))
    analysis = analyse(s)
    risk = simulate(s, trials=args.trials)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for lang in ("en", "de"):
        i18n.install_translators(app, lang)
        for dark in (False, True):
            app.setPalette(theme.dark_palette() if dark else app.style().standardPalette())
            for width, height in SIZES:
                view = ResultsView()
                view.set_project(Project((s, variant)), 0)
                view.set_results(s, analysis)
                view.set_risk_result(risk, s)
                win = PresentationWindow(view, scale=scale_for(width))
                win.resize(width, height)
                win.show()
                while any(r.busy for r in (win.analysis_runner, win.risk_runner, win.advice_runner, win.compare_runner)):
                    settle(app)
                for k, slide in enumerate(win.slides):
                    win.go_to(k)
                    settle(app, 0.3)
                    slide.render_now()
                    settle(app, 0.05)
                    image = win.grab().toImage().convertToFormat(  # no dithering: flat areas stay flat
                        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
                    name = f"deck-{lang}-{'dark' if dark else 'light'}-{width}-{k + 1}-{slide.key}.png"
                    image.save(str(out / name))
                    written += 1
                    print(f"{name}: table fits: {slide.table.fits() or not slide.table.isVisible()}")
                if (lang, dark, width) in (("en", False, 1920), ("de", True, 1280)):
                    shoot_what_if(app, win, out / f"deck-{lang}-{'dark' if dark else 'light'}-{width}-whatif.png")
                    written += 1
                win.close()
                view.deleteLater()
                settle(app, 0.05)
    print(f"{written} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
