"""Engine calls made in another process: the window's helper processes run :func:`run`.

Results and scenarios travel by pickle; their read-only dictionaries (``types.MappingProxyType``, which
pickle cannot take by itself) travel as copies and arrive read-only again.
"""

from __future__ import annotations

import copyreg
import importlib
import os
import types
from typing import Any, Callable


def _mapping_proxy(items: dict) -> types.MappingProxyType:
    return types.MappingProxyType(items)


copyreg.pickle(types.MappingProxyType, lambda m: (_mapping_proxy, (dict(m),)))


#: In a helper process started with a shared integer (``multiprocessing.RawValue``): that integer, which the
#: window sets and the process reads at once (:mod:`coop_calc.risk.steps`: the run that may go on).
shared: Any = None


def prepare(value: Any, nice: int = 0) -> None:
    """Process initializer: keep the shared integer (or None) in :data:`shared`; lower the process's
    priority by ``nice`` (where the system allows it)."""
    global shared
    shared = value
    if nice and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:
            pass


def run(fn: Callable[..., Any], args: tuple, kw: dict) -> tuple[bool, Any]:
    """(True, ``fn(*args, **kw)``), or (False, the exception it raised): an exception of the call itself
    reaches the caller as it is, so that only a failure of the process stands for "could not run
    there"."""
    try:
        return True, fn(*args, **kw)
    except Exception as e:  # noqa: BLE001 - handed back to the caller, who raises it
        return False, e


def ready(*modules: str) -> bool:
    """The first call: import ``modules`` (what the process's calls will need), so that the first real
    call does not pay for it."""
    for name in modules:
        importlib.import_module(name)
    return True
