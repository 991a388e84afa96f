"""Mutations of valid scenario documents for the fuzz tests (tests/test_fuzz.py).

A mutation picks a place in the JSON tree of a valid scenario and changes it the way a hostile or
careless file would: a value of another type, a deleted or duplicated entry, an extreme or
non-finite number, odd Unicode, deep nesting. :func:`mutated_documents` is a hypothesis strategy.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "five-partner-pool.coop.json"

#: Values that replace a valid one: other types, extremes, odd text.
HOSTILE = [
    None, True, False, 0, -1, 1, 0.5, -0.0, 1e-300, 1e-12, 1e300, -1e300, 2**53 + 1, 2**63, 10**40,
    "", " ", "x", "5%", "1,5", "1e3", "\ud800", "a\x00b", "\u202eevil", "🙂" * 3, "x" * 5000,
    [], [1], [[]], {}, {"a": 1}, {"type": "normal"}, [None], ["cobot"], {"cobot": 1},
]


def example_document() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def paths(doc: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in ``doc``: a tuple of keys and indices from the top."""
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += paths(v, prefix + (i,))
    return out


def _parent(doc: Any, path: tuple) -> Any:
    for k in path[:-1]:
        doc = doc[k]
    return doc


def mutate(doc: dict, path: tuple, kind: str, value: Any) -> dict:
    """``doc`` (a copy) with the place ``path`` changed by mutation ``kind``."""
    doc = copy.deepcopy(doc)
    if not path:
        return value if kind == "replace" else doc
    parent, key = _parent(doc, path), path[-1]
    if kind == "replace":
        parent[key] = value
    elif kind == "delete":
        del parent[key]
    elif kind == "duplicate" and isinstance(parent, list):
        parent.insert(key, copy.deepcopy(parent[key]))
    elif kind == "duplicate" and isinstance(parent, dict):
        parent[f"{key}"] = copy.deepcopy(parent[key])  # same key: a no-op for a dict; see the text mutations
    elif kind == "nest":
        v: Any = parent[key]
        for _ in range(value):
            v = [v]
        parent[key] = v
    elif kind == "scale" and isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool):
        parent[key] = parent[key] * value
    return doc


@st.composite
def mutated_documents(draw, base: dict | None = None, max_mutations: int = 3) -> dict:
    doc = base if base is not None else example_document()
    for _ in range(draw(st.integers(1, max_mutations))):
        where = draw(st.sampled_from(paths(doc)))
        kind = draw(st.sampled_from(["replace", "replace", "replace", "delete", "duplicate", "nest", "scale"]))
        if kind == "replace":
            value = draw(st.one_of(st.sampled_from(HOSTILE), st.floats(allow_nan=False, allow_infinity=False),
                                   st.integers(-(2**70), 2**70), st.text(max_size=8)))
        elif kind == "nest":
            value = draw(st.integers(1, 60))
        elif kind == "scale":
            value = draw(st.sampled_from([0, -1, 1e-9, 1e3, 1e9, 1e15]))
        else:
            value = None
        doc = mutate(doc, where, kind, value)
    return doc
