"""Template → fill in → import: round trip, every problem named by sheet and cell, hostile files
refused before openpyxl parses them, and a failed import that changes nothing."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from test_exchange_helpers import example

from coop_calc.errors import ValidationError
from coop_calc.exchange import safe_xlsx
from coop_calc.exchange.importer import import_workbook
from coop_calc.exchange.template import write_template
from coop_calc.parse import scenario_to_dict
from coop_calc.scenario_io import load_scenario


@pytest.fixture(scope="module")
def base():
    return load_scenario(example())


@pytest.fixture(scope="module")
def template(base, tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "template.xlsx"
    write_template(base, path)
    return path


def _edit(template, tmp_path, edits: dict[str, dict[str, object]], name="filled.xlsx"):
    wb = openpyxl.load_workbook(template)
    for sheet, cells in edits.items():
        for ref, value in cells.items():
            wb[sheet][ref] = value
    out = tmp_path / name
    wb.save(out)
    return out


def _problems(base, path) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        import_workbook(base, path)
    return {p.place: p.reason for p in err.value.problems}


def test_untouched_template_imports_to_the_same_scenario(base, template):
    assert scenario_to_dict(import_workbook(base, template)) == scenario_to_dict(base)


def test_template_layout(base, template):
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == ["Quotes", "Demand", "Instructions"]
    q = wb["Quotes"]
    assert [q.cell(3, c).value for c in (1, 3, 4, 5, 9, 10)] == ["Item id", "Supplier", "Schedule",
                                                                 "Fixed fee per order", "Tier 1 from", "Tier 1 unit price"]
    assert q["A4"].value == base.quotes[0].item_id and q["J4"].value == base.quotes[0].tiers[0].unit_price
    d = wb["Demand"]
    assert [d.cell(3, c).value for c in range(3, 3 + len(base.items))] == base.item_ids()
    assert d["A4"].value == base.partners[0].id and d["C4"].value == base.demand[(base.partners[0].id, base.items[0].id)]


def test_filled_in_template_gives_a_new_scenario(base, template, tmp_path):
    before = scenario_to_dict(base)
    path = _edit(template, tmp_path, {
        "Demand": {"C4": 9, "D5": None},  # hartmann needs 9 cobots; kessler no IoT kits
        "Quotes": {"J4": 31500, "A12": "iot", "C12": "Newcomer Sensors", "D12": "incremental", "E12": 500,
                   "I12": 1, "J12": 1400, "K12": 100, "L12": 1000, "H12": "2027-06-30"},
    })
    new = import_workbook(base, path)
    p0, p1 = base.partners[0].id, base.partners[1].id
    assert new.demand[(p0, "cobot")] == 9 and (p1, "iot") not in new.demand
    assert new.quotes[0].id == base.quotes[0].id and new.quotes[0].tiers[0].unit_price == 31500
    added = new.quotes[-1]
    assert (added.id, added.supplier, added.schedule, added.fixed_fee, added.valid_until) == (
        "iot-newcomer-sensors", "Newcomer Sensors", "incremental", 500, "2027-06-30")
    assert [(t.min_quantity, t.unit_price) for t in added.tiers] == [(1, 1400), (100, 1000)]
    assert scenario_to_dict(base) == before  # the input scenario is untouched


@pytest.mark.parametrize("edits, place, words", [
    ({"Demand": {"C4": -3}}, "Demand!C4", "must not be negative"),
    ({"Demand": {"D5": "twelve"}}, "Demand!D5", "must be a number, not text"),
    ({"Demand": {"G3": "robot"}}, "Demand!G3", "unknown item 'robot'"),
    ({"Demand": {"F3": "cobot"}}, "Demand!F3", "duplicate"),
    ({"Demand": {"A9": "nobody", "C9": 1}}, "Demand!A9", "unknown partner 'nobody'"),
    ({"Demand": {"A9": "kessler", "C9": 1}}, "Demand!A9", "duplicate"),
    ({"Demand": {"C4": "=2*3"}}, "Demand!C4", "formula"),
    ({"Demand": {"A3": "Firm"}}, "Demand!A3", "expected the header 'Partner id'"),
    ({"Quotes": {"A5": "robot"}}, "Quotes!A5", "unknown item 'robot'"),
    ({"Quotes": {"A12": "cobot", "C12": "robotech automation", "I12": 1, "J12": 9}}, "Quotes!C12", "duplicate"),
    ({"Quotes": {"J6": "cheap"}}, "Quotes!J6", "must be a number, not text"),
    ({"Quotes": {"E4": -1}}, "Quotes!E4", "must not be negative"),
    ({"Quotes": {"K4": 0}}, "Quotes!K4", "must start above the previous tier"),
    ({"Quotes": {"L4": None}}, "Quotes!L4", "tier 2 unit price is missing"),
    ({"Quotes": {"D4": "bulk"}}, "Quotes!D4", "all_units or incremental"),
    ({"Quotes": {"F4": 5, "G4": 3}}, "Quotes!G4", "below the minimum order"),
    ({"Quotes": {"F4": 2.5}}, "Quotes!F4", "whole number"),
    ({"Quotes": {"H4": "next spring"}}, "Quotes!H4", "use a date"),
    ({"Quotes": {"C4": None}}, "Quotes!C4", "supplier is missing"),
    ({"Quotes": {"A12": "iot", "C12": "Nobody"}}, "Quotes!I12", "at least one price tier"),
])
def test_every_problem_names_sheet_and_cell(base, template, tmp_path, edits, place, words):
    problems = _problems(base, _edit(template, tmp_path, edits))
    assert place in problems, problems
    assert words in problems[place]
    assert all("!" in p for p in problems)


def test_all_problems_are_reported_at_once(base, template, tmp_path):
    problems = _problems(base, _edit(template, tmp_path, {"Demand": {"C4": -1, "D4": "x"}, "Quotes": {"E5": -2}}))
    assert {"Demand!C4", "Demand!D4", "Quotes!E5"} <= set(problems)


def test_item_with_demand_but_no_quote_left(base, template, tmp_path):
    wb = openpyxl.load_workbook(template)
    ws = wb["Quotes"]
    for r in range(4, 11):
        if ws.cell(r, 1).value == "am":
            for c in range(1, ws.max_column + 1):
                ws.cell(r, c).value = None
    wb.save(tmp_path / "no-am.xlsx")
    problems = _problems(base, tmp_path / "no-am.xlsx")
    assert any("'am'" in reason and "no quote" in reason for reason in problems.values())


def test_failed_import_changes_nothing(base, template, tmp_path):
    before = scenario_to_dict(base)
    path = _edit(template, tmp_path, {"Demand": {"C4": 99, "D4": -1}})
    data = path.read_bytes()
    with pytest.raises(ValidationError):
        import_workbook(base, path)
    assert scenario_to_dict(base) == before and path.read_bytes() == data


# -- hostile files --------------------------------------------------------------------------------

def _zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return path


def _reason(base, path) -> str:
    with pytest.raises(ValidationError) as err:
        import_workbook(base, path)
    return err.value.problems[0].reason


def test_not_a_zip(base, tmp_path):
    p = tmp_path / "fake.xlsx"
    p.write_text("Item id;Supplier\ncobot;X\n")
    assert "not a zip archive" in _reason(base, p)


def test_zip_that_is_no_workbook(base, tmp_path):
    assert "not an Excel workbook" in _reason(base, _zip(tmp_path / "z.xlsx", [("hello.txt", "hi")]))


def test_too_many_entries(base, tmp_path):
    entries = [("[Content_Types].xml", "<x/>"), ("xl/workbook.xml", "<x/>")]
    entries += [(f"xl/junk/{i}.xml", "") for i in range(safe_xlsx.MAX_ENTRIES)]
    assert "zip bomb" in _reason(base, _zip(tmp_path / "many.xlsx", entries))


def test_zip_bomb_refused_before_decompression(base, tmp_path):
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("xl/workbook.xml", "<x/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as f:  # 120 MB of zeros, about 120 KB packed
            chunk = b"\0" * 2**20
            for _ in range(120):
                f.write(chunk)
    assert p.stat().st_size < 2**20
    assert "zip bomb" in _reason(base, p)


def test_too_large_file(base, template, tmp_path, monkeypatch):
    monkeypatch.setattr(safe_xlsx, "MAX_FILE_BYTES", 1000)
    assert "at most" in _reason(base, template)


def test_entity_expansion_is_refused(base, template, tmp_path):
    """A billion-laughs DTD inside a worksheet: defusedxml refuses it, the import reports it."""
    assert safe_xlsx.defused()
    src = zipfile.ZipFile(template)
    out = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                dtd = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                       b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                data = dtd + body.replace(b"<t>cobot</t>", b"<t>&lol2;</t>", 1)
                assert b"&lol2;" in data
            z.writestr(info, data)
    reason = _reason(base, out)
    assert "could not be read" in reason and "XML bomb" in reason


def test_import_refuses_to_run_without_defusedxml(base, template, monkeypatch):
    from openpyxl import xml

    monkeypatch.setattr(xml, "DEFUSEDXML", False)
    with pytest.raises(RuntimeError, match="defusedxml"):
        import_workbook(base, template)


def test_missing_sheet(base, template, tmp_path):
    wb = openpyxl.load_workbook(template)
    del wb["Demand"]
    wb.save(tmp_path / "nodemand.xlsx")
    with pytest.raises(ValidationError) as err:
        import_workbook(base, tmp_path / "nodemand.xlsx")
    assert err.value.problems[0].place == "Demand"


def test_missing_file(base, tmp_path):
    assert "does not exist" in _reason(base, tmp_path / "nope.xlsx")


def test_rows_beyond_the_cap_are_reported(base, template, tmp_path, monkeypatch):
    from coop_calc.exchange import importer

    monkeypatch.setitem(importer.MAX_ROWS, "Demand", 6)
    problems = _problems(base, template)  # the template lists 5 partners in rows 4–8
    assert any(p.startswith("Demand!A7") and "more than" in r for p, r in problems.items())


# ---- hostile and unusual workbooks (issue 11) -----------------------------------------------------

DATA = __import__("pathlib").Path(__file__).resolve().parent / "data"


def _rewrite(template, out, replace: dict[str, bytes | None], level: int = 6):
    """A copy of ``template`` with some parts replaced (None: left out)."""
    src = zipfile.ZipFile(template)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for info in src.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    z.writestr(info.filename, replace[info.filename])
            else:
                z.writestr(info, src.read(info.filename))
        for name, data in replace.items():
            if data is not None and name not in src.namelist():
                z.writestr(name, data)
    return out


def test_huge_shared_strings_part_is_refused_from_the_zip_directory(base, template, tmp_path):
    """The reported case: a workbook of about 565 KB whose sharedStrings part expands to 97 MB (a
    ratio below the general zip-bomb limit) is refused before openpyxl reads it."""
    pad = b"Kessler Anlagentechnik " * 8
    count = 97 * 2**20 // (len(pad) + 24)
    body = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" count="%d" uniqueCount="%d">' % (count, count))
    body += b"".join(b"<si><t>%s%d</t></si>" % (pad, i // 5) for i in range(count)) + b"</sst>"
    out = _rewrite(template, tmp_path / "strings.xlsx", {"xl/sharedStrings.xml": body}, level=9)
    info = zipfile.ZipFile(out).getinfo("xl/sharedStrings.xml")
    assert out.stat().st_size < 2**20 and info.file_size > 90 * 2**20
    assert info.file_size < safe_xlsx.MAX_RATIO * info.compress_size  # passes the general ratio check
    reason = _reason(base, out)
    assert "sharedStrings" in reason and "MB" in reason and "decompression bomb" in reason


def test_shared_strings_are_counted_while_streaming(base, template, tmp_path, monkeypatch):
    body = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + b"<si><t>x</t></si>" * 9 + b"</sst>"
    out = _rewrite(template, tmp_path / "strings.xlsx", {"xl/sharedStrings.xml": body})
    assert import_workbook(base, out) is not None  # nine texts are fine
    monkeypatch.setattr(safe_xlsx, "MAX_SHARED_STRINGS", 5)
    assert "more than 5 texts" in _reason(base, out)


def test_merged_cells_in_the_demand_area_are_refused_with_their_range(base, template, tmp_path):
    wb = openpyxl.load_workbook(template)
    wb["Demand"].merge_cells("C5:D5")  # would silently drop D5's demand
    wb["Quotes"].merge_cells("A1:C1")  # the title row: harmless, not reported
    wb.save(tmp_path / "merged.xlsx")
    problems = _problems(base, tmp_path / "merged.xlsx")
    assert "Demand!C5:D5" in problems and "merged" in problems["Demand!C5:D5"]
    assert not any(p.startswith("Quotes!A1") for p in problems)


def test_excel_encrypted_workbook_has_its_own_message(base):
    reason = _reason(base, DATA / "excel-encrypted.xlsx")  # a real agile-encrypted OOXML package
    assert "protected with a password" in reason and "not a zip" not in reason


def test_old_xls_is_named(base, tmp_path):
    p = tmp_path / "old.xlsx"
    p.write_bytes(safe_xlsx.CFB_MAGIC + b"\0" * 600)
    assert "97–2003" in _reason(base, p)


def test_part_missing_from_the_archive_is_named(base, template, tmp_path):
    out = _rewrite(template, tmp_path / "partless.xlsx", {"xl/worksheets/sheet2.xml": None})
    with pytest.raises(ValidationError) as err:
        import_workbook(base, out)
    text = str(err.value)
    assert "xl/worksheets/sheet2.xml" in text and "missing from the archive" in text


def test_formula_without_a_cached_value_is_described(base, template, tmp_path):
    out = _edit(template, tmp_path, {"Demand": {"C4": "=2*3", "A5": "=LOWER(\"KESSLER\")"}})
    problems = _problems(base, out)  # openpyxl stores formulas without results
    assert "=2*3" in problems["Demand!C4"] and "no result" in problems["Demand!C4"]
    assert "partner id" in problems["Demand!A5"] and "no result" in problems["Demand!A5"]


def test_import_command_lists_every_problem(base, template, tmp_path, capsys):
    from coop_calc.cli import main

    out = _edit(template, tmp_path, {"Demand": {"C4": -1, "D4": "lots", "E5": -2}, "Quotes": {"A4": "nope"}})
    assert main(["import", str(example()), str(out), "--out", str(tmp_path / "n.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: 4 problems")
    for place in ("Demand!C4", "Demand!D4", "Demand!E5", "Quotes!A4"):
        assert place in err
    assert not (tmp_path / "n.json").exists()


def test_a_row_with_more_cells_than_excel_allows_is_refused(base, template, tmp_path):
    """openpyxl builds a whole row in memory even when only its first columns are read."""
    src = zipfile.ZipFile(template).read("xl/worksheets/sheet2.xml")  # Demand
    cells = b"".join(b'<c r="A4" t="n"><v>%d</v></c>' % (i % 7) for i in range(safe_xlsx.MAX_CELLS_PER_ROW + 5))
    data = src.replace(b"</sheetData>", b'<row r="900">' + cells + b"</row></sheetData>", 1)
    assert data != src
    out = _rewrite(template, tmp_path / "wide.xlsx", {"xl/worksheets/sheet2.xml": data})
    reason = _reason(base, out)
    assert "more than 16,384 cells" in reason and "'Demand'" in reason
