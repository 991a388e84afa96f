<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AdvicePage</name>
    <message>
        <location filename="../../ui/results/advice.py" line="93"/>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="96"/>
        <source>What to ask the suppliers for</source>
        <translation>Was von den Lieferanten zu fordern ist</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="97"/>
        <source>Commitment</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="98"/>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="99"/>
        <source>Each bar is one way to divide the partners into pools; its parts are the pools with two or more partners (the others buy alone).</source>
        <translation>Jeder Balken ist eine Einteilung der Partner in Pools; seine Teile sind die Pools mit zwei oder mehr Partnern (die übrigen kaufen allein).</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="138"/>
        <source>Working out the best division of the pool…</source>
        <translation>Die beste Einteilung des Pools wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="157"/>
        <source>No advice for this pool: %1</source>
        <translation>Keine Empfehlung für diesen Pool: %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="169"/>
        <source>Pool design advice needs every group&apos;s cost: at most %1 partners.</source>
        <translation>Die Empfehlung braucht die Kosten jeder Gruppe: höchstens %1 Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="172"/>
        <source>Enter partners, items and quotes to get advice.</source>
        <translation>Partner, Artikel und Angebote eingeben, um eine Empfehlung zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="202"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="207"/>
        <source>Single pool</source>
        <translation>Gesamtpool</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="207"/>
        <source>all partners</source>
        <translation>alle Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="214"/>
        <source>Best stable division</source>
        <translation>Beste stabile Einteilung</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="218"/>
        <source>Division</source>
        <translation>Einteilung</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="218"/>
        <source>Partners buying together</source>
        <translation>Gemeinsam kaufende Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="218"/>
        <source>Net savings</source>
        <translation>Nettoeinsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="219"/>
        <source>Split keeps every group</source>
        <translation>Aufteilung hält jede Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="219"/>
        <source>Can be stable</source>
        <translation>Kann stabil sein</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="220"/>
        <source>Savings after the group&apos;s own coordination cost.</source>
        <translation>Einsparung nach den eigenen Koordinationskosten der Gruppe.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="221"/>
        <source>Under the chosen rule no group of its partners would save more on its own.</source>
        <translation>Nach der gewählten Regel würde keine Gruppe ihrer Partner allein mehr sparen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="222"/>
        <source>Some split keeps every group of its partners (the core is not empty).</source>
        <translation>Eine Aufteilung hält jede Gruppe ihrer Partner (der Kern ist nicht leer).</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="237"/>
        <source>wins, +%1 headroom</source>
        <translation>gewinnt, +%1 Spielraum</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="239"/>
        <source>wins</source>
        <translation>gewinnt</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="240"/>
        <source>cannot win</source>
        <translation>kann nicht gewinnen</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="254"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="254"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="254"/>
        <source>Tier reached</source>
        <translation>Erreichte Staffel</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="254"/>
        <source>Units to next tier</source>
        <translation>Einheiten bis zur nächsten Staffel</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="255"/>
        <source>Next tier saves</source>
        <translation>Nächste Staffel spart</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="255"/>
        <source>Next tier&apos;s price now saves</source>
        <translation>Preis der nächsten Staffel spart jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="255"/>
        <source>Discount to win</source>
        <translation>Rabatt zum Gewinnen</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="256"/>
        <source>Dearer than separately above</source>
        <translation>Teurer als getrennt ab</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="256"/>
        <source>Pool stops paying off above</source>
        <translation>Pool lohnt sich nicht mehr ab</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="257"/>
        <source>Every partner gains up to</source>
        <translation>Jeder Partner gewinnt bis</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="258"/>
        <source>The price cut on an order of the next tier&apos;s size.</source>
        <translation>Die Preissenkung bei einer Bestellung in Höhe der nächsten Staffel.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="259"/>
        <source>Asking for the next tier&apos;s unit price at the pool&apos;s current order.</source>
        <translation>Den Stückpreis der nächsten Staffel für die jetzige Bestellung des Pools verlangen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="260"/>
        <source>How far this supplier must cut all its unit prices to be cheaper than the winner; for the winner, how far its prices could rise before the runner-up wins.</source>
        <translation>Wie weit dieser Lieferant alle Stückpreise senken muss, um günstiger als der Gewinner zu sein; beim Gewinner, wie weit seine Preise steigen könnten, bevor der Zweite gewinnt.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="262"/>
        <source>Pooled unit price at which buying this item together costs as much as separately.</source>
        <translation>Stückpreis im Pool, bei dem der gemeinsame Kauf dieses Artikels so viel kostet wie getrennt.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="263"/>
        <source>Pooled unit price at which the whole pool no longer saves money after coordination cost.</source>
        <translation>Stückpreis im Pool, bei dem der ganze Pool nach Koordinationskosten kein Geld mehr spart.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="265"/>
        <source>Pooled unit price up to which every partner still gains under the chosen rule.</source>
        <translation>Stückpreis im Pool, bis zu dem nach der gewählten Regel noch jeder Partner gewinnt.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="281"/>
        <source>none needed for the tiers</source>
        <translation>für die Staffeln nicht nötig</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="283"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="283"/>
        <source>Pool saves less if it leaves</source>
        <translation>Pool spart weniger bei Austritt</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="283"/>
        <source>Others pay more</source>
        <translation>Andere zahlen mehr</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="284"/>
        <source>Tiers lost</source>
        <translation>Verlorene Staffeln</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice.py" line="284"/>
        <source>Minimum commitment that keeps the pool&apos;s tiers</source>
        <translation>Mindestzusage, die die Staffeln des Pools hält</translation>
    </message>
</context>
<context>
    <name>AnonymousExportDialog</name>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="52"/>
        <source>Anonymised export</source>
        <translation>Anonymisierter Export</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="56"/>
        <source>Every partner appears by its alias (Partner A, Partner B, …) and partner names are removed from every text. The figures are those of the pool. All chosen files are written, or none of them.</source>
        <translation>Jeder Partner erscheint unter seinem Decknamen (Partner A, Partner B …), und Partnernamen werden aus allen Texten entfernt. Die Zahlen sind die des Pools. Es werden alle gewählten Dateien geschrieben oder keine.</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="60"/>
        <source>Workbook (.xlsx): inputs, results, advice and risk</source>
        <translation>Arbeitsmappe (.xlsx): Eingaben, Ergebnisse, Empfehlung und Risiko</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="61"/>
        <source>Meeting report (PDF)</source>
        <translation>Besprechungsbericht (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="62"/>
        <source>Scenario file (.coop.json) that others can open in CoopCalc</source>
        <translation>Szenariodatei (.coop.json), die andere in CoopCalc öffnen können</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="63"/>
        <source>Chart images (PNG files in a folder)</source>
        <translation>Diagrammbilder (PNG-Dateien in einem Ordner)</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="72"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="76"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="85"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="102"/>
        <source>Give the files a name.</source>
        <translation>Geben Sie den Dateien einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="104"/>
        <source>Tick at least one file.</source>
        <translation>Wählen Sie mindestens eine Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="107"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="110"/>
        <source>%1 is a file, not a folder: choose another name.</source>
        <translation>%1 ist eine Datei, kein Ordner: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="112"/>
        <source>%1 is a folder: choose another name.</source>
        <translation>%1 ist ein Ordner: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="121"/>
        <source>These files will be written:</source>
        <translation>Diese Dateien werden geschrieben:</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="125"/>
        <source>(existing folder: its chart images are replaced)</source>
        <translation>(vorhandener Ordner: seine Diagrammbilder werden ersetzt)</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="127"/>
        <source>(replaces the existing file)</source>
        <translation>(ersetzt die vorhandene Datei)</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="129"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="135"/>
        <source>Name of the anonymised files</source>
        <translation>Name der anonymisierten Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/anonymous_export_dialog.py" line="136"/>
        <source>Anonymised export (*.xlsx *.pdf *.coop.json)</source>
        <translation>Anonymisierter Export (*.xlsx *.pdf *.coop.json)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="36"/>
        <source>Your work is autosaved; please save it and report this message.</source>
        <translation>Ihre Arbeit ist automatisch gesichert; bitte speichern Sie sie und melden Sie diese Meldung.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="38"/>
        <source>Your latest changes could not be autosaved: save them now (File › Save As) and report this message.</source>
        <translation>Ihre letzten Änderungen konnten nicht automatisch gesichert werden: Speichern Sie sie jetzt (Datei › Speichern unter) und melden Sie diese Meldung.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="41"/>
        <source>{app}: unexpected error</source>
        <translation>{app}: unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="42"/>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../ui/autosave.py" line="138"/>
        <source>a password-protected pool</source>
        <extracomment>the document&apos;s password key (set by the FileController): a protected document is autosaved encrypted, and its info file names no pool</extracomment>
        <translation>ein passwortgeschützter Pool</translation>
    </message>
    <message>
        <location filename="../../ui/autosave.py" line="141"/>
        <source>Autosave failed: {error}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>AxisPicker</name>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="79"/>
        <source>(second input: none)</source>
        <translation>(zweite Eingabe: keine)</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="80"/>
        <source>Coordination cost per pair</source>
        <translation>Koordinationskosten je Paar</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="82"/>
        <source>Discount of %1 (%)</source>
        <translation>Rabatt von %1 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="84"/>
        <source>Volume of %1 (× as entered)</source>
        <translation>Menge von %1 (× wie eingegeben)</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="86"/>
        <source>%1 in or out</source>
        <translation>%1 dabei oder nicht</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="103"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="104"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>BargainingPage</name>
    <message>
        <location filename="../../ui/results/bargaining.py" line="43"/>
        <source>Bargaining power</source>
        <translation>Verhandlungsmacht</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="46"/>
        <source>Item:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="71"/>
        <source>No item is bought by the pool yet.</source>
        <translation>Der Pool kauft noch keinen Artikel.</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="77"/>
        <source>Each line is one supplier&apos;s quote: what one unit of need costs, fees included, at each order size. The dots are the partners buying alone, the star is the pool.</source>
        <translation>Jede Linie ist das Angebot eines Lieferanten: was eine Bedarfseinheit bei jeder Bestellmenge kostet, Gebühren eingeschlossen. Die Punkte sind die Partner beim Einzelkauf, der Stern ist der Pool.</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="93"/>
        <source>The pool</source>
        <translation>Der Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="95"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="95"/>
        <source>Need (%1)</source>
        <translation>Bedarf (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="95"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="96"/>
        <source>Per unit alone</source>
        <translation>Je Einheit allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="96"/>
        <source>Per unit in the pool</source>
        <translation>Je Einheit im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="96"/>
        <source>Cheaper by</source>
        <translation>Günstiger um</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="101"/>
        <source>%1 units for %2 %3</source>
        <translation>%1 Einheiten für %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="105"/>
        <source>Together the pool buys %1 from %2 at %3 per unit of need; alone the partners would pay between %4 and %5.</source>
        <translation>Gemeinsam kauft der Pool %1 bei %2 zu %3 je Bedarfseinheit; allein würden die Partner zwischen %4 und %5 zahlen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/bargaining.py" line="110"/>
        <source>Together the pool buys %1 from %2.</source>
        <translation>Gemeinsam kauft der Pool %1 bei %2.</translation>
    </message>
</context>
<context>
    <name>CoalitionPage</name>
    <message>
        <location filename="../../ui/results/coalitions.py" line="67"/>
        <source>Coalitions</source>
        <extracomment>Rows listed for larger pools (the largest complaints among the groups that match the search).</extracomment>
        <translation>Koalitionen</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="70"/>
        <source>Split by:</source>
        <translation>Aufteilung nach:</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="71"/>
        <source>Find groups with a partner: type a name (several: separate by commas)</source>
        <translation>Gruppen mit einem Partner finden: Namen eingeben (mehrere durch Kommas trennen)</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="73"/>
        <source>A group&apos;s complaint is what it would save by buying on its own minus what its members receive in the pool under this rule. A positive complaint means the group has a reason to leave; the pool is stable when no group has one.</source>
        <translation>Der Einwand einer Gruppe ist, was sie beim gemeinsamen Kauf ohne die anderen sparen würde, abzüglich dessen, was ihre Mitglieder nach dieser Regel im Pool erhalten. Ein positiver Einwand heißt: Die Gruppe hat einen Grund auszutreten; der Pool ist stabil, wenn keine Gruppe einen hat.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="113"/>
        <source>The coalition explorer needs the full game (pools of 2 to 22 partners).</source>
        <translation>Die Koalitionsansicht braucht das vollständige Spiel (Pools mit 2 bis 22 Partnern).</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="114"/>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="122"/>
        <source>Red bars: groups that would gain by leaving under this rule; green: groups that are better off in the pool.</source>
        <translation>Rote Balken: Gruppen, die nach dieser Regel durch einen Austritt gewinnen würden; grün: Gruppen, die im Pool besser dastehen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="124"/>
        <source>Under this rule no group would gain by leaving.</source>
        <translation>Nach dieser Regel würde keine Gruppe durch einen Austritt gewinnen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="125"/>
        <source>Under this rule some groups would gain by leaving.</source>
        <translation>Nach dieser Regel würden manche Gruppen durch einen Austritt gewinnen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="130"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="130"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="130"/>
        <source>Cost together</source>
        <translation>Kosten gemeinsam</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="130"/>
        <source>Cost alone</source>
        <translation>Kosten allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="131"/>
        <source>Savings together</source>
        <translation>Einsparung gemeinsam</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="131"/>
        <source>Savings received</source>
        <translation>Erhaltene Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="131"/>
        <source>Complaint</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="148"/>
        <source>No partner&apos;s name contains “%1”.</source>
        <translation>Kein Partnername enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="150"/>
        <source>All %1 groups that could leave the pool, largest complaint first.</source>
        <translation>Alle %1 Gruppen, die den Pool verlassen könnten, größter Einwand zuerst.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="153"/>
        <source>%1 groups with the partners searched for, largest complaint first.</source>
        <translation>%1 Gruppen mit den gesuchten Partnern, größter Einwand zuerst.</translation>
    </message>
    <message>
        <location filename="../../ui/results/coalitions.py" line="156"/>
        <source>The pool has %1 possible groups; shown are the %2 with the largest complaints.</source>
        <translation>Der Pool hat %1 mögliche Gruppen; gezeigt werden die %2 mit den größten Einwänden.</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../ui/collection_dialog.py" line="124"/>
        <source>Data-collection round</source>
        <translation>Datenabfrage-Runde</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="126"/>
        <source>&lt;p&gt;Ask every partner for its own demand without showing it anyone else&apos;s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1. Create requests&lt;/b&gt;: one workbook per partner with only its items, units and its own demand — no other partner, no quotes, no pool figures. A request code ties each file to its partner and to this round; the round&apos;s key stays beside the pool&apos;s file (…&lt;i&gt;.coopround.json&lt;/i&gt;): do not send it. A new round replaces the previous one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Import returned files&lt;/b&gt;: all at once. Each file is checked, every problem is listed, and you see the changes per partner before they are applied as one undo step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fragen Sie jeden Partner nach seinem eigenen Bedarf, ohne ihm den der anderen zu zeigen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1. Abfragen erstellen&lt;/b&gt;: eine Arbeitsmappe je Partner mit nur seinen Artikeln, Einheiten und seinem eigenen Bedarf – kein anderer Partner, keine Angebote, keine Pool-Zahlen. Ein Abfragecode bindet jede Datei an ihren Partner und an diese Runde; der Schlüssel der Runde bleibt neben der Pool-Datei (…&lt;i&gt;.coopround.json&lt;/i&gt;): nicht versenden. Eine neue Runde ersetzt die vorige.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Rückläufer importieren&lt;/b&gt;: alle auf einmal. Jede Datei wird geprüft, jedes Problem aufgelistet, und Sie sehen die Änderungen je Partner, bevor sie als ein Rückgängig-Schritt übernommen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="133"/>
        <source>1. Create request workbooks…</source>
        <translation>1. Abfrage-Arbeitsmappen erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="134"/>
        <source>2. Import returned workbooks…</source>
        <translation>2. Zurückgesandte Arbeitsmappen importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="135"/>
        <source>Files written and problems found appear here.</source>
        <translation>Geschriebene Dateien und gefundene Probleme erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="153"/>
        <source>Save the pool first: the round&apos;s key is kept beside the pool&apos;s file.</source>
        <translation>Speichern Sie den Pool zuerst: der Schlüssel der Runde wird neben der Pool-Datei aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="166"/>
        <source>Folder for the request workbooks</source>
        <translation>Ordner für die Abfrage-Arbeitsmappen</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="175"/>
        <source>No request was written:</source>
        <translation>Es wurde keine Abfrage geschrieben:</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="180"/>
        <source>Round {id}: {n} requests written to {folder}</source>
        <translation>Runde {id}: {n} Abfragen in {folder} geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="182"/>
        <source>Send each partner only its own file. The key stays in {file}.</source>
        <translation>Senden Sie jedem Partner nur seine eigene Datei. Der Schlüssel bleibt in {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="195"/>
        <source>Where is this pool&apos;s round file? (created with the requests)</source>
        <translation>Wo ist die Runden-Datei dieses Pools? (mit den Abfragen erstellt)</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="196"/>
        <source>CoopCalc round (*.coopround.json)</source>
        <translation>CoopCalc-Runde (*.coopround.json)</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="198"/>
        <source>No data-collection round for this pool: create the requests first.</source>
        <translation>Keine Datenabfrage-Runde für diesen Pool: erstellen Sie zuerst die Abfragen.</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="202"/>
        <source>Returned request workbooks</source>
        <translation>Zurückgesandte Abfrage-Arbeitsmappen</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="203"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="211"/>
        <source>Nothing was imported. {n} problem(s):</source>
        <translation>Es wurde nichts importiert. Probleme ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="219"/>
        <source>Import cancelled; nothing changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="222"/>
        <source>Data-collection round ({n} returned files)</source>
        <translation>Datenabfrage-Runde ({n} zurückgesandte Dateien)</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="226"/>
        <source>Applied (Edit › Undo takes it back):</source>
        <translation>Übernommen (Bearbeiten › Rückgängig nimmt es zurück):</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/models/columns.py" line="53"/>
        <source>{text} is a percentage; this field takes a plain number</source>
        <extracomment>Role under which a cell offers its choices [(value, label), …] to the combo box delegate.</extracomment>
        <translation>{text} ist ein Prozentwert; dieses Feld nimmt eine einfache Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="55"/>
        <source>{text} is an amount of money; this field takes a plain number</source>
        <translation>{text} ist ein Geldbetrag; dieses Feld nimmt eine einfache Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="61"/>
        <location filename="../../ui/models/columns.py" line="160"/>
        <location filename="../../ui/fields.py" line="158"/>
        <source>enter a number</source>
        <extracomment>English source texts; ``label()``/``tooltip()`` translate them in the model&apos;s context for &quot;derived&quot; columns: row JSON, model → text</extracomment>
        <translation>Bitte eine Zahl eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="63"/>
        <source>{text} is not a number (type it like {example} or 1234.5)</source>
        <translation>{text} ist keine Zahl (Eingabe etwa als {example} oder 1234.5)</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="69"/>
        <source>{text} could mean {thousands} or {decimal}: type {thousands} or {decimal_form}</source>
        <translation>{text} kann {thousands} oder {decimal} bedeuten: {thousands} oder {decimal_form} eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="81"/>
        <source>{text} read as {value}; for the decimal number type {decimal}</source>
        <translation>{text} gelesen als {value}; für die Dezimalzahl {decimal} eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="173"/>
        <source>choose one of {choices}</source>
        <translation>Bitte eines wählen: {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="183"/>
        <source>{text} is not a date (type it like {example} or 2027-03-31)</source>
        <translation>{text} ist kein Datum (Eingabe etwa als {example} oder 2027-03-31)</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../ui/results/comparison.py" line="98"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="101"/>
        <source>Duplicate scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="102"/>
        <source>Rename scenario…</source>
        <translation>Szenario umbenennen …</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="103"/>
        <source>Variants of the pool side by side. Duplicate the current scenario to try a change (another supplier, a partner less) without losing the original.</source>
        <translation>Varianten des Pools nebeneinander. Duplizieren Sie das aktuelle Szenario, um eine Änderung zu erproben (anderer Lieferant, ein Partner weniger), ohne das Original zu verlieren.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="105"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="106"/>
        <source>The variant the “vs base” columns compare the others with.</source>
        <translation>Die Variante, mit der die Spalten „gegenüber Basis“ die anderen vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="148"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="150"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="174"/>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="174"/>
        <source>New name of the scenario:</source>
        <translation>Neuer Name des Szenarios:</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="204"/>
        <source>No split is stable</source>
        <translation>Keine Aufteilung ist stabil</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="204"/>
        <source>Chosen split not stable</source>
        <translation>Gewählte Aufteilung nicht stabil</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="184"/>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="193"/>
        <source>What the partners would pay alone and what each variant of the pool pays; the percentage is the saving.</source>
        <translation>Was die Partner allein zahlen würden und was jede Variante des Pools zahlt; die Prozentzahl ist die Einsparung.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison.py" line="195"/>
        <source>Each partner&apos;s cost in each variant, under that variant&apos;s sharing rule.</source>
        <translation>Die Kosten jedes Partners in jeder Variante, nach deren Aufteilungsregel.</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="59"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="63"/>
        <source>Pools of more than 22 partners are not checked group by group.</source>
        <translation>Pools mit mehr als 22 Partnern werden nicht Gruppe für Gruppe geprüft.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="72"/>
        <source>%1 would gain %2 by leaving.</source>
        <translation>%1 würde durch einen Austritt %2 gewinnen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="78"/>
        <location filename="../../ui/results/comparison_table.py" line="84"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="86"/>
        <source>No group of partners would save more by leaving and buying on its own.</source>
        <translation>Keine Gruppe von Partnern würde mehr sparen, wenn sie austräte und allein einkaufte.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="94"/>
        <source>%1 per group</source>
        <translation>%1 je Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="97"/>
        <source>No split at all is stable in this variant: about %1 per group would have to be subsidised (or found in better prices) for every group to stay.</source>
        <translation>In dieser Variante ist keine Aufteilung stabil: etwa %1 je Gruppe müssten zugeschossen (oder durch bessere Preise gefunden) werden, damit jede Gruppe bleibt.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="107"/>
        <source>none: another rule is stable</source>
        <translation>keiner: eine andere Regel ist stabil</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="110"/>
        <source>This rule leaves a group better off alone, but other splits (for example the nucleolus) are stable without any subsidy.</source>
        <translation>Bei dieser Regel stünde eine Gruppe allein besser da, aber andere Aufteilungen (zum Beispiel der Nukleolus) sind ohne Zuschuss stabil.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="123"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="124"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="125"/>
        <source>Savings</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="126"/>
        <source>Savings %</source>
        <translation>Einsparung %</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="127"/>
        <source>Savings vs base</source>
        <translation>Einsparung gegenüber Basis</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="128"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="129"/>
        <source>Chosen split stable</source>
        <translation>Gewählte Aufteilung stabil</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="130"/>
        <source>Largest complaint</source>
        <translation>Größter Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="131"/>
        <source>Subsidy for a stable split</source>
        <translation>Zuschuss für eine stabile Aufteilung</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="132"/>
        <source>Loss probability in the pool</source>
        <translation>Verlustrisiko im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="137"/>
        <source>What the pool saves against every partner buying alone, coordination cost included.</source>
        <translation>Was der Pool gegenüber dem Einzelkauf aller Partner spart, Koordinationskosten eingerechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="141"/>
        <source>Change of the savings against the base variant (marked “base”).</source>
        <translation>Änderung der Einsparung gegenüber der Basisvariante (markiert mit „Basis“).</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="143"/>
        <source>Stable: no group of partners would save more by leaving and buying on its own.</source>
        <translation>Stabil: Keine Gruppe von Partnern würde mehr sparen, wenn sie austräte und allein einkaufte.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="144"/>
        <source>The most a group of partners would gain by leaving, under the chosen rule.</source>
        <translation>Das Meiste, was eine Gruppe von Partnern bei der gewählten Regel durch einen Austritt gewinnen würde.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="145"/>
        <source>When no split at all is stable: the least-core amount each group would have to be given on top.</source>
        <translation>Wenn gar keine Aufteilung stabil ist: der Betrag, den jede Gruppe zusätzlich erhalten müsste, damit sich keine allein besser stellt (kleinster Kern).</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="154"/>
        <location filename="../../ui/results/comparison_table.py" line="189"/>
        <source>(base)</source>
        <translation>(Basis)</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="174"/>
        <source>not simulated</source>
        <translation>nicht simuliert</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="187"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="190"/>
        <source>The partner&apos;s cost in this variant under its chosen rule.</source>
        <translation>Die Kosten des Partners in dieser Variante nach deren gewählter Regel.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="192"/>
        <source>Change vs base</source>
        <translation>Änderung gegenüber Basis</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="194"/>
        <source>Cost in this variant minus cost in the base variant: negative means the partner pays less.</source>
        <translation>Kosten in dieser Variante minus Kosten in der Basisvariante: negativ heißt, der Partner zahlt weniger.</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_table.py" line="200"/>
        <source>not in this scenario</source>
        <translation>nicht in diesem Szenario</translation>
    </message>
</context>
<context>
    <name>ConfidentialActions</name>
    <message>
        <location filename="../../ui/confidential_menu.py" line="41"/>
        <source>Save with pass&amp;word…</source>
        <translation>Mit Pass&amp;wort speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_menu.py" line="42"/>
        <source>Save the pool encrypted: without the password nobody can open it</source>
        <translation>Den Pool verschlüsselt speichern: ohne das Passwort kann ihn niemand öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_menu.py" line="43"/>
        <source>Remove password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_menu.py" line="44"/>
        <source>Save the pool without encryption from now on</source>
        <translation>Den Pool ab jetzt unverschlüsselt speichern</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_menu.py" line="45"/>
        <source>Data-&amp;collection round…</source>
        <translation>&amp;Datenabfrage-Runde…</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_menu.py" line="46"/>
        <source>Ask each partner for its own demand in its own workbook, then import the returned files</source>
        <translation>Jeden Partner in einer eigenen Arbeitsmappe nach seinem Bedarf fragen, dann die Rückläufer importieren</translation>
    </message>
</context>
<context>
    <name>CorrelationsModel</name>
    <message>
        <location filename="../../ui/models/correlations.py" line="25"/>
        <source>annual benefit</source>
        <translation>jährlicher Nutzen</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="26"/>
        <source>operating cost</source>
        <translation>Betriebskosten</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="27"/>
        <source>residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="28"/>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="29"/>
        <source>price change</source>
        <translation>Preisänderung</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="40"/>
        <location filename="../../ui/models/correlations.py" line="57"/>
        <source>Discount rate</source>
        <extracomment>(varying_only, language marker) → (scenario, inputs, labels by name): a 500-item pool has 2,500 inputs, and every cell of the table asks for them.</extracomment>
        <translation>Diskontierungszins</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="64"/>
        <source>{item}: {input}</source>
        <translation>{item}: {input}</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="89"/>
        <source>{input} is a fixed value, so it cannot be correlated; give it a distribution first</source>
        <translation>{input} ist ein fester Wert und kann daher nicht korreliert werden; geben Sie zuerst eine Verteilung an</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="97"/>
        <source>correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="98"/>
        <source>correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="100"/>
        <source>Input A</source>
        <translation>Größe A</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="101"/>
        <source>An uncertain input (one that is not a fixed value)</source>
        <translation>Eine unsichere Größe (kein fester Wert)</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="103"/>
        <source>Input B</source>
        <translation>Größe B</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="104"/>
        <source>The input that moves together with input A</source>
        <translation>Die Größe, die sich zusammen mit Größe A bewegt</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="105"/>
        <source>Rank correlation ρ</source>
        <translation>Rangkorrelation ρ</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="106"/>
        <source>From −1 to 1: 1 = always high together, 0 = unrelated, −1 = one high when the other is low</source>
        <translation>Von −1 bis 1: 1 = immer gemeinsam hoch, 0 = unabhängig, −1 = die eine hoch, wenn die andere niedrig ist</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="124"/>
        <source>Correlations: at least two inputs must be uncertain (given as a distribution, not a single number)</source>
        <translation>Korrelationen: mindestens zwei Größen müssen unsicher sein (als Verteilung angegeben, nicht als einzelne Zahl)</translation>
    </message>
    <message>
        <location filename="../../ui/models/correlations.py" line="126"/>
        <source>Correlations: every pair of uncertain inputs already has a row</source>
        <translation>Korrelationen: Jedes Paar unsicherer Größen hat bereits eine Zeile</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <location filename="../../ui/deck/chooser.py" line="31"/>
        <source>Slides of the deck</source>
        <translation>Folien der Präsentation</translation>
    </message>
    <message>
        <location filename="../../ui/deck/chooser.py" line="44"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/deck/chooser.py" line="44"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/deck/chooser.py" line="57"/>
        <source>Tick the slides to show and put them in the order of the meeting. The choice is saved with the scenario.</source>
        <translation>Haken Sie die zu zeigenden Folien an und bringen Sie sie in die Reihenfolge der Sitzung. Die Auswahl wird mit dem Szenario gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="66"/>
        <source>Savings</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="66"/>
        <source>Each partner&apos;s cost</source>
        <translation>Kosten je Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="67"/>
        <source>Is the split stable?</source>
        <translation>Ist die Aufteilung stabil?</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="67"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="68"/>
        <source>Who brings what</source>
        <translation>Wer was beiträgt</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="68"/>
        <source>Misinvestment risk</source>
        <translation>Fehlinvestitionsrisiko</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="69"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="69"/>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="85"/>
        <source>All partners buying alone</source>
        <translation>Alle Partner kaufen allein</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="86"/>
        <source>Better prices, fewer units</source>
        <translation>Bessere Preise, weniger Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="87"/>
        <source>Coordination cost of the pool</source>
        <translation>Koordinationskosten des Pools</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="89"/>
        <source>The pool pays</source>
        <translation>Der Pool zahlt</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="90"/>
        <source>Net savings</source>
        <translation>Nettoeinsparung</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="92"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="92"/>
        <source>Share of
alone</source>
        <translation>Anteil an
allein</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="114"/>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="116"/>
        <source>Split: %1.</source>
        <translation>Aufteilung: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="118"/>
        <location filename="../../ui/deck/content.py" line="216"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="118"/>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="118"/>
        <source>In the
pool</source>
        <translation>Im
Pool</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="119"/>
        <source>Saved</source>
        <translation>Gespart</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="119"/>
        <source>Saved
%</source>
        <translation>Gespart
%</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="135"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="137"/>
        <location filename="../../ui/deck/content.py" line="234"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="137"/>
        <location filename="../../ui/deck/content.py" line="239"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="142"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="149"/>
        <source>No split keeps every group: about %1 per group would have to be subsidised.</source>
        <translation>Keine Aufteilung hält jede Gruppe: etwa %1 je Gruppe müssten zugeschossen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="152"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="152"/>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="153"/>
        <source>Group that
complains most</source>
        <translation>Gruppe mit dem
größten Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="153"/>
        <source>It would
gain</source>
        <translation>Sie würde
gewinnen</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="170"/>
        <source>Item (unit of need)</source>
        <translation>Artikel (Bedarfseinheit)</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="170"/>
        <source>Alone
per unit</source>
        <translation>Allein
je Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="171"/>
        <source>Pool
per unit</source>
        <translation>Pool
je Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="171"/>
        <source>Cut</source>
        <translation>Senkung</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="173"/>
        <source>Alone: what the partners would pay each on their own, per unit of need, fees included.</source>
        <translation>Allein: was die Partner jeder für sich zahlen würden, je Bedarfseinheit, Gebühren eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="185"/>
        <source>Nobody leaves</source>
        <translation>Niemand steigt aus</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="187"/>
        <source>Partner leaves</source>
        <translation>Partner tritt aus</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="187"/>
        <source>Pool still
saves</source>
        <translation>Pool spart
noch</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="188"/>
        <source>Savings
lost</source>
        <translation>Entgangene
Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="195"/>
        <source>Simulating the misinvestment risk …</source>
        <translation>Das Fehlinvestitionsrisiko wird simuliert …</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="196"/>
        <source>The risk simulation could not run.</source>
        <translation>Die Risikosimulation konnte nicht laufen.</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="209"/>
        <source>%1 trials; loss risk: share of trials in which the investment loses money (net present value below zero).</source>
        <translation>%1 Durchläufe; Verlustrisiko: Anteil der Durchläufe, in denen die Investition Geld verliert (Kapitalwert unter null).</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="214"/>
        <source>Recomputing for the what-if …</source>
        <translation>Wird für die Was-wäre-wenn-Frage neu berechnet …</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="216"/>
        <source>Loss risk
alone</source>
        <translation>Verlustrisiko
allein</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="217"/>
        <source>Loss risk
in pool</source>
        <translation>Verlustrisiko
im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="217"/>
        <source>Expected
NPV alone</source>
        <translation>Erwarteter
Kapitalwert allein</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="218"/>
        <source>Expected
NPV in pool</source>
        <translation>Erwarteter
Kapitalwert im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="224"/>
        <source>Comparing the scenarios …</source>
        <translation>Die Szenarien werden verglichen …</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="236"/>
        <source>no; subsidy %1 per group</source>
        <translation>nein; Zuschuss %1 je Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="243"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="243"/>
        <source>Saves</source>
        <translation>Spart</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="243"/>
        <source>Saves
%</source>
        <translation>Spart
%</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="244"/>
        <source>Chosen split
stable</source>
        <translation>Gewählte Aufteilung
stabil</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="271"/>
        <source>Working out the best division of the pool …</source>
        <translation>Die beste Einteilung des Pools wird berechnet …</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="272"/>
        <source>No advice for this pool.</source>
        <translation>Für diesen Pool gibt es keine Empfehlung.</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="273"/>
        <source>Pool design advice needs every group&apos;s cost: at most %1 partners.</source>
        <translation>Die Empfehlung braucht die Kosten jeder Gruppe: höchstens %1 Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="275"/>
        <source>Enter partners, items and quotes to get advice.</source>
        <translation>Partner, Artikel und Angebote eingeben, um eine Empfehlung zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="292"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="292"/>
        <source>Next tier&apos;s
price saves</source>
        <translation>Preis der nächsten
Staffel spart</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="293"/>
        <source>Rival needs
a discount of</source>
        <translation>Wettbewerber
braucht Rabatt</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="293"/>
        <source>Break-even
unit price</source>
        <translation>Stückpreis ohne
Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/deck/whatif.py" line="87"/>
        <source>What if …</source>
        <translation>Was wäre, wenn …</translation>
    </message>
    <message>
        <location filename="../../ui/deck/whatif.py" line="88"/>
        <source>Coordination cost (100 % = as entered)</source>
        <translation>Koordinationskosten (100 % = wie eingegeben)</translation>
    </message>
    <message>
        <location filename="../../ui/deck/content.py" line="292"/>
        <location filename="../../ui/deck/whatif.py" line="88"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location filename="../../ui/deck/whatif.py" line="89"/>
        <source>Its prices change by</source>
        <translation>Seine Preise ändern sich um</translation>
    </message>
    <message>
        <location filename="../../ui/deck/whatif.py" line="90"/>
        <source>Partners in the pool</source>
        <translation>Partner im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/deck/whatif.py" line="93"/>
        <source>Reset (R)</source>
        <translation>Zurücksetzen (R)</translation>
    </message>
    <message>
        <location filename="../../ui/deck/whatif.py" line="94"/>
        <source>Back to the saved scenario</source>
        <translation>Zurück zum gespeicherten Szenario</translation>
    </message>
    <message>
        <location filename="../../ui/deck/whatif.py" line="111"/>
        <source>Supplier %1</source>
        <translation>Lieferant %1</translation>
    </message>
</context>
<context>
    <name>DemandModel</name>
    <message>
        <location filename="../../ui/models/demand.py" line="68"/>
        <source>{item}: pool total {quantity} {unit}</source>
        <translation>{item}: Summe im Pool {quantity} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/models/demand.py" line="99"/>
        <source>{partner} needs {quantity} {unit} of {item}</source>
        <translation>{partner} braucht {quantity} {unit} von {item}</translation>
    </message>
    <message>
        <location filename="../../ui/models/demand.py" line="122"/>
        <location filename="../../ui/models/demand.py" line="145"/>
        <source>Demand of {partner} for {item}</source>
        <translation>Bedarf von {partner} an {item}</translation>
    </message>
    <message>
        <location filename="../../ui/models/demand.py" line="134"/>
        <source> (the demand table has one row per partner and one column per item; add partners or items first)</source>
        <translation> (die Bedarfstabelle hat eine Zeile je Partner und eine Spalte je Artikel; zuerst Partner oder Artikel hinzufügen)</translation>
    </message>
    <message>
        <location filename="../../ui/models/demand.py" line="152"/>
        <source>Paste {rows}×{columns} demand cells</source>
        <translation>{rows}×{columns} Bedarfszellen einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/models/demand.py" line="159"/>
        <source>Clear {count} demand cells</source>
        <translation>{count} Bedarfszellen leeren</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="12"/>
        <source>CoopCalc scenarios (*.coop.json *.json)</source>
        <translation>CoopCalc-Szenarien (*.coop.json *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="13"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="18"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="19"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>Änderungen an {name} vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="23"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ohne Speichern gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="31"/>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="37"/>
        <source>Save scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="50"/>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Distributions</name>
    <message>
        <location filename="../../ui/distribution_text.py" line="47"/>
        <source>low</source>
        <extracomment>type keyword (case-insensitive, English or German) → JSON type JSON type → the keyword shown, per interface language JSON keys of each type&apos;s parameters in text order; keys after the first ``None`` are optional parameter names (translation context &quot;Distributions&quot;)</extracomment>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="47"/>
        <source>high</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="48"/>
        <source>most likely</source>
        <translation>wahrscheinlichster Wert</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="49"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="50"/>
        <source>standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="51"/>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="52"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="69"/>
        <source>type like “PERT 4000; 11000; 15000”, “Uniform 0.05; 0.2” or a single number</source>
        <translation>z. B. „PERT 4.000; 11.000; 15.000“, „Gleichverteilung 0,05; 0,2“ oder eine einzelne Zahl eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="112"/>
        <source>unknown distribution {name}; {hint}</source>
        <translation>unbekannte Verteilung {name}; {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="120"/>
        <source>{text} and {first} use different decimal signs; write all numbers of one distribution alike</source>
        <translation>{text} und {first} verwenden verschiedene Dezimalzeichen; schreiben Sie alle Zahlen einer Verteilung gleich</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="133"/>
        <source>write a discrete distribution as “{name} value: probability; …”</source>
        <translation>eine diskrete Verteilung so schreiben: „{name} Wert: Wahrscheinlichkeit; …“</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="145"/>
        <source>{name} needs {params} (optionally ; {optional})</source>
        <translation>{name} braucht {params} (wahlweise ; {optional})</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="148"/>
        <source>{name} needs {params}</source>
        <translation>{name} braucht {params}</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="180"/>
        <location filename="../../ui/distribution_text.py" line="185"/>
        <source>exactly {value} (fixed)</source>
        <translation>genau {value} (fest)</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="187"/>
        <source>anywhere between {low} and {high}, all values equally likely ({name})</source>
        <translation>irgendwo zwischen {low} und {high}, alle Werte gleich wahrscheinlich ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="191"/>
        <source>between {low} and {high}, most likely {mode} ({name})</source>
        <translation>zwischen {low} und {high}, am wahrscheinlichsten {mode} ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="195"/>
        <source>around {mean}, give or take {sd} ({name}: mean {mean}, standard deviation {sd})</source>
        <translation>um {mean}, plus/minus {sd} ({name}: Mittelwert {mean}, Standardabweichung {sd})</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="199"/>
        <source>; never below {low} or above {high}</source>
        <translation>; nie unter {low} oder über {high}</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="202"/>
        <source>; never below {low}</source>
        <translation>; nie unter {low}</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="204"/>
        <source>; never above {high}</source>
        <translation>; nie über {high}</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="207"/>
        <source>on average {mean} with a standard deviation of {sd}, never negative, with a long tail towards high values ({name}; mean and standard deviation of the value itself)</source>
        <translation>im Mittel {mean} mit einer Standardabweichung von {sd}, nie negativ, mit langem Ausläufer zu hohen Werten ({name}; Mittelwert und Standardabweichung des Werts selbst)</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="215"/>
        <source>one of {values} or one of {count} more values ({name})</source>
        <translation>einer von {values} oder einer von {count} weiteren Werten ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="218"/>
        <source>one of {values} ({name})</source>
        <translation>einer von {values} ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="221"/>
        <source>an event that happens with probability {p} (1 if it happens, 0 if not)</source>
        <translation>ein Ereignis, das mit Wahrscheinlichkeit {p} eintritt (1, wenn es eintritt, sonst 0)</translation>
    </message>
    <message>
        <location filename="../../ui/distribution_text.py" line="224"/>
        <source>{value} if the event happens (probability {p}), otherwise 0</source>
        <translation>{value}, wenn das Ereignis eintritt (Wahrscheinlichkeit {p}), sonst 0</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <location filename="../../ui/editors.py" line="22"/>
        <source>Pool &amp; rule</source>
        <translation>Pool &amp; Regel</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="23"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="24"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="25"/>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="26"/>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="27"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="58"/>
        <source>The firms in the pool. Names are shown in results; the alias replaces them in anonymous views.</source>
        <translation>Die Unternehmen im Pool. Die Namen erscheinen in den Ergebnissen; in anonymen Ansichten steht stattdessen der Deckname.</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="60"/>
        <source>What the pool buys. Capacity per unit says how much need one purchased unit covers (a shared 3D printer: 3000 machine-hours per year).</source>
        <translation>Was der Pool kauft. Die Kapazität je Einheit gibt an, wie viel Bedarf eine gekaufte Einheit deckt (ein gemeinsamer 3D-Drucker: 3000 Maschinenstunden pro Jahr).</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="62"/>
        <source>Each partner&apos;s need of each item, in the item&apos;s unit. Paste a block from Excel with Ctrl+V; an empty cell means no need.</source>
        <translation>Der Bedarf jedes Partners an jedem Artikel, in der Einheit des Artikels. Einen Block aus Excel mit Strg+V einfügen; eine leere Zelle bedeutet keinen Bedarf.</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../ui/exchange_menu.py" line="63"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="64"/>
        <source>Results to &amp;Excel…</source>
        <translation>Ergebnisse nach &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="65"/>
        <source>Meeting &amp;report (PDF)…</source>
        <translation>Besprechungs&amp;bericht (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="66"/>
        <source>Confidential partner &amp;statements…</source>
        <translation>Vertrauliche Partner&amp;auszüge…</translation>
    </message>
    <message>
        <source>&amp;Anonymised workbook and scenario…</source>
        <translation type="vanished">&amp;Anonymisierte Arbeitsmappe und Szenario…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="32"/>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>file-type filters of the file dialogs, translated where they are shown</extracomment>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="33"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="67"/>
        <source>&amp;Anonymised export…</source>
        <translation>&amp;Anonymisierter Export…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="68"/>
        <source>Workbook, meeting report, scenario file and chart images with partners by alias; all of them or none</source>
        <translation>Arbeitsmappe, Besprechungsbericht, Szenariodatei und Diagrammbilder mit Decknamen statt Partnernamen; alle oder keine</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="71"/>
        <source>Save Excel &amp;template…</source>
        <translation>Excel-&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="72"/>
        <source>Quotes and demand from &amp;Excel…</source>
        <translation>Angebote und Bedarf aus &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="100"/>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="113"/>
        <source>Export results to Excel</source>
        <translation>Ergebnisse nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="114"/>
        <source>Export to Excel</source>
        <translation>Export nach Excel</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="116"/>
        <location filename="../../ui/exchange_menu.py" line="124"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="121"/>
        <source>Export the meeting report</source>
        <translation>Besprechungsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="122"/>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="155"/>
        <source>Folder for the partner statements</source>
        <translation>Ordner für die Partnerauszüge</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="166"/>
        <source>Export partner statements</source>
        <translation>Partnerauszüge exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="168"/>
        <source>%1 files written to %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="169"/>
        <source> (%1 pool figures withheld)</source>
        <translation> (%1 Zahlen des Pools zurückgehalten)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="193"/>
        <source>Export anonymised</source>
        <translation>Anonymisiert exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="197"/>
        <source>Anonymised export written: %1</source>
        <translation>Anonymisierter Export geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="207"/>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="213"/>
        <source>The export stopped, and nothing was written: every file and folder is as it was before.</source>
        <translation>Der Export wurde abgebrochen, und es wurde nichts geschrieben: Alle Dateien und Ordner sind wie vorher.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="224"/>
        <source>CoopCalc may not write there, or one of the files is open in another program.</source>
        <translation>CoopCalc darf dort nicht schreiben, oder eine der Dateien ist in einem anderen Programm geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="226"/>
        <source>The folder does not exist (any more).</source>
        <translation>Der Ordner existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="228"/>
        <source>A folder has the name of one of the files.</source>
        <translation>Ein Ordner trägt den Namen einer der Dateien.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="230"/>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="232"/>
        <source>The files could not be written.</source>
        <translation>Die Dateien konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="234"/>
        <source>An unexpected error occurred while the files were made.</source>
        <translation>Beim Erstellen der Dateien ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation type="vanished">Gespeichert: %1 und %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="242"/>
        <source>Save the import template</source>
        <translation>Importvorlage speichern</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="243"/>
        <source>Save the template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="244"/>
        <source>Saved %1: fill in quotes and demand, then use Import</source>
        <translation>Gespeichert: %1 – Angebote und Bedarf eintragen, dann „Importieren“ wählen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="247"/>
        <source>Import quotes and demand</source>
        <translation>Angebote und Bedarf importieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="256"/>
        <location filename="../../ui/exchange_menu.py" line="263"/>
        <source>Import from Excel</source>
        <translation>Import aus Excel</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="260"/>
        <source>Import from %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="265"/>
        <source>Imported quotes and demand from %1</source>
        <translation>Angebote und Bedarf aus %1 importiert</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/panels/pool.py" line="49"/>
        <source>pool name</source>
        <translation>Name des Pools</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="51"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="52"/>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="53"/>
        <source>author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="54"/>
        <source>buying up</source>
        <translation>Aufrunden auf die nächste Staffel</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="63"/>
        <source>fixed coordination cost</source>
        <translation>feste Koordinationskosten</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="65"/>
        <source>coordination cost per member</source>
        <translation>Koordinationskosten je Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="67"/>
        <source>coordination cost per pair</source>
        <translation>Koordinationskosten je Paar</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="75"/>
        <source>sharing rule</source>
        <translation>Aufteilungsregel</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="78"/>
        <source>coordination sharing</source>
        <translation>Aufteilung der Koordinationskosten</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="35"/>
        <source>discount rate</source>
        <translation>Diskontierungszins</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="37"/>
        <source>number of trials</source>
        <translation>Anzahl der Durchläufe</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="38"/>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="39"/>
        <source>sampling method</source>
        <translation>Stichprobenverfahren</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="84"/>
        <source>Edit {field}</source>
        <translation>{field} ändern</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../ui/files.py" line="69"/>
        <source>{file} is password-protected. Enter its password:</source>
        <extracomment>Names Windows reserves for devices: a file may not be called like this, whatever its extension.</extracomment>
        <translation>{file} ist passwortgeschützt. Geben Sie das Passwort ein:</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="71"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="77"/>
        <source>Wrong password for {file}, or the file was changed after it was saved. Try again:</source>
        <translation>Falsches Passwort für {file}, oder die Datei wurde nach dem Speichern verändert. Bitte erneut versuchen:</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="87"/>
        <source>Untitled pool</source>
        <translation>Unbenannter Pool</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="104"/>
        <location filename="../../ui/files.py" line="109"/>
        <location filename="../../ui/files.py" line="208"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="105"/>
        <source>{file} was not opened; your current pool is unchanged.</source>
        <translation>{file} wurde nicht geöffnet; Ihr aktueller Pool bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="110"/>
        <source>{file} could not be read.</source>
        <translation>{file} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="131"/>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="146"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="147"/>
        <source>{file} could not be written; nothing was changed on disk.</source>
        <translation>{file} konnte nicht geschrieben werden; auf der Festplatte wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="160"/>
        <source>Save with password</source>
        <translation>Mit Passwort speichern</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="161"/>
        <source>Choose a password for {file}. Saves and autosaves are then encrypted (AES-256-GCM); without the password nobody can open the file.</source>
        <translation>Wählen Sie ein Passwort für {file}. Speichern und automatisches Sichern erfolgen dann verschlüsselt (AES-256-GCM); ohne das Passwort kann niemand die Datei öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="170"/>
        <source>{file} has no password.</source>
        <translation>{file} hat kein Passwort.</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="178"/>
        <source>Saved with a password: {file} is encrypted.</source>
        <translation>Mit Passwort gespeichert: {file} ist verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="179"/>
        <source>Saved without a password: anyone who has {file} can read it.</source>
        <translation>Ohne Passwort gespeichert: wer {file} hat, kann sie lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="209"/>
        <source>{file} no longer exists.</source>
        <translation>{file} existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="218"/>
        <source>a pool that was never saved</source>
        <translation>ein nie gespeicherter Pool</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="219"/>
        <source>CoopCalc was not closed properly. Recover the unsaved changes to “{name}” ({where}), autosaved at {time}?</source>
        <translation>CoopCalc wurde nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen an „{name}“ ({where}) wiederherstellen, automatisch gesichert am {time}?</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="228"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="228"/>
        <source>The autosaved file is damaged.</source>
        <translation>Die automatisch gesicherte Datei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../ui/models/items.py" line="12"/>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="13"/>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="16"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="17"/>
        <source>A short unique key; renaming it keeps quotes, demand and correlations attached</source>
        <translation>Ein kurzer, eindeutiger Schlüssel; beim Umbenennen bleiben Angebote, Bedarf und Korrelationen zugeordnet</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="19"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="20"/>
        <source>Unit of need</source>
        <translation>Bedarfseinheit</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="21"/>
        <source>How needs are counted: pieces, seats, machine-hours per year …</source>
        <translation>Wie der Bedarf gezählt wird: Stück, Lizenzen, Maschinenstunden pro Jahr …</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="23"/>
        <source>Capacity per unit</source>
        <translation>Kapazität je Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="24"/>
        <source>How much need one purchased unit covers (1 for ordinary goods; e.g. 3000 machine-hours for a shared 3D printer)</source>
        <translation>Wie viel Bedarf eine gekaufte Einheit deckt (1 für gewöhnliche Güter; z. B. 3000 Maschinenstunden für einen gemeinsamen 3D-Drucker)</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="26"/>
        <source>Useful life (years)</source>
        <translation>Nutzungsdauer (Jahre)</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="35"/>
        <source>New item {number}</source>
        <translation>Neuer Artikel {number}</translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="36"/>
        <source>pieces</source>
        <translation>Stück</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Change scenarios</source>
        <extracomment>Qt&apos;s own texts of a dock widget&apos;s title-bar buttons (object name: (name, description)), which Qt sets once when the dock is made and does not set again when the language changes</extracomment>
        <translation>Szenarien ändern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Start a new pool</source>
        <translation>Einen neuen Pool beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Open a scenario file</source>
        <translation>Eine Szenariodatei öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Save the pool</source>
        <translation>Den Pool speichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;Insert row</source>
        <translation>Zeile &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Insert a row below the current one (Ins, Ctrl++)</source>
        <translation>Eine Zeile unter der aktuellen einfügen (Einfg, Strg++)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;Remove rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Remove the selected rows (Ctrl+−)</source>
        <translation>Die ausgewählten Zeilen löschen (Strg+−)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Welcome page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Editors</source>
        <translation>&amp;Eingabe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Edit partners, items, quotes, demand and the rule</source>
        <translation>Partner, Artikel, Angebote, Bedarf und Regel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Result &amp;pages</source>
        <translation>Ergebnisseite&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Charts and tables: savings, prices, fair split, coalitions, risk, scenarios</source>
        <translation>Diagramme und Tabellen: Einsparung, Preise, faire Aufteilung, Koalitionen, Risiko, Szenarien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Presentation &amp;mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Full screen result pages for a partner meeting (arrow keys step)</source>
        <translation>Ergebnisseiten im Vollbild für ein Partnertreffen (Pfeiltasten blättern)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Presentation mode, &amp;anonymous</source>
        <translation>Präsentationsmodus, &amp;anonym</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Full screen, partners shown as Partner A, B, …</source>
        <translation>Vollbild, Partner erscheinen als Partner A, B, …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Show or hide the live results beside the editors (Ctrl+R)</source>
        <translation>Die laufend aktualisierten Ergebnisse neben der Eingabe ein- oder ausblenden (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>This file holds several scenarios of the pool; choose the one to edit</source>
        <translation>Diese Datei enthält mehrere Szenarien des Pools; wählen Sie das zu bearbeitende</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="446"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="446"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="448"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <location filename="../../ui/models/partners.py" line="12"/>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="13"/>
        <source>partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="16"/>
        <source>The firm&apos;s name as the partners know it</source>
        <translation>Der Name des Unternehmens, wie die Partner ihn kennen</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="17"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="18"/>
        <source>A short unique key used in files and formulas; renaming it keeps all references</source>
        <translation>Ein kurzer, eindeutiger Schlüssel für Dateien und Formeln; beim Umbenennen bleiben alle Bezüge erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="20"/>
        <source>Alias</source>
        <translation>Deckname</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="21"/>
        <source>Shown instead of the name in anonymous views and exports (default: Partner A, B, …)</source>
        <translation>Erscheint in anonymen Ansichten und Exporten statt des Namens (Standard: Partner A, B, …)</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="23"/>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="24"/>
        <source>Number of employees (optional)</source>
        <translation>Zahl der Beschäftigten (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="25"/>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="26"/>
        <source>Drop-out risk</source>
        <translation>Ausstiegsrisiko</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="28"/>
        <source>Probability that the partner leaves the pool before the purchase (risk simulation)</source>
        <translation>Wahrscheinlichkeit, dass der Partner den Pool vor dem Kauf verlässt (Risikosimulation)</translation>
    </message>
    <message>
        <location filename="../../ui/models/partners.py" line="38"/>
        <source>New partner {number}</source>
        <translation>Neuer Partner {number}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="24"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="28"/>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="46"/>
        <source>At least {n} characters.</source>
        <translation>Mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="48"/>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="50"/>
        <source>Keep the password safe: without it the file cannot be opened by anyone, CoopCalc included.</source>
        <translation>Bewahren Sie das Passwort sicher auf: ohne es kann niemand die Datei öffnen, auch CoopCalc nicht.</translation>
    </message>
</context>
<context>
    <name>PercentagesModel</name>
    <message>
        <location filename="../../ui/models/percentages.py" line="70"/>
        <source>Set custom percentages</source>
        <translation>Vereinbarte Prozente festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/models/percentages.py" line="92"/>
        <source>Share of savings</source>
        <translation>Anteil an der Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/models/percentages.py" line="124"/>
        <source>a percentage must lie between 0 and 100</source>
        <translation>Ein Prozentsatz muss zwischen 0 und 100 liegen</translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <location filename="../../ui/panels/pool.py" line="26"/>
        <source>Inside the game (split by the rule)</source>
        <extracomment>How coordination cost is shared, and what that means (the engine&apos;s COORDINATION_EXPLANATIONS, as translatable source texts)</extracomment>
        <translation>Nach der Aufteilungsregel</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="27"/>
        <source>Equally</source>
        <translation>Zu gleichen Teilen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="28"/>
        <source>By purchase volume</source>
        <translation>Nach Einkaufsvolumen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="30"/>
        <source>Coordination cost is part of the pool&apos;s cost and is shared by the chosen rule.</source>
        <translation>Die Koordinationskosten gehören zu den Kosten des Pools und werden nach der gewählten Regel aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="32"/>
        <source>Coordination cost is shared equally; the rule shares the purchase savings.</source>
        <translation>Die Koordinationskosten werden zu gleichen Teilen getragen; die Regel teilt die Einsparung beim Einkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="34"/>
        <source>Coordination cost is shared by purchase volume; the rule shares the purchase savings.</source>
        <translation>Die Koordinationskosten werden nach Einkaufsvolumen getragen; die Regel teilt die Einsparung beim Einkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="137"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="138"/>
        <source>Coordination cost of the pool (per pool of two or more)</source>
        <translation>Koordinationskosten des Pools (je Pool ab zwei Partnern)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="139"/>
        <source>Sharing rule</source>
        <translation>Aufteilungsregel</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="140"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="140"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="141"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="141"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="142"/>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="142"/>
        <source>Per member</source>
        <translation>Je Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="143"/>
        <source>Per pair of members</source>
        <translation>Je Paar von Mitgliedern</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="144"/>
        <source>Split the savings by</source>
        <translation>Einsparung aufteilen nach</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="145"/>
        <source>Share coordination cost</source>
        <translation>Koordinationskosten tragen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="147"/>
        <source>ISO 4217 code: EUR, CHF, USD …</source>
        <translation>ISO-4217-Code: EUR, CHF, USD …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="148"/>
        <source>Buy up to the next tier when cheaper</source>
        <translation>Auf nächste Staffel aufstocken, wenn günstiger</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="149"/>
        <source>With all-units prices, ordering a few more units can cost less</source>
        <translation>Bei Gesamtmengenpreisen kann eine etwas größere Bestellung weniger kosten</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="150"/>
        <source>Communication grows with the number of pairs: n·(n−1)/2</source>
        <translation>Der Abstimmungsaufwand wächst mit der Zahl der Paare: n·(n−1)/2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="153"/>
        <source>Apply percentages</source>
        <translation>Prozente übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="154"/>
        <source>Equal shares</source>
        <translation>Gleiche Anteile</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="155"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="156"/>
        <source>Custom percentages of the savings (a negotiated key; must add up to 100 %):</source>
        <translation>Vereinbarte Prozente der Einsparung (ein ausgehandelter Schlüssel; Summe muss 100 % ergeben):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="183"/>
        <source>Total: {percent}</source>
        <translation>Summe: {percent}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="184"/>
        <source>(needs 100 %)</source>
        <translation>(muss 100 % sein)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="200"/>
        <source>Add partners first</source>
        <translation>Bitte zuerst Partner anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/pool.py" line="205"/>
        <source>Use custom percentages</source>
        <translation>Vereinbarte Prozente verwenden</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/presentation.py" line="189"/>
        <source>CoopCalc – presentation</source>
        <extracomment>How much larger text and charts are than in the main window, by screen width (a full-HD projector gets 1.5; a laptop screen less, so that the slides still fit).</extracomment>
        <translation>CoopCalc – Präsentation</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="190"/>
        <source>Anonymous (A)</source>
        <translation>Anonym (A)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="191"/>
        <source>Show every partner by its alias (Partner A, Partner B, …) everywhere.</source>
        <translation>Jeden Partner überall unter seinem Decknamen zeigen (Partner A, Partner B, …).</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="192"/>
        <source>What if (W)</source>
        <translation>Was wäre, wenn (W)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="193"/>
        <source>Change coordination cost, a supplier&apos;s prices or the partners, live; the saved scenario stays as it is.</source>
        <translation>Koordinationskosten, die Preise eines Lieferanten oder die Partner live ändern; das gespeicherte Szenario bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="195"/>
        <source>Slides (S)</source>
        <translation>Folien (S)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="196"/>
        <source>Choose the slides and their order; saved with the scenario.</source>
        <translation>Folien und Reihenfolge wählen; wird mit dem Szenario gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="197"/>
        <source>Handout PDF (P)</source>
        <translation>Handout-PDF (P)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="198"/>
        <source>The deck as shown, one slide a page.</source>
        <translation>Die Präsentation wie gezeigt, eine Folie je Seite.</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="199"/>
        <source>Leave (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="251"/>
        <location filename="../../ui/presentation.py" line="428"/>
        <source>Computing …</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="263"/>
        <source>What-if shown; the saved scenario is unchanged.</source>
        <translation>Was-wäre-wenn gezeigt; das gespeicherte Szenario bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="437"/>
        <source>what-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="440"/>
        <source>Slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="491"/>
        <source>Choose slides</source>
        <translation>Folien wählen</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="505"/>
        <source>Handout PDF</source>
        <translation>Handout-PDF</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="506"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="vanished">Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/collection_dialog.py" line="48"/>
        <source>Import returned requests</source>
        <translation>Zurückgesandte Abfragen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="51"/>
        <source>{files} returned files checked: each belongs to its partner and to this pool&apos;s current round. {changes} demand cells change:</source>
        <translation>{files} zurückgesandte Dateien geprüft: jede gehört zu ihrem Partner und zur aktuellen Runde dieses Pools. {changes} Bedarfszellen ändern sich:</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="57"/>
        <source>Partner / item</source>
        <translation>Partner / Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="57"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="57"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="57"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="59"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="59"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="60"/>
        <source>{n} changes</source>
        <translation>{n} Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="74"/>
        <source>Not returned (their demand stays as it is): {names}</source>
        <translation>Nicht zurückgesandt (ihr Bedarf bleibt, wie er ist): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialog.py" line="79"/>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../ui/models/quotes.py" line="18"/>
        <source>All units</source>
        <translation>Gesamtmenge</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="19"/>
        <source>Incremental</source>
        <translation>Stufenweise</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="29"/>
        <source>no tiers</source>
        <translation>keine Staffeln</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="33"/>
        <source>{price} each</source>
        <translation>{price} je Stück</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="35"/>
        <source>{count} tiers: {first} … {last} from {quantity}</source>
        <translation>{count} Staffeln: {first} … {last} ab {quantity}</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="42"/>
        <source>quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="43"/>
        <source>quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="45"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="46"/>
        <source>The item this quote is for</source>
        <translation>Der Artikel, für den dieses Angebot gilt</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="47"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="48"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="49"/>
        <source>Schedule</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="50"/>
        <source>All units: the whole order gets the tier&apos;s price. Incremental: each bracket of units is paid at its own price.</source>
        <translation>Gesamtmenge: Die ganze Bestellung erhält den Preis der erreichten Staffel. Stufenweise: Jede Mengenstufe wird zu ihrem eigenen Preis bezahlt.</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="52"/>
        <source>Fixed fee</source>
        <translation>Fixgebühr</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="53"/>
        <source>Paid once per order: delivery, integration, set-up</source>
        <translation>Einmal je Bestellung fällig: Lieferung, Integration, Einrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="54"/>
        <source>Min. order</source>
        <translation>Mindestmenge</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="55"/>
        <source>Smallest order in purchased units (empty: no minimum)</source>
        <translation>Kleinste Bestellung in gekauften Einheiten (leer: keine Mindestmenge)</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="56"/>
        <source>Max. order</source>
        <translation>Höchstmenge</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="57"/>
        <source>Largest order (empty: no limit)</source>
        <translation>Größte Bestellung (leer: keine Grenze)</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="58"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="59"/>
        <source>Price tiers</source>
        <translation>Preisstaffeln</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="61"/>
        <source>Edit the tiers of the selected quote in the table below</source>
        <translation>Die Staffeln des ausgewählten Angebots in der Tabelle darunter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="69"/>
        <source>Quotes: add an item first; every quote is for one item</source>
        <translation>Angebote: Bitte zuerst einen Artikel anlegen; jedes Angebot gilt für einen Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="76"/>
        <location filename="../../ui/models/quotes.py" line="78"/>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../../ui/panels/quotes.py" line="17"/>
        <source>All units: the whole order is priced at the tier its size reaches.</source>
        <translation>Gesamtmenge: Die ganze Bestellung kostet den Preis der Staffel, die ihre Menge erreicht.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/quotes.py" line="19"/>
        <source>Incremental: each bracket of units is paid at its own tier&apos;s price.</source>
        <translation>Stufenweise: Jede Mengenstufe wird zum Preis ihrer eigenen Staffel bezahlt.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/quotes.py" line="59"/>
        <source>One row per supplier offer. Each order is bought from the cheapest quote that can supply it. Select a quote to edit its price tiers below.</source>
        <translation>Eine Zeile je Lieferantenangebot. Jede Bestellung geht an das günstigste Angebot, das sie liefern kann. Ein Angebot auswählen, um darunter seine Preisstaffeln zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/quotes.py" line="61"/>
        <source>Add a tier with Ins or Ctrl++, remove one with Ctrl+−.</source>
        <translation>Staffel hinzufügen mit Einfg oder Strg++, löschen mit Strg+−.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/quotes.py" line="85"/>
        <source>Price tiers (select a quote above)</source>
        <translation>Preisstaffeln (oben ein Angebot auswählen)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/quotes.py" line="90"/>
        <source>Price tiers of {supplier} for {item}</source>
        <translation>Preisstaffeln von {supplier} für {item}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/quotes.py" line="94"/>
        <source>Prices per purchased unit.</source>
        <translation>Preise je gekaufter Einheit.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../ui/results/common.py" line="81"/>
        <source>Yes</source>
        <extracomment>The role under which tables keep the unformatted value (number or text) for sorting and tests.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/results/common.py" line="81"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/results/common.py" line="134"/>
        <source>Save chart as PNG, SVG or PDF…</source>
        <translation>Diagramm als PNG, SVG oder PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/results/common.py" line="144"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../../ui/results/common.py" line="145"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/results/common.py" line="213"/>
        <source>This chart could not be drawn.</source>
        <translation>Dieses Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/panels/results.py" line="161"/>
        <source>Stand-alone cost (all partners)</source>
        <extracomment>emitted in the GUI thread whenever new results (or a refusal) are shown the scenario whose results (or refusal) are on screen, and whether every rule is computed</extracomment>
        <translation>Kosten allein (alle Partner)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="162"/>
        <source>Pooled purchase cost</source>
        <translation>Einkaufskosten im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="162"/>
        <source>Coordination cost</source>
        <translation>Koordinationskosten</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="163"/>
        <source>Pooled cost</source>
        <translation>Kosten im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="163"/>
        <source>Savings</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="165"/>
        <source>Savings and split</source>
        <translation>Einsparung und Aufteilung</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="166"/>
        <source>Compare rules</source>
        <translation>Regeln vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="174"/>
        <location filename="../../ui/panels/results.py" line="226"/>
        <source>No results for this scenario:</source>
        <translation>Keine Ergebnisse für dieses Szenario:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="190"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="196"/>
        <source>1 partner</source>
        <translation>1 Partner</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="196"/>
        <source>{count} partners</source>
        <translation>{count} Partner</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="197"/>
        <source>{partners}, {items} items</source>
        <translation>{partners}, {items} Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="223"/>
        <source>The results could not be computed ({error}).</source>
        <translation>Die Ergebnisse konnten nicht berechnet werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="249"/>
        <source>Each partner&apos;s cost under the rule: {rule}</source>
        <translation>Kosten jedes Partners nach der Regel: {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="267"/>
        <source>A pool needs at least two partners.</source>
        <translation>Ein Pool braucht mindestens zwei Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="270"/>
        <source>Splits are computed exactly for pools of up to 22 partners.</source>
        <translation>Aufteilungen werden für Pools mit bis zu 22 Partnern exakt berechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="274"/>
        <source>Stable (in the core): No group of partners would save more by leaving and buying together on its own.</source>
        <translation>Stabil (im Kern): Keine Gruppe von Partnern würde mehr sparen, wenn sie austräte und für sich gemeinsam kaufte.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="278"/>
        <source>a group</source>
        <translation>eine Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="279"/>
        <source>Not stable: {group} would save {amount} more by buying together on their own.</source>
        <translation>Nicht stabil: {group} würde(n) für sich gemeinsam {amount} mehr sparen.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="283"/>
        <source>No partner pays more in the pool than it would pay buying alone.</source>
        <translation>Kein Partner zahlt im Pool mehr als beim Einzelkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="286"/>
        <source>Pays more than alone: {partners}.</source>
        <translation>Zahlt mehr als beim Einzelkauf: {partners}.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/results.py" line="288"/>
        <source>No split can keep every group in the pool; about {amount} per group would have to be subsidised.</source>
        <translation>Keine Aufteilung kann jede Gruppe im Pool halten; etwa {amount} je Gruppe müssten bezuschusst werden.</translation>
    </message>
</context>
<context>
    <name>ResultsTables</name>
    <message>
        <location filename="../../ui/models/results.py" line="93"/>
        <location filename="../../ui/models/results.py" line="126"/>
        <source>Partner</source>
        <extracomment>English source texts in the ``&quot;ResultsTables&quot;`` translation context</extracomment>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/models/results.py" line="93"/>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/models/results.py" line="94"/>
        <source>In the pool</source>
        <translation>Im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/models/results.py" line="94"/>
        <source>Saves</source>
        <translation>Spart</translation>
    </message>
    <message>
        <location filename="../../ui/models/results.py" line="95"/>
        <source>Saves %</source>
        <translation>Spart %</translation>
    </message>
    <message>
        <location filename="../../ui/models/results.py" line="118"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../ui/models/results.py" line="157"/>
        <source>✓ yes</source>
        <extracomment>the rules of the columns after the first</extracomment>
        <translation>✓ ja</translation>
    </message>
    <message>
        <location filename="../../ui/models/results.py" line="158"/>
        <source>✗ no</source>
        <translation>✗ nein</translation>
    </message>
    <message>
        <location filename="../../ui/models/results.py" line="159"/>
        <source>Stable (in the core)</source>
        <translation>Stabil (im Kern)</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../../ui/models/risk.py" line="49"/>
        <source>Type e.g. “PERT low; most likely; high”, “Triangular …”, “Uniform low; high”, “Normal mean; sd[; low; high]”, “Lognormal mean; sd” or one number</source>
        <translation>Eingabe z. B. „PERT Minimum; wahrscheinlichster Wert; Maximum“, „Dreieck …“, „Gleichverteilung Minimum; Maximum“, „Normal Mittelwert; Standardabweichung[; Minimum; Maximum]“, „Lognormal Mittelwert; Standardabweichung“ oder eine Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="56"/>
        <source>risk input</source>
        <translation>Risikoangabe</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="57"/>
        <source>risk inputs</source>
        <translation>Risikoangaben</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="60"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="61"/>
        <source>Annual benefit</source>
        <translation>Jährlicher Nutzen</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="62"/>
        <source>Benefit per unit of need and year, in currency</source>
        <translation>Nutzen je Bedarfseinheit und Jahr, in Währung</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="63"/>
        <source>Operating cost</source>
        <translation>Betriebskosten</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="64"/>
        <source>Operating cost per purchased unit and year, in currency</source>
        <translation>Betriebskosten je gekaufter Einheit und Jahr, in Währung</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="65"/>
        <source>Residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="66"/>
        <source>Share of the purchase price recovered at the end of the useful life (0–1)</source>
        <translation>Anteil des Kaufpreises, der am Ende der Nutzungsdauer zurückfließt (0–1)</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="68"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="69"/>
        <source>Realised share of the planned need (0–1)</source>
        <translation>Tatsächlich genutzter Anteil des geplanten Bedarfs (0–1)</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="70"/>
        <source>Price change</source>
        <translation>Preisänderung</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="71"/>
        <source>Relative price change between quote and purchase (0.02 = +2 %)</source>
        <translation>Relative Preisänderung zwischen Angebot und Kauf (0,02 = +2 %)</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="73"/>
        <source>Failure risk</source>
        <translation>Ausfallrisiko</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="74"/>
        <source>Probability that the technology fails to pay off</source>
        <translation>Wahrscheinlichkeit, dass sich die Technologie nicht rechnet</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="75"/>
        <source>Loss if it fails</source>
        <translation>Verlust bei Ausfall</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="76"/>
        <source>Share of the benefit lost on failure (0–1)</source>
        <translation>Anteil des Nutzens, der bei Ausfall verloren geht (0–1)</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="77"/>
        <source>Failure hits</source>
        <translation>Ausfall trifft</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="78"/>
        <source>all partners together</source>
        <translation>alle Partner zugleich</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="79"/>
        <source>each partner on its own</source>
        <translation>jeden Partner einzeln</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="80"/>
        <source>A common failure hits every partner using the item at once (same technology)</source>
        <translation>Ein gemeinsamer Ausfall trifft alle Partner, die den Artikel nutzen, zugleich (gleiche Technologie)</translation>
    </message>
    <message>
        <location filename="../../ui/models/risk.py" line="104"/>
        <source>No risk inputs for this item yet: type a value to add them (others start at their defaults)</source>
        <translation>Für diesen Artikel gibt es noch keine Risikoangaben: Einen Wert eingeben, um sie anzulegen (die übrigen beginnen mit ihren Standardwerten)</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../ui/results/risk.py" line="89"/>
        <source>Risk</source>
        <extracomment>a new simulation result (result, the scenario it was computed for), after a complete run every result shown: (result, scenario, final) — final False for live risk&apos;s first estimate</extracomment>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="92"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="184"/>
        <source>Whole pool</source>
        <translation>Gesamter Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="194"/>
        <source>Simulating the changed pool…</source>
        <translation>Der geänderte Pool wird simuliert …</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="197"/>
        <source>Press “Run simulation” to see how likely each partner is to lose money on the investment, alone and in the pool.</source>
        <translation>Klicken Sie auf „Simulation starten“, um zu sehen, wie wahrscheinlich jeder Partner mit der Investition Geld verliert – allein und im Pool.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="201"/>
        <source>These results are from before the last change of the pool. Run the simulation again to update them.</source>
        <translation>Diese Ergebnisse stammen von vor der letzten Änderung des Pools. Starten Sie die Simulation erneut, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="205"/>
        <source>Net present value of each partner&apos;s investment over its useful life, simulated %1 times.</source>
        <translation>Kapitalwert der Investition jedes Partners über die Nutzungsdauer, %1-mal simuliert.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="207"/>
        <source>A first estimate: refining in the background.</source>
        <translation>Eine erste Schätzung; sie wird im Hintergrund verfeinert.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="229"/>
        <source>How often each outcome occurred; left of the red line the investment loses money. Grey: buying alone, blue: in the pool.</source>
        <translation>Wie oft jedes Ergebnis vorkam; links der roten Linie verliert die Investition Geld. Grau: Einzelkauf, blau: im Pool.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="232"/>
        <source>Read the height where a curve crosses the red line: that is the probability of a loss (misinvestment).</source>
        <translation>Lesen Sie die Höhe ab, an der eine Kurve die rote Linie kreuzt: Das ist die Wahrscheinlichkeit eines Verlusts (Fehlinvestition).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="236"/>
        <source>Which inputs move the result most is shown when the first estimate has been refined.</source>
        <translation>Welche Eingaben das Ergebnis am stärksten bewegen, erscheint, sobald die erste Schätzung verfeinert ist.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="240"/>
        <source>The inputs that move the result most: blue bars raise it when the input is high or the event happens, orange bars lower it.</source>
        <translation>Die Eingaben, die das Ergebnis am stärksten bewegen: Blaue Balken erhöhen es, wenn die Eingabe hoch ist oder das Ereignis eintritt, orange Balken senken es.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="258"/>
        <source>Every partner either always or never loses money in these %1 trials, so the loss risks carry no ± (more trials cannot change a share of 0 % or 100 % by much).</source>
        <translation>Jeder Partner verliert in diesen %1 Durchläufen entweder immer oder nie Geld, daher stehen bei den Verlustrisiken keine ±-Werte (mehr Durchläufe können einen Anteil von 0 % oder 100 % kaum ändern).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="269"/>
        <source>With Latin hypercube or Sobol&apos; sampling the true error is usually smaller: the ± is computed as for plain random sampling.</source>
        <translation>Mit Latin-Hypercube- oder Sobol&apos;-Stichproben ist der wahre Fehler meist kleiner: Das ± ist wie für einfache Zufallsstichproben berechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="263"/>
        <source>± is one standard error: with %1 trials the loss probabilities are precise to about ±%2 percentage points (two standard errors).</source>
        <translation>± ist ein Standardfehler: Mit %1 Durchläufen sind die Verlustrisiken auf etwa ±%2 Prozentpunkte genau (zwei Standardfehler).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="266"/>
        <source>That is precise enough to compare alone and pooled.</source>
        <translation>Das reicht, um Einzelkauf und Pool zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk.py" line="267"/>
        <source>Run more trials for firmer figures.</source>
        <translation>Für belastbarere Zahlen mehr Durchläufe simulieren.</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../../ui/panels/risk.py" line="20"/>
        <source>Plain random</source>
        <translation>Einfacher Zufall</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="21"/>
        <source>Latin hypercube</source>
        <translation>Latin Hypercube</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="22"/>
        <source>Scrambled Sobol</source>
        <translation>Verwürfelte Sobol-Folge</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="66"/>
        <source>What may turn out differently, per item. Type a distribution such as “PERT 4000; 11000; 15000” (low; most likely; high), “Uniform 0.05; 0.2”, “Normal mean; sd; low; high” or a single number. Shares are fractions (0.9 = 90 %). Hover a cell for what it means.</source>
        <translation>Was je Artikel anders kommen kann. Eine Verteilung eingeben wie „PERT 4.000; 11.000; 15.000“ (Minimum; wahrscheinlichster Wert; Maximum), „Dreieck …“, „Gleichverteilung 0,05; 0,2“, „Normal Mittelwert; Standardabweichung; Minimum; Maximum“ oder eine einzelne Zahl. Anteile sind Bruchteile (0,9 = 90 %). Der Tooltip einer Zelle erklärt sie.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="69"/>
        <source>Simulation settings</source>
        <translation>Simulationseinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="70"/>
        <source>Correlated inputs</source>
        <translation>Korrelierte Größen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="72"/>
        <source>Rank correlation: how strongly two inputs move together. 0.4: when one is high, the other tends to be high too; −0.4: it tends to be low; 0: unrelated. Insert adds a pair, Ctrl+− removes it.</source>
        <translation>Rangkorrelation: wie stark sich zwei Größen gemeinsam bewegen. 0,4: Ist die eine hoch, ist die andere tendenziell auch hoch; −0,4: sie ist tendenziell niedrig; 0: unabhängig. Einfg fügt ein Paar hinzu, Strg+− entfernt es.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="74"/>
        <source>Discount rate</source>
        <translation>Diskontierungszins</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="74"/>
        <source>Trials</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="74"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="75"/>
        <source>Sampling</source>
        <translation>Stichprobenverfahren</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="77"/>
        <source>Yearly discount rate for net present values (0.07 = 7 %); may be a distribution</source>
        <translation>Jährlicher Zinssatz für Kapitalwerte (0,07 = 7 %); darf eine Verteilung sein</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="79"/>
        <source>Monte Carlo trials; more trials give steadier tail figures</source>
        <translation>Monte-Carlo-Durchläufe; mehr Durchläufe liefern stabilere Werte an den Rändern</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="80"/>
        <source>The same seed gives the same results, bit for bit</source>
        <translation>Derselbe Startwert liefert bitgenau dieselben Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/panels/risk.py" line="81"/>
        <source>Latin hypercube and Sobol need fewer trials for the same accuracy</source>
        <translation>Latin Hypercube und Sobol brauchen für dieselbe Genauigkeit weniger Durchläufe</translation>
    </message>
</context>
<context>
    <name>RiskRunBar</name>
    <message>
        <location filename="../../ui/results/risk_run.py" line="58"/>
        <source>less than a second left</source>
        <translation>noch weniger als eine Sekunde</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="60"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="61"/>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="197"/>
        <source>Live</source>
        <extracomment>Trials per chunk: the worker checks for Cancel this often (about every few milliseconds). Trials of live risk&apos;s first estimate (one block of the design: ~0.2 CPU s for 10 partners x 20 items).</extracomment>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="198"/>
        <source>Simulate again by itself after every change: a first estimate at once, then refined to the set number of trials.</source>
        <translation>Nach jeder Änderung von selbst neu simulieren: sofort eine erste Schätzung, dann verfeinert bis zur eingestellten Zahl von Durchläufen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="200"/>
        <source>Trials:</source>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="202"/>
        <source>or until precise to ±</source>
        <translation>oder bis genau auf ±</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="203"/>
        <source>pp</source>
        <translation>Pp.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="204"/>
        <source>Stop as soon as every partner&apos;s loss probability is known to within this many percentage points (95 % confidence) and the pool&apos;s expected value to within 1 %; the trial count is then the most that are run. Same seed, same target: the same trials and figures.</source>
        <translation>Anhalten, sobald die Verlustwahrscheinlichkeit jedes Partners auf so viele Prozentpunkte genau (95 % Konfidenz) und der Erwartungswert des Pools auf 1 % genau bekannt ist; die Zahl der Durchläufe ist dann die Obergrenze. Gleicher Startwert, gleiches Ziel: dieselben Durchläufe und Zahlen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="209"/>
        <source>How many possible futures to simulate. More trials make the figures more precise (see the ± values) and take longer.</source>
        <translation>Wie viele mögliche Zukünfte simuliert werden. Mehr Durchläufe machen die Zahlen genauer (siehe die ±-Werte) und dauern länger.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="211"/>
        <source>Sampling:</source>
        <translation>Stichprobenverfahren:</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="215"/>
        <source>Latin hypercube</source>
        <translation>Latin Hypercube</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="216"/>
        <source>Sobol&apos; sequence</source>
        <translation>Sobol-Folge</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="217"/>
        <source>Plain random</source>
        <translation>Einfacher Zufall</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="220"/>
        <source>Latin hypercube and Sobol&apos; spread the trials evenly and need fewer of them for the same precision.</source>
        <translation>Latin Hypercube und Sobol verteilen die Durchläufe gleichmäßig und brauchen für die gleiche Genauigkeit weniger davon.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="222"/>
        <source>Run simulation</source>
        <translation>Simulation starten</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="223"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="254"/>
        <source>Estimating…</source>
        <translation>Schätzung läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="320"/>
        <location filename="../../ui/results/risk_run.py" line="354"/>
        <source>Simulating %1 trials…</source>
        <translation>Simuliere %1 Durchläufe …</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="329"/>
        <source>Refinement stopped. The figures shown are the first estimate.</source>
        <translation>Verfeinerung abgebrochen. Die angezeigten Zahlen sind die erste Schätzung.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="330"/>
        <source>Cancelled. The results shown are from the previous run.</source>
        <translation>Abgebrochen. Die angezeigten Ergebnisse stammen aus dem vorigen Lauf.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="353"/>
        <source>Refining to %1 trials…</source>
        <translation>Verfeinerung auf %1 Durchläufe …</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="367"/>
        <source>%1 trials in %2 s.</source>
        <translation>%1 Durchläufe in %2 s.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="370"/>
        <source>Loss risks precise to ±%1 percentage points, the expected value to ±%2 %.</source>
        <translation>Verlustrisiken auf ±%1 Prozentpunkte genau, der Erwartungswert auf ±%2 %.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="372"/>
        <source>Target reached.</source>
        <translation>Ziel erreicht.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="373"/>
        <source>Stopped at the trial count before the target was reached.</source>
        <translation>Bei der Obergrenze der Durchläufe angehalten, bevor das Ziel erreicht war.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_run.py" line="381"/>
        <source>The simulation could not run: %1</source>
        <translation>Die Simulation konnte nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>RiskTable</name>
    <message>
        <location filename="../../ui/results/risk_table.py" line="55"/>
        <source>no loss in the worst 5 %</source>
        <translation>kein Verlust in den schlechtesten 5 %</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="56"/>
        <source>no loss on average</source>
        <translation>im Mittel kein Verlust</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="61"/>
        <source>In the worst 5 % of trials the investment loses %1 on average.</source>
        <translation>In den schlechtesten 5 % der Durchläufe verliert die Investition im Mittel %1.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="65"/>
        <source>No trial loses money; even the worst 5 % of trials gain %1 on average.</source>
        <translation>Kein Durchlauf verliert Geld; selbst die schlechtesten 5 % gewinnen im Mittel %1.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="68"/>
        <source>Some of the worst 5 % of trials lose money, but on average they still gain %1.</source>
        <translation>Einige der schlechtesten 5 % der Durchläufe verlieren Geld, im Mittel gewinnen sie aber noch %1.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="84"/>
        <source>Beyond 500,000 trials, percentiles and the expected loss come from a fine histogram: within about 0.02 %.</source>
        <translation>Ab 500.000 Durchläufen stammen Perzentile und der erwartete Verlust aus einem feinen Histogramm: auf etwa 0,02 % genau.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="127"/>
        <source>Partner</source>
        <extracomment>the sentence under the table: how the Whole pool row follows from the partner rows True when every partner goes ahead in every trial (the expected values are plain sums) Σ over partners of (share of trials it goes ahead × its expected value): alone, in the pool why figures marked &quot;≈&quot; are approximate, or &quot;&quot; when all are exact</extracomment>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="128"/>
        <source>Goes ahead in</source>
        <translation>Macht mit in</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="130"/>
        <source>Expected value
alone</source>
        <translation>Erwartungswert
allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="131"/>
        <source>Expected value
in the pool</source>
        <translation>Erwartungswert
im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="132"/>
        <source>Loss risk
alone</source>
        <translation>Verlustrisiko
allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="133"/>
        <source>Loss risk
in the pool</source>
        <translation>Verlustrisiko
im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="134"/>
        <source>Expected loss in
worst 5 %, alone</source>
        <translation>Erwarteter Verlust
schlechteste 5 %, allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="135"/>
        <source>Expected loss in
worst 5 %, pooled</source>
        <translation>Erwarteter Verlust
schlechteste 5 %, im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="138"/>
        <source>Expected value: the average net present value over the trials in which the partner goes ahead (± one standard error).</source>
        <translation>Erwartungswert: der mittlere Kapitalwert über die Durchläufe, in denen der Partner mitmacht (± ein Standardfehler).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="143"/>
        <source>Loss risk: the share of those trials in which the investment loses money (± one standard error, shown where the share is neither 0 nor 100 %).</source>
        <translation>Verlustrisiko: der Anteil dieser Durchläufe, in denen die Investition Geld verliert (± ein Standardfehler, angegeben, wo der Anteil weder 0 noch 100 % ist).</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="148"/>
        <source>Expected loss in the worst 5 %: the average loss over the worst 5 % of trials (expected shortfall, CVaR 95 %); “no loss” when those trials do not lose money on average.</source>
        <translation>Erwarteter Verlust in den schlechtesten 5 %: der mittlere Verlust über die schlechtesten 5 % der Durchläufe (Expected Shortfall, CVaR 95 %); „kein Verlust“, wenn diese Durchläufe im Mittel kein Geld verlieren.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="153"/>
        <source>Share of the trials in which the partner does not drop out before the purchase; its figures are averaged over these trials.</source>
        <translation>Anteil der Durchläufe, in denen der Partner vor dem Kauf nicht aussteigt; seine Zahlen sind über diese Durchläufe gemittelt.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="166"/>
        <source>Whole pool</source>
        <translation>Gesamter Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="174"/>
        <source>The expected values of the Whole pool row are the sums of the partner rows; its loss risk and expected loss are those of the pool&apos;s combined result, which are not sums.</source>
        <translation>Die Erwartungswerte der Zeile „Gesamter Pool“ sind die Summen der Partnerzeilen; ihr Verlustrisiko und ihr erwarteter Verlust gehören zum gemeinsamen Ergebnis des Pools und sind keine Summen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/risk_table.py" line="181"/>
        <source>The Whole pool row is not the sum of the rows above: a partner&apos;s row averages only the trials in which it goes ahead, while the pool row averages all %1 trials and counts a partner who dropped out as %2 — weighted by how often each partner goes ahead, the rows add up to the pool&apos;s %3 in the pool and %4 alone.</source>
        <translation>Die Zeile „Gesamter Pool“ ist nicht die Summe der Zeilen darüber: Die Zeile eines Partners mittelt nur über die Durchläufe, in denen er mitmacht, die Poolzeile über alle %1 Durchläufe und zählt einen ausgestiegenen Partner mit %2 — gewichtet damit, wie oft jeder Partner mitmacht, ergeben die Zeilen die %3 des Pools im Pool und %4 allein.</translation>
    </message>
</context>
<context>
    <name>RiskyTextsDialog</name>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="125"/>
        <source>Anonymised export</source>
        <translation>Anonymisierter Export</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="129"/>
        <source>These texts may still point to a partner after anonymisation, and CoopCalc cannot replace them without guessing. Rename them in the editors first (Cancel), or export them as they are.</source>
        <translation>Diese Texte können nach der Anonymisierung noch auf einen Partner hinweisen, und CoopCalc kann sie nicht ersetzen, ohne zu raten. Benennen Sie sie zuerst in den Editoren um (Abbrechen) oder exportieren Sie sie so, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="133"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="133"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="133"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="138"/>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../ui/models/base.py" line="195"/>
        <source>row</source>
        <extracomment>what one row and several rows are called in undo texts and messages (&quot;partner&quot;, &quot;partners&quot;), English source texts in the model&apos;s context</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="196"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="358"/>
        <source>Edit {noun} {row}: {column}</source>
        <extracomment>the list is one of the document&apos;s top-level tables that default_row() can fill</extracomment>
        <translation>{noun} {row} bearbeiten: {column}</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="385"/>
        <source>pasting {rows} rows here would make {total} {nouns}: at most {limit} ({room} more fit)</source>
        <translation>{rows} Zeilen hier einzufügen ergäbe {total} {nouns}: höchstens {limit} (noch {room} passen)</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="401"/>
        <source>Row {row}, {column}</source>
        <translation>Zeile {row}, {column}</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="417"/>
        <source>Paste {rows}×{columns} cells into {nouns}</source>
        <translation>{rows}×{columns} Zellen in {nouns} einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="423"/>
        <source>Clear {count} cells</source>
        <translation>{count} Zellen leeren</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="431"/>
        <source>Insert {noun}</source>
        <translation>{noun} einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="438"/>
        <source>Remove {noun} {row}</source>
        <translation>{noun} {row} löschen</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="440"/>
        <source>Remove {count} {nouns}</source>
        <translation>{count} {nouns} löschen</translation>
    </message>
</context>
<context>
    <name>SavingsPage</name>
    <message>
        <location filename="../../ui/results/savings.py" line="54"/>
        <location filename="../../ui/results/savings.py" line="109"/>
        <source>Savings</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="63"/>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="75"/>
        <source>Buying together saves %1 (%2) of the %3 the partners would pay alone.</source>
        <translation>Gemeinsamer Einkauf spart %1 (%2) der %3, die die Partner allein zahlen würden.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="79"/>
        <source>Buying together costs %1 more than buying alone.</source>
        <translation>Gemeinsamer Einkauf kostet %1 mehr als der Einzelkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="81"/>
        <source>Better prices and fewer units save %1; coordinating the pool costs %2.</source>
        <translation>Bessere Preise und weniger Einheiten sparen %1; die Koordination des Pools kostet %2.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="84"/>
        <source>The smallest group that already pays off has %1 partners.</source>
        <translation>Die kleinste Gruppe, die sich schon lohnt, hat %1 Partner.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="91"/>
        <source>The capital each partner commits: grey if it bought alone, blue its share of the pool&apos;s cost under the rule “%1”.</source>
        <translation>Das Kapital, das jeder Partner bindet: grau beim Einzelkauf, blau sein Anteil an den Kosten des Pools nach der Regel „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="93"/>
        <source>The capital each partner would commit buying alone (splits are computed for pools of up to 22 partners).</source>
        <translation>Das Kapital, das jeder Partner beim Einzelkauf binden würde (Aufteilungen werden für Pools mit bis zu 22 Partnern berechnet).</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="96"/>
        <source>From what all partners would pay alone to what the pool pays: better prices and fewer units save money, coordinating the pool costs some.</source>
        <translation>Von dem, was alle Partner allein zahlen würden, zu dem, was der Pool zahlt: Bessere Preise und weniger Einheiten sparen Geld, die Koordination des Pools kostet etwas.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="99"/>
        <source>If a partner left, the others could still pool; the red part is what the pool would lose without that partner.</source>
        <translation>Träte ein Partner aus, könnten die anderen weiter gemeinsam kaufen; der rote Teil ist, was dem Pool ohne diesen Partner entginge.</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="109"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="109"/>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="109"/>
        <source>In the pool</source>
        <translation>Im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="110"/>
        <source>Savings %</source>
        <translation>Einsparung %</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="110"/>
        <source>Pool loses if it leaves</source>
        <translation>Verlust des Pools bei Austritt</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="124"/>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/savings.py" line="129"/>
        <source>Amounts are rounded to the cent so that the partners add up to the pool&apos;s total.</source>
        <translation>Beträge sind so auf den Cent gerundet, dass die Partner zusammen die Summe des Pools ergeben.</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>the translation context of the model&apos;s column titles, tips and choices what the paste being made leaves out (rows or columns beyond the table), for the status bar</extracomment>
        <translation type="vanished">
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="vanished">
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="140"/>
        <source>1 row</source>
        <extracomment>the translation context of the model&apos;s column titles, tips and choices what the paste being made leaves out (rows or columns beyond the table), for the status bar</extracomment>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="140"/>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="142"/>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="143"/>
        <source>{count} columns</source>
        <translation>{count} Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="145"/>
        <source>Not pasted: {parts} of the copied cells lie outside the table</source>
        <translation>Nicht eingefügt: {parts} der kopierten Zellen liegen außerhalb der Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/models/base.py" line="146"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <location filename="../../ui/sheet.py" line="56"/>
        <source>the clipboard holds a cell of more than {count} characters; copy smaller cells</source>
        <extracomment>The longest clipboard cell pasted (the longest text a scenario field holds is 2,000 characters; csv refuses cells over 128 KB with an error of its own).</extracomment>
        <translation>die Zwischenablage enthält eine Zelle mit mehr als {count} Zeichen; kopieren Sie kleinere Zellen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet.py" line="135"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/sheet.py" line="136"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../ui/sheet.py" line="137"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet.py" line="138"/>
        <source>&amp;Insert row</source>
        <translation>Zeile &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet.py" line="139"/>
        <source>&amp;Remove rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet.py" line="140"/>
        <source>C&amp;lear cells</source>
        <translation>Zellen lee&amp;ren</translation>
    </message>
    <message>
        <location filename="../../ui/sheet.py" line="224"/>
        <source>row {row}, {column}</source>
        <translation>Zeile {row}, {column}</translation>
    </message>
    <message>
        <location filename="../../ui/sheet.py" line="226"/>
        <source>Not pasted: {text} ({place}) and {first} ({first_place}) use different decimal signs (1,234.5 or 1.234,5); copy the block in one convention</source>
        <translation>Nicht eingefügt: {text} ({place}) und {first} ({first_place}) verwenden verschiedene Dezimalzeichen (1,234.5 oder 1.234,5); kopieren Sie den Block in einer Schreibweise</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <location filename="../../ui/results/splits.py" line="72"/>
        <source>Fair split</source>
        <translation>Faire Aufteilung</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="75"/>
        <source>Show per partner:</source>
        <translation>Je Partner zeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="79"/>
        <source>Share of the savings</source>
        <translation>Anteil an der Einsparung</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="80"/>
        <source>Cost in the pool</source>
        <translation>Kosten im Pool</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="84"/>
        <source>“Nobody pays more than alone”: no partner pays more in the pool than it would pay buying alone.</source>
        <translation>„Niemand zahlt mehr als allein“: Kein Partner zahlt im Pool mehr als beim Einzelkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="86"/>
        <source>“No group better off alone”: no group of partners would save more by leaving and buying together on its own.</source>
        <translation>„Keine Gruppe allein besser“: Keine Gruppe von Partnern würde mehr sparen, wenn sie austräte und für sich gemeinsam kaufte.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="88"/>
        <source>“Largest complaint”: the most any group would gain by leaving; zero or less means no group has a reason to leave.</source>
        <translation>„Größter Einwand“: das Meiste, was eine Gruppe durch einen Austritt gewinnen würde; null oder weniger heißt, keine Gruppe hat einen Grund auszutreten.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="100"/>
        <source>Splits are computed for pools of 2 to 22 partners.</source>
        <translation>Aufteilungen werden für Pools mit 2 bis 22 Partnern berechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="101"/>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="110"/>
        <source>This pool is too large to check every group of partners; the table checks that nobody pays more than alone, and the Shapley value is estimated from random joining orders.</source>
        <translation>Dieser Pool ist zu groß, um jede Gruppe von Partnern zu prüfen; die Tabelle prüft, dass niemand mehr zahlt als allein, und der Shapley-Wert wird aus zufälligen Beitrittsreihenfolgen geschätzt.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="115"/>
        <source>No split can keep every group of partners happy: whatever the pool agrees, some group would save more on its own. Even the best split leaves a group %1 short; that amount would have to be found (for example as a subsidy or a cheaper quote) for everybody to stay. The table below shows which group complains under each rule.</source>
        <translation>Keine Aufteilung kann jede Gruppe von Partnern zufriedenstellen: Was der Pool auch vereinbart, eine Gruppe würde allein mehr sparen. Selbst die beste Aufteilung lässt einer Gruppe %1 fehlen; dieser Betrag müsste gefunden werden (etwa als Zuschuss oder durch ein günstigeres Angebot), damit alle bleiben. Die Tabelle zeigt, welche Gruppe bei jeder Regel einen Einwand hat.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="122"/>
        <source>Good news: there are splits under which no group of partners would be better off on its own. Rules marked “Yes” under “No group better off alone” are such splits.</source>
        <translation>Gute Nachricht: Es gibt Aufteilungen, bei denen keine Gruppe von Partnern allein besser dastünde. Regeln mit „Ja“ unter „Keine Gruppe allein besser“ sind solche Aufteilungen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="139"/>
        <source>What each partner pays in the pool under every rule, beside what it would pay alone (grey); the chosen rule is outlined.</source>
        <translation>Was jeder Partner nach jeder Regel im Pool zahlt, neben dem, was er allein zahlen würde (grau); die gewählte Regel ist umrandet.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="142"/>
        <source>Each partner&apos;s share of the savings under every rule; the chosen rule is outlined.</source>
        <translation>Der Anteil jedes Partners an der Einsparung nach jeder Regel; die gewählte Regel ist umrandet.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="157"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="157"/>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="165"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="174"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="174"/>
        <source>Nobody pays more than alone</source>
        <translation>Niemand zahlt mehr als allein</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="174"/>
        <source>No group better off alone</source>
        <translation>Keine Gruppe allein besser</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="175"/>
        <source>Largest complaint</source>
        <translation>Größter Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="175"/>
        <source>Group that complains most</source>
        <translation>Gruppe mit dem größten Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="176"/>
        <source>No partner pays more in the pool than it would pay buying alone.</source>
        <translation>Kein Partner zahlt im Pool mehr als beim Einzelkauf.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="177"/>
        <source>No group of partners would save more by leaving and buying together on its own.</source>
        <translation>Keine Gruppe von Partnern würde mehr sparen, wenn sie austräte und für sich gemeinsam kaufte.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="178"/>
        <source>The largest amount by which a group of partners would be better off on its own.</source>
        <translation>Der größte Betrag, um den eine Gruppe von Partnern für sich besser dastünde.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="185"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="200"/>
        <source>none (%1 to spare)</source>
        <translation>keine (%1 Spielraum)</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="214"/>
        <source>The pool loses money, so the split shown spreads the loss as evenly as possible.</source>
        <translation>Der Pool verliert Geld; die gezeigte Aufteilung verteilt den Verlust so gleichmäßig wie möglich.</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="216"/>
        <source>Estimated from %1 random joining orders; each partner&apos;s share is within ±%2 (95 % confidence).</source>
        <translation>Geschätzt aus %1 zufälligen Beitrittsreihenfolgen; der Anteil jedes Partners ist auf ±%2 genau (95 % Konfidenz).</translation>
    </message>
    <message>
        <location filename="../../ui/results/splits.py" line="220"/>
        <source>(Click a rule to read how it splits.)</source>
        <translation>(Klicken Sie auf eine Regel, um zu lesen, wie sie aufteilt.)</translation>
    </message>
</context>
<context>
    <name>StatementsDialog</name>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="66"/>
        <source>Confidential partner statements</source>
        <translation>Vertrauliche Partnerauszüge</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="70"/>
        <source>A pool total is shown in a partner&apos;s statement only when at least %1 other partners stand behind it and none of them makes up so much that the rest is under %2 % of its part. Otherwise the partner could work out other partners&apos; figures by subtracting its own.</source>
        <translation>Eine Summe des Pools erscheint im Auszug eines Partners nur, wenn mindestens %1 andere Partner dahinterstehen und keiner von ihnen so viel ausmacht, dass der Rest unter %2 % seines Teils liegt. Sonst könnte der Partner durch Abziehen seiner eigenen Zahlen die Zahlen anderer Partner ermitteln.</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="77"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="77"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="83"/>
        <source>Show these totals anyway (each statement then says what they reveal)</source>
        <translation>Diese Summen trotzdem zeigen (jeder Auszug sagt dann, was sie verraten)</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="87"/>
        <source>Write statements</source>
        <translation>Auszüge schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="100"/>
        <source>withheld: %1</source>
        <translation>zurückgehalten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="102"/>
        <source>reveals %1</source>
        <translation>verrät %1</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="104"/>
        <source>the chosen rule</source>
        <translation>die gewählte Regel</translation>
    </message>
    <message>
        <location filename="../../ui/confidential_dialogs.py" line="112"/>
        <source>Statement for %1</source>
        <translation>Auszug für %1</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="172"/>
        <source>Compute sweep</source>
        <translation>Variation berechnen</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="173"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="177"/>
        <source>Each cell is one variant of the pool: its colour is what the best division saves after coordination cost; × marks variants where no split can keep every group in the single pool, the orange line where the single pool stops saving money.</source>
        <translation>Jede Zelle ist eine Variante des Pools: ihre Farbe zeigt, was die beste Einteilung nach Koordinationskosten spart; × markiert Varianten, in denen keine Aufteilung jede Gruppe im Gesamtpool hält, die orange Linie, wo der Gesamtpool kein Geld mehr spart.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="200"/>
        <source>Choose two different inputs.</source>
        <translation>Zwei verschiedene Eingaben wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="209"/>
        <source>Computing %1 variants of the pool…</source>
        <translation>%1 Varianten des Pools werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="222"/>
        <source>Cancelled. The chart shows the previous sweep.</source>
        <translation>Abgebrochen. Das Diagramm zeigt die vorige Variation.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="235"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../ui/results/advice_sweep.py" line="240"/>
        <source>The sweep could not run: %1</source>
        <translation>Die Variation konnte nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <location filename="../../ui/models/quotes.py" line="88"/>
        <source>tier</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="89"/>
        <source>tiers</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="91"/>
        <source>From quantity</source>
        <translation>Ab Menge</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="92"/>
        <source>From this many purchased units on, the unit price below applies</source>
        <translation>Ab dieser Zahl gekaufter Einheiten gilt der Stückpreis daneben</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="94"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="106"/>
        <source>Could not redo “{step}”: {reason}</source>
        <translation>„{step}“ konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="107"/>
        <source>Could not undo “{step}”: {reason}</source>
        <translation>„{step}“ konnte nicht rückgängig gemacht werden: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <location filename="../../ui/panels/welcome.py" line="103"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/welcome.py" line="104"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/welcome.py" line="105"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/welcome.py" line="108"/>
        <source>Buy Industry 4.0 equipment together: see what pooling saves, how to split it fairly and what happens if things go wrong. Start with an example pool — the results appear as you edit.</source>
        <translation>Industrie-4.0-Ausrüstung gemeinsam beschaffen: Sehen Sie, was die Bündelung spart, wie sie sich fair aufteilen lässt und was passiert, wenn etwas schiefgeht. Beginnen Sie mit einem Beispielpool – die Ergebnisse erscheinen während der Eingabe.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/welcome.py" line="111"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../../ui/panels/welcome.py" line="115"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/panels/welcome.py" line="116"/>
        <source>New pool</source>
        <translation>Neuer Pool</translation>
    </message>
    <message>
        <location filename="../../ui/panels/welcome.py" line="117"/>
        <source>Open a file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/welcome.py" line="118"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
</context>
</TS>
