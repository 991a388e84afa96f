"""One-sentence explanations of every advice figure, in English and German.

Engine code (no Qt), so like the report and the charts it carries its own two-language table and uses
:func:`coop_calc.exchange.texts.pick`. Amounts are formatted by the caller (``format_money``).
"""

from __future__ import annotations

from ..exchange.texts import pick

EN = {
    "split": "Divide the partners into {pools}{alone}: together they save {best} after coordination cost,"
             " {more} more than the single pool ({grand}).",
    "pools": "{k} separate pools", "pool1": "one smaller pool", "alone1": " and 1 partner buying alone",
    "alone": " and {m} partners buying alone",
    "keep": "Keep the single pool: no division into smaller pools saves more than its {grand} after"
            " coordination cost.",
    "one": "A pool needs at least two partners; {who} buys alone.",
    "none_pays": "No pool of these partners saves money after coordination cost: every partner should buy"
                 " alone.",
    "gap": "Found by column generation: no structure can save more than {bound}.",
    "stable_alt": "The best division in which every pool can keep all its members saves {amount}.",
    "stable_unknown": "Whether a division exists in which every pool can keep all its members was not"
                      " settled within the checks allowed.",
    "g_alone": "{who} buys alone.",
    "g_core": "Under {rule} no group of these partners would save more on its own.",
    "g_out": "Under {rule} {who} would save {amount} more on their own, but another split keeps everyone.",
    "g_empty": "No split can keep every group in this pool: each would need {amount} more.",
    "tier": "At {units} units the pool reaches tier {tier} of {tiers} with {supplier} ({price} per unit).",
    "top": "At {units} units the pool reaches the best tier of {supplier} ({price} per unit).",
    "next": "{missing} more units reach tier {next} at {next_price} per unit, which cuts {saving} off an order"
            " of that size; ordering them up costs {extra} net.",
    "next_pays": "{missing} more units reach tier {next} at {next_price} per unit; ordering them up is"
                 " {extra} cheaper net.",
    "ask": "Ask {supplier} for {next_price} per unit (tier {next}) at the pool's {units} units: that saves"
           " {saving}.",
    "break_even": "Above {price} per unit of {item} the pool as a whole no longer saves money after"
                  " coordination cost.",
    "item_break_even": "Above {price} per unit, buying {item} together costs more than the partners would"
                       " pay for it separately.",
    "all_gain": "Up to {price} per unit of {item} every partner still gains under {rule}.",
    "all_gain_none": "Even for free, {item} leaves some partner without gain under {rule}.",
    "win": "{supplier} wins the order; its unit prices could rise {pct} before the next offer wins.",
    "win_alone": "{supplier} is the only supplier that can deliver this order.",
    "disc": "{supplier} would have to cut its unit prices by more than {pct} to win the pool's order.",
    "disc_fee": "{supplier} cannot win the pool's order: its fixed fee alone is more than the winning offer.",
    "unavailable": "{supplier} cannot supply {units} units (its order limits).",
    "leave": "If {name} leaves, the pool saves {lost} less and the others pay {price_loss} more for their own"
             " needs; {tiers} tier(s) are lost.",
    "min_volume": "{name} must commit at least {min} {unit} of {item} for the pool to keep its tier.",
    "free_volume": "{name}'s {item} is not needed for the pool's tier.",
    "per_pair_be": "Above {value} of coordination cost per pair of partners the single pool no longer pays"
                   " off.",
    "per_pair_stable": "Above {value} of coordination cost per pair no split can keep every group in the"
                       " single pool.",
    "per_pair_always_stable": "The single pool stays stable up to its break-even coordination cost.",
    "per_pair_never_stable": "The single pool is not stable even without coordination cost per pair.",
}

DE = {
    "split": "Die Partner aufteilen in {pools}{alone}: zusammen sparen sie {best} nach"
             " Koordinationskosten, {more} mehr als der Gesamtpool ({grand}).",
    "pools": "{k} getrennte Pools", "pool1": "einen kleineren Pool", "alone1": " und 1 allein kaufenden Partner",
    "alone": " und {m} allein kaufende Partner",
    "keep": "Den Gesamtpool beibehalten: keine Aufteilung in kleinere Pools spart mehr als seine {grand}"
            " nach Koordinationskosten.",
    "one": "Ein Pool braucht mindestens zwei Partner; {who} kauft allein.",
    "none_pays": "Kein Pool dieser Partner spart nach Koordinationskosten Geld: jeder Partner sollte allein"
                 " kaufen.",
    "gap": "Per Spaltengenerierung gefunden: keine Aufteilung kann mehr als {bound} sparen.",
    "stable_alt": "Die beste Aufteilung, in der jeder Pool alle Mitglieder halten kann, spart {amount}.",
    "stable_unknown": "Ob es eine Aufteilung gibt, in der jeder Pool alle Mitglieder halten kann, blieb in"
                      " den erlaubten Prüfungen offen.",
    "g_alone": "{who} kauft allein.",
    "g_core": "Nach {rule} würde keine Gruppe dieser Partner allein mehr sparen.",
    "g_out": "Nach {rule} würden {who} allein {amount} mehr sparen, doch eine andere Aufteilung hält alle.",
    "g_empty": "Keine Aufteilung kann jede Gruppe in diesem Pool halten: jeder fehlten {amount}.",
    "tier": "Mit {units} Einheiten erreicht der Pool Staffel {tier} von {tiers} bei {supplier}"
            " ({price} je Einheit).",
    "top": "Mit {units} Einheiten erreicht der Pool die beste Staffel von {supplier} ({price} je Einheit).",
    "next": "{missing} Einheiten mehr erreichen Staffel {next} zu {next_price} je Einheit, was bei dieser"
            " Menge {saving} spart; das Aufstocken kostet netto {extra}.",
    "next_pays": "{missing} Einheiten mehr erreichen Staffel {next} zu {next_price} je Einheit; das"
                 " Aufstocken ist netto {extra} günstiger.",
    "ask": "{supplier} um {next_price} je Einheit (Staffel {next}) bei den {units} Einheiten des Pools"
           " bitten: das spart {saving}.",
    "break_even": "Über {price} je Einheit {item} spart der Pool insgesamt nach Koordinationskosten kein"
                  " Geld mehr.",
    "item_break_even": "Über {price} je Einheit kostet {item} gemeinsam mehr, als die Partner getrennt"
                       " zahlen würden.",
    "all_gain": "Bis {price} je Einheit {item} gewinnt nach {rule} noch jeder Partner.",
    "all_gain_none": "Selbst kostenlos lässt {item} nach {rule} einen Partner ohne Gewinn.",
    "win": "{supplier} erhält den Auftrag; seine Stückpreise könnten um {pct} steigen, bevor das nächste"
           " Angebot gewinnt.",
    "win_alone": "{supplier} ist der einzige Lieferant, der diese Menge liefern kann.",
    "disc": "{supplier} müsste seine Stückpreise um mehr als {pct} senken, um den Auftrag des Pools zu"
            " gewinnen.",
    "disc_fee": "{supplier} kann den Auftrag des Pools nicht gewinnen: schon seine Fixgebühr übersteigt das"
                " beste Angebot.",
    "unavailable": "{supplier} kann {units} Einheiten nicht liefern (Bestellgrenzen).",
    "leave": "Tritt {name} aus, spart der Pool {lost} weniger und die anderen zahlen {price_loss} mehr für"
             " ihren eigenen Bedarf; {tiers} Staffel(n) gehen verloren.",
    "min_volume": "{name} muss mindestens {min} {unit} {item} zusagen, damit der Pool seine Staffel hält.",
    "free_volume": "{item} von {name} wird für die Staffel des Pools nicht gebraucht.",
    "per_pair_be": "Über {value} Koordinationskosten je Partnerpaar lohnt sich der Gesamtpool nicht mehr.",
    "per_pair_stable": "Über {value} Koordinationskosten je Paar kann keine Aufteilung jede Gruppe im"
                       " Gesamtpool halten.",
    "per_pair_always_stable": "Der Gesamtpool bleibt bis zu seinen kritischen Koordinationskosten stabil.",
    "per_pair_never_stable": "Der Gesamtpool ist selbst ohne Koordinationskosten je Paar nicht stabil.",
}


def t(key: str, lang: str = "en", **kw) -> str:
    """The advice sentence ``key`` in ``lang`` ('en' or 'de') with its ``{placeholders}`` filled in."""
    return pick(EN, DE, key, lang, **kw)
