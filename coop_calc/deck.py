"""The presentation deck's slides: their keys, the default order, and the scenario file's optional
``"presentation"`` field that keeps the coordinator's choice.

A deck is a list of slide keys in the order they are shown. An empty list means "the default deck"
(every slide that has something to show), so files written before the field existed, and files
whose author never chose, show the default deck.
"""

from __future__ import annotations

from typing import Any

from . import checks
from .errors import Collector

#: Every slide, in the default order. ``comparison`` only shows when the project has two or more
#: scenarios; ``risk`` shows a simulation (run by the deck when none exists).
SLIDES: tuple[str, ...] = ("savings", "partners", "split", "prices", "leave", "risk", "comparison")


def default_slides(scenarios: int = 1) -> tuple[str, ...]:
    """The default deck: every slide, without the scenario comparison for a single scenario."""
    return tuple(k for k in SLIDES if k != "comparison" or scenarios > 1)


def effective_slides(chosen: tuple[str, ...], scenarios: int = 1) -> tuple[str, ...]:
    """The slides shown for the saved choice ``chosen`` (empty: the default deck); the comparison is
    dropped while the project has a single scenario."""
    keys = chosen or default_slides(scenarios)
    shown = tuple(k for k in keys if k in SLIDES and (k != "comparison" or scenarios > 1))
    return shown or default_slides(scenarios)


def parse_presentation(c: Collector, raw: Any) -> tuple[str, ...]:
    """The ``"presentation"`` object of a scenario file: ``{"slides": ["savings", "split", …]}``.

    Missing or null gives ``()`` (the default deck). Unknown slide keys and repeated slides are
    reported with their place; nothing is dropped silently."""
    if raw is None:
        return ()
    place = "Presentation"
    obj = checks.mapping(c, place, raw, allowed=("slides",), what="presentation settings")
    if obj is None:
        return ()
    slides = checks.sequence(c, f"{place} › slides", obj.get("slides"), what="slides", limit=len(SLIDES))
    if not slides:
        return ()
    out: list[str] = []
    for j, key in enumerate(slides):
        where = f"{place} › slide {j + 1}"
        if key not in SLIDES:
            c.add(where, f"unknown slide {key!r} (known: {', '.join(SLIDES)})")
        elif key in out:
            c.add(where, f"the slide {key!r} is listed twice")
        else:
            out.append(key)
    return tuple(out)


def presentation_to_dict(slides: tuple[str, ...]) -> dict | None:
    """The file's ``"presentation"`` object, or None (field left out) for the default deck."""
    return {"slides": list(slides)} if slides else None
