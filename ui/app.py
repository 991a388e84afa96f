"""Application start: ``coop-calc [FILE]`` or ``python -m ui [FILE]``."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback

from PySide6.QtCore import QLocale, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, ORG_NAME

log = logging.getLogger("ui")


def _excepthook(kind, value, tb) -> None:
    """An unexpected error is logged and reported; it does not take the user's work down with it."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", text)
    sys.__stderr__.write(text)
    app = QApplication.instance()
    if app is not None and not getattr(_excepthook, "showing", False):
        _excepthook.showing = True
        try:
            QMessageBox.critical(None, f"{APP_NAME}: unexpected error",
                                 f"Something went wrong: {value}\n\nYour work is autosaved; please save it and"
                                 " report this message.")
        finally:
            _excepthook.showing = False


def make_app(argv: list[str]) -> QApplication:
    from . import i18n, settings
    from .theme import follow_system

    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(argv)
    if QLocale().language() == QLocale.Language.C:  # no locale configured (e.g. LANG=C): read like Excel in English
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:  # interface language and number format: the setting, else the system's
        i18n.install_translators(app, settings.get(settings.LANGUAGE))
    except Exception:  # a missing translation must not keep the application from starting
        log.exception("translations could not be installed")
    follow_system(app)
    return app


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(prog="coop-calc", description="CoopCalc: joint purchasing for SME pools")
    parser.add_argument("file", nargs="?", help="a scenario file (.coop.json) to open")
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)  # smoke tests of builds
    args, qt_args = parser.parse_known_args(argv[1:])
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_app([argv[0]] + qt_args)
    sys.excepthook = _excepthook

    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    app.processEvents()  # paint the window before the slower work: editors (scipy) and the file
    QTimer.singleShot(0, lambda: window.start(args.file))
    if args.quit_after:
        QTimer.singleShot(args.quit_after, app.quit)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)
    return code


if __name__ == "__main__":
    sys.exit(main())
