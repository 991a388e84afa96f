"""A compact text form of a distribution for one table cell, in the interface language.

    English                              German                                  parameters
    PERT 4,000; 11,000; 15,000           PERT 4.000; 11.000; 15.000              low; most likely; high
    Triangular 800; 1,200; 2,000         Dreieck 800; 1.200; 2.000               low; most likely; high
    Uniform 0.05; 0.2                    Gleichverteilung 0,05; 0,2              low; high
    Normal 0.02; 0.03; -0.1; 0.2         Normal 0,02; 0,03; -0,1; 0,2            mean; sd[; low; high]
    Lognormal 500; 150                   Lognormal 500; 150                      mean; sd (of the value itself)
    Discrete 0: 0.3; 1: 0.7              Diskret 0: 0,3; 1: 0,7                  value: probability; …
    Bernoulli 0.1; 1                     Bernoulli 0,1; 1                        probability[; value]
    12,000                               12.000                                  a fixed value

Display (``to_text``) uses the keywords and number format of the locale's language; entry
(``from_text``) accepts the English and the German keywords in either language. Parameters are
separated by semicolons so that a decimal comma is never ambiguous; the numbers of one entry are read
with one convention (:mod:`ui.numbers`, rules 1–5: ``PERT 4.000; 11.000; 15.000,5`` is German
throughout). The text becomes the distribution's JSON object, which the engine validates
(``parse_distribution``) when the edit is applied; the reasons it gives are shown at the cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from .i18n import QT_TRANSLATE_NOOP
from .numbers import AmbiguousNumber, ConventionConflict, block_convention, block_decimal, format_number, parse_number

#: type keyword (case-insensitive, English or German) → JSON type
KEYWORDS = {"fixed": "fixed", "fest": "fixed", "fix": "fixed", "uniform": "uniform", "gleich": "uniform",
            "gleichverteilt": "uniform", "gleichverteilung": "uniform", "triangular": "triangular",
            "triangle": "triangular", "dreieck": "triangular", "dreiecksverteilung": "triangular",
            "pert": "pert", "normal": "normal", "normalverteilung": "normal", "lognormal": "lognormal",
            "lognormalverteilung": "lognormal", "discrete": "discrete", "diskret": "discrete",
            "bernoulli": "bernoulli", "event": "bernoulli", "ereignis": "bernoulli"}
#: JSON type → the keyword shown, per interface language
TITLES = {"fixed": "Fixed", "uniform": "Uniform", "triangular": "Triangular", "pert": "PERT",
          "normal": "Normal", "lognormal": "Lognormal", "discrete": "Discrete", "bernoulli": "Bernoulli"}
TITLES_DE = {"fixed": "Fest", "uniform": "Gleichverteilung", "triangular": "Dreieck", "pert": "PERT",
             "normal": "Normal", "lognormal": "Lognormal", "discrete": "Diskret", "bernoulli": "Bernoulli"}
#: JSON keys of each type's parameters in text order; keys after the first ``None`` are optional
PARAMS = {"fixed": ("value",), "uniform": ("low", "high"), "triangular": ("low", "mode", "high"),
          "pert": ("low", "mode", "high"), "normal": ("mean", "sd", None, "low", "high"),
          "lognormal": ("mean", "sd"), "bernoulli": ("p", None, "value")}
#: parameter names (translation context "Distributions")
NAMES = {"low": QT_TRANSLATE_NOOP("Distributions", "low"), "high": QT_TRANSLATE_NOOP("Distributions", "high"),
         "mode": QT_TRANSLATE_NOOP("Distributions", "most likely"),
         "mean": QT_TRANSLATE_NOOP("Distributions", "mean"),
         "sd": QT_TRANSLATE_NOOP("Distributions", "standard deviation"),
         "p": QT_TRANSLATE_NOOP("Distributions", "probability"),
         "value": QT_TRANSLATE_NOOP("Distributions", "value")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Distributions", text)


def is_german(locale: QLocale | None = None) -> bool:
    return (locale or QLocale()).language() == QLocale.Language.German


def title(kind: str, locale: QLocale | None = None) -> str:
    """The keyword shown for JSON type ``kind`` in the locale's language."""
    return (TITLES_DE if is_german(locale) else TITLES).get(kind, kind)


def hint() -> str:
    return QCoreApplication.translate("Distributions",
        "type like “PERT 4000; 11000; 15000”, “Uniform 0.05; 0.2” or a single number")


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
        return f"{title(kind, loc)} " + "; ".join(
            f"{format_number(v, loc)}: {format_number(p, loc)}" for v, p in pairs)
    keys = [k for k in PARAMS.get(kind, ()) if k]
    vals = [format_number(obj[k], loc) if k in obj else "" for k in keys]
    while vals and vals[-1] == "":
        vals.pop()
    return f"{title(kind, loc)} " + "; ".join(vals)


def from_text(text: str, locale: QLocale | None = None) -> Any:
    """The JSON value for ``text``; ValueError with a reason in the interface language when it cannot
    be read.

    Only the form is checked here (a known type, numbers, the right count); whether the numbers
    make a valid distribution for this input is the engine's judgement."""
    loc = locale or QLocale()
    t = text.strip()
    if not t:
        raise ValueError(hint())
    head, _, rest = t.partition(" ")
    kind = KEYWORDS.get(head.casefold().rstrip(":"))
    if kind is None:
        try:
            parse_number(t, loc)
        except AmbiguousNumber:
            pass  # a number that reads two ways: _num gives both readings
        except ValueError:
            raise ValueError(QCoreApplication.translate("Distributions",
                "unknown distribution {name}; {hint}").format(name=repr(head), hint=hint())) from None
        return _num(t, loc)
    parts = [p.strip() for p in rest.split(";")] if rest.strip() else []
    numbers = [x.strip() for p in parts for x in p.split(":")]
    try:
        sign = block_convention(((0, i), x) for i, x in enumerate(numbers))
    except ConventionConflict as e:
        raise ValueError(QCoreApplication.translate("Distributions",
            "{text} and {first} use different decimal signs; write all numbers of one"
            " distribution alike").format(text=e.text, first=e.first_text)) from None
    with block_decimal(sign):
        return _object(kind, parts, loc)


def _object(kind: str, parts: list[str], loc: QLocale) -> Any:
    if kind == "discrete":
        values, probs = [], []
        for p in parts:
            v, sep, pr = p.partition(":")
            if not sep:
                raise ValueError(QCoreApplication.translate("Distributions",
                    "write a discrete distribution as “{name} value: probability; …”").format(
                    name=title(kind, loc)))
            values.append(_num(v, loc))
            probs.append(_num(pr, loc))
        return {"type": "discrete", "values": values, "probabilities": probs}
    spec = PARAMS[kind]
    required = spec.index(None) if None in spec else len(spec)
    keys = [k for k in spec if k]
    if not required <= len(parts) <= len(keys):
        need = "; ".join(_tr(NAMES[k]) for k in keys[:required])
        if len(keys) > required:
            raise ValueError(QCoreApplication.translate("Distributions",
                "{name} needs {params} (optionally ; {optional})").format(
                name=title(kind, loc), params=need, optional="; ".join(_tr(NAMES[k]) for k in keys[required:])))
        raise ValueError(QCoreApplication.translate("Distributions",
            "{name} needs {params}").format(name=title(kind, loc), params=need))
    obj: dict[str, Any] = {"type": kind}
    for key, p in zip(keys, parts):
        if p == "" and keys.index(key) >= required:
            continue
        obj[key] = _num(p, loc)
    if kind == "fixed":
        return obj["value"]
    return obj


def _num(text: str, loc: QLocale) -> float | int:
    from .models.columns import parse_user_number  # the reasons in the interface language

    x = parse_user_number(text, loc)
    return int(x) if x.is_integer() and abs(x) < 2**53 else x


def describe(obj: Any, locale: QLocale | None = None) -> str:
    """A distribution's JSON value in one sentence of the interface language, with its numbers in
    the interface's format (the tool tip of a risk cell), e.g. "between 4,000 and 15,000, most likely
    11,000 (PERT)"."""
    loc = locale or QLocale()

    def f(key: str, default: float = 0.0) -> str:
        return format_number(obj.get(key, default), loc)

    def pct(p: float) -> str:
        return format_number(round(p * 100, 4), loc) + "\u00a0%"

    if isinstance(obj, (int, float)) and not isinstance(obj, bool):
        return QCoreApplication.translate("Distributions",
            "exactly {value} (fixed)").format(value=format_number(obj, loc))
    kind = obj.get("type")
    name = title(kind, loc)
    if kind == "fixed":
        return QCoreApplication.translate("Distributions", "exactly {value} (fixed)").format(value=f("value"))
    if kind == "uniform":
        return QCoreApplication.translate("Distributions",
            "anywhere between {low} and {high}, all values equally likely ({name})").format(
            low=f("low"), high=f("high"), name=name)
    if kind in ("triangular", "pert"):
        return QCoreApplication.translate("Distributions",
            "between {low} and {high}, most likely {mode} ({name})").format(
            low=f("low"), high=f("high"), mode=f("mode"), name=name)
    if kind == "normal":
        text = QCoreApplication.translate("Distributions",
            "around {mean}, give or take {sd} ({name}: mean {mean}, standard deviation {sd})").format(
            mean=f("mean"), sd=f("sd"), name=name)
        if "low" in obj and "high" in obj:
            return text + QCoreApplication.translate("Distributions",
                "; never below {low} or above {high}").format(low=f("low"), high=f("high"))
        if "low" in obj:
            return text + QCoreApplication.translate("Distributions", "; never below {low}").format(low=f("low"))
        if "high" in obj:
            return text + QCoreApplication.translate("Distributions", "; never above {high}").format(high=f("high"))
        return text
    if kind == "lognormal":
        return QCoreApplication.translate("Distributions",
            "on average {mean} with a standard deviation of {sd}, never negative, with a long tail towards"
            " high values ({name}; mean and standard deviation of the value itself)").format(
            mean=f("mean"), sd=f("sd"), name=name)
    if kind == "discrete":
        pairs = list(zip(obj.get("values", []), obj.get("probabilities", [])))
        shown = ", ".join(f"{format_number(v, loc)} ({pct(p)})" for v, p in pairs[:6])
        if len(pairs) > 6:
            return QCoreApplication.translate("Distributions",
                "one of {values} or one of {count} more values ({name})").format(
                values=shown, count=len(pairs) - 6, name=name)
        return QCoreApplication.translate("Distributions", "one of {values} ({name})").format(values=shown, name=name)
    if kind == "bernoulli":
        if obj.get("value", 1) == 1:
            return QCoreApplication.translate("Distributions",
                "an event that happens with probability {p} (1 if it happens, 0 if not)").format(
                p=pct(obj.get("p", 0)))
        return QCoreApplication.translate("Distributions",
            "{value} if the event happens (probability {p}), otherwise 0").format(
            value=f("value", 1), p=pct(obj.get("p", 0)))
    return to_text(obj, loc)
