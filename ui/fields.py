"""Form fields bound to one place of the scenario document (pool details, coordination cost, risk
settings). A field commits when editing finishes; the engine validates; a refused value is marked
at the field with its reason and the field shows the document's value again.

A field's ``label`` (for undo texts and refusals) is an English source text marked with
``QT_TRANSLATE_NOOP("Fields", …)`` and translated when used; its tool tip is set by the panel
(``set_tip``), which sets it again when the language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QToolTip, QWidget

from coop_calc.commands import MISSING, SetField
from coop_calc.errors import ValidationError
from coop_calc.model import Scenario

from .distribution_text import from_text, to_text
from .document import Document
from .i18n import again, error_text, labelled_error
from .models.base import json_of
from .models.columns import parse_user_number, reading_text
from .numbers import format_money, format_number, plain_form
from .undo import later


def value_at(scenario: Scenario, path: tuple) -> Any:
    node: Any = json_of(scenario)
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return MISSING
    return node


NUMERIC = ("number", "int", "plain", "money")


if TYPE_CHECKING:  # the mixin is only ever combined with a widget
    _Widget = QWidget
else:
    _Widget = object


class _Bound(_Widget):
    """Shared behaviour: follow the document, execute edits, show refusals."""

    message: Signal

    def bind(self, doc: Document, path: tuple, label: str) -> None:
        self.doc, self.path, self.label = doc, tuple(path), label
        self._tip = self.toolTip()
        doc.changed.connect(self._follow)
        self._follow(doc.scenario)

    def _follow(self, scenario: Scenario) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the document's value again (e.g. in a new number format after a language change), and a
        refusal's reason in the language now."""
        self._follow(self.doc.scenario)
        if self.property("invalid"):
            self.setToolTip(again(getattr(self, "_reason", None)) or self._tip)

    def label_text(self) -> str:
        return QCoreApplication.translate("Fields", self.label)

    def set_tip(self, tip: str) -> None:
        """The field's explanation (kept while a refusal reason is shown instead)."""
        self._tip = tip
        if not self.property("invalid"):
            self.setToolTip(tip)

    def commit(self, value: Any) -> bool:
        if value == value_at(self.doc.scenario, self.path):
            self.mark(None)
            return True
        try:
            self.doc.execute(SetField(self.path, value),
                             later(lambda: QCoreApplication.translate("Fields", "Edit {field}").format(
                                 field=self.label_text())),
                             merge_key=("field", self.path))
        except ValidationError as e:
            self.mark(error_text(e, 4))
            return False
        self.mark(None)
        return True

    def mark(self, reason: str | None) -> None:
        self._reason = reason
        self.setProperty("invalid", bool(reason))
        self.setStyleSheet("border: 2px solid #d04040;" if reason else "")
        self.setToolTip(reason or self._tip)
        if reason:
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), reason, self)
            self.message.emit(reason.replace("\n", "; "))


class BoundLineEdit(QLineEdit, _Bound):
    """kind: "text", "number", "int", "plain" (a whole number shown without grouping, e.g. a seed),
    "money", "dist" (distribution text)."""

    message = Signal(str)

    def __init__(self, doc: Document, path: tuple, label: str, kind: str = "text", optional: bool = False,
                 tip: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.optional = kind, optional
        self.setToolTip(tip)
        if kind in NUMERIC:
            self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._finished)
        self.bind(doc, path, label)

    def _shown(self, v: Any, editing: bool) -> str:
        if v is MISSING or v is None:
            return ""
        loc = QLocale()
        if self.kind == "dist":
            return to_text(v, loc)
        if self.kind in NUMERIC:
            if editing or self.kind == "plain":
                return plain_form(float(v), loc)
            if self.kind == "money":
                return format_money(float(v), self.doc.scenario.meta.currency, loc, decimals=None)
            return format_number(float(v), loc)
        return str(v)

    def _follow(self, scenario: Scenario) -> None:
        if self.hasFocus() and self.isModified():
            return
        self.setText(self._shown(value_at(scenario, self.path), editing=self.hasFocus()))
        self.setModified(False)
        if not self.hasFocus():
            self.setCursorPosition(0)  # a long text shows its beginning

    def focusInEvent(self, event) -> None:  # noqa: N802 - show the plain number for editing
        super().focusInEvent(event)
        if self.kind in NUMERIC:
            self.setText(self._shown(value_at(self.doc.scenario, self.path), editing=True))
            self.selectAll()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if not self.property("invalid"):
            self._follow(self.doc.scenario)

    def parsed(self) -> Any:
        text = self.text().strip()
        if not text:
            if self.optional:
                return MISSING
            if self.kind in NUMERIC:
                raise ValueError(QCoreApplication.translate("Columns", "enter a number"))
            return "" if self.kind == "text" else MISSING
        if self.kind == "dist":
            return from_text(text, QLocale())
        if self.kind in NUMERIC:
            x = parse_user_number(text, QLocale(), money=self.kind == "money")
            return int(x) if x.is_integer() and abs(x) < 2**53 else x
        return self.text()

    def _finished(self) -> None:
        if not self.isModified():
            return
        try:
            value = self.parsed()
        except ValueError as e:
            self.mark(labelled_error(self.label_text, e))
            return
        if self.commit(value):
            note = reading_text(self.text(), QLocale()) if self.kind in NUMERIC else None
            if note:  # e.g. German 4.500 read as 4500: say so (ui/numbers.py, rule 4)
                self.message.emit(note)
            self.setModified(False)
            if not self.hasFocus():
                self._follow(self.doc.scenario)


class BoundCombo(QComboBox, _Bound):
    message = Signal(str)

    def __init__(self, doc: Document, path: tuple, label: str, choices: list[tuple[str, str]],
                 tip: str = "", before: Callable[[str], Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        for value, text in choices:
            self.addItem(text, value)
        self.setToolTip(tip)
        #: optional hook: value → a command to run instead of the plain SetField (e.g. "custom")
        self.before = before
        self.activated.connect(self._chosen)
        self.bind(doc, path, label)

    def set_labels(self, labels: dict[str, str]) -> None:
        """New texts for the choices (by value), e.g. after a language change."""
        for i in range(self.count()):
            if self.itemData(i) in labels:
                self.setItemText(i, labels[self.itemData(i)])

    def _follow(self, scenario: Scenario) -> None:
        i = self.findData(value_at(scenario, self.path))
        self.blockSignals(True)
        self.setCurrentIndex(max(i, 0))
        self.blockSignals(False)

    def _chosen(self, _index: int) -> None:
        value = self.currentData()
        if self.before is not None:
            reason = self.before(value)
            if reason is not False:
                self.mark(reason or None)
                self._follow(self.doc.scenario)
                return
        if not self.commit(value):
            self._follow(self.doc.scenario)


class BoundCheck(QCheckBox, _Bound):
    message = Signal(str)

    def __init__(self, doc: Document, path: tuple, label: str, text: str, tip: str = "",
                 parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setToolTip(tip)
        self.clicked.connect(lambda checked: self.commit(bool(checked)) or self._follow(self.doc.scenario))  # type: ignore[func-returns-value]
        self.bind(doc, path, label)

    def _follow(self, scenario: Scenario) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value_at(scenario, self.path)))
        self.blockSignals(False)
