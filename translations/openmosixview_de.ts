<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DemoCluster</name>
    <message>
        <location filename="../common/core/demo/democluster.cpp" line="+38"/>
        <source>the demo cluster needs omsim next to %1</source>
        <translation>der Demo-Cluster braucht omsim neben %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create a directory for the demo cluster: %1</source>
        <translation>kein Verzeichnis für den Demo-Cluster anlegbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>omsim did not start</source>
        <translation>omsim ist nicht gestartet</translation>
    </message>
</context>
<context>
    <name>DemoRecording</name>
    <message>
        <location filename="../common/core/demo/demorecording.cpp" line="+16"/>
        <source>the demo needs openmosixcollector next to this program</source>
        <translation>die Demo braucht openmosixcollector neben diesem Programm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot make a directory for the demo</source>
        <translation>kein Verzeichnis für die Demo anlegbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the demo&apos;s collector did not start</source>
        <translation>der Collector der Demo ist nicht gestartet</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../migmon/monitorscene.cpp" line="+230"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>⌂ home</source>
        <translation>⌂ Heimat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop here to send home</source>
        <translation>hier ablegen, um nach Hause zu schicken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+14"/>
        <source>Watch and steer a process-migration cluster.</source>
        <translation>Einen Cluster mit Prozessmigration beobachten und steuern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the milliseconds from start to the first filled table, then quit.</source>
        <translation>Die Millisekunden vom Start bis zur ersten gefüllten Tabelle ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location filename="../procs/main.cpp" line="+14"/>
        <source>Every process of a process-migration cluster: where it runs; migrate, signal, renice, lock.</source>
        <translation>Jeder Prozess eines Clusters mit Prozessmigration: wo er läuft; migrieren, Signale senden, Priorität ändern, sperren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start showing the processes on this node.</source>
        <translation>Mit den Prozessen auf diesem Knoten beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start on the Guests tab (with --node: that node&apos;s guests).</source>
        <translation>Auf der Registerkarte Gäste beginnen (mit --node: die Gäste dieses Knotens).</translation>
    </message>
    <message>
        <location filename="../migmon/main.cpp" line="+14"/>
        <source>The migration monitor: nodes on a circle, processes as squares beside the node they run on; drag a square onto a node to migrate it.</source>
        <translation>Der Migrationsmonitor: Knoten auf einem Kreis, Prozesse als Quadrate neben dem Knoten, auf dem sie laufen; ein Quadrat auf einen Knoten ziehen, um ihn dorthin zu migrieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch from this node (drawn in the centre; default: the gateway&apos;s).</source>
        <translation>Von diesem Knoten aus beobachten (in der Mitte gezeichnet; voreingestellt: der des Gateways).</translation>
    </message>
    <message>
        <location filename="../analyzer/main.cpp" line="+31"/>
        <source>Load and memory history of a process-migration cluster, from the collector&apos;s database.</source>
        <translation>Last- und Speicherverlauf eines Clusters mit Prozessmigration, aus der Datenbank des Collectors.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start of the range: ISO 8601 (2026-11-29T14:10), a time of day (11:41:04), now, or back from now (-24h, -7d); default: the recording&apos;s first sample.</source>
        <translation>Beginn des Bereichs: ISO 8601 (2026-11-29T14:10), eine Uhrzeit (11:41:04), now oder zurück ab jetzt (-24h, -7d); Standard: die erste Probe der Aufzeichnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End of the range (default: now).</source>
        <translation>Ende des Bereichs (voreingestellt: jetzt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the statistics of the range as text and exit (no window).</source>
        <translation>Die Statistik des Bereichs als Text ausgeben und beenden (ohne Fenster).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load in percent above which a node counts as hot (default 75).</source>
        <translation>Last in Prozent, ab der ein Knoten als heiß gilt (voreingestellt 75).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the report of the range without a window and exit: FILE.pdf (charts, statistics, events) or FILE.csv (the statistics).</source>
        <translation>Den Bericht des Bereichs ohne Fenster schreiben und beenden: DATEI.pdf (Diagramme, Statistik, Ereignisse) oder DATEI.csv (die Statistik).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--threshold wants a percentage above 0</source>
        <translation>--threshold braucht einen Prozentwert über 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the range ends before it starts</source>
        <translation>der Bereich endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--report wants a file name ending in .pdf or .csv</source>
        <translation>--report braucht einen Dateinamen auf .pdf oder .csv</translation>
    </message>
    <message>
        <location filename="../common/gui/suiteapp.cpp" line="+198"/>
        <source>--%1: &apos;%2&apos; is not a time (ISO 8601, 11:41:04, now, -24h, -7d)</source>
        <translation>--%1: &apos;%2&apos; ist keine Zeit (ISO 8601, 11:41:04, now, -24h, -7d)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reading failed: %2 — the file may be damaged</source>
        <translation>%1: Lesen fehlgeschlagen: %2 — die Datei ist womöglich beschädigt</translation>
    </message>
    <message>
        <location filename="../analyzer/main.cpp" line="+47"/>
        <location line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../history/main.cpp" line="+61"/>
        <source>The cluster at any recorded moment: nodes and processes then, a process&apos;s life.</source>
        <translation>Der Cluster zu jedem aufgezeichneten Zeitpunkt: Knoten und Prozesse damals, das Leben eines Prozesses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The moment: ISO 8601 (2026-11-29T14:10), now, or back from now (-1h, -2d).</source>
        <translation>Der Zeitpunkt: ISO 8601 (2026-11-29T14:10), now oder zurück ab jetzt (-1h, -2d).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the cluster at --at as JSON and exit (no window).</source>
        <translation>Den Cluster zum Zeitpunkt --at als JSON ausgeben und beenden (ohne Fenster).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this owner&apos;s processes (--json).</source>
        <translation>Nur die Prozesse dieses Besitzers (--json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only processes running on node N (--json).</source>
        <translation>Nur Prozesse, die auf Knoten N laufen (--json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only commands containing TEXT (--json).</source>
        <translation>Nur Befehle, die TEXT enthalten (--json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --json: what started, ended and moved from T1 to T2 (the second time follows as an argument).</source>
        <translation>Mit --json: was von T1 bis T2 begann, endete und umzog (die zweite Zeit folgt als Argument).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the logged samples of process PID of node HOME (logged from openmosixprocs) as CSV and exit.</source>
        <translation>Die protokollierten Proben des Prozesses PID von Knoten HOME (in openmosixprocs protokolliert) als CSV ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end of --between.</source>
        <translation>Das Ende von --between.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--node wants a node number</source>
        <translation>--node braucht eine Knotennummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--between wants two times: --between T1 T2</source>
        <translation>--between braucht zwei Zeiten: --between T1 T2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--between: &apos;%1&apos; or &apos;%2&apos; is not a time</source>
        <translation>--between: &apos;%1&apos; oder &apos;%2&apos; ist keine Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--between: the second time must come after the first</source>
        <translation>--between: die zweite Zeit muss nach der ersten liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--between goes with --json</source>
        <translation>--between gehört zu --json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--log wants PID@HOME, e.g. 4242@1</source>
        <translation>--log erwartet PID@HOME, z. B. 4242@1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>process %1 of node %2 was never logged in %3</source>
        <translation>Prozess %1 von Knoten %2 wurde in %3 nie protokolliert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2 is outside the recorded span, %3 to %4</source>
        <translation>%1 bis %2 liegt außerhalb des aufgezeichneten Zeitraums, %3 bis %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>more than %1 changes: the list stops at %2; ask for a shorter range</source>
        <translation>mehr als %1 Änderungen: die Liste endet bei %2; einen kürzeren Bereich wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no samples</source>
        <translation>%1 enthält keine Abfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is outside the recorded span, %2 to %3</source>
        <translation>%1 liegt außerhalb des aufgezeichneten Zeitraums, %2 bis %3</translation>
    </message>
</context>
<context>
    <name>omv::AnalyzerWindow</name>
    <message>
        <location filename="../analyzer/analyzerwindow.cpp" line="+91"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+459"/>
        <source>Load per node</source>
        <translation>Last je Knoten</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>%1 — history — openmosixanalyzer</source>
        <translation>%1 — Verlauf — openmosixanalyzer</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+19"/>
        <location line="+607"/>
        <location line="+11"/>
        <source>load %</source>
        <translation>Last %</translation>
    </message>
    <message>
        <location line="-636"/>
        <location line="+396"/>
        <location line="+240"/>
        <source>memory used, GiB</source>
        <translation>belegter Speicher, GiB</translation>
    </message>
    <message>
        <location line="-635"/>
        <source>hottest node</source>
        <translation>heißester Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean load</source>
        <translation>mittlere Last</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory used</source>
        <translation>belegter Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nodes up, % of all</source>
        <translation>laufende Knoten, % aller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean load earlier</source>
        <translation>mittlere Last früher</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drag: zoom to a time · Shift+drag or middle/right drag: pan · wheel: zoom · right click or Escape: back</source>
        <translation>Ziehen: auf eine Zeit zoomen · Umschalt+Ziehen oder mittlere/rechte Taste: verschieben · Rad: zoomen · Rechtsklick oder Escape: zurück</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nodes shown in the chart (tick to show, untick to hide)</source>
        <translation>Im Diagramm gezeigte Knoten (ankreuzen zum Zeigen, abwählen zum Ausblenden)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double click a node: its line alone in the chart; the cluster: every node again</source>
        <translation>Doppelklick auf einen Knoten: nur seine Linie im Diagramm; auf den Cluster: wieder alle Knoten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the node chart shows: each node&apos;s load, or the memory each uses</source>
        <translation>Was das Knotendiagramm zeigt: die Last jedes Knotens oder den Speicher, den er belegt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Overlay the cluster&apos;s mean load of the same range shifted back, dashed</source>
        <translation>Die mittlere Last des Clusters im selben, zurückverschobenen Bereich gestrichelt darüberlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare: off</source>
        <translation>Vergleich: aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a day earlier</source>
        <translation>mit einem Tag früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a week earlier</source>
        <translation>mit einer Woche früher</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location line="+271"/>
        <location line="+4"/>
        <location line="+602"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="-588"/>
        <source>%1 holds no samples yet</source>
        <translation>%1 enthält noch keine Abfragen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>mean load %1 earlier</source>
        <translation>mittlere Last %1 früher</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>migrations per %1</source>
        <translation>Migrationen je %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Memory used per node</source>
        <translation>Belegter Speicher je Knoten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2%3: %4</source>
        <translation>%1 %2%3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on node %1</source>
        <translation>auf Knoten %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the cluster</source>
        <translation>auf dem Cluster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1 down %2 – %3 (%4)</source>
        <translation>Knoten %1 ausgefallen %2 – %3 (%4)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cluster: %1 % mean</source>
        <translation>Cluster: %1 % im Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hottest node: %1 %</source>
        <translation>heißester Knoten: %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory used: %1 GiB</source>
        <translation>belegter Speicher: %1 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodes up: %1 of %2</source>
        <translation>laufende Knoten: %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migrations: %1</source>
        <translation>Migrationen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 earlier: %2 % mean</source>
        <translation>%1 früher: %2 % im Mittel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: %2 GiB used</source>
        <translation>Knoten %1: %2 GiB belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1: %2 %</source>
        <translation>Knoten %1: %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 </source>
        <translation>Knoten %1 </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>with %1 earlier</source>
        <translation>mit %1 früher</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checkpoint</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens now (shown on the charts and in reports):</source>
        <translation>Was jetzt geschieht (in den Diagrammen und Berichten gezeigt):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking a checkpoint…</source>
        <translation>Markierung wird gesetzt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No checkpoint: %1</source>
        <translation>Keine Markierung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 · %2 · %n point(s) per line · %3 node(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Punkt je Linie · %3 Knoten</numerusform>
            <numerusform>%1 · %2 · %n Punkte je Linie · %3 Knoten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raw samples</source>
        <translation>Rohabfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rollups</source>
        <translation>%1-Zusammenfassungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report: charts, statistics and events of this range</source>
        <translation>Den Bericht drucken: Diagramme, Statistik und Ereignisse dieses Bereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The report as a PDF file</source>
        <translation>Der Bericht als PDF-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export statistics as &amp;CSV…</source>
        <translation>Statistik als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;series as CSV…</source>
        <translation>&amp;Reihen als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the series</source>
        <translation>Reihen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charts&apos; points as CSV: the cluster&apos;s figures and every shown node&apos;s load</source>
        <translation>Die Punkte der Diagramme als CSV: die Werte des Clusters und die Last jedes gezeigten Knotens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export charts as &amp;image…</source>
        <translation>Diagramme als &amp;Bild exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both charts as a PNG image or an SVG drawing</source>
        <translation>Beide Diagramme als PNG-Bild oder SVG-Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics table as CSV (cells that look like formulas are quoted)</source>
        <translation>Die Statistiktabelle als CSV (Zellen, die wie Formeln aussehen, werden in Anführungszeichen gesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark a &amp;checkpoint…</source>
        <translation>&amp;Markierung setzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a checkpoint with a text through the collector recording this database</source>
        <translation>Eine Markierung mit Text über den Collector schreiben, der diese Datenbank aufzeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes at this &amp;moment (openmosixhistory)</source>
        <translation>Prozesse zu diesem &amp;Zeitpunkt (openmosixhistory)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot start openmosixhistory.</source>
        <translation>openmosixhistory kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster&apos;s nodes and processes at the time under the crosshair</source>
        <translation>Knoten und Prozesse des Clusters zu der Zeit unter dem Fadenkreuz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load and memory history of a process-migration cluster.</source>
        <translation>Last- und Speicherverlauf eines Clusters mit Prozessmigration.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean load %</source>
        <translation>Mittlere Last %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hottest node %</source>
        <translation>Heißester Knoten %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory used GiB</source>
        <translation>Belegter Speicher GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1 load %</source>
        <translation>Last Knoten %1 %</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1 (PNG or SVG)</source>
        <translation>%1 kann nicht geschrieben werden (PNG oder SVG)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>%1: nothing was written</source>
        <translation>%1: nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot start the report (is the file or printer writable?)</source>
        <translation>der Bericht kann nicht begonnen werden (ist die Datei oder der Drucker beschreibbar?)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none in this range</source>
        <translation>keine in diesem Bereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — load and memory</source>
        <translation>%1 — Last und Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>made %1 from %2; load above %3 % marked</source>
        <translation>erstellt %1 aus %2; Last über %3 % markiert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — statistics and events</source>
        <translation>%1 — Statistik und Ereignisse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>omv::ChangeTableModel</name>
    <message>
        <location filename="../history/changetablemodel.cpp" line="+54"/>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>umgezogen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an admin</source>
        <translation>ein Administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the balancer</source>
        <translation>der Lastausgleich</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Heimat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From node</source>
        <translation>Von Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Durch</translation>
    </message>
</context>
<context>
    <name>omv::ClusterBackend</name>
    <message>
        <location filename="../common/core/backend/clusterbackend.cpp" line="+152"/>
        <source>node table from %1: %2</source>
        <translation>Knotentabelle von %1: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>cannot read the proc tree on the node</source>
        <translation>der proc-Baum auf dem Knoten kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no address is known for node %1</source>
        <translation>für Knoten %1 ist keine Adresse bekannt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
</context>
<context>
    <name>omv::ClusterOptions</name>
    <message>
        <location filename="../common/gui/clusteropen.cpp" line="+64"/>
        <source>Start an emulated cluster (omsim) and watch it.</source>
        <translation>Einen emulierten Cluster (omsim) starten und beobachten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel the --demo cluster emulates: openmosix (default), mattx or linux (stock kernels).</source>
        <translation>Der Kernel, den der --demo-Cluster emuliert: openmosix (voreingestellt), mattx oder linux (normale Kernel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch the emulated cluster another program of the suite started.</source>
        <translation>Den emulierten Cluster beobachten, den ein anderes Programm der Suite gestartet hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster profile to open.</source>
        <translation>Das zu öffnende Clusterprofil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A history database to read (also a rotated one); no cluster needs to answer.</source>
        <translation>Eine Verlaufsdatenbank zum Lesen (auch eine rotierte); kein Cluster muss antworten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+26"/>
        <location line="+20"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>give one of --demo, --demo-root, --profile%1</source>
        <translation>eines von --demo, --demo-root, --profile%1 angeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>History database</source>
        <translation>Verlaufsdatenbank</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <location line="+36"/>
        <location line="+5"/>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>name the cluster: --profile FILE%1</source>
        <translation>den Cluster angeben: --profile DATEI%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or --db FILE</source>
        <translation> oder --db DATEI</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--demo-kernel is openmosix, mattx or linux</source>
        <translation>--demo-kernel ist openmosix, mattx oder linux</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+5"/>
        <source>Cluster profile</source>
        <translation>Clusterprofil</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1 is a history file: there is no live cluster behind it</source>
        <translation>%1 ist eine Verlaufsdatei: dahinter steht kein laufender Cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no running omsim</source>
        <translation>%1 enthält kein laufendes omsim</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cancelled before the gateway answered</source>
        <translation>abgebrochen, bevor das Gateway antwortete</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: saved in %2 as backend=%3</source>
        <translation>%1: in %2 als backend=%3 gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not saved: %2)</source>
        <translation>%1 (nicht gespeichert: %2)</translation>
    </message>
</context>
<context>
    <name>omv::ClusterProfile</name>
    <message>
        <location filename="../common/core/profile/clusterprofile.cpp" line="+101"/>
        <source>%1:%2: unknown section [%3]</source>
        <translation>%1:%2: unbekannter Abschnitt [%3]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:%2: unknown key [%3] %4</source>
        <translation>%1:%2: unbekannter Schlüssel [%3] %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2: unknown key [%3] %4 (%5?)</source>
        <translation>%1:%2: unbekannter Schlüssel [%3] %4 (%5?)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file (a FIFO, a device or a folder)</source>
        <translation>keine reguläre Datei (ein FIFO, ein Gerät oder ein Ordner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid INI file</source>
        <translation>keine gültige INI-Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a number in %2..%3</source>
        <translation>&apos;%1&apos; ist keine Zahl in %2..%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; ist keins von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not one of ssh, local</source>
        <translation>&apos;%1&apos; ist keines von ssh, local</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>&apos;%1&apos; ist kein Hostname und keine Adresse</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>missing: a plain Linux kernel lists no other nodes; name them (nodes=) or give a map file (map=)</source>
        <translation>fehlt: ein einfacher Linux-Kernel nennt keine anderen Knoten; sie angeben (nodes=) oder eine Map-Datei (map=)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: name the node whose kernel table lists every node</source>
        <translation>fehlt: den Knoten angeben, dessen Kerneltabelle jeden Knoten nennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a user name</source>
        <translation>&apos;%1&apos; ist kein Benutzername</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be one ssh host name or address</source>
        <translation>muss ein ssh-Hostname oder eine Adresse sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one user name</source>
        <translation>muss ein Benutzername sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a program&apos;s name or path</source>
        <translation>muss der Name oder Pfad eines Programms sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with host=, the database&apos;s path on that machine, from / or ~/</source>
        <translation>mit host= der Pfad der Datenbank auf jener Maschine, ab / oder ~/</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one group&apos;s name</source>
        <translation>muss der Name einer Gruppe sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an absolute folder on the nodes</source>
        <translation>muss ein absoluter Ordner auf den Knoten sein</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <source>unbalanced brackets in &apos;%1&apos;</source>
        <translation>unausgeglichene Klammern in &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>more than %1 nodes</source>
        <translation>mehr als %1 Knoten</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&apos;%1&apos; is not a host range (like node[01-16])</source>
        <translation>&apos;%1&apos; ist kein Hostbereich (wie node[01-16])</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a range of numbers</source>
        <translation>&apos;%1&apos; ist kein Zahlenbereich</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: a value may not contain ; &quot; \ or a line break</source>
        <translation>%1: ein Wert darf kein ; &quot; \ und keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no cluster called %1: no profile is saved in %2</source>
        <translation>kein Cluster namens %1: in %2 ist kein Profil gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cluster called %1 (saved: %2)</source>
        <translation>kein Cluster namens %1 (gespeichert: %2)</translation>
    </message>
</context>
<context>
    <name>omv::ClusterSession::Worker</name>
    <message>
        <location filename="../common/gui/clustersession.cpp" line="+70"/>
        <source>sampling directly: the collector samples less often than every %1 s</source>
        <translation>direkte Abfrage: der Collector fragt seltener als alle %1 s ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sampling directly: %1</source>
        <translation>direkte Abfrage: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sampling directly</source>
        <translation>direkte Abfrage</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>live from the collector on %1</source>
        <translation>live vom Kollektor auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live from the collector</source>
        <translation>live vom Collector</translation>
    </message>
</context>
<context>
    <name>omv::ClustersDialog</name>
    <message>
        <location filename="../common/gui/clustersdialog.cpp" line="+62"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your clusters; the demo cluster is an emulated one on this machine</source>
        <translation>Ihre Cluster; der Demo-Cluster ist auf diesem Rechner emuliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new profile from an empty form</source>
        <translation>Ein neues Profil mit einem leeren Formular beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd file…</source>
        <translation>Datei &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile file kept elsewhere; it stays where it is</source>
        <translation>Eine anderswo liegende Profildatei hinzufügen; sie bleibt, wo sie ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected profile file (asks first); added files are only forgotten</source>
        <translation>Die gewählte Profildatei löschen (fragt zuerst); hinzugefügte Dateien werden nur vergessen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name shown in window titles</source>
        <translation>Der Name in den Fenstertiteln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (ask the gateway)</source>
        <translation>Automatisch (das Gateway fragen)</translation>
    </message>
    <message>
        <location filename="../common/core/backend/openmosix/openmosixdriver.cpp" line="+19"/>
        <source>openMosix / LinuxPMI</source>
        <translation>openMosix / LinuxPMI</translation>
    </message>
    <message>
        <location filename="../common/core/backend/mattx/mattxdriver.cpp" line="+17"/>
        <source>MattX</source>
        <translation>MattX</translation>
    </message>
    <message>
        <location filename="../common/core/backend/linux/linuxdriver.cpp" line="+19"/>
        <source>Plain Linux (migration by CRIU where it works)</source>
        <translation>Einfaches Linux (Migration mit CRIU, wo es funktioniert)</translation>
    </message>
    <message>
        <location filename="../common/gui/clustersdialog.cpp" line="+3"/>
        <source>The kernel the nodes run</source>
        <translation>Der Kernel der Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh to every node</source>
        <translation>ssh zu jedem Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this machine is the only node</source>
        <translation>dieser Rechner ist der einzige Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How commands reach the nodes</source>
        <translation>Wie Befehle die Knoten erreichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node whose kernel table lists every node (host name or address)</source>
        <translation>Ein Knoten, dessen Kerneltabelle jeden Knoten nennt (Hostname oder Adresse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node[01-16], gpu1</source>
        <translation>node[01-16], gpu1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain Linux: every node, by address or ssh host name (~/.ssh/config&apos;s names work); ranges as pdsh writes them. IDs are their order</source>
        <translation>Einfaches Linux: jeder Knoten, als Adresse oder ssh-Hostname (Namen aus ~/.ssh/config gehen); Bereiche wie bei pdsh. Die IDs sind ihre Reihenfolge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: node addresses in openMosix map format (ID address count); otherwise the gateway&apos;s table is used</source>
        <translation>Optional: Knotenadressen im openMosix-Map-Format (ID Adresse Anzahl); sonst wird die Tabelle des Gateways verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as in ~/.ssh/config, else your own</source>
        <translation>wie in ~/.ssh/config, sonst Ihrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user ssh logs in as on every node (commands like mosctl need root)</source>
        <translation>Der Benutzer, als der sich ssh auf jedem Knoten anmeldet (Befehle wie mosctl brauchen root)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ssh port of the nodes; &quot;default&quot; takes ~/.ssh/config&apos;s or 22</source>
        <translation>Der ssh-Port der Knoten; &quot;Standard&quot; nimmt den aus ~/.ssh/config oder 22</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key to log in with; ssh-agent is tried first. A key with a passphrase asks for it</source>
        <translation>Der private Schlüssel zum Anmelden; zuerst wird ssh-agent versucht. Ein Schlüssel mit Passphrase fragt danach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where host keys are checked and saved (default ~/.ssh/known_hosts). An unknown key is shown to you first; a changed key is always refused</source>
        <translation>Wo Hostschlüssel geprüft und gespeichert werden (voreingestellt ~/.ssh/known_hosts). Ein unbekannter Schlüssel wird Ihnen zuerst gezeigt; ein geänderter wird immer abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history database the collector writes for this cluster (default: one per cluster in your data folder)</source>
        <translation>Die Verlaufsdatenbank, die der Collector für diesen Cluster schreibt (voreingestellt: eine je Cluster in Ihrem Datenordner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reach nodes by:</source>
        <translation>Knoten &amp;erreichen über:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;odes:</source>
        <translation>Kn&amp;oten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node &amp;map file:</source>
        <translation>Knoten-&amp;Map-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;user:</source>
        <translation>ssh-&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;port:</source>
        <translation>ssh-&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_&amp;hosts:</source>
        <translation>known_&amp;hosts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the gateway with these settings and read every node once</source>
        <translation>Mit diesen Einstellungen zum Gateway verbinden und jeden Knoten einmal lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the profile file</source>
        <translation>Die Profildatei schreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+142"/>
        <source>An emulated openMosix cluster (omsim) started on this machine for as long as the window is open. Nothing to set up.</source>
        <translation>Ein emulierter openMosix-Cluster (omsim), auf diesem Rechner gestartet, solange das Fenster offen ist. Nichts einzurichten.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Watch the selected cluster (saves the form first)</source>
        <translation>Den gewählten Cluster beobachten (speichert zuerst das Formular)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo cluster (emulated)</source>
        <translation>Demo-Cluster (emuliert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omsim on this machine</source>
        <translation>omsim auf diesem Rechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo, plain Linux</source>
        <translation>Demo, einfaches Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omsim on this machine, emulating stock kernels; processes move by checkpoint/restart</source>
        <translation>omsim auf diesem Rechner, emuliert normale Kernel; Prozesse ziehen per Checkpoint/Restart um</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>An emulated cluster of plain Linux nodes (omsim, stock kernels; processes move by checkpoint/restart through omsim&apos;s stand-in for criu) started on this machine for as long as the window is open. Nothing to set up.</source>
        <translation>Ein emulierter Cluster einfacher Linux-Knoten (omsim, normale Kernel; Prozesse ziehen per Checkpoint/Restart über den criu-Ersatz von omsim um), auf diesem Rechner gestartet, solange das Fenster offen ist. Nichts einzurichten.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Give the cluster a name.</source>
        <translation>Dem Cluster einen Namen geben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n node(s) listed, %1 up</source>
        <translation>
            <numerusform>%n Knoten aufgeführt, %1 laufen</numerusform>
            <numerusform>%n Knoten aufgeführt, %1 laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n node(s) not answering, first: %1</source>
        <translation>
            <numerusform>%n Knoten antwortet nicht, zuerst: %1</numerusform>
            <numerusform>%n Knoten antworten nicht, zuerst: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>new cluster</source>
        <translation>neuer Cluster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a cluster profile</source>
        <translation>Ein Clusterprofil hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster profiles (*.ini);;All files (*)</source>
        <translation>Clusterprofile (*.ini);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile file %1?</source>
        <translation>Die Profildatei %1 löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>omv::CollectorControl</name>
    <message>
        <location filename="../common/gui/collectorcontrol.cpp" line="+120"/>
        <source>managed by %1 on %2: systemctl start %1 there</source>
        <translation>verwaltet von %1 auf %2: dort systemctl start %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managed by %1: systemctl start %1</source>
        <translation>verwaltet von %1: systemctl start %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>managed by %1 on %2: systemctl stop %1 there</source>
        <translation>verwaltet von %1 auf %2: dort systemctl stop %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managed by %1: systemctl stop %1</source>
        <translation>verwaltet von %1: systemctl stop %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>openmosixcollector is not installed next to %1</source>
        <translation>openmosixcollector ist nicht neben %1 installiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>omv::Command</name>
    <message>
        <location filename="../common/core/model/command.cpp" line="+35"/>
        <source>the balancer places it</source>
        <translation>der Lastausgleich platziert ihn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no migration</source>
        <translation>keine Migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run home</source>
        <translation>daheim starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run on a node</source>
        <translation>auf einem Knoten starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU job</source>
        <translation>Rechenauftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/O job</source>
        <translation>E/A-Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no decay</source>
        <translation>kein Abklingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slow decay</source>
        <translation>langsames Abklingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fast decay</source>
        <translation>schnelles Abklingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set speed of node %1 to %2</source>
        <translation>Geschwindigkeit von Knoten %1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatic migration on node %1 %2</source>
        <translation>automatische Migration auf Knoten %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quiet on node %1 %2</source>
        <translation>Ruhe auf Knoten %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local processes stay on node %1 %2</source>
        <translation>lokale Prozesse bleiben auf Knoten %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block guests on node %1 %2</source>
        <translation>Gäste sperren auf Knoten %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expel guests from node %1</source>
        <translation>Gäste von Knoten %1 vertreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bring processes home to node %1</source>
        <translation>Prozesse nach Hause auf Knoten %1 holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start node %1</source>
        <translation>Knoten %1 starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop node %1</source>
        <translation>Knoten %1 anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 of node %2 to node %3</source>
        <translation>Prozess %1 von Knoten %2 auf Knoten %3 migrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 home to node %2</source>
        <translation>Prozess %1 nach Hause auf Knoten %2 migrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 of node %2 to the best node</source>
        <translation>Prozess %1 von Knoten %2 auf den besten Knoten migrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send SIG%1 to process %2 of node %3</source>
        <translation>SIG%1 an Prozess %2 von Knoten %3 senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renice process %1 of node %2 to %3</source>
        <translation>Priorität von Prozess %1 auf Knoten %2 auf %3 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock process %1 to its home node %2</source>
        <translation>Prozess %1 an seinen Heimatknoten %2 binden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlock process %1 of node %2</source>
        <translation>Prozess %1 von Knoten %2 freigeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run %1 from node %2 on node %3</source>
        <translation>%1 von Knoten %2 auf Knoten %3 starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 on node %2 (%3)</source>
        <translation>%1 auf Knoten %2 starten (%3)</translation>
    </message>
</context>
<context>
    <name>omv::CommandBuilder</name>
    <message>
        <location filename="../common/core/backend/commandbuilder.cpp" line="+18"/>
        <source>node ID %1 is out of range %2..%3</source>
        <translation>Knoten-ID %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>process ID %1 is out of range 1..%2</source>
        <translation>Prozess-ID %1 liegt außerhalb von 1..%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../common/core/backend/openmosix/openmosixdriver.cpp" line="+19"/>
        <source>speed %1 is out of range %2..%3</source>
        <translation>Geschwindigkeit %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>target node ID %1 is out of range</source>
        <translation>Ziel-Knoten-ID %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>no program to run</source>
        <translation>kein Programm zum Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program name cannot start with &apos;-&apos;</source>
        <translation>ein Programmname darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an argument contains a NUL character</source>
        <translation>ein Argument enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command line is longer than 64 KiB</source>
        <translation>die Befehlszeile ist länger als 64 KiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nice value %1 is out of range %2..%3</source>
        <translation>nice-Wert %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <location filename="../common/core/backend/mattx/mattxdriver.cpp" line="+44"/>
        <source>MattX has no &apos;best node&apos; request: choose the node first</source>
        <translation>MattX kennt keine Anfrage &apos;bester Knoten&apos;: zuerst den Knoten wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not offered by MattX</source>
        <translation>von MattX nicht angeboten</translation>
    </message>
    <message>
        <location filename="../common/core/backend/commandbuilder.cpp" line="+52"/>
        <location filename="../common/core/backend/linux/linuxdriver.cpp" line="+27"/>
        <location filename="../common/core/backend/openmosix/openmosixdriver.cpp" line="+32"/>
        <location line="+49"/>
        <source>not offered by this backend</source>
        <translation>von diesem Backend nicht angeboten</translation>
    </message>
    <message>
        <location filename="../common/core/backend/mattx/mattxdriver.cpp" line="-39"/>
        <source>MattX has no such switch: its admin file takes only balancer, affinity, exclude, include, debug and migrate</source>
        <translation>MattX hat keinen solchen Schalter: seine Admin-Datei kennt nur balancer, affinity, exclude, include, debug und migrate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MattX nodes are started and stopped by loading and unloading the kernel module on the node; the admin file cannot do it</source>
        <translation>MattX-Knoten werden durch Laden und Entladen des Kernelmoduls auf dem Knoten gestartet und angehalten; die Admin-Datei kann das nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MattX cannot lock a single process; add its command name to the exclude list instead</source>
        <translation>MattX kann keinen einzelnen Prozess sperren; stattdessen seinen Befehlsnamen in die Ausschlussliste eintragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MattX has no &apos;best node&apos; request: the suite picks the node with the lowest load per capacity</source>
        <translation>MattX kennt keine Anfrage &apos;bester Knoten&apos;: die Suite wählt den Knoten mit der geringsten Last je Kapazität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MattX has no mosrun: a program starts on the node you pick and its balancer moves it; keep it home with the exclude list</source>
        <translation>MattX hat kein mosrun: ein Programm startet auf dem gewählten Knoten und sein Lastausgleich verschiebt es; mit der Ausschlussliste bleibt es daheim</translation>
    </message>
    <message>
        <location filename="../common/core/backend/linux/linuxdriver.cpp" line="-17"/>
        <source>plain Linux nodes cannot migrate processes</source>
        <translation>einfache Linux-Knoten können keine Prozesse migrieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>plain Linux kernels have no such switch</source>
        <translation>einfache Linux-Kernel haben keinen solchen Schalter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by checkpoint/restart (CRIU) where both nodes have a working CRIU</source>
        <translation>per Checkpoint/Restart (CRIU), wo beide Knoten ein funktionierendes CRIU haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the suite picks the node with the lowest load per CPU; moved by checkpoint/restart (CRIU)</source>
        <translation>die Suite wählt den Knoten mit der geringsten Last je CPU; Umzug per Checkpoint/Restart (CRIU)</translation>
    </message>
</context>
<context>
    <name>omv::CommandDispatcher</name>
    <message>
        <location filename="../common/core/backend/commanddispatcher.cpp" line="+64"/>
        <source>not in the audit trail: %1</source>
        <translation>nicht im Prüfprotokoll: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — done</source>
        <translation>%1 — erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — FAILED: %2</source>
        <translation>%1 — FEHLGESCHLAGEN: %2</translation>
    </message>
</context>
<context>
    <name>omv::CommandResult</name>
    <message>
        <location filename="../common/core/model/commandresult.cpp" line="+14"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
</context>
<context>
    <name>omv::FeedMessage</name>
    <message>
        <location filename="../common/core/model/snapshotfeed.cpp" line="+257"/>
        <source>not a delta</source>
        <translation>kein Delta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the delta follows snapshot %1, this one is %2</source>
        <translation>das Delta folgt auf Momentaufnahme %1, diese ist %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>not a snapshot feed message</source>
        <translation>keine Nachricht des Momentaufnahme-Stroms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feed version %1, this program reads %2</source>
        <translation>Stromversion %1, dieses Programm liest %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a damaged snapshot feed message</source>
        <translation>eine beschädigte Nachricht des Momentaufnahme-Stroms</translation>
    </message>
</context>
<context>
    <name>omv::GuestPanel</name>
    <message>
        <location filename="../procs/guestpanel.cpp" line="+28"/>
        <source>Send &amp;home</source>
        <translation>Nach &amp;Hause schicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;best node</source>
        <translation>Auf den &amp;besten Knoten schicken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node whose guests are listed, or every node</source>
        <translation>Der Knoten, dessen Gäste aufgeführt sind, oder jeder Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uests of:</source>
        <translation>G&amp;äste von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migrate the selected guests back to the nodes they were born on</source>
        <translation>Die gewählten Gäste auf die Knoten zurückmigrieren, auf denen sie entstanden sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the cluster move the selected guests to the least loaded node</source>
        <translation>Den Cluster die gewählten Gäste auf den am wenigsten belasteten Knoten verschieben lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many guests the kernel lists</source>
        <translation>Wie viele Gäste der Kernel aufführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processes born on other nodes that the listed node computes. Enter: send home</source>
        <translation>Auf anderen Knoten entstandene Prozesse, die der aufgeführte Knoten rechnet. Eingabe: nach Hause schicken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What each command did, per guest</source>
        <translation>Was jeder Befehl bewirkt hat, je Gast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of &quot;send home&quot; and &quot;send to best node&quot; appear here.</source>
        <translation>Hier erscheinen die Ergebnisse von „nach Hause schicken“ und „auf den besten Knoten schicken“.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n guest(s) on node %1</source>
        <translation>
            <numerusform>%n Gast auf Knoten %1</numerusform>
            <numerusform>%n Gäste auf Knoten %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n guest(s) in the cluster</source>
        <translation>
            <numerusform>%n Gast im Cluster</numerusform>
            <numerusform>%n Gäste im Cluster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>guest %1 on node %2 (from node %3) — FAILED: node %2 does not say which process of node %3 it is</source>
        <translation>Gast %1 auf Knoten %2 (von Knoten %3) — FEHLGESCHLAGEN: Knoten %2 sagt nicht, welcher Prozess von Knoten %3 es ist</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Sending %n command(s)…</source>
        <translation>
            <numerusform>Sende %n Befehl…</numerusform>
            <numerusform>Sende %n Befehle…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::GuestTableModel</name>
    <message>
        <location filename="../common/gui/guesttablemodel.cpp" line="+129"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The node does not say which process of node %1 this is, so it cannot be sent anywhere from here</source>
        <translation>Der Knoten sagt nicht, welcher Prozess von Knoten %1 das ist; von hier kann er nirgendwohin geschickt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node %1 at %2</source>
        <translation>Knoten %1 unter %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID there</source>
        <translation>PID dort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Heimat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID at home</source>
        <translation>PID daheim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The node that computes the guest</source>
        <translation>Der Knoten, der den Gast rechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its pid on that node (openMosix remote pid, MattX stub pid)</source>
        <translation>Seine PID auf diesem Knoten (openMosix-Remote-PID, MattX-Stub-PID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node it was born on</source>
        <translation>Der Knoten, auf dem er entstanden ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its pid on its home node: how the other windows name it</source>
        <translation>Seine PID auf dem Heimatknoten: so nennen ihn die anderen Fenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of one CPU since the previous sample</source>
        <translation>Anteil einer CPU seit der vorigen Abfrage</translation>
    </message>
</context>
<context>
    <name>omv::GuiPrompts</name>
    <message>
        <location filename="../common/gui/prompts.cpp" line="+86"/>
        <source>Unknown host key</source>
        <translation>Unbekannter Hostschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 (port %2) is not known yet.

Its %3 key has the fingerprint
%4

Compare it with the one the node&apos;s administrator gives you before you accept it.</source>
        <translation>Der Host %1 (Port %2) ist noch nicht bekannt.

Sein %3-Schlüssel hat den Fingerabdruck
%4

Vergleichen Sie ihn mit dem, den Ihnen der Administrator des Knotens nennt, bevor Sie ihn annehmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept and remember</source>
        <translation>Annehmen und merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept once</source>
        <translation>Einmal annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect and add the key to %1</source>
        <translation>Verbinden und den Schlüssel in %1 eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this time without remembering the key</source>
        <translation>Dieses Mal verbinden, ohne den Schlüssel zu merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not connect to this host</source>
        <translation>Nicht mit diesem Host verbinden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
</context>
<context>
    <name>omv::HelpMenu</name>
    <message>
        <location filename="../common/gui/helpmenu.cpp" line="+93"/>
        <source>No manual page for %1 is installed (%2). The README describes every program.</source>
        <translation>Keine Handbuchseite für %1 installiert (%2). Die README beschreibt jedes Programm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>man found none</source>
        <translation>man hat keine gefunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>In every table:</source>
        <translation>In jeder Tabelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab	from the table to the next or previous control</source>
        <translation>Tab, Umschalt+Tab	von der Tabelle zum nächsten oder vorigen Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Page Up/Down, Home, End	move between rows and cells</source>
        <translation>Pfeiltasten, Bild auf/ab, Pos1, Ende	zwischen Zeilen und Zellen bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift or Ctrl with the above, Ctrl+A	select several rows, all rows</source>
        <translation>Umschalt oder Strg mit den obigen, Strg+A	mehrere Zeilen, alle Zeilen auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter	open the row (a node&apos;s settings, a process&apos;s actions)</source>
        <translation>Eingabe	die Zeile öffnen (Einstellungen eines Knotens, Aktionen eines Prozesses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2	edit the cell: a node&apos;s speed slider (arrows, then Enter)</source>
        <translation>F2	die Zelle bearbeiten: Geschwindigkeitsregler eines Knotens (Pfeiltasten, dann Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key, Shift+F10	the row&apos;s context menu</source>
        <translation>Menütaste, Umschalt+F10	das Kontextmenü der Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters	jump to the row that starts with them</source>
        <translation>Buchstaben	zur Zeile springen, die mit ihnen beginnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — manual</source>
        <translation>%1 — Handbuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This program&apos;s manual page</source>
        <translation>Die Handbuchseite dieses Programms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — keyboard</source>
        <translation>%1 — Tastatur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version and what this program is</source>
        <translation>Version und was dieses Programm ist</translation>
    </message>
</context>
<context>
    <name>omv::HistoryReader</name>
    <message>
        <location filename="../common/core/store/historyreader.cpp" line="+89"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reading failed: %2 — the file may be damaged</source>
        <translation>%1: Lesen fehlgeschlagen: %2 — die Datei ist womöglich beschädigt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot be opened</source>
        <translation>%1: kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>omv::HistorySource</name>
    <message>
        <location filename="../common/core/store/historysource.cpp" line="+83"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the channel to %1 is closed</source>
        <translation>der Kanal zu %1 ist geschlossen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 sent %2</source>
        <translation>%1 schickte %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 sent a request where an answer belongs</source>
        <translation>%1 schickte eine Anfrage, wo eine Antwort hingehört</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent a bad frame: %2</source>
        <translation>%1 schickte einen fehlerhaften Rahmen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the channel to %1 closed</source>
        <translation>der Kanal zu %1 wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../common/core/store/historysource.h" line="+60"/>
        <source>%1 answered a %2 request with data that does not read: %3</source>
        <translation>%1 beantwortete eine %2-Anfrage mit Daten, die sich nicht lesen lassen: %3</translation>
    </message>
</context>
<context>
    <name>omv::HistoryWindow</name>
    <message>
        <location filename="../history/historywindow.cpp" line="+109"/>
        <source>only migrated</source>
        <translation>nur migrierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only guests</source>
        <translation>nur Gäste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — the cluster at any moment — openmosixhistory</source>
        <translation>%1 — der Cluster zu jedem Zeitpunkt — openmosixhistory</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+243"/>
        <source>load %</source>
        <translation>Last %</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>mean load</source>
        <translation>mittlere Last</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click: the cluster at that moment</source>
        <translation>Klick: der Cluster zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The moment shown (t / Shift+T: next / previous sample, b: type a time)</source>
        <translation>Der gezeigte Zeitpunkt (t / Umschalt+T: nächste / vorige Abfrage, b: eine Zeit eingeben)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The moment shown; type one and press Enter</source>
        <translation>Der gezeigte Zeitpunkt; einen eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first recorded moment (Home)</source>
        <translation>Der erste aufgezeichnete Zeitpunkt (Pos1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event before</source>
        <translation>Das Ereignis davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour earlier</source>
        <translation>Eine Stunde früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minute earlier</source>
        <translation>Eine Minute früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorded sample before (Shift+T)</source>
        <translation>Die aufgezeichnete Abfrage davor (Umschalt+T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recorded sample after (t)</source>
        <translation>Die aufgezeichnete Abfrage danach (t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minute later</source>
        <translation>Eine Minute später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour later</source>
        <translation>Eine Stunde später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event after</source>
        <translation>Das Ereignis danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last recorded moment (End)</source>
        <translation>Der letzte aufgezeichnete Zeitpunkt (Ende)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Play from the moment shown, this many times real time</source>
        <translation>Ab dem gezeigten Zeitpunkt abspielen, so oft schneller als in Echtzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play: stopped</source>
        <translation>Abspielen: angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play %1×</source>
        <translation>Abspielen %1×</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Only this owner&apos;s processes</source>
        <translation>Nur die Prozesse dieses Besitzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation>Alle Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes running on this node</source>
        <translation>Nur Prozesse, die auf diesem Knoten laufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command, user or pid…</source>
        <translation>Befehl, Benutzer oder PID…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mark A</source>
        <translation>Marke A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The moment shown is the start (A)</source>
        <translation>Der gezeigte Zeitpunkt ist der Anfang (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark B</source>
        <translation>Marke B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The moment shown is the end (B)</source>
        <translation>Der gezeigte Zeitpunkt ist das Ende (B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark two moments: what started, ended and moved between them</source>
        <translation>Zwei Zeitpunkte markieren: was dazwischen begann, endete und umzog</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Double click: the cluster at that moment</source>
        <translation>Doppelklick: der Cluster zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+456"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-456"/>
        <location line="+456"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processes then</source>
        <translation>Prozesse damals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between A and B</source>
        <translation>Zwischen A und B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>%1 holds no samples yet</source>
        <translation>%1 enthält noch keine Abfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>pid %1 of node %2 did not exist at %3</source>
        <translation>PID %1 von Knoten %2 gab es zu %3 nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: nothing recorded at or before it</source>
        <translation>%1: zu diesem Zeitpunkt und davor nichts aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · sample of %2%3 · %n process(es)</source>
        <translation>
            <numerusform>%1 · Abfrage von %2%3 · %n Prozess</numerusform>
            <numerusform>%1 · Abfrage von %2%3 · %n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2%3 %4</source>
        <translation>%1 %2%3 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 </source>
        <translation>Knoten %1 </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1”%2</source>
        <translation>„%1“%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> sent by %1</source>
        <translation> gesendet von %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A %1 — B %2 (%3)</source>
        <translation>A %1 — B %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 — B %2: %3 started, %4 ended, %5 moved</source>
        <translation>A %1 — B %2: %3 begonnen, %4 beendet, %5 umgezogen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — only until %1 (more than %L2 changes: mark a shorter A–B)</source>
        <translation> — nur bis %1 (mehr als %L2 Änderungen: ein kürzeres A–B markieren)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1: nothing was written (is the place writable?)</source>
        <translation>%1: nichts wurde geschrieben (ist der Ort beschreibbar?)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export processes as &amp;CSV…</source>
        <translation>Prozesse als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Export the processes</source>
        <translation>Prozesse exportieren</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-261"/>
        <source> (averages of %n minute(s): raw samples aged out)</source>
        <translation>
            <numerusform> (Mittelwerte über %n Minute: Rohproben abgelaufen)</numerusform>
            <numerusform> (Mittelwerte über %n Minuten: Rohproben abgelaufen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source> (averages of %n minute(s))</source>
        <translation>
            <numerusform> (Mittelwerte über %n Minute)</numerusform>
            <numerusform> (Mittelwerte über %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nice</source>
        <translation>Nice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Logged: %n sample(s), %1 – %2</source>
        <translation>
            <numerusform>Protokolliert: %n Probe, %1 – %2</numerusform>
            <numerusform>Protokolliert: %n Proben, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the process&apos;s &amp;log as CSV…</source>
        <translation>Protoko&amp;ll des Prozesses als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the process&apos;s log</source>
        <translation>Protokoll des Prozesses exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Every logged sample of the selected process (logged from openmosixprocs) as CSV</source>
        <translation>Jede protokollierte Probe des gewählten Prozesses (in openmosixprocs protokolliert) als CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The processes shown at this moment as CSV</source>
        <translation>Die zu diesem Zeitpunkt gezeigten Prozesse als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export processes as &amp;PDF…</source>
        <translation>Prozesse als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print processes…</source>
        <translation>Prozesse &amp;drucken…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster at any recorded moment.</source>
        <translation>Der Cluster zu jedem aufgezeichneten Zeitpunkt.</translation>
    </message>
</context>
<context>
    <name>omv::KernelFound</name>
    <message>
        <location filename="../common/core/backend/backendfactory.cpp" line="+109"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot tell which kernel %1 runs (backend=auto): %2</source>
        <translation>kann nicht feststellen, welchen Kernel %1 ausführt (backend=auto): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 runs %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <location filename="../common/core/backend/kerneldetect.cpp" line="+11"/>
        <source> on kernel %1</source>
        <translation> auf Kernel %1</translation>
    </message>
    <message>
        <location filename="../common/core/backend/openmosix/openmosixdriver.cpp" line="-43"/>
        <source>openMosix / LinuxPMI (/proc/hpc)%1</source>
        <translation>openMosix / LinuxPMI (/proc/hpc)%1</translation>
    </message>
    <message>
        <location filename="../common/core/backend/mattx/mattxdriver.cpp" line="+30"/>
        <source>MattX (/proc/mattx)%1</source>
        <translation>MattX (/proc/mattx)%1</translation>
    </message>
    <message>
        <location filename="../common/core/backend/linux/linuxdriver.cpp" line="+17"/>
        <source>a plain Linux kernel (no /proc/hpc, no /proc/mattx)</source>
        <translation>einen gewöhnlichen Linux-Kernel (kein /proc/hpc, kein /proc/mattx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plain Linux kernel %1 (no /proc/hpc, no /proc/mattx)</source>
        <translation>einen gewöhnlichen Linux-Kernel %1 (kein /proc/hpc, kein /proc/mattx)</translation>
    </message>
    <message>
        <location filename="../common/core/backend/kerneldetect.cpp" line="+63"/>
        <source>the node&apos;s answer is not one this program asked for: %1</source>
        <translation>die Antwort des Knotens ist nicht die erfragte: %1</translation>
    </message>
    <message>
        <location filename="../common/core/backend/openmosix/openmosixdriver.cpp" line="+5"/>
        <source>%1 runs no openMosix kernel (/proc/hpc is missing)</source>
        <translation>%1 hat keinen openMosix-Kernel (/proc/hpc fehlt)</translation>
    </message>
    <message>
        <location filename="../common/core/backend/mattx/mattxdriver.cpp" line="+5"/>
        <source>%1 runs no MattX kernel (/proc/mattx is missing)</source>
        <translation>%1 hat keinen MattX-Kernel (/proc/mattx fehlt)</translation>
    </message>
    <message>
        <location filename="../common/core/backend/kerneldetect.cpp" line="+12"/>
        <source>%1 does not let this user read the kernel&apos;s files (permission denied)</source>
        <translation>%1 lässt diesen Benutzer die Dateien des Kernels nicht lesen (Zugriff verweigert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; it has %1: choose backend=%2 (or auto) in the profile</source>
        <translation>; er hat %1: wählen Sie backend=%2 (oder auto) im Profil</translation>
    </message>
</context>
<context>
    <name>omv::LifeStrip</name>
    <message>
        <location filename="../history/lifestrip.cpp" line="+27"/>
        <source>The selected process&apos;s life: a bar per stay on a node, a mark per migration</source>
        <translation>Das Leben des gewählten Prozesses: ein Balken je Aufenthalt auf einem Knoten, eine Marke je Migration</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Select a process to see its life</source>
        <translation>Einen Prozess wählen, um sein Leben zu sehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid %1 of node %2 (%3): %4</source>
        <translation>PID %1 von Knoten %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1 (home)</source>
        <translation>Knoten %1 (Heimat)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: moved from node %2 to node %3 by %4</source>
        <translation>%1: von Knoten %2 auf Knoten %3 verschoben durch %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an admin</source>
        <translation>ein Administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the balancer</source>
        <translation>der Lastausgleich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on node %1 from %2 %3</source>
        <translation>auf Knoten %1 seit %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
</context>
<context>
    <name>omv::LinuxBackend</name>
    <message>
        <location filename="../common/core/backend/linux/linuxbackend.cpp" line="+67"/>
        <source>cannot read the proc tree on the node</source>
        <translation>der proc-Baum auf dem Knoten kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>stat: no cpu lines</source>
        <translation>stat: keine cpu-Zeilen</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>a plain Linux kernel has no migration switches</source>
        <translation>ein einfacher Linux-Kernel hat keine Migrationsschalter</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>criu is not installed: migration needs CRIU on both nodes</source>
        <translation>criu ist nicht installiert: Migration braucht CRIU auf beiden Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>criu did not say its version</source>
        <translation>criu hat seine Version nicht genannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRIU %1: &apos;criu check&apos; fails on this node: %2</source>
        <translation>CRIU %1: &apos;criu check&apos; scheitert auf diesem Knoten: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRIU %1 on kernel %2: migration available</source>
        <translation>CRIU %1 auf Kernel %2: Migration verfügbar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CRIU %1 cannot checkpoint on kernel %2: before 4.1 it fails there with &quot;Unexpected rt vDSO area bounds&quot;; install CRIU 4.1 or newer</source>
        <translation>CRIU %1 kann auf Kernel %2 keinen Checkpoint anlegen: vor 4.1 scheitert es dort mit &quot;Unexpected rt vDSO area bounds&quot;; CRIU 4.1 oder neuer installieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRIU %1 is too old: the suite needs 3.11 or newer (--leave-stopped, --pidfile)</source>
        <translation>CRIU %1 ist zu alt: die Suite braucht 3.11 oder neuer (--leave-stopped, --pidfile)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+621"/>
        <source>no address is known for node %1</source>
        <translation>für Knoten %1 ist keine Adresse bekannt</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>cannot ask node %1 about CRIU: %2</source>
        <translation>Knoten %1 kann nicht nach CRIU gefragt werden: %2</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>no sample of the cluster yet: the best node is not known</source>
        <translation>noch keine Messung des Clusters: der beste Knoten ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no other node that is up has a working CRIU to take process %1</source>
        <translation>kein anderer laufender Knoten hat ein funktionierendes CRIU, um Prozess %1 aufzunehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the suite chose node %1, the one with the lowest load per CPU (%2 %)</source>
        <translation>die Suite hat Knoten %1 gewählt, den mit der geringsten Last je CPU (%2 %)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no sample of the cluster yet: where process %1 of node %2 runs is not known</source>
        <translation>noch keine Messung des Clusters: wo Prozess %1 von Knoten %2 läuft, ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 of node %2 is not running</source>
        <translation>Prozess %1 von Knoten %2 läuft nicht</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>it writes its memory about as fast as the rounds send it (a pre-dump right after the first took %1 of its %2 again; nothing was sent)</source>
        <translation>er schreibt seinen Speicher etwa so schnell, wie die Runden ihn senden (ein Vorab-Abbild direkt nach dem ersten umfasste wieder %1 seiner %2; nichts wurde gesendet)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>process %1 already runs on node %2</source>
        <translation>Prozess %1 läuft bereits auf Knoten %2</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>the pre-dump did not say where its images are</source>
        <translation>das Vorab-Abbild sagte nicht, wo seine Abbilder liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>criu pre-dump on node %1: %2</source>
        <translation>criu pre-dump auf Knoten %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it writes its memory about as fast as the rounds send it (pre-dump %1 took %2 again; the %3 sent before were dropped)</source>
        <translation>er schreibt seinen Speicher etwa so schnell, wie die Runden ihn senden (Vorab-Abbild %1 umfasste wieder %2; die zuvor gesendeten %3 wurden verworfen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>node %1 did not say where it keeps the images</source>
        <translation>Knoten %1 sagte nicht, wo er die Abbilder ablegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sending pre-dump %1 to node %2: %3</source>
        <translation>Senden von Vorab-Abbild %1 an Knoten %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pre-dump %1: %2 sent to node %3 while it runs</source>
        <translation>Vorab-Abbild %1: %2 an Knoten %3 gesendet, während er läuft</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>node %1 cannot take part in a migration: %2</source>
        <translation>Knoten %1 kann an keiner Migration teilnehmen: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>final dump of what it wrote since: stopped from now until it runs on node %1</source>
        <translation>letztes Abbild dessen, was er seitdem schrieb: angehalten ab jetzt, bis er auf Knoten %1 läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checkpoint: stopped from now until it runs on node %1</source>
        <translation>Checkpoint: angehalten ab jetzt, bis er auf Knoten %1 läuft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>node %1: criu dump failed, process %2 goes on there: %3</source>
        <translation>Knoten %1: criu dump ist fehlgeschlagen, Prozess %2 läuft dort weiter: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(a process with an established TCP connection stays on its node: the other end knows this node&apos;s address, not the target&apos;s)</source>
        <translation>(ein Prozess mit einer bestehenden TCP-Verbindung bleibt auf seinem Knoten: die Gegenseite kennt die Adresse dieses Knotens, nicht die des Ziels)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>— and the stopped original on node %1 could not be continued: %2 (continue it by hand: kill -CONT %3)</source>
        <translation>— und das angehaltene Original auf Knoten %1 konnte nicht fortgesetzt werden: %2 (von Hand fortsetzen: kill -CONT %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: criu dump did not say where its images are</source>
        <translation>Knoten %1: criu dump hat nicht gesagt, wo seine Abbilder liegen</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>the images could not be read on node %1: %2</source>
        <translation>die Abbilder auf Knoten %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>node %1: the restore failed, process %2 goes on on node %3: %4</source>
        <translation>Knoten %1: die Wiederherstellung ist fehlgeschlagen, Prozess %2 läuft auf Knoten %3 weiter: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>live: %n pre-dump round(s) while it ran (%1), then %2 with it stopped for %3 s; %4 relayed from node %5 to node %6</source>
        <translation>
            <numerusform>live: %n Vorab-Runde während er lief (%1), dann %2, angehalten für %3 s; %4 von Knoten %5 an Knoten %6 weitergeleitet</numerusform>
            <numerusform>live: %n Vorab-Runden während er lief (%1), dann %2, angehalten für %3 s; %4 von Knoten %5 an Knoten %6 weitergeleitet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checkpoint of %1 relayed from node %2 to node %3</source>
        <translation>Checkpoint von %1 von Knoten %2 an Knoten %3 weitergereicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checkpoint through %1</source>
        <translation>Checkpoint über %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped for %1 s</source>
        <translation>angehalten für %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not live: %1</source>
        <translation>nicht live: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restored as process %1</source>
        <translation>als Prozess %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 runs on node %2 now, but its stopped original on node %3 could not be ended: %4 (end it by hand: kill -KILL %1)</source>
        <translation>Prozess %1 läuft jetzt auf Knoten %2, aber sein angehaltenes Original auf Knoten %3 konnte nicht beendet werden: %4 (von Hand beenden: kill -KILL %1)</translation>
    </message>
</context>
<context>
    <name>omv::LocalTransport</name>
    <message>
        <location filename="../common/core/transport/localtransport.cpp" line="+34"/>
        <source>cannot start setsid /bin/sh: %1</source>
        <translation>setsid /bin/sh kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>stopped: the other end of the stream gave up</source>
        <translation>angehalten: die andere Seite des Datenstroms hat aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command timed out after %1 ms</source>
        <translation>Befehl nach %1 ms abgebrochen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the shell was killed</source>
        <translation>die Shell wurde beendet</translation>
    </message>
</context>
<context>
    <name>omv::LogThrottle</name>
    <message numerus="yes">
        <location filename="../common/core/util/logthrottle.cpp" line="+31"/>
        <source>… and %n more like it in %1 s, the last: %2</source>
        <translation>
            <numerusform>… und %n weitere dieser Art in %1 s, die letzte: %2</numerusform>
            <numerusform>… und %n weitere dieser Art in %1 s, die letzte: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+57"/>
        <source>openMosixview — %1</source>
        <translation>openMosixview — %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Every node of the cluster; the first row is the whole cluster</source>
        <translation>Jeder Knoten des Clusters; die erste Zeile ist der ganze Cluster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Refresh every </source>
        <translation> Aktualisieren alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the nodes are sampled (1–60 seconds)</source>
        <translation>Wie oft die Knoten abgefragt werden (1–60 Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sampling until pressed again (Ctrl+Shift+P or Pause)</source>
        <translation>Abfragen anhalten, bis erneut gedrückt (Strg+Umschalt+P oder Pause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample every node now (F5)</source>
        <translation>Jetzt jeden Knoten abfragen (F5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the cluster</source>
        <translation>Die Verbindung zum Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the table was last filled</source>
        <translation>Wann die Tabelle zuletzt gefüllt wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether a collector records this cluster&apos;s history</source>
        <translation>Ob ein Collector die Geschichte dieses Clusters aufzeichnet</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lusters…</source>
        <translation>C&amp;luster…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create, edit, test and open cluster profiles (opens in a new window)</source>
        <translation>Clusterprofile anlegen, bearbeiten, testen und öffnen (in einem neuen Fenster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run program…</source>
        <translation>Programm &amp;starten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a program on a node, with a migration policy</source>
        <translation>Ein Programm auf einem Knoten starten, mit einer Migrationsregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All nodes…</source>
        <translation>&amp;Alle Knoten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch every node at once</source>
        <translation>Alle Knoten auf einmal schalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table as it is shown, as a CSV file for a spreadsheet</source>
        <translation>Die Tabelle wie angezeigt als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print table…</source>
        <translation>Tabelle &amp;drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the table as it is shown</source>
        <translation>Die Tabelle wie angezeigt drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Start &amp;collector</source>
        <translation>&amp;Collector starten</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Record this cluster&apos;s history (openmosixcollector)</source>
        <translation>Die Geschichte dieses Clusters aufzeichnen (openmosixcollector)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close every window of this program (a collector started for a profile keeps recording)</source>
        <translation>Alle Fenster dieses Programms schließen (ein für ein Profil gestarteter Collector zeichnet weiter auf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Process manager (openmosixprocs)</source>
        <translation>&amp;Prozessverwaltung (openmosixprocs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Migration monitor (openmosixmigmon)</source>
        <translation>&amp;Migrationsmonitor (openmosixmigmon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History &amp;analyzer (openmosixanalyzer)</source>
        <translation>Verlaufs&amp;analyse (openmosixanalyzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process &amp;history (openmosixhistory)</source>
        <translation>Prozess&amp;verlauf (openmosixhistory)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Not part of this build yet</source>
        <translation>Noch nicht Teil dieses Builds</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot start %1.</source>
        <translation>%1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch and steer a process-migration cluster: openMosix, LinuxPMI, MattX and plain Linux.</source>
        <translation>Einen Cluster mit Prozessmigration beobachten und steuern: openMosix, LinuxPMI, MattX und einfaches Linux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open it for this cluster</source>
        <translation>Für diesen Cluster öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collector: %1</source>
        <translation>Kollektor: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop &amp;collector</source>
        <translation>&amp;Collector anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording this cluster&apos;s history (%1)</source>
        <translation>Die Aufzeichnung der Geschichte dieses Clusters beenden (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this cluster&apos;s history into %1</source>
        <translation>Die Geschichte dieses Clusters in %1 aufzeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>openmosixcollector is not installed</source>
        <translation>openmosixcollector ist nicht installiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collector: recording</source>
        <translation>Collector: zeichnet auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector: recording (%1)</source>
        <translation>Collector: zeichnet auf (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector: off</source>
        <translation>Collector: aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collector records into %1 (%2)</source>
        <translation>Ein Collector zeichnet in %1 auf (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No collector records this cluster (Cluster ▸ Start collector)</source>
        <translation>Kein Collector zeichnet diesen Cluster auf (Cluster ▸ Collector starten)</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+36"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the collector on %1 …</source>
        <translation>Der Kollektor auf %1 wird gestartet …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open another window.</source>
        <translation>Kein weiteres Fenster kann geöffnet werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Setting the speed failed: %1</source>
        <translation>Das Setzen der Geschwindigkeit ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from the cluster: %1</source>
        <translation>Keine Antwort vom Cluster: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Connected to %1; %n node(s) not answering</source>
        <translation>
            <numerusform>Verbunden mit %1; %n Knoten antwortet nicht</numerusform>
            <numerusform>Verbunden mit %1; %n Knoten antworten nicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — paused</source>
        <translation> — angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — sampling…</source>
        <translation> — Abfrage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no sample yet</source>
        <translation>noch keine Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last sample %1</source>
        <translation>letzte Abfrage %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>omv::MattXBackend</name>
    <message>
        <location filename="../common/core/backend/mattx/mattxbackend.cpp" line="+179"/>
        <source>no address known for node %1</source>
        <translation>keine Adresse für Knoten %1 bekannt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no sample of the cluster yet: the best node is not known</source>
        <translation>noch keine Messung des Clusters: der beste Knoten ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no other node is up to take process %1</source>
        <translation>kein anderer Knoten läuft, um Prozess %1 aufzunehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MattX has no &apos;best node&apos; request: the suite chose node %1, the one with the lowest load per capacity (%2)</source>
        <translation>MattX kennt keine Anfrage &apos;bester Knoten&apos;: die Suite hat Knoten %1 gewählt, den mit der geringsten Last je Kapazität (%2)</translation>
    </message>
</context>
<context>
    <name>omv::MigratorDialog</name>
    <message>
        <location filename="../procs/migratordialog.cpp" line="+33"/>
        <source>Migrator — process %1</source>
        <translation>Migrator — Prozess %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Migrator — %n processes</source>
        <translation>
            <numerusform>Migrator — %n Prozess</numerusform>
            <numerusform>Migrator — %n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (pid %2 of node %3, runs on node %4, user %5)</source>
        <translation>%1 (PID %2 von Knoten %3, läuft auf Knoten %4, Benutzer %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (pid %2 of node %3) has ended</source>
        <translation>%1 (PID %2 von Knoten %3) ist beendet</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n selected processes: every action goes to each of them</source>
        <translation>
            <numerusform>%n gewählter Prozess: jede Aktion geht an ihn</numerusform>
            <numerusform>%n gewählte Prozesse: jede Aktion geht an jeden davon</numerusform>
        </translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Migrate to</source>
        <translation>Migrieren nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a node (or press Enter) to migrate there</source>
        <translation>Doppelklick auf einen Knoten (oder Eingabe), um dorthin zu migrieren</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>(ended: %1)</source>
        <translation>(beendet: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>node %1 — %2 — load %3 %</source>
        <translation>Knoten %1 — %2 — Last %3 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 — %2 — down</source>
        <translation>Knoten %1 — %2 — ausgefallen</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>process %1: %2</source>
        <translation>Prozess %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Home</source>
        <translation>&amp;Heimat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send it back to its home node</source>
        <translation>Ihn auf seinen Heimatknoten zurückschicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Best node</source>
        <translation>&amp;Bester Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let the kernel pick the best node for it</source>
        <translation>Den Kernel den besten Knoten für ihn wählen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause it (SIGSTOP)</source>
        <translation>Ihn anhalten (SIGSTOP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let it run again (SIGCONT)</source>
        <translation>Ihn weiterlaufen lassen (SIGCONT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it on its home node: the balancer leaves it alone</source>
        <translation>Ihn auf seinem Heimatknoten halten: der Lastausgleich lässt ihn in Ruhe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let the balancer move it again</source>
        <translation>Den Lastausgleich ihn wieder verschieben lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kill…</source>
        <translation>&amp;Beenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End it (SIGKILL), after asking</source>
        <translation>Ihn beenden (SIGKILL), nach Rückfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nice value: -20 (most CPU) to 19 (least); sent when you let go</source>
        <translation>Nice-Wert: -20 (am meisten CPU) bis 19 (am wenigsten); gesendet beim Loslassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nice:</source>
        <translation>&amp;Nice:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The result for each process appears here.</source>
        <translation>Hier erscheint das Ergebnis für jeden Prozess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each command answered, per process</source>
        <translation>Was jeder Befehl geantwortet hat, je Prozess</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Sending %n command(s)…</source>
        <translation>
            <numerusform>Sende %n Befehl…</numerusform>
            <numerusform>Sende %n Befehle…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::MonitorScene</name>
    <message>
        <location filename="../migmon/monitorscene.cpp" line="+523"/>
        <source>node %1 (%2)</source>
        <translation>Knoten %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — down</source>
        <translation> — ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
load %1 %</source>
        <translation>
Last %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
memory %1 of %2 GB used</source>
        <translation>
Speicher: %1 von %2 GB belegt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>
%n CPU(s)</source>
        <translation>
            <numerusform>
%n CPU</numerusform>
            <numerusform>
%n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, speed %1</source>
        <translation>, Geschwindigkeit %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>
%n process(es) shown here</source>
        <translation>
            <numerusform>
%n Prozess hier gezeigt</numerusform>
            <numerusform>
%n Prozesse hier gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::MonitorView</name>
    <message>
        <location filename="../migmon/monitorview.cpp" line="+44"/>
        <source>Migration monitor</source>
        <translation>Migrationsmonitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes as discs, processes as squares beside the node they run on; drag a square onto a node to migrate it</source>
        <translation>Knoten als Scheiben, Prozesse als Quadrate neben dem Knoten, auf dem sie laufen; ein Quadrat auf einen Knoten ziehen, um ihn dorthin zu migrieren</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>pid %1 of node %2 — %3
%4
on node %5%6</source>
        <translation>PID %1 von Knoten %2 — %3
%4
auf Knoten %5%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 % CPU</source>
        <translation>, %1 % CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
locked: it does not migrate</source>
        <translation>
gesperrt: migriert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
last command: %1</source>
        <translation>
letzter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>omv::MonitorWindow</name>
    <message>
        <location filename="../migmon/monitorwindow.cpp" line="+68"/>
        <source>%1 — openMosix migration monitor</source>
        <translation>%1 — openMosix-Migrationsmonitor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>process %1@%2: %3</source>
        <translation>Prozess %1@%2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups </source>
        <translation>Gruppen </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the cluster is read (1–60 seconds)</source>
        <translation>Wie oft der Cluster gelesen wird (1–60 Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every node now (F5)</source>
        <translation>Jetzt jeden Knoten lesen (F5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole cluster in the window (Ctrl+0; * also)</source>
        <translation>Der ganze Cluster im Fenster (Strg+0; auch *)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All processes</source>
        <translation>Alle Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+134"/>
        <source>Homed on the watched node</source>
        <translation>Daheim auf dem beobachteten Knoten</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Every process of the cluster, or only those whose home is the watched node (the original monitor&apos;s view)</source>
        <translation>Jeder Prozess des Clusters oder nur die, deren Heimat der beobachtete Knoten ist (die Ansicht des ursprünglichen Monitors)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this user&apos;s processes</source>
        <translation>Nur die Prozesse dieses Benutzers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command or pid</source>
        <translation>Befehl oder PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only processes whose command line contains this text, or with this pid</source>
        <translation>Nur Prozesse, deren Befehlszeile diesen Text enthält, oder mit dieser PID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only migrated</source>
        <translation>Nur migrierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes away from their home node</source>
        <translation>Nur Prozesse außerhalb ihres Heimatknotens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour by CPU %</source>
        <translation>Farbe nach CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour by user</source>
        <translation>Farbe nach Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a square&apos;s colour tells (a process in a group has its group&apos;s colour)</source>
        <translation>Was die Farbe eines Quadrats sagt (ein Prozess in einer Gruppe hat die Farbe der Gruppe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watched node in centre</source>
        <translation>Beobachteter Knoten in der Mitte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw the watched node in the middle of the ring, as the original did; else on the ring with the others (beyond 48 nodes they stand on a grid)</source>
        <translation>Den beobachteten Knoten in der Mitte des Rings zeichnen, wie das Original; sonst auf dem Ring mit den anderen (über 48 Knoten stehen sie in einem Raster)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A square&apos;s colour: CPU use or its user (a square in a group has the group&apos;s colour). A dark frame: away from home, with a line to its home node. A padlock: locked. Dashed: a command sent, waiting for a sample to show it done.</source>
        <translation>Die Farbe eines Quadrats: CPU-Nutzung oder sein Benutzer (ein Quadrat in einer Gruppe hat die Farbe der Gruppe). Dunkler Rahmen: nicht daheim, mit einer Linie zum Heimatknoten. Vorhängeschloss: gesperrt. Gestrichelt: ein Befehl ist gesendet und wartet auf eine Abfrage, die ihn als erledigt zeigt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Command results</source>
        <translation>Befehlsergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Process</source>
        <translation>&amp;Prozess</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The actions for the selected processes (Enter)</source>
        <translation>Die Aktionen für die gewählten Prozesse (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+366"/>
        <source>Send &amp;home</source>
        <translation>Nach &amp;Hause schicken</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Migrate the selected processes back to their home node (H)</source>
        <translation>Die gewählten Prozesse auf ihren Heimatknoten zurückmigrieren (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+378"/>
        <source>&amp;Kill…</source>
        <translation>&amp;Beenden…</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>End the selected processes (asks first; Delete)</source>
        <translation>Die gewählten Prozesse beenden (fragt zuerst; Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put in group %1</source>
        <translation>In Gruppe %1 aufnehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Out of its group</source>
        <translation>Aus der &amp;Gruppe nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected processes out of their groups</source>
        <translation>Die gewählten Prozesse aus ihren Gruppen nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Nodes, processes shown, commands waiting for a sample to confirm them</source>
        <translation>Knoten, gezeigte Prozesse, Befehle, die auf eine bestätigende Abfrage warten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The migration monitor: drag processes from node to node.</source>
        <translation>Der Migrationsmonitor: Prozesse von Knoten zu Knoten ziehen.</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+19"/>
        <source>Homed on node %1</source>
        <translation>Daheim auf Knoten %1</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>% CPU</source>
        <translation>% CPU</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Group %1: %n process(es). Click selects them; the key %2 puts the selection in it.</source>
        <translation>
            <numerusform>Gruppe %1: %n Prozess. Ein Klick wählt ihn; die Taste %2 nimmt die Auswahl auf.</numerusform>
            <numerusform>Gruppe %1: %n Prozesse. Ein Klick wählt sie; die Taste %2 nimmt die Auswahl auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 down)</source>
        <translation> (%1 ausgefallen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 of %2 processes</source>
        <translation> · %1 von %2 Prozessen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n pending</source>
        <translation>
            <numerusform> · %n ausstehend</numerusform>
            <numerusform> · %n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · read %1</source>
        <translation> · gelesen %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n node(s) not answering</source>
        <translation>
            <numerusform> · %n Knoten antwortet nicht</numerusform>
            <numerusform> · %n Knoten antworten nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>sending %n process(es) home</source>
        <translation>
            <numerusform>%n Prozess wird nach Hause geschickt</numerusform>
            <numerusform>%n Prozesse werden nach Hause geschickt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>migrating %n process(es) to node %1</source>
        <translation>
            <numerusform>%n Prozess wird auf Knoten %1 migriert</numerusform>
            <numerusform>%n Prozesse werden auf Knoten %1 migriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>sending %n process(es) to the best node</source>
        <translation>
            <numerusform>%n Prozess wird auf den besten Knoten geschickt</numerusform>
            <numerusform>%n Prozesse werden auf den besten Knoten geschickt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>signalling %n process(es)</source>
        <translation>
            <numerusform>Signal an %n Prozess</numerusform>
            <numerusform>Signal an %n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>locking %n process(es)</source>
        <translation>
            <numerusform>%n Prozess wird gesperrt</numerusform>
            <numerusform>%n Prozesse werden gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>unlocking %n process(es)</source>
        <translation>
            <numerusform>%n Prozess wird freigegeben</numerusform>
            <numerusform>%n Prozesse werden freigegeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>pid %1 of node %2</source>
        <translation>PID %1 von Knoten %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now runs on node %2</source>
        <translation>%1 läuft jetzt auf Knoten %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not move: %2</source>
        <translation>%1 ist nicht umgezogen: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Put in &amp;group</source>
        <translation>In &amp;Gruppe aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of its group</source>
        <translation>Aus der Gruppe nehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to &amp;best node</source>
        <translation>Auf den &amp;besten Knoten schicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Migrate to</source>
        <translation>&amp;Migrieren nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node %1 (%2)%3</source>
        <translation>Knoten %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — down</source>
        <translation> — ausgefallen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in &amp;openmosixprocs</source>
        <translation>In &amp;openmosixprocs öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot start openmosixprocs.</source>
        <translation>openmosixprocs kann nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>omv::NodeDialog</name>
    <message>
        <location filename="../app/nodedialog.cpp" line="+27"/>
        <source>&amp;Automatic migration</source>
        <translation>&amp;Automatische Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the balancer move processes away from this node</source>
        <translation>Den Lastausgleich Prozesse von diesem Knoten wegverschieben lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiet</source>
        <translation>&amp;Ruhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop telling the other nodes this node&apos;s load</source>
        <translation>Den anderen Knoten die Last dieses Knotens nicht mehr mitteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local processes stay</source>
        <translation>&amp;Lokale Prozesse bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes started here are not migrated</source>
        <translation>Hier gestartete Prozesse werden nicht migriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block guests</source>
        <translation>Gäste &amp;sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse processes from other nodes</source>
        <translation>Prozesse anderer Knoten ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expel guests</source>
        <translation>Gäste &amp;vertreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the processes of other nodes back home (once)</source>
        <translation>Die Prozesse anderer Knoten nach Hause schicken (einmal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ring own processes home</source>
        <translation>Eigene Prozesse nach Hause &amp;holen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring this node&apos;s migrated processes back (once)</source>
        <translation>Die migrierten Prozesse dieses Knotens zurückholen (einmal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node &amp;running (start/stop)</source>
        <translation>Knoten &amp;läuft (Start/Stopp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick to take the node out of the cluster, tick to start it again</source>
        <translation>Abwählen, um den Knoten aus dem Cluster zu nehmen, ankreuzen, um ihn wieder zu starten</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Node %1 — %2</source>
        <translation>Knoten %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node %1 (%2)</source>
        <translation>Knoten %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every node of the cluster (%n nodes): a switch you change is sent to every node.
A filled box is on at some nodes only; left so, it changes nothing.</source>
        <translation>
            <numerusform>Jeder Knoten des Clusters (%n Knoten): ein geänderter Schalter geht an jeden Knoten.
Ein gefülltes Kästchen ist nur auf manchen Knoten an; so belassen, ändert es nichts.</numerusform>
            <numerusform>Jeder Knoten des Clusters (%n Knoten): ein geänderter Schalter geht an jeden Knoten.
Ein gefülltes Kästchen ist nur auf manchen Knoten an; so belassen, ändert es nichts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — on at %2, off at %3; leave it mixed to change nothing</source>
        <translation>%1 — an auf %2, aus auf %3; gemischt lassen, um nichts zu ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not told by %2: sent there too when you change it)</source>
        <translation>%1 (von %2 nicht gemeldet: bei einer Änderung auch dorthin gesendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node</source>
        <translation>den Knoten</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Switches</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Migration: asking the node about CRIU…</source>
        <translation>Migration: der Knoten wird nach CRIU gefragt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration: %1</source>
        <translation>Migration: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The result of each command appears here.</source>
        <translation>Hier erscheint das Ergebnis jedes Befehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each command sent to a node answered</source>
        <translation>Was jeder an einen Knoten gesendete Befehl geantwortet hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the switches you changed to the node</source>
        <translation>Die geänderten Schalter an den Knoten senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sending %n command(s)…</source>
        <translation>
            <numerusform>Sende %n Befehl…</numerusform>
            <numerusform>Sende %n Befehle…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
</context>
<context>
    <name>omv::NodePicker</name>
    <message>
        <location filename="../common/gui/nodepicker.cpp" line="+9"/>
        <location line="+14"/>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node %1 — %2</source>
        <translation>Knoten %1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
</context>
<context>
    <name>omv::NodeTableModel</name>
    <message>
        <location filename="../common/gui/nodetablemodel.cpp" line="+32"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total memory</source>
        <translation>Speicher gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The node&apos;s ID; the lamp is green while it is up, red when it is down or left</source>
        <translation>Die ID des Knotens; die Lampe ist grün, solange er läuft, rot, wenn er ausgefallen ist oder den Cluster verlassen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a node to switch its migration settings</source>
        <translation>Einen Knoten anklicken, um seine Migrationseinstellungen zu schalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node&apos;s speed as the balancer sees it; drag and let go to change it</source>
        <translation>Die Geschwindigkeit des Knotens, wie der Lastausgleich sie sieht; zum Ändern ziehen und loslassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load in percent of the node&apos;s capacity (100 % = every CPU busy)</source>
        <translation>Last in Prozent der Kapazität des Knotens (100 % = jede CPU ausgelastet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s memory</source>
        <translation>Der Speicher des Knotens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 / %2 GB</source>
        <translation>%1 / %2 GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cluster (%n up)</source>
        <translation>
            <numerusform>Cluster (%n läuft)</numerusform>
            <numerusform>Cluster (%n laufen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance %1 %</source>
        <translation>Ausgleich %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the whole cluster, %n node(s) up</source>
        <translation>
            <numerusform>der ganze Cluster, %n Knoten läuft</numerusform>
            <numerusform>der ganze Cluster, %n Knoten laufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancing %1 %</source>
        <translation>Lastausgleich %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster load unknown</source>
        <translation>Clusterlast unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cluster load %1 %</source>
        <translation>Clusterlast %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster memory unknown</source>
        <translation>Clusterspeicher unbekannt</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Memory in use, of the node&apos;s total</source>
        <translation>Belegter Speicher, vom gesamten Speicher des Knotens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processes running on the node now, its own and guests</source>
        <translation>Prozesse, die jetzt auf dem Knoten laufen, eigene und Gäste</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+98"/>
        <source>%1 used of %2</source>
        <translation>%1 belegt von %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>cluster memory %1 used of %2, %3 %</source>
        <translation>Clusterspeicher %1 belegt von %2, %3 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cluster memory %1</source>
        <translation>Clusterspeicher %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CPU(s) in the cluster</source>
        <translation>
            <numerusform>%n CPU im Cluster</numerusform>
            <numerusform>%n CPUs im Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n process(es) in the cluster</source>
        <translation>
            <numerusform>%n Prozess im Cluster</numerusform>
            <numerusform>%n Prozesse im Cluster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load-balancing efficiency: 100 % when every up node carries the same load (in percent of its capacity), 0 % when one node carries it all</source>
        <translation>Wirksamkeit des Lastausgleichs: 100 %, wenn jeder laufende Knoten dieselbe Last trägt (in Prozent seiner Kapazität), 0 %, wenn ein Knoten alles trägt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole cluster: click to switch every node at once</source>
        <translation>Der ganze Cluster: anklicken, um alle Knoten auf einmal zu schalten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>node %1 left the cluster</source>
        <translation>Knoten %1 hat den Cluster verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 up</source>
        <translation>Knoten %1 läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 down</source>
        <translation>Knoten %1 ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node %1 at %2: opens its settings</source>
        <translation>Knoten %1 unter %2: öffnet seine Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed unknown</source>
        <translation>Geschwindigkeit unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed %1, changing to %2</source>
        <translation>Geschwindigkeit %1, wird %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed %1</source>
        <translation>Geschwindigkeit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load unknown</source>
        <translation>Last unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>load %1 %</source>
        <translation>Last %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>memory unknown</source>
        <translation>Speicher unbekannt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>memory %1 used of %2, %3 %</source>
        <translation>Speicher %1 belegt von %2, %3 %</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n running here</source>
        <translation>
            <numerusform>%n läuft hier</numerusform>
            <numerusform>%n laufen hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its own elsewhere</source>
        <translation>
            <numerusform>%n eigener anderswo</numerusform>
            <numerusform>%n eigene anderswo</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>memory %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPUs unknown</source>
        <translation>CPUs unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n process(es) running</source>
        <translation>
            <numerusform>%n laufender Prozess</numerusform>
            <numerusform>%n laufende Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node %1 left the cluster</source>
        <translation>Knoten %1 hat den Cluster verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 is down</source>
        <translation>Knoten %1 ist ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 is up</source>
        <translation>Knoten %1 läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses: %1</source>
        <translation>Adressen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speed cannot be set: %1</source>
        <translation>Die Geschwindigkeit kann nicht gesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>omv::OpenMosixBackend</name>
    <message>
        <location filename="../common/core/backend/openmosix/openmosixbackend.cpp" line="+80"/>
        <source>cannot read the proc tree on the node</source>
        <translation>der proc-Baum auf dem Knoten kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>%1: address %2 is no known node</source>
        <translation>%1: Adresse %2 ist kein bekannter Knoten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: bad pid</source>
        <translation>%1: ungültige PID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: home node %2, but &apos;from&apos; says %3</source>
        <translation>%1: Heimatknoten %2, aber &apos;from&apos; sagt %3</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no address known for node %1: name it in the map file</source>
        <translation>keine Adresse für Knoten %1 bekannt: in der Map-Datei angeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no address known for node %1</source>
        <translation>keine Adresse für Knoten %1 bekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: no hpc/admin files</source>
        <translation>Knoten %1: keine hpc/admin-Dateien</translation>
    </message>
</context>
<context>
    <name>omv::ProcessActions</name>
    <message>
        <location filename="../common/gui/processactions.cpp" line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kill</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>End %n process(es) with SIGKILL? They cannot save anything.

%1</source>
        <translation>
            <numerusform>%n Prozess mit SIGKILL beenden? Er kann nichts mehr speichern.

%1</numerusform>
            <numerusform>%n Prozesse mit SIGKILL beenden? Sie können nichts mehr speichern.

%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::ProcessTableModel</name>
    <message>
        <location filename="../common/gui/processtablemodel.cpp" line="+431"/>
        <source>moving</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Logged: the collector keeps its every sample (openmosixhistory shows them)</source>
        <translation>Protokolliert: der Collector behält jede seiner Proben (openmosixhistory zeigt sie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born on node %1, runs on node %2</source>
        <translation>Entstanden auf Knoten %1, läuft auf Knoten %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked to its home node</source>
        <translation>An seinen Heimatknoten gebunden</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Heimat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nice</source>
        <translation>Nice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it can&apos;t move</source>
        <translation>Warum er nicht migrieren kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There since</source>
        <translation>Dort seit</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Process ID on its home node</source>
        <translation>Prozess-ID auf seinem Heimatknoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node the process was born on</source>
        <translation>Der Knoten, auf dem der Prozess entstanden ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node that computes it now (green mark: away from home)</source>
        <translation>Der Knoten, der ihn jetzt rechnet (grüne Marke: nicht daheim)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of one CPU since the previous sample</source>
        <translation>Anteil einer CPU seit der vorigen Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident memory</source>
        <translation>Residenter Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked to its home node: the balancer leaves it there</source>
        <translation>An seinen Heimatknoten gebunden: der Lastausgleich lässt ihn dort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the kernel says keeps it from migrating</source>
        <translation>Was ihn laut Kernel vom Migrieren abhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it came to the node it runs on (its start, or its last migration)</source>
        <translation>Wann er auf den Knoten kam, auf dem er läuft (sein Start oder seine letzte Migration)</translation>
    </message>
</context>
<context>
    <name>omv::ProcessWindow</name>
    <message>
        <location filename="../procs/processwindow.cpp" line="+46"/>
        <source>openMosixprocs — %1</source>
        <translation>openMosixprocs — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every process of the cluster. Enter or double-click: migrator; Delete: kill; right button: actions</source>
        <translation>Jeder Prozess des Clusters. Eingabe oder Doppelklick: Migrator; Entf: beenden; rechte Taste: Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every process of the cluster (Ctrl+1)</source>
        <translation>Jeder Prozess des Clusters (Strg+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each node computes for other nodes, as its kernel lists it (Ctrl+2)</source>
        <translation>Was jeder Knoten für andere Knoten rechnet, wie sein Kernel es aufführt (Strg+2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the filter toolbar</source>
        <translation>Filterleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter: command, user or pid (Ctrl+F)</source>
        <translation>Filter: Befehl, Benutzer oder PID (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the processes whose command line or user contains this text, or whose pid starts with this number</source>
        <translation>Zeigt die Prozesse, deren Befehlszeile oder Benutzer diesen Text enthält oder deren PID mit dieser Zahl beginnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole cluster, or the processes running on one node</source>
        <translation>Der ganze Cluster oder die Prozesse auf einem Knoten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every user&apos;s processes, or one user&apos;s</source>
        <translation>Die Prozesse jedes Benutzers oder eines einzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Only &amp;migrated</source>
        <translation>Nur &amp;migrierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes that run away from their home node</source>
        <translation>Nur Prozesse, die außerhalb ihres Heimatknotens laufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;guests</source>
        <translation>Nur &amp;Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes born on another node than the one they run on (with a node picked: that node&apos;s guests)</source>
        <translation>Nur Prozesse, die auf einem anderen Knoten entstanden sind als dem, auf dem sie laufen (mit gewähltem Knoten: dessen Gäste)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the processes are read (1–60 seconds)</source>
        <translation>Wie oft die Prozesse gelesen werden (1–60 Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading until pressed again (Ctrl+Shift+P or Pause)</source>
        <translation>Lesen anhalten, bis erneut gedrückt (Strg+Umschalt+P oder Pause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every node now (F5)</source>
        <translation>Jetzt jeden Knoten lesen (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Process</source>
        <translation>&amp;Prozess</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+233"/>
        <source>&amp;Migrator…</source>
        <translation>&amp;Migrator…</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Migrate, signal, renice or lock the selected processes</source>
        <translation>Die gewählten Prozesse migrieren, signalisieren, in der Priorität ändern oder sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>&amp;Kill…</source>
        <translation>&amp;Beenden…</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>End the selected processes (asks first)</source>
        <translation>Die gewählten Prozesse beenden (fragt zuerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the filter field</source>
        <translation>Zum Filterfeld gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log at full detail</source>
        <translation>&amp;Vollständig protokollieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The collector keeps every sample of the selected processes (node, state, CPU, memory, moves); openmosixhistory shows them in a process&apos;s life</source>
        <translation>Der Collector behält jede Probe der gewählten Prozesse (Knoten, Zustand, CPU, Speicher, Migrationen); openmosixhistory zeigt sie im Leben eines Prozesses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Processes tab</source>
        <translation>Registerkarte &amp;Prozesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every process of the cluster</source>
        <translation>Jeden Prozess des Clusters zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests tab</source>
        <translation>Registerkarte &amp;Gäste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the guests of a node: send them home or to the best node</source>
        <translation>Die Gäste eines Knotens zeigen: nach Hause oder auf den besten Knoten schicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the cluster and what the table shows</source>
        <translation>Die Verbindung zum Cluster und was die Tabelle zeigt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every process of a process-migration cluster: where it runs; migrate, signal, renice, lock.</source>
        <translation>Jeder Prozess eines Clusters mit Prozessmigration: wo er läuft; migrieren, Signale senden, Priorität ändern, sperren.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Log process: %1</source>
        <translation>Prozess protokollieren: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No collector records this cluster: start one (openmosixview: Cluster ▸ Start collector)</source>
        <translation>Kein Collector zeichnet diesen Cluster auf: einen starten (openmosixview: Cluster ▸ Collector starten)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Send &amp;home</source>
        <translation>Nach &amp;Hause schicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;best node</source>
        <translation>Auf den &amp;besten Knoten schicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 processes shown; last read %3</source>
        <translation>%1 von %2 Prozessen gezeigt; zuletzt gelesen %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n node(s) not answering</source>
        <translation>
            <numerusform>; %n Knoten antwortet nicht</numerusform>
            <numerusform>; %n Knoten antworten nicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::RefreshToolBar</name>
    <message>
        <location filename="../common/gui/refreshtoolbar.cpp" line="+26"/>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the refresh toolbar</source>
        <translation>Aktualisierungsleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
</context>
<context>
    <name>omv::RunProgramDialog</name>
    <message>
        <location filename="../app/runprogramdialog.cpp" line="+36"/>
        <source>&amp;Let the balancer decide</source>
        <translation>Den &amp;Lastausgleich entscheiden lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it on the node; it may migrate like any process</source>
        <translation>Ihn auf dem Knoten starten; er darf wie jeder Prozess migrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;migration</source>
        <translation>Keine &amp;Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stays on the node it starts on (nomig)</source>
        <translation>Er bleibt auf dem Knoten, auf dem er startet (nomig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;home</source>
        <translation>&amp;Daheim starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It runs on its home node and is locked there (mosrun -h)</source>
        <translation>Er läuft auf seinem Heimatknoten und ist dort gebunden (mosrun -h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;on node:</source>
        <translation>Auf &amp;Knoten starten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is sent to the node you pick (mosrun -&lt;node&gt;)</source>
        <translation>Er wird auf den gewählten Knoten geschickt (mosrun -&lt;Knoten&gt;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CPU job</source>
        <translation>&amp;Rechenauftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the balancer it mostly computes (mosrun -c)</source>
        <translation>Dem Lastausgleich sagen, dass er vor allem rechnet (mosrun -c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;I/O job</source>
        <translation>&amp;E/A-Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the balancer it mostly reads and writes (mosrun -i)</source>
        <translation>Dem Lastausgleich sagen, dass er vor allem liest und schreibt (mosrun -i)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No d&amp;ecay</source>
        <translation>Kein Ab&amp;klingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history never fades (nodecay)</source>
        <translation>Seine Lastgeschichte klingt nie ab (nodecay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slow decay</source>
        <translation>&amp;Langsames Abklingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history fades slowly (slowdecay)</source>
        <translation>Seine Lastgeschichte klingt langsam ab (slowdecay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fast decay</source>
        <translation>&amp;Schnelles Abklingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history fades quickly (fastdecay)</source>
        <translation>Seine Lastgeschichte klingt schnell ab (fastdecay)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arallel, one copy on each node from</source>
        <translation>P&amp;arallel, eine Kopie auf jedem Knoten von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One copy is sent to every node in the range (mosrun -&lt;node&gt; each)</source>
        <translation>Eine Kopie geht an jeden Knoten im Bereich (mosrun -&lt;Knoten&gt; je Kopie)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run a program</source>
        <translation>Ein Programm starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>program and arguments, e.g. ./render --frames 1-100</source>
        <translation>Programm und Argumente, z. B. ./render --frames 1-100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split into words like a shell would (&apos;single&apos; and &quot;double&quot; quotes and \ group words); nothing is expanded and no shell runs it</source>
        <translation>Wie von einer Shell in Wörter geteilt (&apos;einfache&apos; und &quot;doppelte&quot; Anführungszeichen und \ fassen Wörter zusammen); nichts wird expandiert und keine Shell führt es aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node the program starts on: its home node</source>
        <translation>Der Knoten, auf dem das Programm startet: sein Heimatknoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node &quot;Run on node&quot; sends it to</source>
        <translation>Der Knoten, auf den „Auf Knoten starten“ ihn schickt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (down)</source>
        <translation> (ausgefallen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on &amp;node:</source>
        <translation>Auf &amp;Knoten starten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it may move</source>
        <translation>Wie er umziehen darf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node IDs: one copy goes to each node from the first to the last</source>
        <translation>Knoten-IDs: eine Kopie geht an jeden Knoten vom ersten bis zum letzten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Greyed out: %1</source>
        <translation>Ausgegraut: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What each node answered appears here.</source>
        <translation>Hier erscheint die Antwort jedes Knotens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result of each start: the process ID while it runs, or how it ended</source>
        <translation>Das Ergebnis jedes Starts: die Prozess-ID, während er läuft, oder wie er endete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the program over ssh</source>
        <translation>Das Programm über ssh starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Name a program to run.</source>
        <translation>Ein Programm zum Starten angeben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The program line: %1.</source>
        <translation>Die Programmzeile: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first node of the range is after the last.</source>
        <translation>Der erste Knoten des Bereichs liegt hinter dem letzten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No node of the cluster is in that range.</source>
        <translation>Kein Knoten des Clusters liegt in diesem Bereich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the node to start on.</source>
        <translation>Den Startknoten wählen.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Starting %n program(s)…</source>
        <translation>
            <numerusform>Starte %n Programm…</numerusform>
            <numerusform>Starte %n Programme…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — started%2</source>
        <translation>%1 — gestartet%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — FAILED: %2</source>
        <translation>%1 — FEHLGESCHLAGEN: %2</translation>
    </message>
</context>
<context>
    <name>omv::SaveFile</name>
    <message>
        <location filename="../common/core/util/savefile.cpp" line="+29"/>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (ist die Platte voll?)</translation>
    </message>
</context>
<context>
    <name>omv::SpeedDelegate</name>
    <message>
        <location filename="../common/gui/nodedelegates.cpp" line="+393"/>
        <location line="+21"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag and let go, or use the arrow keys and Enter, to set the node&apos;s speed</source>
        <translation>Ziehen und loslassen oder Pfeiltasten und Eingabe verwenden, um die Geschwindigkeit des Knotens zu setzen</translation>
    </message>
</context>
<context>
    <name>omv::SshMuxTransport</name>
    <message>
        <location filename="../common/core/transport/sshmux.cpp" line="+299"/>
        <location line="+99"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>command timed out after %1 ms</source>
        <translation>Befehl nach %1 ms abgebrochen</translation>
    </message>
</context>
<context>
    <name>omv::SshTransport</name>
    <message>
        <location filename="../common/core/transport/sshtransport.cpp" line="+220"/>
        <source>%1: no host key from server</source>
        <translation>%1: kein Hostschlüssel vom Server</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: HOST KEY CHANGED — refusing to connect. The server offers %2 %3, which is not the key known_hosts holds. Someone may be intercepting the connection; if the key was changed on purpose, remove the old entry from known_hosts.</source>
        <translation>%1: HOSTSCHLÜSSEL GEÄNDERT — Verbindung abgelehnt. Der Server bietet %2 %3, und das ist nicht der Schlüssel aus known_hosts. Jemand könnte die Verbindung abfangen; wurde der Schlüssel absichtlich geändert, den alten Eintrag aus known_hosts entfernen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the server offers a %2 host key (%3) but known_hosts holds a key of another type for it — refusing to connect.</source>
        <translation>%1: der Server bietet einen %2-Hostschlüssel (%3), aber known_hosts hat für ihn einen Schlüssel anderen Typs — Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown host key %2 %3 refused</source>
        <translation>%1: unbekannter Hostschlüssel %2 %3 abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot save the host key: %2</source>
        <translation>%1: der Hostschlüssel kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot check the host key: %2</source>
        <translation>%1: der Hostschlüssel kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ssh-agent offered no key the server took</source>
        <translation>ssh-agent hat keinen Schlüssel angeboten, den der Server nahm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot read identity file %2 (missing, unreadable, or wrong passphrase)</source>
        <translation>%1: die Identitätsdatei %2 kann nicht gelesen werden (fehlt, nicht lesbar oder falsche Passphrase)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server refused the key %1</source>
        <translation>der Server hat den Schlüssel %1 abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no default identity was accepted</source>
        <translation>keine voreingestellte Identität wurde angenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: authentication failed: %2</source>
        <translation>%1: Anmeldung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot create an ssh session</source>
        <translation>es kann keine ssh-Sitzung angelegt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read ssh config %2</source>
        <translation>%1: die ssh-Konfiguration %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: keine Verbindung möglich: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>%1: closed</source>
        <translation>%1: geschlossen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(next attempt in %1 s)</source>
        <translation>(nächster Versuch in %1 s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no time left to connect</source>
        <translation>%1: keine Zeit mehr zum Verbinden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no channel within the deadline; the session is dropped</source>
        <translation>%1: kein Kanal innerhalb der Frist; die Sitzung wird verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot open a channel</source>
        <translation>%1: es kann kein Kanal geöffnet werden</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: the server did not start the command</source>
        <translation>%1: der Server hat den Befehl nicht gestartet</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1: connection lost while the command ran</source>
        <translation>%1: Verbindung während des Befehls verloren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: command timed out after %2 ms</source>
        <translation>%1: Befehl nach %2 ms abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: stopped: the other end of the stream gave up</source>
        <translation>%1: angehalten: die andere Seite des Datenstroms hat aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the command printed more than %2 bytes; cut off</source>
        <translation>%1: der Befehl hat mehr als %2 Bytes ausgegeben; abgeschnitten</translation>
    </message>
</context>
<context>
    <name>omv::StatsModel</name>
    <message>
        <location filename="../analyzer/statsmodel.cpp" line="+55"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 admin)</source>
        <translation>%1 (%2 durch Administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Time with the load above %1 %</source>
        <translation>Zeit mit Last über %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the %1 s rollups: the raw samples of this range are no longer kept</source>
        <translation>Aus den %1-s-Zusammenfassungen: die Rohabfragen dieses Bereichs werden nicht mehr aufbewahrt</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean load</source>
        <translation>Mittlere Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max load</source>
        <translation>Höchste Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95th pct.</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above %1 %</source>
        <translation>Über %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean memory</source>
        <translation>Mittlerer Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations in</source>
        <translation>Migrationen herein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations out</source>
        <translation>Migrationen hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Nothing was recorded in this range.</source>
        <translation>In diesem Bereich wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the raw samples (one every %1).</source>
        <translation>Aus den Rohproben (eine alle %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 summaries for %2 – %3 (their raw samples are no longer kept), from the raw samples (one every %4) after.</source>
        <translation>Aus %1-Zusammenfassungen für %2 – %3 (ihre Rohproben werden nicht mehr aufbewahrt), danach aus den Rohproben (eine alle %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 summaries for %2 – %3: the raw samples are no longer kept.</source>
        <translation>Aus %1-Zusammenfassungen für %2 – %3: die Rohproben werden nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Min and max are the summaries&apos; own; the 95th percentile and the time above take a summary&apos;s mean for its samples.</source>
        <translation>Minimum und Maximum sind die der Zusammenfassungen; das 95. Perzentil und die Zeit darüber nehmen den Mittelwert einer Zusammenfassung für ihre Proben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster&apos;s extremes are not known: an older collector wrote those summaries.</source>
        <translation>Die Extremwerte des Clusters sind unbekannt: ein älterer Collector hat diese Zusammenfassungen geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: %1 – %2.</source>
        <translation>Aufgezeichnet: %1 – %2.</translation>
    </message>
</context>
<context>
    <name>omv::Store</name>
    <message>
        <location filename="../common/core/store/storeschema.cpp" line="+188"/>
        <source>not an SQLite database, or one that cannot be read (%1)</source>
        <translation>keine SQLite-Datenbank oder eine, die nicht gelesen werden kann (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database of another program (tables %1%2)</source>
        <translation>eine SQLite-Datenbank eines anderen Programms (Tabellen %1%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the database has schema version %1; this collector writes up to %2 — use a newer one</source>
        <translation>die Datenbank hat Schema-Version %1; dieser Collector schreibt bis %2 — einen neueren verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the schema: %1</source>
        <translation>das Schema kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot upgrade the schema from version %1: %2</source>
        <translation>das Schema kann nicht von Version %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../common/core/store/storereader.cpp" line="+51"/>
        <location filename="../common/core/store/storewriter.cpp" line="+158"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../common/core/store/storewriter.cpp" line="+9"/>
        <source>%1: another collector is already writing to this database</source>
        <translation>%1: ein anderer Collector schreibt bereits in diese Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot lock: %2</source>
        <translation>%1: kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: belongs to uid %2, not to this collector&apos;s user (uid %3)</source>
        <translation>%1: gehört uid %2, nicht dem Benutzer dieses Collectors (uid %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an openMosixview history: %2 — not touched</source>
        <translation>%1 ist keine openMosixview-Historie: %2 — nicht angerührt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: readable by others (mode %2) and cannot be made private: %3</source>
        <translation>%1: für andere lesbar (Modus %2) und nicht privat zu machen: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was readable by others (mode %2): made 0600</source>
        <translation>%1 war für andere lesbar (Modus %2): auf 0600 gesetzt</translation>
    </message>
    <message>
        <location filename="../common/core/store/storereader.cpp" line="+17"/>
        <location filename="../common/core/store/storewriter.cpp" line="+9"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../common/core/store/storewriter.cpp" line="+17"/>
        <source>removed %1, a copy a crash left unfinished (its rows are still in %2)</source>
        <translation>%1 entfernt, eine Kopie, die ein Absturz unfertig ließ (ihre Zeilen sind noch in %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>no answer for %n interval(s): %1</source>
        <translation>
            <numerusform>keine Antwort seit %n Intervall: %1</numerusform>
            <numerusform>keine Antwort seit %n Intervallen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>down in the kernel&apos;s node table</source>
        <translation>laut Knotentabelle des Kernels ausgefallen</translation>
    </message>
    <message>
        <location filename="../common/core/store/storeupkeep.cpp" line="+58"/>
        <location line="+67"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>cannot write the open rollups: %1</source>
        <translation>die offenen Zusammenfassungen können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot start the database afresh: %1</source>
        <translation>die Datenbank kann nicht neu begonnen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot name the copy %1: %2</source>
        <translation>die Kopie kann nicht %1 genannt werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>process %1 of node %2 is not running (as last recorded)</source>
        <translation>Prozess %1 von Knoten %2 läuft nicht (laut letzter Aufzeichnung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>process %1 logged at full detail</source>
        <translation>Prozess %1 wird vollständig protokolliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 no longer logged</source>
        <translation>Prozess %1 wird nicht mehr protokolliert</translation>
    </message>
    <message>
        <location filename="../common/core/store/storereader.cpp" line="-21"/>
        <source>%1: no such database</source>
        <translation>%1: Datenbank nicht vorhanden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot read it here: %2 (the folder %3 is read-only and SQLite needs to create %4-shm beside a database in WAL mode: read a copy, or from where the collector runs)</source>
        <translation>%1: hier nicht lesbar: %2 (der Ordner %3 ist schreibgeschützt, und SQLite muss neben einer Datenbank im WAL-Modus %4-shm anlegen: eine Kopie lesen oder dort, wo der Kollektor läuft)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not an openMosixview history database: %2</source>
        <translation>%1: keine openMosixview-Verlaufsdatenbank: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not an openMosixview history database (an empty one)</source>
        <translation>%1: keine openMosixview-Verlaufsdatenbank (eine leere)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: history schema %2.x (version %3); this program reads schema 1.x to %4.x — open it with a matching version of openMosixview</source>
        <translation>%1: Historienschema %2.x (Version %3); dieses Programm liest die Schemata 1.x bis %4.x — öffnen Sie sie mit einer passenden Version von openMosixview</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is damaged (SQLite&apos;s quick_check: %2) — `sqlite3 %1 .recover` may save what is left</source>
        <translation>%1 ist beschädigt (SQLites quick_check: %2) — `sqlite3 %1 .recover` rettet womöglich den Rest</translation>
    </message>
    <message>
        <location filename="../common/core/store/processlog.cpp" line="+40"/>
        <source>process %1 of node %2 is logged already (since %3 by %4)</source>
        <translation>Prozess %1 von Knoten %2 wird bereits protokolliert (seit %3 durch %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot mark the process: the database refused</source>
        <translation>der Prozess kann nicht markiert werden: die Datenbank hat abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>process %1 of node %2 is not logged</source>
        <translation>Prozess %1 von Knoten %2 wird nicht protokolliert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot end the mark: the database refused</source>
        <translation>die Markierung kann nicht beendet werden: die Datenbank hat abgelehnt</translation>
    </message>
</context>
<context>
    <name>omv::SuiteApp</name>
    <message>
        <location filename="../common/gui/suiteapp.cpp" line="-152"/>
        <source>Save the window as PNG once it is filled, then quit.</source>
        <translation>Das Fenster als PNG speichern, sobald es gefüllt ist, dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours: system (the desktop&apos;s, the default), light or dark (Fusion style).</source>
        <translation>Farben: system (die des Desktops, Vorgabe), light (hell) oder dark (dunkel, Fusion-Stil).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--theme is system, light or dark</source>
        <translation>--theme ist system, light oder dark</translation>
    </message>
</context>
<context>
    <name>omv::TimeRange</name>
    <message>
        <location filename="../common/core/model/timerange.cpp" line="+118"/>
        <source>last %1</source>
        <translation>letzte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>alles</translation>
    </message>
</context>
<context>
    <name>omv::TimeRangeBar</name>
    <message>
        <location filename="../common/gui/timerangebar.cpp" line="+52"/>
        <source>How much history to show (Alt+1 … Alt+7)</source>
        <translation>Wie viel Verlauf gezeigt wird (Alt+1 … Alt+7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last %1</source>
        <translation>Letzte %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back by one width</source>
        <translation>Um eine Breite zurück</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (type a date and time, Enter applies)</source>
        <translation>Von (Datum und Uhrzeit eingeben, Eingabe übernimmt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (type a date and time, Enter applies)</source>
        <translation>Bis (Datum und Uhrzeit eingeben, Eingabe übernimmt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward by one width</source>
        <translation>Um eine Breite vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (half the width)</source>
        <translation>Vergrößern (halbe Breite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (twice the width)</source>
        <translation>Verkleinern (doppelte Breite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow now: the view moves with the clock</source>
        <translation>Der Gegenwart folgen: die Ansicht läuft mit der Uhr</translation>
    </message>
</context>
<context>
    <name>omv::Transport</name>
    <message>
        <location filename="../common/core/transport/transport.cpp" line="+12"/>
        <source>%1 cannot stream a command&apos;s input and output</source>
        <translation>%1 kann Ein- und Ausgabe eines Befehls nicht als Datenstrom übertragen</translation>
    </message>
</context>
<context>
    <name>omv::control::Text</name>
    <message>
        <location filename="../common/core/control/controlserver.cpp" line="+82"/>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>cannot listen for control requests: %1</source>
        <translation>es kann nicht auf Steueranfragen gelauscht werden: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>no socket to listen on (is the database there?)</source>
        <translation>kein Socket zum Lauschen (ist die Datenbank da?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the control socket %1 is taken by %2</source>
        <translation>der Steuer-Socket %1 ist belegt von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control socket %1 is taken</source>
        <translation>der Steuer-Socket %1 ist belegt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>refused %1 to %2: a viewer may not</source>
        <translation>%1 für %2 abgelehnt: ein Betrachter darf das nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not allowed: viewers may ask for the status and follow the feed</source>
        <translation>nicht erlaubt: Betrachter dürfen den Status abfragen und dem Datenstrom folgen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>refused a record of %1: over a viewer&apos;s budget (%2 a minute, %3 KiB a minute)</source>
        <translation>Eintrag von %1 abgelehnt: über dem Budget eines Betrachters (%2 pro Minute, %3 KiB pro Minute)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too many records: a viewer may send %1 a minute, %2 KiB a minute</source>
        <translation>zu viele Einträge: ein Betrachter darf %1 pro Minute senden, %2 KiB pro Minute</translation>
    </message>
    <message>
        <location line="+111"/>
        <location filename="../common/core/control/serve.cpp" line="+129"/>
        <location filename="../common/core/control/socketdir.cpp" line="+123"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the request took too long</source>
        <translation>die Anfrage hat zu lange gedauert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no whole request within %2 ms</source>
        <translation>%1: keine vollständige Anfrage innerhalb von %2 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused %1: only %2 may use this collector</source>
        <translation>%1 abgewiesen: nur %2 dürfen diesen Kollektor benutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../common/core/control/feed.cpp" line="+152"/>
        <location filename="../common/core/control/historyserver.cpp" line="+114"/>
        <source>an unknown peer</source>
        <translation>eine unbekannte Gegenstelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dropped: no request while others waited</source>
        <translation>getrennt: keine Anfrage, während andere warteten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dropped, idle while the owner&apos;s slots were full</source>
        <translation>%1: getrennt, untätig, während die Plätze des Eigentümers belegt waren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>busy: too many connections open</source>
        <translation>beschäftigt: zu viele offene Verbindungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>turned away %1: %2 connections of this user open, %3 of all viewers</source>
        <translation>%1 abgewiesen: %2 offene Verbindungen dieses Benutzers, %3 aller Betrachter</translation>
    </message>
    <message>
        <location filename="../common/core/control/socketdir.cpp" line="-48"/>
        <source>cannot use %1 for the collector&apos;s sockets: %2</source>
        <translation>%1 kann nicht für die Sockets des Kollektors verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in the way of the collector&apos;s sockets: it is not a folder</source>
        <translation>%1 steht den Sockets des Kollektors im Weg: es ist kein Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refusing to keep the collector&apos;s sockets in %1: it belongs to %2, not to %3</source>
        <translation>die Sockets des Kollektors werden nicht in %1 abgelegt: er gehört %2, nicht %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refusing to keep the collector&apos;s sockets in %1: others may write into it (mode %2)</source>
        <translation>die Sockets des Kollektors werden nicht in %1 abgelegt: andere dürfen hineinschreiben (Modus %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+99"/>
        <source>cannot set the mode of %1: %2</source>
        <translation>der Modus von %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>cannot make %1 for the collector&apos;s sockets: %2</source>
        <translation>%1 kann für die Sockets des Kollektors nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no such database</source>
        <translation>%1: Datenbank nicht vorhanden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the collector&apos;s socket path %1 is too long for a socket (at most %2 bytes): set OMV_RUNTIME_DIR to a shorter folder</source>
        <translation>der Socket-Pfad des Kollektors %1 ist zu lang (höchstens %2 Bytes): OMV_RUNTIME_DIR auf einen kürzeren Ordner setzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot make %1 for the collector&apos;s sockets</source>
        <translation>%1 kann für die Sockets des Kollektors nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in the way of the collector&apos;s socket: it is not a socket</source>
        <translation>%1 steht dem Socket des Kollektors im Weg: es ist kein Socket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove the stale socket %1: %2</source>
        <translation>der verwaiste Socket %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot give %1 to group %2 (%3): anyone may reach the sockets, and the collector itself turns away who is not a viewer</source>
        <translation>%1 kann nicht der Gruppe %2 übergeben werden (%3): jeder erreicht die Sockets, und der Kollektor selbst weist ab, wer kein Betrachter ist</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the collector recording into %1 is not open to %2 (only to its own user, root and its viewers group)</source>
        <translation>der Kollektor, der in %1 aufzeichnet, ist %2 nicht zugänglich (nur seinem Benutzer, root und seiner Betrachtergruppe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the collector recording into %1 is too busy to answer</source>
        <translation>der Collector, der in %1 aufzeichnet, ist zu beschäftigt, um zu antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot reach the collector recording into %1: %2</source>
        <translation>der Kollektor, der in %1 aufzeichnet, ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no collector is recording into %1</source>
        <translation>kein Collector zeichnet in %1 auf</translation>
    </message>
    <message>
        <location filename="../common/core/control/controlserver.cpp" line="+45"/>
        <source>refusing to talk to %1: the collector of %2 runs as uid %3 (its owner) or root</source>
        <translation>kein Gespräch mit %1: der Collector von %2 läuft als uid %3 (sein Besitzer) oder root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown listener</source>
        <translation>ein unbekannter Zuhörer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the collector recording into %1 did not answer within %2 ms</source>
        <translation>der Collector, der in %1 aufzeichnet, hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the collector recording into %1 closed the connection without an answer</source>
        <translation>der Collector, der in %1 aufzeichnet, hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the collector&apos;s answer is malformed: %1</source>
        <translation>die Antwort des Collectors ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../common/core/control/protocol.cpp" line="+109"/>
        <location line="+10"/>
        <source>more than one message on a connection</source>
        <translation>mehr als eine Nachricht auf einer Verbindung</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a message of %1 bytes (at most %2)</source>
        <translation>eine Nachricht von %1 Bytes (höchstens %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 fields</source>
        <translation>mehr als %1 Felder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>a field is cut off</source>
        <translation>ein Feld ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty message</source>
        <translation>eine leere Nachricht</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the message is cut off</source>
        <translation>die Nachricht ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>uid %1 and root</source>
        <translation>UID %1 und root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uid %1, root and group %2 (gid %3)</source>
        <translation>UID %1, root und Gruppe %2 (GID %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../common/core/control/serve.cpp" line="-15"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../common/core/control/serve.cpp" line="+12"/>
        <source>%1 may not follow the collector: it lets no viewers in (no viewers= in its profile)</source>
        <translation>%1 darf dem Kollektor nicht folgen: er lässt keine Zuschauer zu (kein viewers= in seinem Profil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../common/core/control/serve.cpp" line="-3"/>
        <source>%1 may not follow the collector: not a member of group %2</source>
        <translation>%1 darf dem Kollektor nicht folgen: kein Mitglied der Gruppe %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no group called %1</source>
        <translation>keine Gruppe namens %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>uid %1 (%2), pid %3</source>
        <translation>uid %1 (%2), pid %3</translation>
    </message>
    <message>
        <location filename="../common/core/control/feed.cpp" line="-110"/>
        <source>no socket to publish the feed on (is the database there?)</source>
        <translation>kein Socket, um den Datenstrom zu veröffentlichen (ist die Datenbank da?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot publish the snapshot feed: %1</source>
        <translation>der Momentaufnahme-Strom kann nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>feed: refused %1: only %2 may subscribe</source>
        <translation>Feed: %1 abgewiesen: nur %2 dürfen abonnieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>feed: turned away %1: %2 subscriptions of this user, %3 of all viewers</source>
        <translation>Datenstrom: %1 abgewiesen: %2 Abonnements dieses Benutzers, %3 aller Betrachter</translation>
    </message>
    <message>
        <location line="+86"/>
        <location filename="../common/core/control/historyserver.cpp" line="+46"/>
        <source>no collector publishes %1</source>
        <translation>kein Collector veröffentlicht %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refusing the feed of %1: it is not published by uid %2 (its owner) or root</source>
        <translation>Strom von %1 abgelehnt: er wird nicht von uid %2 (dem Besitzer) oder root veröffentlicht</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the feed sent a frame of %1 bytes</source>
        <translation>der Strom hat einen Rahmen von %1 Bytes gesendet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the feed sent a delta before a whole snapshot</source>
        <translation>der Strom hat ein Delta vor einer ganzen Momentaufnahme gesendet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the collector closed its feed</source>
        <translation>der Collector hat seinen Strom geschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not connected to a feed</source>
        <translation>mit keinem Strom verbunden</translation>
    </message>
    <message>
        <location filename="../common/core/control/remote.cpp" line="+44"/>
        <source>%1 did not answer as openmosixcollector --serve does (it said &quot;%2&quot;)</source>
        <translation>%1 antwortete nicht wie openmosixcollector --serve (es sagte „%2“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the collector on %1 is version %2, which speaks protocol %3; this suite (version %4) speaks protocol %5</source>
        <translation>der Kollektor auf %1 ist Version %2 und spricht Protokoll %3; diese Suite (Version %4) spricht Protokoll %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the collector on %1 answered for &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>der Kollektor auf %1 antwortete für „%2“, nicht „%3“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no %1 on %2 (%3)</source>
        <translation>kein %1 auf %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on %2 ended with status %3</source>
        <translation>%1 auf %2 endete mit Status %3</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>cannot make a local socket: %1</source>
        <translation>kann kein lokales Socket anlegen: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 did not answer as openmosixcollector --serve does</source>
        <translation>%1 antwortete nicht wie openmosixcollector --serve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 ended before it answered</source>
        <translation>%1 auf %2 endete, bevor es antwortete</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the collector on %1 did not answer within %2 s</source>
        <translation>der Kollektor auf %1 antwortete nicht innerhalb von %2 s</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the collector on %1 did not answer within %2 ms</source>
        <translation>der Kollektor auf %1 antwortete nicht innerhalb von %2 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the collector on %1 gave no answer</source>
        <translation>der Kollektor auf %1 gab keine Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the collector on %1 answered with a bad frame: %2</source>
        <translation>der Kollektor auf %1 antwortete mit einem fehlerhaften Rahmen: %2</translation>
    </message>
    <message>
        <location filename="../common/core/control/serve.cpp" line="-79"/>
        <source>poll: %1</source>
        <translation>poll: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the collector recording into %1 on %2 stopped</source>
        <translation>der Kollektor, der in %1 auf %2 aufzeichnet, hat angehalten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no whole request came within %1 s</source>
        <translation>innerhalb von %1 s kam keine vollständige Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request ended before it was whole</source>
        <translation>die Anfrage endete, bevor sie vollständig war</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a bad request: %1</source>
        <translation>eine fehlerhafte Anfrage: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a start names its interval</source>
        <translation>ein Start nennt sein Intervall</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>openmosixcollector --serve: no mode &quot;%1&quot; (this version serves: feed, control, history)</source>
        <translation>openmosixcollector --serve: kein Modus „%1“ (diese Version bedient: feed, control, history)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <location filename="../common/core/control/historyserver.cpp" line="-121"/>
        <source>cannot serve the history: %1</source>
        <translation>die Historie kann nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>history: dropped uid %1 (%2): %3</source>
        <translation>Historie: uid %1 (%2) getrennt: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>history: refused %1: only %2 may read it</source>
        <translation>Historie: %1 abgewiesen: nur %2 dürfen sie lesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the collector is reading %1 histories for this user already</source>
        <translation>der Kollektor liest bereits %1 Historien für diesen Benutzer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>refusing the history of %1: it is not served by uid %2 (its owner) or root</source>
        <translation>die Historie von %1 wird abgelehnt: sie wird nicht von uid %2 (dem Besitzer) oder root bereitgestellt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the collector recording %1 did not let this user read its history</source>
        <translation>der Kollektor, der %1 aufzeichnet, ließ diesen Benutzer seine Historie nicht lesen</translation>
    </message>
    <message>
        <location filename="../common/core/control/collectorstart.cpp" line="+86"/>
        <source>it does not say how its collector was started (written by an older version, or by the demo)</source>
        <translation>sie sagt nicht, wie ihr Kollektor gestartet wurde (von einer älteren Version oder von der Demo geschrieben)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its start arguments are not ones this version runs (%1)</source>
        <translation>ihre Startargumente führt diese Version nicht aus (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its start arguments are empty</source>
        <translation>ihre Startargumente sind leer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>an interval of %1 s: it must be 1..3600</source>
        <translation>ein Intervall von %1 s: es muss 1..3600 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already recording on %1: %2</source>
        <translation>zeichnet auf %1 bereits auf: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>managed by %1 on %2: systemctl start %1 there</source>
        <translation>von %1 auf %2 verwaltet: dort systemctl start %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing has recorded into %1 on %2 yet, so no profile is known to start its collector with: start the first one there (openmosixcollector --profile FILE --db %1)</source>
        <translation>in %1 auf %2 hat noch nichts aufgezeichnet, daher ist kein Profil bekannt, mit dem sein Kollektor zu starten wäre: den ersten dort starten (openmosixcollector --profile DATEI --db %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on %2 belongs to %3: only %3 or root may start its collector (asked by %4)</source>
        <translation>%1 auf %2 gehört %3: nur %3 oder root dürfen seinen Kollektor starten (gefragt von %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot start the collector of %1 on %2: %3; start it there by hand</source>
        <translation>der Kollektor von %1 auf %2 kann nicht gestartet werden: %3; dort von Hand starten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 on %2 belongs to uid %3, who has no account there</source>
        <translation>%1 auf %2 gehört uid %3, die dort kein Konto hat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>/dev/null: %1</source>
        <translation>/dev/null: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot start a process on %1: %2</source>
        <translation>auf %1 kann kein Prozess gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot run %1 on %2 as %3</source>
        <translation>%1 kann auf %2 nicht als %3 ausgeführt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the collector on %1 ended at once: %2</source>
        <translation>der Kollektor auf %1 endete sofort: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing in %1)</source>
        <translation>(nichts in %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>started on %1 as %2: %3</source>
        <translation>auf %1 als %2 gestartet: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the collector started on %1 (pid %2) but did not answer within 10 s; see %3</source>
        <translation>der Kollektor wurde auf %1 gestartet (pid %2), antwortete aber nicht innerhalb von 10 s; siehe %3</translation>
    </message>
</context>
<context>
    <name>omv::splitWords</name>
    <message>
        <location filename="../common/core/util/shellquote.cpp" line="+72"/>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
</context>
</TS>
