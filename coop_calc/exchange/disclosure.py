"""Disclosure control for the confidential statements: which pool figures a partner may see.

Every pool figure a statement could show is a *total* of the reader's own part and the other
partners' part (total need of an item, pooled cost, savings of the pool, stand-alone cost of all
partners). Whatever the reader subtracts its own part from, it learns the others' part — in a pool of
two, that is the other partner's own figure. Following the threshold and dominance rules of
statistical disclosure control for magnitude tables (Hundepool et al. 2012, *Statistical Disclosure
Control*, Wiley, §4.2), a total is shown in partner *i*'s statement only when, counting the partners
other than *i* with a non-zero part:

* **threshold rule** — at least ``MIN_OTHERS`` = 3 of them stand behind it (so that even two readers
  pooling their statements still face a sum of at least two firms), and
* **p% rule, from the reader's seat** — the other partners' part minus the largest of them is at least
  ``P_PERCENT`` = 10 % of that largest part: the reader cannot estimate any single other partner to
  within 10 % by subtracting its own part.

Figures that follow from a total are shown or withheld with it: units bought and the price per unit
of need follow from the total need; the share of the pool's savings and "what the pool saves thanks
to you" from the pool's savings; the savings in % from the savings and the total stand-alone cost; a
complaint that involves other partners from their shares; the reader's figures under the rules not
chosen (equal split: pool savings ÷ n) from all of them. The pool's unit price (the tier reached) and
the coordination cost are shown: they bound the pool's volume to a tier, but do not give it.

Some disclosure follows from the chosen rule itself and no statement can avoid it (documented in
docs/confidentiality.md and said in the statement): under the equal split of savings — and, in a pool
of two, under Shapley and the nucleolus — every partner saves as much as the reader; under equal price
the reader pays the pool's price per unit of need; under negotiated percentages the pool's savings are
the reader's savings divided by its percentage.

``disclose=True`` (``--disclose-totals``) shows every total; the statement then lists what they reveal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .formatting import lang_of
from .results import Results

MIN_OTHERS = 3
P_PERCENT = 10.0
_EPS = 0.005  # below half a cent (or half a unit in a hundred) a part counts as zero


@dataclass(frozen=True)
class Figure:
    """One pool figure of a statement: whether the rule allows it, whether it is shown, and why."""

    key: str
    label: str
    safe: bool
    shown: bool
    reason: str = ""  # why it fails the rule (empty when safe)
    reveals: str = ""  # what it reveals together with the reader's own figures
    de: tuple[str, str, str] = ("", "", "")  # label, reason and reveals in German

    def text(self, what: str, lang: str = "en") -> str:
        """``label``, ``reason`` or ``reveals`` in ``lang``."""
        if lang_of(lang) == "de" and any(self.de):
            return self.de[("label", "reason", "reveals").index(what)]
        return str(getattr(self, what))


@dataclass
class Plan:
    """What partner ``partner``'s statement shows of the pool (see the module doc)."""

    partner: int
    disclose: bool
    figures: dict[str, Figure] = field(default_factory=dict)
    #: disclosures that follow from the chosen rule itself, whatever the statement shows (English, German)
    inherent: list[tuple[str, str]] = field(default_factory=list)

    def shows(self, key: str) -> bool:
        f = self.figures.get(key)
        return True if f is None else f.shown

    @property
    def withheld(self) -> list[Figure]:
        return [f for f in self.figures.values() if not f.shown]

    @property
    def revealing(self) -> list[Figure]:
        """Figures shown although they fail the rule (only with ``disclose``)."""
        return [f for f in self.figures.values() if f.shown and not f.safe]


def rule_check(others: list[float], min_others: int = MIN_OTHERS, p: float = P_PERCENT) -> tuple[str, str]:
    """Why a total whose non-reader parts are ``others`` may not be shown to the reader, in English and
    German (('', '') if it may)."""
    parts = sorted((abs(x) for x in others if abs(x) > _EPS), reverse=True)
    if len(parts) < min_others:
        n = len(parts)
        en = "no other partner" if not n else f"only {n} other partner{'s' if n > 1 else ''}"
        de = "kein anderer Partner" if not n else f"nur {n} andere{'r' if n == 1 else ''} Partner"
        return (f"{en} behind it (the rule needs {min_others})", f"{de} dahinter (die Regel verlangt {min_others})")
    rest = sum(parts[1:])
    if rest < p / 100.0 * parts[0]:
        big, r = parts[0] / sum(parts), rest / parts[0]
        return (f"one other partner makes up {big:.0%} of the others' part (the rest is {r:.1%} of it;"
                f" the rule needs {p:g} %)",
                f"ein anderer Partner hat {big:.0%} am Teil der anderen (der Rest ist {r:.1%} davon;"
                f" die Regel verlangt {p:g} %)")
    return "", ""


def _figure(plan: Plan, key: str, label: tuple[str, str], reason: tuple[str, str], reveals: tuple[str, str]) -> None:
    bad = bool(reason[0])
    plan.figures[key] = Figure(key, label[0], not bad, not bad or plan.disclose, reason[0], reveals[0] if bad else "",
                               (label[1], reason[1], reveals[1] if bad else ""))


def statement_plan(res: Results, i: int, disclose: bool = False) -> Plan:
    """Which pool figures partner ``i``'s statement shows, and why the others are withheld."""
    d, s = res.data, res.scenario
    plan = Plan(i, disclose)
    if s.n < 2:  # a pool of one: every total is the reader's own figure
        return plan
    others = [j for j in range(s.n) if j != i]
    need = s.demand_matrix()
    two = (" — the other partner's own figure", " — die eigene Zahl des anderen Partners") if s.n == 2 else ("", "")
    for k, it in enumerate(s.items):
        if not any(x["item"] == it.id for x in d["items"]):
            continue
        _figure(plan, f"need:{it.id}",
                (f"pool's total need of '{it.name}' (units bought, price per unit of need)",
                 f"Gesamtbedarf des Pools an '{it.name}' (gekaufte Einheiten, Preis je Bedarfseinheit)"),
                rule_check([float(need[j, k]) for j in others]),
                (f"the other partners' combined need of '{it.name}' (pool's total − yours){two[0]}",
                 f"den gemeinsamen Bedarf der anderen an '{it.name}' (Gesamtbedarf − Ihrer){two[1]}"))
    costs, shares = res.pooled_costs(), res.savings_shares()
    alone = [p["standalone_cost"] for p in d["partners"]]
    _figure(plan, "standalone_total", ("stand-alone cost of all partners", "Einzelkosten aller Partner"),
            rule_check([alone[j] for j in others]),
            ("the other partners' combined cost buying alone" + two[0],
             "die gemeinsamen Einzelkosten der anderen" + two[1]))
    if costs is not None and shares is not None:
        _figure(plan, "pooled_cost", ("pooled cost of the pool", "Kosten des Pools"),
                rule_check([costs[j] for j in others]),
                ("the other partners' combined cost in the pool (pooled cost − yours)" + two[0],
                 "die gemeinsamen Poolkosten der anderen (Kosten des Pools − Ihre)" + two[1]))
        _figure(plan, "savings", ("savings of the pool (with your share of them and what the pool saves thanks to you)",
                                  "Einsparung des Pools (mit Ihrem Anteil daran und was der Pool dank Ihnen spart)"),
                rule_check([shares[j] for j in others]),
                ("the other partners' combined savings (pool's savings − yours)" + two[0],
                 "die gemeinsame Einsparung der anderen (Einsparung des Pools − Ihre)" + two[1]))
        pct = plan.figures["savings"].safe and plan.figures["standalone_total"].safe
        _figure(plan, "savings_pct", ("savings in % of the stand-alone cost", "Einsparung in % der Einzelkosten"),
                ("", "") if pct else ("follows from the two totals above", "ergibt sich aus den beiden Summen oben"),
                ("with one of the two totals, the other", "mit einer der beiden Summen die andere"))
        complaint = res.own_complaint(i)
        if complaint is not None and abs(complaint + shares[i]) > 0.01 and not plan.figures["savings"].safe:
            _figure(plan, "complaint", ("most a group including you would gain by leaving",
                                        "größter Vorteil einer Gruppe mit Ihnen beim Austritt"),
                    ("it is the gain of a group with other partners and mixes their shares",
                     "es ist der Vorteil einer Gruppe mit anderen Partnern und enthält deren Anteile"),
                    ("the savings of a group with other partners minus their shares",
                     "die Einsparung einer Gruppe mit anderen Partnern abzüglich ihrer Anteile"))
    if len(res.rules) > 1:
        unsafe = any(not f.safe for f in plan.figures.values())
        _figure(plan, "other_rules", ("your cost and savings under the rules not chosen",
                                      "Ihre Kosten und Einsparung unter den nicht gewählten Regeln"),
                ("they follow from the pool's totals (e.g. equal split: pool's savings ÷ number of partners)",
                 "sie ergeben sich aus den Summen des Pools (z. B. gleiche Aufteilung: Einsparung ÷ Partnerzahl)")
                if unsafe else ("", ""),
                ("the pool's savings and prices per unit of need, and from them the totals above",
                 "die Einsparung und die Preise je Bedarfseinheit des Pools, daraus die Summen oben"))
    rule = res.chosen_rule
    if rule == "equal_savings" or (s.n == 2 and rule in ("shapley", "nucleolus")):
        plan.inherent.append(("every other partner saves as much as you: that is how the chosen rule splits the"
                              " savings in this pool",
                              "jeder andere Partner spart so viel wie Sie: so teilt die gewählte Regel die"
                              " Einsparung in diesem Pool"))
    if rule == "custom":
        plan.inherent.append(("the pool's savings are your savings divided by your negotiated percentage: with the"
                              " percentages the partners agreed, everyone's savings follow",
                              "die Einsparung des Pools ist Ihre Einsparung geteilt durch Ihren vereinbarten Prozentsatz:"
                              " mit den vereinbarten Prozentsätzen folgt die Einsparung aller"))
    if rule == "equal_price":
        plan.inherent.append(("your cost is the pool's price per unit of need times your need: that is how the"
                              " chosen rule charges",
                              "Ihre Kosten sind der Preis je Bedarfseinheit des Pools mal Ihr Bedarf: so rechnet"
                              " die gewählte Regel ab"))
    return plan


WORDS = {
    "en": {"withheld": "withheld", "withheld_head": "What this statement does not show, and why",
           "withheld_note": "Pool totals are shown only when at least {k} other partners stand behind them and no"
                            " one of them dominates (p% rule, p = {p} %), so that nobody's figures follow from"
                            " yours by subtraction.",
           "reveals_head": "What the pool totals in this statement reveal",
           "reveals_note": "This statement shows pool totals the disclosure rule would withhold (the coordinator"
                           " chose to disclose them). Together with your own figures they give:",
           "inherent_head": "What the chosen rule itself tells",
           "alias": "In anonymised pool reports you appear as {alias}."},
    "de": {"withheld": "zurückgehalten", "withheld_head": "Was dieser Auszug nicht zeigt, und warum",
           "withheld_note": "Summen des Pools erscheinen nur, wenn mindestens {k} andere Partner dahinterstehen und"
                            " keiner von ihnen dominiert (p%-Regel, p = {p} %), damit sich niemandes Zahlen durch"
                            " Abziehen Ihrer eigenen ergeben.",
           "reveals_head": "Was die Summen des Pools in diesem Auszug verraten",
           "reveals_note": "Dieser Auszug zeigt Summen, die die Offenlegungsregel zurückhalten würde (der Koordinator"
                           " hat sie freigegeben). Mit Ihren eigenen Zahlen ergeben sie:",
           "inherent_head": "Was die gewählte Regel selbst verrät",
           "alias": "In anonymisierten Berichten des Pools erscheinen Sie als {alias}."},
}


def word(key: str, lang: str = "en", **kw) -> str:
    """Statement wording for disclosure control in ``lang`` (English or German)."""
    table = WORDS["de" if lang_of(lang) == "de" else "en"]
    return table[key].format(**kw) if kw else table[key]


def plan_lines(res: Results, disclose: bool = False, lang: str = "en") -> list[str]:
    """For the coordinator, before sending: per partner, what its statement withholds or reveals, in
    ``lang``."""
    from ..i18n import translator

    _ = translator(lang)
    de = lang_of(lang) == "de"
    lines = []
    for i, p in enumerate(res.scenario.partners):
        plan = statement_plan(res, i, disclose)
        for f in plan.withheld:
            lines.append(_("cli", "plan_withheld", name=p.name, label=f.text("label", lang), reason=f.text("reason", lang)))
        for f in plan.revealing:
            lines.append(_("cli", "plan_disclosed", name=p.name, label=f.text("label", lang),
                           reveals=f.text("reveals", lang)))
        for t, t_de in plan.inherent:
            lines.append(_("cli", "plan_inherent", name=p.name, text=t_de if de and t_de else t))
    return lines
