"""Render the number-entry pictures of the user guide: ``python docs/screenshots/render_number_entry.py [OUT]``.

The five-partner example in the window at 1280 × 720: the quotes editor with an ambiguous fixed fee
refused at the cell (``4,500`` in German, ``4.500`` in English) and the risk editor with German
distribution keywords, as ``OUT/number-refused-<lang>.png`` and ``OUT/risk-inputs-german.png``
(default OUT: docs/screenshots). Runs headless (QT_QPA_PLATFORM=offscreen); settings and autosave go
to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["COOPCALC_DATA_DIR"] = tempfile.mkdtemp()
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(out: Path) -> None:
    app = QApplication(sys.argv)
    QApplication.setOrganizationName("CoopCalcDocs")
    QApplication.setApplicationName("CoopCalcDocs")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from ui.main_window import MainWindow

    pool = Path(tempfile.mkdtemp()) / "five-partner-pool.coop.json"
    shutil.copy(ROOT / "resources" / "examples" / "five-partner-pool.coop.json", pool)
    w = MainWindow()
    w.show()
    w.start(str(pool))

    def settle() -> None:
        for _ in range(40):
            app.processEvents()

    settle()
    w.resize(1280, 720)
    for lang, typed in (("en", "4.500"), ("de", "4,500")):
        w.act_languages[lang].trigger()
        w.show_editors()
        w.editors.setCurrentWidget(w.editors.quotes)
        settle()
        view = w.editors.quotes.quotes.view
        model = view.model()
        view.setCurrentIndex(model.index(1, 1))  # keep the refused cell out of the selection colour
        model.setData(model.index(0, 4), typed)
        settle()
        w.grab().save(str(out / f"number-refused-{lang}.png"))
        model.clear_errors()
    w.editors.setCurrentWidget(w.editors.risk)
    settle()
    w.grab().save(str(out / "risk-inputs-german.png"))
    w.act_languages["en"].trigger()
    w.doc.undo_stack.setClean()
    w.close()
    w.results.runner.wait()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    main(target)
    print(target)
