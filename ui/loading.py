"""Reading a large scenario file without freezing the window.

:func:`parse_in_background` parses the file text in a worker thread while the GUI thread keeps
painting (user input waits until the file is read, so nothing can change underneath). Small files
are parsed directly: a thread is not worth it below :data:`IN_THREAD_FROM` characters.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication

from coop_calc.model import Project
from coop_calc.scenario_io import project_from_json

#: Files shorter than this (characters) parse in well under 100 ms and are read directly.
IN_THREAD_FROM = 200_000


def parse_in_background(text: str) -> Project:
    """:func:`~coop_calc.scenario_io.project_from_json` of ``text``, raising what it raises; for large
    texts the parse runs in a thread and the window repaints meanwhile (with a busy cursor)."""
    if len(text) < IN_THREAD_FROM or QApplication.instance() is None:
        return project_from_json(text)
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["project"] = project_from_json(text)
        except BaseException as e:  # handed to the GUI thread below
            box["error"] = e

    thread = threading.Thread(target=work, name="coopcalc-open", daemon=True)
    thread.start()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        while thread.is_alive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 30)
            thread.join(0.015)
    finally:
        QApplication.restoreOverrideCursor()
    if "error" in box:
        raise box["error"]
    return box["project"]
