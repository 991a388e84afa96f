"""Presentation mode for a partner meeting: a deck of slides made for the projector.

Each slide states its finding in one sentence with the numbers (:mod:`coop_calc.headlines`), shows
the chart and the one compact table that back it, and fits 1280 × 720 and 1920 × 1080 without
scrolling (:mod:`ui.deck`). Keys — what presentation clickers send — step: Right/PageDown/Space
forward, Left/PageUp/Backspace back, Home/End; Esc, F11 or Shift+F11 leave. ``A`` shows every partner
by its alias, ``W`` opens the live what-if (coordination cost, a supplier's prices, partners in or
out; ``R`` resets), ``S`` chooses and orders the slides (saved with the scenario), ``P`` writes the
handout PDF. The what-if never changes the document; a simulation the deck runs is handed back to
the main window.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coop_calc.anonymous import anonymised, anonymised_analysis, anonymised_project, relabelled_risk
from coop_calc.deck import WhatIf, default_slides, effective_slides, presentation_to_dict

from .deck.chooser import SlideChooser
from .deck.content import DeckData, SlideSpec, build, titles
from .deck.export import export_pdf
from .deck.jobs import advise_shown, analyse_all, analyse_what_if, simulate_deck
from .deck.slide import Slide
from .deck.whatif import WhatIfPanel
from .i18n import again, error_text
from .results.risk import risk_signature
from .results.view import ResultsView
from .tasks import TaskRunner
from .undo import later

#: How much larger text and charts are than in the main window, by screen width (a full-HD projector
#: gets 1.5; a laptop screen less, so that the slides still fit).
SCALES = ((1800, 1.5), (1500, 1.35), (1200, 1.2), (0, 1.1))


def scale_for(width: int) -> float:
    return next(s for w, s in SCALES if width >= w)


class PresentationWindow(QWidget):
    """The deck, full screen. ``closed`` is emitted when the user leaves (the window then deletes
    itself)."""

    closed = Signal()

    def __init__(self, source: ResultsView, anonymous: bool = False, parent: QWidget | None = None,
                 scale: float | None = None, doc=None):
        super().__init__(parent, Qt.WindowType.Window)
        if scale is None:
            screen = (source.screen() or QApplication.primaryScreen()).geometry()
            scale = scale_for(screen.width())
        self.scale = scale
        self.source, self.doc = source, doc
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        self.setFont(font)
        self._stop = threading.Event()
        self._chosen: tuple[str, ...] | None = None  # a choice not (yet) in the scenario (no document)
        self._change = WhatIf()
        self._base: tuple[Any, Any] | None = None  # (scenario, analysis) as saved
        self._current: tuple[Any, Any] | None = None  # … as shown (the what-if)
        self._base_risk = self._risk = None
        self._risk_state = "missing"
        self._risk_error = ""
        self._advice: tuple[Any, Any] | None = None  # (key, Advice) — key: (scenario shown, anonymous)
        self._advice_state = "missing"
        self._advice_error = ""
        # the newest advice request's number, in a list the worker may read (the worker must not hold the
        # window itself: its last reference could then be dropped off the GUI thread)
        self._advice_serial = [0]
        self._compare: list | None = None
        self._compare_key: object = None
        self._closing = False

        self.heading = QLabel()
        f = self.heading.font()
        f.setBold(True)
        self.heading.setFont(f)
        # a long pool name wraps instead of widening the window past the screen
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setMinimumWidth(120)
        self.page_label = QLabel()
        self.whatif_button = self._button(self.toggle_what_if)
        self.whatif_button.setCheckable(True)
        self.slides_button = self._button(self.choose_slides)
        self.pdf_button = self._button(lambda: self.export_pdf())
        self.anonymous = QCheckBox()
        self.anonymous.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button = self._button(self.close)
        self.stack = QStackedWidget()
        self.what_if = WhatIfPanel()
        self.what_if.hide()
        self.what_if.setFixedWidth(int(250 * scale))
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.page_label)
        bar.addSpacing(18)
        for w in (self.whatif_button, self.slides_button, self.pdf_button, self.anonymous, self.exit_button):
            bar.addWidget(w)
        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(self.what_if)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 8)
        lay.addLayout(bar)
        lay.addLayout(body, 1)
        self.slides: list[Slide] = []

        self.analysis_runner = TaskRunner(self)
        self.analysis_runner.finished.connect(self._what_if_done)
        self.analysis_runner.failed.connect(self._what_if_failed)
        self.risk_runner = TaskRunner(self)
        self.risk_runner.finished.connect(self._risk_done)
        self.risk_runner.failed.connect(self._risk_failed)
        self.advice_runner = TaskRunner(self)
        self.advice_runner.finished.connect(self._advice_done)
        self.advice_runner.failed.connect(self._advice_failed)
        self.compare_runner = TaskRunner(self)
        self.compare_runner.finished.connect(self._compare_done)
        self.what_if.changed.connect(self.set_what_if)
        self.anonymous.setChecked(anonymous)
        self.anonymous.toggled.connect(self.set_anonymous)
        source.shown.connect(self._sync_from_source)
        # live risk of the main window feeds the risk slide: first estimates and completed runs
        source.riskUpdated.connect(self._source_risk)
        source.riskFailed.connect(self._source_risk_failed)
        self._sync_from_source()
        # keys are caught for the whole window, whichever child has the focus: a clicker must always turn
        # the page
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.retranslate()

    def _button(self, slot) -> QPushButton:
        b = QPushButton()
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        return b

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CoopCalc – presentation"))
        self.anonymous.setText(self.tr("Anonymous (A)"))
        self.anonymous.setToolTip(self.tr("Show every partner by its alias (Partner A, Partner B, …) everywhere."))
        self.whatif_button.setText(self.tr("What if (W)"))
        self.whatif_button.setToolTip(self.tr("Change coordination cost, a supplier's prices or the partners, live;"
                                              " the saved scenario stays as it is."))
        self.slides_button.setText(self.tr("Slides (S)"))
        self.slides_button.setToolTip(self.tr("Choose the slides and their order; saved with the scenario."))
        self.pdf_button.setText(self.tr("Handout PDF (P)"))
        self.pdf_button.setToolTip(self.tr("The deck as shown, one slide a page."))
        self.exit_button.setText(self.tr("Leave (Esc)"))
        self.what_if.retranslate()
        self._rebuild()

    # ---- state ----------------------------------------------------------------------------------
    def chosen_slides(self) -> tuple[str, ...]:
        """The saved choice of slides (empty: the default deck)."""
        if self._chosen is not None:
            return self._chosen
        return self._base[0].presentation if self._base is not None else ()

    def slide_keys(self) -> tuple[str, ...]:
        """The slides shown, in order."""
        n = len(self.source.project.scenarios) if self.source.project is not None else 1
        return effective_slides(self.chosen_slides(), n)

    def _sync_from_source(self) -> None:
        src = self.source
        if src.scenario is None or src.analysis is None:
            return
        old = self._base
        self._base = (src.scenario, src.analysis)
        if old is not None and old[0] is not src.scenario and self._chosen is not None \
                and src.scenario.presentation == self._chosen:
            self._chosen = None  # the document has the choice now
        result, rs = src.risk_result()
        if result is not None and rs is not None and len(result.partner_ids) == src.scenario.n \
                and risk_signature(rs) == risk_signature(src.scenario):
            self._base_risk = relabelled_risk(result, src.scenario)
        elif old is None or risk_signature(old[0]) != risk_signature(src.scenario):
            self._base_risk = None
        self._keep_live()
        on = self.anonymous.isChecked()
        shown = anonymised(src.scenario, src.project) if on else src.scenario
        self.what_if.set_scenario(src.scenario, shown, on)
        self._compare = None
        self.set_what_if(self.what_if.value())

    def set_what_if(self, change: WhatIf) -> None:
        """Show the deck for ``change`` applied to the saved scenario (neutral: the saved scenario)."""
        self._change = change
        if self._base is None:
            return
        if change.is_neutral:
            self.analysis_runner.cancel()
            self._current = self._base
            self._risk = self._base_risk
            self._risk_state = "ok" if self._risk is not None else "missing"
            self.what_if.set_state("")
            self._start_risk()
            self._start_advice()
        else:
            self.what_if.set_state(self.tr("Computing …"))
            self.analysis_runner.submit(analyse_what_if, self._base[0], change)
        self._start_compare()
        self._rebuild()

    def _what_if_done(self, value) -> None:
        scenario, analysis = value
        if self._change.is_neutral:
            return
        self._current = (scenario, analysis)
        self._risk = None
        self._risk_state = "missing"
        self.what_if.set_state(self.tr("What-if shown; the saved scenario is unchanged."))
        self._start_risk()
        self._start_advice()
        self._rebuild()

    def _what_if_failed(self, error) -> None:
        self.what_if.set_state(error_text(error))

    def _live(self) -> bool:
        """True when the main window's live risk simulates the saved scenario for the risk slide."""
        return not self._closing and "risk" in self.slide_keys() and self.source.live_risk_on()

    def _keep_live(self) -> None:
        """Ask the main window to keep live risk running while the risk slide is in the deck."""
        self.source.set_keep_live_risk(self._live())

    def _source_risk(self, result, scenario, final: bool) -> None:
        """Live risk's result for the main window's scenario (first estimate or completed run): the risk
        slide shows it at once when the deck shows that scenario (not a what-if)."""
        if self._closing or self._base is None or len(result.partner_ids) != self._base[0].n:
            return
        if scenario is not self._base[0] and risk_signature(scenario) != risk_signature(self._base[0]):
            return  # an older edit's answer
        self._base_risk = relabelled_risk(result, self._base[0])
        if self._change.is_neutral and self._current is not None and self._current[0] is self._base[0]:
            self.risk_runner.cancel()  # the deck's own simulation of the same pool is not needed
            self._risk, self._risk_state, self._risk_error = self._base_risk, "ok", ""
            self._rebuild()

    def _source_risk_failed(self, message: str) -> None:
        if self._live() and self._change.is_neutral and self._risk is None:
            self._risk_state, self._risk_error = "failed", message
            self._rebuild()

    def _start_risk(self) -> None:
        self._keep_live()
        if "risk" not in self.slide_keys() or self._current is None or self._risk is not None:
            return
        if self._live() and self._base is not None and self._current[0] is self._base[0]:
            self._risk_state = "running"  # the main window's live risk answers (_source_risk)
            return
        base = self._base_risk
        settings = (base.trials, base.seed, base.sampling) if base is not None else None
        self._risk_state = "running"
        self.risk_runner.submit(simulate_deck, self._current[0], settings, self._stop)

    def _risk_done(self, value) -> None:
        result, scenario = value
        if self._current is None or scenario is not self._current[0]:
            return  # an older question's answer
        self._risk, self._risk_state = result, "ok"
        if self._base is not None and scenario is self._base[0]:
            self._base_risk = result
            self.source.set_risk_result(result, scenario)  # the main window keeps the run
        self._rebuild()

    def _risk_failed(self, error) -> None:
        if not self._closing:
            self._risk_state = "failed"
            self._risk_error = error_text(error)
            self._rebuild()

    def _advice_key(self) -> tuple[Any, bool] | None:
        return (self._current[0], self.anonymous.isChecked()) if self._current is not None else None

    def _start_advice(self) -> None:
        """Compute the advice of the scenario shown, off the GUI thread (a few seconds for a dozen
        partners); the slide says "Working out …" meanwhile."""
        key = self._advice_key()
        if "advice" not in self.slide_keys() or key is None:
            return
        if self._advice is not None and self._advice[0][0] is key[0] and self._advice[0][1] == key[1]:
            return
        scenario = key[0]
        if scenario.n == 0:
            self._advice_state = "missing"
            return
        from coop_calc.coalitions import MAX_EXACT_PARTNERS

        if scenario.n > MAX_EXACT_PARTNERS:
            self._advice_state = "too_large"
            return
        shown = anonymised(scenario, self.source.project) if key[1] else scenario
        latest = self._advice_serial
        latest[0] += 1
        serial = latest[0]
        self._advice_state = "running"
        self.advice_runner.submit(advise_shown, shown, key, lambda: latest[0] != serial)

    def _advice_done(self, value) -> None:
        advice, key = value
        if key != self._advice_key():
            return  # an older question's answer
        self._advice, self._advice_state = (key, advice), "ok"
        self._rebuild()

    def _advice_failed(self, error) -> None:
        if not self._closing:
            self._advice_state = "failed"
            self._advice_error = error_text(error)
            self._rebuild()

    def _start_compare(self) -> None:
        project = self.source.project
        if "comparison" not in self.slide_keys() or project is None or len(project.scenarios) < 2:
            return
        if self._compare_key is not project:
            self._compare_key = project
            self._compare = None
            self.compare_runner.submit(analyse_all, project.scenarios)

    def _compare_done(self, analyses) -> None:
        if self.source.project is not None and len(analyses) == len(self.source.project.scenarios):
            self._compare = analyses
            self._rebuild()

    # ---- drawing --------------------------------------------------------------------------------
    def _data(self) -> DeckData | None:
        if self._current is None:
            return None
        scenario, analysis = self._current
        project = self.source.project
        risk = self._risk
        labels: list[str] = []
        analyses = None
        index = self.source.project_index
        if project is not None:
            labels = [s.meta.name for s in project.scenarios]
            if self._compare is not None:
                analyses = list(self._compare)
                if 0 <= index < len(analyses):
                    analyses[index] = analysis  # the what-if (or the live edit) in place of the saved one
        if self.anonymous.isChecked():
            shown = anonymised(scenario, project)
            analysis = anonymised_analysis(analysis, shown)
            risk = relabelled_risk(risk, shown) if risk is not None and len(risk.partner_ids) == shown.n else None
            if project is not None:
                labels = [s.meta.name for s in anonymised_project(project).scenarios]
            if analyses is not None:
                analyses = [a if j != index else analysis for j, a in enumerate(analyses)]
            scenario = shown
        adv = self._advice[1] if self._advice is not None and self._advice[0] == self._advice_key() else None
        state = "ok" if adv is not None else self._advice_state
        return DeckData(scenario, analysis, risk, self._risk_state, labels, analyses, index,
                        again(self._risk_error) or "", adv, state, again(self._advice_error) or "",
                        self.anonymous.isChecked())

    def _rebuild(self) -> None:
        keys = self.slide_keys()
        current = self.current_key()
        if [s.key for s in self.slides] != list(keys):
            for s in self.slides:
                self.stack.removeWidget(s)
                s.deleteLater()
            self.slides = [Slide(k, self.scale) for k in keys]
            for s in self.slides:
                self.stack.addWidget(s)
                self._guard_chart_saves(s)
            if current in keys:
                self.stack.setCurrentIndex(keys.index(current))
        data = self._data()
        for s in self.slides:
            if data is not None:
                s.show_spec(build(s.key, data))
            else:  # the main window has not computed the results yet
                s.show_spec(SlideSpec(s.key, titles()[s.key], self.tr("Computing …"), None, None))
        self._update_labels()

    def _update_labels(self) -> None:
        base = self._base[0] if self._base is not None else None
        name = ""
        if base is not None:
            name = anonymised(base, self.source.project).meta.name if self.anonymous.isChecked() else base.meta.name
        if not self._change.is_neutral:
            name += "  ·  " + self.tr("what-if")
        self.heading.setText(name)
        key = self.current_key()
        self.page_label.setText(self.tr("Slide %1 of %2").replace("%1", str(self.stack.currentIndex() + 1))
                                .replace("%2", str(self.stack.count())) + (f" · {titles()[key]}" if key else ""))

    def current_key(self) -> str | None:
        w = self.stack.currentWidget()
        return w.key if isinstance(w, Slide) else None

    # ---- actions --------------------------------------------------------------------------------
    def set_anonymous(self, on: bool) -> None:
        if self.anonymous.isChecked() != on:
            self.anonymous.setChecked(on)  # calls back here through toggled
            return
        if self._base is not None:
            shown = anonymised(self._base[0], self.source.project) if on else self._base[0]
            self.what_if.set_scenario(self._base[0], shown, on)
        self._start_advice()  # names are part of the advice: computed again on the names shown
        self._rebuild()

    def go_to(self, index: int) -> None:
        self.stack.setCurrentIndex(max(0, min(index, self.stack.count() - 1)))
        self._update_labels()

    def next_page(self) -> None:
        self.go_to(self.stack.currentIndex() + 1)

    def previous_page(self) -> None:
        self.go_to(self.stack.currentIndex() - 1)

    def toggle_what_if(self) -> None:
        self.what_if.setVisible(not self.what_if.isVisible())
        self.whatif_button.setChecked(self.what_if.isVisible())

    def choose_slides(self) -> None:
        n = len(self.source.project.scenarios) if self.source.project is not None else 1
        dialog = SlideChooser(self.slide_keys(), titles(), self)
        if dialog.exec():
            self.set_slides(dialog.chosen(), n)

    def set_slides(self, keys: tuple[str, ...], scenarios: int | None = None) -> None:
        """Show ``keys`` in this order and save the choice with the scenario (one undo step); the
        default deck is saved as no choice at all."""
        n = scenarios if scenarios is not None else (
            len(self.source.project.scenarios) if self.source.project is not None else 1)
        keys = tuple(keys)
        stored = () if keys == default_slides(n) else keys
        self._chosen = stored
        if self.doc is not None and self._base is not None and stored != self._base[0].presentation:
            from coop_calc.commands import MISSING, SetField

            value = presentation_to_dict(stored)
            self.doc.execute(SetField(("presentation",), value if value is not None else MISSING),
                             later(lambda: QCoreApplication.translate("PresentationWindow", "Choose slides")))
        self._start_risk()
        self._start_advice()
        self._start_compare()
        self._rebuild()

    def export_pdf(self, path: str | None = None) -> int:
        """Write the handout; returns the number of pages (0 when cancelled). In anonymous mode the texts
        that may still identify a partner are shown first, as for the anonymised export, and nothing is
        written unless the user accepts them. The PDF is written under a temporary name and moved into
        place when complete, so a failure leaves no half-written handout."""
        if not self.may_write_anonymous():
            return 0
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Handout PDF"), "deck.pdf",
                                                  self.tr("PDF document (*.pdf)"))
            if not path:
                return 0
        keep = self.stack.currentIndex()

        def show(k: int) -> None:
            self.stack.setCurrentIndex(k)
            QApplication.processEvents()
            self.slides[k].render_now()

        from coop_calc.exchange.staging import Staging

        try:
            with Staging() as stage:
                return export_pdf(str(stage.file(path)), self.slides, show, self.heading.text(), self.heading.text())
        finally:
            self.go_to(keep)

    def may_write_anonymous(self) -> bool:
        """In anonymous mode, an output (the handout, a slide's chart image) is an anonymised one: the
        texts that may still identify a partner are listed first, as for the anonymised export; True
        when there are none, when they are accepted, or when partners are shown by name."""
        if self.anonymous.isChecked() and self._base is not None:
            from coop_calc.exchange.anonymise import anonymisation_findings

            findings = anonymisation_findings(self._base[0], self.source.project)
            if findings and not self.confirm_risky(findings):
                return False
        return True

    def _guard_chart_saves(self, slide: Slide) -> None:
        """A slide's chart saved as an image (its right-click menu) asks :meth:`may_write_anonymous` first."""
        window = weakref.ref(self)  # no cycle keeping deleted widgets wrapped
        slide.chart.may_save = lambda: (w := window()) is None or w.may_write_anonymous()

    def confirm_risky(self, findings: list) -> bool:
        """The anonymised export's dialog of risky texts: True = write the handout anyway."""
        from .confidential_dialogs import RiskyTextsDialog

        return RiskyTextsDialog(findings, self).exec() == RiskyTextsDialog.DialogCode.Accepted

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget)
                or not (obj is self or self.isAncestorOf(obj)) or QApplication.activePopupWidget() is not None):
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        typing = isinstance(obj, (QLineEdit, QAbstractSpinBox, QComboBox, QListWidget))
        plain = mods == Qt.KeyboardModifier.NoModifier and not typing
        K = Qt.Key
        if event.matches(QKeySequence.StandardKey.FullScreen) or key in (K.Key_Escape, K.Key_F11):
            self.close()
        elif key == K.Key_PageDown or (key in (K.Key_Right, K.Key_Space, K.Key_Down) and not typing):
            self.next_page()
        elif key == K.Key_PageUp or (key in (K.Key_Left, K.Key_Backspace, K.Key_Up) and not typing):
            self.previous_page()
        elif key == K.Key_Home and not typing:
            self.go_to(0)
        elif key == K.Key_End and not typing:
            self.go_to(self.stack.count() - 1)
        elif key == K.Key_A and plain:
            self.anonymous.toggle()
        elif key == K.Key_W and plain:
            self.toggle_what_if()
        elif key == K.Key_R and plain:
            self.what_if.reset()
        elif key == K.Key_S and plain:
            self.choose_slides()
        elif key == K.Key_P and plain:
            self.export_pdf()
        else:
            return False
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # buttons, slide titles, tables and headlines in the new language
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._closing = True
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self._stop.set()  # a running simulation stops within one chunk
        self._advice_serial[0] += 1  # a running advice search stops early
        for runner in (self.analysis_runner, self.risk_runner, self.advice_runner, self.compare_runner):
            runner.cancel()
        try:
            self.source.shown.disconnect(self._sync_from_source)
            self.source.riskUpdated.disconnect(self._source_risk)
            self.source.riskFailed.disconnect(self._source_risk_failed)
            self.source.set_keep_live_risk(False)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
        self.closed.emit()


def present(source: ResultsView, anonymous: bool = False, doc=None) -> PresentationWindow:
    """Open presentation mode full screen on the results of ``source``; ``doc`` (the open document)
    keeps the slide choice. Returns the window (it deletes itself when closed)."""
    win = PresentationWindow(source, anonymous, doc=doc)
    win.showFullScreen()
    win.activateWindow()
    win.setFocus()
    return win
