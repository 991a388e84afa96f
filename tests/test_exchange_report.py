"""Number formatting, chart figures and their export, the PDF meeting report and the export command."""

from __future__ import annotations

import re

import pytest
from matplotlib.figure import Figure
from test_exchange_helpers import NO_PDFTOTEXT, example, fake_risk, pdf_text

from coop_calc.analysis import analyse
from coop_calc.cli import main
from coop_calc.exchange import figures
from coop_calc.exchange.formatting import (
    excel_money_format,
    format_money,
    format_money_short,
    format_number,
    format_pct,
)
from coop_calc.exchange.report import build_report, write_report
from coop_calc.exchange.results import results
from coop_calc.output import compute_json
from coop_calc.scenario_io import load_scenario

NB = "\u00a0"


@pytest.fixture(scope="module")
def pool():
    a = analyse(load_scenario(example()))
    return a, compute_json(a)


@pytest.mark.parametrize("x, cur, lang, expected", [
    (1234.56, "EUR", "de", f"1.234,56{NB}€"),
    (1234.56, "EUR", "en", "€1,234.56"),
    (-1234.5, "EUR", "en", "-€1,234.50"),
    (1234567.891, "EUR", "de", f"1.234.567,89{NB}€"),
    (1234.56, "CHF", "en", f"CHF{NB}1,234.56"),
    (1234.56, "CHF", "de", f"1.234,56{NB}CHF"),
    (0.004, "EUR", "en", "€0.00"),
    (-0.004, "EUR", "en", "€0.00"),  # no "-0.00"
    (None, "EUR", "en", "–"),
    (float("nan"), "EUR", "de", "–"),
])
def test_format_money(x, cur, lang, expected):
    assert format_money(x, cur, lang) == expected


def test_other_formats():
    assert format_number(1234567.5, "de", 1) == "1.234.567,5"
    assert format_pct(49.0946, "de") == f"49,1{NB}%"
    assert format_money_short(1_250_000, "EUR", "en") == "€1.3M"  # half away from zero, as every amount
    assert format_number(2.5) == "3" and format_number(-2.675, "en", 2) == "-2.68"
    assert format_money_short(-300_000, "EUR", "de") == f"-300{NB}Tsd.{NB}€"
    assert excel_money_format("EUR") == '#,##0.00 "€";-#,##0.00 "€"'
    assert excel_money_format("USD") == '"$"#,##0.00;-"$"#,##0.00'
    assert excel_money_format("CHF", 0) == '#,##0 "CHF";-#,##0 "CHF"'


def test_figures_are_plain_figures_and_reuse_a_given_one(pool):
    a, _ = pool
    res = results(a)
    risk = fake_risk(a.scenario)
    for fig in (figures.cost_alone_vs_pooled(a), figures.split_comparison(a, lang="de"), figures.item_costs(res),
                figures.own_position(res, 0), figures.loss_probability(risk, a), figures.npv_histogram(risk, a, 0),
                figures.npv_histogram(risk, a, None)):
        assert isinstance(fig, Figure) and fig.axes
    mine = Figure()
    assert figures.cost_alone_vs_pooled(a, fig=mine) is mine
    assert figures.split_comparison(a, fig=mine) is mine and len(mine.axes) == 1  # cleared, not stacked
    labels = [t.get_text() for t in figures.cost_alone_vs_pooled(a, anonymise=True).axes[0].get_xticklabels()]
    assert labels[0] == "Partner A"


def test_save_figure_by_extension(pool, tmp_path):
    a, _ = pool
    fig = figures.cost_alone_vs_pooled(a)
    for ext, magic in (("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")):
        figures.save_figure(fig, tmp_path / f"chart.{ext}")
        assert (tmp_path / f"chart.{ext}").read_bytes().startswith(magic)
    with pytest.raises(ValueError, match="png"):
        figures.save_figure(fig, tmp_path / "chart.bmp")


def test_report_pages_and_numbers(pool, tmp_path):
    a, d = pool
    risk = fake_risk(a.scenario)
    doc = build_report(results(a), lang="de", risk=risk, date="2026-11-24")
    text = doc.all_text().replace(NB, " ")
    assert len(doc.pages) >= 4
    assert format_money(d["savings"], "EUR", "de").replace(NB, " ") in text
    assert "24. November 2026" in text and "Faire Aufteilung der Einsparung" in text
    assert "Risiko der Fehlinvestition" in text and a.scenario.partners[0].name in text
    write_report(a, tmp_path / "r.pdf", risk=risk, date="2026-11-24")
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and not re.search(rb"/Subtype\s*/Image", pdf)  # vectors, no bitmaps
    extracted = pdf_text(tmp_path / "r.pdf")
    if extracted is None:
        pytest.skip(NO_PDFTOTEXT)
    assert format_money(d["savings"], "EUR", "en") in extracted
    assert "Misinvestment risk" in extracted


def test_report_without_risk_has_no_risk_page_and_anonymised_names_no_one(pool):
    a, _ = pool
    text = build_report(results(a, anonymise=True)).all_text()
    assert "Misinvestment risk" not in text
    for p in a.scenario.partners:
        assert p.name not in text and p.id not in text.lower()
    assert "Partner E" in text


def test_export_command_writes_everything(tmp_path, capsys):
    import json

    s = load_scenario(example())
    (tmp_path / "risk.json").write_text(json.dumps(fake_risk(s)))
    rc = main(["export", str(example()), "--xlsx", str(tmp_path / "a.xlsx"), "--pdf", str(tmp_path / "a.pdf"),
               "--statements", str(tmp_path / "st"), "--template", str(tmp_path / "t.xlsx"),
               "--json", str(tmp_path / "s.coop.json"), "--risk", str(tmp_path / "risk.json"),
               "--no-statement-pdf"])
    assert rc == 0
    for name in ("a.xlsx", "a.pdf", "t.xlsx", "s.coop.json"):
        assert (tmp_path / name).stat().st_size > 0
    assert len(list((tmp_path / "st").glob("statement-*.xlsx"))) == s.n
    assert "wrote" in capsys.readouterr().out


def test_export_command_anonymised(tmp_path):
    assert main(["export", str(example()), "--xlsx", str(tmp_path / "a.xlsx"), "--json", str(tmp_path / "a.json"),
                 "--anonymise"]) == 0
    assert "Hartmann" not in (tmp_path / "a.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("argv, words", [
    (["export", "missing.coop.json", "--xlsx", "x.xlsx"], "does not exist"),
    (["export", str(example())], "nothing to export"),
    (["export", str(example()), "--statements", "d", "--anonymise"], "cannot be anonymised"),
])
def test_export_command_fails_with_one_line(argv, words, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and words in err and "\n" not in err


def test_import_command(tmp_path, capsys):
    from coop_calc.exchange.template import write_template

    s = load_scenario(example())
    write_template(s, tmp_path / "t.xlsx")
    assert main(["import", str(example()), str(tmp_path / "t.xlsx"), "--out", str(tmp_path / "n.coop.json")]) == 0
    assert load_scenario(tmp_path / "n.coop.json").quotes == s.quotes
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    assert main(["import", str(example()), str(tmp_path / "bad.xlsx"), "--out", str(tmp_path / "m.json")]) == 1
    assert re.search(r"error: bad\.xlsx: .*not a zip", capsys.readouterr().err)


def test_real_risk_result_feeds_every_export(pool, tmp_path):
    """The dict of coop_calc.risk.simulate (as printed by `risk --json --full`) is read as it is."""
    import json

    import openpyxl

    from coop_calc.exchange.workbook import export_workbook
    from coop_calc.risk.simulate import simulate

    a, _ = pool
    risk = json.loads(json.dumps(simulate(a.scenario, trials=400, seed=7).to_dict()))
    export_workbook(a, tmp_path / "r.xlsx", risk=risk)
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Risk"]
    rows: dict = {}
    for r in range(ws.max_row, 0, -1):  # bottom up, so the summary table (first) wins over the histogram rows
        rows[(ws.cell(r, 1).value, ws.cell(r, 2).value)] = ws.cell(r, 3).value
    first = a.scenario.partners[0].name
    assert rows[(first, "Alone")] == pytest.approx(risk["partners"][0]["standalone"]["mean_npv"])
    assert rows[(first, "In the pool")] == pytest.approx(risk["partners"][0]["pooled"]["mean_npv"])
    assert rows[("Whole pool", "In the pool")] == pytest.approx(risk["pool"]["pooled"]["mean_npv"])
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 3).value == "NPV from")
    hist = [ws.cell(r, 5).value for r in range(head + 1, ws.max_row + 1)
            if ws.cell(r, 1).value == first and ws.cell(r, 2).value == "Alone"]
    assert sum(hist) == risk["partners"][0]["standalone"]["trials"]  # histogram rows from "histograms"
