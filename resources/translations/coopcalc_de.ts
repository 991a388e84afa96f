<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BargainingPage</name>
    <message>
        <location filename="../../ui/results/bargaining.py" line="43" />
        <source>Bargaining power</source>
        <translation>Verhandlungsmacht</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="46" />
        <source>Item:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="71" />
        <source>No item is bought by the pool yet.</source>
        <translation>Der Pool kauft noch keine Position.</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="77" />
        <source>Each line is one supplier's quote: what one unit of need costs, fees included, at each order size. The dots are the partners buying alone, the star is the pool.</source>
        <translation>Jede Linie ist das Angebot eines Lieferanten: was eine Bedarfseinheit bei jeder Bestellmenge kostet, Gebühren eingeschlossen. Die Punkte sind die Partner beim Einzelkauf, der Stern ist der Pool.</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="93" />
        <source>The pool</source>
        <translation>Der Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="95" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="95" />
        <source>Need (%1)</source>
        <translation>Bedarf (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="95" />
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="96" />
        <source>Per unit alone</source>
        <translation>Je Einheit allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="96" />
        <source>Per unit in the pool</source>
        <translation>Je Einheit im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="96" />
        <source>Cheaper by</source>
        <translation>Günstiger um</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="101" />
        <source>%1 units for %2 %3</source>
        <translation>%1 Einheiten für %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="105" />
        <source>Together the pool buys %1 from %2 at %3 per unit of need; alone the partners would pay between %4 and %5.</source>
        <translation>Gemeinsam kauft der Pool %1 bei %2 zu %3 je Bedarfseinheit; allein würden die Partner zwischen %4 und %5 zahlen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="110" />
        <source>Together the pool buys %1 from %2.</source>
        <translation>Gemeinsam kauft der Pool %1 bei %2.</translation>
    </message>
</context>
<context>
    <name>CoalitionPage</name>
    <message>
        <location filename="../../ui/results/coalitions.py" line="66" />
        <source>Coalitions</source>
        <extracomment>Rows listed for larger pools (the largest complaints among the groups that match the search).</extracomment>
        <translation>Koalitionen</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="69" />
        <source>Split by:</source>
        <translation>Aufteilung nach:</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="70" />
        <source>Find groups with a partner: type a name (several: separate by commas)</source>
        <translation>Gruppen mit einem Partner finden: Namen eingeben (mehrere durch Kommas trennen)</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="72" />
        <source>A group's complaint is what it would save by buying on its own minus what its members receive in the pool under this rule. A positive complaint means the group has a reason to leave; the pool is stable when no group has one.</source>
        <translation>Der Einwand einer Gruppe ist, was sie beim gemeinsamen Kauf ohne die anderen sparen würde, abzüglich dessen, was ihre Mitglieder nach dieser Regel im Pool erhalten. Ein positiver Einwand heißt: Die Gruppe hat einen Grund auszutreten; der Pool ist stabil, wenn keine Gruppe einen hat.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="112" />
        <source>The coalition explorer needs the full game (pools of 2 to 22 partners).</source>
        <translation>Die Koalitionsansicht braucht das vollständige Spiel (Pools mit 2 bis 22 Partnern).</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="113" />
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="120" />
        <source>Red bars: groups that would gain by leaving under this rule; green: groups that are better off in the pool.</source>
        <translation>Rote Balken: Gruppen, die nach dieser Regel durch einen Austritt gewinnen würden; grün: Gruppen, die im Pool besser dastehen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="122" />
        <source>Under this rule no group would gain by leaving.</source>
        <translation>Nach dieser Regel würde keine Gruppe durch einen Austritt gewinnen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="123" />
        <source>Under this rule some groups would gain by leaving.</source>
        <translation>Nach dieser Regel würden manche Gruppen durch einen Austritt gewinnen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="129" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="129" />
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="129" />
        <source>Cost together</source>
        <translation>Kosten gemeinsam</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="129" />
        <source>Cost alone</source>
        <translation>Kosten allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="130" />
        <source>Savings together</source>
        <translation>Einsparung gemeinsam</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="130" />
        <source>Savings received</source>
        <translation>Erhaltene Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="130" />
        <source>Complaint</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="145" />
        <source>No partner's name contains “%1”.</source>
        <translation>Kein Partnername enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="147" />
        <source>All %1 groups that could leave the pool, largest complaint first.</source>
        <translation>Alle %1 Gruppen, die den Pool verlassen könnten, größter Einwand zuerst.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="150" />
        <source>%1 groups with the partners searched for, largest complaint first.</source>
        <translation>%1 Gruppen mit den gesuchten Partnern, größter Einwand zuerst.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="153" />
        <source>The pool has %1 possible groups; shown are the %2 with the largest complaints.</source>
        <translation>Der Pool hat %1 mögliche Gruppen; gezeigt werden die %2 mit den größten Einwänden.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../ui/results/comparison.py" line="83" />
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="86" />
        <source>Duplicate scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="87" />
        <source>Rename scenario…</source>
        <translation>Szenario umbenennen …</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="88" />
        <source>Variants of the pool side by side. Duplicate the current scenario to try a change (another supplier, a partner less) without losing the original.</source>
        <translation>Varianten des Pools nebeneinander. Duplizieren Sie das aktuelle Szenario, um eine Änderung zu erproben (anderer Lieferant, ein Partner weniger), ohne das Original zu verlieren.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="131" />
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="133" />
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="157" />
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="157" />
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="168" />
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="176" />
        <source>What the partners would pay alone and what each variant of the pool pays; the percentage is the saving.</source>
        <translation>Was die Partner allein zahlen würden und was jede Variante des Pools zahlt; die Prozentzahl ist die Einsparung.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="178" />
        <source>Each partner's cost in each variant, under that variant's sharing rule.</source>
        <translation>Die Kosten jedes Partners in jeder Variante, nach deren Aufteilungsregel.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="187" />
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="187" />
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="187" />
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="187" />
        <source>Pooled</source>
        <translation>Im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="188" />
        <source>Savings</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="188" />
        <source>Savings %</source>
        <translation>Einsparung %</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="188" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="188" />
        <source>Loss probability in the pool</source>
        <translation>Verlustrisiko im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="202" />
        <source>not simulated</source>
        <translation>nicht simuliert</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="210" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/presentation.py" line="75" />
        <source>CoopCalc – presentation</source>
        <extracomment>How much larger text and charts are than in the main window, by screen width (a full-HD projector gets 1.5; a laptop screen less, so that the pages still fit).</extracomment>
        <translation>CoopCalc – Präsentation</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="76" />
        <source>Anonymous (A)</source>
        <translation>Anonym (A)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="77" />
        <source>Show every partner by its alias (Partner A, Partner B, …) everywhere.</source>
        <translation>Jeden Partner überall unter seinem Decknamen zeigen (Partner A, Partner B, …).</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="78" />
        <source>Leave (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="87" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../ui/results/common.py" line="57" />
        <source>Yes</source>
        <extracomment>The role under which tables keep the unformatted value (number or text) for sorting and tests.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/results/common.py" line="57" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/results/common.py" line="111" />
        <source>This chart could not be drawn.</source>
        <translation>Dieses Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../ui/results/risk.py" line="68" />
        <source>Risk</source>
        <extracomment>a new simulation result (result, the scenario it was computed for)</extracomment>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="71" />
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="108" />
        <location filename="../../ui/results/risk.py" line="164" />
        <source>Whole pool</source>
        <translation>Gesamter Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="115" />
        <source>Press “Run simulation” to see how likely each partner is to lose money on the investment, alone and in the pool.</source>
        <translation>Klicken Sie auf „Simulation starten“, um zu sehen, wie wahrscheinlich jeder Partner mit der Investition Geld verliert – allein und im Pool.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="119" />
        <source>These results are from before the last change of the pool. Run the simulation again to update them.</source>
        <translation>Diese Ergebnisse stammen von vor der letzten Änderung des Pools. Starten Sie die Simulation erneut, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="123" />
        <source>Net present value of each partner's investment over its useful life, simulated %1 times.</source>
        <translation>Kapitalwert der Investition jedes Partners über die Nutzungsdauer, %1-mal simuliert.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="138" />
        <source>How often each outcome occurred; left of the red line the investment loses money. Grey: buying alone, blue: in the pool.</source>
        <translation>Wie oft jedes Ergebnis vorkam; links der roten Linie verliert die Investition Geld. Grau: Einzelkauf, blau: im Pool.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="141" />
        <source>Read the height where a curve crosses the red line: that is the probability of a loss (misinvestment).</source>
        <translation>Lesen Sie die Höhe ab, an der eine Kurve die rote Linie kreuzt: Das ist die Wahrscheinlichkeit eines Verlusts (Fehlinvestition).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="144" />
        <source>The inputs that move the result most: blue bars raise it when the input is high or the event happens, orange bars lower it.</source>
        <translation>Die Eingaben, die das Ergebnis am stärksten bewegen: Blaue Balken erhöhen es, wenn die Eingabe hoch ist oder das Ereignis eintritt, orange Balken senken es.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="153" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="153" />
        <source>Expected value
alone</source>
        <translation>Erwartungswert
allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="153" />
        <source>Expected value
in the pool</source>
        <translation>Erwartungswert
im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="154" />
        <source>Loss risk
alone</source>
        <translation>Verlustrisiko
allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="154" />
        <source>Loss risk
in the pool</source>
        <translation>Verlustrisiko
im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="155" />
        <source>Shortfall
alone</source>
        <translation>Shortfall
allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="155" />
        <source>Shortfall
in the pool</source>
        <translation>Shortfall
im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="156" />
        <source>Expected value: the average net present value over all trials (± one standard error).</source>
        <translation>Erwartungswert: der durchschnittliche Kapitalwert über alle Durchläufe (± ein Standardfehler).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="157" />
        <source>Loss risk: the share of trials in which the investment loses money (± one standard error).</source>
        <translation>Verlustrisiko: der Anteil der Durchläufe, in denen die Investition Geld verliert (± ein Standardfehler).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="159" />
        <source>Expected shortfall: the average loss in the worst 5 % of trials (negative: even then the investment gains).</source>
        <translation>Expected Shortfall: der durchschnittliche Verlust in den schlechtesten 5 % der Durchläufe (negativ: selbst dann gewinnt die Investition).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="178" />
        <source>± is one standard error: with %1 trials the loss probabilities are precise to about ±%2 percentage points (two standard errors).</source>
        <translation>± ist ein Standardfehler: Mit %1 Durchläufen sind die Verlustrisiken auf etwa ±%2 Prozentpunkte genau (zwei Standardfehler).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="181" />
        <source>That is precise enough to compare alone and pooled.</source>
        <translation>Das reicht, um Einzelkauf und Pool zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="182" />
        <source>Run more trials for firmer figures.</source>
        <translation>Für belastbarere Zahlen mehr Durchläufe simulieren.</translation>
    </message>
</context>
<context>
    <name>RiskRunBar</name>
    <message>
        <location filename="../../ui/results/risk_run.py" line="83" />
        <source>Trials:</source>
        <extracomment>Trials per chunk: the worker checks for Cancel this often (about every few milliseconds).</extracomment>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="84" />
        <source>How many possible futures to simulate. More trials make the figures more precise (see the ± values) and take longer.</source>
        <translation>Wie viele mögliche Zukünfte simuliert werden. Mehr Durchläufe machen die Zahlen genauer (siehe die ±-Werte) und dauern länger.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="86" />
        <source>Sampling:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="90" />
        <source>Latin hypercube</source>
        <translation>Latin Hypercube</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="91" />
        <source>Sobol' sequence</source>
        <translation>Sobol-Folge</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="92" />
        <source>Plain random</source>
        <translation>Einfacher Zufall</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="95" />
        <source>Latin hypercube and Sobol' spread the trials evenly and need fewer of them for the same precision.</source>
        <translation>Latin Hypercube und Sobol verteilen die Durchläufe gleichmäßig und brauchen für die gleiche Genauigkeit weniger davon.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="97" />
        <source>Run simulation</source>
        <translation>Simulation starten</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="98" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="122" />
        <source>Simulating %1 trials…</source>
        <translation>Simuliere %1 Durchläufe …</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="136" />
        <source>Cancelled. The results shown are from the previous run.</source>
        <translation>Abgebrochen. Die angezeigten Ergebnisse stammen aus dem vorigen Lauf.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="155" />
        <source>%1 trials in %2 s.</source>
        <translation>%1 Durchläufe in %2 s.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="161" />
        <source>The simulation could not run: %1</source>
        <translation>Die Simulation konnte nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>SavingsPage</name>
    <message>
        <location filename="../../ui/results/savings.py" line="50" />
        <location filename="../../ui/results/savings.py" line="101" />
        <source>Savings</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="59" />
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="68" />
        <source>Buying together saves %1 (%2) of the %3 the partners would pay alone.</source>
        <translation>Gemeinsamer Einkauf spart %1 (%2) der %3, die die Partner allein zahlen würden.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="72" />
        <source>Buying together costs %1 more than buying alone.</source>
        <translation>Gemeinsamer Einkauf kostet %1 mehr als der Einzelkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="74" />
        <source>Better prices and fewer units save %1; coordinating the pool costs %2.</source>
        <translation>Bessere Preise und weniger Einheiten sparen %1; die Koordination des Pools kostet %2.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="77" />
        <source>The smallest group that already pays off has %1 partners.</source>
        <translation>Die kleinste Gruppe, die sich schon lohnt, hat %1 Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="84" />
        <source>The capital each partner commits: grey if it bought alone, blue its share of the pool's cost under the rule “%1”.</source>
        <translation>Das Kapital, das jeder Partner bindet: grau beim Einzelkauf, blau sein Anteil an den Kosten des Pools nach der Regel „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="86" />
        <source>The capital each partner would commit buying alone (splits are computed for pools of up to 22 partners).</source>
        <translation>Das Kapital, das jeder Partner beim Einzelkauf binden würde (Aufteilungen werden für Pools mit bis zu 22 Partnern berechnet).</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="89" />
        <source>From what all partners would pay alone to what the pool pays: better prices and fewer units save money, coordinating the pool costs some.</source>
        <translation>Von dem, was alle Partner allein zahlen würden, zu dem, was der Pool zahlt: Bessere Preise und weniger Einheiten sparen Geld, die Koordination des Pools kostet etwas.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="92" />
        <source>If a partner left, the others could still pool; the red part is what the pool would lose without that partner.</source>
        <translation>Träte ein Partner aus, könnten die anderen weiter gemeinsam kaufen; der rote Teil ist, was dem Pool ohne diesen Partner entginge.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="101" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="101" />
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="101" />
        <source>In the pool</source>
        <translation>Im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="102" />
        <source>Savings %</source>
        <translation>Einsparung %</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="102" />
        <source>Pool loses if it leaves</source>
        <translation>Verlust des Pools bei Austritt</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="116" />
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="121" />
        <source>Amounts are rounded to the cent so that the partners add up to the pool's total.</source>
        <translation>Beträge sind so auf den Cent gerundet, dass die Partner zusammen die Summe des Pools ergeben.</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <location filename="../../ui/results/splits.py" line="70" />
        <source>Fair split</source>
        <translation>Faire Aufteilung</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="73" />
        <source>Show per partner:</source>
        <translation>Je Partner zeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="77" />
        <source>Share of the savings</source>
        <translation>Anteil an der Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="78" />
        <source>Cost in the pool</source>
        <translation>Kosten im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="82" />
        <source>“Nobody pays more than alone”: no partner pays more in the pool than it would pay buying alone.</source>
        <translation>„Niemand zahlt mehr als allein“: Kein Partner zahlt im Pool mehr als beim Einzelkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="84" />
        <source>“No group better off alone”: no group of partners would save more by leaving and buying together on its own.</source>
        <translation>„Keine Gruppe allein besser“: Keine Gruppe von Partnern würde mehr sparen, wenn sie austräte und für sich gemeinsam kaufte.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="86" />
        <source>“Largest complaint”: the most any group would gain by leaving; zero or less means no group has a reason to leave.</source>
        <translation>„Größter Einwand“: das Meiste, was eine Gruppe durch einen Austritt gewinnen würde; null oder weniger heißt, keine Gruppe hat einen Grund auszutreten.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="98" />
        <source>Splits are computed for pools of 2 to 22 partners.</source>
        <translation>Aufteilungen werden für Pools mit 2 bis 22 Partnern berechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="99" />
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="108" />
        <source>This pool is too large to check every group of partners; the table checks that nobody pays more than alone, and the Shapley value is estimated from random joining orders.</source>
        <translation>Dieser Pool ist zu groß, um jede Gruppe von Partnern zu prüfen; die Tabelle prüft, dass niemand mehr zahlt als allein, und der Shapley-Wert wird aus zufälligen Beitrittsreihenfolgen geschätzt.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="113" />
        <source>No split can keep every group of partners happy: whatever the pool agrees, some group would save more on its own. Even the best split leaves a group %1 short; that amount would have to be found (for example as a subsidy or a cheaper quote) for everybody to stay. The table below shows which group complains under each rule.</source>
        <translation>Keine Aufteilung kann jede Gruppe von Partnern zufriedenstellen: Was der Pool auch vereinbart, eine Gruppe würde allein mehr sparen. Selbst die beste Aufteilung lässt einer Gruppe %1 fehlen; dieser Betrag müsste gefunden werden (etwa als Zuschuss oder durch ein günstigeres Angebot), damit alle bleiben. Die Tabelle zeigt, welche Gruppe bei jeder Regel einen Einwand hat.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="120" />
        <source>Good news: there are splits under which no group of partners would be better off on its own. Rules marked “Yes” under “No group better off alone” are such splits.</source>
        <translation>Gute Nachricht: Es gibt Aufteilungen, bei denen keine Gruppe von Partnern allein besser dastünde. Regeln mit „Ja“ unter „Keine Gruppe allein besser“ sind solche Aufteilungen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="124" />
        <source>Each partner's share of the savings under every rule; the chosen rule is outlined.</source>
        <translation>Der Anteil jedes Partners an der Einsparung nach jeder Regel; die gewählte Regel ist umrandet.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="141" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="141" />
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="149" />
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="157" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="157" />
        <source>Nobody pays more than alone</source>
        <translation>Niemand zahlt mehr als allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="157" />
        <source>No group better off alone</source>
        <translation>Keine Gruppe allein besser</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="158" />
        <source>Largest complaint</source>
        <translation>Größter Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="158" />
        <source>Group that complains most</source>
        <translation>Gruppe mit dem größten Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="159" />
        <source>No partner pays more in the pool than it would pay buying alone.</source>
        <translation>Kein Partner zahlt im Pool mehr als beim Einzelkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="160" />
        <source>No group of partners would save more by leaving and buying together on its own.</source>
        <translation>Keine Gruppe von Partnern würde mehr sparen, wenn sie austräte und für sich gemeinsam kaufte.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="161" />
        <source>The largest amount by which a group of partners would be better off on its own.</source>
        <translation>Der größte Betrag, um den eine Gruppe von Partnern für sich besser dastünde.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="168" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="189" />
        <source>The pool loses money, so the split shown spreads the loss as evenly as possible.</source>
        <translation>Der Pool verliert Geld; die gezeigte Aufteilung verteilt den Verlust so gleichmäßig wie möglich.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="191" />
        <source>Estimated from %1 random joining orders; each partner's share is within ±%2 (95 % confidence).</source>
        <translation>Geschätzt aus %1 zufälligen Beitrittsreihenfolgen; der Anteil jedes Partners ist auf ±%2 genau (95 % Konfidenz).</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="195" />
        <source>(Click a rule to read how it splits.)</source>
        <translation>(Klicken Sie auf eine Regel, um zu lesen, wie sie aufteilt.)</translation>
    </message>
</context>
</TS>
