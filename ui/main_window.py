"""The main window: menus, tool bar, the welcome page or the editors, and the results dock.

Kept small on purpose: editing lives in ``editors``/``panels``, files in ``files``, results in
``panels.results``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
)

from . import APP_NAME, EDITOR_TABS, i18n, processes, settings
from .document import Document
from .files import FileController, window_title_name
from .idle_gc import IdleCollector
from .panels.welcome import WelcomePage
from .status import StatusMessage
from .theme import icon
from .undo import later, retranslate_stack

K = QKeySequence.StandardKey


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Y and Ctrl+Shift+Z, each once (GNOME's Redo is only
    Ctrl+Shift+Z; Windows users press Ctrl+Y): a key listed twice would make the shortcut ambiguous."""
    keys = [k for k in QKeySequence.keyBindings(K.Redo) if not k.isEmpty()]
    keys += [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    out: list[QKeySequence] = []
    for k in keys:
        if all(k != seen for seen in out):
            out.append(k)
    return out


#: Qt's own texts of a dock widget's title-bar buttons (object name: (name, description)), which Qt sets
#: once when the dock is made and does not set again when the language changes
_DOCK_BUTTONS = {"qt_dockwidget_floatbutton": ("Float", "Undocks and re-attaches the dock widget"),
                 "qt_dockwidget_closebutton": ("Close", "Closes the dock widget")}


def retranslate_dock_buttons(dock: QDockWidget) -> None:
    """Give the float and close buttons of ``dock`` their names in the interface language (Qt's own
    translation, context ``QDockWidget``), after a live switch as at start."""
    for button in dock.findChildren(QAbstractButton):
        texts = _DOCK_BUTTONS.get(button.objectName())
        if texts is not None:
            button.setAccessibleName(QCoreApplication.translate("QDockWidget", texts[0]))
            button.setAccessibleDescription(QCoreApplication.translate("QDockWidget", texts[1]))


def _is_scenario_file(path: str) -> bool:
    return path.lower().endswith(".json")


#: After the first results are on screen, the helper processes start this much later (ms): their
#: imports would compete with the first charts and the rule comparison for the two cores
HELPERS_AFTER_MS = 1000


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.doc = Document(self)
        self.files = FileController(self, self.doc)
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        # built by start(), once on screen
        self._editors: Any = None
        self._results: Any = None
        self.result_pages: Any = None
        self._presentation: Any = None
        self.dock = QDockWidget(self)
        self.dock.setObjectName("results-dock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.setAcceptDrops(True)
        self._build_actions()
        self.scenario_label = QLabel()
        self.statusBar().addPermanentWidget(self.scenario_label)
        # refusals and errors stay until the next edit that works (not 10 s); long ones keep their tool tip
        self.status_message = StatusMessage()
        self.statusBar().addWidget(self.status_message, 1)
        self.status_message.follow(self.doc.undo_stack)

        self.welcome.openExample.connect(lambda p: self.files.open_path(p, as_copy=True))
        self.welcome.openPath.connect(self.files.open_recent)
        self.welcome.newRequested.connect(self.files.new)
        self.welcome.openRequested.connect(self.files.open)
        self.files.opened.connect(self.show_editors)
        self.files.recentChanged.connect(self.welcome.set_recent)
        self.doc.modifiedChanged.connect(self.setWindowModified)
        self.doc.loaded.connect(self._update_title)
        self.doc.saved.connect(self._update_title)
        self.doc.changed.connect(lambda _s: self._update_title())
        self.doc.message.connect(self.status_message.show_message)
        self.stack.currentChanged.connect(lambda _i: self._update_row_actions())
        self.welcome.set_recent(settings.get(settings.RECENT_FILES))
        self.retranslate()
        self._update_row_actions()
        self.resize(1360, 820)
        if not settings.get(settings.GEOMETRY).isEmpty():
            self.restoreGeometry(settings.get(settings.GEOMETRY))

    # ---- the editors and results, built once the window is on screen ---------------------------
    @property
    def editors(self):
        self._ensure_editors()
        return self._editors

    @property
    def results(self):
        self._ensure_editors()
        return self._results

    def _ensure_editors(self) -> None:
        if self._editors is not None:
            return
        from .editors import EditorTabs
        from .panels.results import ResultsPanel

        self._editors = EditorTabs(self.doc)
        self._editors.message.connect(self.status_message.show_message)
        self._editors.currentChanged.connect(lambda _i: self._update_row_actions())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.stack.addWidget(self._editors)
        self._editors.setCurrentIndex(min(max(settings.get(settings.EDITOR_TAB), 0), self._editors.count() - 1))
        self._results = ResultsPanel(self.doc)
        self._results.updated.connect(self._start_helpers)
        self._results.setMinimumWidth(420)
        self.dock.setWidget(self._results)
        self._build_result_pages()

    def _build_result_pages(self) -> None:
        """The full result pages (charts, split comparison, risk, scenarios) as a central page."""
        from .results.view import ResultsView

        self.result_pages = ResultsView(self)
        self.stack.addWidget(self.result_pages)
        panel = self._results
        panel.updated.connect(lambda: self.result_pages.set_results(
            panel.analysis.scenario if panel.analysis is not None else panel.shown_for, panel.analysis))
        feed_project = lambda *_: self.result_pages.set_project(self.doc.project, self.doc.index)  # noqa: E731
        self.doc.changed.connect(feed_project)
        self.doc.changed.connect(self.result_pages.scenario_edited)
        self.doc.loaded.connect(feed_project)
        self.result_pages.projectChanged.connect(self._project_changed)
        feed_project()
        self.idle_gc = IdleCollector(self._background_busy, parent=self)
        for signal in (self.doc.changed, self.doc.loaded, panel.updated, self.result_pages.riskUpdated,
                       self.result_pages.tabs.currentChanged):
            signal.connect(self.idle_gc.poke)
        self.idle_gc.poke()

    def _start_helpers(self) -> None:
        """Once the first results are on screen: start the helper processes (:mod:`ui.processes`; they
        import their libraries for a second or two, which would slow the window's start)."""
        self._results.updated.disconnect(self._start_helpers)
        QTimer.singleShot(HELPERS_AFTER_MS, processes.start_all)

    def _background_busy(self) -> bool:
        """Work runs off the GUI thread: the analysis, a chart, a simulation, the scenario comparison."""
        from .results.chart_canvas import chart_pool

        pages = self.result_pages
        return (self._results.runner.busy or chart_pool().activeThreadCount() > 0 or pages.risk.run_bar.running
                or pages.comparison.runner.busy or not processes.ready())

    def _project_changed(self, project) -> None:
        """The comparison page duplicated or renamed a scenario: one undo step, stay on the same one
        (or go to a new duplicate, which is appended)."""
        old = len(self.doc.project.scenarios)
        index = len(project.scenarios) - 1 if len(project.scenarios) > old else self.doc.index
        self.doc.set_project(project, index, later(lambda: self.tr("Change scenarios")))

    # ---- actions and menus (texts are set in retranslate()) ------------------------------------
    def _action(self, slot, keys=(), icon_name: str = "") -> QAction:
        a = QAction(self)
        if icon_name:
            a.setIcon(icon(icon_name))
        if keys:
            a.setShortcuts([QKeySequence(k) for k in keys])
        a.triggered.connect(slot)
        return a

    def _build_actions(self) -> None:
        f = self.files
        stack = self.doc.undo_stack
        self.act_new = self._action(f.new, [K.New], "document-new")
        self.act_open = self._action(f.open, [K.Open], "document-open")
        self.act_save = self._action(f.save, [K.Save], "document-save")
        self.act_save_as = self._action(f.save_as, [K.SaveAs])
        self.act_quit = self._action(self.close, [K.Quit])
        # own undo/redo actions (not QUndoStack.createUndoAction) so that their prefix can follow the language
        self.act_undo = self._action(lambda: stack.undo(), QKeySequence.keyBindings(K.Undo), "edit-undo")
        self.act_redo = self._action(lambda: stack.redo(), redo_keys(), "edit-redo")
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self._undo_texts = ["", ""]  # what undo and redo would do (the stack's signals; it may be gone later)
        stack.undoTextChanged.connect(lambda t: self._name_undo(0, t))
        stack.redoTextChanged.connect(lambda t: self._name_undo(1, t))
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        self.act_insert = self._action(lambda: self._sheet("insert_row"), (), "row-insert")
        self.act_remove = self._action(lambda: self._sheet("remove_rows"), (), "row-remove")
        self.act_cut = self._action(lambda: self._sheet("cut"))
        self.act_copy = self._action(lambda: self._sheet("copy"))
        self.act_paste = self._action(lambda: self._sheet("paste"))
        self.act_welcome = self._action(self.show_welcome, (), "welcome")
        self.act_editors = self._action(self.show_editors, ["Ctrl+E"])
        self.act_pages = self._action(self.show_result_pages, ["Ctrl+Shift+R"], "results")
        # the platform's full-screen keys plus F11, each once: where FullScreen already is F11 (Windows,
        # KDE, GNOME, offscreen) listing both made Qt report an ambiguous shortcut and F11 did nothing
        present_keys = list(dict.fromkeys(
            [k.toString() for k in QKeySequence.keyBindings(K.FullScreen) if not k.isEmpty()] + ["F11"]))
        self.act_present = self._action(lambda: self.present(False), present_keys)
        self.act_present_anon = self._action(lambda: self.present(True), ["Shift+F11"])
        self.act_tabs = [self._action(lambda _=False, k=i: self._tab(k), [f"Ctrl+{i + 1}"])
                         for i in range(len(EDITOR_TABS))]

        self.file_menu = menu = self.menuBar().addMenu("")
        for a in (self.act_new, self.act_open):
            menu.addAction(a)
        self.recent_menu = menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        for a in (self.act_save, self.act_save_as):
            menu.addAction(a)
        menu.addSeparator()
        from .exchange_menu import ExchangeMenu

        self.exchange = ExchangeMenu(self, menu)
        menu.addSeparator()
        menu.addAction(self.act_quit)

        self.edit_menu = edit = self.menuBar().addMenu("")
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        for a in (self.act_cut, self.act_copy, self.act_paste):
            edit.addAction(a)
        edit.addSeparator()
        edit.addAction(self.act_insert)
        edit.addAction(self.act_remove)

        self.view_menu = view = self.menuBar().addMenu("")
        self.act_results = self.dock.toggleViewAction()
        self.act_results.setIcon(icon("results"))
        self.act_results.setShortcut(QKeySequence("Ctrl+R"))
        view.addAction(self.act_results)
        view.addAction(self.act_editors)
        view.addAction(self.act_pages)
        view.addAction(self.act_welcome)
        view.addSeparator()
        view.addAction(self.act_present)
        view.addAction(self.act_present_anon)
        view.addSeparator()
        for a in self.act_tabs:
            view.addAction(a)
        view.addSeparator()
        self.language_menu = view.addMenu("")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.act_languages: dict[str, QAction] = {}
        chosen = settings.get(settings.LANGUAGE)
        for choice in i18n.CHOICES:
            a = QAction(self)
            a.setCheckable(True)
            a.setChecked(choice == (chosen if chosen in i18n.CHOICES else "system"))
            a.setData(choice)
            a.triggered.connect(lambda _=False, c=choice: self.set_language(c))
            group.addAction(a)
            self.language_menu.addAction(a)
            self.act_languages[choice] = a

        self.toolbar = bar = QToolBar(self)
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for tool in (self.act_new, self.act_open, self.act_save, None, self.act_undo, self.act_redo, None,
                     self.act_insert, self.act_remove, None, self.act_results, self.act_pages):
            bar.addSeparator() if tool is None else bar.addAction(tool)
        self.scenario_box = QComboBox()
        self.scenario_box.activated.connect(self.doc.select)
        self.scenario_action = bar.addWidget(self.scenario_box)
        self.addToolBar(bar)

    def retranslate(self) -> None:
        """Every text of the window in the interface language (at start and after a language switch)."""
        self.act_new.setText(self.tr("&New"))
        self.act_new.setStatusTip(self.tr("Start a new pool"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_open.setStatusTip(self.tr("Open a scenario file"))
        self.act_save.setText(self.tr("&Save"))
        self.act_save.setStatusTip(self.tr("Save the pool"))
        self.act_save_as.setText(self.tr("Save &As…"))
        self.act_quit.setText(self.tr("&Quit"))
        if hasattr(self, "exchange"):
            self.exchange.retranslate()
        self._name_undo()
        self.act_insert.setText(self.tr("&Insert row"))
        self.act_insert.setStatusTip(self.tr("Insert a row below the current one (Ins, Ctrl++)"))
        self.act_remove.setText(self.tr("&Remove rows"))
        self.act_remove.setStatusTip(self.tr("Remove the selected rows (Ctrl+−)"))
        for a, text, key in ((self.act_cut, self.tr("Cu&t"), K.Cut), (self.act_copy, self.tr("&Copy"), K.Copy),
                             (self.act_paste, self.tr("&Paste"), K.Paste)):
            # the key is shown but not bound here: the sheet's own Ctrl+C/X/V act on the focused table
            hint = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            a.setText(f"{text}\t{hint}")
        self.act_welcome.setText(self.tr("&Welcome page"))
        self.act_editors.setText(self.tr("&Editors"))
        self.act_editors.setStatusTip(self.tr("Edit partners, items, quotes, demand and the rule"))
        self.act_pages.setText(self.tr("Result &pages"))
        self.act_pages.setStatusTip(self.tr("Charts and tables: savings, prices, fair split, coalitions, risk,"
                                            " scenarios"))
        self.act_present.setText(self.tr("Presentation &mode"))
        self.act_present.setStatusTip(self.tr("Full screen result pages for a partner meeting (arrow keys step)"))
        self.act_present_anon.setText(self.tr("Presentation mode, &anonymous"))
        self.act_present_anon.setStatusTip(self.tr("Full screen, partners shown as Partner A, B, …"))
        from .editors import tab_titles

        for a, title in zip(self.act_tabs, tab_titles()):
            a.setText(title.replace("&", "&&"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.act_languages["system"].setText(self.tr("&System language"))
        self.act_languages["en"].setText("&English")  # each language in its own name
        self.act_languages["de"].setText("&Deutsch")
        self.dock.setWindowTitle(self.tr("Results"))
        retranslate_dock_buttons(self.dock)
        self.act_results.setText(self.tr("Results"))
        self.act_results.setStatusTip(self.tr("Show or hide the live results beside the editors (Ctrl+R)"))
        self.toolbar.setWindowTitle(self.tr("Main tool bar"))
        self.scenario_box.setToolTip(self.tr("This file holds several scenarios of the pool; choose the one to"
                                             " edit"))
        self._update_title()

    def _name_undo(self, which: int | None = None, text: str = "") -> None:
        if which is not None:
            self._undo_texts[which] = text
        undo, redo = self._undo_texts
        self.act_undo.setText(self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo"))
        # the tool bar shows a fixed word (its buttons must not jump as the text of the last edit changes);
        # what would be undone is in the tool tip and the Edit menu
        for a, word in ((self.act_undo, self.tr("Undo")), (self.act_redo, self.tr("Redo"))):
            a.setIconText(word)
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{a.text().replace('&', '')} ({keys})" if keys else a.text().replace("&", ""))

    def set_language(self, choice: str) -> None:
        """The View › Language menu: store the choice and switch now (every widget is sent a
        LanguageChange event and retranslates itself)."""
        settings.set(settings.LANGUAGE, choice)
        if choice in self.act_languages:
            self.act_languages[choice].setChecked(True)
        app = QApplication.instance()
        if app is not None:
            i18n.install_translators(app, choice)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            # the steps already made: "Undo Remove partner 5", not "Undo Partner 5 löschen" (editors or not)
            retranslate_stack(self.doc.undo_stack)
            self.retranslate()
        super().changeEvent(event)

    def _focus_changed(self, _old, _new) -> None:
        try:
            self._update_row_actions()
        except RuntimeError:  # the window is being destroyed (the application outlives it in tests)
            pass

    def _update_row_actions(self) -> None:
        """Insert and Remove rows (and Cut/Copy/Paste) only where there is a table to act on: not on the
        welcome page or the result pages, nor on an editor whose table has a fixed set of rows."""
        on_editors = self._editors is not None and self.stack.currentWidget() is self._editors
        sheet = self._editors.current_sheet() if on_editors else None
        model = sheet.sheet() if sheet is not None else None
        rows = model is not None and model.can_insert()
        self.act_insert.setEnabled(rows)
        self.act_remove.setEnabled(rows)
        for a in (self.act_cut, self.act_copy, self.act_paste):
            a.setEnabled(sheet is not None)

    def _sheet(self, operation: str) -> None:
        on_editors = self._editors is not None and self.stack.currentWidget() is self._editors
        sheet = self._editors.current_sheet() if on_editors else None
        if sheet is not None:
            getattr(sheet, operation)()

    def _tab(self, index: int) -> None:
        self.show_editors()
        self.editors.setCurrentIndex(index)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.get(settings.RECENT_FILES)
        for i, path in enumerate(files):
            a = self.recent_menu.addAction(f"&{i + 1}  {Path(path).name}")
            a.setStatusTip(path)
            a.triggered.connect(lambda _=False, p=path: self.files.open_recent(p))
        if files:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.files.clear_recent)

    # ---- pages and title -----------------------------------------------------------------------
    def show_editors(self) -> None:
        self.stack.setCurrentWidget(self.editors)
        if not self.dock.isVisible():
            self.dock.show()
            self.resizeDocks([self.dock], [max(480, self.width() * 3 // 8)], Qt.Orientation.Horizontal)

    def show_result_pages(self) -> None:
        self._ensure_editors()
        self.stack.setCurrentWidget(self.result_pages)
        self.dock.hide()  # the pages show everything the dock does, with room for the charts

    def present(self, anonymous: bool = False) -> None:
        """Presentation mode: the deck full screen, editors hidden; F11, Shift+F11 or Esc leave."""
        from .presentation import present

        self._ensure_editors()
        if self._presentation is not None:  # F11 / Shift+F11 while presenting: leave
            self._presentation.close()
            return
        self._presentation = present(self.result_pages, anonymous=anonymous, doc=self.doc)
        # the window deletes itself when closed: forget it then, so the next F11 opens a new one
        self._presentation.closed.connect(self._presentation_closed)

    def _presentation_closed(self) -> None:
        self._presentation = None
        self.activateWindow()

    def show_welcome(self) -> None:
        self.welcome.set_recent(settings.get(settings.RECENT_FILES))
        self.stack.setCurrentWidget(self.welcome)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{window_title_name(self.doc)}[*] — {APP_NAME}")
        self.setWindowModified(self.doc.is_modified())
        names = [s.meta.name for s in self.doc.project.scenarios]
        self.scenario_action.setVisible(len(names) > 1)
        if [self.scenario_box.itemText(i) for i in range(self.scenario_box.count())] != names:
            self.scenario_box.clear()
            self.scenario_box.addItems(names)
        self.scenario_box.setCurrentIndex(self.doc.index)
        s = self.doc.scenario
        self.scenario_label.setText(" · ".join([
            i18n.plural(self.tr("%n partner(s)", "", s.n), s.n), i18n.plural(self.tr("%n item(s)", "", len(s.items)),
                                                                         len(s.items)),
            i18n.plural(self.tr("%n quote(s)", "", len(s.quotes)), len(s.quotes)), s.meta.currency]))

    def start(self, path: str | None = None) -> None:
        """After the window is shown: recover crashed work, else open ``path``, else welcome."""
        self._ensure_editors()
        if self.files.offer_recovery():
            return
        if path:
            if self.files.open_path(path):
                return
        self.show_welcome()

    # ---- drag and drop, closing ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and _is_scenario_file(urls[0].toLocalFile()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            path = urls[0].toLocalFile()
            QTimer.singleShot(0, lambda: self.files.open_path(path))  # not inside the drag's event loop

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.maybe_save():
            event.ignore()
            return
        settings.set(settings.GEOMETRY, self.saveGeometry())
        if self._presentation is not None:  # the deck is its own window: it goes with the main one
            self._presentation.close()
        if self._editors is not None:
            settings.set(settings.EDITOR_TAB, self._editors.currentIndex())
        if self._results is not None:
            self._results.runner.cancel()
        if self.result_pages is not None:
            self.result_pages.shutdown()
            self.idle_gc.release()
        self.files.shutdown()
        event.accept()
