"""The correlated-inputs table of the Risk tab: pairs of uncertain inputs and their rank correlation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import five, isolated, wait_results, window  # noqa: F401 - fixtures

from coop_calc.scenario_io import load_project

R = Qt.ItemDataRole


def corr_model(w):
    w.editors.setCurrentWidget(w.editors.risk)
    return w.editors.risk.correlations.view.model()


def test_model_passes_the_model_tester(window, qtmodeltester):
    model = corr_model(window)
    qtmodeltester.check(model, force_py=True)


def test_five_partner_example_shows_its_two_correlations(window):
    model = corr_model(window)
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.data(model.index(0, 0), R.DisplayRole).startswith("Collaborative robot")
    assert model.data(model.index(0, 0), R.DisplayRole).endswith(": annual benefit")
    assert model.data(model.index(0, 1), R.DisplayRole).startswith("Metal 3D printer")
    assert model.data(model.index(0, 0), R.EditRole) == "cobot.annual_benefit"
    assert model.data(model.index(0, 2), R.DisplayRole) == "0.4"
    assert model.data(model.index(1, 2), R.EditRole) == 0.6
    choices = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1)
    assert ("discount_rate", "Discount rate") in choices
    assert len(choices) > 10


def test_adding_a_pair_and_setting_rho_are_one_undo_step_each(window, qtbot):
    model = corr_model(window)
    doc = window.doc
    before = doc.undo_stack.count()
    assert model.insert_row(2) is None
    assert model.rowCount() == 3 and len(doc.scenario.risk.correlations) == 3
    assert doc.undo_stack.count() == before + 1
    a, b, rho = doc.scenario.risk.correlations[2]
    assert a != b and rho == 0
    assert model.setData(model.index(2, 2), "-0.3")
    assert doc.scenario.risk.correlations[2][2] == -0.3
    assert doc.undo_stack.count() == before + 2
    doc.undo_stack.undo()
    assert doc.scenario.risk.correlations[2][2] == 0 and model.rowCount() == 3
    doc.undo_stack.undo()
    assert model.rowCount() == 2 and len(doc.scenario.risk.correlations) == 2
    doc.undo_stack.redo()
    assert model.rowCount() == 3
    wait_results(qtbot, window)


def test_rho_out_of_range_is_refused_and_the_old_value_stays(window):
    model = corr_model(window)
    reasons = []
    model.refused.connect(lambda idx, why: reasons.append((idx.row(), idx.column(), why)))
    cell = model.index(0, 2)
    assert not model.setData(cell, "1.5")
    assert reasons and reasons[-1][:2] == (0, 2) and "rank correlation" in reasons[-1][2]
    assert window.doc.scenario.risk.correlations[0][2] == 0.4
    assert model.data(cell, R.DisplayRole) == "0.4"
    assert "rank correlation" in model.data(cell, R.ToolTipRole)
    assert model.data(cell, R.BackgroundRole) is not None
    # a pair with itself and a pair given twice are refused too
    assert not model.setData(model.index(0, 1), "cobot.annual_benefit")
    assert "itself" in reasons[-1][2]
    assert model.setData(model.index(1, 0), "cobot.annual_benefit")  # cobot benefit / am price change
    assert not model.setData(model.index(1, 1), "am.annual_benefit")
    assert "twice" in reasons[-1][2]
    assert window.doc.scenario.risk.correlations[1][:2] == ("cobot.annual_benefit", "am.price_escalation")


def test_choosing_an_input_by_its_label(window):
    model = corr_model(window)
    assert model.setData(model.index(0, 1), "Discount rate")
    assert window.doc.scenario.risk.correlations[0][:2] == ("cobot.annual_benefit", "discount_rate")


def test_edited_scenario_saves_and_reloads_with_the_pair(window, five, qtbot):
    model = corr_model(window)
    assert model.insert_row(2) is None
    assert model.setData(model.index(2, 2), "0.25")
    pair = window.doc.scenario.risk.correlations[2]
    assert window.files.save()
    wait_results(qtbot, window)
    reloaded = load_project(five).scenarios[0]
    assert reloaded.risk.correlations[2] == pair and pair[2] == 0.25


def test_a_fixed_input_is_not_offered_and_refused_with_a_reason(window):
    from coop_calc.commands import SetField

    window.doc.execute(SetField(("items", 0, "risk", "residual_value"), 0.2), "fix the residual value")
    model = corr_model(window)
    names = [v for v, _ in model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1)]
    assert "cobot.residual_value" not in names and "cobot.utilisation" in names
    reasons = []
    model.refused.connect(lambda idx, why: reasons.append(why))
    assert not model.setData(model.index(0, 1), "cobot.residual_value")
    assert "fixed value" in reasons[-1]
    assert window.doc.scenario.risk.correlations[0][1] == "am.annual_benefit"


def test_every_correlation_string_is_translated_to_german():
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parent.parent / "resources" / "translations" / "coopcalc_de.ts"
    found = 0
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            loc = message.find("location")
            if context.findtext("name") != "CorrelationsModel" and (
                    loc is None or "correlat" not in (message.findtext("source") or "").lower()):
                continue
            source, translation = message.findtext("source"), message.find("translation")
            found += 1
            assert translation.get("type") is None and translation.text, source
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation.text)), source
    assert found >= 19
