"""A refused edit in the window is explained in the interface language (at the cell, in the status bar
and for a refused file), and a live switch of the language leaves no refusal in the other language."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from ui_support import back_to_english, five, isolated, window  # noqa: F401 - fixtures
from ui_support import switch_language as switch

REFUSED_DE = "Fixgebühr darf nicht negativ sein (-4.500,5)"
REFUSED_EN = "the fixed fee must not be negative (-4,500.5)"


def _refuse_fixed_fee(w, typed: str):
    """Type ``typed`` into the first quote's fixed fee; the model index and whether it was taken."""
    w.show_editors()
    ed = w.editors
    ed.setCurrentWidget(ed.quotes)
    m = ed.quotes.quotes.view.model()
    idx = m.index(0, [c.key for c in m.columns].index("fixed_fee"))
    return m, idx, m.setData(idx, typed, Qt.ItemDataRole.EditRole)


def test_a_refused_cell_is_explained_in_german(window, back_to_english) -> None:  # noqa: F811
    switch(window, "de")
    m, idx, taken = _refuse_fixed_fee(window, "-4.500,5")
    assert not taken
    tip = m.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Angebot 'Collaborative robot") and tip.endswith(REFUSED_DE)
    assert window.status_message.message().endswith(REFUSED_DE)
    switch(window, "en")  # the message in German is not left behind; the cell says it again in English
    assert window.status_message.message() == ""
    tip = m.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Quote 'Collaborative robot") and tip.endswith(REFUSED_EN)
    switch(window, "de")
    assert m.data(idx, Qt.ItemDataRole.ToolTipRole).endswith(REFUSED_DE)


def test_a_refused_entry_that_is_no_number_follows_the_language(window, back_to_english) -> None:  # noqa: F811
    switch(window, "de")
    m, idx, taken = _refuse_fixed_fee(window, "viel")
    assert not taken
    german = m.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert german.startswith("Fixgebühr: ")
    switch(window, "en")
    english = m.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert english.startswith("Fixed fee: ") and english != german


def test_a_refused_field_follows_the_language(window, back_to_english) -> None:  # noqa: F811
    switch(window, "de")
    window.show_editors()
    trials = window.editors.risk.trials
    trials.setText("0")
    trials.setModified(True)
    trials.editingFinished.emit()
    assert "Anzahl der Durchläufe muss mindestens 1 sein (0)" in trials.toolTip()
    switch(window, "en")
    assert "the number of trials must be at least 1 (0)" in trials.toolTip()


def test_a_refused_cell_is_explained_in_english(window) -> None:  # noqa: F811
    m, idx, taken = _refuse_fixed_fee(window, "-4,500.5")
    assert not taken
    assert m.data(idx, Qt.ItemDataRole.ToolTipRole).endswith(REFUSED_EN)
    assert window.status_message.message().endswith(REFUSED_EN)


def test_a_refused_file_is_explained_in_german(window, isolated, tmp_path: Path, back_to_english) -> None:  # noqa: F811
    switch(window, "de")
    doc = json.loads(Path(window.doc.path).read_text(encoding="utf-8"))
    doc["quotes"][0]["fixed_fee"] = -1
    broken = tmp_path / "broken.coop.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    assert not window.files.open_path(broken)
    error = isolated.errors()[-1]
    assert "Fixgebühr darf nicht negativ sein (-1)" in error and "must not" not in error


def test_a_scenario_without_results_says_why_in_the_language(qtbot, isolated, tmp_path: Path,  # noqa: F811
                                                              back_to_english) -> None:
    from ui_support import close_window, make_window, wait_results

    doc = json.loads((Path(__file__).resolve().parent.parent / "resources/examples/five-partner-pool.coop.json")
                     .read_text(encoding="utf-8"))
    for q in doc["quotes"]:
        if q["item"] == "cobot":
            q["max_order"] = 2
    doc["buy_up"] = False
    path = tmp_path / "unpriced.coop.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    w = make_window(qtbot, path)
    try:
        wait_results(qtbot, w)
        assert "no quote can supply" in w.results.problem.text()
        switch(w, "de")
        german = w.results.problem.text()
        assert "kein Angebot kann" in german and "no quote" not in german
        switch(w, "en")
        assert "no quote can supply" in w.results.problem.text()
    finally:
        close_window(w)


def test_a_file_the_system_refuses_is_named_in_german(window, isolated, tmp_path: Path,  # noqa: F811
                                                       back_to_english) -> None:
    switch(window, "de")
    assert not window.files._write(tmp_path / "no-such-folder" / "x.coop.json")
    error = isolated.errors()[-1]
    assert "Datei oder Ordner nicht gefunden" in error and "No such file" not in error
