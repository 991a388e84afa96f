"""Pools for the confidentiality tests (no tests here): partner names written into the pool's own
texts in odd spellings, and pools of 2 to 5 partners with amounts in cents (so that no figure equals
another by chance)."""

from __future__ import annotations

import unicodedata
from types import MappingProxyType

from coop_calc.model import Coordination, Item, Meta, Partner, Quote, Scenario, Sharing, Tier

PARTNERS = (
    Partner(id="kessler", name="Kessler Anlagentechnik GmbH", sector="Anlagenbau", employees=140),
    Partner(id="hartmann", name="Hartmann Maschinenbau GmbH & Co. KG", sector="Maschinenbau", employees=85),
    Partner(id="mueller", name="Müller Präzision AG", sector="Feinwerktechnik", employees=230),
    Partner(id="weber", name="Weber Gießerei GmbH", sector="Gießerei", employees=310),
    Partner(id="schaefer", name="Schäfer Elektronik KG", sector="Elektronik", employees=64, dropout_probability=0.05),
)

#: demand per partner and item: distinct, nobody's equal to anyone else's
DEMAND = {
    "kessler": {"cobot": 3, "iot": 41, "mes-kessler": 7, "am": 900},
    "hartmann": {"cobot": 5, "iot": 67, "mes-kessler": 12},
    "mueller": {"cobot": 2, "iot": 29, "mes-kessler": 4, "am": 1300},
    "weber": {"cobot": 4, "iot": 53, "am": 2100},
    "schaefer": {"cobot": 1, "iot": 88, "mes-kessler": 9},
}


def items() -> tuple[Item, ...]:
    return (
        Item(id="cobot", name="Cobot for Hart\u00admann\u2013Maschinenbau", category="Robotik", unit="pieces"),
        Item(id="iot", name="IoT retrofit kit (Mueller\u00a0 Präzision line)", category="MÜLLER PRÄZISION AG",
             unit="kits"),
        Item(id="mes-kessler", name="MES seat (KESSLER Anlagentechnik GmbH spec)", category="Software",
             unit="seats"),
        Item(id="am", name="3D printer hours at ＷＥＢＥＲ", category="Additive", unit="machine-hours",
             capacity_per_unit=4000.0),
    )


def quotes() -> tuple[Quote, ...]:
    def q(qid, item, supplier, tiers, fee):
        return Quote(id=qid, item_id=item, supplier=supplier, fixed_fee=fee,
                     tiers=tuple(Tier(float(m), float(p)) for m, p in tiers))
    return (
        q("cobot-robotech", "cobot", "RoboTech Automation c/o Hartmann", [(1, 24990.37), (6, 22450.55), (12, 20875.29)],
          1250.13),
        q("iot-sensa", "iot", "Sensa GmbH for schäfer  elektronik", [(1, 389.91), (60, 341.17), (200, 298.43)], 420.07),
        q("mes-kessler-soft", "mes-kessler", "Kessler's MES vendor", [(1, 1190.03), (20, 990.11)], 5000.09),
        q("am-print", "am", "PrintFab", [(1, 185000.47)], 3500.21),
    )


def pool(n: int, rule: str = "shapley", names: bool = True) -> Scenario:
    """A pool of the first ``n`` partners. ``names``: texts carry partner names in odd spellings."""
    partners = PARTNERS[:n]
    ids = {p.id for p in partners}
    its, qs = items(), quotes()
    if not names:
        its = tuple(Item(id=it.id, name=f"Item {k + 1}", unit=it.unit, capacity_per_unit=it.capacity_per_unit)
                    for k, it in enumerate(its))
        qs = tuple(Quote(id=x.id, item_id=x.item_id, supplier=f"Supplier {k + 1}", fixed_fee=x.fixed_fee,
                         tiers=x.tiers) for k, x in enumerate(qs))
    demand = {(pid, iid): float(v) for pid, row in DEMAND.items() if pid in ids for iid, v in row.items()}
    used = {iid for _, iid in demand}
    its = tuple(it for it in its if it.id in used)
    qs = tuple(x for x in qs if x.item_id in used)
    meta = Meta(name="Pool of Hartmann Maschinenbau, KESSLER, Mueller, Weber and Schäfer",
                description="Prepared for Hartmann by Anna Vogel", author="Dr. Anna Vogel")
    return Scenario(meta=meta, partners=partners, items=its, quotes=qs, demand=MappingProxyType(demand),
                    coordination=Coordination(fixed=1500.17, per_member=250.03, per_pair=120.11),
                    sharing=Sharing(rule=rule))


def fold(text: str) -> str:
    """An independent normalisation for the scans: NFKC, case folded, umlauts as ae/oe/ue, soft
    hyphens and zero-width characters removed, every space and dash as one space."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = t.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    t = "".join(" " if (c.isspace() or c in "\u2010\u2011\u2012\u2013\u2014-") else c for c in t
                if c not in "\u00ad\u200b\u200c\u200d\u2060\ufeff")
    return " ".join(t.split())


#: words that identify a partner of PARTNERS (or the author) in any anonymised output
SECRETS = ("kessler", "hartmann", "mueller", "muller", "weber", "schaefer", "schafer", "vogel", "anlagenbau",
           "feinwerktechnik", "giesserei", "prepared for")
