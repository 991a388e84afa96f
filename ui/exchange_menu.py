"""File › Export and Import: Excel workbook, PDF report, partner statements, anonymised export, the
import template and importing quotes and demand from it (spec section F).

Every action is a thin call of :mod:`coop_calc.exchange`. A failed export shows the reason and writes
nothing (the engine writes atomically); a failed import changes nothing; a good import is one undo step.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from coop_calc.commands import ReplaceScenario
from coop_calc.errors import ValidationError

from . import dialogs
from .i18n import QT_TRANSLATE_NOOP, error_text
from .results.common import lang
from .undo import later

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

#: file-type filters of the file dialogs, translated where they are shown
XLSX = QT_TRANSLATE_NOOP("ExchangeMenu", "Excel workbook (*.xlsx)")
PDF = QT_TRANSLATE_NOOP("ExchangeMenu", "PDF document (*.pdf)")


class ExchangeMenu(QObject):
    """The Export and Import entries of the File menu, acting on the window's current scenario."""

    def __init__(self, window: "MainWindow", menu: QMenu):
        super().__init__(window)
        self.w = window
        self.export_menu = menu.addMenu("")
        self.act_xlsx = self._add(self.export_menu, self.export_xlsx)
        self.act_pdf = self._add(self.export_menu, self.export_pdf)
        self.act_statements = self._add(self.export_menu, self.export_statements)
        self.act_anonymous = self._add(self.export_menu, self.export_anonymous)
        self.import_menu = menu.addMenu("")
        self.act_template = self._add(self.import_menu, self.save_template)
        self.act_import = self._add(self.import_menu, self.import_xlsx)
        from .confidential_menu import ConfidentialActions

        self.confidential = ConfidentialActions(window, menu, self.export_menu.menuAction())  # password, round
        self.retranslate()

    def _add(self, menu: QMenu, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        """Menu texts in the current language (called again on a language change)."""
        self.export_menu.setTitle(self.tr("&Export"))
        self.act_xlsx.setText(self.tr("Results to &Excel…"))
        self.act_pdf.setText(self.tr("Meeting &report (PDF)…"))
        self.act_statements.setText(self.tr("Confidential partner &statements…"))
        self.act_anonymous.setText(self.tr("&Anonymised export…"))
        self.act_anonymous.setStatusTip(self.tr("Workbook, meeting report, scenario file and chart images with"
                                                " partners by alias; all of them or none"))
        self.import_menu.setTitle(self.tr("&Import"))
        self.act_template.setText(self.tr("Save Excel &template…"))
        self.act_import.setText(self.tr("Quotes and demand from &Excel…"))
        self.confidential.retranslate()

    # ---- helpers -------------------------------------------------------------------------------
    def _stem(self) -> str:
        doc = self.w.doc
        return str(doc.path.with_suffix("").with_suffix("")) if doc.path else doc.scenario.meta.name

    def _ask(self, title: str, suffix: str, kind: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.w, title, f"{self._stem()}{suffix}", self.tr(kind))
        return Path(path) if path else None

    def _risk(self) -> dict | None:
        """The risk result on the Risk page, if it was simulated for the scenario being exported."""
        pages = self.w.result_pages
        if pages is None:
            return None
        result, scenario = pages.risk_result()
        return result.to_dict() if result is not None and scenario == self.w.doc.scenario else None

    def _run(self, what: str, fn: Callable[[], object]) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fn()
        except ValidationError as e:
            dialogs.show_error(self.w, what, e.first_line(lang()), e.summary(lang=lang()))
            return False
        except OSError as e:
            dialogs.show_error(self.w, what, self.tr("The file could not be written."), error_text(e))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True

    def _done(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 10_000)

    # ---- exports -------------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        from coop_calc.exchange import export_workbook

        path = self._ask(self.tr("Export results to Excel"), ".xlsx", XLSX)
        if path and self._run(self.tr("Export to Excel"),
                              lambda: export_workbook(self.w.doc.scenario, path, risk=self._risk(), lang=lang())):
            self._done(self.tr("Saved %1").replace("%1", str(path)))

    def export_pdf(self) -> None:
        from coop_calc.exchange import write_report

        path = self._ask(self.tr("Export the meeting report"), ".pdf", PDF)
        if path and self._run(self.tr("Export the report"),
                              lambda: write_report(self.w.doc.scenario, path, lang=lang(), risk=self._risk())):
            self._done(self.tr("Saved %1").replace("%1", str(path)))

    def confirm_statements(self, names: list[str], plans: list, disclosed: list) -> bool | None:
        """Ask before writing statements that withhold figures: None = cancel, else whether to disclose."""
        from .confidential_dialogs import StatementsDialog

        dlg = StatementsDialog(names, plans, disclosed, self.w)
        return dlg.disclose.isChecked() if dlg.exec() == StatementsDialog.DialogCode.Accepted else None

    def confirm_risky(self, findings: list) -> bool:
        """Ask before an anonymised export whose texts may still identify a partner: True = export anyway."""
        from .confidential_dialogs import RiskyTextsDialog

        return RiskyTextsDialog(findings, self.w).exec() == RiskyTextsDialog.DialogCode.Accepted

    def export_statements(self) -> None:
        from coop_calc.analysis import analyse
        from coop_calc.exchange import write_statements
        from coop_calc.exchange.disclosure import statement_plan
        from coop_calc.exchange.results import results

        scenario = self.w.doc.scenario
        res = results(analyse(scenario))
        plans = [statement_plan(res, i) for i in range(scenario.n)]
        disclose = False
        if any(p.withheld or p.inherent for p in plans):
            answer = self.confirm_statements([p.name for p in scenario.partners], plans,
                                             [statement_plan(res, i, True) for i in range(scenario.n)])
            if answer is None:
                return
            disclose = answer
        folder = QFileDialog.getExistingDirectory(self.w, self.tr("Folder for the partner statements"))
        if not folder:
            return
        written: list = []
        risk = self._risk()

        def write() -> None:  # every statement or none (the engine's Staging, as on the command line)
            from coop_calc.exchange.staging import Staging

            with Staging() as stage:
                written.extend(write_statements(res, stage.folder(folder), lang=lang(), risk=risk, disclose=disclose))
        if self._write_all_or_none(self.tr("Export partner statements"), write):
            withheld = sum(len(p.withheld) for p in plans) if not disclose else 0
            self._done(self.tr("%1 files written to %2").replace("%1", str(len(written))).replace("%2", folder)
                       + (self.tr(" (%1 pool figures withheld)").replace("%1", str(withheld)) if withheld else ""))

    def choose_anonymous(self) -> dict[str, Path] | None:
        """Ask which anonymised files to write and under which name: {output: path}, or None = cancel."""
        from .anonymous_export_dialog import AnonymousExportDialog

        dlg = AnonymousExportDialog(Path(f"{self._stem()}-anonymous"), self.w)
        return dlg.chosen() if dlg.exec() == AnonymousExportDialog.DialogCode.Accepted else None

    def export_anonymous(self) -> None:
        """Workbook, meeting report, scenario file and chart images with aliases, all or none: the texts
        that may still identify a partner are shown first; then every chosen file is written under a
        temporary name and moved into place only when all are complete (the engine's Staging)."""
        from coop_calc.exchange.anonymise import anonymisation_findings
        from coop_calc.exchange.anonymous_export import export_anonymised

        scenario = self.w.doc.scenario
        findings = anonymisation_findings(scenario)
        if findings and not self.confirm_risky(findings):
            return
        chosen = self.choose_anonymous()
        if not chosen:
            return
        risk = self._risk()
        if self._write_all_or_none(self.tr("Export anonymised"), lambda: export_anonymised(
                scenario, xlsx_path=chosen.get("xlsx"), json_path=chosen.get("json"), pdf_path=chosen.get("pdf"),
                charts_dir=chosen.get("charts"), risk=risk, accept_risky=bool(findings), lang=lang())):
            names = ", ".join(p.name for p in chosen.values())
            self._done(self.tr("Anonymised export written: %1").replace("%1", names))

    def _write_all_or_none(self, what: str, fn: Callable[[], object]) -> bool:
        """Run an all-or-none export; on any failure say, in the interface language, what went wrong and
        that nothing was written (the engine has removed its temporaries and left every file as it was)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fn()
        except ValidationError as e:
            QGuiApplication.restoreOverrideCursor()
            dialogs.show_error(self.w, what, self.tr("Nothing was written: %1").replace("%1", e.first_line(lang())),
                               e.summary(lang=lang()))
            return False
        except Exception as e:  # noqa: BLE001 - whatever stopped it, the user must learn that nothing was written
            QGuiApplication.restoreOverrideCursor()
            log.warning("anonymised export failed", exc_info=True)
            dialogs.show_error(self.w, what, self.tr("The export stopped, and nothing was written: every file and"
                                                     " folder is as it was before."), self._reason(e))
            return False
        QGuiApplication.restoreOverrideCursor()
        return True

    def _reason(self, e: Exception) -> str:
        """What went wrong, in the interface language, with the system's own words as the detail."""
        import errno

        if isinstance(e, PermissionError):
            why = self.tr("CoopCalc may not write there, or one of the files is open in another program.")
        elif isinstance(e, FileNotFoundError):
            why = self.tr("The folder does not exist (any more).")
        elif isinstance(e, IsADirectoryError):
            why = self.tr("A folder has the name of one of the files.")
        elif isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
            why = self.tr("The disk is full.")
        elif isinstance(e, OSError):
            why = self.tr("The files could not be written.")
        else:
            why = self.tr("An unexpected error occurred while the files were made.")
        detail = error_text(e)
        return f"{why}\n\n{detail}" if detail else why

    # ---- import --------------------------------------------------------------------------------
    def save_template(self) -> None:
        from coop_calc.exchange import write_template

        path = self._ask(self.tr("Save the import template"), "-template.xlsx", XLSX)
        if path and self._run(self.tr("Save the template"), lambda: write_template(self.w.doc.scenario, path, lang=lang())):
            self._done(self.tr("Saved %1: fill in quotes and demand, then use Import").replace("%1", path.name))

    def import_xlsx(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Import quotes and demand"), "", self.tr(XLSX))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> bool:
        """Import a filled template: one undo step, or nothing changes and the problems are shown."""
        from coop_calc.exchange import import_workbook

        new: list = []
        if not self._run(self.tr("Import from Excel"),
                         lambda: new.append(import_workbook(self.w.doc.scenario, path))):
            return False
        try:
            self.w.doc.execute(ReplaceScenario(new[0]), later(lambda: QCoreApplication.translate(
                "ExchangeMenu", "Import from %1").replace("%1", path.name)))
        except ValidationError as e:
            dialogs.show_error(self.w, self.tr("Import from Excel"), e.first_line(lang()), e.summary(lang=lang()))
            return False
        self._done(self.tr("Imported quotes and demand from %1").replace("%1", path.name))
        return True
