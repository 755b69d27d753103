<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>DemoCluster</name>
    <message>
        <location filename="../common/core/demo/democluster.cpp" line="+39"/>
        <source>the demo cluster needs omsim next to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create a directory for the demo cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>omsim did not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRecording</name>
    <message>
        <location filename="../common/core/demo/demorecording.cpp" line="+16"/>
        <source>the demo needs openmosixcollector next to this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot make a directory for the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the demo&apos;s collector did not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../migmon/monitorscene.cpp" line="+230"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>⌂ home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop here to send home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+13"/>
        <source>Watch and steer a process-migration cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the milliseconds from start to the first filled table, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../procs/main.cpp" line="+13"/>
        <source>Every process of a process-migration cluster: where it runs; migrate, signal, renice, lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start showing the processes on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start on the Guests tab (with --node: that node&apos;s guests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migmon/main.cpp" line="+13"/>
        <source>The migration monitor: nodes on a circle, processes as squares beside the node they run on; drag a square onto a node to migrate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch from this node (drawn in the centre; default: the gateway&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analyzer/main.cpp" line="+34"/>
        <source>Load and memory history of a process-migration cluster, from the collector&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start of the range: ISO 8601 (2026-11-29T14:10), now, or back from now (-24h, -7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the range (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the statistics of the range as text and exit (no window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load in percent above which a node counts as hot (default 75).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the report of the range without a window and exit: FILE.pdf (charts, statistics, events) or FILE.csv (the statistics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--threshold wants a percentage above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from: &apos;%1&apos; is not a time (ISO 8601, now, -24h, -7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to: &apos;%1&apos; is not a time (ISO 8601, now, -24h, -7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--report wants a file name ending in .pdf or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history/main.cpp" line="+62"/>
        <source>The cluster at any recorded moment: nodes and processes then, a process&apos;s life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The moment: ISO 8601 (2026-11-29T14:10), now, or back from now (-1h, -2d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the cluster at --at as JSON and exit (no window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this owner&apos;s processes (--json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only processes running on node N (--json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only commands containing TEXT (--json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --json: what started, ended and moved from T1 to T2 (the second time follows as an argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of --between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--at: &apos;%1&apos; is not a time (ISO 8601, now, -1h, -2d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--node wants a node number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--between wants two times: --between T1 T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--between: &apos;%1&apos; or &apos;%2&apos; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--between: the second time must come after the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--between goes with --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to %2 is outside the recorded span, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>more than %1 changes: the list stops at %2; ask for a shorter range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is outside the recorded span, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::AnalyzerWindow</name>
    <message>
        <location filename="../analyzer/analyzerwindow.cpp" line="+81"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — history — openmosixanalyzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+543"/>
        <location line="+9"/>
        <source>load %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-570"/>
        <location line="+355"/>
        <source>memory used, GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-354"/>
        <source>hottest node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nodes up, % of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean load earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drag: zoom to a time · Shift+drag or middle/right drag: pan · wheel: zoom · right click or Escape: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nodes shown in the chart (tick to show, untick to hide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double click a node: its line alone in the chart; the cluster: every node again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overlay the cluster&apos;s mean load of the same range shifted back, dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a week earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+4"/>
        <location line="+594"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-580"/>
        <source>%1 holds no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>mean load %1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>migrations per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>node %1 down %2 – %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cluster: %1 % mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hottest node: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory used: %1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodes up: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 earlier: %2 % mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>with %1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens now (shown on the charts and in reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 · %2 · %n point(s) per line · %3 node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raw samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rollups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report: charts, statistics and events of this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Export</source>
        <translation type="unfinished">Eksport</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export statistics as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;series as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charts&apos; points as CSV: the cluster&apos;s figures and every shown node&apos;s load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export charts as &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both charts as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics table as CSV (cells that look like formulas are quoted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark a &amp;checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a checkpoint with a text through the collector recording this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programs</source>
        <translation type="unfinished">&amp;Programy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes at this &amp;moment (openmosixhistory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programs</source>
        <translation type="unfinished">Programy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot start openmosixhistory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster&apos;s nodes and processes at the time under the crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load and memory history of a process-migration cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean load %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hottest node %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory used GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1 load %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1 (PNG or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>%1: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot start the report (is the file or printer writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — load and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made %1 from %2; load above %3 % marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — statistics and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::ChangeTableModel</name>
    <message>
        <location filename="../history/changetablemodel.cpp" line="+46"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation type="unfinished">Węzeł</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::ClusterBackend</name>
    <message>
        <location filename="../common/core/backend/clusterbackend.cpp" line="+172"/>
        <source>cannot read the proc tree on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no address is known for node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::ClusterOptions</name>
    <message>
        <location filename="../common/gui/clusteropen.cpp" line="+65"/>
        <source>Start an emulated cluster (omsim) and watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel the --demo cluster emulates: openmosix (default), mattx or linux (stock kernels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch the emulated cluster another program of the suite started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster profile to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A history database to read (also a rotated one); no cluster needs to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+26"/>
        <location line="+20"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>give one of --demo, --demo-root, --profile%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+64"/>
        <source>History database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <location line="+35"/>
        <location line="+5"/>
        <source>Demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>name the cluster: --profile FILE%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--demo-kernel is openmosix, mattx or linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <location line="+3"/>
        <source>Cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is a history file: there is no live cluster behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no running omsim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::ClusterProfile</name>
    <message>
        <location filename="../common/core/profile/clusterprofile.cpp" line="+97"/>
        <source>%1:%2: unknown section [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1:%2: unknown key [%3] %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2: unknown key [%3] %4 (%5?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a number in %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not one of openmosix, mattx, linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not one of ssh, local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>missing: a plain Linux kernel lists no other nodes; name them (nodes=) or give a map file (map=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: name the node whose kernel table lists every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be an absolute folder on the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>unbalanced brackets in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>more than %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&apos;%1&apos; is not a host range (like node[01-16])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a range of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: a value may not contain ; &quot; \ or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::ClustersDialog</name>
    <message>
        <location filename="../common/gui/clustersdialog.cpp" line="+58"/>
        <source>Clusters</source>
        <translation type="unfinished">Klastry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your clusters; the demo cluster is an emulated one on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new profile from an empty form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile file kept elsewhere; it stays where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected profile file (asks first); added files are only forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name shown in window titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>openMosix / LinuxPMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MattX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain Linux (migration by CRIU where it works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel the nodes run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh to every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this machine is the only node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How commands reach the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node whose kernel table lists every node (host name or address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node[01-16], gpu1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain Linux: every node, by address or ssh host name (~/.ssh/config&apos;s names work); ranges as pdsh writes them. IDs are their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: node addresses in openMosix map format (ID address count); otherwise the gateway&apos;s table is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as in ~/.ssh/config, else your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user ssh logs in as on every node (commands like mosctl need root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ssh port of the nodes; &quot;default&quot; takes ~/.ssh/config&apos;s or 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key to log in with; ssh-agent is tried first. A key with a passphrase asks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where host keys are checked and saved (default ~/.ssh/known_hosts). An unknown key is shown to you first; a changed key is always refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history database the collector writes for this cluster (default: one per cluster in your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reach nodes by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;odes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Node &amp;map file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known_&amp;hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the gateway with these settings and read every node once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+143"/>
        <source>An emulated openMosix cluster (omsim) started on this machine for as long as the window is open. Nothing to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Watch the selected cluster (saves the form first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo cluster (emulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omsim on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo, plain Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omsim on this machine, emulating stock kernels: no migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>An emulated cluster of plain Linux nodes (omsim, stock kernels; processes move by checkpoint/restart through omsim&apos;s stand-in for criu) started on this machine for as long as the window is open. Nothing to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the cluster a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The gateway did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n node(s) listed, %1 up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n node(s) not answering, first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>new cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster profiles (*.ini);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile file %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::CollectorControl</name>
    <message>
        <location filename="../common/gui/collectorcontrol.cpp" line="+90"/>
        <source>openmosixcollector is not installed next to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::Command</name>
    <message>
        <location filename="../common/core/model/command.cpp" line="+35"/>
        <source>the balancer places it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run on a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/O job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slow decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fast decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set speed of node %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatic migration on node %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quiet on node %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local processes stay on node %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block guests on node %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expel guests from node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bring processes home to node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 of node %2 to node %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 home to node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate process %1 of node %2 to the best node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send SIG%1 to process %2 of node %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renice process %1 of node %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock process %1 to its home node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlock process %1 of node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run %1 from node %2 on node %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1 on node %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::CommandBuilder</name>
    <message>
        <location filename="../common/core/backend/commandbuilder.cpp" line="+44"/>
        <source>node ID %1 is out of range %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process ID %1 is out of range 1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>speed %1 is out of range %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>target node ID %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>no program to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program name cannot start with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an argument contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command line is longer than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nice value %1 is out of range %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>MattX has no &apos;best node&apos; request: choose the node first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not offered by MattX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>not offered by this backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>MattX has no such switch: its admin file takes only balancer, affinity, exclude, include, debug and migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MattX nodes are started and stopped by loading and unloading the kernel module on the node; the admin file cannot do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MattX cannot lock a single process; add its command name to the exclude list instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MattX has no &apos;best node&apos; request: the suite picks the node with the lowest load per capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MattX has no mosrun: a program starts on the node you pick and its balancer moves it; keep it home with the exclude list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plain Linux nodes cannot migrate processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain Linux kernels have no such switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by checkpoint/restart (CRIU) where both nodes have a working CRIU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the suite picks the node with the lowest load per CPU; moved by checkpoint/restart (CRIU)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::CommandDispatcher</name>
    <message>
        <location filename="../common/core/backend/commanddispatcher.cpp" line="+61"/>
        <source>not in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::CommandResult</name>
    <message>
        <location filename="../common/core/transport/transport.cpp" line="+14"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::GuestPanel</name>
    <message>
        <location filename="../procs/guestpanel.cpp" line="+28"/>
        <source>Send &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;best node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node whose guests are listed, or every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uests of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migrate the selected guests back to the nodes they were born on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the cluster move the selected guests to the least loaded node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many guests the kernel lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processes born on other nodes that the listed node computes. Enter: send home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What each command did, per guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of &quot;send home&quot; and &quot;send to best node&quot; appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n guest(s) on node %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n guest(s) in the cluster</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>guest %1 on node %2 (from node %3) — FAILED: node %2 does not say which process of node %3 it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Sending %n command(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::GuestTableModel</name>
    <message>
        <location filename="../common/gui/guesttablemodel.cpp" line="+116"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The node does not say which process of node %1 this is, so it cannot be sent anywhere from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Node %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node that computes the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its pid on that node (openMosix remote pid, MattX stub pid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node it was born on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its pid on its home node: how the other windows name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of one CPU since the previous sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::GuiPrompts</name>
    <message>
        <location filename="../common/gui/prompts.cpp" line="+86"/>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 (port %2) is not known yet.

Its %3 key has the fingerprint
%4

Compare it with the one the node&apos;s administrator gives you before you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept and remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect and add the key to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this time without remembering the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not connect to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::HelpMenu</name>
    <message>
        <location filename="../common/gui/helpmenu.cpp" line="+70"/>
        <source>No manual page for %1 is installed (%2). The README describes every program.</source>
        <translation>Strona podręcznika %1 nie jest zainstalowana (%2). README opisuje każdy program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>man found none</source>
        <translation>man nie znalazł żadnej</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manual</source>
        <translation>&amp;Podręcznik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manual</source>
        <translation>Podręcznik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — manual</source>
        <translation>%1 — podręcznik</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This program&apos;s manual page</source>
        <translation>Strona podręcznika tego programu</translation>
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
        <location filename="../common/core/store/historyreader.cpp" line="+208"/>
        <source>%1: cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::HistoryWindow</name>
    <message>
        <location filename="../history/historywindow.cpp" line="+102"/>
        <source>only migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — the cluster at any moment — openmosixhistory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>load %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click: the cluster at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The moment shown (t / Shift+T: next / previous sample, b: type a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The moment shown; type one and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first recorded moment (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minute earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recorded sample before (Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recorded sample after (t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minute later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last recorded moment (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Play from the moment shown, this many times real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Only this owner&apos;s processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes running on this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command, user or pid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The moment shown is the start (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The moment shown is the end (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark two moments: what started, ended and moved between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Double click: the cluster at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation type="unfinished">Węzeł</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processes then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 holds no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>pid %1 of node %2 did not exist at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: nothing recorded at or before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · sample of %2%3 · %n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the minute&apos;s averages: raw samples aged out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1”%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> sent by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A %1 — B %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 — B %2: %3 started, %4 ended, %5 moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — only until %1 (more than %L2 changes: mark a shorter A–B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (the minute&apos;s averages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: nothing was written (is the place writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export processes as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Export the processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Export</source>
        <translation type="unfinished">Eksport</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The processes shown at this moment as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export processes as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print processes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster at any recorded moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::LifeStrip</name>
    <message>
        <location filename="../history/lifestrip.cpp" line="+27"/>
        <source>The selected process&apos;s life: a bar per stay on a node, a mark per migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Select a process to see its life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid %1 of node %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1 (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: moved from node %2 to node %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on node %1 from %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::LinuxBackend</name>
    <message>
        <location filename="../common/core/backend/linux/linuxbackend.cpp" line="+70"/>
        <source>cannot read the proc tree on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>stat: no cpu lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+149"/>
        <source>a plain Linux kernel has no migration switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>criu is not installed: migration needs CRIU on both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>criu did not say its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRIU %1: &apos;criu check&apos; fails on this node: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRIU %1 on kernel %2: migration available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CRIU %1 cannot checkpoint on kernel %2: before 4.1 it fails there with &quot;Unexpected rt vDSO area bounds&quot;; install CRIU 4.1 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRIU %1 is too old: the suite needs 3.11 or newer (--leave-stopped, --pidfile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+266"/>
        <source>no address is known for node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-261"/>
        <source>cannot ask node %1 about CRIU: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>no other node that is up has a working CRIU to take process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the suite chose node %1, the one with the lowest load per CPU (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>process %1 of node %2 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>process %1 already runs on node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>node %1 cannot take part in a migration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>node %1: criu dump failed, process %2 goes on there: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>— and the stopped original on node %1 could not be continued: %2 (continue it by hand: kill -CONT %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: criu dump did not say where its images are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the images could not be read on node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>node %1: the restore failed, process %2 goes on on node %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>checkpoint of %1 relayed from node %2 to node %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checkpoint through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored as process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 runs on node %2 now, but its stopped original on node %3 could not be ended: %4 (end it by hand: kill -KILL %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::LocalTransport</name>
    <message>
        <location filename="../common/core/transport/localtransport.cpp" line="+35"/>
        <source>cannot start setsid /bin/sh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>stopped: the other end of the stream gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the shell was killed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+49"/>
        <source>openMosixview — %1</source>
        <translation>openMosixview — %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every node of the cluster; the first row is the whole cluster</source>
        <translation>Każdy węzeł klastra; pierwszy wiersz to cały klaster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh</source>
        <translation>Odświeżanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the refresh toolbar</source>
        <translation>Pokaż lub ukryj pasek odświeżania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Refresh every </source>
        <translation> Odświeżaj co </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the nodes are sampled (1–60 seconds)</source>
        <translation>Jak często węzły są odczytywane (1–60 sekund)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop sampling until pressed again (Ctrl+Shift+P or Pause)</source>
        <translation>Wstrzymaj odczyty do ponownego naciśnięcia (Ctrl+Shift+P lub Pause)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Odśwież teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample every node now (F5)</source>
        <translation>Odczytaj teraz każdy węzeł (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+34"/>
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
        <location line="+54"/>
        <source>Start &amp;collector</source>
        <translation>Uruchom &amp;kolektor</translation>
    </message>
    <message>
        <location line="-51"/>
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
        <location line="+12"/>
        <source>Stop &amp;collector</source>
        <translation>Zatrzymaj &amp;kolektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording this cluster&apos;s history (%1)</source>
        <translation>Przestań zapisywać historię tego klastra (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this cluster&apos;s history into %1</source>
        <translation>Zapisuj historię tego klastra do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>openmosixcollector is not installed</source>
        <translation>openmosixcollector nie jest zainstalowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector: recording</source>
        <translation>Kolektor: zapisuje</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+13"/>
        <source>Collector</source>
        <translation>Kolektor</translation>
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
        <location line="+40"/>
        <source>Setting the speed failed: %1</source>
        <translation>Ustawienie szybkości nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source> — paused</source>
        <translation> — wstrzymane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — sampling…</source>
        <translation> — odczyt…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../common/core/backend/mattx/mattxbackend.cpp" line="+146"/>
        <source>node table from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no address known for node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>no other node is up to take process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MattX has no &apos;best node&apos; request: the suite chose node %1, the one with the lowest load per capacity (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::MigratorDialog</name>
    <message>
        <location filename="../procs/migratordialog.cpp" line="+29"/>
        <source>Migrator — process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Migrator — %n processes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (pid %2 of node %3, runs on node %4, user %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n selected processes: every action goes to each of them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a node (or press Enter) to migrate there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>node %1 — %2 — load %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 — %2 — down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send it back to its home node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Best node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let the kernel pick the best node for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause it (SIGSTOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let it run again (SIGCONT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it on its home node: the balancer leaves it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let the balancer move it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End it (SIGKILL), after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nice value: -20 (most CPU) to 19 (least); sent when you let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The result for each process appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each command answered, per process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Sending %n command(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>End %n process(es) with SIGKILL? They cannot save anything.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::MonitorScene</name>
    <message>
        <location filename="../migmon/monitorscene.cpp" line="+523"/>
        <source>node %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
load %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
memory %1 of %2 GB used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>
%n CPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, speed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>
%n process(es) shown here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::MonitorView</name>
    <message>
        <location filename="../migmon/monitorview.cpp" line="+34"/>
        <source>Migration monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes as discs, processes as squares beside the node they run on; drag a square onto a node to migrate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+217"/>
        <source>pid %1 of node %2 — %3
%4
on node %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 % CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
locked: it does not migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
last command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::MonitorWindow</name>
    <message>
        <location filename="../migmon/monitorwindow.cpp" line="+62"/>
        <source>%1 — openMosix migration monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation type="unfinished">Odświeżanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation type="unfinished"> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the cluster is read (1–60 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished">&amp;Odśwież teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read every node now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole cluster in the window (Ctrl+0; * also)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+155"/>
        <source>Homed on the watched node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Every process of the cluster, or only those whose home is the watched node (the original monitor&apos;s view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this user&apos;s processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command or pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only processes whose command line contains this text, or with this pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes away from their home node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour by CPU %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a square&apos;s colour tells (a process in a group has its group&apos;s colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watched node in centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw the watched node in the middle of the ring, as the original did; else on the ring with the others (beyond 48 nodes they stand on a grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A square&apos;s colour: CPU use or its user (a square in a group has the group&apos;s colour). A dark frame: away from home, with a line to its home node. A padlock: locked. Dashed: a command sent, waiting for a sample to show it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Command results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Migrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The actions for the selected processes (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+396"/>
        <source>Send &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-392"/>
        <source>Migrate the selected processes back to their home node (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+408"/>
        <source>&amp;Kill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-404"/>
        <source>End the selected processes (asks first; Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put in group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Out of its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected processes out of their groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nodes, processes shown, commands waiting for a sample to confirm them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The migration monitor: drag processes from node to node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+19"/>
        <source>Homed on node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>… %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>% CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Group %1: %n process(es). Click selects them; the key %2 puts the selection in it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Łączenie z %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 of %2 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n node(s) not answering</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>sending %n process(es) home</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>migrating %n process(es) to node %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>sending %n process(es) to the best node</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>signalling %n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>locking %n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>unlocking %n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>End %n process(es)?

%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>pid %1 of node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now runs on node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not move: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Put in &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to &amp;best node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Migrate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in &amp;openmosixprocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Programs</source>
        <translation type="unfinished">Programy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot start openmosixprocs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::NodeDialog</name>
    <message>
        <location filename="../app/nodedialog.cpp" line="+26"/>
        <source>&amp;Automatic migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the balancer move processes away from this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop telling the other nodes this node&apos;s load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local processes stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes started here are not migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse processes from other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expel guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the processes of other nodes back home (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ring own processes home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring this node&apos;s migrated processes back (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node &amp;running (start/stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick to take the node out of the cluster, tick to start it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Node %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Node %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every node of the cluster (%n nodes): each switch you change is sent to all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (the node did not tell its current state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Migration: asking the node about CRIU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The result of each command appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each command sent to a node answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the switches you changed to the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sending %n command(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::NodePicker</name>
    <message>
        <location filename="../common/gui/nodepicker.cpp" line="+9"/>
        <location line="+14"/>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::NodeTableModel</name>
    <message>
        <location filename="../common/gui/nodetablemodel.cpp" line="+35"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed</source>
        <translation>Szybkość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory used</source>
        <translation>Pamięć zajęta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total memory</source>
        <translation>Pamięć razem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs</source>
        <translation>Procesory</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node&apos;s ID; the lamp is green while it is up, red when it is down or left</source>
        <translation>Numer węzła; lampka jest zielona, gdy węzeł działa, czerwona, gdy nie działa lub odszedł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a node to switch its migration settings</source>
        <translation>Kliknij węzeł, aby przełączyć jego ustawienia migracji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s speed as the balancer sees it; drag and let go to change it</source>
        <translation>Szybkość węzła tak, jak widzi ją balanser; przeciągnij i puść, aby ją zmienić</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load in percent of the node&apos;s capacity (100 % = every CPU busy)</source>
        <translation>Obciążenie w procentach możliwości węzła (100 % = wszystkie procesory zajęte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory in use, and free of total</source>
        <translation>Pamięć w użyciu oraz wolna z całości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s memory</source>
        <translation>Pamięć węzła</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processors</source>
        <translation>Procesory</translation>
    </message>
    <message>
        <location line="+104"/>
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
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>%1 free of %2</source>
        <translation>%1 wolne z %2</translation>
    </message>
    <message>
        <location line="-49"/>
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
        <location line="+43"/>
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
        <location filename="../common/core/backend/openmosix/openmosixbackend.cpp" line="+85"/>
        <source>cannot read the proc tree on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>%1: address %2 is no known node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: bad pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: home node %2, but &apos;from&apos; says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>node table from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no address known for node %1: name it in the map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no address known for node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>node %1: no hpc/admin files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::ProcessTableModel</name>
    <message>
        <location filename="../common/gui/processtablemodel.cpp" line="+392"/>
        <source>moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Born on node %1, runs on node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked to its home node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it can&apos;t move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Process ID on its home node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node the process was born on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node that computes it now (green mark: away from home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of one CPU since the previous sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked to its home node: the balancer leaves it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the kernel says keeps it from migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it came to the node it runs on (its start, or its last migration)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::ProcessWindow</name>
    <message>
        <location filename="../procs/processwindow.cpp" line="+40"/>
        <source>openMosixprocs — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every process of the cluster. Enter or double-click: migrator; Delete: kill; right button: actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every process of the cluster (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each node computes for other nodes, as its kernel lists it (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the filter toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter: command, user or pid (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the processes whose command line or user contains this text, or whose pid starts with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole cluster, or the processes running on one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every user&apos;s processes, or one user&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Only &amp;migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes that run away from their home node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only processes born on another node than the one they run on (with a node picked: that node&apos;s guests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation type="unfinished">Odświeżanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the refresh toolbar</source>
        <translation type="unfinished">Pokaż lub ukryj pasek odświeżania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation type="unfinished"> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the processes are read (1–60 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Wstrzymaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop reading until pressed again (Ctrl+Shift+P or Pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished">&amp;Odśwież teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read every node now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>&amp;Migrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Migrate, signal, renice or lock the selected processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>&amp;Kill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-179"/>
        <source>End the selected processes (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the filter field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Processes tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every process of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the guests of a node: send them home or to the best node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the cluster and what the table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every process of a process-migration cluster: where it runs; migrate, signal, renice, lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Send &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;best node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 processes shown; last read %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n node(s) not answering</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::RunProgramDialog</name>
    <message>
        <location filename="../app/runprogramdialog.cpp" line="+36"/>
        <source>&amp;Let the balancer decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it on the node; it may migrate like any process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stays on the node it starts on (nomig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It runs on its home node and is locked there (mosrun -h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;on node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is sent to the node you pick (mosrun -&lt;node&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CPU job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the balancer it mostly computes (mosrun -c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;I/O job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the balancer it mostly reads and writes (mosrun -i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No d&amp;ecay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history never fades (nodecay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slow decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history fades slowly (slowdecay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fast decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load history fades quickly (fastdecay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arallel, one copy on each node from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One copy is sent to every node in the range (mosrun -&lt;node&gt; each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>program and arguments, e.g. ./render --frames 1-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into words like a shell would (&apos;single&apos; and &quot;double&quot; quotes and \ group words); nothing is expanded and no shell runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node the program starts on: its home node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node &quot;Run on node&quot; sends it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on &amp;node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it may move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node IDs: one copy goes to each node from the first to the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Greyed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What each node answered appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result of each start: the process ID while it runs, or how it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the program over ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Name a program to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The program line: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first node of the range is after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No node of the cluster is in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the node to start on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Starting %n program(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — started%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::SpeedDelegate</name>
    <message>
        <location filename="../common/gui/nodedelegates.cpp" line="+97"/>
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
    <name>omv::SshTransport</name>
    <message>
        <location filename="../common/core/transport/sshtransport.cpp" line="+216"/>
        <source>%1: no host key from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: HOST KEY CHANGED — refusing to connect. The server offers %2 %3, which is not the key known_hosts holds. Someone may be intercepting the connection; if the key was changed on purpose, remove the old entry from known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the server offers a %2 host key (%3) but known_hosts holds a key of another type for it — refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown host key %2 %3 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot save the host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot check the host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ssh-agent offered no key the server took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot read identity file %2 (missing, unreadable, or wrong passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server refused the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no default identity was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: authentication failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot create an ssh session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read ssh config %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>%1: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(next attempt in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no time left to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no channel within the deadline; the session is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot open a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the server did not start the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: connection lost while the command ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: command timed out after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: stopped: the other end of the stream gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the command printed more than %2 bytes; cut off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::StatsModel</name>
    <message>
        <location filename="../analyzer/statsmodel.cpp" line="+31"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Time with the load above %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the %1 s rollups: the raw samples of this range are no longer kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Node</source>
        <translation type="unfinished">Węzeł</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th pct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrations in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrations out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::Store</name>
    <message>
        <location filename="../common/core/store/store.cpp" line="+132"/>
        <source>the database has schema version %1; this collector writes up to %2 — use a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot upgrade the schema from version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+348"/>
        <location line="+507"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-498"/>
        <source>%1: another collector is already writing to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot lock: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: belongs to uid %2, not to this collector&apos;s user (uid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: readable by others (mode %2) and cannot be made private: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was readable by others (mode %2): made 0600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
        <source>no answer for %n interval(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>down in the kernel&apos;s node table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+174"/>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write the open rollups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the database afresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1: no such database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not an openMosixview history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: history schema %2.x (version %3); this program reads schema %4.x — open it with a matching version of openMosixview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::SuiteApp</name>
    <message>
        <location filename="../common/gui/suiteapp.cpp" line="+42"/>
        <source>Save the window as PNG once it is filled, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::TimeRange</name>
    <message>
        <location filename="../common/core/model/timerange.cpp" line="+117"/>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation type="unfinished">wszystkie</translation>
    </message>
</context>
<context>
    <name>omv::TimeRangeBar</name>
    <message>
        <location filename="../common/gui/timerangebar.cpp" line="+52"/>
        <source>How much history to show (Alt+1 … Alt+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back by one width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (type a date and time, Enter applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (type a date and time, Enter applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward by one width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (half the width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (twice the width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow now: the view moves with the clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::Transport</name>
    <message>
        <location filename="../common/core/transport/transport.cpp" line="+11"/>
        <source>%1 cannot stream a command&apos;s input and output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::control::Text</name>
    <message>
        <location filename="../common/core/control/controlserver.cpp" line="+102"/>
        <source>no name to listen under (is the database there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>cannot listen for control requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the control socket @%1 is taken by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control socket @%1 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+136"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the request took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no whole request within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused %1: only uid %2 and root may use this collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: no such database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the collector recording into %1 is too busy to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no collector is recording into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to talk to %1: the collector of %2 runs as uid %3 (its owner) or root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the collector recording into %1 did not answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the collector recording into %1 closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the collector&apos;s answer is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../common/core/control/protocol.cpp" line="+79"/>
        <location line="+10"/>
        <source>more than one message on a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a message of %1 bytes (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>a field is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>uid %1 (%2), pid %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omv::splitWords</name>
    <message>
        <location filename="../common/core/util/shellquote.cpp" line="+72"/>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
