"""The import template and the data-collection requests in the user's language: German (or English)
sheet names, headers, instructions, validation messages and formats; a file of either language imports
in a session of either language, and a request's code does not depend on the language."""

from __future__ import annotations

import datetime as _dt
import re

import openpyxl
import pytest
from test_exchange_helpers import example

from coop_calc.errors import ValidationError
from coop_calc.exchange.collection import Round, request_bytes
from coop_calc.exchange.collection_import import import_returned
from coop_calc.exchange.importer import import_workbook
from coop_calc.exchange.template import write_template
from coop_calc.model import Tier
from coop_calc.parse import scenario_from_dict, scenario_to_dict
from coop_calc.scenario_io import load_scenario

#: words that give away the other language in a template's own texts (not the user's data)
ENGLISH = re.compile(r"\b(Quotes|Demand|Instructions|Supplier|Schedule|Tier|from|unit price|Fill in|Item id|Partner id|"
                     r"for reference|Amounts|Valid until|Request|Your need|Enter|Use|Amount|Quantity|whole|"
                     r"[Ii]ncremental|all_units|All units)\b")
GERMAN = re.compile(r"\b(Angebote|Bedarf|Anleitung|Lieferant|Staffel\w*|Stückpreis|Kennung|Orientierung|Beträge|"
                    r"Gültig|Anfrage\w*|Bitte|Betrag|Menge|Gesamtmenge|Stufenweise|Ihr|ausfüllen|eingeben)\b")


@pytest.fixture(scope="module")
def base():
    return load_scenario(example())


@pytest.fixture(scope="module", params=["de", "en"])
def lang(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def template(base, lang, tmp_path_factory):
    path = tmp_path_factory.mktemp(f"tpl-{lang}") / "template.xlsx"
    write_template(base, path, lang=lang)
    return path


def _texts(wb) -> list[tuple[str, str]]:
    """(place, text) of every text the template writes itself: sheet names, cells, validations, title."""
    out = [("sheet name", ws.title) for ws in wb.worksheets] + [("title", wb.properties.title or "")]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.append((f"{ws.title}!{c.coordinate}", c.value))
        for dv in ws.data_validations.dataValidation:
            out += [(f"{ws.title} validation", t or "") for t in (dv.error, dv.errorTitle, dv.prompt, dv.promptTitle)]
            out.append((f"{ws.title} list", dv.formula1 or ""))
    return out


def _own(base, texts):
    """The texts without the user's data (names, ids, units, suppliers) in them."""
    data = sorted({x for x in [base.meta.name] + [p.name for p in base.partners] + [p.id for p in base.partners]
                   + [it.name for it in base.items] + [it.unit for it in base.items] + [it.id for it in base.items]
                   + [q.supplier for q in base.quotes] if x}, key=len, reverse=True)
    out = []
    for place, text in texts:
        for d in data:
            text = text.replace(d, " ")
        out.append((place, text))
    return out


def test_template_speaks_its_language_only(base, template, lang):
    wb = openpyxl.load_workbook(template)
    other = ENGLISH if lang == "de" else GERMAN
    leaks = [(place, text) for place, text in _own(base, _texts(wb)) if other.search(text)]
    assert not leaks, leaks[:5]
    if lang == "de":
        assert wb.sheetnames == ["Angebote", "Bedarf", "Anleitung"]
        q = wb["Angebote"]
        assert [q.cell(3, c).value for c in (1, 3, 4, 5, 9, 10)] == [
            "Artikel-Kennung", "Lieferant", "Staffelart", "Fixgebühr je Bestellung", "Staffel 1 ab", "Staffel 1 Stückpreis"]
        assert q["D4"].value in ("Gesamtmenge", "Stufenweise")
        assert "Beträge in EUR" in wb["Anleitung"]["A6"].value
        assert wb.properties.title.endswith("CoopCalc-Importvorlage")
    else:
        assert wb.sheetnames == ["Quotes", "Demand", "Instructions"]
        assert wb["Quotes"]["D4"].value in ("All units", "Incremental")


def test_formats_and_validations(base, template, lang):
    wb = openpyxl.load_workbook(template)
    q = wb.worksheets[0]
    money = q["E4"].number_format
    assert money == ("#,##0.00 [$€-407];-#,##0.00 [$€-407]" if lang == "de" else '#,##0.00 "€";-#,##0.00 "€"')
    assert q["J4"].number_format == money  # tier 1 unit price
    assert q["I4"].number_format == "#,##0"
    dated = next(r for r, quote in enumerate(base.quotes, start=4) if quote.valid_until)
    cell = q.cell(dated, 8)
    assert isinstance(cell.value, _dt.datetime) and cell.value.date().isoformat() == base.quotes[dated - 4].valid_until
    assert cell.number_format == ("dd.mm.yyyy" if lang == "de" else "yyyy-mm-dd")
    kinds = {dv.type: dv for dv in q.data_validations.dataValidation}
    assert set(kinds) == {"list", "decimal", "whole"}
    words = ("Gesamtmenge", "Stufenweise") if lang == "de" else ("All units", "Incremental")
    assert kinds["list"].formula1 == '"' + ",".join(words) + '"' and all(w in kinds["list"].error for w in words)
    assert "E4:E" in str(kinds["decimal"].sqref) and "F4:G" in str(kinds["whole"].sqref)
    assert (kinds["decimal"].error.startswith("Bitte") if lang == "de" else kinds["decimal"].error.startswith("Enter"))


def _fill(template, tmp_path, lang, name="filled.xlsx"):
    """Fill the template as a partner would: a new fee, a new tier, the other schedule word, a date typed
    as text the partner's way, and a changed demand cell."""
    wb = openpyxl.load_workbook(template)
    q, d = wb.worksheets[0], wb.worksheets[1]
    q["E4"] = 4321.5
    q["K4"], q["L4"] = 4, 30000.5  # tier 2 of the first quote, between tiers 1 and 3
    q["D5"] = "gesamtmenge" if lang == "de" else "all_units"  # any case, either spelling
    q["H4"] = "30.06.2028" if lang == "de" else "2028-06-30"
    d["C5"] = 9
    out = tmp_path / name
    wb.save(out)
    return out


def _expected(base):
    """What the filled template of :func:`_fill` must import as."""
    d = scenario_to_dict(base)
    q0 = d["quotes"][0]
    q0["fixed_fee"] = 4321.5
    tiers = [Tier(t["min_quantity"], t["unit_price"]) for t in q0["tiers"]]
    tiers[1] = Tier(4, 30000.5)
    q0["tiers"] = [{"min_quantity": t.min_quantity, "unit_price": t.unit_price} for t in tiers]
    q0["valid_until"] = "2028-06-30"
    d["quotes"][1]["schedule"] = "all_units"
    d["demand"].setdefault(base.partners[1].id, {})[base.items[0].id] = 9
    return scenario_from_dict(d)


def test_untouched_template_round_trips(base, template):
    assert scenario_to_dict(import_workbook(base, template)) == scenario_to_dict(base)


def test_filled_template_imports_to_the_same_scenario(base, template, lang, tmp_path):
    assert len(base.quotes[0].tiers) >= 3 and base.quotes[1].schedule == "incremental"
    got = import_workbook(base, _fill(template, tmp_path, lang))
    assert scenario_to_dict(got) == scenario_to_dict(_expected(base))


def test_problems_name_the_sheet_of_the_files_language(base, template, lang, tmp_path):
    wb = openpyxl.load_workbook(template)
    wb.worksheets[0]["D4"] = "bulk"
    wb.worksheets[1]["D4"] = -3
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError) as err:
        import_workbook(base, path)
    quotes, demand = ("Angebote", "Bedarf") if lang == "de" else ("Quotes", "Demand")
    assert {p.place for p in err.value.problems} == {f"{quotes}!D4", f"{demand}!D4"}


def test_mixed_languages_and_renamed_case_are_read(base, template, lang, tmp_path):
    """A German template whose header row an English partner retyped in English (and the other way
    round), with a sheet name in other case: still the same template."""
    wb = openpyxl.load_workbook(template)
    q = wb.worksheets[0]
    other = {"de": ["Item id", "Item (for reference)", "Supplier"], "en": ["Artikel-Kennung", "Artikel (zur Orientierung)",
                                                                          "Lieferant"]}[lang]
    for c, h in enumerate(other, start=1):
        q.cell(3, c).value = h
    upper = wb.worksheets[1].title.upper()
    wb.worksheets[1].title = "x"  # openpyxl would make the upper-case name unique against the old one
    wb.worksheets[1].title = upper
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    assert scenario_to_dict(import_workbook(base, path)) == scenario_to_dict(base)


def test_a_foreign_header_is_still_refused(base, template, tmp_path):
    wb = openpyxl.load_workbook(template)
    wb.worksheets[0].cell(3, 3).value = "Lieferant / Supplier"
    path = tmp_path / "foreign.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError) as err:
        import_workbook(base, path)
    assert [p.place for p in err.value.problems] == [f"{wb.worksheets[0].title}!C3"]


# ---- data-collection requests -----------------------------------------------------------------------

def _request(base, i, rnd, lang, tmp_path, need=None):
    path = tmp_path / f"request-{lang}-{base.partners[i].id}.xlsx"
    path.write_bytes(request_bytes(base, i, rnd, lang))
    if need is not None:
        wb = openpyxl.load_workbook(path)
        wb.worksheets[0]["D8"] = need
        wb.save(path)
    return path


def test_request_in_german_and_its_code_independent_of_language(base, tmp_path):
    rnd = Round.new()
    de = openpyxl.load_workbook(_request(base, 1, rnd, "de", tmp_path))
    en = openpyxl.load_workbook(_request(base, 1, rnd, "en", tmp_path))
    assert de.sheetnames == ["Anfrage"] and en.sheetnames == ["Request"]
    ws = de["Anfrage"]
    assert ws["A1"].value == f"Datenanfrage für {base.partners[1].name}"
    assert [ws.cell(7, c).value for c in range(1, 5)] == ["Artikel-Kennung", "Artikel", "Bedarfseinheit", "Ihr Bedarf"]
    assert (ws["A4"].value, ws["A5"].value) == ("Partner-Kennung", "Anfragecode")
    assert ws["B5"].value == en["Request"]["B5"].value == rnd.code(base.partners[1].id, base.item_ids())
    (dv,) = ws.data_validations.dataValidation
    assert dv.error.startswith("Bitte") and str(dv.sqref) == f"D8:D{7 + len(base.items)}"
    for lang, wb in (("de", de), ("en", en)):
        other = ENGLISH if lang == "de" else GERMAN
        leaks = [(p, t) for p, t in _own(base, _texts(wb)) if other.search(t)]
        assert not leaks, (lang, leaks[:5])


def test_requests_of_both_languages_import_together(base, tmp_path):
    """A German coordinator's request returned by one partner and an English one by another: both import
    (the session's language plays no part), each with its partner's new need."""
    rnd = Round.new()
    a = _request(base, 1, rnd, "de", tmp_path, need=7)
    b = _request(base, 2, rnd, "en", tmp_path, need=11)
    res = import_returned(base, rnd, [a, b])
    first = base.items[0].id
    assert res.scenario.demand[(base.partners[1].id, first)] == 7
    assert res.scenario.demand[(base.partners[2].id, first)] == 11
    assert "1 Änderung" in "\n".join(res.lines("de")) and "1 change" in "\n".join(res.lines("en"))


def test_relabelled_german_request_is_still_refused(base, tmp_path):
    rnd = Round.new()
    path = _request(base, 1, rnd, "de", tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Anfrage"]["B4"] = base.partners[0].id
    wb.save(path)
    with pytest.raises(ValidationError) as err:
        import_returned(base, rnd, [path])
    assert [str(p.place) for p in err.value.problems] == [f"{path.name} › Anfrage!B5"]


def test_a_problem_names_the_header_of_the_files_language(base, template, lang, tmp_path):
    wb = openpyxl.load_workbook(template)
    wb.worksheets[0].cell(3, 3).value = "Vendor"
    path = tmp_path / "vendor.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError) as err:
        import_workbook(base, path)
    (p,) = err.value.problems
    assert ("'Lieferant'" if lang == "de" else "'Supplier'") in p.reason
    assert p.text("de").startswith(f"{wb.worksheets[0].title}!C3: erwartet")


def test_a_missing_sheet_is_named_in_the_readers_language(base, template, tmp_path):
    wb = openpyxl.load_workbook(template)
    del wb[wb.sheetnames[1]]
    path = tmp_path / "no-demand.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError) as err:
        import_workbook(base, path)
    (p,) = err.value.problems
    assert p.text("en").startswith("Demand: ") and p.text("de").startswith("Bedarf: ")
