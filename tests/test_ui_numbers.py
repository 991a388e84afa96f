"""Locale-aware numbers and the compact text form of distributions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ui.distribution_text import from_text, to_text
from ui.numbers import UnitError, format_money, format_percent, parse_number, plain_number

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


# ---- numbers whose reading depends on the convention (ui/numbers.py, rules 1-5) ---------------------

from ui.models.columns import parse_user_number, reading_text  # noqa: E402
from ui.numbers import (  # noqa: E402
    AmbiguousNumber,
    ConventionConflict,
    block_convention,
    block_decimal,
    plain_form,
    read,
    reading_note,
)

#: the issue's cases: text → (value in a German interface, value in an English interface); None = refused
CASES = {
    "4.500": (4500, None), "4,500": (None, 4500), "1.200": (1200, None), "1,234": (None, 1234),
    "8.500,00": (8500, 8500), "8,500.00": (8500, 8500), "3500.5": (3500.5, 3500.5),
    "12.345,67": (12345.67, 12345.67), "1,234.56": (1234.56, 1234.56), "1.234.567": (1234567, 1234567),
    "1,234,567": (1234567, 1234567), "0,500": (0.5, 0.5), "0.500": (0.5, 0.5), "12345.678": (12345.678, 12345.678),
    "1,5": (1.5, 1.5), "1.5": (1.5, 1.5), "4500": (4500, 4500), "-4.500": (-4500, None), "-4,500": (None, -4500), ".5": (0.5, 0.5),
    "1 234,5": (1234.5, 1234.5), "€4.500": (4500, None), "4.500 €": (4500, None), "1e3": (1000, 1000),
}


@pytest.mark.parametrize("text", sorted(CASES))
@pytest.mark.parametrize("lang", [0, 1])
def test_a_convention_dependent_number_is_read_by_the_rule_or_refused(text, lang):
    locale, expected = (DE, EN)[lang], CASES[text][lang]
    money = "€" in text
    if expected is None:
        with pytest.raises(AmbiguousNumber) as e:
            parse_number(text, locale, money=money)
        other = CASES[text][1 - lang]  # read as thousands in the other language
        assert e.value.thousands == other and e.value.decimal == pytest.approx(other / 1000)
    else:
        assert parse_number(text, locale, money=money) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["1.2.3", "1,2,3.4.5", "1..2", "12.34.567", "1.234,5.6", "5.", "0.123.456",
                                  "1,234.5,6", "1.23,4"])
def test_malformed_groupings_are_refused(text):
    for locale in (DE, EN):
        with pytest.raises(ValueError):
            parse_number(text, locale)


def test_the_refusal_names_both_readings_and_how_to_type_each():
    with pytest.raises(ValueError, match=r"4\.500 could mean 4500 or 4\.5: type 4500 or 4\.5$"):
        parse_user_number("4.500", EN)
    with pytest.raises(ValueError, match=r"1\.125 could mean 1125 or 1\.125: type 1125 or 1\.1250$"):
        parse_user_number("1.125", EN)  # the decimal reading needs a fourth digit to be unambiguous
    assert plain_form(1.125, EN) == "1.1250" and plain_form(1.125, DE) == "1,1250" and plain_form(4.5, DE) == "4,5"


def test_a_reading_by_the_interface_convention_is_reported():
    assert reading_note("4.500", DE) == (4500, 4.5) and reading_note("4,500", EN) == (4500, 4.5)
    assert reading_note("4.500", EN) is None and reading_note("8.500,00", DE) is None
    assert reading_text("1.125", DE) == "1.125 read as 1125; for the decimal number type 1,1250"
    assert reading_text("4,500", EN) == "4,500 read as 4500; for the decimal number type 4.5"


def test_a_pasted_block_is_read_with_one_convention():
    german = [((0, 0), "4.500"), ((0, 1), "Kessler"), ((1, 0), "8.500,00")]
    assert block_convention(german) == ","
    with block_decimal(","):
        assert parse_number("4.500", EN) == 4500 and parse_number("1,234", EN) == 1.234
    english = [((0, 0), "4.500"), ((3, 2), "3500.5")]
    assert block_convention(english) == "."
    with block_decimal("."):
        assert parse_number("4.500", DE) == 4.5 and parse_number("1,234", DE) == 1234
    assert block_convention([((0, 0), "4.500"), ((0, 1), "12"), ((0, 2), "")]) is None
    with pytest.raises(ConventionConflict) as e:
        block_convention([((0, 0), "8.500,00"), ((0, 1), "4.500"), ((2, 1), "3500.5")])
    assert e.value.cell == (2, 1) and e.value.first == (0, 0) and e.value.text == "3500.5"
    assert block_convention([((0, 0), "1.234.567"), ((0, 1), "2,5")]) == ","  # grouping dots: German


def test_a_grouping_separator_is_never_read_as_a_decimal_sign_in_either_language():
    """Every amount as either language writes it, read in either interface: the right value, a
    refusal, or (rule 4) the interface's own thousands reading, which is reported."""
    import random

    rng = random.Random(13)
    values = [rng.choice([1, 10, 100, 1000]) * rng.randint(1, 999_999) / rng.choice([1, 1, 10, 100, 1000])
              for _ in range(3000)] + [4500, 1200, 1234, 1.125, 0.5, 12345.67]
    for x in values:
        for writer in (DE, EN):
            for d in {0, 1, 2, 3}:
                if round(x, d) != x:
                    continue
                for text in (writer.toString(float(x), "f", d), plain_number(x, writer) if d == 0 else None):
                    if text is None:
                        continue
                    for ui in (DE, EN):
                        try:
                            got = parse_number(text, ui)
                        except AmbiguousNumber:
                            continue
                        if got != pytest.approx(x):
                            assert reading_note(text, ui) == (got, x), (text, x, got)
                            assert got > x  # only a decimal sign can be misread, never a grouping one
                        r = read(text)
                        assert r.value is None or r.value == pytest.approx(x)


# ---- distributions in German words ------------------------------------------------------------------

@pytest.mark.parametrize("obj, german, english", [
    ({"type": "pert", "low": 4000, "mode": 11000, "high": 15000}, "PERT 4.000; 11.000; 15.000",
     "PERT 4,000; 11,000; 15,000"),
    ({"type": "triangular", "low": 800, "mode": 1200, "high": 2000}, "Dreieck 800; 1.200; 2.000",
     "Triangular 800; 1,200; 2,000"),
    ({"type": "uniform", "low": 0.05, "high": 0.2}, "Gleichverteilung 0,05; 0,2", "Uniform 0.05; 0.2"),
    ({"type": "normal", "mean": 0.02, "sd": 0.03, "low": -0.1, "high": 0.2}, "Normal 0,02; 0,03; -0,1; 0,2",
     "Normal 0.02; 0.03; -0.1; 0.2"),
    ({"type": "lognormal", "mean": 500, "sd": 150.5}, "Lognormal 500; 150,5", "Lognormal 500; 150.5"),
    ({"type": "discrete", "values": [0, 1], "probabilities": [0.3, 0.7]}, "Diskret 0: 0,3; 1: 0,7",
     "Discrete 0: 0.3; 1: 0.7"),
    ({"type": "bernoulli", "p": 0.1, "value": 2500}, "Bernoulli 0,1; 2.500", "Bernoulli 0.1; 2,500"),
])
def test_distributions_show_in_the_interface_language_and_read_in_both(obj, german, english):
    assert to_text(obj, DE) == german and to_text(obj, EN) == english
    assert from_text(german, DE) == obj and from_text(english, EN) == obj
    # the other language's keywords are accepted too, whatever the interface
    de_words = german.split(" ", 1)[0] + " " + english.split(" ", 1)[1]
    en_words = english.split(" ", 1)[0] + " " + german.split(" ", 1)[1]
    assert from_text(de_words, EN) == obj and from_text(en_words, DE) == obj


@pytest.mark.parametrize("text, kind", [("gleichverteilung 1; 2", "uniform"), ("Dreiecksverteilung 1; 2; 3", "triangular"),
                                        ("NORMALVERTEILUNG 1; 2", "normal"), ("diskret 1: 1", "discrete"),
                                        ("Ereignis 0,5", "bernoulli"), ("Lognormalverteilung 5; 1", "lognormal")])
def test_german_keywords(text, kind):
    assert from_text(text, DE)["type"] == kind


def test_the_numbers_of_one_distribution_are_read_with_one_convention():
    # German throughout, decided by the last number, even in an English interface
    assert from_text("PERT 4.000; 11.000; 15.000,5", EN) == {"type": "pert", "low": 4000, "mode": 11000,
                                                             "high": 15000.5}
    assert from_text("PERT 4,000; 11,000; 15,000.5", DE)["low"] == 4000
    assert from_text("PERT 4.000; 11.000; 15.000", DE)["high"] == 15000  # the German interface's grouping
    with pytest.raises(ValueError, match=r"4\.000 could mean 4000 or 4: type 4000 or 4"):
        from_text("PERT 4.000; 11.000; 15.000", EN)  # English interface: a dot is a decimal sign
    with pytest.raises(ValueError, match="different decimal signs"):
        from_text("Uniform 1.234,5; 3500.5", DE)
    with pytest.raises(ValueError, match=r"4\.500 could mean 4500 or 4\.5"):
        from_text("4.500", EN)
    with pytest.raises(ValueError, match="Triangular needs low; most likely; high"):
        from_text("Dreieck 1; 2", EN)
    with pytest.raises(ValueError, match="Normal needs mean; standard deviation"):
        from_text("Normal 1", EN)


@pytest.mark.parametrize("locale", [DE, EN])
def test_what_the_app_copies_or_puts_in_an_editor_reads_back_the_same(locale):
    """Copy (Ctrl+C) and the cell editor use plain_form: a text that reads the same in both interface
    languages (1.125 is copied as 1,1250 / 1.1250)."""
    for x in (1.125, 4.5, 4500, 1234.567, 0.125, 12.345, 999.999, -2.5, 1e6, 3500.5, 7):
        text = plain_form(x, locale)
        assert parse_number(text, locale) == pytest.approx(x), text
        assert parse_number(text, DE if locale is EN else EN) == pytest.approx(x), text  # in the other language too
    assert plain_form(1.125, DE) == "1,1250" and plain_form(4500, DE) == "4500" and plain_form(4.5, EN) == "4.5"
