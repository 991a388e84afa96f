"""The command line with ``--lang de`` speaks German only — in what it prints and in every file it
writes (pool workbook, meeting report PDF, statements as workbooks and PDFs, the import template, the
data requests) — apart from the user's own data; with ``--lang en`` no German word appears.

Every command runs as a user runs it (``python -m coop_calc …`` in a fresh process whose system
locale is the *other* language, so that ``--lang`` must decide). Every cell of every workbook is read
(openpyxl; sheet names, headers and footers, data-validation prompts, comments, number formats with
text, and the native charts' titles), every PDF through ``pdftotext`` (the PDF checks are skipped, with
the reason, where poppler is not installed), and checked against ``language_words``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from conftest import EXAMPLES, ROOT
from language_words import Checker, data_of, without_cli_syntax

from coop_calc.scenario_io import load_scenario

FIVE = EXAMPLES / "five-partner-pool.coop.json"
TWELVE = EXAMPLES / "twelve-partner-pool.coop.json"
PDFTOTEXT = shutil.which("pdftotext")
Texts = list[tuple[str, str]]
#: the system locale of each run: the other language, so that only --lang can make it right
SYSTEM = {"de": "en_GB.UTF-8", "en": "de_DE.UTF-8"}


def run(args: list[str], lang: str, cwd: Path, ok: bool = True) -> str:
    env = {**os.environ, "LANG": SYSTEM[lang], "LC_ALL": SYSTEM[lang], "LC_MESSAGES": SYSTEM[lang],
           "LANGUAGE": "", "COOPCALC_DEBUG": ""}
    r = subprocess.run([sys.executable, "-m", "coop_calc", *args, "--lang", lang], cwd=cwd, env=env,
                       capture_output=True, text=True, timeout=600)
    assert "Traceback" not in r.stderr, r.stderr
    if ok:
        assert r.returncode == 0, f"{args}: {r.stdout}\n{r.stderr}"
    else:
        assert r.returncode != 0, f"{args} should have failed:\n{r.stdout}"
    return r.stdout + "\n" + r.stderr


def workbook_texts(path: Path, place: str) -> Texts:
    """Every text of an .xlsx: sheet names, cells, comments, headers/footers, data-validation
    prompts and errors, quoted text of number formats, and the text of its charts."""
    out: Texts = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        where = f"{place} › {ws.title}"
        out.append((f"{place} sheet name", ws.title))
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    out.append((f"{where}!{cell.coordinate}", cell.value))
                if cell.comment is not None:
                    out.append((f"{where}!{cell.coordinate} comment", cell.comment.text))
                fmt = cell.number_format or ""
                out += [(f"{where}!{cell.coordinate} format", q) for q in re.findall(r'"([^"]*)"', fmt)]
        for hf in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter, ws.firstHeader, ws.firstFooter):
            for part in (hf.left, hf.center, hf.right):
                if part.text:
                    out.append((f"{where} header/footer", part.text))
        for dv in ws.data_validations.dataValidation:
            out += [(f"{where} data validation", t) for t in (dv.prompt, dv.promptTitle, dv.error, dv.errorTitle) if t]
    with zipfile.ZipFile(path) as z:  # openpyxl does not read charts back: their XML
        for name in z.namelist():
            if name.startswith("xl/charts/") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                out += [(f"{place} {name}", t) for t in re.findall(r"<a:t>([^<]*)</a:t>", xml)]
                out += [(f"{place} {name}", t) for t in re.findall(r"<c:v>([^<]*)</c:v>", xml)
                        if re.search(r"[^\W\d_]{2}", t)]
    return out


def pdf_texts(path: Path, place: str) -> Texts:
    """The text of each page of a PDF, line by line (words broken at a line end joined again)."""
    # -raw: in the order drawn, so that a chart's rotated tick labels stay whole words
    r = subprocess.run([PDFTOTEXT, "-raw", str(path), "-"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    text = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", r.stdout)
    return [(f"{place} page {k + 1}", line.strip()) for k, page in enumerate(text.split("\f"))
            for line in page.splitlines() if line.strip()]


class Outputs:
    """What one language's command-line session printed and wrote."""

    def __init__(self, lang: str, folder: Path):
        self.lang, self.folder = lang, folder
        self.printed: Texts = []
        self.workbooks: list[Path] = []
        self.pdfs: list[Path] = []

    def cli(self, name: str, args: list[str], ok: bool = True) -> str:
        out = run(args, self.lang, self.folder, ok)
        if name.endswith("--help"):  # option names, metavars and commands are typed the same in every language
            out = without_cli_syntax(out)
        self.printed += [(f"printed by {name}", line) for line in out.splitlines() if line.strip()]
        return out


def fill_template(template: Path, filled: Path) -> None:
    """A user's filled template: every numeric input cell of the demand raised by one."""
    wb = openpyxl.load_workbook(template)
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    cell.value = cell.value + 1
                    break
    wb.save(filled)


def session(lang: str, tmp: Path) -> Outputs:
    """Every command of the command line on the five-partner example, in ``lang``."""
    o = Outputs(lang, tmp)
    pool = tmp / "pool.coop.json"
    shutil.copy(FIVE, pool)
    o.cli("validate", ["validate", str(pool)])
    bad = tmp / "bad.coop.json"
    bad.write_text(FIVE.read_text(encoding="utf-8").replace('"capacity_per_unit": 1,', '"capacity_per_unit": -1,', 1),
                   encoding="utf-8")
    o.cli("validate (a bad file)", ["validate", str(bad)], ok=False)
    o.cli("compute", ["compute", str(pool)])
    o.cli("compute (twelve partners)", ["compute", str(TWELVE)])
    o.cli("export (twelve partners)", ["export", str(TWELVE), "--xlsx", str(tmp / "twelve.xlsx"),
                                       "--pdf", str(tmp / "twelve.pdf")])
    o.cli("risk", ["risk", str(pool), "--trials", "2000", "--seed", "3"])
    risk_json = tmp / "risk.json"
    risk_json.write_text(_json_only(["risk", str(pool), "--trials", "2000", "--seed", "3", "--json", "--full"],
                                    lang, tmp), encoding="utf-8")
    o.cli("advise", ["advise", str(pool)])
    xlsx, pdf, statements, template = tmp / "pool.xlsx", tmp / "report.pdf", tmp / "statements", tmp / "template.xlsx"
    o.cli("export", ["export", str(pool), "--xlsx", str(xlsx), "--pdf", str(pdf), "--statements", str(statements),
                     "--template", str(template), "--risk", str(risk_json)])
    filled = tmp / "filled.xlsx"
    fill_template(template, filled)
    o.cli("import", ["import", str(pool), str(filled), "--out", str(tmp / "imported.coop.json")])
    requests = tmp / "requests"
    o.cli("collect-requests", ["collect-requests", str(pool), "--out", str(requests)])
    returned = sorted(requests.glob("*.xlsx"))
    o.cli("collect-import", ["collect-import", str(pool), *map(str, returned),
                             "--out", str(tmp / "collected.coop.json")])
    for command in ("", "validate", "compute", "risk", "advise", "export", "import", "collect-requests",
                    "collect-import"):  # what --help prints, with the language asked for
        o.cli(f"{command or 'coop_calc'} --help", [command, "--help"] if command else ["--help"])
    o.workbooks = [xlsx, tmp / "twelve.xlsx", template, *sorted(statements.glob("*.xlsx")), *returned]
    o.pdfs = [pdf, tmp / "twelve.pdf", *sorted(statements.glob("*.pdf"))]
    return o


def _json_only(args: list[str], lang: str, cwd: Path) -> str:
    env = {**os.environ, "LANG": SYSTEM[lang], "LC_ALL": SYSTEM[lang]}
    r = subprocess.run([sys.executable, "-m", "coop_calc", *args, "--lang", lang], cwd=cwd, env=env,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    made: dict[str, Outputs] = {}

    def get(lang: str) -> Outputs:
        if lang not in made:
            made[lang] = session(lang, tmp_path_factory.mktemp(f"cli-{lang}"))
        return made[lang]

    return get


def checker(lang: str) -> Checker:
    return Checker(lang, data_of(load_scenario(FIVE), load_scenario(TWELVE)))


#: Reviewed exceptions: (language, place regex, text regex, why the text is right).
EXCEPTIONS: list[tuple[str, str, str, str]] = [
    ("en", r"^template\.xlsx", r"\ball_units\b", "the English template's schedule keyword, the value the user types"
     " (coop_calc/exchange/template_words.py; 'all units' is read too)"),
    ("en", r"^printed by advise --help$", r"\bper_pair\b", "a sweep axis as it is typed after --sweep"),
    ("de", r"^printed by risk --help$", r"\b0\.5\)", "a value as it is typed after --precision: the command line"
     " reads numbers with a decimal point in every language"),
]

def excused(lang: str, place: str, text: str) -> bool:
    return any(lg == lang and re.search(p, place) and re.search(t, text) for lg, p, t, _ in EXCEPTIONS)


def verdict(lang: str, texts: Texts, what: str) -> None:
    assert len(texts) > 20, f"{what}: too little text read to judge"  # a check that reads nothing cannot fail
    bad = checker(lang).report((p, t) for p, t in texts if not excused(lang, p, t))
    assert not bad, f"{len(bad)} texts of the {lang} {what} give away the other language:\n" + "\n".join(bad)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_what_the_command_line_prints(outputs, lang):
    verdict(lang, outputs(lang).printed, "command-line output")


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("kind", ["pool workbook", "template", "statement", "request"])
def test_every_cell_of_every_workbook(outputs, lang, kind):
    o = outputs(lang)
    pick = {"pool workbook": lambda p: p.name in ("pool.xlsx", "twelve.xlsx"),
            "template": lambda p: p.name == "template.xlsx",
            "statement": lambda p: p.parent.name == "statements", "request": lambda p: p.parent.name == "requests"}
    books = [p for p in o.workbooks if pick[kind](p)]
    assert books and all(p.exists() for p in books)
    texts = [t for p in books for t in workbook_texts(p, p.name)]
    verdict(lang, texts, kind)


@pytest.mark.skipif(PDFTOTEXT is None,
                    reason="pdftotext (poppler-utils) is not installed: the PDFs' text cannot be read")
@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("kind", ["report", "statement"])
def test_every_pdf(outputs, lang, kind):
    o = outputs(lang)
    pdfs = [p for p in o.pdfs if (p.name in ("report.pdf", "twelve.pdf")) == (kind == "report")]
    assert pdfs and all(p.exists() for p in pdfs)
    verdict(lang, [t for p in pdfs for t in pdf_texts(p, p.name)], f"{kind} PDF")


def everything(o: Outputs) -> Texts:
    texts = list(o.printed) + [t for p in o.workbooks for t in workbook_texts(p, p.name)]
    if PDFTOTEXT:
        texts += [t for p in o.pdfs for t in pdf_texts(p, p.name)]
    return texts


@pytest.mark.parametrize("lang", ["de", "en"])
def test_numbers_are_written_the_sessions_way(outputs, lang):
    """Printed figures, text cells and the PDFs' figures follow the language: 12.345,67 € in German,
    €12,345.67 in English (the workbooks' number cells are numbers; their formats are checked in
    test_money_format_render)."""
    from test_german_session_window import NOT_A_READING, OTHER_NUMBER

    c = checker(lang)
    bad = sorted({f"{p}: {t[:200]!r}" for p, t in everything(outputs(lang)) if not excused(lang, p, t)
                  and OTHER_NUMBER[lang].search(NOT_A_READING.sub(" ", c.strip_data(t)))})
    assert not bad, f"{len(bad)} numbers written the other language's way:\n" + "\n".join(bad)


def test_the_check_reads_what_it_judges(tmp_path):
    """The readers find text where it is: a cell, a sheet name, a number format, a PDF's page."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Savings"
    ws["A1"] = "Einsparung"
    ws["B2"] = 3
    ws["B2"].number_format = '#,##0 "pieces"'
    wb.save(tmp_path / "x.xlsx")
    texts = workbook_texts(tmp_path / "x.xlsx", "x")
    assert ("x sheet name", "Savings") in texts and any(t == "pieces" for _, t in texts)
    assert checker("de").report(texts) and checker("en").report(texts)
    assert ROOT.exists()
