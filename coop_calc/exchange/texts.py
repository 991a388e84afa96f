"""Wording of the PDF report, the statements' PDF and the figures, in English and German.

The engine's own explanations (coop_calc.splits) are English; German versions of the rule titles
and explanations live here so that a German meeting report reads German throughout.
"""

from __future__ import annotations

from ..splits import DIAGNOSTICS, EXPLANATIONS, RULE_TITLES
from .formatting import lang_of

EN = {
    "alone": "Alone", "pooled": "In the pool", "partner": "Partner", "partners": "Partners",
    "cost": "Cost", "savings": "Savings", "item": "Item", "unit": "Unit",
    "fig_cost_title": "Cost per partner: alone versus in the pool",
    "fig_split_title": "Savings per partner under each rule",
    "fig_items_title": "Cost per item: alone versus pooled",
    "fig_loss_title": "Probability of a loss (misinvestment)",
    "fig_hist_title": "Distribution of the net present value",
    "fig_own_title": "Your cost: alone versus in the pool",
    "npv": "Net present value", "trials_share": "Share of trials", "probability": "Probability",
    "whole_pool": "Whole pool",
    "report_title": "Joint purchase: partner meeting report",
    "report_date": "Date", "currency": "Currency", "rule": "Sharing rule",
    "headline": "Pooling saves {savings} ({pct}) of the partners' stand-alone cost of {alone}.",
    "key_figures": "Key figures", "overview": "Savings overview", "split_page": "Fair splits of the savings",
    "risk_page": "Misinvestment risk",
    "k_alone": "Stand-alone cost of all partners", "k_purchase": "Pooled purchase cost",
    "k_coord": "Coordination cost", "k_pooled": "Pooled cost", "k_savings": "Savings after coordination",
    "k_pct": "Savings in % of stand-alone cost", "k_min": "Smallest pool that pays off",
    "k_min_val": "{n} partners", "none": "none",
    "per_item": "Per item", "pooled_need": "Pooled need", "units_bought": "Units bought",
    "supplier": "Supplier", "unit_price": "Unit price", "pooled_cost": "Pooled cost",
    "alone_cost": "Stand-alone cost",
    "how": "How the rule works", "rule_col": "Rule", "ir": "Nobody pays more than alone", "core": "In the core",
    "complaint": "Largest complaint", "group": "Group with the largest complaint", "yes": "Yes", "no": "No",
    "chosen": "chosen", "core_empty": "No split can keep every group in the pool; {amount} would be missing.",
    "core_ok": "The core is not empty: some splits keep every group of partners in the pool.",
    "no_splits": "Splits are computed for pools of up to 22 partners.",
    "mean_npv": "Expected NPV", "p_loss": "P(loss)", "cvar95": "Exp. shortfall 95 %", "p5": "P5",
    "p95": "P95", "trials": "{n} simulated trials.",
    "risk_note": "NPV over the useful life; P(loss) is the probability that the investment loses money;"
                 " the expected shortfall is the average loss in the worst 5 % of trials.",
    "page": "Page {p} of {n}", "confidential": "Confidential", "for_partner": "Statement for {name}",
    "st_title": "Confidential statement", "st_result": "Your result",
    "st_alone": "Your cost buying alone", "st_pooled": "Your cost in the pool ({rule})",
    "st_savings": "Your savings", "st_pct": "Your savings in % of your stand-alone cost",
    "st_capital": "Capital you commit: alone / in the pool", "st_share": "Your share of the pool's savings",
    "st_inputs": "Your demand and what you would buy alone", "st_need": "Your need",
    "st_pool": "The pool (aggregates of all partners)", "st_pool_need": "Pool's total need",
    "st_pool_price": "Pool's price per unit of need", "st_total_savings": "Total savings of the pool",
    "st_pool_size": "Partners in the pool", "st_fair": "Fairness of your share",
    "st_ir": "You pay no more than buying alone", "st_core": "The split keeps every group in the pool",
    "st_complaint": "Most a group including you would gain by leaving",
    "st_contribution": "What the pool saves thanks to you (savings lost if you left)",
    "st_rules": "Your cost and savings under each rule", "st_risk": "Your misinvestment risk",
    "st_note": "This statement shows only your own figures and totals of the whole pool.",
}

DE = {
    "alone": "Allein", "pooled": "Im Pool", "partner": "Partner", "partners": "Partner",
    "cost": "Kosten", "savings": "Einsparung", "item": "Artikel", "unit": "Einheit",
    "fig_cost_title": "Kosten je Partner: allein gegenüber im Pool",
    "fig_split_title": "Einsparung je Partner nach Aufteilungsregel",
    "fig_items_title": "Kosten je Artikel: einzeln und im Pool",
    "fig_loss_title": "Verlustwahrscheinlichkeit (Fehlinvestition)",
    "fig_hist_title": "Verteilung des Kapitalwerts",
    "fig_own_title": "Ihre Kosten: allein gegenüber im Pool",
    "npv": "Kapitalwert", "trials_share": "Anteil der Durchläufe", "probability": "Wahrscheinlichkeit",
    "whole_pool": "Gesamter Pool",
    "report_title": "Gemeinsame Beschaffung: Bericht für das Partnertreffen",
    "report_date": "Datum", "currency": "Währung", "rule": "Aufteilungsregel",
    "headline": "Der Pool spart {savings} ({pct}) der Einzelkosten von {alone}.",
    "key_figures": "Kennzahlen", "overview": "Einsparungen im Überblick", "split_page": "Faire Aufteilung der Einsparung",
    "risk_page": "Risiko der Fehlinvestition",
    "k_alone": "Einzelkosten aller Partner", "k_purchase": "Einkaufskosten im Pool",
    "k_coord": "Koordinationskosten", "k_pooled": "Kosten im Pool", "k_savings": "Einsparung nach Koordination",
    "k_pct": "Einsparung in % der Einzelkosten", "k_min": "Kleinster Pool, der sich lohnt",
    "k_min_val": "{n} Partner", "none": "keiner",
    "per_item": "Je Artikel", "pooled_need": "Bedarf im Pool", "units_bought": "Gekaufte Einheiten",
    "supplier": "Lieferant", "unit_price": "Stückpreis", "pooled_cost": "Kosten im Pool",
    "alone_cost": "Einzelkosten",
    "how": "So funktioniert die Regel", "rule_col": "Regel", "ir": "Niemand zahlt mehr als allein", "core": "Im Kern",
    "complaint": "Größter Einwand", "group": "Gruppe mit dem größten Einwand", "yes": "Ja", "no": "Nein",
    "chosen": "gewählt", "core_empty": "Keine Aufteilung hält jede Gruppe im Pool; es fehlen {amount}.",
    "core_ok": "Der Kern ist nicht leer: Es gibt Aufteilungen, die jede Gruppe im Pool halten.",
    "no_splits": "Aufteilungen werden für Pools mit bis zu 22 Partnern berechnet.",
    "mean_npv": "Erwarteter Kapitalwert", "p_loss": "P(Verlust)", "cvar95": "Exp. Shortfall 95 %",
    "p5": "P5", "p95": "P95", "trials": "{n} simulierte Durchläufe.",
    "risk_note": "Kapitalwert über die Nutzungsdauer; P(Verlust) ist die Wahrscheinlichkeit, dass die"
                 " Investition Geld verliert; der Expected Shortfall ist der mittlere Verlust der schlechtesten"
                 " 5 % der Durchläufe.",
    "page": "Seite {p} von {n}", "confidential": "Vertraulich", "for_partner": "Auszug für {name}",
    "st_title": "Vertraulicher Auszug", "st_result": "Ihr Ergebnis",
    "st_alone": "Ihre Kosten beim Einzelkauf", "st_pooled": "Ihre Kosten im Pool ({rule})",
    "st_savings": "Ihre Einsparung", "st_pct": "Ihre Einsparung in % Ihrer Einzelkosten",
    "st_capital": "Ihre Kapitalbindung: allein / im Pool", "st_share": "Ihr Anteil an der Einsparung des Pools",
    "st_inputs": "Ihr Bedarf und Ihr Einzelkauf", "st_need": "Ihr Bedarf",
    "st_pool": "Der Pool (Summen aller Partner)", "st_pool_need": "Gesamtbedarf des Pools",
    "st_pool_price": "Preis je Bedarfseinheit im Pool", "st_total_savings": "Gesamteinsparung des Pools",
    "st_pool_size": "Partner im Pool", "st_fair": "Fairness Ihres Anteils",
    "st_ir": "Sie zahlen nicht mehr als allein", "st_core": "Die Aufteilung hält jede Gruppe im Pool",
    "st_complaint": "Größter Vorteil einer Gruppe mit Ihnen beim Austritt",
    "st_contribution": "Was der Pool dank Ihnen spart (Verlust bei Ihrem Austritt)",
    "st_rules": "Ihre Kosten und Einsparung je Regel", "st_risk": "Ihr Risiko der Fehlinvestition",
    "st_note": "Dieser Auszug zeigt nur Ihre eigenen Zahlen und Summen des gesamten Pools.",
}

RULE_TITLES_DE = {
    "shapley": "Shapley-Wert", "nucleolus": "Nukleolus", "proportional_volume": "Proportional zum Volumen",
    "proportional_standalone": "Proportional zu den Einzelkosten", "equal_price": "Gleicher Preis",
    "equal_savings": "Gleiche Einsparung", "custom": "Vereinbarte Prozente",
}

EXPLANATIONS_DE = {
    "shapley": "Jeder Partner erhält seine durchschnittliche zusätzliche Einsparung über alle Reihenfolgen,"
               " in denen die Partner dem Pool hätten beitreten können.",
    "nucleolus": "Die Aufteilung, die die unzufriedenste Gruppe so wenig unzufrieden wie möglich macht, dann"
                 " die nächste und so weiter.",
    "proportional_volume": "Die Einsparung wird im Verhältnis zum Einkaufsvolumen geteilt, bewertet zu den"
                           " Preisen des Pools.",
    "proportional_standalone": "Die Einsparung wird im Verhältnis zu dem geteilt, was jeder Partner allein"
                               " ausgegeben hätte.",
    "equal_price": "Jeder Partner zahlt für alles, was er abnimmt, den Stückpreis des Pools – wie in"
                   " Einkaufsgemeinschaften üblich.",
    "equal_savings": "Jeder Partner erhält den gleichen Betrag der Einsparung.",
    "custom": "Die Einsparung wird nach den vereinbarten Prozentsätzen geteilt.",
}


def pick(en: dict, de: dict, key: str, lang: str = "en", **kw) -> str:
    """``key`` from the German or English table (English when German lacks it), ``{placeholders}``
    filled in. Shared by the report's and the charts' wording tables."""
    s = (de if lang_of(lang) == "de" else en).get(key, en.get(key, key))
    return s.format(**kw) if kw else s


def text(key: str, lang: str = "en", **kw) -> str:
    """The wording ``key`` in ``lang`` ('en' or 'de'), with ``{placeholders}`` filled in."""
    return pick(EN, DE, key, lang, **kw)


def rule_title(rule: str, lang: str = "en") -> str:
    return (RULE_TITLES_DE if lang_of(lang) == "de" else RULE_TITLES).get(rule, rule)


def rule_explanation(rule: str, lang: str = "en") -> str:
    return (EXPLANATIONS_DE if lang_of(lang) == "de" else EXPLANATIONS).get(rule, "")


def diagnostic(key: str) -> str:
    return DIAGNOSTICS.get(key, "")
