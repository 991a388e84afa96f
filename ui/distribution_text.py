"""A compact text form of a distribution for one table cell, in the user's locale.

    PERT 4.000; 11.000; 15.000          low; most likely; high
    Triangular 800; 1.200; 2.000        low; most likely; high
    Uniform 0,05; 0,2                   low; high
    Normal 0,02; 0,03; -0,1; 0,2        mean; standard deviation[; low; high]
    Lognormal 500; 150                  mean; standard deviation (of the value itself)
    Discrete 0: 0,3; 1: 0,7             value: probability; …
    Bernoulli 0,1; 1                    probability[; value]
    12.000                              a fixed value

Parameters are separated by semicolons so that a decimal comma is never ambiguous. The text becomes
the distribution's JSON object, which the engine validates (``parse_distribution``) when the edit is
applied; the reasons it gives are shown at the cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from .numbers import format_number, parse_number

#: type keyword → JSON type; German keywords are accepted too
KEYWORDS = {"fixed": "fixed", "fest": "fixed", "uniform": "uniform", "gleich": "uniform",
            "gleichverteilt": "uniform", "triangular": "triangular", "triangle": "triangular",
            "dreieck": "triangular", "pert": "pert", "normal": "normal", "lognormal": "lognormal",
            "discrete": "discrete", "diskret": "discrete", "bernoulli": "bernoulli", "event": "bernoulli",
            "ereignis": "bernoulli"}
TITLES = {"fixed": "Fixed", "uniform": "Uniform", "triangular": "Triangular", "pert": "PERT",
          "normal": "Normal", "lognormal": "Lognormal", "discrete": "Discrete", "bernoulli": "Bernoulli"}
#: JSON keys of each type's parameters in text order; keys after the first ``None`` are optional
PARAMS = {"fixed": ("value",), "uniform": ("low", "high"), "triangular": ("low", "mode", "high"),
          "pert": ("low", "mode", "high"), "normal": ("mean", "sd", None, "low", "high"),
          "lognormal": ("mean", "sd"), "bernoulli": ("p", None, "value")}
HINT = "type like “PERT 4000; 11000; 15000”, “Uniform 0.05; 0.2” or a single number"


def to_text(obj: Any, locale: QLocale | None = None) -> str:
    """The text form of a distribution's JSON value (a number or an object with ``type``)."""
    loc = locale or QLocale()
    if obj is None:
        return ""
    if isinstance(obj, (int, float)) and not isinstance(obj, bool):
        return format_number(obj, loc)
    kind = obj.get("type")
    if kind == "fixed":
        return format_number(obj.get("value", 0), loc)
    if kind == "discrete":
        pairs = zip(obj.get("values", []), obj.get("probabilities", []))
        return "Discrete " + "; ".join(f"{format_number(v, loc)}: {format_number(p, loc)}" for v, p in pairs)
    keys = [k for k in PARAMS.get(kind, ()) if k]
    vals = [format_number(obj[k], loc) if k in obj else "" for k in keys]
    while vals and vals[-1] == "":
        vals.pop()
    return f"{TITLES.get(kind, kind)} " + "; ".join(vals)


def from_text(text: str, locale: QLocale | None = None) -> Any:
    """The JSON value for ``text``; ValueError with a reason when it cannot be read.

    Only the form is checked here (a known type, numbers, the right count); whether the numbers
    make a valid distribution for this input is the engine's judgement."""
    loc = locale or QLocale()
    t = text.strip()
    if not t:
        raise ValueError(HINT)
    head, _, rest = t.partition(" ")
    kind = KEYWORDS.get(head.casefold().rstrip(":"))
    if kind is None:
        try:
            return _num(t, loc)
        except ValueError:
            raise ValueError(f"unknown distribution {head!r}; {HINT}") from None
    parts = [p.strip() for p in rest.split(";")] if rest.strip() else []
    if kind == "discrete":
        values, probs = [], []
        for p in parts:
            v, sep, pr = p.partition(":")
            if not sep:
                raise ValueError("write a discrete distribution as “Discrete value: probability; …”")
            values.append(_num(v, loc))
            probs.append(_num(pr, loc))
        return {"type": "discrete", "values": values, "probabilities": probs}
    spec = PARAMS[kind]
    required = spec.index(None) if None in spec else len(spec)
    keys = [k for k in spec if k]
    if not required <= len(parts) <= len(keys):
        names = {"low": "low", "high": "high", "mode": "most likely", "mean": "mean", "sd": "standard deviation",
                 "p": "probability", "value": "value"}
        need = "; ".join(names[k] for k in keys[:required])
        more = f" (optionally ; {'; '.join(names[k] for k in keys[required:])})" if len(keys) > required else ""
        raise ValueError(f"{TITLES[kind]} needs {need}{more}")
    obj: dict[str, Any] = {"type": kind}
    for key, p in zip(keys, parts):
        if p == "" and keys.index(key) >= required:
            continue
        obj[key] = _num(p, loc)
    if kind == "fixed":
        return obj["value"]
    return obj


def _num(text: str, loc: QLocale) -> float | int:
    x = parse_number(text, loc)
    return int(x) if x.is_integer() and abs(x) < 2**53 else x
