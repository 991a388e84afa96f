"""A German session of the desktop application shows no English word that is not the user's own data,
an English session no German word, and switching the language live leaves nothing of the other one.

The session is a user's: open the example, visit every editor, make a few edits (one refused), run a
simulation, duplicate the scenario, open every result page, present every slide of the deck with its
what-if panel, and open the dialogs (data-collection round with its log, statements, anonymised export,
password, rename, slide choice; each modal one is read instead of waiting for a click). Every text
is then read — menus and actions with tips, widgets, table headers and cells, chart texts, window
title, status bar, undo history — and checked against the vocabularies of ``language_words``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from deck_support import show_slide, wait_deck
from language_words import Checker, data_of, words
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from session_texts import Texts, chrome_texts, texts_of, window_texts
from test_german_session_files import pdf_texts, workbook_texts
from ui_support import (
    FIVE,
    TWELVE,
    close_window,
    isolated,  # noqa: F401 - fixture
    make_window,
    wait_results,
)
from ui_support import switch_language as switch

from coop_calc.scenario_io import load_scenario
from ui import dialogs as _dialogs
from ui import i18n, settings

#: the application's own message boxes, taken before the tests' fixtures replace them with scripts
REAL_MESSAGE_BOXES = (_dialogs.ask_save_changes, _dialogs.show_error)

EXAMPLES = tuple(load_scenario(p) for p in (FIVE, TWELVE))

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")

PDFTOTEXT = shutil.which("pdftotext")
#: a distribution typed in the interface's words
DISTRIBUTION = {"de": "Dreieck 100; 400; 650", "en": "Triangular 100; 400; 650"}
#: a number the capacity column refuses, in the interface's words
NOT_A_NUMBER = {"de": "drei", "en": "three"}


class Session:
    """What one user session showed: texts by place, and the dialogs read on the way."""

    def __init__(self, w, tmp_path: Path, isolated_dialogs, monkeypatch: pytest.MonkeyPatch):
        self.w = w
        self.tmp = tmp_path
        self.asked = isolated_dialogs
        self.dialogs: Texts = []
        self.deck: Texts = []
        self.deck_window = None
        self.monkeypatch = monkeypatch

    def data(self) -> list[str]:
        """The user's data of every scenario of the open project, the scenario file's name, and the
        bundled examples the welcome page offers (scenarios too, written in English)."""
        return data_of(*self.w.doc.project.scenarios, *EXAMPLES) + [self.w.doc.display_name()]

    def texts(self) -> Texts:
        out = window_texts(self.w) + self.dialogs + self.deck
        out += [("error box", t) for t in self.asked.errors()]
        if self.deck_window is not None:
            out += texts_of(self.deck_window, "deck")
        dlg = getattr(self.w.exchange.confidential, "dialog", None)
        if dlg is not None:
            out += texts_of(dlg, "data-collection dialog")
        return out


def read_modal_dialogs(monkeypatch, session: Session) -> None:
    """Every modal dialog the session opens is read and then cancelled (no one is there to click);
    file dialogs answer 'cancel'."""
    def exec_(self) -> int:
        QApplication.processEvents()
        session.dialogs.extend(texts_of(self, f"dialog {type(self).__name__}"))
        return 0

    def file_dialog(answer):
        def ask(*args, **kw):  # (parent, caption, dir, filter): caption and filter are read, dir is data
            shown = [args[1] if len(args) > 1 else kw.get("caption", ""),
                     args[3] if len(args) > 3 else kw.get("filter")]
            session.dialogs.extend(("file dialog", t) for t in shown if isinstance(t, str) and t)
            return answer
        return staticmethod(ask)

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", file_dialog(""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog(("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog(("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", file_dialog(([], "")))


def edit(w, lang: str) -> None:
    """Edits of every kind: a demand cell, a distribution typed in the interface's words, a field, one
    refused entry (its reason stays at the cell and in the status bar), then one undo."""
    w.show_editors()
    demand = w.editors.demand.view.model()
    assert demand.setData(demand.index(0, 0), "3")
    risk = w.editors.risk.table.view.model()
    assert risk.setData(risk.index(1, 1), DISTRIBUTION[lang])
    trials = w.editors.risk.trials
    trials.setText("12000")
    trials.setModified(True)
    trials.editingFinished.emit()
    items = w.editors.items.model
    assert not items.setData(items.index(0, 4), NOT_A_NUMBER[lang])
    w.doc.undo_stack.undo()  # something to redo too


def refuse(session: Session, lang: str) -> None:
    """Entries and files the application refuses, each with its reason: a field, a pasted block, a
    broken workbook to import, a scenario file with a bad value."""
    w = session.w
    w.show_editors()
    trials = w.editors.risk.trials
    trials.setText(NOT_A_NUMBER[lang])
    trials.setModified(True)
    trials.editingFinished.emit()
    session.dialogs.append(("refused field tip", trials.toolTip()))
    trials.setText(f"{w.doc.scenario.risk.trials}")
    trials.setModified(True)
    trials.editingFinished.emit()
    w.editors.setCurrentWidget(w.editors.demand)
    QApplication.clipboard().setText("1,5\t2.000,25\n1.234,5\t3,000.5")  # two decimal conventions
    w.editors.demand.view.setCurrentIndex(w.editors.demand.view.model().index(0, 0))
    w.editors.demand.view.paste()
    broken = session.tmp / "broken-import.xlsx"
    broken.write_bytes(b"PK not really a workbook")
    assert not w.exchange.import_path(broken)
    bad = session.tmp / "bad.coop.json"
    text = (FIVE.read_text(encoding="utf-8").replace('"capacity_per_unit": 1,', '"capacity_per_unit": -1,', 1))
    bad.write_text(text, encoding="utf-8")
    w.files.open_path(str(bad))
    assert len(session.asked.errors()) >= 2


def visit_editors(w) -> None:
    w.show_editors()
    for i in range(w.editors.count()):
        w.editors.setCurrentIndex(i)
        QApplication.processEvents()
    quotes = w.editors.quotes.quotes.view
    quotes.setCurrentIndex(quotes.model().index(0, 0))  # its tiers below
    QApplication.processEvents()


def wait_pages(qtbot, w) -> None:
    pages = w.result_pages
    qtbot.waitUntil(lambda: not (pages.comparison.runner.busy or pages.risk.run_bar.runner.busy
                                 or pages.advice.runner.busy), timeout=60_000)
    QApplication.processEvents()


def visit_result_pages(qtbot, w) -> None:
    """Every result page once, with a simulation and a second scenario to compare."""
    w.show_result_pages()
    pages = w.result_pages
    if len(w.doc.project.scenarios) == 1:
        pages.set_current_page(pages.pages.index(pages.comparison))
        pages.comparison.duplicate_button.click()
        qtbot.waitUntil(lambda: len(w.doc.project.scenarios) == 2, timeout=10_000)
        w.doc.select(0)
        wait_results(qtbot, w)
        pages.comparison.rename_button.click()  # the rename dialog is read, then cancelled
    from ui.results.common import Chart

    assert not pages.savings.findChildren(Chart)[0].save_as()  # the file dialog is read and cancelled
    pages.set_current_page(pages.pages.index(pages.risk))
    if pages.risk.result is None:
        pages.risk.run_bar.trials.setValue(2000)
        with qtbot.waitSignal(pages.riskChanged, timeout=60_000):
            pages.risk.run_bar.run()
    for i in range(pages.tabs.count()):
        pages.set_current_page(i)
        QApplication.processEvents()
        wait_pages(qtbot, w)


def visit_deck(qtbot, session: Session) -> None:
    """Presentation mode at 1280 × 720: every slide (the comparison too), the what-if panel, the
    slide chooser."""
    w = session.w
    w.present()
    win = w._presentation
    win.showNormal()
    win.resize(1280, 720)
    wait_deck(qtbot, win)
    from coop_calc.deck import SLIDES

    win.set_slides(SLIDES, len(w.doc.project.scenarios))
    wait_deck(qtbot, win)
    assert len(win.slides) == len(SLIDES)
    for k in range(len(win.slides)):
        show_slide(win, k)
        session.deck += texts_of(win.slides[k], f"deck slide {win.slides[k].key}")
    win.toggle_what_if()
    QApplication.processEvents()
    assert win.export_pdf() == 0  # its file dialog is read and cancelled
    handout = session.tmp / "handout.pdf"
    assert win.export_pdf(str(handout)) == len(SLIDES)
    if PDFTOTEXT:  # the handout as printed (the window test reads it when poppler is there)
        # -raw: in the order drawn, so that a chart's rotated tick labels stay whole words
        text = subprocess.run([PDFTOTEXT, "-raw", str(handout), "-"], capture_output=True, text=True,
                              timeout=120).stdout
        session.deck += [("deck handout PDF", line.strip()) for line in text.splitlines() if line.strip()]
    win.choose_slides()  # read, then cancelled
    w.doc.undo_stack.undo()  # the slide choice was one step; the history keeps its redo text
    win.set_anonymous(True)  # partners by alias: every slide again
    wait_deck(qtbot, win)
    for k in range(len(win.slides)):
        show_slide(win, k)
        session.deck += texts_of(win.slides[k], f"anonymous deck slide {win.slides[k].key}")
    win.set_anonymous(False)
    wait_deck(qtbot, win)
    session.deck_window = win


def visit_dialogs(session: Session, lang: str) -> None:
    """The dialogs of the File menu, each as the menu opens it."""
    w = session.w
    # File › Export: the workbook and the meeting report in the window's language
    w.exchange._ask = lambda title, suffix, kind: session.tmp / f"window{suffix}"
    w.exchange.export_xlsx()
    w.exchange.export_pdf()
    del w.exchange._ask
    w.exchange.export_xlsx()  # now through the file dialog (read, cancelled)
    w.exchange.save_template()
    w.exchange.import_xlsx()
    session.dialogs += workbook_texts(session.tmp / "window.xlsx", "File › Export workbook")
    if PDFTOTEXT:
        session.dialogs += pdf_texts(session.tmp / "window.pdf", "File › Export report")
    ask_save_changes, show_error = REAL_MESSAGE_BOXES  # Qt's standard buttons in the interface language
    ask_save_changes(w, w.doc.display_name())
    show_error(w, QCoreApplication.translate("FileController", "Cannot save"), "…", "")
    w.exchange.export_statements()  # statements: withheld figures (read and cancelled)
    w.files.save_with_password()  # the password dialog (read and cancelled)
    # an item named after a partner: the anonymised export lists it as a risky text
    items = w.editors.items.model
    old = items.data(items.index(0, 0), Qt.ItemDataRole.EditRole)
    assert items.setData(items.index(0, 0), "Cobot Hartmannhalle")
    w.exchange.export_anonymous()
    w.doc.undo_stack.undo()
    assert items.data(items.index(0, 0), Qt.ItemDataRole.EditRole) == old
    # the data-collection round: requests written, one returned with a wrong value, the preview
    dlg = w.exchange.confidential.collection_round()
    assert dlg.create_requests(str(session.tmp / "requests"))
    session.dialogs += texts_of(dlg, "data-collection dialog after requests")
    broken = session.tmp / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    dlg.import_files([str(broken)])
    session.dialogs += texts_of(dlg, "data-collection dialog after a broken file")
    request = sorted((session.tmp / "requests").glob("*.xlsx"))[0]
    wb = openpyxl.load_workbook(request)
    sheet = wb.worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) and cell.column > 3:
                cell.value = cell.value + 1
                break
        else:
            continue
        break
    returned = session.tmp / "returned.xlsx"
    wb.save(returned)
    dlg.import_files([str(returned)])  # the preview is read and cancelled
    session.dialogs += texts_of(dlg, "data-collection dialog after the preview")


def open_session(qtbot, monkeypatch, tmp_path, dialogs, lang: str, example: Path) -> Session:
    settings.set(settings.LANGUAGE, lang)
    i18n.install_translators(QApplication.instance(), lang)
    copy = tmp_path / f"pool-{lang}.coop.json"
    copy.write_bytes(example.read_bytes())
    w = make_window(qtbot, copy)
    w.resize(1280, 720)
    wait_results(qtbot, w)
    session = Session(w, tmp_path, dialogs, monkeypatch)
    read_modal_dialogs(monkeypatch, session)
    # every message the status bar shows on the way (each replaces the one before)
    for signal in (w.doc.message, w.editors.message, w.statusBar().messageChanged):
        signal.connect(lambda text: session.dialogs.append(("status bar", text)))
    return session


def visit_everything(qtbot, session: Session, lang: str) -> None:
    w = session.w
    w.show_welcome()
    QApplication.processEvents()
    session.dialogs += texts_of(w.welcome, "welcome page")
    visit_editors(w)
    edit(w, lang)
    refuse(session, lang)
    visit_result_pages(qtbot, w)
    visit_dialogs(session, lang)
    visit_deck(qtbot, session)
    w.show_editors()  # the status bar and dock beside the editors
    QApplication.processEvents()


@pytest.fixture
def leave_english(qapp):
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QApplication.processEvents()


def close(session: Session) -> None:
    if session.deck_window is not None:
        session.deck_window.close()
    dlg = getattr(session.w.exchange.confidential, "dialog", None)
    if dlg is not None:
        dlg.close()
    close_window(session.w)


def leftover(lang: str, place: str, text: str) -> str | None:
    """The reason when (place, text) is a reviewed exception, else None."""
    for place_re, text_re, why in EXCEPTIONS:
        if re.search(place_re, place) and re.search(text_re, text):
            return why
    return None


def check(session: Session, lang: str, texts: Texts | None = None) -> list[str]:
    checker = Checker(lang, session.data())
    texts = session.texts() if texts is None else texts
    return checker.report((p, t) for p, t in texts if leftover(lang, p, t) is None)


#: Reviewed exceptions: (place regex, text regex, why the text is right in either language).
EXCEPTIONS: list[tuple[str, str, str]] = [
    (r"", r"^&?(English|Deutsch)$", "the language menu names each language in its own words"),
]

#: (texts, data) of each session run, by (language, example): the words test and the numbers test
#: read the same session instead of running it twice
_SESSIONS: dict[tuple[str, str], tuple[Texts, list[str]]] = {}


def session_texts(qtbot, monkeypatch, tmp_path, dialogs, lang: str, example: Path) -> tuple[Texts, list[str]]:
    key = (lang, example.name)
    if key not in _SESSIONS:
        session = open_session(qtbot, monkeypatch, tmp_path, dialogs, lang, example)
        try:
            visit_everything(qtbot, session, lang)
            _SESSIONS[key] = (session.texts(), session.data())
        finally:
            close(session)
    return _SESSIONS[key]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("example", [FIVE, TWELVE], ids=["five", "twelve"])
def test_a_session_shows_only_its_own_language(qtbot, monkeypatch, tmp_path, isolated, leave_english,  # noqa: F811
                                               lang, example):
    texts, data = session_texts(qtbot, monkeypatch, tmp_path, isolated, lang, example)
    assert len(texts) > 2000  # the walk reached the pages (a walk that sees nothing cannot fail)
    bad = Checker(lang, data).report((p, t) for p, t in texts if leftover(lang, p, t) is None)
    assert not bad, f"{len(bad)} texts of the {lang} session give away the other language:\n" + "\n".join(bad)


#: a number written the other language's way: English grouping or decimals in German (12,345 · 0.02 ·
#: 49.7 %), German ones in English (12.345 · 0,02)
OTHER_NUMBER = {
    "de": re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+\.\d{1,2}(?![\d.])"),
    "en": re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|(?<![\d.,])\d+,\d{1,2}(?![\d,])"),
}
#: numbers that are right as they stand: "Industrie 4.0", dates, and the hint that names both readings
#: of a number ("Eingabe etwa als 1.234,50 oder 1234.5") or the user's own pasted text
NOT_A_READING = re.compile(r"\b4\.0\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b1234\.5\b|\b1\.234,50\b")
ECHOES_INPUT = re.compile(r"^(Nicht eingefügt|Not pasted): ")


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("example", [FIVE, TWELVE], ids=["five", "twelve"])
def test_numbers_are_written_the_sessions_way(qtbot, monkeypatch, tmp_path, isolated, leave_english,  # noqa: F811
                                              lang, example):
    texts, data = session_texts(qtbot, monkeypatch, tmp_path, isolated, lang, example)
    checker = Checker(lang, data)
    bad = sorted({f"{p}: {t[:200]!r}" for p, t in texts if not ECHOES_INPUT.match(t)
                  and OTHER_NUMBER[lang].search(NOT_A_READING.sub(" ", checker.strip_data(t)))})
    assert not bad, f"{len(bad)} numbers written the other language's way:\n" + "\n".join(bad)


def read_on_screen(qtbot, session: Session) -> Texts:
    """Look at everything again after a switch, as the user would, and read what each view shows:
    the welcome page, every editor with the dock, every result page, every slide with the what-if
    panel, the open data-collection dialog, the menus, title, status bar and undo history."""
    w = session.w
    out: Texts = []
    w.show_welcome()
    QApplication.processEvents()
    out += texts_of(w, "welcome", visible=True)
    w.show_editors()
    for i in range(w.editors.count()):
        w.editors.setCurrentIndex(i)
        QApplication.processEvents()
        out += texts_of(w, f"editor {i + 1}", visible=True)
    w.show_result_pages()
    pages = w.result_pages
    for i in range(pages.tabs.count()):
        pages.set_current_page(i)
        QApplication.processEvents()
        wait_pages(qtbot, w)
        out += texts_of(w, f"result page {pages.tabs.tabText(i)}", visible=True)
    win = session.deck_window
    wait_deck(qtbot, win)
    for k in range(len(win.slides)):
        show_slide(win, k)
        out += texts_of(win, f"deck slide {win.slides[k].key}", visible=True)
    dlg = w.exchange.confidential.dialog
    out += texts_of(dlg, "data-collection dialog", visible=True)
    w.show_editors()
    QApplication.processEvents()
    return out + chrome_texts(w) + texts_of(w.statusBar(), "status bar", visible=True)


@pytest.mark.parametrize("first,other", [("en", "de"), ("de", "en")])
def test_a_live_switch_and_back_leaves_nothing_behind(qtbot, monkeypatch, tmp_path, isolated,  # noqa: F811
                                                      leave_english, first, other):
    session = open_session(qtbot, monkeypatch, tmp_path, isolated, first, FIVE)
    try:
        visit_everything(qtbot, session, first)
        session.w.exchange.confidential.dialog.show()  # the round's dialog stays open through the switches
        before = check(session, first, read_on_screen(qtbot, session))
        switch(session.w, other)
        after = check(session, other, read_on_screen(qtbot, session))
        assert not after, f"after switching {first}→{other}:\n" + "\n".join(after)
        switch(session.w, first)
        back = check(session, first, read_on_screen(qtbot, session))
        assert not back, f"after switching {first}→{other}→{first}:\n" + "\n".join(back)
        assert not before
    finally:
        close(session)


def test_the_check_finds_the_other_language():
    """The check can fail: an English sentence of the product fails in German, a German one in English,
    and the user's data passes in both."""
    de, en = Checker("de", ["Hartmann Maschinenbau GmbH", "Machine and plant engineering"]), Checker("en")
    assert de.findings("Savings per partner") == ["savings"]
    assert de.findings("Undo Remove partner 5")
    assert en.findings("Rückgängig: Partner 5 löschen") == ["rückgängig", "löschen"]
    assert not de.findings("Einsparung je Partner: Hartmann Maschinenbau GmbH, Machine and plant engineering")
    assert not de.findings("Hartmann: 12.345,67 €") and not en.findings("Hartmann: €12,345.67")
    assert de.findings("Hartmann and Kessler")  # "and" of a sector's name does not hide an English phrase
    assert words("&Undo {action} %1 <b>Ctrl+Z</b> /tmp/pytest-of-x/a.xlsx") == ["undo"]
    assert de.findings("Kapitalwert: annual_benefit") == ["key:annual_benefit"]
    assert not de.findings("request-hartmann_1.xlsx")
    de_number, en_number = OTHER_NUMBER["de"].search, OTHER_NUMBER["en"].search
    assert de_number("Verlustrisiko 49.7 %") and de_number("12,345 €") and de_number("(0.02 = +2 %)")
    assert not de_number("12.345,67 € · 1.234 · 0,02 · 2.000 Durchläufe")
    assert en_number("€12.345") and en_number("0,02") and not en_number("€12,345.67 · 1,234 · 0.02 · 2,000 trials")

