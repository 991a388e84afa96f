"""The window asks before confidential exports: statements that withhold pool figures (with the option
to disclose them) and anonymised exports whose texts may still identify a partner."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from confidential_pools import pool
from PySide6.QtWidgets import QFileDialog
from ui_support import close_window, isolated, make_window, wait_results  # noqa: F401

from coop_calc.analysis import analyse
from coop_calc.exchange.disclosure import statement_plan
from coop_calc.exchange.redaction import Finding
from coop_calc.exchange.results import results
from coop_calc.model import Project
from coop_calc.scenario_io import save_project

SHOTS = os.environ.get("COOPCALC_SHOTS")  # a folder to keep the dialogs' screenshots in


@pytest.fixture
def three(qtbot, isolated, tmp_path):  # noqa: F811
    path = tmp_path / "three.coop.json"
    save_project(path, Project((pool(3),)))
    w = make_window(qtbot, path)
    wait_results(qtbot, w)
    yield w
    close_window(w)


def _withheld(path: Path) -> int:
    ws = openpyxl.load_workbook(path)["Statement"]
    return sum(v == "withheld" for row in ws.iter_rows(values_only=True) for v in row)


@pytest.mark.parametrize("disclose", [False, True])
def test_statements_ask_first_and_follow_the_answer(three, tmp_path, monkeypatch, disclose):
    asked = []

    def confirm(names, plans, disclosed):
        asked.append((names, plans, disclosed))
        return disclose
    monkeypatch.setattr(three.exchange, "confirm_statements", confirm)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "out"))
    three.exchange.act_statements.trigger()
    names, plans, disclosed = asked[0]
    assert names[0] == "Kessler Anlagentechnik GmbH" and plans[0].withheld and disclosed[0].revealing
    assert (_withheld(tmp_path / "out" / "statement-kessler.xlsx") > 0) is not disclose


def test_statements_cancelled_write_nothing(three, tmp_path, monkeypatch):
    monkeypatch.setattr(three.exchange, "confirm_statements", lambda *a: None)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "out"))
    three.exchange.act_statements.trigger()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("accept", [False, True])
def test_anonymised_export_lists_risky_texts(qtbot, isolated, tmp_path, monkeypatch, accept):  # noqa: F811
    import dataclasses

    s = pool(3)
    s = dataclasses.replace(s, items=(dataclasses.replace(s.items[0], name="Cobot for the Hartmannhalle"),
                                      *s.items[1:]))
    path = tmp_path / "risky.coop.json"
    save_project(path, Project((s,)))
    w = make_window(qtbot, path)
    try:
        seen: list[list[Finding]] = []
        monkeypatch.setattr(w.exchange, "confirm_risky", lambda found: seen.append(found) or accept)
        monkeypatch.setattr(w.exchange, "choose_anonymous", lambda: {"xlsx": tmp_path / "anon.xlsx"})
        w.exchange.act_anonymous.trigger()
        assert seen and seen[0][0].term == "hartmann"
        assert (tmp_path / "anon.xlsx").exists() is accept
    finally:
        close_window(w)


def test_dialogs_render(qtbot, isolated, tmp_path):  # noqa: F811
    from ui.confidential_dialogs import RiskyTextsDialog, StatementsDialog

    s = pool(3)
    res = results(analyse(s))
    plans = [statement_plan(res, i) for i in range(s.n)]
    dlg = StatementsDialog([p.name for p in s.partners], plans, [statement_plan(res, i, True) for i in range(s.n)])
    qtbot.addWidget(dlg)
    assert len(dlg.rows()) == sum(len(p.withheld) + len(p.inherent) for p in plans)
    assert dlg.tree.topLevelItemCount() == 3 and dlg.tree.topLevelItem(0).childCount() > 0
    dlg.disclose.setChecked(True)
    assert "reveals" in dlg.tree.topLevelItem(0).child(0).text(1)
    risky = RiskyTextsDialog([Finding("Item 'Cobot for the Hartmannhalle' › name", "Cobot for the Hartmannhalle",
                                      "hartmann", "'hartmann' from Partner B's name is part of a longer word")])
    qtbot.addWidget(risky)
    assert risky.table.item(0, 1).text() == "Cobot for the Hartmannhalle"
    if SHOTS:
        for name, d in (("statements", dlg), ("risky", risky)):
            d.show()
            d.grab().save(str(Path(SHOTS) / f"dialog-{name}.png"))
        dlg.disclose.setChecked(False)
        dlg.grab().save(str(Path(SHOTS) / "dialog-statements-withheld.png"))
