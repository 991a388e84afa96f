"""The curious partner: from its own statement (the workbook read back with openpyxl, the PDF with
pdftotext) a partner tries to work out any other partner's need per item, stand-alone cost, cost in
the pool and savings — by the statement's own arithmetic (pool total − own) and by blind arithmetic
on every pair of its numbers. Pools of 2, 3, 4 and 5 partners; with --disclose-totals it succeeds
(so the attack can fail), and the statement says what it reveals."""

from __future__ import annotations

import itertools
import re
import shutil

import numpy as np
import openpyxl
import pytest
from confidential_pools import pool
from test_exchange_helpers import pdf_text

from coop_calc.analysis import analyse
from coop_calc.cli import main
from coop_calc.exchange.disclosure import rule_check, statement_plan
from coop_calc.exchange.results import results
from coop_calc.exchange.statements import write_statements
from coop_calc.model import Project
from coop_calc.output import compute_json
from coop_calc.scenario_io import save_project

HALF_CENT = 0.005
_NUM = re.compile(r"(?<![\w.,])-?€?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?%)?")


def _pdf_numbers(text: str) -> list[float]:
    out = []
    for tok in _NUM.findall(text):
        pct = tok.endswith("%")
        x = float(tok.replace("€", "").replace(",", "").replace("%", "").strip())
        out.append(x / 100.0 if pct else x)
    return out


def _read_statement(xlsx, pdf):
    """Every number of the statement, and the rows of its pool and own tables as the attacker sees them."""
    ws = openpyxl.load_workbook(xlsx)["Statement"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    nums = [float(v) for r in rows for v in r if isinstance(v, (int, float)) and not isinstance(v, bool)]

    def table(header: str) -> list[list]:
        start = next(k for k, r in enumerate(rows) if r[2] == header)
        out = []
        for r in rows[start + 1:]:
            if r[0] is None:
                break
            out.append(r)
        return out
    own, pooled = table("Your need"), table("Pool's total need")
    text = ""
    if pdf is not None and shutil.which("pdftotext"):
        text = pdf_text(pdf)
        nums += _pdf_numbers(text)
    return sorted(set(nums)), own, pooled, rows, text


def _derived(nums: list[float], n: int) -> np.ndarray:
    """Blind arithmetic: every number, sum and difference of two, and every number scaled by a share,
    percentage or the pool size, plus or minus any other number."""
    a = np.array([x for x in nums if abs(x) > 0])
    pairs = np.concatenate([a, (a[:, None] - a[None, :]).ravel(), (a[:, None] + a[None, :]).ravel()])
    factors = np.array(sorted({x for x in a if 0 < abs(x) <= 1} | {float(n), float(n - 1), 2.0}))
    scaled = np.concatenate([(a[:, None] / factors[None, :]).ravel(), (a[:, None] * factors[None, :]).ravel()])
    steps = np.concatenate([(scaled[:, None] - a[None, :]).ravel(), (scaled[:, None] + a[None, :]).ravel()])
    return np.sort(np.concatenate([pairs, scaled, steps]))


def _hit(values: np.ndarray, target: float) -> bool:
    k = np.searchsorted(values, target)
    return any(0 <= j < len(values) and abs(values[j] - target) <= HALF_CENT for j in (k - 1, k))


def attack(scenario, d, i, xlsx, pdf) -> list[str]:
    """What partner ``i`` can tell about the others from its statement."""
    nums, own_rows, pool_rows, _, _ = _read_statement(xlsx, pdf)
    found = []
    # the tables list items in a known order (texts may be cleaned): the pool's items, the reader's own
    own = dict(zip([x["item"] for x in d["partners"][i]["standalone_purchases"]], own_rows))
    pooled = dict(zip([x["item"] for x in d["items"]], pool_rows))
    cap = {it.id: it.capacity_per_unit for it in scenario.items}
    need = scenario.demand_matrix()
    kidx = {it.id: k for k, it in enumerate(scenario.items)}
    for iid, row in pooled.items():
        mine = own[iid][2] if iid in own else 0.0
        guesses = []
        if isinstance(row[2], (int, float)):
            guesses.append(row[2] - mine)  # pool's total need − own need
        if isinstance(row[3], (int, float)):
            guesses.append(row[3] * cap[iid] - mine)  # units bought × capacity − own need
        if isinstance(row[6], (int, float)) and isinstance(row[5], (int, float)) and iid in own and row[6] != row[5]:
            fee = own[iid][6] - own[iid][3] * own[iid][5]  # the quote's fee from the own purchase
            guesses.append(fee / (row[6] - row[5]) - mine)  # Q = fee / (price per need − unit price)
        for j in range(scenario.n):
            q = need[j, kidx[iid]]
            if j != i and q > 0 and any(abs(g - q) < 0.5 for g in guesses):
                found.append(f"need of partner {j} for {iid!r}")
    values = _derived(nums, scenario.n)
    inherent = bool(statement_plan(results(analyse(scenario)), i).inherent)
    for j in range(scenario.n):
        if j == i:
            continue
        targets = {"stand-alone cost": d["partners"][j]["standalone_cost"],
                   "cost in the pool": d["splits"][d["rule"]]["cost"][j]}
        if not inherent:
            targets["savings"] = d["splits"][d["rule"]]["savings"][j]
        found += [f"{what} of partner {j}" for what, t in targets.items() if abs(t) >= 100 and _hit(values, t)]
    return found


def _statements(tmp_path, n, rule, disclose=False):
    s = pool(n, rule)
    a = analyse(s)
    folder = tmp_path / f"st{n}{rule}{disclose}"
    write_statements(a, folder, disclose=disclose, date="2026-12-01")
    return s, a, compute_json(a), folder


@pytest.mark.parametrize("rule", ["shapley", "proportional_volume"])
@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_curious_partner_learns_nothing(tmp_path, n, rule):
    s, a, d, folder = _statements(tmp_path, n, rule)
    for i, p in enumerate(s.partners):
        found = attack(s, d, i, folder / f"statement-{p.id}.xlsx", folder / f"statement-{p.id}.pdf")
        assert found == [], f"{p.name} ({n} partners, {rule}) learns: {found}"


def test_two_partner_shapley_says_what_the_rule_itself_tells(tmp_path):
    s, a, d, folder = _statements(tmp_path, 2, "shapley")
    _, _, _, rows, text = _read_statement(folder / "statement-kessler.xlsx", folder / "statement-kessler.pdf")
    cells = " ".join(str(v) for r in rows for v in r if v is not None)
    assert "every other partner saves as much as you" in cells
    assert d["splits"]["shapley"]["savings"][0] == pytest.approx(d["splits"]["shapley"]["savings"][1], abs=0.01)
    if text:
        assert "every other partner saves as much as you" in " ".join(text.split())


@pytest.mark.parametrize("n", [2, 3])
def test_totals_withheld_with_reasons(tmp_path, n):
    s, a, d, folder = _statements(tmp_path, n, "shapley")
    _, _, pooled, rows, text = _read_statement(folder / "statement-hartmann.xlsx", folder / "statement-hartmann.pdf")
    values = {r[0]: r[1] for r in rows if r[0]}
    assert values["Total savings of the pool"] == "withheld" and values["Pooled cost (purchases + coordination)"] == "withheld"
    assert values["Your share of the pool's savings"] == "withheld"
    assert all(r[2] == "withheld" and r[3] == "withheld" and r[6] == "withheld" for r in pooled)
    assert all(isinstance(r[5], float) for r in pooled)  # the tier price stays
    cells = " ".join(str(v) for r in rows for v in r if v is not None)
    assert "What this statement does not show, and why" in cells
    assert f"only {n - 1} other partner" in cells and "the rule needs 3" in cells
    if text:
        assert "withheld" in text and "Partner B" in text  # and the PDF tells Hartmann its alias


def test_disclose_totals_reveals_and_says_so(tmp_path):
    s, a, d, folder = _statements(tmp_path, 2, "proportional_volume", disclose=True)
    found = attack(s, d, 1, folder / "statement-hartmann.xlsx", folder / "statement-hartmann.pdf")
    assert any(f.startswith("need of partner 0") for f in found) and "savings of partner 0" in found
    _, _, _, rows, text = _read_statement(folder / "statement-hartmann.xlsx", folder / "statement-hartmann.pdf")
    cells = " ".join(str(v) for r in rows for v in r if v is not None)
    assert "What the pool totals in this statement reveal" in cells
    assert "the other partner's own figure" in cells
    values = {r[0]: r[1] for r in rows if r[0]}
    assert values["Total savings of the pool"] == d["savings"]


def test_rule_check_threshold_and_dominance():
    assert rule_check([5, 4]) [0] == "only 2 other partners behind it (the rule needs 3)"
    assert rule_check([5, 0, 4, 0])[0].startswith("only 2")  # partners without a part do not count
    assert rule_check([5, 4, 3]) == ("", "")
    assert "makes up" in rule_check([1000, 40, 50])[0]  # rest 90 < 10 % of 1000
    assert rule_check([1000, 50, 50]) == ("", "")  # rest exactly 10 %


def test_dominated_item_is_withheld_in_a_large_pool(tmp_path):
    s = pool(5)
    plan = statement_plan(results(analyse(s)), 1)  # Hartmann: others of 'am' are 900, 1300, 2100 → shown
    assert plan.figures["need:am"].safe
    plan = statement_plan(results(analyse(s)), 0)  # Kessler: 'mes-kessler' others 12, 4, 9 → shown
    assert plan.figures["need:mes-kessler"].safe
    plan = statement_plan(results(analyse(s)), 2)  # Müller: 'am' others 900 (Kessler), 2100 (Weber) → 2 only
    assert not plan.figures["need:am"].safe


def test_cli_prints_the_plan_and_honours_the_option(tmp_path, capsys):
    path = tmp_path / "pool.coop.json"
    save_project(path, Project((pool(3),)))
    assert main(["export", str(path), "--statements", str(tmp_path / "st"), "--no-statement-pdf"]) == 0
    out = capsys.readouterr().out
    assert "withheld savings of the pool" in out and "(the rule needs 3)" in out
    wb = openpyxl.load_workbook(tmp_path / "st" / "statement-kessler.xlsx")["Statement"]
    assert any(r[1] == "withheld" for r in wb.iter_rows(values_only=True))
    assert main(["export", str(path), "--statements", str(tmp_path / "st2"), "--no-statement-pdf",
                 "--disclose-totals"]) == 0
    assert "DISCLOSED" in capsys.readouterr().out
    wb = openpyxl.load_workbook(tmp_path / "st2" / "statement-kessler.xlsx")["Statement"]
    assert not any(r[1] == "withheld" for r in wb.iter_rows(values_only=True))


def test_attack_helpers_find_arithmetic():
    vals = _derived([1000.25, 0.25, 333.33], 3)
    assert _hit(vals, 1000.25 / 0.25 - 333.33) and _hit(vals, 1000.25 - 333.33)
    assert not _hit(vals, 123.45)
    assert list(itertools.islice(_pdf_numbers("€1,234.56 and 12.5 % and 7"), 3)) == [1234.56, 0.125, 7.0]


@pytest.mark.parametrize("n", [2, 3, 5])
@pytest.mark.parametrize("disclose", [False, True])
def test_statements_name_no_other_partner(tmp_path, n, disclose):
    """Every text of a statement — including the notes on withheld or revealed totals, which name items —
    is free of the other partners' names, however the pool spelt them."""
    from confidential_pools import fold
    from test_exchange_helpers import xml_parts

    s, a, d, folder = _statements(tmp_path, n, "shapley", disclose)
    words = {"kessler": 0, "hartmann": 1, "mueller": 2, "muller": 2, "weber": 3, "schaefer": 4, "schafer": 4}
    for i, p in enumerate(s.partners):
        texts = list(xml_parts(folder / f"statement-{p.id}.xlsx").values())
        if shutil.which("pdftotext"):
            texts.append(pdf_text(folder / f"statement-{p.id}.pdf"))
        blob = fold(" ".join(texts))
        leaked = [w for w, j in words.items() if j != i and j < n and w in blob]
        assert leaked == [], f"{p.name}'s statement names {leaked}"
        assert fold(s.alias_of(i)) in blob


def test_worked_example_of_the_docs():
    """docs/confidentiality.md: four partners need 3, 5, 2 and 40 cobots."""
    assert rule_check([5, 2, 40]) == ("", "")  # A: rest 7 = 17.5 % of 40
    assert "makes up" in rule_check([5, 2, 80])[0]  # A if D needed 80: rest 7 = 8.75 % of 80
    assert rule_check([3, 5, 40]) == ("", "")  # C: rest 8 = 20 % of 40
    assert rule_check([5])[0].startswith("only 1 other partner")  # a pool of two


def test_pool_of_one_withholds_nothing_and_custom_rule_says_what_it_tells():
    import dataclasses
    from types import MappingProxyType

    from coop_calc.model import Sharing

    one = pool(2)
    one = dataclasses.replace(one, partners=one.partners[:1],
                              demand=MappingProxyType({k: v for k, v in one.demand.items() if k[0] == "kessler"}))
    plan = statement_plan(results(analyse(one)), 0)
    assert plan.withheld == [] and plan.inherent == []
    s = dataclasses.replace(pool(4), sharing=Sharing(rule="custom", custom_percentages=MappingProxyType(
        {"kessler": 10.0, "hartmann": 20.0, "mueller": 30.0, "weber": 40.0})))
    plan = statement_plan(results(analyse(s)), 0)
    assert "negotiated percentage" in plan.inherent[0][0]
