"""File › Data-collection round…: request workbooks for every partner, and the import of the returned
ones with a preview of the changes per partner (one undo step). The engine does the work
(:mod:`coop_calc.exchange.collection`, :mod:`coop_calc.exchange.collection_import`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coop_calc.commands import ReplaceScenario
from coop_calc.errors import ValidationError

from .i18n import error_text
from .numbers import format_number
from .undo import later

if TYPE_CHECKING:
    from coop_calc.exchange.collection_import import CollectionImport

    from .main_window import MainWindow


def _qty(x: float) -> str:
    return format_number(x, decimals=None) if x else "–"


class PreviewDialog(QDialog):
    """The changes of a collection import, per partner: item, old → new. Accept applies them."""

    def __init__(self, parent: QWidget | None, result: "CollectionImport"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import returned requests"))
        lay = QVBoxLayout(self)
        n = sum(len(r.changes) for r in result.returned)
        head = QLabel(self.tr("{files} returned files checked: each belongs to its partner and to this pool's current"
                              " round. {changes} demand cells change:").format(files=len(result.returned), changes=n))
        head.setWordWrap(True)
        lay.addWidget(head)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Partner / item"), self.tr("Before"), self.tr("After"), self.tr("Unit")])
        for r in result.returned:
            state = (self.tr("no change") if not r.changes else self.tr("1 change") if len(r.changes) == 1
                     else self.tr("{n} changes").format(n=len(r.changes)))
            top = QTreeWidgetItem([f"{r.partner} ({r.path.name}): {state}"])
            for c in r.changes:
                row = QTreeWidgetItem([c.item, _qty(c.old), _qty(c.new), c.unit])
                for k in (1, 2):
                    row.setTextAlignment(k, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                top.addChild(row)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        for k, w in enumerate((360, 90, 90, 160)):
            self.tree.setColumnWidth(k, w)
        lay.addWidget(self.tree)
        if result.missing:
            miss = QLabel(self.tr("Not returned (their demand stays as it is): {names}").format(
                names=", ".join(result.missing)))
            miss.setWordWrap(True)
            lay.addWidget(miss)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply = buttons.addButton(self.tr("Apply changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.setEnabled(n > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(760, 480)


def ask_apply(parent: QWidget | None, result: "CollectionImport") -> bool:
    """Show the preview; True when the user applies the changes (tests replace this function)."""
    return PreviewDialog(parent, result).exec() == QDialog.DialogCode.Accepted


class CollectionDialog(QDialog):
    """Create the request workbooks of a new round, or import the returned ones."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.w = window
        # what the log says, made again in the new language after a switch (a lambda over its facts)
        self._log_text: Callable[[], str] | None = None
        lay = QVBoxLayout(self)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.btn_create = QPushButton()
        self.btn_import = QPushButton()
        self.btn_create.clicked.connect(lambda: self.create_requests())
        self.btn_import.clicked.connect(lambda: self.import_files())
        row.addWidget(self.btn_create)
        row.addWidget(self.btn_import)
        lay.addLayout(row)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        lay.addWidget(self.log)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.resize(720, 520)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language (at start and after a live switch, the log included)."""
        self.setWindowTitle(self.tr("Data-collection round"))
        self.intro.setText(self.tr(
            "<p>Ask every partner for its own demand without showing it anyone else's.</p>"
            "<p><b>1. Create requests</b>: one workbook per partner with only its items, units and its own demand"
            " — no other partner, no quotes, no pool figures. A request code ties each file to its partner and to"
            " this round; the round's key stays beside the pool's file (…<i>.coopround.json</i>): do not send it."
            " A new round replaces the previous one.</p>"
            "<p><b>2. Import returned files</b>: all at once. Each file is checked, every problem is listed, and"
            " you see the changes per partner before they are applied as one undo step.</p>"))
        self.btn_create.setText(self.tr("1. Create request workbooks…"))
        self.btn_import.setText(self.tr("2. Import returned workbooks…"))
        self.log.setPlaceholderText(self.tr("Files written and problems found appear here."))
        if self._log_text is not None:
            self.log.setPlainText(self._log_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def say(self, text: Callable[[], str]) -> None:
        """Show ``text()`` in the log (and make it again after a language switch)."""
        self._log_text = text
        self.log.setPlainText(text())

    def _round_file(self) -> Path | None:
        from coop_calc.exchange.collection import round_path

        if self.w.doc.path is None:
            self.say(lambda: self.tr("Save the pool first: the round's key is kept beside the pool's file."))
            return None
        return round_path(self.w.doc.path)

    def create_requests(self, folder: str | None = None) -> bool:
        from coop_calc.exchange.collection import write_requests

        from .results.common import lang

        round_file = self._round_file()
        if round_file is None:
            return False
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the request workbooks"),
                                                      str(round_file.parent))
            if not folder:
                return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rnd, paths = write_requests(self.w.doc.scenario, folder, round_file, lang=lang())
        except (ValidationError, OSError) as e:
            failed = e  # the except clause unbinds e; the log makes its text again after a switch
            self.say(lambda: self.tr("No request was written:") + "\n" + error_text(failed, 50))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.say(lambda: "\n".join(
            [self.tr("Round {id}: {n} requests written to {folder}").format(id=rnd.round_id, n=len(paths), folder=folder)]
            + [f"  {p.name}" for p in paths]
            + [self.tr("Send each partner only its own file. The key stays in {file}.").format(file=round_file.name)]))
        return True

    def import_files(self, paths: list[str] | None = None) -> bool:
        """Check and preview the returned files; apply them as one undo step when the user agrees."""
        from coop_calc.exchange.collection import load_round
        from coop_calc.exchange.collection_import import import_returned

        round_file = self._round_file()
        if round_file is None:
            return False
        if not round_file.exists():  # the pool was saved elsewhere since the requests were made
            found, _ = QFileDialog.getOpenFileName(
                self, self.tr("Where is this pool's round file? (created with the requests)"), str(round_file.parent),
                self.tr("CoopCalc round (*.coopround.json)"))
            if not found:
                self.say(lambda: self.tr("No data-collection round for this pool: create the requests first."))
                return False
            round_file = Path(found)
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Returned request workbooks"),
                                                    str(round_file.parent), self.tr("Excel workbook (*.xlsx)"))
            if not paths:
                return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_returned(self.w.doc.scenario, load_round(round_file), list(paths))
        except ValidationError as e:
            refused = e  # the except clause unbinds e; the log makes its text again after a switch
            self.say(lambda: self.tr("Nothing was imported. {n} problem(s):").format(n=len(refused.problems))
                     + "\n" + error_text(refused, 200))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        from . import collection_dialog  # the module attribute, so that tests can replace ask_apply

        if not collection_dialog.ask_apply(self, result):
            self.say(lambda: self.tr("Import cancelled; nothing changed."))
            return False
        n = len(result.returned)
        self.w.doc.execute(ReplaceScenario(result.scenario), later(lambda: QCoreApplication.translate(
            "CollectionDialog", "Data-collection round ({n} returned files)").format(n=n)))
        from .results.common import lang

        self.say(lambda: "\n".join([self.tr("Applied (Edit › Undo takes it back):")] + result.lines(lang())))
        return True
