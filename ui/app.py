"""Application start: ``coop-calc [FILE]`` or ``python -m ui [FILE]``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QLocale, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, ORG_NAME

log = logging.getLogger("ui")
_showing: list[bool] = []  # non-empty while the error message is open (no second one on top)


def _excepthook(kind, value, tb) -> None:
    """An unexpected error is logged and reported; it does not take the user's work down with it."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", text)
    if sys.__stderr__ is not None:  # None in a windowed build
        sys.__stderr__.write(text)
    app = QApplication.instance()
    if app is not None and not _showing:
        _showing.append(True)
        try:
            from .autosave import secure_all

            safe = secure_all()  # the message promises an autosave only when one was just written
        except Exception:  # the error may lie in the autosave itself
            safe = False
        if safe:
            advice = QCoreApplication.translate("App", "Your work is autosaved; please save it and report this message.")
        else:
            advice = QCoreApplication.translate(
                "App", "Your latest changes could not be autosaved: save them now (File › Save As) and report this"
                       " message.")
        title = QCoreApplication.translate("App", "{app}: unexpected error").format(app=APP_NAME)
        text = QCoreApplication.translate("App", "Something went wrong: {error}").format(error=value)
        try:
            QMessageBox.critical(None, title, text + "\n\n" + advice)
        finally:
            _showing.clear()


def make_app(argv: list[str]) -> QApplication:
    from . import i18n, settings
    from .theme import follow_system

    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
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
    return finish(code)


def finish(code: int, msecs: int = 2000) -> int:
    """After the event loop: stop every worker. Jobs compute on immutable inputs and write nothing,
    so one still running after ``msecs`` (an analysis of a large pool) is abandoned by ending the
    process at once instead of leaving it running for minutes after the window has closed."""
    from .processes import shutdown_all
    from .tasks import stop_all

    idle = stop_all(msecs) and QThreadPool.globalInstance().waitForDone(msecs)
    shutdown_all(wait=idle)
    if not idle:
        log.info("ending with a computation still running; its result is not needed")
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
