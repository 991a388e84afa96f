"""Every table model passes Qt's model tester; roles return what views and delegates expect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from ui_support import five, isolated, wait_results, window  # noqa: F401 - fixtures

R = Qt.ItemDataRole


def all_models(w):
    from ui.sheet import SheetView

    models = {type(v.model()).__name__: v.model() for v in w.editors.findChildren(SheetView)}
    models["PartnerResultsModel"] = w.results.partners
    models["RuleComparisonModel"] = w.results.rules
    return models


def test_every_model_passes_the_model_tester(window, qtmodeltester):
    models = all_models(window)
    assert set(models) >= {"PartnersModel", "ItemsModel", "QuotesModel", "TiersModel", "DemandModel",
                           "RiskModel", "PercentagesModel", "PartnerResultsModel", "RuleComparisonModel"}
    for name, model in models.items():
        assert model.rowCount() > 0, name
        qtmodeltester.check(model, force_py=True)


def test_models_stay_consistent_while_rows_come_and_go(window, qtmodeltester, qtbot):
    """The Qt tester watches the models live while rows are inserted, removed and undone."""
    from coop_calc.commands import RemoveRow

    models = all_models(window)
    for model in models.values():
        qtmodeltester.check(model, force_py=False)
    partners = models["PartnersModel"]
    assert partners.insert_row(2) is None
    window.doc.execute(RemoveRow("items", 1), "remove item")
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    window.doc.undo_stack.redo()
    wait_results(qtbot, window)
    assert partners.rowCount() == 6
    assert models["DemandModel"].rowCount() == 6 and models["DemandModel"].columnCount() == 4
    assert models["PartnerResultsModel"].rowCount() == 7  # six partners and the pool


def test_roles_numbers_for_edit_locale_text_for_display(window):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        m = all_models(window)
        demand = m["DemandModel"]
        idx = demand.index(0, 1)  # Hartmann, IoT kits: 80
        assert demand.data(idx, R.EditRole) == 80.0
        assert demand.data(idx, R.DisplayRole) == "80"
        assert demand.data(idx, R.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
        tiers = m["TiersModel"]
        price = tiers.index(0, 1)
        assert tiers.data(price, R.EditRole) == 32000.0
        assert tiers.data(price, R.DisplayRole) == "32.000\u00a0€"
        partners = m["PartnersModel"]
        drop = partners.index(0, 5)  # drop-out 3 % stored as 0.03
        assert partners.data(drop, R.EditRole) == pytest.approx(3.0)
        assert partners.data(drop, R.DisplayRole) == "3\u00a0%"
        assert partners.data(partners.index(0, 0), R.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft
        risk = m["RiskModel"]
        assert risk.data(risk.index(0, 1), R.DisplayRole) == "PERT 4.000; 11.000; 15.000"
        assert "most likely 11.000" in risk.data(risk.index(0, 1), R.ToolTipRole)  # the interface's number format
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
