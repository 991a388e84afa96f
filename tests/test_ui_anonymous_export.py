"""The window's anonymised export writes every chosen file (workbook, meeting report, scenario file,
chart images) or none: the risky-text check comes first, a failure in any writer or in the final
moves leaves the folder byte for byte as it was, and the user is told in the interface's language
that nothing was written. The partner statements and the presentation's handout are all-or-none too,
and a chart saved from an anonymous slide lists the risky texts first. Dialogs are answered by
monkeypatching."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from confidential_pools import SECRETS, fold, pool
from PySide6.QtWidgets import QApplication
from test_exchange_helpers import pdf_text, xml_parts
from ui_support import back_to_english, close_window, isolated, make_window, switch_language, wait_results  # noqa: F401

from coop_calc.exchange import staging
from coop_calc.exchange.anonymous_export import CHART_FILES
from coop_calc.exchange.pdf_layout import Document
from coop_calc.model import Project
from coop_calc.scenario_io import project_from_json, save_project
from ui import dialogs
from ui.anonymous_export_dialog import AnonymousExportDialog, base_of, targets

SHOTS = os.environ.get("COOPCALC_SHOTS")  # a folder to keep the dialog's screenshots in
ALL = ["xlsx", "pdf", "json", "charts"]


def _leaks(text: str) -> list[str]:
    t = fold(text)
    return [w for w in SECRETS[:4] + ("anlagenbau", "feinwerktechnik", "prepared for") if w in t]


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``folder`` (hidden ones too) with its bytes (None for a folder)."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


@pytest.fixture
def three(qtbot, isolated, tmp_path):  # noqa: F811
    """The window with a three-partner pool whose texts carry partner names (the pool's name also
    names two partners of the five-partner pool: not partners here, so they are not cleaned)."""
    path = tmp_path / "three.coop.json"
    save_project(path, Project((pool(3),)))
    w = make_window(qtbot, path)
    wait_results(qtbot, w)
    yield w
    close_window(w)


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder holding an earlier anonymised workbook, an earlier chart and an unrelated file."""
    folder = tmp_path / "out"
    (folder / "pool-anonymous-charts").mkdir(parents=True)
    (folder / "pool-anonymous.xlsx").write_bytes(b"the earlier workbook")
    (folder / "pool-anonymous-charts" / CHART_FILES[0]).write_bytes(b"an earlier chart")
    (folder / "notes.txt").write_text("not ours")
    return folder


def _answer(monkeypatch, w, base: Path, outputs=ALL, accept_risky: bool = True) -> dict:
    """Answer the export's questions: risky texts (accepted or not), the outputs and their name, and
    record the error boxes and the order of the questions."""
    seen: dict = {"order": [], "errors": []}
    monkeypatch.setattr(w.exchange, "confirm_risky", lambda found: seen["order"].append("risky") or accept_risky)
    monkeypatch.setattr(w.exchange, "choose_anonymous",
                        lambda: seen["order"].append("choose") or targets(base, list(outputs)))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, details="": seen["errors"].append(
        (title, text, details)))
    return seen


def test_every_chosen_file_is_written_and_names_no_partner(three, out, monkeypatch):
    seen = _answer(monkeypatch, three, out / "pool-anonymous")
    three.exchange.act_anonymous.trigger()
    assert seen["errors"] == []
    assert seen["order"][-1] == "choose" and (seen["order"] == ["choose"] or seen["order"][0] == "risky")
    xlsx, pdf, js = (out / f"pool-anonymous{s}" for s in (".xlsx", ".pdf", ".coop.json"))
    charts = sorted(p.name for p in (out / "pool-anonymous-charts").iterdir())
    assert charts == sorted(CHART_FILES[:3])  # no risk result: no risk chart; the earlier chart replaced
    assert (out / "pool-anonymous-charts" / CHART_FILES[0]).read_bytes().startswith(b"\x89PNG")
    assert (out / "notes.txt").read_text() == "not ours"
    assert not [p for p in out.rglob(".*")], "temporaries left behind"
    for name, part in xml_parts(xlsx).items():
        assert not _leaks(part), (name, _leaks(part))
    anon = project_from_json(js.read_text(encoding="utf-8")).scenarios[0]
    assert [p.name for p in anon.partners] == ["Partner A", "Partner B", "Partner C"]
    assert not _leaks(js.read_text(encoding="utf-8"))
    text = pdf_text(pdf)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text was not checked")
    assert "Partner A" in text and not _leaks(text), _leaks(text)
    assert "pool-anonymous.xlsx" in three.statusBar().currentMessage()


def test_a_pdf_writer_failing_mid_way_leaves_the_folder_exactly_as_before(three, out, monkeypatch):
    before = _snapshot(out)
    seen = _answer(monkeypatch, three, out / "pool-anonymous")

    def broken_save(self, path, title="", subject=""):
        Path(path).write_bytes(b"%PDF-1.4 half a report")  # the writer got part of the way
        raise OSError(28, "No space left on device", str(path))
    monkeypatch.setattr(Document, "save", broken_save)
    three.exchange.act_anonymous.trigger()
    assert _snapshot(out) == before
    [(title, text, details)] = seen["errors"]
    assert title == "Export anonymised" and "nothing was written" in text
    assert "The disk is full." in details and "No space left on device" in details


def test_an_unexpected_error_is_reported_and_nothing_is_written(three, out, monkeypatch):
    before = _snapshot(out)
    seen = _answer(monkeypatch, three, out / "pool-anonymous")
    import coop_calc.exchange.anonymous_export as ae

    def broken_charts(*a, **k):
        raise RuntimeError("the chart renderer crashed")
    monkeypatch.setattr(ae, "write_chart_images", broken_charts)  # the last output: the others are complete
    three.exchange.act_anonymous.trigger()
    assert _snapshot(out) == before
    [(_, text, details)] = seen["errors"]
    assert "nothing was written" in text and "the chart renderer crashed" in details


def test_a_move_failing_at_the_end_restores_the_files_already_moved(three, out, monkeypatch):
    """The last step (renaming the finished files into place) fails for the third file, e.g. because
    the earlier workbook is open in Excel on Windows: the two already moved are moved back."""
    before = _snapshot(out)
    seen = _answer(monkeypatch, three, out / "pool-anonymous")
    real = os.replace
    calls = {"into place": 0}

    def replace(src, dst):
        if ".part" in str(src) and ".old" not in str(dst):
            calls["into place"] += 1
            if calls["into place"] == 3:
                raise PermissionError(13, "Permission denied", str(dst))
        return real(src, dst)
    monkeypatch.setattr(staging.os, "replace", replace)
    three.exchange.act_anonymous.trigger()
    assert calls["into place"] == 3
    assert _snapshot(out) == before
    [(_, text, details)] = seen["errors"]
    assert "nothing was written" in text and "open in another program" in details


def test_risky_texts_are_asked_first_and_a_no_writes_nothing(qtbot, isolated, tmp_path, monkeypatch):  # noqa: F811
    import dataclasses

    s = pool(3)
    s = dataclasses.replace(s, items=(dataclasses.replace(s.items[0], name="Cobot for the Hartmannhalle"),
                                      *s.items[1:]))
    path = tmp_path / "risky.coop.json"
    save_project(path, Project((s,)))
    (tmp_path / "out").mkdir()
    w = make_window(qtbot, path)
    try:
        seen = _answer(monkeypatch, w, tmp_path / "out" / "anon", accept_risky=False)
        w.exchange.act_anonymous.trigger()
        assert seen["order"] == ["risky"] and list((tmp_path / "out").iterdir()) == []
        seen = _answer(monkeypatch, w, tmp_path / "out" / "anon", accept_risky=True)
        w.exchange.act_anonymous.trigger()
        assert seen["order"] == ["risky", "choose"] and seen["errors"] == []
        assert (tmp_path / "out" / "anon.pdf").exists() and (tmp_path / "out" / "anon.coop.json").exists()
    finally:
        close_window(w)


def test_the_failure_is_told_in_german(three, out, monkeypatch, back_to_english):  # noqa: F811
    switch_language(three, "de")
    before = _snapshot(out)
    seen = _answer(monkeypatch, three, out / "pool-anonymous")
    monkeypatch.setattr(Document, "save", lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied", "x.pdf")))
    three.exchange.act_anonymous.trigger()
    assert _snapshot(out) == before
    [(title, text, details)] = seen["errors"]
    assert title == "Anonymisiert exportieren" and "nichts geschrieben" in text
    assert "in einem anderen Programm geöffnet" in details


def test_the_dialog_lists_what_it_writes_and_refuses_names_it_cannot_use(qtbot, out):
    dlg = AnonymousExportDialog(out / "pool-anonymous")
    qtbot.addWidget(dlg)
    assert dlg.chosen() == targets(out / "pool-anonymous", ALL)
    assert dlg.export_button.isEnabled()
    text = dlg.files.text()
    assert "pool-anonymous.xlsx  (replaces the existing file)" in text and "pool-anonymous.pdf\n" in text
    assert "pool-anonymous-charts/  (existing folder" in text
    dlg.boxes["xlsx"].setChecked(False)
    dlg.boxes["charts"].setChecked(False)
    assert set(dlg.chosen()) == {"pdf", "json"} and "replaces" not in dlg.files.text()
    for b in dlg.boxes.values():
        b.setChecked(False)
    assert not dlg.export_button.isEnabled() and dlg.files.text() == "Tick at least one file."
    dlg.boxes["json"].setChecked(True)
    dlg.name.setText(str(out / "missing" / "pool"))
    assert not dlg.export_button.isEnabled() and "does not exist" in dlg.files.text()
    (out / "clash.coop.json").mkdir()
    dlg.name.setText(str(out / "clash.xlsx"))  # any of the outputs' endings is taken off the name
    assert base_of(dlg.name.text()) == out / "clash"
    assert not dlg.export_button.isEnabled() and "clash.coop.json is a folder" in dlg.files.text()
    if SHOTS:
        dlg.name.setText(str(out / "pool-anonymous"))
        for b in dlg.boxes.values():
            b.setChecked(True)
        dlg.show()
        QApplication.processEvents()
        dlg.grab().save(str(Path(SHOTS) / "dialog-anonymous-export.png"))


def test_engine_writes_the_risk_chart_and_report_with_a_risk_result(tmp_path):
    """Without the window: a risk result of the named pool adds the loss chart and the report's risk
    page, both by alias."""
    from test_exchange_helpers import fake_risk

    from coop_calc.exchange.anonymous_export import export_anonymised

    s = pool(3)
    export_anonymised(s, pdf_path=tmp_path / "r.pdf", charts_dir=tmp_path / "charts", risk=fake_risk(s), lang="de")
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == sorted(CHART_FILES)
    text = pdf_text(tmp_path / "r.pdf")
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text was not checked")
    assert "Partner A" in text and "Risiko" in text and not _leaks(text), _leaks(text)


def _risky_deck(qtbot):
    """An anonymous presentation of a pool with a text the cleaner cannot replace safely."""
    import dataclasses

    from deck_support import open_deck

    from coop_calc.analysis import analyse
    from ui.results.view import ResultsView

    s = pool(3)
    s = dataclasses.replace(s, items=(dataclasses.replace(s.items[0], name="Cobot for the Hartmannhalle"),
                                      *s.items[1:]))
    source = ResultsView()
    qtbot.addWidget(source)
    source.set_results(s, analyse(s))
    win = open_deck(qtbot, source, anonymous=True)
    win.set_slides(("savings", "prices"))
    return win


def test_a_chart_saved_from_an_anonymous_slide_lists_the_risky_texts_first(qtbot, tmp_path, monkeypatch):
    win = _risky_deck(qtbot)
    chart = win.slides[0].chart
    asked: list = []
    monkeypatch.setattr(win, "confirm_risky", lambda found: asked.append(found) or False)
    assert chart.save_as(str(tmp_path / "chart.png")) is False and not (tmp_path / "chart.png").exists()
    assert asked and asked[0][0].term == "hartmann"
    monkeypatch.setattr(win, "confirm_risky", lambda found: True)  # Export anyway
    assert chart.save_as(str(tmp_path / "chart.png")) is True and (tmp_path / "chart.png").exists()
    win.anonymous.setChecked(False)
    asked.clear()
    monkeypatch.setattr(win, "confirm_risky", lambda found: asked.append(found) or False)
    assert win.slides[0].chart.save_as(str(tmp_path / "named.png")) and not asked  # by name: no question


def test_a_handout_failing_mid_way_leaves_no_file(qtbot, tmp_path, monkeypatch):
    win = _risky_deck(qtbot)
    monkeypatch.setattr(win, "confirm_risky", lambda found: True)
    (tmp_path / "deck.pdf").write_bytes(b"the earlier handout")
    before = _snapshot(tmp_path)
    import ui.presentation as presentation

    def broken(path, slides, show, footer, title=""):
        Path(path).write_bytes(b"%PDF-1.4 first slide")
        raise RuntimeError("the painter failed on slide 2")
    monkeypatch.setattr(presentation, "export_pdf", broken)
    with pytest.raises(RuntimeError):
        win.export_pdf(str(tmp_path / "deck.pdf"))
    assert _snapshot(tmp_path) == before


def test_partner_statements_are_written_all_or_none_too(three, out, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    (out / "statement-kessler.xlsx").write_bytes(b"last month's statement")
    before = _snapshot(out)
    seen = _answer(monkeypatch, three, out / "unused")
    monkeypatch.setattr(three.exchange, "confirm_statements", lambda *a: False)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    real, calls = Document.save, []

    def second_fails(self, path, title="", subject=""):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(path))
        real(self, path, title, subject)
    monkeypatch.setattr(Document, "save", second_fails)
    three.exchange.act_statements.trigger()
    assert len(calls) == 2 and _snapshot(out) == before
    [(_, text, details)] = seen["errors"]
    assert "nothing was written" in text and "The disk is full." in details
    monkeypatch.setattr(Document, "save", real)
    three.exchange.act_statements.trigger()
    assert {p.name for p in out.glob("statement-*")} == {f"statement-{p}.{x}" for p in ("kessler", "hartmann", "mueller")
                                                          for x in ("xlsx", "pdf")}
    assert (out / "statement-kessler.xlsx").read_bytes() != b"last month's statement"
