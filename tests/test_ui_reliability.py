"""The window refuses what it cannot hold, where it is entered, and says what a paste left out;
plus the editing features that had no test: adding quote, tier and item rows, copying a selection,
date and choice cells, paste and clear in the custom percentages, and starting ui.app.main."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from test_ui_editing import sheet
from ui_support import FIVE, five, isolated, wait_results, window  # noqa: F401 - fixtures

R = Qt.ItemDataRole


def column(model, key: str) -> int:
    return next(c for c, col in enumerate(model.columns) if col.key == key)


def refusals(model) -> list[str]:
    got: list[str] = []
    model.refused.connect(lambda _i, why: got.append(why))
    return got


# ---- refused where entered -----------------------------------------------------------------------

@pytest.mark.parametrize("tab", ["partners", "items"])
def test_clearing_an_id_cell_refuses_the_edit(window, tab):
    m = sheet(window, tab).model()
    why = refusals(m)
    before = window.doc.scenario
    assert m.setData(m.index(0, column(m, "id")), "") is False
    assert window.doc.scenario is before and "id must not be empty" in why[0]


@pytest.mark.parametrize("text, reason", [("\ud800", "broken character"), ("a\x07b", "control character U+0007")])
def test_text_that_cannot_be_saved_is_refused_in_the_cell(window, text, reason):
    m = sheet(window, "partners").model()
    why = refusals(m)
    assert m.setData(m.index(0, column(m, "name")), text) is False
    assert reason in why[0] and window.doc.scenario.partners[0].name == "Hartmann Maschinenbau GmbH"


def test_a_percent_sign_only_where_the_column_means_percent(window):
    m = sheet(window, "partners").model()
    why = refusals(m)
    assert m.setData(m.index(0, column(m, "employees")), "5%") is False
    assert "is a percentage; this field takes a plain number" in why[0]
    assert m.setData(m.index(0, column(m, "dropout_probability")), "5%")
    assert window.doc.scenario.partners[0].dropout_probability == pytest.approx(0.05)
    d = sheet(window, "demand").model()
    assert d.setData(d.index(0, 0), "€3") is False  # a quantity is not money


# ---- paste that does not fit ---------------------------------------------------------------------

def test_pasting_10000_rows_is_refused_at_once_with_what_fits(window, monkeypatch):
    m = sheet(window, "partners").model()
    built = []
    monkeypatch.setattr(m, "new_rows", lambda n, at: built.append(n) or [])
    before = window.doc.scenario
    why = m.paste(m.rowCount(), 0, [[f"Firm {i}", f"f{i}"] for i in range(10_000)])
    assert why == "Partners: pasting 10,000 rows here would make 10,005 partners: at most 40 (35 more fit)"
    assert built == [] and window.doc.scenario is before  # refused before any row was built


def test_pasting_below_the_last_row_extends_the_table_like_excel(window):
    m = sheet(window, "items").model()
    n = m.rowCount()
    assert m.paste(n, 0, [["Scanner", "scan", "Sensors", "pieces", "2", "4"], ["Gripper", "", "Robotics"]]) is None
    items = window.doc.scenario.items
    assert [it.name for it in items[n:]] == ["Scanner", "Gripper"]
    assert items[n].id == "scan" and items[n].capacity_per_unit == 2 and items[n].useful_life_years == 4
    assert items[n + 1].id.startswith("item-")  # an empty id keeps the generated one
    window.doc.undo_stack.undo()  # one undo step
    assert len(window.doc.scenario.items) == n


def test_a_paste_beyond_the_demand_table_says_what_was_left_out(window):
    msgs: list[str] = []
    window.doc.message.connect(msgs.append)
    d = sheet(window, "demand").model()
    assert d.paste(0, 0, [["2"] * 50 for _ in range(100)]) is None
    assert window.doc.scenario.demand[("hartmann", "mes")] == 2
    assert msgs and "95 rows and 46 columns" in msgs[-1] and "add partners or items first" in msgs[-1]


def test_a_clipboard_cell_over_the_limit_gets_a_message_not_csv_error(window):
    view = sheet(window, "partners")
    msgs: list[str] = []
    view.message.connect(msgs.append)
    view.setCurrentIndex(view.model().index(0, 0))
    QGuiApplication.clipboard().setText("x" * 200_000 + "\tid\n")
    before = window.doc.scenario
    view.paste()
    assert window.doc.scenario is before and "more than 100,000 characters" in msgs[-1]


# ---- features without tests until now ------------------------------------------------------------

def test_adding_item_quote_and_tier_rows(window):
    for tab, which, count in (("items", 0, lambda s: len(s.items)), ("quotes", 0, lambda s: len(s.quotes))):
        view = sheet(window, tab, which)
        before = count(window.doc.scenario)
        view.setCurrentIndex(view.model().index(0, 0))
        view.insert_row()
        assert count(window.doc.scenario) == before + 1
        assert view.currentIndex().row() == 1
    new_quote = window.doc.scenario.quotes[1]
    assert new_quote.supplier == "New supplier" and new_quote.tiers  # copies the quote above, complete
    quotes = sheet(window, "quotes", 0)
    quotes.setCurrentIndex(quotes.model().index(0, 0))
    tiers = sheet(window, "quotes", 1)
    n = len(window.doc.scenario.quotes[0].tiers)
    tiers.setCurrentIndex(tiers.model().index(n - 1, 0))
    tiers.insert_row()
    q = window.doc.scenario.quotes[0]
    assert len(q.tiers) == n + 1 and q.tiers[-1].min_quantity > q.tiers[-2].min_quantity


def test_copying_a_selection_gives_tab_separated_plain_numbers(window):
    view = sheet(window, "demand")
    m = view.model()
    sel = QItemSelection(m.index(0, 0), m.index(1, 1))
    view.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.copy()
    text = QGuiApplication.clipboard().text()
    s = window.doc.scenario
    expected = "".join("\t".join(f"{s.demand.get((p.id, it.id), 0):g}" for it in s.items[:2]) + "\n"
                       for p in s.partners[:2])
    assert text == expected


def test_date_and_choice_cells(window):
    m = sheet(window, "quotes").model()
    date, schedule = column(m, "valid_until"), column(m, "schedule")
    assert m.setData(m.index(0, date), "2027-03-31")
    assert window.doc.scenario.quotes[0].valid_until == "2027-03-31"
    assert m.setData(m.index(0, date), "31/12/2027")  # the locale's short form (en_GB in the tests)
    assert window.doc.scenario.quotes[0].valid_until == "2027-12-31"
    why = refusals(m)
    assert m.setData(m.index(0, date), "someday") is False and "is not a date" in why[-1]
    assert m.setData(m.index(0, date), "")  # optional: cleared
    assert window.doc.scenario.quotes[0].valid_until is None
    assert m.setData(m.index(0, schedule), "Incremental") or "incremental" in why[-1]
    choices = m.data(m.index(0, schedule), 256 + 1) or m.columns[schedule].choice_list(m)
    assert any(v == "incremental" for v, _ in choices)
    assert m.setData(m.index(0, schedule), "bogus") is False and "choose one of" in why[-1]


def test_paste_and_clear_in_the_custom_percentages(window):
    pool = window.editors.pool
    window.editors.setCurrentWidget(pool)
    pct = pool.pct
    msgs: list[str] = []
    window.doc.message.connect(msgs.append)
    assert pct.paste(0, 0, [["40"], ["30 %"], ["10"], ["10"], ["10"], ["99"]]) is None
    assert pct.total() == pytest.approx(100) and "1 row" in msgs[-1]  # the sixth value did not fit
    assert pct.paste(0, 0, [["abc"]]) and pct.total() == pytest.approx(100)  # refused, draft unchanged
    assert pct.clear([pct.index(0, 0), pct.index(1, 0)]) is None
    assert pct.total() == pytest.approx(30) and "hartmann" not in pct.draft


def test_ui_app_main_starts_in_process_and_ends(qtbot, isolated, tmp_path, monkeypatch):
    """main(): arguments, the application object, the window, the file opened from the event loop,
    and the end (every worker stopped). The event loop is the test's own: a real exec() ended by
    quit() leaves this process's later windows without results (seen with PySide6 6.11)."""
    from PySide6.QtWidgets import QApplication

    from ui import app
    from ui.main_window import MainWindow

    exits: list[int] = []
    monkeypatch.setattr(os, "_exit", exits.append)
    monkeypatch.setattr("sys.excepthook", app._excepthook)
    copy = tmp_path / "five.coop.json"
    copy.write_text(FIVE.read_text(encoding="utf-8"), encoding="utf-8")
    shown: list[MainWindow] = []
    real_start = MainWindow.start
    monkeypatch.setattr(MainWindow, "start", lambda self, path: (shown.append(self), real_start(self, path))[1])

    def event_loop(_app) -> int:
        qtbot.waitUntil(lambda: bool(shown) and shown[0].doc.path == copy.resolve(), timeout=20_000)
        wait_results(qtbot, shown[0])
        shown[0].doc.undo_stack.setClean()
        shown[0].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app.main(["coop-calc", str(copy)]) == 0
    assert shown[0].doc.scenario.n == 5 and exits == []  # ended normally: no worker was left running
    assert json.loads(copy.read_text(encoding="utf-8"))["partners"]  # the file is untouched


def test_autosave_tells_the_truth(window, monkeypatch):
    from ui import autosave

    m = sheet(window, "partners").model()
    assert m.setData(m.index(0, column(m, "name")), "Hartmann AG")
    assert autosave.secure_all() is True and window.files.autosave.data.exists()
    monkeypatch.setattr(autosave, "atomic_write_bytes", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    msgs: list[str] = []
    window.doc.message.connect(msgs.append)
    assert autosave.secure_all() is False and "Autosave failed: disk full" in msgs[-1]


def test_save_as_through_a_link_updates_the_real_file(window, isolated, tmp_path):
    real = tmp_path / "shared" / "pool.coop.json"
    real.parent.mkdir()
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.coop.json"
    link.symlink_to(real)
    isolated.save_path = str(link)
    assert window.files.save_as()
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["partners"]
    assert window.doc.path == real


def test_a_large_file_is_parsed_off_the_gui_thread_with_the_same_result(qapp, monkeypatch):
    import threading

    from coop_calc.errors import ValidationError
    from coop_calc.scenario_io import project_from_json
    from ui import loading

    threads: list[str] = []
    real = loading.project_from_json
    monkeypatch.setattr(loading, "project_from_json",
                        lambda text: (threads.append(threading.current_thread().name), real(text))[1])
    monkeypatch.setattr(loading, "IN_THREAD_FROM", 10)
    text = FIVE.read_text(encoding="utf-8")
    assert loading.parse_in_background(text) == project_from_json(text)
    with pytest.raises(ValidationError):
        loading.parse_in_background(text.replace('"partners"', '"partners": [], "x"', 1))
    assert threads == ["coopcalc-open", "coopcalc-open"]


# ---- fuzzing the cells: every way in through the window ------------------------------------------

CELL_TEXT = st.one_of(st.sampled_from(["", " ", "0", "-1", "5%", "€3", "1e308", "1e-300", "nan", "inf", "\ud800",
                                       "a\x00b", "x" * 3000, "2027-02-30", "31/12/2027", "incremental", "1.234,5",
                                       "9" * 400, "cobot.annual_benefit", "\u202e", "🙂"]),
                      st.text(max_size=12))


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(where=st.sampled_from([("partners", 0), ("items", 0), ("quotes", 0), ("quotes", 1), ("demand", 0),
                              ("risk", 0), ("pool", 0)]),
       row=st.integers(0, 10**6), col=st.integers(0, 10**6), text=CELL_TEXT,
       block=st.one_of(st.none(), st.lists(st.lists(CELL_TEXT, min_size=1, max_size=3), min_size=1, max_size=3)))
def test_any_text_in_any_cell_or_paste_is_taken_or_refused_never_raised(window, where, row, col, text, block):
    """Edits accumulate in one window (state differs between examples), so cells are drawn as
    numbers and taken modulo the table's size."""
    from coop_calc.parse import scenario_from_dict, scenario_to_dict

    m = sheet(window, *where).model()
    if m.rowCount() == 0 or m.columnCount() == 0:
        return
    index = m.index(row % m.rowCount(), col % m.columnCount())
    if block is None:
        assert m.setData(index, text) in (True, False)
    else:
        reason = m.paste(index.row(), index.column(), block)
        assert reason is None or isinstance(reason, str)
    s = window.doc.scenario  # whatever was taken, the document is still a valid, savable scenario
    assert scenario_from_dict(scenario_to_dict(s)) == s
