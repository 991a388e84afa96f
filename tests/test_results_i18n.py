"""English and German: the translators follow the setting, the German result pages read German with
German number formats (1.234,56 €), and the compiled translation is up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from test_results_support import chart_texts, example, make_view, show_every_page, widget_texts

from coop_calc.exchange.formatting import format_money
from ui import i18n
from ui.results.common import RAW

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def german(qapp):
    assert i18n.install_translators(qapp, "de") == "de"
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_the_setting_chooses_the_language(qapp, monkeypatch):
    try:
        assert i18n.install_translators(qapp, "de") == "de"
        assert QCoreApplication.translate("Results", "Yes") == "Ja"
        assert QLocale().toString(1234.56, "f", 2) == "1.234,56"
        assert i18n.install_translators(qapp, "en") == "en"
        assert QCoreApplication.translate("Results", "Yes") == "Yes"
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German,
                                                                            QLocale.Country.Austria)))
        assert i18n.install_translators(qapp, "system") == "de"
        assert QLocale().territory() == QLocale.Country.Austria
        assert i18n.install_translators(qapp, "fr") == "en"  # unknown: English
    finally:
        i18n.install_translators(qapp, "en")


def test_qt_own_dialog_strings_are_german_too(german):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_german_result_pages(qtbot, german):
    view = make_view(qtbot)
    s, a = example("five")
    view.risk.run_bar.trials.setValue(1000)
    with qtbot.waitSignal(view.riskChanged, timeout=30_000):
        view.risk.run_bar.run()
    show_every_page(qtbot, view)
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["Einsparung", "Verhandlungsmacht", "Faire Aufteilung", "Koalitionen", "Risiko", "Empfehlung",
                    "Szenarien"]
    texts = " ".join(widget_texts(view)).replace("\n", " ")
    for phrase in ("Gemeinsamer Einkauf spart", "Simulation starten", "Keine Gruppe allein besser",
                   "Shapley-Wert", "Größter Einwand", "Je Einheit im Pool", "Szenario duplizieren"):
        assert phrase in texts
    model = view.savings.model
    alone = model.data(model.index(0, 1), RAW)
    assert model.data(model.index(0, 1)) == f"{alone:,.2f}".replace(",", "x").replace(".", ",").replace("x", ".") \
        + "\u00a0€"  # e.g. 902.700,00 €
    assert format_money(a.savings.savings, "EUR", "de", 0) in view.savings.headline.text()  # 1.858.950 €
    assert format_money(a.savings.savings, "EUR", "de", 0).endswith(".950\u00a0€")
    words = " ".join(chart_texts(view))
    assert "Mio.\u00a0€" in words and "Kapitalwert" in words and "Gesamter Pool" in words
    for english in ("Buying together", "Run simulation", "Savings per partner", "Net present value"):
        assert english not in texts + words


def test_switching_language_redraws_the_open_pages(qtbot, qapp):
    view = make_view(qtbot)
    try:
        i18n.install_translators(qapp, "de")
        QApplication.processEvents()
        assert view.tabs.tabText(0) == "Einsparung"
        assert "Gemeinsamer Einkauf spart" in view.savings.headline.text()
    finally:
        i18n.install_translators(qapp, "en")
        QApplication.processEvents()
    assert view.tabs.tabText(0) == "Savings"


def test_the_compiled_translation_is_up_to_date():
    r = subprocess.run([sys.executable, str(ROOT / "resources" / "translations" / "build.py"), "--check"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_string_of_the_result_pages_has_a_german_translation():
    ts = (ROOT / "resources" / "translations" / "coopcalc_de.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert ts.count("<message") > 100
