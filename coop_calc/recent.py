"""The last few results made from immutable objects, found again by the objects' identity.

Scenarios and analyses are never changed once made, so a result computed from one of them a moment
ago is still right for that very object: after an edit the window asks several times for the same
scenario's analysis and the same analysis' rounded money table (from several threads).
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The values of the last ``size`` keys (by identity; the key is kept alive with its value, so its
    id is not reused while it is here). Safe to use from several threads."""

    def __init__(self, size: int):
        self._items: deque[tuple[K, V]] = deque(maxlen=size)
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            return next((v for k, v in self._items if k is key), None)

    def put(self, key: K, value: V) -> V:
        with self._lock:
            self._items.append((key, value))
        return value
