"""The Inputs sheet: pool details, partners, items, quotes with their tiers, the demand matrix,
coordination cost and the sharing rule — everything the results depend on."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook

from ..splits import COORDINATION_EXPLANATIONS
from .results import Results
from .texts import rule_title
from .xlsx_base import DEC, MONEY, PCT, QTY, TEXT, SheetWriter, tr, workbook_lang, yes_no

SCHEDULE_TITLES = {"all_units": "All units", "incremental": "Incremental"}


def _qty_style(values) -> str:
    """Whole-number format when every value is whole, else two decimals."""
    return QTY if all(float(v).is_integer() for v in values if isinstance(v, (int, float))) else DEC


def _day(iso: str, wb: Workbook) -> str:
    """An ISO date (2026-11-24) as dd.mm.yyyy in a German workbook; anything else unchanged."""
    if workbook_lang(wb) != "de" or not iso:
        return iso
    import datetime as _dt

    try:
        day = _dt.date.fromisoformat(iso[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return iso
    rest = iso[10:]
    return day + (" " + rest[1:6] if rest.startswith("T") else rest)


def write_inputs(wb: Workbook, res: Results, subtitle: str) -> None:
    s = res.scenario
    ws = wb.create_sheet(tr(wb, "Inputs"))
    w = SheetWriter(wb, ws, header_width=10)  # many tables share the columns: keep each one narrow
    w.title("Inputs", subtitle)

    w.heading("Pool")
    m = s.meta
    rows: list[tuple[str, Any, str | None]] = [("Pool name", m.name, TEXT)]
    if m.description:
        rows.append(("Description", m.description, TEXT))
    rows += [("Currency", m.currency, TEXT)]
    if m.author:
        rows.append(("Author", m.author, TEXT))
    rows += [(label, _day(val, wb), TEXT) for label, val in (("Created", m.created), ("Last modified", m.modified))
             if val]
    rows.append(("Buy up to a cheaper tier", *yes_no(s.buy_up)))
    first = w.row
    w.keyvalues(rows)
    if m.description:
        w.span_value(first + 1, 7)  # the description runs across the width of the tables below

    w.heading("Partners")
    w.table("Partners", ["Id", "Name", "Alias", "Employees", "Sector", "Drop-out probability"],
            [[p.id, p.name, s.alias_of(i), p.employees, p.sector, p.dropout_probability]
             for i, p in enumerate(s.partners)],
            [TEXT, TEXT, TEXT, QTY, TEXT, PCT])

    w.heading("Items")
    w.table("Items", ["Id", "Item", "Category", "Unit of need", "Capacity per unit", "Useful life (years)"],
            [[it.id, it.name, it.category, it.unit, it.capacity_per_unit, it.useful_life_years] for it in s.items],
            [TEXT, TEXT, TEXT, TEXT, _qty_style(it.capacity_per_unit for it in s.items), DEC])

    w.heading("Demand (quantity of need per partner and item)")
    demand = s.demand_matrix()
    if s.n <= len(s.items):  # one row per item: the narrower way round prints larger
        w.table("Demand", ["Item (unit of need)"] + list(res.labels),
                [[f"{it.name} ({it.unit})"] + [float(x) for x in demand[:, k]] for k, it in enumerate(s.items)],
                [TEXT] + [_qty_style(demand[i, :]) for i in range(s.n)])
    else:
        w.table("Demand", ["Partner"] + [f"{it.name} ({it.unit})" for it in s.items],
                [[res.labels[i]] + [float(x) for x in demand[i]] for i in range(s.n)],
                [TEXT] + [_qty_style(demand[:, k]) for k in range(len(s.items))])

    w.heading("Coordination cost of the pool")
    c = s.coordination
    w.keyvalues([("Fixed amount", c.fixed, MONEY), ("Per member", c.per_member, MONEY),
                 ("Per pair of members", c.per_pair, MONEY),
                 (tr(wb, "For this pool of {n}").format(n=s.n), c.cost(s.n), "CoopMoneyBold")])

    w.heading("Sharing rule")
    w.keyvalues([("Rule", rule_title(s.sharing.rule, workbook_lang(wb)), TEXT),
                 ("Coordination cost", COORDINATION_EXPLANATIONS.get(s.sharing.coordination, ""), TEXT)])
    if s.sharing.custom_percentages:
        pct = s.sharing.custom_percentages
        w.table("CustomPercentages", ["Partner", "Negotiated share of the savings"],
                [[res.labels[i], pct.get(p.id, 0.0) / 100.0] for i, p in enumerate(s.partners)], [TEXT, PCT])

    # the quotes, the longest table, come last: their header row repeats on every page they run on to
    w.heading("Quotes (one row per price tier)")
    names = {it.id: it.name for it in s.items}
    qrows = []
    for q in s.quotes:
        for t, tier in enumerate(q.tiers, start=1):
            qrows.append([q.id, names.get(q.item_id, q.item_id), q.supplier, SCHEDULE_TITLES.get(q.schedule, q.schedule),
                          q.fixed_fee, q.min_order, q.max_order, _day(q.valid_until or "", wb), t, tier.min_quantity,
                          tier.unit_price])
    quotes_top, _ = w.table("Quotes", ["Quote", "Item", "Supplier", "Schedule", "Fixed fee per order",
                                       "Minimum order (units)", "Maximum order (units)", "Valid until", "Tier",
                                       "From quantity (units)", "Unit price"],
                            qrows, [TEXT, TEXT, TEXT, TEXT, MONEY, QTY, QTY, TEXT, QTY, QTY, MONEY])
    w.note("All-units schedules price the whole order at the tier it reaches; incremental schedules price"
           " each bracket at its own tier. The fixed fee is paid once per order.", cols=8)
    w.finish(freeze="A4", print_rows=f"{quotes_top}:{quotes_top}", max_width=30)
