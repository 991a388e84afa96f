"""Locale-aware numbers and the compact text form of distributions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ui.distribution_text import from_text, to_text
from ui.numbers import UnitError, format_money, format_percent, parse_number

DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize("text, locale, value", [
    ("1.234,56", DE, 1234.56), ("1234.56", DE, 1234.56), ("1234,56", DE, 1234.56), ("1.234,56 €", DE, 1234.56),
    ("12 %", DE, 12), ("−3", DE, -3), ("1,234.56", EN, 1234.56), ("€1,234.56", EN, 1234.56),
    ("1234.56", EN, 1234.56), ("1 234,5", DE, 1234.5), ("1e5", EN, 100000), (" 42 ", EN, 42),
    ("EUR 9", EN, 9), (3, EN, 3),
])
def test_parse_number(text, locale, value):
    unit = {"percent": "%" in str(text), "money": any(c in str(text) for c in "€EUR")}
    assert parse_number(text, locale, **unit) == pytest.approx(value)


@pytest.mark.parametrize("text, kind", [("5%", "percent"), ("12 %", "percent"), ("€3", "money"),
                                        ("9 EUR", "money"), ("1.234,56 €", "money")])
def test_a_unit_only_where_the_field_means_it(text, kind):
    with pytest.raises(UnitError) as e:
        parse_number(text, DE)
    assert e.value.kind == kind and "plain number" in str(e.value)
    assert parse_number(text, DE, **{kind: True}) > 0


@pytest.mark.parametrize("text", ["", "abc", "1,2,3.4.5", "nan", "inf", "1..2"])
def test_parse_number_refuses_with_a_reason(text):
    with pytest.raises(ValueError) as e:
        parse_number(text, DE)
    assert str(e.value)


def test_formats_follow_the_locale():
    assert format_money(1234.5, "EUR", DE) == "1.234,50\u00a0€"
    assert format_money(1234.5, "EUR", EN) == "€1,234.50"
    assert format_money(-20, "CHF", DE).startswith("-") and "CHF" in format_money(-20, "CHF", DE)
    assert format_money(1000, "XYZ", EN, decimals=None).startswith("XYZ")
    assert format_percent(12.5, DE) == "12,5\u00a0%"


@pytest.mark.parametrize("obj", [
    {"type": "pert", "low": 4000, "mode": 11000, "high": 15000},
    {"type": "triangular", "low": 0.5, "mode": 0.75, "high": 1},
    {"type": "uniform", "low": 0.05, "high": 0.2},
    {"type": "normal", "mean": 0.02, "sd": 0.03, "low": -0.1, "high": 0.2},
    {"type": "normal", "mean": 5, "sd": 1},
    {"type": "lognormal", "mean": 500, "sd": 150},
    {"type": "discrete", "values": [0, 1], "probabilities": [0.3, 0.7]},
    {"type": "bernoulli", "p": 0.1},
    {"type": "bernoulli", "p": 0.1, "value": 2500},
    12000,
])
@pytest.mark.parametrize("locale", [DE, EN])
def test_distribution_text_round_trip(obj, locale):
    assert from_text(to_text(obj, locale), locale) == obj


def test_distribution_text_examples_and_reasons():
    assert to_text({"type": "pert", "low": 4000, "mode": 11000, "high": 15000}, DE) == "PERT 4.000; 11.000; 15.000"
    assert from_text("pert 4000; 11000; 15000", EN)["mode"] == 11000
    assert from_text("Dreieck 1; 2; 3", DE)["type"] == "triangular"
    assert to_text({"type": "fixed", "value": 3}, EN) == "3"
    with pytest.raises(ValueError, match="PERT needs low; most likely; high"):
        from_text("PERT 1; 2", EN)
    with pytest.raises(ValueError, match="unknown distribution 'Weibull'"):
        from_text("Weibull 1; 2", EN)
    with pytest.raises(ValueError, match="Discrete value: probability"):
        from_text("Discrete 1; 2", EN)
