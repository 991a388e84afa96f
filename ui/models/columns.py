"""How one field of a row is shown, edited and parsed: text, numbers, money, percent, choices, dates.

Titles, tips and choice labels are English source texts marked with ``QT_TRANSLATE_NOOP`` under the
model's translation context (``SheetModel.context``) and translated when shown, so a language switch
only needs the views to ask again.

Values are the scenario document's JSON values. ``scale`` converts a stored fraction to the shown
percent (0.03 ↔ 3 %). Parsing accepts the user's locale and plain ``1234.5``; an empty cell means
"absent" for optional fields. Reasons for refusing are short and name what is expected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from coop_calc.commands import MISSING

from ..numbers import (
    AmbiguousNumber,
    UnitError,
    format_money,
    format_number,
    format_percent,
    parse_number,
    plain_form,
    reading_note,
)

if TYPE_CHECKING:
    from .base import SheetModel

#: Role under which a cell offers its choices [(value, label), …] to the combo box delegate.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1

NUMERIC = ("int", "number", "money", "percent")


def in_context(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if text else ""


def parse_user_number(text, locale: QLocale, *, percent: bool = False, money: bool = False) -> float:
    """:func:`ui.numbers.parse_number` with its reasons in the interface language."""
    try:
        return parse_number(text, locale, percent=percent, money=money)
    except AmbiguousNumber as e:
        raise ValueError(ambiguous_reason(e, locale)) from None
    except UnitError as e:
        if e.kind == "percent":
            raise ValueError(QCoreApplication.translate(
                "Columns", "{text} is a percentage; this field takes a plain number").format(text=repr(e.text))) from None
        raise ValueError(QCoreApplication.translate(
            "Columns", "{text} is an amount of money; this field takes a plain number").format(
                text=repr(e.text))) from None
    except ValueError:
        raw = str(text).strip()
        if not raw:
            raise ValueError(QCoreApplication.translate("Columns", "enter a number")) from None
        example = locale.toString(1234.5, "f", 2)
        raise ValueError(QCoreApplication.translate("Columns", "{text} is not a number (type it like {example}"
                                                    " or 1234.5)").format(text=repr(raw), example=example)) from None


def ambiguous_reason(e: AmbiguousNumber, locale: QLocale) -> str:
    """Why ``e.text`` is refused, with both readings, in the interface language."""
    return QCoreApplication.translate(
        "Columns", "{text} could mean {thousands} or {decimal}: type {thousands} or {decimal_form}").format(
            text=e.text, thousands=plain_form(e.thousands, locale), decimal=format_number(e.decimal, locale),
            decimal_form=plain_form(e.decimal, locale))


def reading_text(text: str, locale: QLocale) -> str | None:
    """For an entry read by the interface language's thousands separator (``4.500`` in German):
    how it was read and how to type the decimal reading instead, in the interface language; else None."""
    note = reading_note(text, locale)
    if note is None:
        return None
    return QCoreApplication.translate(
        "Columns", "{text} read as {value}; for the decimal number type {decimal}").format(
            text=text.strip(), value=plain_form(note[0], locale), decimal=plain_form(note[1], locale))


@dataclass(frozen=True)
class Column:
    key: str
    #: English source texts; ``label()``/``tooltip()`` translate them in the model's context
    title: str
    kind: str = "text"  # text | int | number | money | percent | choice | date | derived
    optional: bool = False
    scale: float = 1.0
    choices: tuple[tuple[str, str], ...] | Callable[["SheetModel"], list[tuple[str, str]]] = ()
    tip: str = ""
    editable: bool = True
    #: for "derived" columns: row JSON, model → text
    derive: Callable[[dict, "SheetModel"], str] | None = field(default=None, compare=False)

    # ---- reading ------------------------------------------------------------------------------
    def alignment(self) -> Qt.AlignmentFlag:
        h = Qt.AlignmentFlag.AlignRight if self.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft
        return h | Qt.AlignmentFlag.AlignVCenter

    def label(self, model: "SheetModel") -> str:
        """The column title in the interface language."""
        return in_context(model.context, self.title)

    def choice_list(self, model: "SheetModel") -> list[tuple[str, str]]:
        """(value, label) pairs; fixed labels are translated, computed ones (item names) are user data."""
        if self.kind != "choice":
            return []
        if callable(self.choices):
            return list(self.choices(model))
        return [(value, in_context(model.context, label)) for value, label in self.choices]

    def edit_value(self, v: Any, model: "SheetModel") -> Any:
        if v is MISSING or v is None:
            return None if self.kind in NUMERIC else ""
        if self.kind in NUMERIC:
            return float(v) * self.scale
        return v if self.kind == "choice" else str(v)

    def display(self, v: Any, model: "SheetModel", row: dict) -> str:
        if self.kind == "derived":
            return self.derive(row, model) if self.derive else ""
        if v is MISSING or v is None:
            return ""
        loc = model.locale()
        if self.kind == "money":
            return format_money(float(v), model.currency, loc, decimals=None)
        if self.kind == "percent":
            return format_percent(float(v) * self.scale, loc)
        if self.kind in ("int", "number"):
            return format_number(float(v), loc)
        if self.kind == "choice":
            return dict(self.choice_list(model)).get(v, str(v))
        if self.kind == "date":
            d = QDate.fromString(str(v), "yyyy-MM-dd")
            return loc.toString(d, QLocale.FormatType.ShortFormat) if d.isValid() else str(v)
        return str(v)

    def tooltip(self, v: Any, model: "SheetModel") -> str:
        return in_context(model.context, self.tip)

    # ---- writing ------------------------------------------------------------------------------
    def empty(self) -> Any:
        """What clearing the cell stores."""
        if self.optional:
            return MISSING
        return 0 if self.kind in NUMERIC else ""

    def parse(self, value: Any, model: "SheetModel") -> Any:
        """The JSON value for what the user typed or pasted; ValueError with a reason if it is none."""
        text = value.strip() if isinstance(value, str) else value
        if text is None or text == "":
            if self.optional:
                return MISSING
            if self.kind in NUMERIC:
                raise ValueError(QCoreApplication.translate("Columns", "enter a number"))
            return ""
        if self.kind in NUMERIC:
            x = parse_user_number(text, model.locale(), percent=self.kind == "percent",
                                  money=self.kind == "money") / self.scale
            return int(x) if float(x).is_integer() and abs(x) < 2**53 else x
        if self.kind == "choice":
            options = self.choice_list(model)
            english = dict(self.choices) if not callable(self.choices) else {}
            for val, label in options:
                if text == val or str(text).casefold() in (val.casefold(), label.casefold(),
                                                           english.get(val, label).casefold()):
                    return val
            raise ValueError(QCoreApplication.translate("Columns", "choose one of {choices}").format(
                choices=", ".join(label for _, label in options)))
        if self.kind == "date":
            s = str(text)
            d = QDate.fromString(s, "yyyy-MM-dd")
            if not d.isValid():
                d = model.locale().toDate(s, QLocale.FormatType.ShortFormat)
                if d.isValid() and d.year() < 1950:  # a two-digit year means this century
                    d = d.addYears(100)
            if not d.isValid():
                raise ValueError(QCoreApplication.translate(
                    "Columns", "{text} is not a date (type it like {example} or 2027-03-31)").format(
                        text=repr(s), example=model.locale().toString(QDate(2027, 3, 31),
                                                                QLocale.FormatType.ShortFormat)))
            return d.toString("yyyy-MM-dd")
        return str(text) if self.key != "id" else str(text).strip()
