"""Advice: whether to split the pool and how, what to ask each supplier for, what each partner's
commitment is worth, and how the answer moves with one or two inputs.

The advice (:func:`coop_calc.advice.advise`, up to a few seconds for a dozen partners) is computed off
the GUI thread, only while the page is on screen, newest edit winning. Every sentence comes from the
engine in the interface language, so the page, the workbook and the report say the same.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from coop_calc.advice import advise
from coop_calc.advice.output import advice_document
from coop_calc.charts.advice import structure_chart, waiting_chart
from coop_calc.coalitions import MAX_EXACT_PARTNERS

from ..i18n import error_text
from ..tasks import TaskRunner
from .advice_sweep import SweepPanel
from .common import Chart, Table, heading, lang, money, muted, note, number, percent, set_note_kind, table_view, yes_no


def _compute(scenario, superseded):
    """Worker thread: the advice of an immutable scenario; ``superseded()`` turns true when a newer
    request is waiting, and the long searches then stop early (that result is dropped anyway)."""
    return advise(scenario, cancelled=superseded), scenario


class AdvicePage(QWidget):
    """Headline, the structures chart and groups table, and tabs for negotiation targets, commitment and
    the sweep."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario: Any = None
        self.advice: Any = None
        self.doc: dict[str, Any] | None = None
        self._dirty = False
        self._serial = 0  # of the newest request; an older computation sees it change and stops early
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._computed)
        self.runner.failed.connect(self._failed)
        self.summary = heading(size=1.1, scale=scale)
        self.stability = note(scale=scale)
        self.chart = Chart(scale)
        self.groups_model = Table(self)
        self.groups_table = table_view(self.groups_model, stretch=1, wrap=True)
        self.targets_model = Table(self)
        self.targets_table = table_view(self.targets_model, stretch=None)
        self.targets_table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._explain(cur.row()))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.commit_model = Table(self)
        self.commit_table = table_view(self.commit_model, stretch=4, wrap=True)
        self.thresholds = muted(QLabel())
        self.thresholds.setWordWrap(True)
        self.sweep = SweepPanel(scale)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.chart)
        top.addWidget(self.groups_table)
        top.setSizes([560, 440])
        targets = QWidget()
        tl = QVBoxLayout(targets)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.targets_table, 1)
        tl.addWidget(self.explanation)
        commit = QWidget()
        cl = QVBoxLayout(commit)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.commit_table, 1)
        cl.addWidget(self.thresholds)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(targets, "")
        self.tabs.addTab(commit, "")
        self.tabs.addTab(self.sweep, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setSizes([300, 420])
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.stability)
        lay.addWidget(split, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Advice")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("What to ask the suppliers for"))
        self.tabs.setTabText(1, self.tr("Commitment"))
        self.tabs.setTabText(2, self.tr("What if"))
        self.chart.set_caption(self.tr("Each bar is one way to divide the partners into pools; its parts are the"
                                       " pools with two or more partners (the others buy alone)."))
        self.sweep.retranslate()

    # ---- inputs ---------------------------------------------------------------------------------
    def set_results(self, scenario, analysis) -> None:
        """A new scenario (its analysis is not needed: the advice prices every coalition itself)."""
        self.scenario = scenario
        self._dirty = True
        per_pair = scenario.coordination.per_pair * 3 if scenario is not None else 0.0
        self.sweep.set_scenario(scenario, max(per_pair, 1000.0))
        if self.isVisible():
            self._start()
        elif scenario is None:
            self._show()

    def refresh(self) -> None:
        self.retranslate()
        self._show()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._dirty:
            self._start()

    def shutdown(self, msecs: int = 5000) -> None:
        self._serial += 1
        self.runner.cancel()
        self.sweep.shutdown(msecs)
        self.runner.wait(msecs)

    def _start(self) -> None:
        self._dirty = False
        s = self.scenario
        if s is None or s.n == 0 or s.n > MAX_EXACT_PARTNERS:
            self.advice = self.doc = None
            self._show()
            return
        if self.advice is None:
            self.summary.setText(self.tr("Working out the best division of the pool…"))
            self.chart.draw(waiting_chart)
        self._serial += 1
        serial = self._serial
        self.runner.submit(_compute, s, lambda: self._serial != serial)

    def _computed(self, value) -> None:
        advice, scenario = value
        if scenario is not self.scenario:
            return
        self.advice = advice
        self.doc = advice_document(advice)
        if advice.thresholds is not None and advice.thresholds.per_pair_break_even is not None:
            self.sweep.set_scenario(scenario, min(advice.thresholds.per_pair_break_even * 1.2,
                                                  max(scenario.coordination.per_pair * 4, 1000.0)))
        self._show()

    def _failed(self, error) -> None:
        self.advice = self.doc = None
        self.summary.setText(self.tr("No advice for this pool: %1").replace("%1", error_text(error)))
        self.stability.hide()
        self.chart.clear()
        for m in (self.groups_model, self.targets_model, self.commit_model):
            m.set_rows([], [])

    # ---- drawing --------------------------------------------------------------------------------
    def _show(self) -> None:
        lg = "de" if lang().startswith("de") else "en"
        d, s = self.doc, self.scenario
        if d is None or s is None:
            if s is not None and s.n > MAX_EXACT_PARTNERS:
                text = self.tr("Pool design advice needs every group's cost: at most %1 partners.").replace(
                    "%1", str(MAX_EXACT_PARTNERS))
            else:
                text = self.tr("Enter partners, items and quotes to get advice.")
            self.summary.setText(text)
            self.stability.hide()
            self.chart.clear()
            for m in (self.groups_model, self.targets_model, self.commit_model):
                m.set_rows([], [])
            return
        st = d["structure"]
        self.summary.setText(st["explanation"][lg])
        self._stability_note(st, lg)
        self.chart.draw(structure_chart, self.advice)
        self._groups(st, lg)
        self._targets(d, lg)
        self._commitment(d, lg)

    def _stability_note(self, st: dict, lg: str) -> None:
        bad = [g for g in st["details"] if not g["stable"]]
        parts = [g["explanation"][lg] for g in st["details"] if len(g["members"]) > 1]
        if st["best_stable"] is not None:
            parts.append(st["best_stable"]["explanation"][lg])
        if not parts:
            self.stability.hide()
            return
        self.stability.setText(" ".join(parts[:3]))
        set_note_kind(self.stability, "warn" if bad else "good")
        self.stability.show()

    def _groups(self, st: dict, lg: str) -> None:
        cur = self.scenario.meta.currency
        rows = []
        label = {0: self.tr("Recommended")}
        for j, g in enumerate(st["details"]):
            rows.append([(label.get(0, "") if j == 0 else "", ""), (", ".join(g["names"]), g["explanation"][lg]),
                         (money(g["net_savings"], cur), g["net_savings"]), (yes_no(g["split_in_core"]), g["split_in_core"]),
                         (yes_no(g["stable"]), g["stable"])])
        rows.append([(self.tr("Single pool"), ""), (self.tr("all partners"), st["grand_pool"]["explanation"][lg]),
                     (money(st["grand_pool_net_savings"], cur), st["grand_pool_net_savings"]),
                     (yes_no(st["grand_pool"]["split_in_core"]), st["grand_pool"]["split_in_core"]),
                     (yes_no(st["grand_pool"]["stable"]), st["grand_pool"]["stable"])])
        bold = [len(rows) - 1]
        alt = [g for g in (st["best_stable"] or {}).get("details", []) if len(g["members"]) > 1]
        for j, g in enumerate(alt):
            rows.append([(self.tr("Best stable division") if j == 0 else "", ""),
                         (", ".join(g["names"]), g["explanation"][lg]), (money(g["net_savings"], cur), g["net_savings"]),
                         (yes_no(g["split_in_core"]), g["split_in_core"]), (yes_no(g["stable"]), g["stable"])])
        self.groups_model.set_rows(
            [self.tr("Division"), self.tr("Partners buying together"), self.tr("Net savings"),
             self.tr("Split keeps every group"), self.tr("Can be stable")], rows, bold_rows=bold,
            tips=["", "", self.tr("Savings after the group's own coordination cost."),
                  self.tr("Under the chosen rule no group of its partners would save more on its own."),
                  self.tr("Some split keeps every group of its partners (the core is not empty).")])

    def _targets(self, d: dict, lg: str) -> None:
        cur = self.scenario.meta.currency
        rows: list[list[tuple[str, Any]]] = []
        bold: list[int] = []
        self._sentences: list[str] = []
        for it in d["negotiation"]:
            item_text = " ".join(s[lg] for s in it["explanations"].values())
            quotes = sorted(it["quotes"], key=lambda q: (not q["winner"], q["cost"] if q["cost"] is not None else 1e300))
            for j, q in enumerate(quotes):  # the winner first: the item's own figures stand on its row
                first = j == 0
                q_text = " ".join(s[lg] for s in q["explanations"].values())
                if q["winner"]:
                    bold.append(len(rows))
                win = (self.tr("wins, +%1 headroom").replace("%1", percent(100 * q["headroom"]))
                       if q["winner"] and q["headroom"] is not None else
                       self.tr("wins") if q["winner"] else
                       self.tr("cannot win") if q["discount_impossible"] or not q["available"] else
                       percent(100 * q["discount_to_win"]) if q["discount_to_win"] is not None else "–")
                tier = f"{q['tier']}/{q['tiers']}" if q["available"] else "–"
                rows.append([
                    (it["name"] if first else "", item_text), (q["supplier"], q_text), (tier, q["tier"] or 0),
                    (number(q["units_to_next_tier"]) if q["units_to_next_tier"] is not None else "–",
                     q["units_to_next_tier"] if q["units_to_next_tier"] is not None else -1),
                    (money(q["next_tier_saving"], cur), q["next_tier_saving"] or 0.0),
                    (money(q["ask_saving"], cur), q["ask_saving"] or 0.0), (win, q["discount_to_win"] or 0.0),
                    (money(it["item_break_even_price"], cur) if first else "", it["item_break_even_price"] or 0.0),
                    (money(it["break_even_price"], cur) if first else "", it["break_even_price"] or 0.0),
                    (money(it["all_gain_price"], cur) if first else "", it["all_gain_price"] or 0.0)])
                self._sentences.append(item_text + (" " if item_text else "") + q_text)
        self.targets_model.set_rows(
            [self.tr("Item"), self.tr("Supplier"), self.tr("Tier reached"), self.tr("Units to next tier"),
             self.tr("Next tier saves"), self.tr("Next tier's price now saves"), self.tr("Discount to win"),
             self.tr("Dearer than separately above"), self.tr("Pool stops paying off above"),
             self.tr("Every partner gains up to")], rows, bold_rows=bold,
            tips=["", "", "", "", self.tr("The price cut on an order of the next tier's size."),
                  self.tr("Asking for the next tier's unit price at the pool's current order."),
                  self.tr("How far this supplier must cut all its unit prices to be cheaper than the winner;"
                          " for the winner, how far its prices could rise before the runner-up wins."),
                  self.tr("Pooled unit price at which buying this item together costs as much as separately."),
                  self.tr("Pooled unit price at which the whole pool no longer saves money after coordination"
                          " cost."),
                  self.tr("Pooled unit price up to which every partner still gains under the chosen rule.")])
        self._explain(0 if rows else -1)

    def _explain(self, row: int) -> None:
        sentences = getattr(self, "_sentences", [])
        self.explanation.setText(sentences[row] if 0 <= row < len(sentences) else "")

    def _commitment(self, d: dict, lg: str) -> None:
        cur = self.scenario.meta.currency
        items = {it.id: it for it in self.scenario.items}
        rows = []
        for c in d["commitment"]:
            mins = "; ".join(f"{items[ic['item']].name}: ≥ {number(ic['min_need'])} {items[ic['item']].unit}"
                             for ic in c["items"] if ic["min_need"] > 0)
            rows.append([(c["name"], c["explanation"][lg]), (money(c["savings_lost"], cur), c["savings_lost"]),
                         (money(c["price_loss"], cur), c["price_loss"]), (number(c["tiers_lost"]), c["tiers_lost"]),
                         (mins or self.tr("none needed for the tiers"), mins)])
        self.commit_model.set_rows(
            [self.tr("Partner"), self.tr("Pool saves less if it leaves"), self.tr("Others pay more"),
             self.tr("Tiers lost"), self.tr("Minimum commitment that keeps the pool's tiers")], rows)
        th = d.get("thresholds") or {}
        self.thresholds.setText(" ".join(s[lg] for s in (th.get("explanations") or {}).values()))
