<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>DemoCluster</name>
    <message>
        <location filename="../common/core/demo/democluster.cpp" line="+38"/>
        <source>the demo cluster needs omsim next to %1</source>
        <translation>klaster demonstracyjny potrzebuje omsim obok %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create a directory for the demo cluster: %1</source>
        <translation>nie można utworzyć katalogu dla klastra demonstracyjnego: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1</source>
        <translation>nie można utworzyć %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>omsim did not start</source>
        <translation>omsim nie uruchomił się</translation>
    </message>
</context>
<context>
    <name>DemoRecording</name>
    <message>
        <location filename="../common/core/demo/demorecording.cpp" line="+16"/>
        <source>the demo needs openmosixcollector next to this program</source>
        <translation>demonstracja potrzebuje openmosixcollector obok tego programu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot make a directory for the demo</source>
        <translation>nie można utworzyć katalogu dla demonstracji</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the demo&apos;s collector did not start</source>
        <translation>kolektor demonstracji nie uruchomił się</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../migmon/monitorscene.cpp" line="+230"/>
        <source>down</source>
        <translation>nie działa</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>⌂ home</source>
        <translation>⌂ dom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop here to send home</source>
        <translation>upuść tutaj, aby odesłać do domu</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+14"/>
        <source>Watch and steer a process-migration cluster.</source>
        <translation>Obserwuj i steruj klastrem z migracją procesów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the milliseconds from start to the first filled table, then quit.</source>
        <translation>Wypisz milisekundy od startu do pierwszej wypełnionej tabeli i zakończ.</translation>
    </message>
    <message>
        <location filename="../procs/main.cpp" line="+14"/>
        <source>Every process of a process-migration cluster: where it runs; migrate, signal, renice, lock.</source>
        <translation>Każdy proces klastra z migracją procesów: gdzie działa; migruj, wysyłaj sygnały, zmieniaj priorytet, blokuj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start showing the processes on this node.</source>
        <translation>Zacznij od procesów na tym węźle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start on the Guests tab (with --node: that node&apos;s guests).</source>
        <translation>Zacznij na karcie Goście (z --node: goście tego węzła).</translation>
    </message>
    <message>
        <location filename="../migmon/main.cpp" line="+14"/>
        <source>The migration monitor: nodes on a circle, processes as squares beside the node they run on; drag a square onto a node to migrate it.</source>
        <translation>Monitor migracji: węzły na okręgu, procesy jako kwadraty obok węzła, na którym działają; przeciągnij kwadrat na węzeł, aby go tam przenieść.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch from this node (drawn in the centre; default: the gateway&apos;s).</source>
        <translation>Patrz z tego węzła (rysowanego w środku; domyślnie bramy).</translation>
    </message>
    <message>
        <location filename="../analyzer/main.cpp" line="+31"/>
        <source>Load and memory history of a process-migration cluster, from the collector&apos;s database.</source>
        <translation>Historia obciążenia i pamięci klastra z migracją procesów, z bazy danych kolektora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start of the range: ISO 8601 (2026-11-29T14:10), a time of day (11:41:04), now, or back from now (-24h, -7d); default: the recording&apos;s first sample.</source>
        <translation>Początek zakresu: ISO 8601 (2026-11-29T14:10), godzina (11:41:04), now albo wstecz od teraz (-24h, -7d); domyślnie: pierwsza próbka nagrania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End of the range (default: now).</source>
        <translation>Koniec zakresu (domyślnie: teraz).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the statistics of the range as text and exit (no window).</source>
        <translation>Wypisz statystyki zakresu jako tekst i zakończ (bez okna).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load in percent above which a node counts as hot (default 75).</source>
        <translation>Obciążenie w procentach, powyżej którego węzeł uchodzi za gorący (domyślnie 75).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the report of the range without a window and exit: FILE.pdf (charts, statistics, events) or FILE.csv (the statistics).</source>
        <translation>Zapisz raport zakresu bez okna i zakończ: PLIK.pdf (wykresy, statystyki, zdarzenia) lub PLIK.csv (statystyki).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--threshold wants a percentage above 0</source>
        <translation>--threshold wymaga wartości procentowej powyżej 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the range ends before it starts</source>
        <translation>zakres kończy się, zanim się zaczyna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--report wants a file name ending in .pdf or .csv</source>
        <translation>--report wymaga nazwy pliku kończącej się na .pdf lub .csv</translation>
    </message>
    <message>
        <location filename="../common/gui/suiteapp.cpp" line="+198"/>
        <source>--%1: &apos;%2&apos; is not a time (ISO 8601, 11:41:04, now, -24h, -7d)</source>
        <translation>--%1: &apos;%2&apos; nie jest czasem (ISO 8601, 11:41:04, now, -24h, -7d)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reading failed: %2 — the file may be damaged</source>
        <translation>%1: odczyt nie powiódł się: %2 — plik może być uszkodzony</translation>
    </message>
    <message>
        <location filename="../analyzer/main.cpp" line="+47"/>
        <location line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location filename="../history/main.cpp" line="+61"/>
        <source>The cluster at any recorded moment: nodes and processes then, a process&apos;s life.</source>
        <translation>Klaster w dowolnej zapisanej chwili: węzły i procesy wtedy, życie procesu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The moment: ISO 8601 (2026-11-29T14:10), now, or back from now (-1h, -2d).</source>
        <translation>Chwila: ISO 8601 (2026-11-29T14:10), now albo wstecz od teraz (-1h, -2d).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the cluster at --at as JSON and exit (no window).</source>
        <translation>Wypisz klaster w chwili --at jako JSON i zakończ (bez okna).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this owner&apos;s processes (--json).</source>
        <translation>Tylko procesy tego właściciela (--json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only processes running on node N (--json).</source>
        <translation>Tylko procesy działające na węźle N (--json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only commands containing TEXT (--json).</source>
        <translation>Tylko polecenia zawierające TEKST (--json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --json: what started, ended and moved from T1 to T2 (the second time follows as an argument).</source>
        <translation>Z --json: co się zaczęło, skończyło i przeniosło od T1 do T2 (drugi czas następuje jako argument).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the logged samples of process PID of node HOME (logged from openmosixprocs) as CSV and exit.</source>
        <translation>Wypisz zarejestrowane próbki procesu PID z węzła HOME (rejestrowanego z openmosixprocs) jako CSV i zakończ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end of --between.</source>
        <translation>Koniec --between.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--node wants a node number</source>
        <translation>--node wymaga numeru węzła</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--between wants two times: --between T1 T2</source>
        <translation>--between wymaga dwóch czasów: --between T1 T2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--between: &apos;%1&apos; or &apos;%2&apos; is not a time</source>
        <translation>--between: &apos;%1&apos; lub &apos;%2&apos; nie jest czasem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--between: the second time must come after the first</source>
        <translation>--between: drugi czas musi być późniejszy niż pierwszy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--between goes with --json</source>
        <translation>--between działa tylko z --json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--log wants PID@HOME, e.g. 4242@1</source>
        <translation>--log oczekuje PID@HOME, np. 4242@1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>process %1 of node %2 was never logged in %3</source>
        <translation>proces %1 z węzła %2 nigdy nie był rejestrowany w %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2 is outside the recorded span, %3 to %4</source>
        <translation>%1 do %2 leży poza zapisanym okresem, %3 do %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>more than %1 changes: the list stops at %2; ask for a shorter range</source>
        <translation>więcej niż %1 zmian: lista kończy się na %2; poproś o krótszy zakres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no samples</source>
        <translation>%1 nie zawiera odczytów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is outside the recorded span, %2 to %3</source>
        <translation>%1 leży poza zapisanym okresem, %2 do %3</translation>
    </message>
</context>
<context>
    <name>omv::AnalyzerWindow</name>
    <message>
        <location filename="../analyzer/analyzerwindow.cpp" line="+91"/>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+459"/>
        <source>Load per node</source>
        <translation>Obciążenie węzłów</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>%1 — history — openmosixanalyzer</source>
        <translation>%1 — historia — openmosixanalyzer</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+19"/>
        <location line="+607"/>
        <location line="+11"/>
        <source>load %</source>
        <translation>obciążenie %</translation>
    </message>
    <message>
        <location line="-636"/>
        <location line="+396"/>
        <location line="+240"/>
        <source>memory used, GiB</source>
        <translation>pamięć zajęta, GiB</translation>
    </message>
    <message>
        <location line="-635"/>
        <source>hottest node</source>
        <translation>najgorętszy węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean load</source>
        <translation>średnie obciążenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory used</source>
        <translation>pamięć zajęta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nodes up, % of all</source>
        <translation>węzły działające, % wszystkich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean load earlier</source>
        <translation>średnie obciążenie wcześniej</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drag: zoom to a time · Shift+drag or middle/right drag: pan · wheel: zoom · right click or Escape: back</source>
        <translation>Przeciągnij: powiększ okres · Shift+przeciągnij lub środkowy/prawy przycisk: przesuń · kółko: powiększenie · prawy klik lub Escape: wstecz</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nodes shown in the chart (tick to show, untick to hide)</source>
        <translation>Węzły pokazane na wykresie (zaznacz, aby pokazać, odznacz, aby ukryć)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double click a node: its line alone in the chart; the cluster: every node again</source>
        <translation>Dwuklik na węźle: tylko jego linia na wykresie; na klastrze: znów wszystkie węzły</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Zajęta pamięć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the node chart shows: each node&apos;s load, or the memory each uses</source>
        <translation>Co pokazuje wykres węzłów: obciążenie każdego węzła albo zajętą przez niego pamięć</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Overlay the cluster&apos;s mean load of the same range shifted back, dashed</source>
        <translation>Nałóż średnie obciążenie klastra z tego samego zakresu przesuniętego wstecz, przerywaną linią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare: off</source>
        <translation>Porównanie: wyłączone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a day earlier</source>
        <translation>z dniem wcześniej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a week earlier</source>
        <translation>z tygodniem wcześniej</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <location line="+271"/>
        <location line="+4"/>
        <location line="+602"/>
        <source>node %1</source>
        <translation>węzeł %1</translation>
    </message>
    <message>
        <location line="-588"/>
        <source>%1 holds no samples yet</source>
        <translation>%1 nie zawiera jeszcze odczytów</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>mean load %1 earlier</source>
        <translation>średnie obciążenie %1 wcześniej</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>migrations per %1</source>
        <translation>migracje na %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Memory used per node</source>
        <translation>Zajęta pamięć na węzeł</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2%3: %4</source>
        <translation>%1 %2%3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on node %1</source>
        <translation>na węźle %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the cluster</source>
        <translation>na klastrze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1 down %2 – %3 (%4)</source>
        <translation>węzeł %1 nie działał %2 – %3 (%4)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cluster: %1 % mean</source>
        <translation>klaster: %1 % średnio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hottest node: %1 %</source>
        <translation>najgorętszy węzeł: %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory used: %1 GiB</source>
        <translation>pamięć zajęta: %1 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodes up: %1 of %2</source>
        <translation>węzły działające: %1 z %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migrations: %1</source>
        <translation>migracje: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 earlier: %2 % mean</source>
        <translation>%1 wcześniej: %2 % średnio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: %2 GiB used</source>
        <translation>węzeł %1: zajęte %2 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1: %2 %</source>
        <translation>węzeł %1: %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 </source>
        <translation>węzeł %1 </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>with %1 earlier</source>
        <translation>z %1 wcześniej</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checkpoint</source>
        <translation>Punkt kontrolny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens now (shown on the charts and in reports):</source>
        <translation>Co się teraz dzieje (pokazane na wykresach i w raportach):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking a checkpoint…</source>
        <translation>Zapisywanie punktu kontrolnego…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No checkpoint: %1</source>
        <translation>Brak punktu kontrolnego: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 · %2 · %n point(s) per line · %3 node(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n punkt na linię · %3 węzłów</numerusform>
            <numerusform>%1 · %2 · %n punkty na linię · %3 węzłów</numerusform>
            <numerusform>%1 · %2 · %n punktów na linię · %3 węzłów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raw samples</source>
        <translation>surowe odczyty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rollups</source>
        <translation>agregaty %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Drukuj raport…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report: charts, statistics and events of this range</source>
        <translation>Drukuj raport: wykresy, statystyki i zdarzenia tego zakresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report</source>
        <translation>Eksport raportu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The report as a PDF file</source>
        <translation>Raport jako plik PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export statistics as &amp;CSV…</source>
        <translation>Eksportuj statystyki jako &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the statistics</source>
        <translation>Eksport statystyk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;series as CSV…</source>
        <translation>Eksportuj &amp;serie jako CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the series</source>
        <translation>Eksport serii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charts&apos; points as CSV: the cluster&apos;s figures and every shown node&apos;s load</source>
        <translation>Punkty wykresów jako CSV: wartości klastra i obciążenie każdego pokazanego węzła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export charts as &amp;image…</source>
        <translation>Eksportuj wykresy jako &amp;obraz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the charts</source>
        <translation>Eksport wykresów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Obrazy PNG (*.png);;Rysunki SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both charts as a PNG image or an SVG drawing</source>
        <translation>Oba wykresy jako obraz PNG lub rysunek SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics table as CSV (cells that look like formulas are quoted)</source>
        <translation>Tabela statystyk jako CSV (komórki wyglądające jak formuły są ujęte w cudzysłów)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark a &amp;checkpoint…</source>
        <translation>Zaznacz &amp;punkt kontrolny…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a checkpoint with a text through the collector recording this database</source>
        <translation>Zapisz punkt kontrolny z tekstem przez kolektor zapisujący tę bazę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes at this &amp;moment (openmosixhistory)</source>
        <translation>Procesy w tej &amp;chwili (openmosixhistory)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programs</source>
        <translation>Programy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot start openmosixhistory.</source>
        <translation>Nie można uruchomić openmosixhistory.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster&apos;s nodes and processes at the time under the crosshair</source>
        <translation>Węzły i procesy klastra w chwili pod krzyżem celownika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load and memory history of a process-migration cluster.</source>
        <translation>Historia obciążenia i pamięci klastra z migracją procesów.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean load %</source>
        <translation>Średnie obciążenie %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hottest node %</source>
        <translation>Najgorętszy węzeł %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory used GiB</source>
        <translation>Pamięć zajęta GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1 load %</source>
        <translation>Obciążenie węzła %1 %</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1 (PNG or SVG)</source>
        <translation>nie można zapisać %1 (PNG lub SVG)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>%1: nothing was written</source>
        <translation>%1: nic nie zostało zapisane</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot start the report (is the file or printer writable?)</source>
        <translation>nie można rozpocząć raportu (czy plik lub drukarka są zapisywalne?)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cluster</source>
        <translation>klaster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none in this range</source>
        <translation>brak w tym zakresie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1 of %2</source>
        <translation>strona %1 z %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — load and memory</source>
        <translation>%1 — obciążenie i pamięć</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 do %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>made %1 from %2; load above %3 % marked</source>
        <translation>utworzono %1 z %2; obciążenie powyżej %3 % zaznaczone</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — statistics and events</source>
        <translation>%1 — statystyki i zdarzenia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Events</source>
        <translation>Zdarzenia</translation>
    </message>
</context>
<context>
    <name>omv::ChangeTableModel</name>
    <message>
        <location filename="../history/changetablemodel.cpp" line="+54"/>
        <source>started</source>
        <translation>rozpoczęty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>zakończony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>przeniesiony</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the balancer</source>
        <translation>balanser</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From node</source>
        <translation>Z węzła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Przez</translation>
    </message>
</context>
<context>
    <name>omv::ClusterBackend</name>
    <message>
        <location filename="../common/core/backend/clusterbackend.cpp" line="+152"/>
        <source>node table from %1: %2</source>
        <translation>tabela węzłów z %1: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>cannot read the proc tree on the node</source>
        <translation>nie można odczytać drzewa proc na węźle</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no address is known for node %1</source>
        <translation>nie jest znany adres węzła %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>node %1: %2</source>
        <translation>węzeł %1: %2</translation>
    </message>
</context>
<context>
    <name>omv::ClusterOptions</name>
    <message>
        <location filename="../common/gui/clusteropen.cpp" line="+64"/>
        <source>Start an emulated cluster (omsim) and watch it.</source>
        <translation>Uruchom emulowany klaster (omsim) i obserwuj go.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel the --demo cluster emulates: openmosix (default), mattx or linux (stock kernels).</source>
        <translation>Jądro, które emuluje klaster --demo: openmosix (domyślnie), mattx lub linux (zwykłe jądra).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch the emulated cluster another program of the suite started.</source>
        <translation>Obserwuj emulowany klaster uruchomiony przez inny program pakietu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster profile to open.</source>
        <translation>Profil klastra do otwarcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A history database to read (also a rotated one); no cluster needs to answer.</source>
        <translation>Baza historii do odczytu (także zrotowana); żaden klaster nie musi odpowiadać.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+26"/>
        <location line="+20"/>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>give one of --demo, --demo-root, --profile%1</source>
        <translation>podaj jedno z --demo, --demo-root, --profile%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>History database</source>
        <translation>Baza historii</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1: no such file</source>
        <translation>%1: nie ma takiego pliku</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <location line="+36"/>
        <location line="+5"/>
        <source>Demo cluster</source>
        <translation>Klaster demonstracyjny</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>name the cluster: --profile FILE%1</source>
        <translation>wskaż klaster: --profile PLIK%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or --db FILE</source>
        <translation> lub --db PLIK</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--demo-kernel is openmosix, mattx or linux</source>
        <translation>--demo-kernel to openmosix, mattx lub linux</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+5"/>
        <source>Cluster profile</source>
        <translation>Profil klastra</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1 is a history file: there is no live cluster behind it</source>
        <translation>%1 to plik historii: nie stoi za nim żaden działający klaster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no running omsim</source>
        <translation>%1 nie zawiera działającego omsim</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cancelled before the gateway answered</source>
        <translation>przerwano, zanim bramka odpowiedziała</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: saved in %2 as backend=%3</source>
        <translation>%1: zapisano w %2 jako backend=%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not saved: %2)</source>
        <translation>%1 (nie zapisano: %2)</translation>
    </message>
</context>
<context>
    <name>omv::ClusterProfile</name>
    <message>
        <location filename="../common/core/profile/clusterprofile.cpp" line="+101"/>
        <source>%1:%2: unknown section [%3]</source>
        <translation>%1:%2: nieznana sekcja [%3]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:%2: unknown key [%3] %4</source>
        <translation>%1:%2: nieznany klucz [%3] %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2: unknown key [%3] %4 (%5?)</source>
        <translation>%1:%2: nieznany klucz [%3] %4 (%5?)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation>nieczytelny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file (a FIFO, a device or a folder)</source>
        <translation>to nie jest zwykły plik (FIFO, urządzenie albo katalog)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid INI file</source>
        <translation>to nie jest poprawny plik INI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a number in %2..%3</source>
        <translation>&apos;%1&apos; nie jest liczbą z zakresu %2..%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; nie jest żadnym z: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not one of ssh, local</source>
        <translation>&apos;%1&apos; nie jest jednym z ssh, local</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>&apos;%1&apos; nie jest nazwą hosta ani adresem</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>missing: a plain Linux kernel lists no other nodes; name them (nodes=) or give a map file (map=)</source>
        <translation>brak: zwykłe jądro Linuksa nie wymienia innych węzłów; podaj je (nodes=) lub plik mapy (map=)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: name the node whose kernel table lists every node</source>
        <translation>brak: podaj węzeł, którego tablica jądra wymienia wszystkie węzły</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1</source>
        <translation>nie można odczytać %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a user name</source>
        <translation>&apos;%1&apos; nie jest nazwą użytkownika</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be one ssh host name or address</source>
        <translation>musi być jedną nazwą hosta ssh lub adresem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one user name</source>
        <translation>musi być jedną nazwą użytkownika</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a program&apos;s name or path</source>
        <translation>musi być nazwą lub ścieżką programu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with host=, the database&apos;s path on that machine, from / or ~/</source>
        <translation>przy host= ścieżka bazy na tamtej maszynie, od / lub ~/</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one group&apos;s name</source>
        <translation>musi być nazwą jednej grupy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an absolute folder on the nodes</source>
        <translation>musi być bezwzględną ścieżką katalogu na węzłach</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <source>unbalanced brackets in &apos;%1&apos;</source>
        <translation>niezrównoważone nawiasy w &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>more than %1 nodes</source>
        <translation>więcej niż %1 węzłów</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&apos;%1&apos; is not a host range (like node[01-16])</source>
        <translation>&apos;%1&apos; nie jest zakresem hostów (jak node[01-16])</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a range of numbers</source>
        <translation>&apos;%1&apos; nie jest zakresem liczb</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: a value may not contain ; &quot; \ or a line break</source>
        <translation>%1: wartość nie może zawierać ; &quot; \ ani końca wiersza</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no cluster called %1: no profile is saved in %2</source>
        <translation>nie ma klastra o nazwie %1: w %2 nie zapisano żadnego profilu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cluster called %1 (saved: %2)</source>
        <translation>nie ma klastra o nazwie %1 (zapisane: %2)</translation>
    </message>
</context>
<context>
    <name>omv::ClusterSession::Worker</name>
    <message>
        <location filename="../common/gui/clustersession.cpp" line="+70"/>
        <source>sampling directly: the collector samples less often than every %1 s</source>
        <translation>odczyt bezpośredni: kolektor odczytuje rzadziej niż co %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sampling directly: %1</source>
        <translation>próbkowanie bezpośrednie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sampling directly</source>
        <translation>odczyt bezpośredni</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>live from the collector on %1</source>
        <translation>na żywo z kolektora na %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live from the collector</source>
        <translation>na żywo z kolektora</translation>
    </message>
</context>
<context>
    <name>omv::ClustersDialog</name>
    <message>
        <location filename="../common/gui/clustersdialog.cpp" line="+62"/>
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your clusters; the demo cluster is an emulated one on this machine</source>
        <translation>Twoje klastry; klaster demonstracyjny jest emulowany na tym komputerze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w</source>
        <translation>No&amp;wy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new profile from an empty form</source>
        <translation>Zacznij nowy profil od pustego formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd file…</source>
        <translation>&amp;Dodaj plik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile file kept elsewhere; it stays where it is</source>
        <translation>Dodaj plik profilu przechowywany gdzie indziej; zostaje tam, gdzie jest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected profile file (asks first); added files are only forgotten</source>
        <translation>Usuń wybrany plik profilu (najpierw pyta); dodane pliki są tylko zapominane</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name shown in window titles</source>
        <translation>Nazwa pokazywana w tytułach okien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (ask the gateway)</source>
        <translation>Automatycznie (zapytaj bramę)</translation>
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
        <translation>Zwykły Linux (migracja przez CRIU tam, gdzie działa)</translation>
    </message>
    <message>
        <location filename="../common/gui/clustersdialog.cpp" line="+3"/>
        <source>The kernel the nodes run</source>
        <translation>Jądro, na którym działają węzły</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh to every node</source>
        <translation>ssh do każdego węzła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this machine is the only node</source>
        <translation>ten komputer jest jedynym węzłem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How commands reach the nodes</source>
        <translation>Jak polecenia docierają do węzłów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node whose kernel table lists every node (host name or address)</source>
        <translation>Węzeł, którego tablica jądra wymienia wszystkie węzły (nazwa hosta lub adres)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node[01-16], gpu1</source>
        <translation>node[01-16], gpu1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain Linux: every node, by address or ssh host name (~/.ssh/config&apos;s names work); ranges as pdsh writes them. IDs are their order</source>
        <translation>Zwykły Linux: każdy węzeł, przez adres lub nazwę hosta ssh (nazwy z ~/.ssh/config działają); zakresy jak w pdsh. Numery to ich kolejność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: node addresses in openMosix map format (ID address count); otherwise the gateway&apos;s table is used</source>
        <translation>Opcjonalnie: adresy węzłów w formacie mapy openMosix (numer adres liczba); w przeciwnym razie używana jest tablica bramy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as in ~/.ssh/config, else your own</source>
        <translation>jak w ~/.ssh/config, inaczej Twój</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user ssh logs in as on every node (commands like mosctl need root)</source>
        <translation>Użytkownik, jako który ssh loguje się na każdy węzeł (polecenia takie jak mosctl wymagają roota)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default</source>
        <translation>domyślny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ssh port of the nodes; &quot;default&quot; takes ~/.ssh/config&apos;s or 22</source>
        <translation>Port ssh węzłów; &quot;domyślny&quot; bierze ten z ~/.ssh/config albo 22</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key to log in with; ssh-agent is tried first. A key with a passphrase asks for it</source>
        <translation>Klucz prywatny do logowania; najpierw próbowany jest ssh-agent. O hasło klucza program zapyta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where host keys are checked and saved (default ~/.ssh/known_hosts). An unknown key is shown to you first; a changed key is always refused</source>
        <translation>Gdzie sprawdzane i zapisywane są klucze hostów (domyślnie ~/.ssh/known_hosts). Nieznany klucz jest Ci najpierw pokazany; zmieniony jest zawsze odrzucany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history database the collector writes for this cluster (default: one per cluster in your data folder)</source>
        <translation>Baza historii, którą kolektor zapisuje dla tego klastra (domyślnie: jedna na klaster w Twoim katalogu danych)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kernel:</source>
        <translation>&amp;Jądro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reach nodes by:</source>
        <translation>&amp;Dostęp do węzłów:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Brama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;odes:</source>
        <translation>W&amp;ęzły:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node &amp;map file:</source>
        <translation>Plik &amp;mapy węzłów:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;user:</source>
        <translation>&amp;Użytkownik ssh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;port:</source>
        <translation>&amp;Port ssh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Tożsamość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_&amp;hosts:</source>
        <translation>known_&amp;hosts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>Baza &amp;danych:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Testuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the gateway with these settings and read every node once</source>
        <translation>Połącz się z bramą z tymi ustawieniami i raz odczytaj każdy węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the profile file</source>
        <translation>Zapisz plik profilu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+142"/>
        <source>An emulated openMosix cluster (omsim) started on this machine for as long as the window is open. Nothing to set up.</source>
        <translation>Emulowany klaster openMosix (omsim) uruchomiony na tym komputerze, dopóki okno jest otwarte. Nic do ustawiania.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Watch the selected cluster (saves the form first)</source>
        <translation>Obserwuj wybrany klaster (najpierw zapisuje formularz)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo cluster (emulated)</source>
        <translation>Klaster demonstracyjny (emulowany)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omsim on this machine</source>
        <translation>omsim na tym komputerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo, plain Linux</source>
        <translation>Demo, zwykły Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omsim on this machine, emulating stock kernels; processes move by checkpoint/restart</source>
        <translation>omsim na tym komputerze, emulujący zwykłe jądra; procesy przenoszone przez checkpoint/restart</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>An emulated cluster of plain Linux nodes (omsim, stock kernels; processes move by checkpoint/restart through omsim&apos;s stand-in for criu) started on this machine for as long as the window is open. Nothing to set up.</source>
        <translation>Emulowany klaster węzłów ze zwykłym Linuksem (omsim, zwykłe jądra; procesy przenoszone przez checkpoint/restart z zastępczym criu omsim) uruchomiony na tym komputerze, dopóki okno jest otwarte. Nic do ustawiania.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>default: %1</source>
        <translation>domyślnie: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Give the cluster a name.</source>
        <translation>Nadaj klastrowi nazwę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nodes: %1</source>
        <translation>Węzły: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Found: %1.</source>
        <translation>Znaleziono: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n node(s) listed, %1 up</source>
        <translation>
            <numerusform>%n węzeł na liście, działa %1</numerusform>
            <numerusform>%n węzły na liście, działa %1</numerusform>
            <numerusform>%n węzłów na liście, działa %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n node(s) not answering, first: %1</source>
        <translation>
            <numerusform>%n węzeł nie odpowiada, pierwszy: %1</numerusform>
            <numerusform>%n węzły nie odpowiadają, pierwszy: %1</numerusform>
            <numerusform>%n węzłów nie odpowiada, pierwszy: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>new cluster</source>
        <translation>nowy klaster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a cluster profile</source>
        <translation>Dodaj profil klastra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster profiles (*.ini);;All files (*)</source>
        <translation>Profile klastrów (*.ini);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile file %1?</source>
        <translation>Usunąć plik profilu %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete %1</source>
        <translation>Nie można usunąć %1</translation>
    </message>
</context>
<context>
    <name>omv::CollectorControl</name>
    <message>
        <location filename="../common/gui/collectorcontrol.cpp" line="+120"/>
        <source>managed by %1 on %2: systemctl start %1 there</source>
        <translation>zarządzany przez %1 na %2: tam systemctl start %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managed by %1: systemctl start %1</source>
        <translation>zarządzany przez %1: systemctl start %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>managed by %1 on %2: systemctl stop %1 there</source>
        <translation>zarządzany przez %1 na %2: tam systemctl stop %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managed by %1: systemctl stop %1</source>
        <translation>zarządzany przez %1: systemctl stop %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>openmosixcollector is not installed next to %1</source>
        <translation>openmosixcollector nie jest zainstalowany obok %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1</source>
        <translation>nie można utworzyć %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start %1: %2</source>
        <translation>nie można uruchomić %1: %2</translation>
    </message>
</context>
<context>
    <name>omv::Command</name>
    <message>
        <location filename="../common/core/model/command.cpp" line="+35"/>
        <source>the balancer places it</source>
        <translation>balanser go umieszcza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no migration</source>
        <translation>bez migracji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run home</source>
        <translation>uruchom w domu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run on a node</source>
        <translation>uruchom na węźle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU job</source>
        <translation>zadanie obliczeniowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/O job</source>
        <translation>zadanie wejścia/wyjścia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no decay</source>
        <translation>bez zaniku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slow decay</source>
        <translation>powolny zanik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fast decay</source>
        <translation>szybki zanik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>włączone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set speed of node %1 to %2</source>
        <translation>ustaw szybkość węzła %1 na %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatic migration on node %1 %2</source>
        <translation>automatyczna migracja na węźle %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quiet on node %1 %2</source>
        <translation>cisza na węźle %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local processes stay on node %1 %2</source>
        <translation>lokalne procesy zostają na węźle %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block guests on node %1 %2</source>
        <translation>blokada gości na węźle %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expel guests from node %1</source>
        <translation>wyrzuć gości z węzła %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bring processes home to node %1</source>
        <translation>sprowadź procesy do domu na węzeł %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start node %1</source>
        <translation>uruchom węzeł %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop node %1</source>
        <translation>zatrzymaj węzeł %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 of node %2 to node %3</source>
        <translation>przenieś proces %1 z węzła %2 na węzeł %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 home to node %2</source>
        <translation>przenieś proces %1 do domu na węzeł %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 of node %2 to the best node</source>
        <translation>przenieś proces %1 z węzła %2 na najlepszy węzeł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send SIG%1 to process %2 of node %3</source>
        <translation>wyślij SIG%1 do procesu %2 z węzła %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renice process %1 of node %2 to %3</source>
        <translation>zmień priorytet procesu %1 z węzła %2 na %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock process %1 to its home node %2</source>
        <translation>zablokuj proces %1 na jego węźle domowym %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlock process %1 of node %2</source>
        <translation>odblokuj proces %1 z węzła %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run %1 from node %2 on node %3</source>
        <translation>uruchom %1 z węzła %2 na węźle %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 on node %2 (%3)</source>
        <translation>uruchom %1 na węźle %2 (%3)</translation>
    </message>
</context>
<context>
    <name>omv::CommandBuilder</name>
    <message>
        <location filename="../common/core/backend/commandbuilder.cpp" line="+18"/>
        <source>node ID %1 is out of range %2..%3</source>
        <translation>numer węzła %1 spoza zakresu %2..%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>process ID %1 is out of range 1..%2</source>
        <translation>numer procesu %1 spoza zakresu 1..%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../common/core/backend/openmosix/openmosixdriver.cpp" line="+19"/>
        <source>speed %1 is out of range %2..%3</source>
        <translation>szybkość %1 spoza zakresu %2..%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>target node ID %1 is out of range</source>
        <translation>docelowy numer węzła %1 jest spoza zakresu</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>no program to run</source>
        <translation>brak programu do uruchomienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program name cannot start with &apos;-&apos;</source>
        <translation>nazwa programu nie może zaczynać się od &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an argument contains a NUL character</source>
        <translation>argument zawiera znak NUL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command line is longer than 64 KiB</source>
        <translation>wiersz polecenia jest dłuższy niż 64 KiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nice value %1 is out of range %2..%3</source>
        <translation>wartość nice %1 spoza zakresu %2..%3</translation>
    </message>
    <message>
        <location filename="../common/core/backend/mattx/mattxdriver.cpp" line="+44"/>
        <source>MattX has no &apos;best node&apos; request: choose the node first</source>
        <translation>MattX nie zna żądania &apos;najlepszy węzeł&apos;: najpierw wybierz węzeł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not offered by MattX</source>
        <translation>MattX tego nie oferuje</translation>
    </message>
    <message>
        <location filename="../common/core/backend/commandbuilder.cpp" line="+52"/>
        <location filename="../common/core/backend/linux/linuxdriver.cpp" line="+27"/>
        <location filename="../common/core/backend/openmosix/openmosixdriver.cpp" line="+32"/>
        <location line="+49"/>
        <source>not offered by this backend</source>
        <translation>ten backend tego nie oferuje</translation>
    </message>
    <message>
        <location filename="../common/core/backend/mattx/mattxdriver.cpp" line="-39"/>
        <source>MattX has no such switch: its admin file takes only balancer, affinity, exclude, include, debug and migrate</source>
        <translation>MattX nie ma takiego przełącznika: jego plik admin przyjmuje tylko balancer, affinity, exclude, include, debug i migrate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MattX nodes are started and stopped by loading and unloading the kernel module on the node; the admin file cannot do it</source>
        <translation>Węzły MattX uruchamia się i zatrzymuje, ładując i usuwając moduł jądra na węźle; plik admin tego nie potrafi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MattX cannot lock a single process; add its command name to the exclude list instead</source>
        <translation>MattX nie potrafi zablokować pojedynczego procesu; zamiast tego dodaj nazwę jego polecenia do listy wykluczeń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MattX has no &apos;best node&apos; request: the suite picks the node with the lowest load per capacity</source>
        <translation>MattX nie zna żądania &apos;najlepszy węzeł&apos;: pakiet wybiera węzeł o najniższym obciążeniu względem możliwości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MattX has no mosrun: a program starts on the node you pick and its balancer moves it; keep it home with the exclude list</source>
        <translation>MattX nie ma mosrun: program startuje na wybranym węźle, a jego balanser go przenosi; w domu zatrzymasz go listą wykluczeń</translation>
    </message>
    <message>
        <location filename="../common/core/backend/linux/linuxdriver.cpp" line="-17"/>
        <source>plain Linux nodes cannot migrate processes</source>
        <translation>węzły ze zwykłym Linuksem nie potrafią migrować procesów</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>plain Linux kernels have no such switch</source>
        <translation>zwykłe jądra Linuksa nie mają takiego przełącznika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by checkpoint/restart (CRIU) where both nodes have a working CRIU</source>
        <translation>przez checkpoint/restart (CRIU), gdy oba węzły mają działające CRIU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the suite picks the node with the lowest load per CPU; moved by checkpoint/restart (CRIU)</source>
        <translation>pakiet wybiera węzeł o najniższym obciążeniu na procesor; przeniesienie przez checkpoint/restart (CRIU)</translation>
    </message>
</context>
<context>
    <name>omv::CommandDispatcher</name>
    <message>
        <location filename="../common/core/backend/commanddispatcher.cpp" line="+64"/>
        <source>not in the audit trail: %1</source>
        <translation>nie ma w dzienniku audytu: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — done</source>
        <translation>%1 — wykonano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — FAILED: %2</source>
        <translation>%1 — NIEUDANE: %2</translation>
    </message>
</context>
<context>
    <name>omv::CommandResult</name>
    <message>
        <location filename="../common/core/model/commandresult.cpp" line="+14"/>
        <source>exit status %1</source>
        <translation>kod wyjścia %1</translation>
    </message>
</context>
<context>
    <name>omv::FeedMessage</name>
    <message>
        <location filename="../common/core/model/snapshotfeed.cpp" line="+257"/>
        <source>not a delta</source>
        <translation>to nie jest delta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the delta follows snapshot %1, this one is %2</source>
        <translation>delta następuje po migawce %1, ta jest %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>not a snapshot feed message</source>
        <translation>to nie jest wiadomość strumienia migawek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feed version %1, this program reads %2</source>
        <translation>wersja strumienia %1, ten program czyta %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a damaged snapshot feed message</source>
        <translation>uszkodzona wiadomość strumienia migawek</translation>
    </message>
</context>
<context>
    <name>omv::GuestPanel</name>
    <message>
        <location filename="../procs/guestpanel.cpp" line="+28"/>
        <source>Send &amp;home</source>
        <translation>Odeślij do &amp;domu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;best node</source>
        <translation>Wyślij na &amp;najlepszy węzeł</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node whose guests are listed, or every node</source>
        <translation>Węzeł, którego goście są wymienieni, lub każdy węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uests of:</source>
        <translation>G&amp;oście na:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migrate the selected guests back to the nodes they were born on</source>
        <translation>Przenieś wybranych gości z powrotem na węzły, na których się urodzili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the cluster move the selected guests to the least loaded node</source>
        <translation>Pozwól klastrowi przenieść wybranych gości na najmniej obciążony węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many guests the kernel lists</source>
        <translation>Ilu gości wymienia jądro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processes born on other nodes that the listed node computes. Enter: send home</source>
        <translation>Procesy urodzone na innych węzłach, które liczy wymieniony węzeł. Enter: odeślij do domu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What each command did, per guest</source>
        <translation>Co zrobiło każde polecenie, dla każdego gościa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of &quot;send home&quot; and &quot;send to best node&quot; appear here.</source>
        <translation>Tu pojawią się wyniki „odeślij do domu” i „wyślij na najlepszy węzeł”.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n guest(s) on node %1</source>
        <translation>
            <numerusform>%n gość na węźle %1</numerusform>
            <numerusform>%n gości na węźle %1</numerusform>
            <numerusform>%n gości na węźle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n guest(s) in the cluster</source>
        <translation>
            <numerusform>%n gość w klastrze</numerusform>
            <numerusform>%n gości w klastrze</numerusform>
            <numerusform>%n gości w klastrze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>guest %1 on node %2 (from node %3) — FAILED: node %2 does not say which process of node %3 it is</source>
        <translation>gość %1 na węźle %2 (z węzła %3) — NIEUDANE: węzeł %2 nie mówi, którym procesem węzła %3 jest</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Sending %n command(s)…</source>
        <translation>
            <numerusform>Wysyłanie %n polecenia…</numerusform>
            <numerusform>Wysyłanie %n poleceń…</numerusform>
            <numerusform>Wysyłanie %n poleceń…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::GuestTableModel</name>
    <message>
        <location filename="../common/gui/guesttablemodel.cpp" line="+129"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The node does not say which process of node %1 this is, so it cannot be sent anywhere from here</source>
        <translation>Węzeł nie mówi, którym procesem węzła %1 to jest, więc stąd nie można go nigdzie wysłać</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node %1 at %2</source>
        <translation>Węzeł %1 pod %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Runs on</source>
        <translation>Działa na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID there</source>
        <translation>PID tam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID at home</source>
        <translation>PID w domu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The node that computes the guest</source>
        <translation>Węzeł, który liczy gościa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its pid on that node (openMosix remote pid, MattX stub pid)</source>
        <translation>Jego PID na tym węźle (zdalny PID openMosix, PID zaślepki MattX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node it was born on</source>
        <translation>Węzeł, na którym się urodził</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its pid on its home node: how the other windows name it</source>
        <translation>Jego PID na węźle domowym: tak nazywają go inne okna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of one CPU since the previous sample</source>
        <translation>Udział jednego procesora od poprzedniego odczytu</translation>
    </message>
</context>
<context>
    <name>omv::GuiPrompts</name>
    <message>
        <location filename="../common/gui/prompts.cpp" line="+86"/>
        <source>Unknown host key</source>
        <translation>Nieznany klucz hosta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 (port %2) is not known yet.

Its %3 key has the fingerprint
%4

Compare it with the one the node&apos;s administrator gives you before you accept it.</source>
        <translation>Host %1 (port %2) nie jest jeszcze znany.

Jego klucz %3 ma odcisk
%4

Zanim go przyjmiesz, porównaj go z tym, który poda administrator węzła.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept and remember</source>
        <translation>Przyjmij i zapamiętaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept once</source>
        <translation>Przyjmij jednorazowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect and add the key to %1</source>
        <translation>Połącz i dodaj klucz do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this time without remembering the key</source>
        <translation>Połącz tym razem bez zapamiętywania klucza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not connect to this host</source>
        <translation>Nie łącz się z tym hostem</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Key passphrase</source>
        <translation>Hasło klucza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for %1:</source>
        <translation>Hasło dla %1:</translation>
    </message>
</context>
<context>
    <name>omv::HelpMenu</name>
    <message>
        <location filename="../common/gui/helpmenu.cpp" line="+93"/>
        <source>No manual page for %1 is installed (%2). The README describes every program.</source>
        <translation>Strona podręcznika %1 nie jest zainstalowana (%2). README opisuje każdy program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>man found none</source>
        <translation>man nie znalazł żadnej</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>In every table:</source>
        <translation>W każdej tabeli:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab	from the table to the next or previous control</source>
        <translation>Tab, Shift+Tab	z tabeli do następnego lub poprzedniego elementu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Page Up/Down, Home, End	move between rows and cells</source>
        <translation>Strzałki, Page Up/Down, Home, End	ruch między wierszami i komórkami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift or Ctrl with the above, Ctrl+A	select several rows, all rows</source>
        <translation>Shift lub Ctrl z powyższymi, Ctrl+A	zaznacz kilka wierszy, wszystkie wiersze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter	open the row (a node&apos;s settings, a process&apos;s actions)</source>
        <translation>Enter	otwórz wiersz (ustawienia węzła, działania procesu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2	edit the cell: a node&apos;s speed slider (arrows, then Enter)</source>
        <translation>F2	edytuj komórkę: suwak szybkości węzła (strzałki, potem Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key, Shift+F10	the row&apos;s context menu</source>
        <translation>Klawisz menu, Shift+F10	menu kontekstowe wiersza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters	jump to the row that starts with them</source>
        <translation>Litery	skok do wiersza, który się od nich zaczyna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manual</source>
        <translation>&amp;Podręcznik</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manual</source>
        <translation>Podręcznik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — manual</source>
        <translation>%1 — podręcznik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This program&apos;s manual page</source>
        <translation>Strona podręcznika tego programu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Klawiatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — keyboard</source>
        <translation>%1 — klawiatura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every shortcut of this window</source>
        <translation>Wszystkie skróty tego okna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About %1</source>
        <translation>&amp;O programie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %1</source>
        <translation>O programie %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version and what this program is</source>
        <translation>Wersja i opis tego programu</translation>
    </message>
</context>
<context>
    <name>omv::HistoryReader</name>
    <message>
        <location filename="../common/core/store/historyreader.cpp" line="+89"/>
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reading failed: %2 — the file may be damaged</source>
        <translation>%1: odczyt nie powiódł się: %2 — plik może być uszkodzony</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot be opened</source>
        <translation>%1: nie można otworzyć</translation>
    </message>
</context>
<context>
    <name>omv::HistorySource</name>
    <message>
        <location filename="../common/core/store/historysource.cpp" line="+83"/>
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the channel to %1 is closed</source>
        <translation>kanał do %1 jest zamknięty</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 sent %2</source>
        <translation>%1 przysłał %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 sent a request where an answer belongs</source>
        <translation>%1 przysłał żądanie zamiast odpowiedzi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 nie odpowiedział w ciągu %2 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent a bad frame: %2</source>
        <translation>%1 przysłał błędną ramkę: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the channel to %1 closed</source>
        <translation>kanał do %1 się zamknął</translation>
    </message>
    <message>
        <location filename="../common/core/store/historysource.h" line="+60"/>
        <source>%1 answered a %2 request with data that does not read: %3</source>
        <translation>%1 odpowiedział na zapytanie %2 danymi, których nie da się odczytać: %3</translation>
    </message>
</context>
<context>
    <name>omv::HistoryWindow</name>
    <message>
        <location filename="../history/historywindow.cpp" line="+109"/>
        <source>only migrated</source>
        <translation>tylko przeniesione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only guests</source>
        <translation>tylko goście</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — the cluster at any moment — openmosixhistory</source>
        <translation>%1 — klaster w dowolnej chwili — openmosixhistory</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+243"/>
        <source>load %</source>
        <translation>obciążenie %</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>mean load</source>
        <translation>średnie obciążenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click: the cluster at that moment</source>
        <translation>Klik: klaster w tej chwili</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The moment shown (t / Shift+T: next / previous sample, b: type a time)</source>
        <translation>Pokazana chwila (t / Shift+T: następny / poprzedni odczyt, b: wpisz czas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The moment shown; type one and press Enter</source>
        <translation>Pokazana chwila; wpisz inną i naciśnij Enter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first recorded moment (Home)</source>
        <translation>Pierwsza zapisana chwila (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event before</source>
        <translation>Poprzednie zdarzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour earlier</source>
        <translation>Godzinę wcześniej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minute earlier</source>
        <translation>Minutę wcześniej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorded sample before (Shift+T)</source>
        <translation>Poprzedni zapisany odczyt (Shift+T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recorded sample after (t)</source>
        <translation>Następny zapisany odczyt (t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minute later</source>
        <translation>Minutę później</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour later</source>
        <translation>Godzinę później</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event after</source>
        <translation>Następne zdarzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last recorded moment (End)</source>
        <translation>Ostatnia zapisana chwila (End)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Play from the moment shown, this many times real time</source>
        <translation>Odtwarzaj od pokazanej chwili, tyle razy szybciej niż w rzeczywistości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play: stopped</source>
        <translation>Odtwarzanie: zatrzymane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play %1×</source>
        <translation>Odtwarzanie %1×</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Only this owner&apos;s processes</source>
        <translation>Tylko procesy tego właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation>Wszyscy właściciele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes running on this node</source>
        <translation>Tylko procesy działające na tym węźle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All nodes</source>
        <translation>Wszystkie węzły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command, user or pid…</source>
        <translation>Polecenie, użytkownik lub PID…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mark A</source>
        <translation>Znacznik A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The moment shown is the start (A)</source>
        <translation>Pokazana chwila jest początkiem (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark B</source>
        <translation>Znacznik B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The moment shown is the end (B)</source>
        <translation>Pokazana chwila jest końcem (B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark two moments: what started, ended and moved between them</source>
        <translation>Zaznacz dwie chwile: co się zaczęło, skończyło i przeniosło pomiędzy nimi</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Double click: the cluster at that moment</source>
        <translation>Dwuklik: klaster w tej chwili</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+456"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="-456"/>
        <location line="+456"/>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processes then</source>
        <translation>Procesy wtedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between A and B</source>
        <translation>Między A i B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>%1 holds no samples yet</source>
        <translation>%1 nie zawiera jeszcze odczytów</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>node %1</source>
        <translation>węzeł %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>pid %1 of node %2 did not exist at %3</source>
        <translation>PID %1 węzła %2 nie istniał w chwili %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: nothing recorded at or before it</source>
        <translation>%1: nic nie zapisano w tej chwili ani wcześniej</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · sample of %2%3 · %n process(es)</source>
        <translation>
            <numerusform>%1 · odczyt z %2%3 · %n proces</numerusform>
            <numerusform>%1 · odczyt z %2%3 · %n procesy</numerusform>
            <numerusform>%1 · odczyt z %2%3 · %n procesów</numerusform>
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
        <translation>węzeł %1 </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1”%2</source>
        <translation>„%1”%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> sent by %1</source>
        <translation> wysłane przez %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A %1 — B %2 (%3)</source>
        <translation>A %1 — B %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 — B %2: %3 started, %4 ended, %5 moved</source>
        <translation>A %1 — B %2: rozpoczęte %3, zakończone %4, przeniesione %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — only until %1 (more than %L2 changes: mark a shorter A–B)</source>
        <translation> — tylko do %1 (więcej niż %L2 zmian: zaznacz krótszy odcinek A–B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cluster</source>
        <translation>klaster</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1: nothing was written (is the place writable?)</source>
        <translation>%1: nic nie zostało zapisane (czy to miejsce jest zapisywalne?)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export processes as &amp;CSV…</source>
        <translation>Eksportuj procesy jako &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Export the processes</source>
        <translation>Eksport procesów</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-261"/>
        <source> (averages of %n minute(s): raw samples aged out)</source>
        <translation>
            <numerusform> (średnie z %n minuty: surowe próbki wygasły)</numerusform>
            <numerusform> (średnie z %n minut: surowe próbki wygasły)</numerusform>
            <numerusform> (średnie z %n minut: surowe próbki wygasły)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source> (averages of %n minute(s))</source>
        <translation>
            <numerusform> (średnie z %n minuty)</numerusform>
            <numerusform> (średnie z %n minut)</numerusform>
            <numerusform> (średnie z %n minut)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nice</source>
        <translation>Nice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves</source>
        <translation>Migracje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>Zablokowany</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Logged: %n sample(s), %1 – %2</source>
        <translation>
            <numerusform>Zarejestrowano: %n próbkę, %1 – %2</numerusform>
            <numerusform>Zarejestrowano: %n próbki, %1 – %2</numerusform>
            <numerusform>Zarejestrowano: %n próbek, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the process&apos;s &amp;log as CSV…</source>
        <translation>Eksportuj &amp;dziennik procesu jako CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the process&apos;s log</source>
        <translation>Eksport dziennika procesu</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Every logged sample of the selected process (logged from openmosixprocs) as CSV</source>
        <translation>Każda zarejestrowana próbka wybranego procesu (rejestrowanego z openmosixprocs) jako CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The processes shown at this moment as CSV</source>
        <translation>Procesy pokazane w tej chwili jako CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export processes as &amp;PDF…</source>
        <translation>Eksportuj procesy jako &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print processes…</source>
        <translation>&amp;Drukuj procesy…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster at any recorded moment.</source>
        <translation>Klaster w dowolnej zapisanej chwili.</translation>
    </message>
</context>
<context>
    <name>omv::KernelFound</name>
    <message>
        <location filename="../common/core/backend/backendfactory.cpp" line="+109"/>
        <source>not a regular file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot tell which kernel %1 runs (backend=auto): %2</source>
        <translation>nie można ustalić, jakie jądro działa na %1 (backend=auto): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 runs %2</source>
        <translation>%1 ma %2</translation>
    </message>
    <message>
        <location filename="../common/core/backend/kerneldetect.cpp" line="+11"/>
        <source> on kernel %1</source>
        <translation> na jądrze %1</translation>
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
        <translation>zwykłe jądro Linuksa (brak /proc/hpc, brak /proc/mattx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plain Linux kernel %1 (no /proc/hpc, no /proc/mattx)</source>
        <translation>zwykłe jądro Linuksa %1 (brak /proc/hpc, brak /proc/mattx)</translation>
    </message>
    <message>
        <location filename="../common/core/backend/kerneldetect.cpp" line="+63"/>
        <source>the node&apos;s answer is not one this program asked for: %1</source>
        <translation>odpowiedź węzła nie jest tą, o którą pytał program: %1</translation>
    </message>
    <message>
        <location filename="../common/core/backend/openmosix/openmosixdriver.cpp" line="+5"/>
        <source>%1 runs no openMosix kernel (/proc/hpc is missing)</source>
        <translation>%1 nie ma jądra openMosix (brak /proc/hpc)</translation>
    </message>
    <message>
        <location filename="../common/core/backend/mattx/mattxdriver.cpp" line="+5"/>
        <source>%1 runs no MattX kernel (/proc/mattx is missing)</source>
        <translation>%1 nie ma jądra MattX (brak /proc/mattx)</translation>
    </message>
    <message>
        <location filename="../common/core/backend/kerneldetect.cpp" line="+12"/>
        <source>%1 does not let this user read the kernel&apos;s files (permission denied)</source>
        <translation>%1 nie pozwala temu użytkownikowi czytać plików jądra (brak uprawnień)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; it has %1: choose backend=%2 (or auto) in the profile</source>
        <translation>; ma %1: wybierz backend=%2 (lub auto) w profilu</translation>
    </message>
</context>
<context>
    <name>omv::LifeStrip</name>
    <message>
        <location filename="../history/lifestrip.cpp" line="+27"/>
        <source>The selected process&apos;s life: a bar per stay on a node, a mark per migration</source>
        <translation>Życie wybranego procesu: pasek na każdy pobyt na węźle, znacznik na każdą migrację</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Select a process to see its life</source>
        <translation>Wybierz proces, aby zobaczyć jego życie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid %1 of node %2 (%3): %4</source>
        <translation>PID %1 węzła %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1 (home)</source>
        <translation>węzeł %1 (dom)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1</source>
        <translation>węzeł %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ended %1</source>
        <translation>zakończony %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>still running</source>
        <translation>wciąż działa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: moved from node %2 to node %3 by %4</source>
        <translation>%1: przeniesiony z węzła %2 na węzeł %3 przez %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the balancer</source>
        <translation>balanser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on node %1 from %2 %3</source>
        <translation>na węźle %1 od %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>włączone</translation>
    </message>
</context>
<context>
    <name>omv::LinuxBackend</name>
    <message>
        <location filename="../common/core/backend/linux/linuxbackend.cpp" line="+67"/>
        <source>cannot read the proc tree on the node</source>
        <translation>nie można odczytać drzewa proc na węźle</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>stat: no cpu lines</source>
        <translation>stat: brak wierszy cpu</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>a plain Linux kernel has no migration switches</source>
        <translation>zwykłe jądro Linuksa nie ma przełączników migracji</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>criu is not installed: migration needs CRIU on both nodes</source>
        <translation>criu nie jest zainstalowane: migracja wymaga CRIU na obu węzłach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>criu did not say its version</source>
        <translation>criu nie podało swojej wersji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRIU %1: &apos;criu check&apos; fails on this node: %2</source>
        <translation>CRIU %1: &apos;criu check&apos; nie przechodzi na tym węźle: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>bez podanej przyczyny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRIU %1 on kernel %2: migration available</source>
        <translation>CRIU %1 na jądrze %2: migracja dostępna</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CRIU %1 cannot checkpoint on kernel %2: before 4.1 it fails there with &quot;Unexpected rt vDSO area bounds&quot;; install CRIU 4.1 or newer</source>
        <translation>CRIU %1 nie zrobi punktu kontrolnego na jądrze %2: przed wersją 4.1 kończy się tam błędem &quot;Unexpected rt vDSO area bounds&quot;; zainstaluj CRIU 4.1 lub nowsze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRIU %1 is too old: the suite needs 3.11 or newer (--leave-stopped, --pidfile)</source>
        <translation>CRIU %1 jest za stare: pakiet wymaga 3.11 lub nowszego (--leave-stopped, --pidfile)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+621"/>
        <source>no address is known for node %1</source>
        <translation>nie jest znany adres węzła %1</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>cannot ask node %1 about CRIU: %2</source>
        <translation>nie można zapytać węzła %1 o CRIU: %2</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>no sample of the cluster yet: the best node is not known</source>
        <translation>nie ma jeszcze próbki klastra: najlepszy węzeł nie jest znany</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no other node that is up has a working CRIU to take process %1</source>
        <translation>żaden inny działający węzeł nie ma działającego CRIU, by przyjąć proces %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the suite chose node %1, the one with the lowest load per CPU (%2 %)</source>
        <translation>pakiet wybrał węzeł %1, ten o najniższym obciążeniu na procesor (%2 %)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no sample of the cluster yet: where process %1 of node %2 runs is not known</source>
        <translation>nie ma jeszcze próbki klastra: nie wiadomo, gdzie działa proces %1 węzła %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 of node %2 is not running</source>
        <translation>proces %1 węzła %2 nie działa</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>it writes its memory about as fast as the rounds send it (a pre-dump right after the first took %1 of its %2 again; nothing was sent)</source>
        <translation>zapisuje pamięć mniej więcej tak szybko, jak rundy ją wysyłają (wstępny zrzut tuż po pierwszym objął znów %1 z jego %2; nic nie wysłano)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>process %1 already runs on node %2</source>
        <translation>proces %1 już działa na węźle %2</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>the pre-dump did not say where its images are</source>
        <translation>wstępny zrzut nie podał, gdzie są jego obrazy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>criu pre-dump on node %1: %2</source>
        <translation>criu pre-dump na węźle %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it writes its memory about as fast as the rounds send it (pre-dump %1 took %2 again; the %3 sent before were dropped)</source>
        <translation>zapisuje pamięć mniej więcej tak szybko, jak rundy ją wysyłają (wstępny zrzut %1 objął znów %2; wysłane wcześniej %3 odrzucono)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>node %1 did not say where it keeps the images</source>
        <translation>węzeł %1 nie podał, gdzie trzyma obrazy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sending pre-dump %1 to node %2: %3</source>
        <translation>wysyłanie wstępnego zrzutu %1 do węzła %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pre-dump %1: %2 sent to node %3 while it runs</source>
        <translation>wstępny zrzut %1: %2 wysłano do węzła %3, gdy proces działa</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>node %1 cannot take part in a migration: %2</source>
        <translation>węzeł %1 nie może wziąć udziału w migracji: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>final dump of what it wrote since: stopped from now until it runs on node %1</source>
        <translation>końcowy zrzut tego, co od tej pory zapisał: zatrzymany od teraz, aż ruszy na węźle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checkpoint: stopped from now until it runs on node %1</source>
        <translation>punkt kontrolny: zatrzymany od teraz, aż ruszy na węźle %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>node %1: criu dump failed, process %2 goes on there: %3</source>
        <translation>węzeł %1: criu dump nie powiódł się, proces %2 działa tam dalej: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(a process with an established TCP connection stays on its node: the other end knows this node&apos;s address, not the target&apos;s)</source>
        <translation>(proces z nawiązanym połączeniem TCP zostaje na swoim węźle: druga strona zna adres tego węzła, nie docelowego)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>— and the stopped original on node %1 could not be continued: %2 (continue it by hand: kill -CONT %3)</source>
        <translation>— a zatrzymanego oryginału na węźle %1 nie udało się wznowić: %2 (wznów go ręcznie: kill -CONT %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: criu dump did not say where its images are</source>
        <translation>węzeł %1: criu dump nie podał, gdzie są jego obrazy</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>the images could not be read on node %1: %2</source>
        <translation>nie można odczytać obrazów na węźle %1: %2</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>node %1: the restore failed, process %2 goes on on node %3: %4</source>
        <translation>węzeł %1: odtworzenie nie powiodło się, proces %2 działa dalej na węźle %3: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>live: %n pre-dump round(s) while it ran (%1), then %2 with it stopped for %3 s; %4 relayed from node %5 to node %6</source>
        <translation>
            <numerusform>na żywo: %n runda wstępnego zrzutu w trakcie działania (%1), potem %2 przy zatrzymaniu na %3 s; %4 przekazano z węzła %5 do węzła %6</numerusform>
            <numerusform>na żywo: %n rundy wstępnego zrzutu w trakcie działania (%1), potem %2 przy zatrzymaniu na %3 s; %4 przekazano z węzła %5 do węzła %6</numerusform>
            <numerusform>na żywo: %n rund wstępnego zrzutu w trakcie działania (%1), potem %2 przy zatrzymaniu na %3 s; %4 przekazano z węzła %5 do węzła %6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checkpoint of %1 relayed from node %2 to node %3</source>
        <translation>punkt kontrolny %1 przekazany z węzła %2 na węzeł %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checkpoint through %1</source>
        <translation>punkt kontrolny przez %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped for %1 s</source>
        <translation>zatrzymany na %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not live: %1</source>
        <translation>nie na żywo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restored as process %1</source>
        <translation>odtworzony jako proces %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 runs on node %2 now, but its stopped original on node %3 could not be ended: %4 (end it by hand: kill -KILL %1)</source>
        <translation>proces %1 działa teraz na węźle %2, ale jego zatrzymanego oryginału na węźle %3 nie udało się zakończyć: %4 (zakończ go ręcznie: kill -KILL %1)</translation>
    </message>
</context>
<context>
    <name>omv::LocalTransport</name>
    <message>
        <location filename="../common/core/transport/localtransport.cpp" line="+34"/>
        <source>cannot start setsid /bin/sh: %1</source>
        <translation>nie można uruchomić setsid /bin/sh: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>stopped: the other end of the stream gave up</source>
        <translation>zatrzymane: druga strona strumienia zrezygnowała</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command timed out after %1 ms</source>
        <translation>polecenie przekroczyło czas %1 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the shell was killed</source>
        <translation>powłoka została zabita</translation>
    </message>
</context>
<context>
    <name>omv::LogThrottle</name>
    <message numerus="yes">
        <location filename="../common/core/util/logthrottle.cpp" line="+31"/>
        <source>… and %n more like it in %1 s, the last: %2</source>
        <translation>
            <numerusform>… i jeszcze %n taki wpis w %1 s, ostatni: %2</numerusform>
            <numerusform>… i jeszcze %n takie wpisy w %1 s, ostatni: %2</numerusform>
            <numerusform>… i jeszcze %n takich wpisów w %1 s, ostatni: %2</numerusform>
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
        <translation>Każdy węzeł klastra; pierwszy wiersz to cały klaster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Refresh every </source>
        <translation> Odświeżaj co </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the nodes are sampled (1–60 seconds)</source>
        <translation>Jak często węzły są odczytywane (1–60 sekund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sampling until pressed again (Ctrl+Shift+P or Pause)</source>
        <translation>Wstrzymaj odczyty do ponownego naciśnięcia (Ctrl+Shift+P lub Pause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample every node now (F5)</source>
        <translation>Odczytaj teraz każdy węzeł (F5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the cluster</source>
        <translation>Połączenie z klastrem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the table was last filled</source>
        <translation>Kiedy tabela była ostatnio wypełniona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether a collector records this cluster&apos;s history</source>
        <translation>Czy kolektor zapisuje historię tego klastra</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Klaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lusters…</source>
        <translation>K&amp;lastry…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create, edit, test and open cluster profiles (opens in a new window)</source>
        <translation>Twórz, edytuj, testuj i otwieraj profile klastrów (w nowym oknie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run program…</source>
        <translation>&amp;Uruchom program…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a program on a node, with a migration policy</source>
        <translation>Uruchom program na węźle, z wybraną polityką migracji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All nodes…</source>
        <translation>&amp;Wszystkie węzły…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch every node at once</source>
        <translation>Przełącz wszystkie węzły naraz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Eksportuj tabelę jako CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table as it is shown, as a CSV file for a spreadsheet</source>
        <translation>Zapisz tabelę tak, jak jest pokazana, jako plik CSV dla arkusza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print table…</source>
        <translation>&amp;Drukuj tabelę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the table as it is shown</source>
        <translation>Drukuj tabelę tak, jak jest pokazana</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Start &amp;collector</source>
        <translation>Uruchom &amp;kolektor</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Record this cluster&apos;s history (openmosixcollector)</source>
        <translation>Zapisuj historię tego klastra (openmosixcollector)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close every window of this program (a collector started for a profile keeps recording)</source>
        <translation>Zamknij wszystkie okna tego programu (kolektor uruchomiony dla profilu zapisuje dalej)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Process manager (openmosixprocs)</source>
        <translation>Menedżer &amp;procesów (openmosixprocs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Migration monitor (openmosixmigmon)</source>
        <translation>Monitor &amp;migracji (openmosixmigmon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History &amp;analyzer (openmosixanalyzer)</source>
        <translation>&amp;Analizator historii (openmosixanalyzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process &amp;history (openmosixhistory)</source>
        <translation>&amp;Historia procesów (openmosixhistory)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Not part of this build yet</source>
        <translation>Jeszcze nie w tej wersji</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Programs</source>
        <translation>Programy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot start %1.</source>
        <translation>Nie można uruchomić %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch and steer a process-migration cluster: openMosix, LinuxPMI, MattX and plain Linux.</source>
        <translation>Obserwuj i steruj klastrem z migracją procesów: openMosix, LinuxPMI, MattX i zwykły Linux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open it for this cluster</source>
        <translation>Otwórz go dla tego klastra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collector: %1</source>
        <translation>Kolektor: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop &amp;collector</source>
        <translation>Zatrzymaj &amp;kolektor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording this cluster&apos;s history (%1)</source>
        <translation>Przestań zapisywać historię tego klastra (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this cluster&apos;s history into %1</source>
        <translation>Zapisuj historię tego klastra do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>openmosixcollector is not installed</source>
        <translation>openmosixcollector nie jest zainstalowany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collector: recording</source>
        <translation>Kolektor: zapisuje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector: recording (%1)</source>
        <translation>Kolektor: zapisuje (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector: off</source>
        <translation>Kolektor: wyłączony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collector records into %1 (%2)</source>
        <translation>Kolektor zapisuje do %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No collector records this cluster (Cluster ▸ Start collector)</source>
        <translation>Żaden kolektor nie zapisuje tego klastra (Klaster ▸ Uruchom kolektor)</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+36"/>
        <source>Collector</source>
        <translation>Kolektor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the collector on %1 …</source>
        <translation>Uruchamianie kolektora na %1 …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open another window.</source>
        <translation>Nie można otworzyć kolejnego okna.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Setting the speed failed: %1</source>
        <translation>Ustawienie szybkości nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from the cluster: %1</source>
        <translation>Brak odpowiedzi z klastra: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Connected to %1; %n node(s) not answering</source>
        <translation>
            <numerusform>Połączono z %1; %n węzeł nie odpowiada</numerusform>
            <numerusform>Połączono z %1; %n węzły nie odpowiadają</numerusform>
            <numerusform>Połączono z %1; %n węzłów nie odpowiada</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1</source>
        <translation>Połączono z %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — paused</source>
        <translation> — wstrzymane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — sampling…</source>
        <translation> — odczyt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no sample yet</source>
        <translation>jeszcze bez odczytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last sample %1</source>
        <translation>ostatni odczyt %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the table</source>
        <translation>Eksport tabeli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>omv::MattXBackend</name>
    <message>
        <location filename="../common/core/backend/mattx/mattxbackend.cpp" line="+179"/>
        <source>no address known for node %1</source>
        <translation>nie jest znany adres węzła %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no sample of the cluster yet: the best node is not known</source>
        <translation>nie ma jeszcze próbki klastra: najlepszy węzeł nie jest znany</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no other node is up to take process %1</source>
        <translation>żaden inny węzeł nie działa, by przyjąć proces %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MattX has no &apos;best node&apos; request: the suite chose node %1, the one with the lowest load per capacity (%2)</source>
        <translation>MattX nie zna żądania &apos;najlepszy węzeł&apos;: pakiet wybrał węzeł %1, ten o najniższym obciążeniu względem możliwości (%2)</translation>
    </message>
</context>
<context>
    <name>omv::MigratorDialog</name>
    <message>
        <location filename="../procs/migratordialog.cpp" line="+33"/>
        <source>Migrator — process %1</source>
        <translation>Migrator — proces %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Migrator — %n processes</source>
        <translation>
            <numerusform>Migrator — %n proces</numerusform>
            <numerusform>Migrator — %n procesy</numerusform>
            <numerusform>Migrator — %n procesów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+192"/>
        <source>%1 (pid %2 of node %3, runs on node %4, user %5)</source>
        <translation>%1 (PID %2 węzła %3, działa na węźle %4, użytkownik %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (pid %2 of node %3) has ended</source>
        <translation>%1 (pid %2 z węzła %3) zakończył się</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n selected processes: every action goes to each of them</source>
        <translation>
            <numerusform>%n wybrany proces: każda akcja trafia do niego</numerusform>
            <numerusform>%n wybrane procesy: każda akcja trafia do każdego z nich</numerusform>
            <numerusform>%n wybranych procesów: każda akcja trafia do każdego z nich</numerusform>
        </translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Migrate to</source>
        <translation>Przenieś na</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a node (or press Enter) to migrate there</source>
        <translation>Dwuklik na węźle (lub Enter), aby tam przenieść</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>(ended: %1)</source>
        <translation>(zakończone: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>node %1 — %2 — load %3 %</source>
        <translation>węzeł %1 — %2 — obciążenie %3 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 — %2 — down</source>
        <translation>węzeł %1 — %2 — nie działa</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Actions</source>
        <translation>Akcje</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>process %1: %2</source>
        <translation>proces %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Home</source>
        <translation>&amp;Dom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send it back to its home node</source>
        <translation>Odeślij go na węzeł domowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Best node</source>
        <translation>&amp;Najlepszy węzeł</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let the kernel pick the best node for it</source>
        <translation>Pozwól jądru wybrać dla niego najlepszy węzeł</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause it (SIGSTOP)</source>
        <translation>Wstrzymaj go (SIGSTOP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let it run again (SIGCONT)</source>
        <translation>Pozwól mu znów działać (SIGCONT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it on its home node: the balancer leaves it alone</source>
        <translation>Trzymaj go na węźle domowym: balanser go zostawia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let the balancer move it again</source>
        <translation>Pozwól balanserowi znów go przenosić</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kill…</source>
        <translation>Za&amp;bij…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End it (SIGKILL), after asking</source>
        <translation>Zakończ go (SIGKILL), po pytaniu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nice value: -20 (most CPU) to 19 (least); sent when you let go</source>
        <translation>Wartość nice: -20 (najwięcej CPU) do 19 (najmniej); wysyłana po puszczeniu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nice:</source>
        <translation>&amp;Nice:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The result for each process appears here.</source>
        <translation>Tu pojawi się wynik dla każdego procesu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each command answered, per process</source>
        <translation>Co odpowiedziało każde polecenie, dla każdego procesu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this window</source>
        <translation>Zamknij to okno</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Sending %n command(s)…</source>
        <translation>
            <numerusform>Wysyłanie %n polecenia…</numerusform>
            <numerusform>Wysyłanie %n poleceń…</numerusform>
            <numerusform>Wysyłanie %n poleceń…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::MonitorScene</name>
    <message>
        <location filename="../migmon/monitorscene.cpp" line="+523"/>
        <source>node %1 (%2)</source>
        <translation>węzeł %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — down</source>
        <translation> — nie działa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
load %1 %</source>
        <translation>
obciążenie %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
memory %1 of %2 GB used</source>
        <translation>
pamięć: %1 z %2 GB zajęte</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>
%n CPU(s)</source>
        <translation>
            <numerusform>
%n procesor</numerusform>
            <numerusform>
%n procesory</numerusform>
            <numerusform>
%n procesorów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, speed %1</source>
        <translation>, szybkość %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>
%n process(es) shown here</source>
        <translation>
            <numerusform>
%n proces pokazany tutaj</numerusform>
            <numerusform>
%n procesy pokazane tutaj</numerusform>
            <numerusform>
%n procesów pokazanych tutaj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::MonitorView</name>
    <message>
        <location filename="../migmon/monitorview.cpp" line="+44"/>
        <source>Migration monitor</source>
        <translation>Monitor migracji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes as discs, processes as squares beside the node they run on; drag a square onto a node to migrate it</source>
        <translation>Węzły jako koła, procesy jako kwadraty obok węzła, na którym działają; przeciągnij kwadrat na węzeł, aby go tam przenieść</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>pid %1 of node %2 — %3
%4
on node %5%6</source>
        <translation>PID %1 węzła %2 — %3
%4
na węźle %5%6</translation>
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
zablokowany: nie migruje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
last command: %1</source>
        <translation>
ostatnie polecenie: %1</translation>
    </message>
</context>
<context>
    <name>omv::MonitorWindow</name>
    <message>
        <location filename="../migmon/monitorwindow.cpp" line="+68"/>
        <source>%1 — openMosix migration monitor</source>
        <translation>%1 — monitor migracji openMosix</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>process %1@%2: %3</source>
        <translation>proces %1@%2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups </source>
        <translation>Grupy </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every </source>
        <translation>co </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the cluster is read (1–60 seconds)</source>
        <translation>Jak często klaster jest odczytywany (1–60 sekund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every node now (F5)</source>
        <translation>Odczytaj teraz każdy węzeł (F5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fit</source>
        <translation>&amp;Dopasuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole cluster in the window (Ctrl+0; * also)</source>
        <translation>Cały klaster w oknie (Ctrl+0; także *)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All processes</source>
        <translation>Wszystkie procesy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+134"/>
        <source>Homed on the watched node</source>
        <translation>Z domem na obserwowanym węźle</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Every process of the cluster, or only those whose home is the watched node (the original monitor&apos;s view)</source>
        <translation>Każdy proces klastra albo tylko te, których domem jest obserwowany węzeł (widok pierwotnego monitora)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All users</source>
        <translation>Wszyscy użytkownicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this user&apos;s processes</source>
        <translation>Tylko procesy tego użytkownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command or pid</source>
        <translation>Polecenie lub PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only processes whose command line contains this text, or with this pid</source>
        <translation>Tylko procesy, których wiersz polecenia zawiera ten tekst, lub o tym PID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only migrated</source>
        <translation>Tylko przeniesione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes away from their home node</source>
        <translation>Tylko procesy poza swoim węzłem domowym</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour by CPU %</source>
        <translation>Kolor według % CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour by user</source>
        <translation>Kolor według użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a square&apos;s colour tells (a process in a group has its group&apos;s colour)</source>
        <translation>Co mówi kolor kwadratu (proces w grupie ma kolor grupy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watched node in centre</source>
        <translation>Obserwowany węzeł w środku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw the watched node in the middle of the ring, as the original did; else on the ring with the others (beyond 48 nodes they stand on a grid)</source>
        <translation>Rysuj obserwowany węzeł w środku pierścienia, jak pierwowzór; inaczej na pierścieniu z innymi (powyżej 48 węzłów stoją w siatce)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A square&apos;s colour: CPU use or its user (a square in a group has the group&apos;s colour). A dark frame: away from home, with a line to its home node. A padlock: locked. Dashed: a command sent, waiting for a sample to show it done.</source>
        <translation>Kolor kwadratu: użycie CPU lub jego użytkownik (kwadrat w grupie ma kolor grupy). Ciemna ramka: poza domem, z linią do węzła domowego. Kłódka: zablokowany. Przerywany: polecenie wysłane, czeka na odczyt, który pokaże, że wykonane.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Command results</source>
        <translation>Wyniki poleceń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Process</source>
        <translation>&amp;Proces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Migrate…</source>
        <translation>&amp;Przenieś…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The actions for the selected processes (Enter)</source>
        <translation>Akcje dla wybranych procesów (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+366"/>
        <source>Send &amp;home</source>
        <translation>Odeślij do &amp;domu</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Migrate the selected processes back to their home node (H)</source>
        <translation>Przenieś wybrane procesy z powrotem na ich węzeł domowy (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+378"/>
        <source>&amp;Kill…</source>
        <translation>Za&amp;bij…</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>End the selected processes (asks first; Delete)</source>
        <translation>Zakończ wybrane procesy (najpierw pyta; Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put in group %1</source>
        <translation>Dodaj do grupy %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Out of its group</source>
        <translation>&amp;Wyjmij z grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected processes out of their groups</source>
        <translation>Wyjmij wybrane procesy z ich grup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Nodes, processes shown, commands waiting for a sample to confirm them</source>
        <translation>Węzły, pokazane procesy, polecenia czekające na potwierdzenie odczytem</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The migration monitor: drag processes from node to node.</source>
        <translation>Monitor migracji: przeciągaj procesy z węzła na węzeł.</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+19"/>
        <source>Homed on node %1</source>
        <translation>Z domem na węźle %1</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>… %n more</source>
        <translation>
            <numerusform>… i %n więcej</numerusform>
            <numerusform>… i %n więcej</numerusform>
            <numerusform>… i %n więcej</numerusform>
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
            <numerusform>Grupa %1: %n proces. Klik go zaznacza; klawisz %2 dodaje do niej zaznaczenie.</numerusform>
            <numerusform>Grupa %1: %n procesy. Klik je zaznacza; klawisz %2 dodaje do niej zaznaczenie.</numerusform>
            <numerusform>Grupa %1: %n procesów. Klik je zaznacza; klawisz %2 dodaje do niej zaznaczenie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n węzeł</numerusform>
            <numerusform>%n węzły</numerusform>
            <numerusform>%n węzłów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 down)</source>
        <translation> (%1 nie działa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 of %2 processes</source>
        <translation> · %1 z %2 procesów</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n pending</source>
        <translation>
            <numerusform> · %n oczekujący</numerusform>
            <numerusform> · %n oczekujące</numerusform>
            <numerusform> · %n oczekujących</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · read %1</source>
        <translation> · odczyt %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n node(s) not answering</source>
        <translation>
            <numerusform> · %n węzeł nie odpowiada</numerusform>
            <numerusform> · %n węzły nie odpowiadają</numerusform>
            <numerusform> · %n węzłów nie odpowiada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>sending %n process(es) home</source>
        <translation>
            <numerusform>odsyłanie %n procesu do domu</numerusform>
            <numerusform>odsyłanie %n procesów do domu</numerusform>
            <numerusform>odsyłanie %n procesów do domu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>migrating %n process(es) to node %1</source>
        <translation>
            <numerusform>przenoszenie %n procesu na węzeł %1</numerusform>
            <numerusform>przenoszenie %n procesów na węzeł %1</numerusform>
            <numerusform>przenoszenie %n procesów na węzeł %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>sending %n process(es) to the best node</source>
        <translation>
            <numerusform>wysyłanie %n procesu na najlepszy węzeł</numerusform>
            <numerusform>wysyłanie %n procesów na najlepszy węzeł</numerusform>
            <numerusform>wysyłanie %n procesów na najlepszy węzeł</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>signalling %n process(es)</source>
        <translation>
            <numerusform>sygnał do %n procesu</numerusform>
            <numerusform>sygnał do %n procesów</numerusform>
            <numerusform>sygnał do %n procesów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>locking %n process(es)</source>
        <translation>
            <numerusform>blokowanie %n procesu</numerusform>
            <numerusform>blokowanie %n procesów</numerusform>
            <numerusform>blokowanie %n procesów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>unlocking %n process(es)</source>
        <translation>
            <numerusform>odblokowywanie %n procesu</numerusform>
            <numerusform>odblokowywanie %n procesów</numerusform>
            <numerusform>odblokowywanie %n procesów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>pid %1 of node %2</source>
        <translation>PID %1 węzła %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now runs on node %2</source>
        <translation>%1 działa teraz na węźle %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not move: %2</source>
        <translation>%1 się nie przeniósł: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Put in &amp;group</source>
        <translation>Dodaj do &amp;grupy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of its group</source>
        <translation>Wyjmij z grupy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to &amp;best node</source>
        <translation>Wyślij na &amp;najlepszy węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Migrate to</source>
        <translation>&amp;Przenieś na</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node %1 (%2)%3</source>
        <translation>węzeł %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — down</source>
        <translation> — nie działa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in &amp;openmosixprocs</source>
        <translation>Otwórz w &amp;openmosixprocs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Programs</source>
        <translation>Programy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot start openmosixprocs.</source>
        <translation>Nie można uruchomić openmosixprocs.</translation>
    </message>
</context>
<context>
    <name>omv::NodeDialog</name>
    <message>
        <location filename="../app/nodedialog.cpp" line="+27"/>
        <source>&amp;Automatic migration</source>
        <translation>&amp;Automatyczna migracja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the balancer move processes away from this node</source>
        <translation>Pozwól balanserowi przenosić procesy z tego węzła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiet</source>
        <translation>&amp;Cisza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop telling the other nodes this node&apos;s load</source>
        <translation>Przestań podawać innym węzłom obciążenie tego węzła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local processes stay</source>
        <translation>&amp;Lokalne procesy zostają</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes started here are not migrated</source>
        <translation>Procesy uruchomione tutaj nie są przenoszone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block guests</source>
        <translation>&amp;Blokuj gości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse processes from other nodes</source>
        <translation>Odrzucaj procesy z innych węzłów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expel guests</source>
        <translation>&amp;Wyrzuć gości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the processes of other nodes back home (once)</source>
        <translation>Odeślij procesy innych węzłów do domu (jednorazowo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ring own processes home</source>
        <translation>Sp&amp;rowadź własne procesy do domu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring this node&apos;s migrated processes back (once)</source>
        <translation>Sprowadź z powrotem przeniesione procesy tego węzła (jednorazowo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node &amp;running (start/stop)</source>
        <translation>Węzeł &amp;działa (start/stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick to take the node out of the cluster, tick to start it again</source>
        <translation>Odznacz, aby wyjąć węzeł z klastra, zaznacz, aby go znów uruchomić</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Node %1 — %2</source>
        <translation>Węzeł %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All nodes</source>
        <translation>Wszystkie węzły</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node %1 (%2)</source>
        <translation>Węzeł %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every node of the cluster (%n nodes): a switch you change is sent to every node.
A filled box is on at some nodes only; left so, it changes nothing.</source>
        <translation>
            <numerusform>Każdy węzeł klastra (%n węzeł): zmieniony przełącznik trafia do każdego węzła.
Wypełnione pole jest włączone tylko na niektórych węzłach; pozostawione tak, niczego nie zmienia.</numerusform>
            <numerusform>Każdy węzeł klastra (%n węzły): zmieniony przełącznik trafia do każdego węzła.
Wypełnione pole jest włączone tylko na niektórych węzłach; pozostawione tak, niczego nie zmienia.</numerusform>
            <numerusform>Każdy węzeł klastra (%n węzłów): zmieniony przełącznik trafia do każdego węzła.
Wypełnione pole jest włączone tylko na niektórych węzłach; pozostawione tak, niczego nie zmienia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — on at %2, off at %3; leave it mixed to change nothing</source>
        <translation>%1 — włączone na %2, wyłączone na %3; pozostaw mieszane, by nic nie zmieniać</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not told by %2: sent there too when you change it)</source>
        <translation>%1 (nie podane przez %2: przy zmianie wysyłane także tam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node</source>
        <translation>węzeł</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Switches</source>
        <translation>Przełączniki</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Migration: asking the node about CRIU…</source>
        <translation>Migracja: pytanie węzła o CRIU…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration: %1</source>
        <translation>Migracja: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The result of each command appears here.</source>
        <translation>Tu pojawi się wynik każdego polecenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each command sent to a node answered</source>
        <translation>Co odpowiedziało każde polecenie wysłane do węzła</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the switches you changed to the node</source>
        <translation>Wyślij zmienione przełączniki do węzła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Zamknij to okno</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing changed.</source>
        <translation>Nic się nie zmieniło.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sending %n command(s)…</source>
        <translation>
            <numerusform>Wysyłanie %n polecenia…</numerusform>
            <numerusform>Wysyłanie %n poleceń…</numerusform>
            <numerusform>Wysyłanie %n poleceń…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: %2</source>
        <translation>węzeł %1: %2</translation>
    </message>
</context>
<context>
    <name>omv::NodePicker</name>
    <message>
        <location filename="../common/gui/nodepicker.cpp" line="+9"/>
        <location line="+14"/>
        <source>All nodes</source>
        <translation>Wszystkie węzły</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node %1 — %2</source>
        <translation>węzeł %1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1</source>
        <translation>węzeł %1</translation>
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
        <translation>Węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Szybkość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Pamięć zajęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total memory</source>
        <translation>Pamięć razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs</source>
        <translation>Procesory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>Procesy</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The node&apos;s ID; the lamp is green while it is up, red when it is down or left</source>
        <translation>Numer węzła; lampka jest zielona, gdy węzeł działa, czerwona, gdy nie działa lub odszedł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a node to switch its migration settings</source>
        <translation>Kliknij węzeł, aby przełączyć jego ustawienia migracji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node&apos;s speed as the balancer sees it; drag and let go to change it</source>
        <translation>Szybkość węzła tak, jak widzi ją balanser; przeciągnij i puść, aby ją zmienić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load in percent of the node&apos;s capacity (100 % = every CPU busy)</source>
        <translation>Obciążenie w procentach możliwości węzła (100 % = wszystkie procesory zajęte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s memory</source>
        <translation>Pamięć węzła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processors</source>
        <translation>Procesory</translation>
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
        <translation>wszystkie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cluster (%n up)</source>
        <translation>
            <numerusform>Klaster (%n działa)</numerusform>
            <numerusform>Klaster (%n działają)</numerusform>
            <numerusform>Klaster (%n działa)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance %1 %</source>
        <translation>równowaga %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the whole cluster, %n node(s) up</source>
        <translation>
            <numerusform>cały klaster, %n węzeł działa</numerusform>
            <numerusform>cały klaster, %n węzły działają</numerusform>
            <numerusform>cały klaster, %n węzłów działa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancing %1 %</source>
        <translation>równoważenie obciążenia %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster load unknown</source>
        <translation>obciążenie klastra nieznane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cluster load %1 %</source>
        <translation>obciążenie klastra %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster memory unknown</source>
        <translation>pamięć klastra nieznana</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Memory in use, of the node&apos;s total</source>
        <translation>Pamięć w użyciu, z całej pamięci węzła</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processes running on the node now, its own and guests</source>
        <translation>Procesy działające teraz na węźle, własne i goście</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+98"/>
        <source>%1 used of %2</source>
        <translation>%1 zajęte z %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>cluster memory %1 used of %2, %3 %</source>
        <translation>pamięć klastra %1 zajęte z %2, %3 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cluster memory %1</source>
        <translation>pamięć klastra %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CPU(s) in the cluster</source>
        <translation>
            <numerusform>%n procesor w klastrze</numerusform>
            <numerusform>%n procesory w klastrze</numerusform>
            <numerusform>%n procesorów w klastrze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n process(es) in the cluster</source>
        <translation>
            <numerusform>%n proces w klastrze</numerusform>
            <numerusform>%n procesy w klastrze</numerusform>
            <numerusform>%n procesów w klastrze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load-balancing efficiency: 100 % when every up node carries the same load (in percent of its capacity), 0 % when one node carries it all</source>
        <translation>Skuteczność równoważenia obciążenia: 100 %, gdy każdy działający węzeł niesie to samo obciążenie (w procentach swoich możliwości), 0 %, gdy jeden węzeł niesie całe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole cluster: click to switch every node at once</source>
        <translation>Cały klaster: kliknij, aby przełączyć wszystkie węzły naraz</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (pending)</source>
        <translation>%1 (w toku)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>node %1 left the cluster</source>
        <translation>węzeł %1 opuścił klaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 up</source>
        <translation>węzeł %1 działa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 down</source>
        <translation>węzeł %1 nie działa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node %1 at %2: opens its settings</source>
        <translation>węzeł %1 pod %2: otwiera jego ustawienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed unknown</source>
        <translation>szybkość nieznana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed %1, changing to %2</source>
        <translation>szybkość %1, zmiana na %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed %1</source>
        <translation>szybkość %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load unknown</source>
        <translation>obciążenie nieznane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>load %1 %</source>
        <translation>obciążenie %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>memory unknown</source>
        <translation>pamięć nieznana</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>memory %1 used of %2, %3 %</source>
        <translation>pamięć %1 zajęte z %2, %3 %</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n running here</source>
        <translation>
            <numerusform>%n działa tutaj</numerusform>
            <numerusform>%n działają tutaj</numerusform>
            <numerusform>%n działa tutaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n gość</numerusform>
            <numerusform>%n goście</numerusform>
            <numerusform>%n gości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its own elsewhere</source>
        <translation>
            <numerusform>%n własny gdzie indziej</numerusform>
            <numerusform>%n własne gdzie indziej</numerusform>
            <numerusform>%n własnych gdzie indziej</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>memory %1</source>
        <translation>pamięć %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n procesor</numerusform>
            <numerusform>%n procesory</numerusform>
            <numerusform>%n procesorów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPUs unknown</source>
        <translation>liczba procesorów nieznana</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n process(es) running</source>
        <translation>
            <numerusform>%n działający proces</numerusform>
            <numerusform>%n działające procesy</numerusform>
            <numerusform>%n działających procesów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node %1 left the cluster</source>
        <translation>Węzeł %1 opuścił klaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 is down</source>
        <translation>Węzeł %1 nie działa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 is up</source>
        <translation>Węzeł %1 działa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses: %1</source>
        <translation>Adresy: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speed cannot be set: %1</source>
        <translation>Szybkości nie można ustawić: %1</translation>
    </message>
</context>
<context>
    <name>omv::OpenMosixBackend</name>
    <message>
        <location filename="../common/core/backend/openmosix/openmosixbackend.cpp" line="+80"/>
        <source>cannot read the proc tree on the node</source>
        <translation>nie można odczytać drzewa proc na węźle</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>%1: address %2 is no known node</source>
        <translation>%1: adres %2 nie jest znanym węzłem</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: bad pid</source>
        <translation>%1: zły PID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: home node %2, but &apos;from&apos; says %3</source>
        <translation>%1: węzeł domowy %2, ale &apos;from&apos; mówi %3</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no address known for node %1: name it in the map file</source>
        <translation>nie jest znany adres węzła %1: podaj go w pliku mapy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no address known for node %1</source>
        <translation>nie jest znany adres węzła %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: no hpc/admin files</source>
        <translation>węzeł %1: brak plików hpc/admin</translation>
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
        <translation>Zabij</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>End %n process(es) with SIGKILL? They cannot save anything.

%1</source>
        <translation>
            <numerusform>Zakończyć %n proces sygnałem SIGKILL? Nie zdąży niczego zapisać.

%1</numerusform>
            <numerusform>Zakończyć %n procesy sygnałem SIGKILL? Nie zdążą niczego zapisać.

%1</numerusform>
            <numerusform>Zakończyć %n procesów sygnałem SIGKILL? Nie zdążą niczego zapisać.

%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::ProcessTableModel</name>
    <message>
        <location filename="../common/gui/processtablemodel.cpp" line="+431"/>
        <source>moving</source>
        <translation>w drodze</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Logged: the collector keeps its every sample (openmosixhistory shows them)</source>
        <translation>Rejestrowany: kolektor zachowuje każdą jego próbkę (pokazuje je openmosixhistory)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born on node %1, runs on node %2</source>
        <translation>Urodzony na węźle %1, działa na węźle %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked to its home node</source>
        <translation>Zablokowany na węźle domowym</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Działa na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nice</source>
        <translation>Nice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Blokada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations</source>
        <translation>Migracje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it can&apos;t move</source>
        <translation>Dlaczego nie może się przenieść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There since</source>
        <translation>Tam od</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Process ID on its home node</source>
        <translation>Numer procesu na jego węźle domowym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node the process was born on</source>
        <translation>Węzeł, na którym proces się urodził</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node that computes it now (green mark: away from home)</source>
        <translation>Węzeł, który go teraz liczy (zielony znak: poza domem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of one CPU since the previous sample</source>
        <translation>Udział jednego procesora od poprzedniego odczytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident memory</source>
        <translation>Pamięć rezydentna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked to its home node: the balancer leaves it there</source>
        <translation>Zablokowany na węźle domowym: balanser go tam zostawia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the kernel says keeps it from migrating</source>
        <translation>Co według jądra powstrzymuje go od migracji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it came to the node it runs on (its start, or its last migration)</source>
        <translation>Kiedy trafił na węzeł, na którym działa (jego start lub ostatnia migracja)</translation>
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
        <translation>Każdy proces klastra. Enter lub dwuklik: migrator; Delete: zabij; prawy przycisk: akcje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processes</source>
        <translation>Procesy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Goście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every process of the cluster (Ctrl+1)</source>
        <translation>Każdy proces klastra (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each node computes for other nodes, as its kernel lists it (Ctrl+2)</source>
        <translation>Co każdy węzeł liczy dla innych węzłów, jak wymienia to jego jądro (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the filter toolbar</source>
        <translation>Pokaż lub ukryj pasek filtra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter: command, user or pid (Ctrl+F)</source>
        <translation>Filtr: polecenie, użytkownik lub PID (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the processes whose command line or user contains this text, or whose pid starts with this number</source>
        <translation>Pokazuje procesy, których wiersz polecenia lub użytkownik zawiera ten tekst albo których PID zaczyna się od tej liczby</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole cluster, or the processes running on one node</source>
        <translation>Cały klaster albo procesy działające na jednym węźle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every user&apos;s processes, or one user&apos;s</source>
        <translation>Procesy każdego użytkownika albo jednego</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <source>All users</source>
        <translation>Wszyscy użytkownicy</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Only &amp;migrated</source>
        <translation>Tylko &amp;przeniesione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes that run away from their home node</source>
        <translation>Tylko procesy działające poza swoim węzłem domowym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;guests</source>
        <translation>Tylko &amp;goście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes born on another node than the one they run on (with a node picked: that node&apos;s guests)</source>
        <translation>Tylko procesy urodzone na innym węźle niż ten, na którym działają (z wybranym węzłem: goście tego węzła)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every </source>
        <translation>co </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the processes are read (1–60 seconds)</source>
        <translation>Jak często procesy są odczytywane (1–60 sekund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading until pressed again (Ctrl+Shift+P or Pause)</source>
        <translation>Wstrzymaj odczyty do ponownego naciśnięcia (Ctrl+Shift+P lub Pause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every node now (F5)</source>
        <translation>Odczytaj teraz każdy węzeł (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Process</source>
        <translation>&amp;Proces</translation>
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
        <translation>Przenieś, wyślij sygnał, zmień priorytet lub zablokuj wybrane procesy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>&amp;Kill…</source>
        <translation>Za&amp;bij…</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>End the selected processes (asks first)</source>
        <translation>Zakończ wybrane procesy (najpierw pyta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the filter field</source>
        <translation>Przejdź do pola filtra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log at full detail</source>
        <translation>&amp;Rejestruj w pełnych szczegółach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The collector keeps every sample of the selected processes (node, state, CPU, memory, moves); openmosixhistory shows them in a process&apos;s life</source>
        <translation>Kolektor zachowuje każdą próbkę wybranych procesów (węzeł, stan, CPU, pamięć, migracje); openmosixhistory pokazuje je w życiu procesu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Processes tab</source>
        <translation>Karta &amp;Procesy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every process of the cluster</source>
        <translation>Pokaż każdy proces klastra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests tab</source>
        <translation>Karta &amp;Goście</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the guests of a node: send them home or to the best node</source>
        <translation>Pokaż gości węzła: odeślij ich do domu lub na najlepszy węzeł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Zamknij to okno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the cluster and what the table shows</source>
        <translation>Połączenie z klastrem i co pokazuje tabela</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every process of a process-migration cluster: where it runs; migrate, signal, renice, lock.</source>
        <translation>Każdy proces klastra z migracją procesów: gdzie działa; migruj, wysyłaj sygnały, zmieniaj priorytet, blokuj.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Log process: %1</source>
        <translation>Rejestrowanie procesu: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No collector records this cluster: start one (openmosixview: Cluster ▸ Start collector)</source>
        <translation>Żaden kolektor nie nagrywa tego klastra: uruchom go (openmosixview: Klaster ▸ Uruchom kolektor)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Send &amp;home</source>
        <translation>Odeślij do &amp;domu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;best node</source>
        <translation>Wyślij na &amp;najlepszy węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 processes shown; last read %3</source>
        <translation>pokazano %1 z %2 procesów; ostatni odczyt %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n node(s) not answering</source>
        <translation>
            <numerusform>; %n węzeł nie odpowiada</numerusform>
            <numerusform>; %n węzły nie odpowiadają</numerusform>
            <numerusform>; %n węzłów nie odpowiada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::RefreshToolBar</name>
    <message>
        <location filename="../common/gui/refreshtoolbar.cpp" line="+26"/>
        <source>Refresh</source>
        <translation>Odświeżanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the refresh toolbar</source>
        <translation>Pokaż lub ukryj pasek odświeżania</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Odśwież teraz</translation>
    </message>
</context>
<context>
    <name>omv::RunProgramDialog</name>
    <message>
        <location filename="../app/runprogramdialog.cpp" line="+36"/>
        <source>&amp;Let the balancer decide</source>
        <translation>&amp;Niech zdecyduje balanser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it on the node; it may migrate like any process</source>
        <translation>Uruchom go na węźle; może migrować jak każdy proces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;migration</source>
        <translation>Bez &amp;migracji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stays on the node it starts on (nomig)</source>
        <translation>Zostaje na węźle, na którym startuje (nomig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;home</source>
        <translation>Uruchom w &amp;domu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It runs on its home node and is locked there (mosrun -h)</source>
        <translation>Działa na swoim węźle domowym i jest tam zablokowany (mosrun -h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;on node:</source>
        <translation>Uruchom &amp;na węźle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is sent to the node you pick (mosrun -&lt;node&gt;)</source>
        <translation>Zostaje wysłany na wybrany węzeł (mosrun -&lt;węzeł&gt;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CPU job</source>
        <translation>Zadanie &amp;obliczeniowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the balancer it mostly computes (mosrun -c)</source>
        <translation>Powiedz balanserowi, że głównie liczy (mosrun -c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;I/O job</source>
        <translation>Zadanie &amp;wejścia/wyjścia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the balancer it mostly reads and writes (mosrun -i)</source>
        <translation>Powiedz balanserowi, że głównie czyta i pisze (mosrun -i)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No d&amp;ecay</source>
        <translation>Bez &amp;zaniku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history never fades (nodecay)</source>
        <translation>Jego historia obciążenia nigdy nie zanika (nodecay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slow decay</source>
        <translation>&amp;Powolny zanik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history fades slowly (slowdecay)</source>
        <translation>Jego historia obciążenia zanika powoli (slowdecay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fast decay</source>
        <translation>&amp;Szybki zanik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history fades quickly (fastdecay)</source>
        <translation>Jego historia obciążenia zanika szybko (fastdecay)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arallel, one copy on each node from</source>
        <translation>Ró&amp;wnolegle, jedna kopia na każdym węźle od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One copy is sent to every node in the range (mosrun -&lt;node&gt; each)</source>
        <translation>Jedna kopia trafia na każdy węzeł z zakresu (mosrun -&lt;węzeł&gt; dla każdego)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run a program</source>
        <translation>Uruchom program</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>program and arguments, e.g. ./render --frames 1-100</source>
        <translation>program i argumenty, np. ./render --frames 1-100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split into words like a shell would (&apos;single&apos; and &quot;double&quot; quotes and \ group words); nothing is expanded and no shell runs it</source>
        <translation>Dzielone na słowa jak w powłoce (cudzysłowy &apos;pojedyncze&apos; i &quot;podwójne&quot; oraz \ łączą słowa); nic nie jest rozwijane i żadna powłoka tego nie uruchamia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node the program starts on: its home node</source>
        <translation>Węzeł, na którym program startuje: jego węzeł domowy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node &quot;Run on node&quot; sends it to</source>
        <translation>Węzeł, na który wysyła go „Uruchom na węźle”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (down)</source>
        <translation> (nie działa)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on &amp;node:</source>
        <translation>Startuj na &amp;węźle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it may move</source>
        <translation>Jak może się przenosić</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node IDs: one copy goes to each node from the first to the last</source>
        <translation>Numery węzłów: jedna kopia trafia na każdy węzeł od pierwszego do ostatniego</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Greyed out: %1</source>
        <translation>Wyszarzone: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What each node answered appears here.</source>
        <translation>Tu pojawi się odpowiedź każdego węzła.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result of each start: the process ID while it runs, or how it ended</source>
        <translation>Wynik każdego startu: numer procesu, gdy działa, albo jak się zakończył</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the program over ssh</source>
        <translation>Uruchom program przez ssh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Zamknij to okno</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Name a program to run.</source>
        <translation>Podaj program do uruchomienia.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The program line: %1.</source>
        <translation>Wiersz programu: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first node of the range is after the last.</source>
        <translation>Pierwszy węzeł zakresu jest za ostatnim.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No node of the cluster is in that range.</source>
        <translation>Żaden węzeł klastra nie leży w tym zakresie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the node to start on.</source>
        <translation>Wybierz węzeł, na którym startować.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Starting %n program(s)…</source>
        <translation>
            <numerusform>Uruchamianie %n programu…</numerusform>
            <numerusform>Uruchamianie %n programów…</numerusform>
            <numerusform>Uruchamianie %n programów…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — started%2</source>
        <translation>%1 — uruchomiono%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — FAILED: %2</source>
        <translation>%1 — NIEUDANE: %2</translation>
    </message>
</context>
<context>
    <name>omv::SaveFile</name>
    <message>
        <location filename="../common/core/util/savefile.cpp" line="+29"/>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>udało się zapisać tylko %1 z %2 bajtów (czy dysk jest pełny?)</translation>
    </message>
</context>
<context>
    <name>omv::SpeedDelegate</name>
    <message>
        <location filename="../common/gui/nodedelegates.cpp" line="+393"/>
        <location line="+21"/>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag and let go, or use the arrow keys and Enter, to set the node&apos;s speed</source>
        <translation>Przeciągnij i puść albo użyj strzałek i Enter, aby ustawić szybkość węzła</translation>
    </message>
</context>
<context>
    <name>omv::SshMuxTransport</name>
    <message>
        <location filename="../common/core/transport/sshmux.cpp" line="+299"/>
        <location line="+99"/>
        <source>stopped</source>
        <translation>zatrzymane</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>cannot start %1: %2</source>
        <translation>nie można uruchomić %1: %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>command timed out after %1 ms</source>
        <translation>polecenie przekroczyło czas %1 ms</translation>
    </message>
</context>
<context>
    <name>omv::SshTransport</name>
    <message>
        <location filename="../common/core/transport/sshtransport.cpp" line="+220"/>
        <source>%1: no host key from server</source>
        <translation>%1: brak klucza hosta od serwera</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: HOST KEY CHANGED — refusing to connect. The server offers %2 %3, which is not the key known_hosts holds. Someone may be intercepting the connection; if the key was changed on purpose, remove the old entry from known_hosts.</source>
        <translation>%1: KLUCZ HOSTA SIĘ ZMIENIŁ — odmowa połączenia. Serwer przedstawia %2 %3, a to nie jest klucz z known_hosts. Ktoś może przechwytywać połączenie; jeśli klucz zmieniono celowo, usuń stary wpis z known_hosts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the server offers a %2 host key (%3) but known_hosts holds a key of another type for it — refusing to connect.</source>
        <translation>%1: serwer przedstawia klucz hosta typu %2 (%3), a known_hosts ma dla niego klucz innego typu — odmowa połączenia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown host key %2 %3 refused</source>
        <translation>%1: odrzucono nieznany klucz hosta %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot save the host key: %2</source>
        <translation>%1: nie można zapisać klucza hosta: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot check the host key: %2</source>
        <translation>%1: nie można sprawdzić klucza hosta: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ssh-agent offered no key the server took</source>
        <translation>ssh-agent nie zaproponował klucza, który serwer by przyjął</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot read identity file %2 (missing, unreadable, or wrong passphrase)</source>
        <translation>%1: nie można odczytać pliku tożsamości %2 (brak, nieczytelny albo złe hasło)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server refused the key %1</source>
        <translation>serwer odrzucił klucz %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no default identity was accepted</source>
        <translation>żadna domyślna tożsamość nie została przyjęta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: authentication failed: %2</source>
        <translation>%1: uwierzytelnienie nie powiodło się: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot create an ssh session</source>
        <translation>nie można utworzyć sesji ssh</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read ssh config %2</source>
        <translation>%1: nie można odczytać konfiguracji ssh %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: nie można połączyć: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>%1: closed</source>
        <translation>%1: zamknięte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(next attempt in %1 s)</source>
        <translation>(następna próba za %1 s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no time left to connect</source>
        <translation>%1: brak czasu na połączenie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no channel within the deadline; the session is dropped</source>
        <translation>%1: brak kanału w wyznaczonym czasie; sesja porzucona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot open a channel</source>
        <translation>%1: nie można otworzyć kanału</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: the server did not start the command</source>
        <translation>%1: serwer nie uruchomił polecenia</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1: connection lost while the command ran</source>
        <translation>%1: połączenie zerwane w trakcie polecenia</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: command timed out after %2 ms</source>
        <translation>%1: polecenie przekroczyło czas %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: stopped: the other end of the stream gave up</source>
        <translation>%1: zatrzymane: druga strona strumienia zrezygnowała</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the command printed more than %2 bytes; cut off</source>
        <translation>%1: polecenie wypisało więcej niż %2 bajtów; przerwano</translation>
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
        <translation>%1 (%2 przez administratora)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster</source>
        <translation>klaster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1</source>
        <translation>węzeł %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Time with the load above %1 %</source>
        <translation>Czas z obciążeniem powyżej %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the %1 s rollups: the raw samples of this range are no longer kept</source>
        <translation>Z agregatów %1 s: surowe odczyty tego zakresu nie są już przechowywane</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean load</source>
        <translation>Średnie obciążenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max load</source>
        <translation>Maks. obciążenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95th pct.</source>
        <translation>95. percentyl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above %1 %</source>
        <translation>Powyżej %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean memory</source>
        <translation>Średnia pamięć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nie działał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations in</source>
        <translation>Migracje do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations out</source>
        <translation>Migracje z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Uruchomione</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Nothing was recorded in this range.</source>
        <translation>W tym zakresie nic nie nagrano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the raw samples (one every %1).</source>
        <translation>Z surowych próbek (jedna co %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 summaries for %2 – %3 (their raw samples are no longer kept), from the raw samples (one every %4) after.</source>
        <translation>Z podsumowań %1 dla %2 – %3 (ich surowe próbki nie są już przechowywane), potem z surowych próbek (jedna co %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 summaries for %2 – %3: the raw samples are no longer kept.</source>
        <translation>Z podsumowań %1 dla %2 – %3: surowe próbki nie są już przechowywane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Min and max are the summaries&apos; own; the 95th percentile and the time above take a summary&apos;s mean for its samples.</source>
        <translation>Minimum i maksimum pochodzą z podsumowań; 95. percentyl i czas powyżej progu przyjmują średnią podsumowania dla jego próbek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster&apos;s extremes are not known: an older collector wrote those summaries.</source>
        <translation>Skrajne wartości klastra są nieznane: te podsumowania zapisał starszy kolektor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: %1 – %2.</source>
        <translation>Nagrano: %1 – %2.</translation>
    </message>
</context>
<context>
    <name>omv::Store</name>
    <message>
        <location filename="../common/core/store/storeschema.cpp" line="+188"/>
        <source>not an SQLite database, or one that cannot be read (%1)</source>
        <translation>to nie jest baza SQLite albo nie da się jej odczytać (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database of another program (tables %1%2)</source>
        <translation>baza SQLite innego programu (tabele %1%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the database has schema version %1; this collector writes up to %2 — use a newer one</source>
        <translation>baza ma schemat w wersji %1; ten kolektor zapisuje do %2 — użyj nowszego</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the schema: %1</source>
        <translation>nie można utworzyć schematu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot upgrade the schema from version %1: %2</source>
        <translation>nie można uaktualnić schematu z wersji %1: %2</translation>
    </message>
    <message>
        <location filename="../common/core/store/storereader.cpp" line="+51"/>
        <location filename="../common/core/store/storewriter.cpp" line="+158"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: nie można otworzyć: %2</translation>
    </message>
    <message>
        <location filename="../common/core/store/storewriter.cpp" line="+9"/>
        <source>%1: another collector is already writing to this database</source>
        <translation>%1: inny kolektor już zapisuje do tej bazy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot lock: %2</source>
        <translation>%1: nie można zablokować: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: belongs to uid %2, not to this collector&apos;s user (uid %3)</source>
        <translation>%1: należy do uid %2, nie do użytkownika tego kolektora (uid %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an openMosixview history: %2 — not touched</source>
        <translation>%1 nie jest historią openMosixview: %2 — nietknięty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: readable by others (mode %2) and cannot be made private: %3</source>
        <translation>%1: czytelny dla innych (tryb %2) i nie da się go uczynić prywatnym: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was readable by others (mode %2): made 0600</source>
        <translation>%1 był czytelny dla innych (tryb %2): ustawiono 0600</translation>
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
        <translation>usunięto %1, kopię niedokończoną przez awarię (jej wiersze są nadal w %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>no answer for %n interval(s): %1</source>
        <translation>
            <numerusform>brak odpowiedzi przez %n interwał: %1</numerusform>
            <numerusform>brak odpowiedzi przez %n interwały: %1</numerusform>
            <numerusform>brak odpowiedzi przez %n interwałów: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>down in the kernel&apos;s node table</source>
        <translation>nie działa według tablicy węzłów jądra</translation>
    </message>
    <message>
        <location filename="../common/core/store/storeupkeep.cpp" line="+58"/>
        <location line="+67"/>
        <source>the database is not open</source>
        <translation>baza nie jest otwarta</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>cannot write the open rollups: %1</source>
        <translation>nie można zapisać otwartych agregatów: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot start the database afresh: %1</source>
        <translation>nie można zacząć bazy od nowa: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot name the copy %1: %2</source>
        <translation>nie można nadać kopii nazwy %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>process %1 of node %2 is not running (as last recorded)</source>
        <translation>proces %1 z węzła %2 nie działa (według ostatniego zapisu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>process %1 logged at full detail</source>
        <translation>proces %1 rejestrowany w pełnych szczegółach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 no longer logged</source>
        <translation>proces %1 nie jest już rejestrowany</translation>
    </message>
    <message>
        <location filename="../common/core/store/storereader.cpp" line="-21"/>
        <source>%1: no such database</source>
        <translation>%1: nie ma takiej bazy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot read it here: %2 (the folder %3 is read-only and SQLite needs to create %4-shm beside a database in WAL mode: read a copy, or from where the collector runs)</source>
        <translation>%1: nie można go tu odczytać: %2 (katalog %3 jest tylko do odczytu, a SQLite musi utworzyć %4-shm obok bazy w trybie WAL: odczytaj kopię albo tam, gdzie działa kolektor)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not an openMosixview history database: %2</source>
        <translation>%1: to nie jest baza historii openMosixview: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not an openMosixview history database (an empty one)</source>
        <translation>%1: to nie jest baza historii openMosixview (pusta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: history schema %2.x (version %3); this program reads schema 1.x to %4.x — open it with a matching version of openMosixview</source>
        <translation>%1: schemat historii %2.x (wersja %3); ten program czyta schematy od 1.x do %4.x — otwórz go pasującą wersją openMosixview</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is damaged (SQLite&apos;s quick_check: %2) — `sqlite3 %1 .recover` may save what is left</source>
        <translation>%1 jest uszkodzony (quick_check SQLite: %2) — `sqlite3 %1 .recover` może uratować resztę</translation>
    </message>
    <message>
        <location filename="../common/core/store/processlog.cpp" line="+40"/>
        <source>process %1 of node %2 is logged already (since %3 by %4)</source>
        <translation>proces %1 z węzła %2 jest już rejestrowany (od %3, przez %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot mark the process: the database refused</source>
        <translation>nie można oznaczyć procesu: baza danych odmówiła</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>process %1 of node %2 is not logged</source>
        <translation>proces %1 z węzła %2 nie jest rejestrowany</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot end the mark: the database refused</source>
        <translation>nie można zakończyć oznaczenia: baza danych odmówiła</translation>
    </message>
</context>
<context>
    <name>omv::SuiteApp</name>
    <message>
        <location filename="../common/gui/suiteapp.cpp" line="-152"/>
        <source>Save the window as PNG once it is filled, then quit.</source>
        <translation>Zapisz okno jako PNG, gdy się wypełni, i zakończ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours: system (the desktop&apos;s, the default), light or dark (Fusion style).</source>
        <translation>Kolory: system (pulpitu, domyślnie), light (jasne) lub dark (ciemne, styl Fusion).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--theme is system, light or dark</source>
        <translation>--theme to system, light lub dark</translation>
    </message>
</context>
<context>
    <name>omv::TimeRange</name>
    <message>
        <location filename="../common/core/model/timerange.cpp" line="+118"/>
        <source>last %1</source>
        <translation>ostatnie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>całość</translation>
    </message>
</context>
<context>
    <name>omv::TimeRangeBar</name>
    <message>
        <location filename="../common/gui/timerangebar.cpp" line="+52"/>
        <source>How much history to show (Alt+1 … Alt+7)</source>
        <translation>Ile historii pokazać (Alt+1 … Alt+7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>Całość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last %1</source>
        <translation>Ostatnie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back by one width</source>
        <translation>Wstecz o jedną szerokość</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (type a date and time, Enter applies)</source>
        <translation>Od (wpisz datę i godzinę, Enter zatwierdza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (type a date and time, Enter applies)</source>
        <translation>Do (wpisz datę i godzinę, Enter zatwierdza)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward by one width</source>
        <translation>Naprzód o jedną szerokość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (half the width)</source>
        <translation>Powiększ (połowa szerokości)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (twice the width)</source>
        <translation>Pomniejsz (dwa razy szerzej)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow now: the view moves with the clock</source>
        <translation>Podążaj za teraz: widok przesuwa się z zegarem</translation>
    </message>
</context>
<context>
    <name>omv::Transport</name>
    <message>
        <location filename="../common/core/transport/transport.cpp" line="+12"/>
        <source>%1 cannot stream a command&apos;s input and output</source>
        <translation>%1 nie potrafi przesyłać strumieniowo wejścia i wyjścia polecenia</translation>
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
        <translation>nie można nasłuchiwać żądań sterujących: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>no socket to listen on (is the database there?)</source>
        <translation>brak gniazda do nasłuchu (czy baza danych istnieje?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the control socket %1 is taken by %2</source>
        <translation>gniazdo sterujące %1 jest zajęte przez %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control socket %1 is taken</source>
        <translation>gniazdo sterujące %1 jest zajęte</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>refused %1 to %2: a viewer may not</source>
        <translation>odmówiono %1 dla %2: obserwator nie może tego zrobić</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not allowed: viewers may ask for the status and follow the feed</source>
        <translation>niedozwolone: obserwatorzy mogą pytać o stan i śledzić strumień</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>refused a record of %1: over a viewer&apos;s budget (%2 a minute, %3 KiB a minute)</source>
        <translation>odrzucono wpis od %1: ponad limit obserwatora (%2 na minutę, %3 KiB na minutę)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too many records: a viewer may send %1 a minute, %2 KiB a minute</source>
        <translation>za dużo wpisów: obserwator może wysłać %1 na minutę, %2 KiB na minutę</translation>
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
        <translation>żądanie trwało za długo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no whole request within %2 ms</source>
        <translation>%1: brak pełnego żądania w ciągu %2 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not allowed</source>
        <translation>niedozwolone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused %1: only %2 may use this collector</source>
        <translation>odrzucono %1: tylko %2 mogą używać tego kolektora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../common/core/control/feed.cpp" line="+152"/>
        <location filename="../common/core/control/historyserver.cpp" line="+114"/>
        <source>an unknown peer</source>
        <translation>nieznany rozmówca</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dropped: no request while others waited</source>
        <translation>rozłączono: brak żądania, gdy inni czekali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dropped, idle while the owner&apos;s slots were full</source>
        <translation>%1: rozłączono, bezczynne, gdy miejsca właściciela były zajęte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>busy: too many connections open</source>
        <translation>zajęty: za dużo otwartych połączeń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>turned away %1: %2 connections of this user open, %3 of all viewers</source>
        <translation>odprawiono %1: otwartych połączeń tego użytkownika %2, wszystkich obserwatorów %3</translation>
    </message>
    <message>
        <location filename="../common/core/control/socketdir.cpp" line="-48"/>
        <source>cannot use %1 for the collector&apos;s sockets: %2</source>
        <translation>nie można użyć %1 na gniazda kolektora: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in the way of the collector&apos;s sockets: it is not a folder</source>
        <translation>%1 zawadza gniazdom kolektora: to nie jest katalog</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refusing to keep the collector&apos;s sockets in %1: it belongs to %2, not to %3</source>
        <translation>odmowa trzymania gniazd kolektora w %1: należy do %2, nie do %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refusing to keep the collector&apos;s sockets in %1: others may write into it (mode %2)</source>
        <translation>odmowa trzymania gniazd kolektora w %1: inni mogą w nim zapisywać (tryb %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+99"/>
        <source>cannot set the mode of %1: %2</source>
        <translation>nie można ustawić trybu %1: %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>cannot make %1 for the collector&apos;s sockets: %2</source>
        <translation>nie można utworzyć %1 na gniazda kolektora: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no such database</source>
        <translation>%1: nie ma takiej bazy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the collector&apos;s socket path %1 is too long for a socket (at most %2 bytes): set OMV_RUNTIME_DIR to a shorter folder</source>
        <translation>ścieżka gniazda kolektora %1 jest za długa (najwyżej %2 bajtów): ustaw OMV_RUNTIME_DIR na krótszy katalog</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot make %1 for the collector&apos;s sockets</source>
        <translation>nie można utworzyć %1 na gniazda kolektora</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in the way of the collector&apos;s socket: it is not a socket</source>
        <translation>%1 zawadza gniazdu kolektora: to nie jest gniazdo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove the stale socket %1: %2</source>
        <translation>nie można usunąć starego gniazda %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot give %1 to group %2 (%3): anyone may reach the sockets, and the collector itself turns away who is not a viewer</source>
        <translation>nie można przekazać %1 grupie %2 (%3): każdy może dotrzeć do gniazd, a kolektor sam odprawia tych, którzy nie są obserwatorami</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the collector recording into %1 is not open to %2 (only to its own user, root and its viewers group)</source>
        <translation>kolektor zapisujący do %1 nie jest dostępny dla %2 (tylko dla swojego użytkownika, roota i grupy obserwatorów)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the collector recording into %1 is too busy to answer</source>
        <translation>kolektor zapisujący do %1 jest zbyt zajęty, by odpowiedzieć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot reach the collector recording into %1: %2</source>
        <translation>nie można połączyć się z kolektorem zapisującym do %1: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no collector is recording into %1</source>
        <translation>żaden kolektor nie zapisuje do %1</translation>
    </message>
    <message>
        <location filename="../common/core/control/controlserver.cpp" line="+45"/>
        <source>refusing to talk to %1: the collector of %2 runs as uid %3 (its owner) or root</source>
        <translation>odmowa rozmowy z %1: kolektor %2 działa jako uid %3 (jego właściciel) lub root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown listener</source>
        <translation>nieznany słuchacz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the collector recording into %1 did not answer within %2 ms</source>
        <translation>kolektor zapisujący do %1 nie odpowiedział w ciągu %2 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the collector recording into %1 closed the connection without an answer</source>
        <translation>kolektor zapisujący do %1 zamknął połączenie bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the collector&apos;s answer is malformed: %1</source>
        <translation>odpowiedź kolektora jest zniekształcona: %1</translation>
    </message>
    <message>
        <location filename="../common/core/control/protocol.cpp" line="+109"/>
        <location line="+10"/>
        <source>more than one message on a connection</source>
        <translation>więcej niż jedna wiadomość w połączeniu</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a message of %1 bytes (at most %2)</source>
        <translation>wiadomość o długości %1 bajtów (najwyżej %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 fields</source>
        <translation>więcej niż %1 pól</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>a field is cut off</source>
        <translation>pole jest ucięte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty message</source>
        <translation>pusta wiadomość</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the message is cut off</source>
        <translation>wiadomość jest ucięta</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>uid %1 and root</source>
        <translation>uid %1 i root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uid %1, root and group %2 (gid %3)</source>
        <translation>uid %1, root i grupa %2 (gid %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../common/core/control/serve.cpp" line="-15"/>
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../common/core/control/serve.cpp" line="+12"/>
        <source>%1 may not follow the collector: it lets no viewers in (no viewers= in its profile)</source>
        <translation>%1 nie może śledzić kolektora: nie wpuszcza on obserwatorów (brak viewers= w jego profilu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../common/core/control/serve.cpp" line="-3"/>
        <source>%1 may not follow the collector: not a member of group %2</source>
        <translation>%1 nie może śledzić kolektora: nie należy do grupy %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no group called %1</source>
        <translation>nie ma grupy o nazwie %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>uid %1 (%2), pid %3</source>
        <translation>uid %1 (%2), pid %3</translation>
    </message>
    <message>
        <location filename="../common/core/control/feed.cpp" line="-110"/>
        <source>no socket to publish the feed on (is the database there?)</source>
        <translation>brak gniazda do publikowania strumienia (czy baza danych istnieje?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot publish the snapshot feed: %1</source>
        <translation>nie można publikować strumienia migawek: %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>feed: refused %1: only %2 may subscribe</source>
        <translation>strumień: odrzucono %1: subskrybować mogą tylko %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>feed: turned away %1: %2 subscriptions of this user, %3 of all viewers</source>
        <translation>strumień: odprawiono %1: subskrypcji tego użytkownika %2, wszystkich obserwatorów %3</translation>
    </message>
    <message>
        <location line="+86"/>
        <location filename="../common/core/control/historyserver.cpp" line="+46"/>
        <source>no collector publishes %1</source>
        <translation>żaden kolektor nie publikuje %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refusing the feed of %1: it is not published by uid %2 (its owner) or root</source>
        <translation>odrzucono strumień %1: nie publikuje go uid %2 (właściciel) ani root</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the feed sent a frame of %1 bytes</source>
        <translation>strumień przysłał ramkę o długości %1 bajtów</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the feed sent a delta before a whole snapshot</source>
        <translation>strumień przysłał deltę przed całą migawką</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the collector closed its feed</source>
        <translation>kolektor zamknął swój strumień</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not connected to a feed</source>
        <translation>brak połączenia ze strumieniem</translation>
    </message>
    <message>
        <location filename="../common/core/control/remote.cpp" line="+44"/>
        <source>%1 did not answer as openmosixcollector --serve does (it said &quot;%2&quot;)</source>
        <translation>%1 nie odpowiedział tak jak openmosixcollector --serve (powiedział „%2”)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the collector on %1 is version %2, which speaks protocol %3; this suite (version %4) speaks protocol %5</source>
        <translation>kolektor na %1 ma wersję %2, która używa protokołu %3; ten pakiet (wersja %4) używa protokołu %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the collector on %1 answered for &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>kolektor na %1 odpowiedział dla „%2”, nie „%3”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no %1 on %2 (%3)</source>
        <translation>brak %1 na %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on %2 ended with status %3</source>
        <translation>%1 na %2 zakończył się statusem %3</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>cannot make a local socket: %1</source>
        <translation>nie można utworzyć lokalnego gniazda: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 did not answer as openmosixcollector --serve does</source>
        <translation>%1 nie odpowiedział tak jak openmosixcollector --serve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 ended before it answered</source>
        <translation>%1 na %2 zakończył się przed odpowiedzią</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the collector on %1 did not answer within %2 s</source>
        <translation>kolektor na %1 nie odpowiedział w ciągu %2 s</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the collector on %1 did not answer within %2 ms</source>
        <translation>kolektor na %1 nie odpowiedział w ciągu %2 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the collector on %1 gave no answer</source>
        <translation>kolektor na %1 nie dał odpowiedzi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the collector on %1 answered with a bad frame: %2</source>
        <translation>kolektor na %1 odpowiedział błędną ramką: %2</translation>
    </message>
    <message>
        <location filename="../common/core/control/serve.cpp" line="-79"/>
        <source>poll: %1</source>
        <translation>poll: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the collector recording into %1 on %2 stopped</source>
        <translation>kolektor zapisujący do %1 na %2 zatrzymał się</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no whole request came within %1 s</source>
        <translation>w ciągu %1 s nie przyszło całe żądanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request ended before it was whole</source>
        <translation>żądanie skończyło się, zanim było całe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a bad request: %1</source>
        <translation>błędne żądanie: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a start names its interval</source>
        <translation>start musi podać swój interwał</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>openmosixcollector --serve: no mode &quot;%1&quot; (this version serves: feed, control, history)</source>
        <translation>openmosixcollector --serve: nie ma trybu „%1” (ta wersja obsługuje: feed, control, history)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 on %2: %3</source>
        <translation>%1 na %2: %3</translation>
    </message>
    <message>
        <location filename="../common/core/control/historyserver.cpp" line="-121"/>
        <source>cannot serve the history: %1</source>
        <translation>nie można udostępnić historii: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>history: dropped uid %1 (%2): %3</source>
        <translation>historia: rozłączono uid %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>history: refused %1: only %2 may read it</source>
        <translation>historia: odmówiono %1: czytać ją mogą tylko %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the collector is reading %1 histories for this user already</source>
        <translation>kolektor czyta już %1 historii dla tego użytkownika</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>refusing the history of %1: it is not served by uid %2 (its owner) or root</source>
        <translation>odrzucam historię %1: nie udostępnia jej uid %2 (właściciel) ani root</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the collector recording %1 did not let this user read its history</source>
        <translation>kolektor zapisujący %1 nie pozwolił temu użytkownikowi czytać swojej historii</translation>
    </message>
    <message>
        <location filename="../common/core/control/collectorstart.cpp" line="+86"/>
        <source>it does not say how its collector was started (written by an older version, or by the demo)</source>
        <translation>nie mówi, jak uruchomiono jej kolektor (zapisana przez starszą wersję lub przez demo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its start arguments are not ones this version runs (%1)</source>
        <translation>tych argumentów startowych ta wersja nie uruchamia (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its start arguments are empty</source>
        <translation>jej argumenty startowe są puste</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>an interval of %1 s: it must be 1..3600</source>
        <translation>interwał %1 s: musi wynosić 1..3600</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already recording on %1: %2</source>
        <translation>już nagrywa na %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>managed by %1 on %2: systemctl start %1 there</source>
        <translation>zarządzany przez %1 na %2: tam systemctl start %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing has recorded into %1 on %2 yet, so no profile is known to start its collector with: start the first one there (openmosixcollector --profile FILE --db %1)</source>
        <translation>nic jeszcze nie nagrywało do %1 na %2, więc nie wiadomo, z jakim profilem uruchomić jego kolektor: pierwszy uruchom tam (openmosixcollector --profile PLIK --db %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on %2 belongs to %3: only %3 or root may start its collector (asked by %4)</source>
        <translation>%1 na %2 należy do %3: tylko %3 lub root może uruchomić jego kolektor (prosił %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot start the collector of %1 on %2: %3; start it there by hand</source>
        <translation>nie można uruchomić kolektora %1 na %2: %3; uruchom go tam ręcznie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 on %2 belongs to uid %3, who has no account there</source>
        <translation>%1 na %2 należy do uid %3, który nie ma tam konta</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>/dev/null: %1</source>
        <translation>/dev/null: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot start a process on %1: %2</source>
        <translation>nie można uruchomić procesu na %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot run %1 on %2 as %3</source>
        <translation>nie można uruchomić %1 na %2 jako %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the collector on %1 ended at once: %2</source>
        <translation>kolektor na %1 zakończył się od razu: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing in %1)</source>
        <translation>(nic w %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>started on %1 as %2: %3</source>
        <translation>uruchomiony na %1 jako %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the collector started on %1 (pid %2) but did not answer within 10 s; see %3</source>
        <translation>kolektor uruchomiono na %1 (pid %2), ale nie odpowiedział w ciągu 10 s; zob. %3</translation>
    </message>
</context>
<context>
    <name>omv::splitWords</name>
    <message>
        <location filename="../common/core/util/shellquote.cpp" line="+72"/>
        <source>a quote is not closed</source>
        <translation>cudzysłów nie jest zamknięty</translation>
    </message>
</context>
</TS>
