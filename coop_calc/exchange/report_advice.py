"""The meeting report's advice page: whether to split the pool and how, what to ask each supplier for,
and the break-even coordination cost, in English or German (the engine's own sentences)."""

from __future__ import annotations

from typing import Any

from ..advice import Advice
from ..advice.output import advice_document
from ..charts.advice import structure_chart
from .formatting import format_money, format_quantity, format_share
from .pdf_layout import BAD, GOOD, Document
from .results import Results
from .sheet_advice import advice_for
from .texts import pick


def _t(key: str, lang: str) -> str:
    return pick("report_advice", key, lang)


def advice_page(doc: Document, res: Results, lang: str, advice: Advice | bool | None = True) -> None:
    """Append the advice page (a note instead when the pool is too large or cannot be priced)."""
    lg = "de" if lang.startswith("de") else "en"
    doc.new_page()
    doc.heading(_t("page", lg), 15)
    a = advice_for(res, advice)
    if isinstance(a, str):
        doc.paragraph(a)
        return
    d = advice_document(a, anonymous=res.anonymous)
    st, cur = d["structure"], res.currency
    doc.paragraph(st["explanation"][lg], size=11, color="#1F3864", weight="bold")
    doc.chart(lambda sf: structure_chart(a, lang=lg, fig=sf, anonymous=res.anonymous),
              height=1.5 + 0.35 * (2 + (st["best_stable"] is not None)), margins={"left": 0.16, "bottom": 0.3})
    rows: list[list[Any]] = []
    colors: dict[tuple[int, int], str] = {}
    blocks = [(_t("recommended", lg), st["details"]), (_t("single", lg), [st["grand_pool"]])]
    if st["best_stable"] is not None:
        blocks.append((_t("stable_alt", lg), st["best_stable"]["details"]))
    for label, details in blocks:
        for j, g in enumerate(details):
            if len(g["members"]) == 1 and label != _t("recommended", lg):
                continue
            names = _t("all", lg) if label == _t("single", lg) else ", ".join(g["names"])
            colors[(len(rows), 3)] = GOOD if g["stable"] else BAD
            rows.append([label if j == 0 else "", names, format_money(g["net_savings"], cur, lg),
                         _t("yes", lg) if g["stable"] else _t("no", lg), g["explanation"][lg]])
    doc.table([_t("division", lg), _t("partners", lg), _t("net", lg), _t("stable", lg), ""], rows,
              [1.6, 3.6, 1.3, 0.9, 3.8], "llrcl", size=8, colors=colors)
    doc.heading(_t("targets", lg), 12)
    rows = []
    for it in d["negotiation"]:
        win = next((q for q in it["quotes"] if q["winner"]), None)
        if win is None:
            continue
        rivals = [q["discount_to_win"] for q in it["quotes"] if not q["winner"] and q["discount_to_win"] is not None
                  and not q["discount_impossible"]]
        rows.append([it["name"], win["supplier"], f"{win['tier']}/{win['tiers']}",
                     format_quantity(win["units_to_next_tier"], lg) if win["units_to_next_tier"] is not None else "–",
                     format_money(win["ask_saving"], cur, lg) if win["ask_saving"] is not None else "–",
                     format_share(min(rivals), lg) if rivals else "–",
                     format_share(win["headroom"], lg) if win["headroom"] is not None else "–",
                     format_money(it["break_even_price"], cur, lg), format_money(it["all_gain_price"], cur, lg)])
    doc.table([_t("item", lg), _t("supplier", lg), _t("tier", lg), _t("to_next", lg), _t("ask", lg),
               _t("rival", lg), _t("headroom", lg), _t("be", lg), _t("gain", lg)], rows,
              [2.6, 2.0, 0.6, 0.9, 1.2, 1.1, 1.0, 1.2, 1.2], "lllrrrrrr", size=7.5)
    th = d.get("thresholds")
    if th and th["explanations"]:
        doc.paragraph(" ".join(s[lg] for s in th["explanations"].values()), size=9, color="#595959")
