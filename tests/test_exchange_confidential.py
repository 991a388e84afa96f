"""Confidential statements name no other partner; anonymised exports name no partner at all."""

from __future__ import annotations

import json
import re

import openpyxl
import pytest
from test_exchange_helpers import NO_PDFTOTEXT, example, fake_risk, pdf_text, xml_parts

from coop_calc.analysis import analyse
from coop_calc.exchange.anonymise import anonymise_scenario, redact
from coop_calc.exchange.anonymous_export import export_anonymised
from coop_calc.exchange.formatting import format_money
from coop_calc.exchange.results import results
from coop_calc.exchange.statements import statement_document, write_statements
from coop_calc.money import cents
from coop_calc.output import compute_json
from coop_calc.scenario_io import load_scenario, project_from_json


@pytest.fixture(scope="module")
def pool():
    a = analyse(load_scenario(example()))
    return a, compute_json(a)


@pytest.fixture(scope="module")
def statements(pool, tmp_path_factory):
    a, _ = pool
    folder = tmp_path_factory.mktemp("statements")
    paths = write_statements(a, folder, risk=fake_risk(a.scenario), date="2026-11-24")
    return folder, paths


def _identity(s, j) -> list[str]:
    p = s.partners[j]
    return [p.name, p.id, s.alias_of(j), p.name.split()[0]]


def _numbers_of(d, j, lang="en") -> set[float]:
    """Amounts that belong to partner j alone: its costs, purchases and shares under every rule."""
    p = d["partners"][j]
    vals = {p["standalone_cost"]} | {x["cost"] for x in p["standalone_purchases"]}
    for sp in d.get("splits", {}).values():
        vals |= {sp["cost"][j], sp["savings"][j]}
    return {v for v in vals if abs(v) >= 1000}


def _xml_number(v: float) -> str:
    return rf"<v>{re.escape(repr(float(v)).removesuffix('.0'))}(\.0)?</v>"


def test_statement_files_for_every_partner(pool, statements):
    a, _ = pool
    folder, paths = statements
    assert [p.name for p in paths] == [f"statement-{p.id}.{ext}" for p in a.scenario.partners for ext in ("xlsx", "pdf")]


def test_no_other_partner_in_any_statement(pool, statements):
    a, d = pool
    s = a.scenario
    folder, _ = statements
    for i, me in enumerate(s.partners):
        own = _numbers_of(d, i)
        shared = {v for x in d["items"] for v in (x["cost"], x["standalone_cost"], x["savings"])} | {
            d["pooled_cost"], d["savings"], d["total_standalone_cost"]}
        parts = xml_parts(folder / f"statement-{me.id}.xlsx")
        blob = "\n".join(parts.values())
        pdf = pdf_text(folder / f"statement-{me.id}.pdf")
        doc_text = statement_document(results(a), i, risk=fake_risk(s)).all_text()
        assert me.name in blob and me.name in doc_text
        for j in range(s.n):
            if j == i:
                continue
            for word in _identity(s, j):
                assert word.lower() not in blob.lower(), f"{word!r} in {me.id}'s workbook"
                assert word.lower() not in doc_text.lower(), f"{word!r} in {me.id}'s PDF pages"
                if pdf is not None:
                    assert word.lower() not in pdf.lower(), f"{word!r} in {me.id}'s PDF"
            for v in _numbers_of(d, j) - own - shared:
                assert not re.search(_xml_number(v), blob), f"{v} of partner {j} in {me.id}'s workbook"
                if pdf is not None:
                    assert format_money(v, "EUR", "en").replace("\u00a0", " ") not in pdf
        # volumes: the only per-partner quantities in the workbook are the partner's own needs
        ws = openpyxl.load_workbook(folder / f"statement-{me.id}.xlsx")["Statement"]
        head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 3).value == "Your need")
        needs = []
        for r in range(head + 1, ws.max_row + 1):
            if ws.cell(r, 3).value is None:
                break
            needs.append(ws.cell(r, 3).value)
        assert needs == [x["need"] for x in d["partners"][i]["standalone_purchases"]]
    if pdf is None:
        pytest.skip(NO_PDFTOTEXT + " (the workbooks and the PDF pages' own text were)")


def test_statement_shows_own_results_and_pool_aggregates(pool, statements):
    a, d = pool
    folder, _ = statements
    me = a.scenario.partners[2]
    ws = openpyxl.load_workbook(folder / f"statement-{me.id}.xlsx")["Statement"]
    values = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert values["Your cost buying alone"] == d["partners"][2]["standalone_cost"]
    assert values["Your savings"] == d["splits"][d["rule"]]["savings"][2]
    assert values["Total savings of the pool"] == d["savings"]
    assert values["Partners in the pool"] == a.scenario.n
    wb = openpyxl.load_workbook(folder / f"statement-{me.id}.xlsx")
    assert me.name in wb.properties.title and wb.properties.creator == "CoopCalc"
    text = pdf_text(folder / f"statement-{me.id}.pdf")
    if text is None:
        pytest.skip(NO_PDFTOTEXT)
    assert format_money(d["splits"][d["rule"]]["savings"][2], "EUR", "en").replace("\u00a0", " ") in text


def test_anonymised_workbook_and_json_name_no_partner(pool, tmp_path):
    a, d = pool
    s = a.scenario
    export_anonymised(a, tmp_path / "anon.xlsx", tmp_path / "anon.coop.json", risk=fake_risk(s))
    parts = xml_parts(tmp_path / "anon.xlsx")
    blob = "\n".join(parts.values()).lower()
    js = (tmp_path / "anon.coop.json").read_text(encoding="utf-8").lower()
    secrets = [w for j in range(s.n) for w in (s.partners[j].name, s.partners[j].id, s.partners[j].name.split()[0],
                                               s.partners[j].sector) if w]
    secrets.append(s.meta.author)
    for word in secrets:
        assert word.lower() not in blob, f"{word!r} in the anonymised workbook"
        assert word.lower() not in js, f"{word!r} in the anonymised scenario file"
    assert "partner a" in blob and "partner-a" in js
    wb = openpyxl.load_workbook(tmp_path / "anon.xlsx")
    assert wb.properties.creator == "CoopCalc"
    # the anonymised file is a valid scenario with the very same results
    anon = project_from_json((tmp_path / "anon.coop.json").read_text(encoding="utf-8")).scenarios[0]
    d2 = compute_json(analyse(anon))
    assert d2["savings"] == d["savings"] and [p["pooled_cost_share"] for p in d2["partners"]] == [
        p["pooled_cost_share"] for p in d["partners"]]


def test_anonymise_scenario_keeps_numbers_and_scrubs_texts():
    s = load_scenario(example())
    s = s.__class__(**{**s.__dict__, "meta": s.meta.__class__(name=f"Pool of {s.partners[0].name} and KESSLER",
                                                               description="secret", author="Ms Vogel")})
    anon = anonymise_scenario(s)
    assert anon.meta.name == "Pool of Partner A and Partner B"
    assert anon.meta.description == "" and anon.meta.author == ""
    assert [p.id for p in anon.partners] == ["partner-a", "partner-b", "partner-c", "partner-d", "partner-e"]
    assert all(p.sector == "" and p.employees is None for p in anon.partners)
    assert sorted(anon.demand.values()) == sorted(s.demand.values())
    assert redact("the am plant of a partner", s) == "the am plant of a partner"  # short words untouched


def test_custom_percentages_follow_the_new_ids():
    from types import MappingProxyType

    from coop_calc.model import Sharing

    s = load_scenario(example())
    pct = {p.id: 20.0 for p in s.partners}
    s = s.__class__(**{**s.__dict__, "sharing": Sharing(rule="custom", custom_percentages=MappingProxyType(pct))})
    anon = anonymise_scenario(s)
    assert dict(anon.sharing.custom_percentages) == {f"partner-{c}": 20.0 for c in "abcde"}
    assert cents(sum(anon.sharing.custom_percentages.values())) == 100.0


def test_risk_rows_in_statement_are_the_partners_own(pool, statements):
    a, _ = pool
    folder, _ = statements
    ws = openpyxl.load_workbook(folder / f"statement-{a.scenario.partners[1].id}.xlsx")["Statement"]
    rows = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert rows["Alone"] == 2000.0 and rows["In the pool"] == 4000.0  # fake_risk: 1000·(i+1), doubled pooled
    assert json.dumps(fake_risk(a.scenario))  # the fixture is JSON-ready, like the real output
