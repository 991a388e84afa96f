"""Amounts in the workbooks read as a German or an English reader expects them.

The cells carry the number format (German: ``#,##0.00 [$€-407]``, the separators left to the reader's
locale as in Excel; English: ``#,##0.00 "€"``). When LibreOffice and poppler are installed, the German
pool workbook, a German statement and the German import template are rendered to PDF with a LibreOffice
profile in the German locale (de-DE) and in the English one (en-US), and the text of the PDF is read:
German shows ``3.786.450,00 €``, English ``3,786,450.00 €`` — what a German and an English Excel show.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from test_exchange_helpers import example

from coop_calc.analysis import analyse
from coop_calc.exchange.formatting import format_number
from coop_calc.exchange.results import results
from coop_calc.exchange.statements import write_statements
from coop_calc.exchange.template import write_template
from coop_calc.exchange.workbook import export_workbook
from coop_calc.output import compute_json
from coop_calc.scenario_io import load_scenario

GERMAN_MONEY = "#,##0.00 [$€-407];-#,##0.00 [$€-407]"
ENGLISH_MONEY = '#,##0.00 "€";-#,##0.00 "€"'


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The five-partner pool's workbook in both languages, Kessler's German statement and the German
    import template."""
    s = load_scenario(example())
    d = tmp_path_factory.mktemp("money")
    out = {"pool-de": d / "pool-de.xlsx", "pool-en": d / "pool-en.xlsx", "template-de": d / "template-de.xlsx"}
    a = analyse(s)
    export_workbook(a, out["pool-de"], lang="de")
    export_workbook(a, out["pool-en"], lang="en")
    write_template(s, out["template-de"], lang="de")
    paths = write_statements(results(a), d / "statements", lang="de", pdf=False)
    out["statement-de"] = next(p for p in paths if p.name == "statement-kessler.xlsx")
    return out


def _money_formats(path: Path) -> set[str]:
    wb = openpyxl.load_workbook(path)
    return {c.number_format for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool) and "€" in c.number_format}


@pytest.mark.parametrize("name, fmt", [("pool-de", GERMAN_MONEY), ("statement-de", GERMAN_MONEY),
                                       ("template-de", GERMAN_MONEY), ("pool-en", ENGLISH_MONEY)])
def test_amount_cells_carry_the_languages_format(files, name, fmt):
    formats = _money_formats(files[name])
    assert fmt in formats
    cents = {f for f in formats if ".00" in f}
    assert cents == {fmt}, cents  # every amount with cents in this one format (whole amounts may drop them)


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or poppler (pdftotext) is not installed: the rendered text is not checked")
    return exe


def _render(exe: str, locale: str, paths: list[Path], tmp: Path) -> dict[str, str]:
    """The text of each workbook rendered to PDF by LibreOffice with its locale set to ``locale``."""
    profile = tmp / f"profile-{locale}" / "user"
    profile.mkdir(parents=True)
    (profile / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry"'
        ' xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>\n</oor:items>\n", encoding="utf-8")
    out = tmp / f"pdf-{locale}"
    subprocess.run([exe, f"-env:UserInstallation={profile.parent.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, paths)], check=True, capture_output=True, timeout=300)
    texts = {}
    for p in paths:
        pdf = out / (p.stem + ".pdf")
        texts[p.stem] = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                                       text=True, timeout=60).stdout
    return texts


def test_rendered_amounts_read_german_in_german_and_english_in_english(files, tmp_path):
    exe = _soffice()
    total = compute_json(analyse(load_scenario(example())))["total_standalone_cost"]  # 3,786,450.00
    fee = load_scenario(example()).quotes[0].fixed_fee  # 4,500.00 in the template's first row
    german, english = format_number(total, "de", 2) + " €", format_number(total, "en", 2) + " €"
    paths = [files["pool-de"], files["statement-de"], files["template-de"], files["pool-en"]]
    de = _render(exe, "de-DE", paths, tmp_path)
    assert german in de["pool-de"] and german in de["pool-en"], de["pool-de"][:400]
    assert format_number(fee, "de", 2) + " €" in de["template-de"] and "31.03.2027" in de["template-de"]
    statement = de[files["statement-de"].stem]
    assert "Ihre Kosten beim Einzelkauf" in statement and ",00 €" in statement
    assert ".00 €" not in statement + de["pool-de"]
    en = _render(exe, "en-US", [files["pool-de"], files["pool-en"]], tmp_path)
    assert english in en["pool-de"] and english in en["pool-en"], en["pool-en"][:400]
    assert ",00 €" not in en["pool-en"]  # (the German workbook's sentences spell amounts German: text, not cells)
