"""Name scan of every anonymised output: workbook (every XML part: cells, sheet names, chart titles,
defined names, properties), PDF report (pdftotext), scenario JSON, compute JSON, chart images (SVG
text) and the screen/presentation view — on pools whose texts carry partner names in odd spellings."""

from __future__ import annotations

import io
import itertools
import json
import shutil

import matplotlib
import pytest
from confidential_pools import SECRETS, fold, pool
from test_exchange_helpers import fake_risk, pdf_text, xml_parts

from coop_calc.analysis import analyse
from coop_calc.anonymous import anonymised, anonymised_analysis
from coop_calc.charts import savings as screen_charts
from coop_calc.cli import main
from coop_calc.exchange import figures
from coop_calc.exchange.anonymise import anonymisation_findings, anonymise_scenario, redact
from coop_calc.exchange.anonymous_export import RiskyTexts, export_anonymised
from coop_calc.exchange.report import write_report
from coop_calc.model import Project
from coop_calc.output import compute_json
from coop_calc.scenario_io import project_from_json, save_project


def _leaks(text: str) -> list[str]:
    t = fold(text)
    return [w for w in SECRETS if w in t]


def _svg_text(fig) -> str:
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buf, format="svg")
    return buf.getvalue()


@pytest.fixture(scope="module")
def five():
    s = pool(5)
    return s, analyse(s)


def test_the_pool_really_carries_names(five):
    s, _ = five
    named = " ".join([s.meta.name, s.meta.description, *(it.name for it in s.items), *(it.category for it in s.items),
                      *(q.supplier for q in s.quotes)])
    assert {"kessler", "hartmann", "mueller", "weber", "schaefer"} <= set(_leaks(named))


@pytest.mark.parametrize("text, expected", [
    ("Pool of Hartmann Maschinenbau, KESSLER, Mueller, Weber and Schäfer",
     "Pool of Partner B, Partner A, Partner C, Partner D and Partner E"),
    ("MES seat (KESSLER Anlagentechnik GmbH spec)", "MES seat (Partner A spec)"),
    ("Cobot for Hart\u00admann\u2013Maschinenbau", "Cobot for Partner B"),
    ("IoT retrofit kit (Mueller\u00a0 Präzision line)", "IoT retrofit kit (Partner C line)"),
    ("MÜLLER PRÄZISION AG", "Partner C"),
    ("Mu\u0308ller", "Partner C"),
    ("3D printer hours at ＷＥＢＥＲ", "3D printer hours at Partner D"),
    ("Sensa GmbH for schäfer  elektronik", "Sensa GmbH for Partner E"),
    ("Schaefer", "Partner E"),
    ("Hartmanns Werk", "Partner B Werk"),
    ("Kessler’s MES vendor", "Partner A's MES vendor"),
    ("RoboTech Automation c/o Hartmann", "RoboTech Automation c/o Partner B"),
    ("Maschinenbau retrofit", "Maschinenbau retrofit"),  # a trade word alone is not replaced …
    ("GmbH & Co. KG", "GmbH & Co. KG"),
])
def test_redact_any_spelling(five, text, expected):
    s, _ = five
    assert redact(text, s) == expected


def test_findings_name_what_cannot_be_cleaned(five):
    s, _ = five
    assert anonymisation_findings(s) == []  # every name in the pool's texts can be replaced safely
    import dataclasses
    risky = dataclasses.replace(s, items=(dataclasses.replace(s.items[0], name="Cobot for the Hartmannhalle"),
                                          dataclasses.replace(s.items[1], category="Maschinenbau"),
                                          dataclasses.replace(s.items[2], unit="seats for 230 Mitarbeiter"),
                                          dataclasses.replace(s.items[3], name="Gießerei hours")))
    found = {(f.place, f.term) for f in anonymisation_findings(risky)}
    assert ("Item 'Cobot for the Hartmannhalle' › name", "hartmann") in found
    assert ("Item 'IoT retrofit kit (Mueller\u00a0 Präzision line)' › category", "maschinenbau") in found
    assert any(term == "230" for _, term in found)  # Müller's head count
    assert any(term == "giesserei" for _, term in found)  # Weber's sector, and Weber's alone
    with pytest.raises(RiskyTexts) as e:
        export_anonymised(risky, json_path=None, xlsx_path=None)
    assert "Hartmannhalle" in e.value.summary()


def test_anonymised_workbook_json_and_report_name_no_partner(five, tmp_path):
    s, a = five
    export_anonymised(a, tmp_path / "anon.xlsx", tmp_path / "anon.coop.json", risk=fake_risk(s))
    parts = xml_parts(tmp_path / "anon.xlsx")
    for name, part in parts.items():
        assert not _leaks(part), (name, _leaks(part))
    assert any("Partner B" in p for p in parts.values())
    js = (tmp_path / "anon.coop.json").read_text(encoding="utf-8")
    assert not _leaks(js), _leaks(js)
    anon = project_from_json(js).scenarios[0]
    assert [it.id for it in anon.items] == ["cobot", "iot", "item-1", "am"]  # 'mes-kessler' renamed
    d, d2 = compute_json(a), compute_json(analyse(anon))
    assert d2["savings"] == d["savings"] and d2["splits"]["shapley"]["cost"] == d["splits"]["shapley"]["cost"]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF report is not scanned")
    write_report(a, tmp_path / "anon.pdf", anonymise=True, risk=fake_risk(s))
    text = pdf_text(tmp_path / "anon.pdf")
    assert "Partner A" in text and not _leaks(text), _leaks(text)
    write_report(a, tmp_path / "named.pdf", risk=fake_risk(s))
    assert "hartmann" in _leaks(pdf_text(tmp_path / "named.pdf"))  # the scan finds names when they are there


def test_chart_images_and_screen_view_name_no_partner(five):
    s, a = five
    for fn in (figures.cost_alone_vs_pooled, figures.split_comparison, figures.item_costs):
        svg = _svg_text(fn(a, anonymise=True))
        assert not _leaks(svg), (fn.__name__, _leaks(svg))
    assert "hartmann" in _leaks(_svg_text(figures.item_costs(a)))
    # the result pages and presentation mode show coop_calc.anonymous' copies: the same cleaning
    shown = anonymised(s)
    view = anonymised_analysis(a, shown)
    assert shown == anonymise_scenario(s)
    assert not _leaks(json.dumps(compute_json(view, anonymous=True), ensure_ascii=False))
    for fn in (screen_charts.cost_per_partner, screen_charts.pool_waterfall):
        svg = _svg_text(fn(view))
        assert not _leaks(svg), (fn.__name__, _leaks(svg))


def test_cli_refuses_risky_texts_unless_accepted(five, tmp_path, capsys):
    import dataclasses
    s, _ = five
    risky = dataclasses.replace(s, items=(dataclasses.replace(s.items[0], name="Cobot for the Hartmannhalle"),
                                          *s.items[1:]))
    path = tmp_path / "pool.coop.json"
    save_project(path, Project((risky,)))
    out = tmp_path / "anon.xlsx"
    assert main(["export", str(path), "--xlsx", str(out), "--anonymise"]) == 1
    err = capsys.readouterr().err
    assert "Hartmannhalle" in err and "--accept-risky" in err and not out.exists()
    assert main(["export", str(path), "--xlsx", str(out), "--json", str(tmp_path / "a.json"), "--anonymise",
                 "--accept-risky"]) == 0
    assert "warning" in capsys.readouterr().err and out.exists()
    assert main(["compute", str(path), "--json", "--anonymise"]) == 0
    printed = capsys.readouterr()
    assert "Hartmannhalle" in printed.err  # warned, and printed as accepted text …
    assert [w for w in _leaks(printed.out) if w != "hartmann"] == []  # … but nothing else leaks


def test_key_word_replaced_other_name_words_reported():
    from coop_calc.exchange.redaction import Redactor
    from coop_calc.model import Partner

    r = Redactor([(Partner(id="vogel", name="Vogel Automotive Components GmbH"), "Partner A"),
                  (Partner(id="zimmermann", name="Zimmermann Automotive Systems AG"), "Partner B")],
                 author="Dr. Anna Vogelsang")
    assert r.clean("Cobot components for Vogel Automotive Components, ZIMMERMANN-Automotive") == \
        "Cobot components for Partner A, Partner B"
    assert r.clean("Sensor systems by Anna Vogelsang") == "Sensor systems by coordinator"
    found = {f.term: f.reason for f in r.findings("Components kit (Automotive line)", "Item 'x' › name")}
    assert "of Partner A's name (and of no other)" in found["components"]  # reported, not replaced
    assert "several partners' names" in found["automotive"]
    assert r.findings("Sensor systems, GmbH", "x") == []  # fillers identify no one


_SPELLINGS = {
    "upper": str.upper, "lower": str.lower,
    "nbsp": lambda t: t.replace(" ", "\u00a0"), "double": lambda t: t.replace(" ", "  "),
    "dash": lambda t: t.replace(" ", "\u2013"), "soft": lambda t: t[:3] + "\u00ad" + t[3:],
    "zwsp": lambda t: t[:2] + "\u200b" + t[2:],
    "fullwidth": lambda t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t),
    "translit": lambda t: t.replace("ü", "ue").replace("ä", "ae").replace("ö", "oe").replace("ß", "ss"),
    "nodots": lambda t: t.replace("ü", "u").replace("ä", "a").replace("ö", "o"),
    "decomposed": lambda t: __import__("unicodedata").normalize("NFD", t),
}


@pytest.mark.parametrize("name", ["Kessler Anlagentechnik GmbH", "Hartmann Maschinenbau GmbH & Co. KG",
                                  "Müller Präzision AG", "Weber Gießerei GmbH", "Schäfer Elektronik KG"])
def test_any_spelling_of_any_name_is_cleaned(five, name):
    """Every combination of two spellings of every name (and of its key word alone), inside a sentence."""
    s, _ = five
    key = name.split()[0]
    for a, b in itertools.combinations_with_replacement(sorted(_SPELLINGS), 2):
        for form in (name, key):
            spelt = _SPELLINGS[b](_SPELLINGS[a](form))
            out = redact(f"Cobot (for {spelt} line)", s)
            assert not _leaks(out), (a, b, spelt, out)
            assert out.startswith("Cobot (for Partner ") and out.endswith(" line)"), (a, b, spelt, out)


def test_a_name_without_key_word_is_still_replaced_whole():
    from coop_calc.exchange.redaction import Redactor
    from coop_calc.model import Partner

    r = Redactor([(Partner(id="ab-sys", name="AB Systems GmbH"), "Partner A"),
                  (Partner(id="kessler", name="Kessler GmbH"), "Partner B")])
    assert r.clean("Gateway for AB\u00a0SYSTEMS GmbH and ab-sys") == "Gateway for Partner A and Partner A"
    assert r.clean("Sensor systems GmbH") == "Sensor systems GmbH"
