"""Data-collection round: request workbooks that tell a partner nothing about the others, request codes
that bind a returned file to its partner and pool, the import of all returned files at once; and the
exchange's refusals (anonymised template, a risk result of another scenario, partial exports)."""

from __future__ import annotations

import json
import re
import zipfile

import openpyxl
import pytest
from test_exchange_helpers import example, fake_risk

from coop_calc import sealed
from coop_calc.cli import main
from coop_calc.errors import ValidationError
from coop_calc.exchange.collection import Round, load_round, request_bytes, round_path, write_requests
from coop_calc.exchange.collection_import import import_returned
from coop_calc.parse import scenario_from_dict, scenario_to_dict
from coop_calc.scenario_io import load_project, load_scenario, save_project


@pytest.fixture(scope="module")
def base():
    return load_scenario(example())


@pytest.fixture
def named(base):
    """The example with partner names inside item names (full, other case, no-break space)."""
    d = scenario_to_dict(base)
    d["items"][0]["name"] = "Cobot (as specified by KESSLER ANLAGENTECHNIK GMBH)"
    d["items"][1]["name"] = "IoT kit like Hartmann\u00a0Maschinenbau  GmbH uses"
    d["meta"]["name"] = "Pool of Hartmann, Kessler and Brandt"
    return scenario_from_dict(d)


def _texts_of(path) -> str:
    """Everything readable in the package: every XML part, entities decoded, case-folded."""
    import html

    with zipfile.ZipFile(path) as z:
        return " ".join(html.unescape(z.read(n).decode("utf-8", "replace")) for n in z.namelist()).casefold()


def _all_values(path):
    wb = openpyxl.load_workbook(path)  # not read-only: hidden sheets, names, comments, properties too
    values = []
    for ws in wb.worksheets:
        values.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    values.append(c.value)
                if c.comment is not None:
                    values.append(c.comment.text)
    values += list(wb.defined_names.keys())
    for ws in wb.worksheets:
        values += list(ws.defined_names.keys())
    p = wb.properties
    values += [v for v in (p.title, p.subject, p.creator, p.keywords, p.description, p.lastModifiedBy,
                           p.category) if v]
    return wb, values


def test_request_holds_only_its_partners_rows(named, tmp_path):
    rnd, paths = write_requests(named, tmp_path / "req", tmp_path / "pool.coopround.json")
    assert [p.name for p in paths] == [f"request-{p.id}.xlsx" for p in named.partners]
    for k, (p, path) in enumerate(zip(named.partners, paths)):
        wb, values = _all_values(path)
        assert [ws.title for ws in wb.worksheets] == ["Request"] and wb.worksheets[0].sheet_state == "visible"
        strings = " ".join(str(v) for v in values).casefold()
        package = _texts_of(path)
        assert p.name.casefold() in strings  # addressed to its partner
        for j, other in enumerate(named.partners):
            if j == k:
                continue
            for ident in (other.name, other.id, named.alias_of(j), other.name.split()[0]):
                assert ident.casefold() not in strings, (p.id, ident)
                assert not re.search(rf"(?<!\w){re.escape(ident.casefold())}(?!\w)", package), (p.id, ident)
        assert named.meta.name.casefold() not in package  # the pool's name names partners: never written
        own = {named.demand.get((p.id, it.id), 0.0) for it in named.items}
        numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
        assert len(numbers) <= len(named.items) and set(numbers) <= own  # its own demand and nothing else
        for q in named.quotes:
            assert q.supplier.casefold() not in package


def test_a_text_that_would_still_name_someone_is_refused(base):
    d = scenario_to_dict(base)
    d["items"][2]["unit"] = "seats (Vogel's licence pool)"  # a name fragment the cleaning may not catch
    s = scenario_from_dict(d)
    hartmann = next(i for i, p in enumerate(s.partners) if p.id == "hartmann")
    try:
        data = request_bytes(s, hartmann, Round.new())
    except ValidationError as e:  # refused, naming the text
        assert "Item 'mes' › unit" in str(e) and "Vogel" in str(e)
    else:  # or cleaned
        import io
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert all(b"vogel" not in z.read(n).lower() for n in z.namelist())


def _fill(path, out, need: dict[str, float] | None = None, cells: dict[str, object] | None = None):
    wb = openpyxl.load_workbook(path)
    ws = wb["Request"]
    for r in range(8, ws.max_row + 1):
        iid = ws.cell(r, 1).value
        if need and iid in need:
            ws.cell(r, 4).value = need[iid]
    for ref, v in (cells or {}).items():
        ws[ref] = v
    wb.save(out)
    return out


@pytest.fixture
def round_(base, tmp_path):
    rnd, paths = write_requests(base, tmp_path / "req", tmp_path / "pool.coopround.json")
    return rnd, {p.stem.removeprefix("request-"): p for p in paths}


def test_returned_files_import_together_with_changes_per_partner(base, round_, tmp_path):
    rnd, req = round_
    a = _fill(req["kessler"], tmp_path / "k.xlsx", {"cobot": 7, "mes": None})
    b = _fill(req["brandt"], tmp_path / "b.xlsx", {})
    res = import_returned(base, rnd, [a, b])
    assert res.scenario.demand[("kessler", "cobot")] == 7 and ("kessler", "mes") not in res.scenario.demand
    assert [r.partner_id for r in res.returned] == ["kessler", "brandt"]
    kessler = res.returned[0]
    assert {(c.item_id, c.old, c.new) for c in kessler.changes} == {
        ("cobot", base.demand[("kessler", "cobot")], 7), ("mes", base.demand[("kessler", "mes")], 0.0)}
    assert res.returned[1].changes == ()
    assert {p for p, _ in res.scenario.demand} == {p for p, _ in base.demand}
    others = {k: v for k, v in base.demand.items() if k[0] != "kessler"}
    assert {k: v for k, v in res.scenario.demand.items() if k[0] != "kessler"} == others
    text = "\n".join(res.lines())
    assert "→ 7 robots" in text and "Not returned" in text and "Hartmann" in text


def test_relabelled_file_is_refused(base, round_, tmp_path):
    rnd, req = round_
    forged = _fill(req["kessler"], tmp_path / "forged.xlsx", {"cobot": 99}, {"B4": "hartmann"})
    with pytest.raises(ValidationError) as err:
        import_returned(base, rnd, [forged])
    (p,) = err.value.problems
    assert p.place == "forged.xlsx › Request!B5" and "does not match partner 'hartmann'" in p.reason


def test_changed_items_are_refused(base, round_, tmp_path):
    rnd, req = round_
    bad = _fill(req["vogel"], tmp_path / "v.xlsx", cells={"A9": "cobot"})
    with pytest.raises(ValidationError, match="items were changed"):
        import_returned(base, rnd, [bad])


def test_replay_into_another_pool_or_a_later_round_is_refused(base, round_, tmp_path):
    rnd, req = round_
    filled = _fill(req["lindner"], tmp_path / "l.xlsx", {"am": 5})
    other_pool = Round.new()  # another pool (or this pool's next round) has its own round
    with pytest.raises(ValidationError, match="another data-collection round"):
        import_returned(base, other_pool, [filled])
    # the side file: a new round replaces the old one; the old requests no longer import
    write_requests(base, tmp_path / "req2", tmp_path / "pool.coopround.json")
    with pytest.raises(ValidationError, match="earlier round"):
        import_returned(base, load_round(tmp_path / "pool.coopround.json"), [filled])


def test_every_problem_of_every_file_is_listed(base, round_, tmp_path):
    rnd, req = round_
    a = _fill(req["kessler"], tmp_path / "a.xlsx", {"cobot": -3, "iot": "viele"})
    b = _fill(req["kessler"], tmp_path / "b.xlsx", {"cobot": 2})
    c = _fill(req["brandt"], tmp_path / "c.xlsx", {"mes": 2})
    d = tmp_path / "d.xlsx"
    d.write_text("not a workbook")
    with pytest.raises(ValidationError) as err:
        import_returned(base, rnd, [a, b, c, req["kessler"], d])
    places = [p.place for p in err.value.problems]
    assert "a.xlsx › Request!D8" in places and "a.xlsx › Request!D9" in places
    assert any("second file for partner 'kessler'" in p.reason for p in err.value.problems)
    assert any("not a zip" in str(p) and "d.xlsx" in str(p) for p in err.value.problems)


def test_command_line_round(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sealed, "DEFAULT_N", 2**12)
    pw = tmp_path / "pw"
    pw.write_text("Geheim-2026!\n")
    pool = tmp_path / "pool.coop.json"
    assert main(["protect", str(example()), "--out", str(pool), "--new-password-file", str(pw)]) == 0
    assert main(["collect-requests", str(pool), "--out", str(tmp_path / "req"), "--password-file", str(pw)]) == 0
    assert (tmp_path / "pool.coopround.json").exists()
    assert oct((tmp_path / "pool.coopround.json").stat().st_mode & 0o777) == "0o600"
    back = tmp_path / "back"
    back.mkdir()
    _fill(tmp_path / "req" / "request-vogel.xlsx", back / "vogel.xlsx", {"iot": 12})
    capsys.readouterr()
    new = tmp_path / "new.coop.json"
    assert main(["collect-import", str(pool), str(back), "--out", str(new), "--password-file", str(pw)]) == 0
    out = capsys.readouterr().out
    assert "Vogel" in out and "→ 12" in out
    assert sealed.is_sealed(new.read_text())  # a protected pool stays protected
    assert load_project(new, password="Geheim-2026!").scenarios[0].demand[("vogel", "iot")] == 12
    # a file of another partner, relabelled: refused, nothing written
    _fill(tmp_path / "req" / "request-brandt.xlsx", back / "x.xlsx", cells={"B4": "vogel"})
    assert main(["collect-import", str(pool), str(back), "--out", str(tmp_path / "n2.json"),
                 "--password-file", str(pw)]) == 1
    assert "does not match" in capsys.readouterr().err and not (tmp_path / "n2.json").exists()


def test_anonymised_template_is_refused(tmp_path, capsys):
    assert main(["export", str(example()), "--template", str(tmp_path / "t.xlsx"), "--anonymise"]) == 1
    assert "collect-requests" in capsys.readouterr().err and not (tmp_path / "t.xlsx").exists()


def test_risk_of_another_scenario_is_refused(base, tmp_path, capsys):
    d = scenario_to_dict(base)
    d["demand"]["hartmann"]["cobot"] = 5
    other = scenario_from_dict(d)
    for risk, words in ((fake_risk(other), "different scenario"),
                        ({k: v for k, v in fake_risk(base).items() if k != "scenario_fingerprint"}, "names no scenario")):
        (tmp_path / "risk.json").write_text(json.dumps(risk))
        assert main(["export", str(example()), "--xlsx", str(tmp_path / "a.xlsx"), "--risk",
                     str(tmp_path / "risk.json")]) == 1
        assert words in capsys.readouterr().err and not (tmp_path / "a.xlsx").exists()


def test_export_writes_all_outputs_or_none(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.xlsx").write_bytes(b"old")
    rc = main(["export", str(example()), "--xlsx", str(out / "a.xlsx"), "--json", str(out / "s.coop.json"),
               "--statements", str(out / "st"), "--no-statement-pdf", "--pdf", str(tmp_path / "missing" / "r.pdf")])
    assert rc == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.xlsx"] and (out / "a.xlsx").read_bytes() == b"old"
    assert main(["export", str(example()), "--xlsx", str(out / "a.xlsx"), "--statements", str(out / "st"),
                 "--no-statement-pdf"]) == 0
    assert (out / "a.xlsx").read_bytes()[:2] == b"PK" and len(list((out / "st").glob("*.xlsx"))) == 5
    assert not [p for p in out.rglob("*") if p.name.endswith(".part") or p.name.startswith(".")]


def test_round_file_is_kept_beside_the_scenario(tmp_path):
    assert round_path(tmp_path / "pool.coop.json") == tmp_path / "pool.coopround.json"
    assert round_path("x/plain.json") .name == "plain.coopround.json"
    save_project(tmp_path / "pool.coop.json", load_scenario(example()))
    with pytest.raises(ValidationError, match="no data-collection round"):
        load_round(round_path(tmp_path / "pool.coop.json"))


def test_request_filled_in_libreoffice_imports(base, round_, tmp_path):
    """A partner who fills in the request with another program (here LibreOffice, which rewrites the
    whole package with shared strings): the code and layout survive."""
    import shutil
    import subprocess

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot re-save a request with another program")
    rnd, req = round_
    filled = _fill(req["vogel"], tmp_path / "in.xlsx", {"iot": 44})
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                    str(tmp_path / "lo"), str(filled)], check=True, capture_output=True, timeout=180)
    resaved = tmp_path / "lo" / "in.xlsx"
    assert b"sharedStrings" in resaved.read_bytes()
    res = import_returned(base, rnd, [resaved])
    assert [(c.item_id, c.new) for c in res.returned[0].changes] == [("iot", 44)]


def test_ordinary_words_of_a_partner_name_do_not_block_requests(base):
    """'Automotive' in Vogel Automotive Components GmbH is an ordinary word; 'Vogel' is not."""
    d = scenario_to_dict(base)
    d["items"][1]["name"] = "Automotive-grade IoT components"
    s = scenario_from_dict(d)
    assert request_bytes(s, 0, Round.new())  # Hartmann's request: no refusal
