<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>omv::AnalyzerWindow</name>
    <message numerus="yes">
        <location filename="../analyzer/analyzerwindow.cpp" line="+762" />
        <source>%1 · %2 · %n point(s) per line · %3 node(s)</source>
        <translation><numerusform>%1 · %2 · %n point per line · %3 node(s)</numerusform><numerusform>%1 · %2 · %n points per line · %3 node(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::ClustersDialog</name>
    <message numerus="yes">
        <location filename="../common/gui/clustersdialog.cpp" line="+498" />
        <source>%n node(s) listed, %1 up</source>
        <translation><numerusform>%n node listed, %1 up</numerusform><numerusform>%n nodes listed, %1 up</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n node(s) not answering, first: %1</source>
        <translation><numerusform>%n node not answering, first: %1</numerusform><numerusform>%n nodes not answering, first: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::GuestPanel</name>
    <message numerus="yes">
        <location filename="../procs/guestpanel.cpp" line="+101" />
        <source>%n guest(s) on node %1</source>
        <translation><numerusform>%n guest on node %1</numerusform><numerusform>%n guests on node %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n guest(s) in the cluster</source>
        <translation><numerusform>%n guest in the cluster</numerusform><numerusform>%n guests in the cluster</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>Sending %n command(s)…</source>
        <translation><numerusform>Sending %n command…</numerusform><numerusform>Sending %n commands…</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::HistoryWindow</name>
    <message numerus="yes">
        <location filename="../history/historywindow.cpp" line="+603" />
        <source>%1 · sample of %2%3 · %n process(es)</source>
        <translation><numerusform>%1 · sample of %2%3 · %n process</numerusform><numerusform>%1 · sample of %2%3 · %n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source> (averages of %n minute(s): raw samples aged out)</source>
        <translation><numerusform> (averages of %n minute: raw samples aged out)</numerusform><numerusform> (averages of %n minutes: raw samples aged out)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+140" />
        <source> (averages of %n minute(s))</source>
        <translation><numerusform> (averages of %n minute)</numerusform><numerusform> (averages of %n minutes)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+77" />
        <source>Logged: %n sample(s), %1 – %2</source>
        <translation><numerusform>Logged: %n sample, %1 – %2</numerusform><numerusform>Logged: %n samples, %1 – %2</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::LinuxBackend</name>
    <message numerus="yes">
        <location filename="../common/core/backend/linux/linuxbackend.cpp" line="+1181" />
        <source>live: %n pre-dump round(s) while it ran (%1), then %2 with it stopped for %3 s; %4 relayed from node %5 to node %6</source>
        <translation>
            <numerusform>live: %n pre-dump round while it ran (%1), then %2 with it stopped for %3 s; %4 relayed from node %5 to node %6</numerusform>
            <numerusform>live: %n pre-dump rounds while it ran (%1), then %2 with it stopped for %3 s; %4 relayed from node %5 to node %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::LogThrottle</name>
    <message numerus="yes">
        <location filename="../common/core/util/logthrottle.cpp" line="+31" />
        <source>… and %n more like it in %1 s, the last: %2</source>
        <translation>
            <numerusform>… and %n more like it in %1 s, the last: %2</numerusform>
            <numerusform>… and %n more like it in %1 s, the last: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+351" />
        <source>Connected to %1; %n node(s) not answering</source>
        <translation><numerusform>Connected to %1; %n node not answering</numerusform><numerusform>Connected to %1; %n nodes not answering</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::MigratorDialog</name>
    <message numerus="yes">
        <location filename="../procs/migratordialog.cpp" line="+34" />
        <source>Migrator — %n processes</source>
        <translation><numerusform>Migrator — %n process</numerusform><numerusform>Migrator — %n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+203" />
        <source>%n selected processes: every action goes to each of them</source>
        <translation><numerusform>%n selected process: every action goes to it</numerusform><numerusform>%n selected processes: every action goes to each of them</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="-104" />
        <source>Sending %n command(s)…</source>
        <translation><numerusform>Sending %n command…</numerusform><numerusform>Sending %n commands…</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::MonitorScene</name>
    <message numerus="yes">
        <location filename="../migmon/monitorscene.cpp" line="+819" />
        <source>
%n CPU(s)</source>
        <translation><numerusform>
%n CPU</numerusform><numerusform>
%n CPUs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>
%n process(es) shown here</source>
        <translation><numerusform>
%n process shown here</numerusform><numerusform>
%n processes shown here</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::MonitorWindow</name>
    <message numerus="yes">
        <location filename="../migmon/monitorwindow.cpp" line="+347" />
        <source>… %n more</source>
        <translation><numerusform>… %n more</numerusform><numerusform>… %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Group %1: %n process(es). Click selects them; the key %2 puts the selection in it.</source>
        <translation><numerusform>Group %1: %n process. Click selects them; the key %2 puts the selection in it.</numerusform><numerusform>Group %1: %n processes. Click selects them; the key %2 puts the selection in it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%n node(s)</source>
        <translation><numerusform>%n node</numerusform><numerusform>%n nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source> · %n pending</source>
        <translation><numerusform> · %n pending</numerusform><numerusform> · %n pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source> · %n node(s) not answering</source>
        <translation><numerusform> · %n node not answering</numerusform><numerusform> · %n nodes not answering</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+65" />
        <source>sending %n process(es) home</source>
        <translation><numerusform>sending %n process home</numerusform><numerusform>sending %n processes home</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>migrating %n process(es) to node %1</source>
        <translation><numerusform>migrating %n process to node %1</numerusform><numerusform>migrating %n processes to node %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>sending %n process(es) to the best node</source>
        <translation><numerusform>sending %n process to the best node</numerusform><numerusform>sending %n processes to the best node</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>signalling %n process(es)</source>
        <translation><numerusform>signalling %n process</numerusform><numerusform>signalling %n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>locking %n process(es)</source>
        <translation><numerusform>locking %n process</numerusform><numerusform>locking %n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>unlocking %n process(es)</source>
        <translation><numerusform>unlocking %n process</numerusform><numerusform>unlocking %n processes</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::NodeDialog</name>
    <message numerus="yes">
        <location filename="../app/nodedialog.cpp" line="+116" />
        <source>Every node of the cluster (%n nodes): a switch you change is sent to every node.
A filled box is on at some nodes only; left so, it changes nothing.</source>
        <translation>
            <numerusform>Every node of the cluster (%n node): a switch you change is sent to every node.
A filled box is on at some nodes only; left so, it changes nothing.</numerusform>
            <numerusform>Every node of the cluster (%n nodes): a switch you change is sent to every node.
A filled box is on at some nodes only; left so, it changes nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>Sending %n command(s)…</source>
        <translation><numerusform>Sending %n command…</numerusform><numerusform>Sending %n commands…</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::NodeTableModel</name>
    <message numerus="yes">
        <location filename="../common/gui/nodetablemodel.cpp" line="+198" />
        <source>Cluster (%n up)</source>
        <translation><numerusform>Cluster (%n up)</numerusform><numerusform>Cluster (%n up)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>the whole cluster, %n node(s) up</source>
        <translation><numerusform>the whole cluster, %n node up</numerusform><numerusform>the whole cluster, %n nodes up</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n CPU(s) in the cluster</source>
        <translation><numerusform>%n CPU in the cluster</numerusform><numerusform>%n CPUs in the cluster</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n process(es) in the cluster</source>
        <translation><numerusform>%n process in the cluster</numerusform><numerusform>%n processes in the cluster</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+127" />
        <source>%n CPU(s)</source>
        <translation><numerusform>%n CPU</numerusform><numerusform>%n CPUs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n process(es) running</source>
        <translation><numerusform>%n process running</numerusform><numerusform>%n processes running</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n running here</source>
        <translation>
            <numerusform>%n running here</numerusform>
            <numerusform>%n running here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n guest(s)</source>
        <translation><numerusform>%n guest</numerusform><numerusform>%n guests</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n of its own elsewhere</source>
        <translation>
            <numerusform>%n of its own elsewhere</numerusform>
            <numerusform>%n of its own elsewhere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omv::ProcessActions</name>
    <message numerus="yes">
        <location filename="../common/gui/processactions.cpp" line="+30" />
        <source>End %n process(es) with SIGKILL? They cannot save anything.

%1</source>
        <translation><numerusform>End %n process with SIGKILL? They cannot save anything.

%1</numerusform><numerusform>End %n processes with SIGKILL? They cannot save anything.

%1</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::ProcessWindow</name>
    <message numerus="yes">
        <location filename="../procs/processwindow.cpp" line="+388" />
        <source>; %n node(s) not answering</source>
        <translation><numerusform>; %n node not answering</numerusform><numerusform>; %n nodes not answering</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::RunProgramDialog</name>
    <message numerus="yes">
        <location filename="../app/runprogramdialog.cpp" line="+247" />
        <source>Starting %n program(s)…</source>
        <translation><numerusform>Starting %n program…</numerusform><numerusform>Starting %n programs…</numerusform></translation>
    </message>
</context>
<context>
    <name>omv::Store</name>
    <message numerus="yes">
        <location filename="../common/core/store/storewriter.cpp" line="+337" />
        <source>no answer for %n interval(s): %1</source>
        <translation><numerusform>no answer for %n interval: %1</numerusform><numerusform>no answer for %n intervals: %1</numerusform></translation>
    </message>
</context>
</TS>
