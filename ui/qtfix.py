"""Work-around for reference-count defects of PySide6 6.12.0 on Python 3.11.

Measured on this version (see tests/test_ui_qtfix.py):

* every call from Qt into Python — a slot, a queued signal delivery, a virtual override such as
  ``data()`` or ``timerEvent()`` — takes one reference away from ``None``;
* every ``SignalInstance.emit()`` from Python takes one reference away from ``True``.

On Python 3.12+ these singletons are immortal and nothing happens. On Python 3.11 the interpreter
aborts ("none_dealloc: deallocating None") once the count reaches zero — in this application after
a few seconds of repainting tables. :func:`install` measures both defects and, only when one is
present, makes ``None``, ``True`` and ``False`` effectively immortal the way Python 3.12 does: it
adds 2⁶⁰ to their reference counts, far more than any session can take away. These three objects
are never freed anyway, so nothing else changes. On a fixed PySide6 it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSortFilterProxyModel, Signal

PIN = 1 << 60
_pinned = False


class _Probe(QObject):
    ping = Signal()


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 1

    def data(self, index, role=0):
        return None


def lost_references(rounds: int = 32) -> tuple[int, int]:
    """(references to None lost by C++→Python calls, to True lost by emits) over ``rounds`` calls."""
    model = _Model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(rounds):
        proxy.data(index, 0)
    lost_none = before - sys.getrefcount(None)
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.ping.emit()
    lost_true = before - sys.getrefcount(True)
    return lost_none, lost_true


def _add_refs(obj: object, count: int) -> None:
    ctypes.c_ssize_t.from_address(id(obj)).value += count


def install() -> bool:
    """Pin None/True/False when the running PySide6 loses references to them; True if pinned."""
    global _pinned
    if _pinned:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    lost_none, lost_true = lost_references()
    if lost_none < 16 and lost_true < 16:
        return False
    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        _add_refs(obj, PIN)
        # other code may take or drop a few references meanwhile; anything else means the field we
        # wrote is not the reference count (an unexpected object layout): undo and do nothing
        if abs(sys.getrefcount(obj) - before - PIN) > 10_000:
            _add_refs(obj, -PIN)
            return False
    _pinned = True
    return True
