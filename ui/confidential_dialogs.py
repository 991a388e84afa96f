"""The two confidentiality questions asked before an export leaves the window.

* :class:`StatementsDialog` — before partner statements are written: which pool figures each
  statement withholds and why (disclosure control, :mod:`coop_calc.exchange.disclosure`), with the
  option to show them anyway — then the list says what each one reveals.
* :class:`RiskyTextsDialog` — before an anonymised export: the texts that may still identify a
  partner (:func:`coop_calc.exchange.anonymise.anonymisation_findings`), where they stand and why, to
  rename them first (Cancel) or export them as they are.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coop_calc.exchange.disclosure import MIN_OTHERS, P_PERCENT, Plan
from coop_calc.exchange.formatting import lang_of
from coop_calc.exchange.redaction import Finding
from coop_calc.messages import to_text

from .results.common import lang


def _table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(list(headers))
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setWordWrap(True)
    t.verticalHeader().setVisible(False)
    h = t.horizontalHeader()
    for c in range(len(headers) - 1):
        h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return t


def _fill(t: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(value))
    t.resizeRowsToContents()


class StatementsDialog(QDialog):
    """What the partner statements withhold (or, with the box ticked, reveal); Export or Cancel."""

    def __init__(self, names: Sequence[str], plans: Sequence[Plan], disclosed: Sequence[Plan],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.names, self.plans, self.disclosed = list(names), list(plans), list(disclosed)
        self.setWindowTitle(self.tr("Confidential partner statements"))
        self.resize(900, 480)
        box = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "A pool total is shown in a partner's statement only when at least %1 other partners stand behind it"
            " and none of them makes up so much that the rest is under %2 % of its part. Otherwise the partner could"
            " work out other partners' figures by subtracting its own.").replace("%1", str(MIN_OTHERS))
            .replace("%2", f"{P_PERCENT:g}"))
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Figure"), self.tr("Why")])
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 420)
        box.addWidget(self.tree, 1)
        self.disclose = QCheckBox(self.tr("Show these totals anyway (each statement then says what they reveal)"))
        self.disclose.toggled.connect(self._refresh)
        box.addWidget(self.disclose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Write statements"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self._refresh()

    def rows(self) -> list[list[str]]:
        """(partner, figure, why) rows: withheld figures, or with the box ticked what they reveal."""
        lg = lang()
        out = []
        plans = self.disclosed if self.disclose.isChecked() else self.plans
        for name, plan in zip(self.names, plans):
            for f in plan.withheld:
                out.append([name, f.text("label", lg), self.tr("withheld: %1").replace("%1", f.text("reason", lg))])
            for f in plan.revealing:
                out.append([name, f.text("label", lg), self.tr("reveals %1").replace("%1", f.text("reveals", lg))])
            for en, de in plan.inherent:
                out.append([name, self.tr("the chosen rule"), de if lang_of(lg) == "de" else en])
        return out

    def _refresh(self) -> None:
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        for name, figure, why in self.rows():
            if name not in parents:
                parents[name] = QTreeWidgetItem(self.tree, [self.tr("Statement for %1").replace("%1", name)])
                parents[name].setFirstColumnSpanned(True)
            child = QTreeWidgetItem(parents[name], [figure, why])
            child.setToolTip(0, figure)
            child.setToolTip(1, why)
        self.tree.expandAll()


class RiskyTextsDialog(QDialog):
    """Texts that may still identify a partner in an anonymised export; Export anyway or Cancel."""

    def __init__(self, findings: Sequence[Finding], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anonymised export"))
        self.resize(900, 420)
        box = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "These texts may still point to a partner after anonymisation, and CoopCalc cannot replace them"
            " without guessing. Rename them in the editors first (Cancel), or export them as they are."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.table = _table(self, [self.tr("Where"), self.tr("Text"), self.tr("Why")])
        # place and reason in the interface language once the engine words them as catalogue messages
        _fill(self.table, [[to_text(f.place, lang()), f.text, to_text(f.reason, lang())] for f in findings])
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
