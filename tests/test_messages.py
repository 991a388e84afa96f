"""Validation reasons in the reader's language: a Problem found once reads in English and in German,
numbers with the language's separators, nested messages translated, the user's own text untouched."""

from __future__ import annotations

import numpy as np

from coop_calc.errors import Collector, Problem, ValidationError
from coop_calc.messages import Msg, number, render


def test_numbers_follow_the_language() -> None:
    assert number(12000.0, "en") == "12,000" and number(12000.0, "de") == "12.000"
    assert number(0.25, "de") == "0,25" and number(1234.5, "de") == "1.234,5"
    assert number(float("inf"), "de") == "unendlich" and number(float("nan"), "en") == "not a number"
    assert render(np.int64(5000), "de") == "5.000"
    assert render("Müller 4.500 GmbH", "de") == "Müller 4.500 GmbH"  # the user's own text as it is


def test_one_error_reads_in_both_languages() -> None:
    c = Collector()
    for _ in range(3):
        c.add("Partner 1", Msg("invalid_input"))
    try:
        c.raise_if_any()
    except ValidationError as e:
        assert e.first_line("en") == "Partner 1: invalid input (and 2 more problems)"
        assert e.first_line("de") == "Partner 1: ungültige Eingabe (und 2 weitere Probleme)"
        assert str(e).startswith("Partner 1: invalid input")
    e = ValidationError([Problem("", Msg("invalid_input"))] * 25)
    assert e.summary(lang="de").endswith("… und 5 weitere Probleme")


def test_msg_is_a_value() -> None:
    a, b = Msg("and_n_more", n=3), Msg("and_n_more", n=3)
    assert a == b and hash(a) == hash(b) and a != Msg("and_n_more", n=4)
    assert a == "(and 3 more problems)" and "3 more" in a  # it is its English wording
    import pickle
    assert pickle.loads(pickle.dumps(a)).text("de") == "(und 3 weitere Probleme)"
    assert Msg("and_n_more", n=Msg("invalid_input")).text("de") == "(und ungültige Eingabe weitere Probleme)"


def test_a_message_made_again_is_kept_and_types_read_differently() -> None:
    """Reading a scenario names the same places on every edit: they are made once. True, 1 and 1.0 are
    equal as keys but read differently, so they are different messages."""
    assert Msg("and_n_more", n=2) is Msg("and_n_more", n=2)
    assert Msg("and_n_more", n=True).text("de") == "(und true weitere Probleme)"
    assert Msg("and_n_more", n=1.5).text("de") == "(und 1,5 weitere Probleme)"
    assert Msg("and_n_more", n=[1, 2]).text("de") == "(und 1, 2 weitere Probleme)"  # a list: not kept, still right
