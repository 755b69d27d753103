// The history from the admin's desk (issue 30): the month database (64 nodes × 30 days at 5 s,
// 10 million spans) read here and through `openmosixcollector --serve history` over a loopback
// sshd (node 1 of a test cluster stands for the controller; no collector records the file, so the
// serve reads it itself), and again behind a 20 ms / 50 Mbit/s link (SlowLink), the same steps in
// one run: the analyzer opened to its first view, the 30-day view, zoom and pan steps; the history
// window's steps between moments and a process's life (clicked until drawn, once the window has
// the lives of the moment; and asked alone, as before they are in; and those lives themselves);
// `openmosixhistory --at T --json` as a
// process. A program's start is measured cold (no ssh session kept from an earlier program: its
// own key exchange) and warm (a channel on the session the program before kept, sshmux.h). Each
// remote figure with its ratio to the local one and the bytes the channel carried for it. The
// steps (zoom, history, a process's life) are taken by a local and a remote window in turns, so
// that both meet the same machine (inTurns).
// bench_remote_history [DB]: the month database of bench_analyzer (written when missing).
#include "analyzerwindow.h"
#include "benchutil.h"
#include "core/backend/backendfactory.h"
#include "core/profile/clusterprofile.h"
#include "core/store/historysource.h"
#include "core/transport/sshmux.h"
#include "gui/processtablemodel.h"
#include "gui/timerangebar.h"
#include "historywindow.h"
#include "monthdb.h"
#include "rangesteps.h"
#include "slowlink.h"
#include "support/testcluster.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace omv;
using omv::test::TestCluster;

namespace
{

struct Figures {
    double firstView = 0, monthView = 0, zoomStep = 0, historyOpen = 0, historyStep = 0, life = 0, json = 0;
    double lifeAsked = 0; // a life asked alone (clicked before the lives of the moment are in)
    double livesAt = 0; // the lives of every process at a moment
    double coldFirstView = 0, coldJson = 0; // with no ssh session kept from an earlier program
    double programFirstView = 0; // openmosixanalyzer started, its first view drawn (--screenshot), ended
    qint64 firstViewBytes = 0, monthViewBytes = 0, zoomStepBytes = 0, historyStepBytes = 0, lifeBytes = 0,
           livesAtBytes = 0;
};

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v[v.size() / 2];
}

// The steps of bench_analyzer and bench_history, from `where`; false when something was not shown.
// The control socket of the ssh session kept to `where` (sshmux.h), and its options.
QString keptSession(const control::CollectorHost& where, SshOptions* o)
{
    *o = where.ssh;
    o->host = where.host;
    return sshmux::controlPath(*o);
}

// Ends the ssh session an earlier program kept to `where`: the next one starts cold.
void forgetSession(const control::CollectorHost& where)
{
    if (!where.isRemote())
        return;
    SshOptions o;
    const QString path = keptSession(where, &o);
    sshmux::stopMaster(o, path);
    for (int i = 0; i < 100 && sshmux::alive(path); ++i)
        QThread::msleep(20);
}

// What the window before left running (its reader's thread, on the far side its serve ending
// the query it was cancelled in) done, so that a window opens on an idle machine as a program
// does.
void settle()
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 500)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

// The kept session there, once the program before has left one.
void awaitSession(const control::CollectorHost& where)
{
    SshOptions o;
    for (int i = 0; where.isRemote() && i < 250 && !sshmux::alive(keptSession(where, &o)); ++i)
        QThread::msleep(20);
}

// `openmosixhistory --json --at` a day before the end, with `args` naming the source.
void runJson(const QStringList& args, qint64 end)
{
    QProcess proc;
    proc.setStandardOutputFile(QProcess::nullDevice());
    proc.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../../history/openmosixhistory"),
        args
            + QStringList { QStringLiteral("--json"), QStringLiteral("--at"),
                QDateTime::fromMSecsSinceEpoch(end - 24 * 3600 * 1000).toString(Qt::ISODate) });
    proc.waitForFinished(120000);
    if (proc.exitCode() != 0)
        std::fprintf(stderr, "bench_remote_history: --json: %s\n", proc.readAllStandardError().constData());
}

// The analyzer as a program: started on the last hour, its first view drawn, ended (--screenshot
// quits once drawn). What an admin waits for, process start included.
void runAnalyzer(const QStringList& args, qint64 end)
{
    const QString png = QDir::temp().filePath(QStringLiteral("bench_remote_history-%1.png").arg(::getpid()));
    const auto iso = [](qint64 t) { return QDateTime::fromMSecsSinceEpoch(t).toString(Qt::ISODate); };
    QProcess proc;
    proc.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../../analyzer/openmosixanalyzer"),
        args
            + QStringList { QStringLiteral("--from"), iso(end - 3600 * 1000), QStringLiteral("--to"), iso(end),
                QStringLiteral("--screenshot"), png });
    proc.waitForFinished(120000);
    if (proc.exitCode() != 0)
        std::fprintf(stderr, "bench_remote_history: analyzer: %s\n", proc.readAllStandardError().constData());
    QFile::remove(png);
}

// Steps taken by each of several windows in turn — step i in every window before step i + 1 in
// any, the order turned about each step — so that what the machine does meanwhile falls on all
// of them alike: a ratio of two figures measured minutes apart on this VM was at the mercy of
// whatever ran then (a local history step once 34 ms in one run, 17 in the next). Per window:
// the median and the bytes received per step.
struct Stepped {
    bool ok = true;
    QVector<double> ms;
    QVector<qint64> bytes;
};

// `settled(k)`, untimed, after each step: what the window still does in the background once
// the step is shown (the analyzer's statistics) is over before another window steps.
template <class Step> Stepped inTurns(int windows, int steps, Step step, std::function<void(int)> settled = {})
{
    Stepped out;
    QVector<QVector<double>> ms(windows);
    out.bytes.fill(0, windows);
    for (int i = 0; i < steps && out.ok; ++i) {
        for (int k = 0; k < windows && out.ok; ++k) {
            const int which = i % 2 ? windows - 1 - k : k;
            const qint64 before = HistorySource::bytesReceived();
            QElapsedTimer t;
            t.start();
            out.ok = step(which, i);
            ms[which] << double(t.nsecsElapsed()) / 1e6;
            out.bytes[which] += HistorySource::bytesReceived() - before;
            if (settled)
                settled(which);
        }
    }
    for (int k = 0; k < windows; ++k) {
        out.ms << median(ms[k]);
        out.bytes[k] /= std::max(1, steps);
    }
    return out;
}

// The analyzer's zoom and pan steps (20), each until drawn.
Stepped zoomSteps(const std::vector<AnalyzerWindow*>& ws)
{
    std::vector<std::unique_ptr<QSignalSpy>> drawn;
    for (AnalyzerWindow* w : ws)
        drawn.push_back(std::make_unique<QSignalSpy>(w, &AnalyzerWindow::drawn));
    return inTurns(
        int(ws.size()), 20,
        [&](int k, int i) {
            drawn[size_t(k)]->clear();
            bench::rangeStep(ws[size_t(k)]->rangeBar(), i);
            if (!drawn[size_t(k)]->wait(120000))
                return false;
            QApplication::processEvents();
            return true;
        },
        [&](int k) {
            if (ws.size() < 2)
                return; // alone, the next step cuts the statistics short, as a user's does
            QElapsedTimer waited;
            waited.start();
            while (!ws[size_t(k)]->complete() && waited.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::AllEvents, 20);
        });
}

// The history window's steps between moments (21 random ones in the last week), each until shown.
Stepped historySteps(const std::vector<HistoryWindow*>& ws, qint64 end)
{
    std::vector<std::unique_ptr<QSignalSpy>> shown;
    for (HistoryWindow* w : ws)
        shown.push_back(std::make_unique<QSignalSpy>(w, &HistoryWindow::shownChanged));
    const qint64 day = qint64(24) * 3600 * 1000;
    QRandomGenerator rng(3);
    QVector<qint64> moments;
    for (int i = 0; i < 21; ++i)
        moments << end - 7 * day + qint64(rng.generate64() % quint64(7 * day));
    return inTurns(int(ws.size()), moments.size(), [&](int k, int i) {
        shown[size_t(k)]->clear();
        ws[size_t(k)]->setMoment(moments[i]);
        if (!shown[size_t(k)]->wait(60000))
            return false;
        QApplication::processEvents();
        return true;
    });
}

// A process's life (a different one each step, 15, of those shown at `now`), asked alone, as the
// window asks it when clicked before the lives of the moment are in, until answered — from a
// reader on each source. `allLives`: the lives of every process at `now` instead (what the window
// asks once a moment stands still), 5 times.
Stepped lifeSteps(const std::vector<control::CollectorHost>& sources, const QString& path,
    const StoreReader::Moment& now, bool allLives = false)
{
    std::vector<std::unique_ptr<HistoryReader>> readers;
    int answers = 0;
    QEventLoop loop;
    const auto answered = [&] {
        ++answers;
        loop.quit();
    };
    const auto waitForAnswer = [&](int before) {
        QElapsedTimer waited;
        waited.start();
        while (answers == before && waited.elapsed() < 20000) {
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return answers > before;
    };
    for (const control::CollectorHost& where : sources) {
        readers.push_back(std::make_unique<HistoryReader>(path, 1000, nullptr, where));
        HistoryReader* r = readers.back().get();
        QObject::connect(r, &HistoryReader::extentAnswered, &loop, answered);
        QObject::connect(r, &HistoryReader::processLifeAnswered, &loop, answered);
        QObject::connect(r, &HistoryReader::livesAtAnswered, &loop, answered);
        QObject::connect(r, &HistoryReader::failed, &loop, [&](const history::Head&, const QString& why) {
            std::fprintf(stderr, "bench_remote_history: a question failed: %s\n", qPrintable(why));
            answered();
        });
        const int before = answers;
        r->request(history::Extent()); // the channel open before the clock starts
        if (!waitForAnswer(before))
            return Stepped { false, {}, {} };
    }
    const QVector<ProcessInfo>& procs = now.snapshot.processes;
    if (procs.isEmpty())
        return Stepped { false, {}, {} };
    return inTurns(int(readers.size()), allLives ? 5 : std::min(15, int(procs.size())), [&](int k, int i) {
        const ProcessInfo& p = procs[(i * 397) % procs.size()];
        const int before = answers;
        if (allLives)
            readers[size_t(k)]->request(history::LivesAt { now.sampleTs }, QStringLiteral("lives"));
        else
            readers[size_t(k)]->request(
                history::ProcessLife { p.homeNode, p.pid, now.sampleTs }, QStringLiteral("life"));
        return waitForAnswer(before);
    });
}

// A process's life as the window shows it (a different one each step, 15, of those at the moment
// the windows show): clicked in the table until its strip is drawn — once the window has the
// lives of the moment, as it has after the moment stood still for a moment.
Stepped windowLifeSteps(const std::vector<HistoryWindow*>& ws)
{
    for (HistoryWindow* w : ws) {
        QSignalSpy kept(w, &HistoryWindow::livesKept);
        if (!kept.wait(60000))
            return Stepped { false, {}, {} };
    }
    const QVector<ProcessInfo> procs = ws[0]->shown().snapshot.processes;
    if (procs.isEmpty())
        return Stepped { false, {}, {} };
    return inTurns(int(ws.size()), std::min(15, int(procs.size())), [&](int k, int i) {
        HistoryWindow* w = ws[size_t(k)];
        const ProcessInfo& p = procs[(i * 397) % procs.size()];
        QSignalSpy shown(w, &HistoryWindow::lifeShown);
        if (!w->selectProcess(p.homeNode, p.pid))
            return false;
        if (shown.isEmpty() && !shown.wait(20000))
            return false;
        QApplication::processEvents(); // the strip painted
        return true;
    });
}

// A process's life as window k shows it and asked alone from its source, and the lives of a
// moment, into figures[k] (with the bytes each source's channel carried).
bool lifeFigures(const std::vector<HistoryWindow*>& ws, const std::vector<control::CollectorHost>& sources,
    const QString& path, const std::vector<Figures*>& figures)
{
    const Stepped shown = windowLifeSteps(ws);
    const Stepped asked = lifeSteps(sources, path, ws[0]->shown());
    const Stepped all = lifeSteps(sources, path, ws[0]->shown(), true);
    if (!shown.ok || !asked.ok || !all.ok)
        return false;
    for (size_t k = 0; k < figures.size(); ++k) {
        figures[k]->life = shown.ms[int(k)];
        figures[k]->lifeAsked = asked.ms[int(k)];
        figures[k]->lifeBytes = asked.bytes[int(k)];
        figures[k]->livesAt = all.ms[int(k)];
        figures[k]->livesAtBytes = all.bytes[int(k)];
    }
    return true;
}

// The steps from here and from `where` in turns, on windows of each opened as in measure().
bool pairedSteps(const QString& path, const control::CollectorHost& where, const QStringList& argsHere,
    const QStringList& argsThere, qint64 t0, qint64 end, Figures* here, Figures* there)
{
    const control::CollectorHost local;
    {
        std::vector<std::unique_ptr<AnalyzerWindow>> ws;
        for (const control::CollectorHost& from : { local, where }) {
            ws.push_back(std::make_unique<AnalyzerWindow>(path, QStringLiteral("bench"), from));
            AnalyzerWindow* w = ws.back().get();
            QSignalSpy drawn(w, &AnalyzerWindow::drawn);
            QSignalSpy stats(w, &AnalyzerWindow::statisticsReady);
            w->rangeBar()->setClock([end] { return end; });
            w->show();
            if (!drawn.wait(120000))
                return false;
            while (!w->complete())
                stats.wait(120000);
            drawn.clear();
            w->setRange(TimeRange::between(t0, end));
            if (!drawn.wait(120000))
                return false;
            while (!w->complete())
                stats.wait(120000);
        }
        settle();
        const Stepped z = zoomSteps({ ws[0].get(), ws[1].get() });
        if (!z.ok)
            return false;
        here->zoomStep = z.ms[0];
        there->zoomStep = z.ms[1];
        there->zoomStepBytes = z.bytes[1];
    }
    std::vector<std::unique_ptr<HistoryWindow>> ws;
    for (const control::CollectorHost& from : { local, where }) {
        ws.push_back(std::make_unique<HistoryWindow>(path, QStringLiteral("bench"), from));
        QSignalSpy shown(ws.back().get(), &HistoryWindow::shownChanged);
        ws.back()->show();
        if (!shown.wait(120000))
            return false;
    }
    settle();
    const Stepped h = historySteps({ ws[0].get(), ws[1].get() }, end);
    if (!h.ok)
        return false;
    here->historyStep = h.ms[0];
    there->historyStep = h.ms[1];
    there->historyStepBytes = h.bytes[1];
    if (!lifeFigures({ ws[0].get(), ws[1].get() }, { local, where }, path, { here, there }))
        return false;
    ws.clear();
    // The programs, in turns as well (after one of each to warm up).
    settle();
    awaitSession(where);
    const auto programInTurns = [&](void (*run)(const QStringList&, qint64), int times) {
        run(argsHere, end);
        run(argsThere, end);
        return inTurns(2, times, [&](int k, int) {
            run(k ? argsThere : argsHere, end);
            return true;
        });
    };
    const Stepped programs = programInTurns(runAnalyzer, 3);
    here->programFirstView = programs.ms[0];
    there->programFirstView = programs.ms[1];
    const Stepped json = programInTurns(runJson, 5);
    here->json = json.ms[0];
    there->json = json.ms[1];
    return true;
}

// `withSteps`: also the zoom, history and life steps, the program and the warm `--json` of this
// source alone (the link's); for the ratios they are measured in turns instead (pairedSteps).
bool measure(const QString& path, const control::CollectorHost& where, qint64 t0, qint64 end, const QStringList& json,
    bool withSteps, Figures* f)
{
    const auto bytes = [] { return HistorySource::bytesReceived(); };
    const TimeRange month = TimeRange::between(t0, end);
    {
        // Cold: no session kept from before, each window its own (median of 3).
        QVector<double> colds;
        for (int i = 0; i < 3; ++i) {
            forgetSession(where);
            settle();
            QElapsedTimer t;
            t.start();
            AnalyzerWindow w(path, QStringLiteral("bench"), where);
            QSignalSpy drawn(&w, &AnalyzerWindow::drawn);
            w.rangeBar()->setClock([end] { return end; });
            w.show();
            if (!drawn.wait(120000))
                return false;
            QApplication::processEvents();
            colds << double(t.nsecsElapsed()) / 1e6;
        }
        f->coldFirstView = median(colds);
        awaitSession(where);
        // Warm: a channel on the session the program before kept (median of 3); each window
        // then widened to the 30 days (median of the 3: one alone is at the machine's mercy).
        std::unique_ptr<AnalyzerWindow> opened;
        QVector<double> firsts, months;
        qint64 b = 0;
        for (int i = 0; i < 3; ++i) {
            opened.reset();
            settle();
            b = bytes();
            QElapsedTimer t;
            t.start();
            opened = std::make_unique<AnalyzerWindow>(path, QStringLiteral("bench"), where);
            QSignalSpy drawn(opened.get(), &AnalyzerWindow::drawn);
            QSignalSpy stats(opened.get(), &AnalyzerWindow::statisticsReady);
            opened->rangeBar()->setClock([end] { return end; });
            opened->show();
            if (!drawn.wait(120000))
                return false;
            QApplication::processEvents();
            firsts << double(t.nsecsElapsed()) / 1e6;
            f->firstViewBytes = bytes() - b;
            while (!opened->complete())
                stats.wait(120000);
            drawn.clear();
            b = bytes();
            t.restart();
            opened->setRange(month);
            if (!drawn.wait(120000))
                return false;
            QApplication::processEvents();
            months << double(t.nsecsElapsed()) / 1e6;
            while (!opened->complete())
                stats.wait(120000);
            f->monthViewBytes = bytes() - b;
        }
        f->firstView = median(firsts);
        f->monthView = median(months);
        if (withSteps) {
            const Stepped z = zoomSteps({ opened.get() });
            if (!z.ok)
                return false;
            f->zoomStep = z.ms[0];
            f->zoomStepBytes = z.bytes[0];
        }
    }
    {
        QElapsedTimer t;
        t.start();
        HistoryWindow w(path, QStringLiteral("bench"), where);
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        if (!shown.wait(120000))
            return false;
        QApplication::processEvents();
        f->historyOpen = double(t.nsecsElapsed()) / 1e6;
        if (withSteps) {
            const Stepped h = historySteps({ &w }, end);
            if (!h.ok || !lifeFigures({ &w }, { where }, path, { f }))
                return false;
            f->historyStep = h.ms[0];
            f->historyStepBytes = h.bytes[0];
        }
    }
    if (withSteps) {
        awaitSession(where);
        f->programFirstView = bench::medianMs(1, 3, [&] { runAnalyzer(json, end); });
    }
    QVector<double> colds;
    for (int i = 0; i < 3; ++i) {
        forgetSession(where);
        QElapsedTimer t;
        t.start();
        runJson(json, end);
        colds << double(t.nsecsElapsed()) / 1e6;
    }
    f->coldJson = median(colds);
    if (withSteps) {
        awaitSession(where);
        f->json = bench::medianMs(1, 5, [&] { runJson(json, end); });
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    qint64 t0 = 0, end = 0;
    QString monthError;
    const QString path = bench::monthDatabaseFromArgs(argc, argv, dir.path(), &t0, &end, &monthError);
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_remote_history: %s\n", qPrintable(monthError));
        return 1;
    }
    // The controller: one node's sshd on a loopback address.
    TestCluster cluster(
        1, omv::test::testPort(23350), TestCluster::sourceDir() + QStringLiteral("/tests/data/om3/node%d"));
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "bench_remote_history: %s\n", qPrintable(error));
        return 1;
    }
    const QString collector
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../../collector/openmosixcollector");
    const QString profile = cluster.writeProfile(QStringLiteral("openmosix"), 1, true,
        QStringLiteral("[collector]\nhost=%1\nprogram=%2\ndatabase=%3\n")
            .arg(cluster.address(1), QFileInfo(collector).canonicalFilePath(), QFileInfo(path).absoluteFilePath()));
    const Result<ClusterProfile> p = ClusterProfile::load(profile);
    if (!p.ok()) {
        std::fprintf(stderr, "bench_remote_history: %s\n", qPrintable(p.errorString()));
        return 1;
    }
    const control::CollectorHost remote = collectorHost(p.value(), {});
    // What the desk pays before any question: ssh connect, authentication, the serve started
    // there, the file opened (median of 5).
    // Cold: each open a session of its own (none kept); warm: a channel on the kept one.
    const auto channelOpen = [&](const control::CollectorHost& where, bool cold) {
        QVector<double> ms;
        for (int i = 0; i < 5; ++i) {
            if (cold)
                forgetSession(where);
            else
                awaitSession(where);
            QElapsedTimer t;
            t.start();
            HistorySource source;
            QString why;
            if (!source.open(path, where, &why))
                std::fprintf(stderr, "bench_remote_history: %s\n", qPrintable(why));
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        return median(ms);
    };
    const double openCold = channelOpen(remote, true), openWarm = channelOpen(remote, false);
    // One small question and its answer on an open channel, against what ssh itself takes for
    // a round trip of 100 bytes on the same kept session (`cat` on the far side): the floor.
    double roundTrip = 0, sshRoundTrip = 0;
    {
        awaitSession(remote);
        HistorySource source;
        QString why;
        if (source.open(path, remote, &why)) {
            QVector<double> ms;
            for (int i = 0; i < 300; ++i) {
                QElapsedTimer t;
                t.start();
                source.ask(history::Extent());
                if (i >= 50)
                    ms << double(t.nsecsElapsed()) / 1e6;
            }
            roundTrip = median(ms);
        }
        SshOptions o;
        sshRoundTrip = bench::sshPingPongMs(keptSession(remote, &o), o, 300);
    }
    if (qEnvironmentVariableIsSet("OMV_BENCH_CHANNEL_ONLY")) { // the channel's own figures, quickly
        bench::figure("remote_channel_open_median", openWarm, "ms");
        bench::figure("remote_roundtrip_median", roundTrip, "ms");
        bench::figure("ssh_roundtrip_median", sshRoundTrip, "ms");
        return 0;
    }
    // The same controller behind a 20 ms / 50 Mbit/s link: a relay of its own on another port,
    // which the desk reaches by a profile of its own (the same host key, under that port).
    bench::SlowLink link(10, 50);
    if (!link.start(cluster.address(1), cluster.address(1), cluster.port(), &error)) {
        std::fprintf(stderr, "bench_remote_history: %s\n", qPrintable(error));
        return 1;
    }
    const QString linkProfile = cluster.dir() + QStringLiteral("/link.ini");
    {
        QFile in(profile), out(linkProfile);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
            || !bench::trustLinkPort(cluster, link.port(), &error)) {
            std::fprintf(stderr, "bench_remote_history: cannot write the link's profile\n");
            return 1;
        }
        out.write(QString::fromUtf8(in.readAll())
                      .replace(QStringLiteral("\nport=%1\n").arg(cluster.port()),
                          QStringLiteral("\nport=%1\n").arg(link.port()))
                      .toUtf8());
    }
    control::CollectorHost overLink = remote;
    overLink.ssh.port = link.port();
    const double linkOpenCold = channelOpen(overLink, true), linkOpenWarm = channelOpen(overLink, false);
    Figures local, over, slow;
    if (!measure(path, control::CollectorHost(), t0, end, { QStringLiteral("--db"), path }, false, &local)
        || !measure(path, remote, t0, end, { QStringLiteral("--profile"), profile }, false, &over)
        || !pairedSteps(path, remote, { QStringLiteral("--db"), path }, { QStringLiteral("--profile"), profile }, t0,
            end, &local, &over)
        || !measure(path, overLink, t0, end, { QStringLiteral("--profile"), linkProfile }, true, &slow)) {
        std::fprintf(stderr, "bench_remote_history: a view was not shown\n");
        return 1;
    }
    const auto both = [](const char* name, double l, double r, qint64 bytes) {
        bench::figure(QByteArray(QByteArray(name) + "_local").constData(), l, "ms");
        bench::figure(QByteArray(QByteArray(name) + "_remote").constData(), r, "ms");
        bench::figure(QByteArray(QByteArray(name) + "_ratio").constData(), r / l, "x");
        if (bytes >= 0)
            bench::figure(QByteArray(QByteArray(name) + "_remote_bytes").constData(), double(bytes), "B");
    };
    both("analyzer_first_view_cold", local.coldFirstView, over.coldFirstView, -1);
    both("analyzer_first_view", local.firstView, over.firstView, over.firstViewBytes);
    both("analyzer_program_first_view_median", local.programFirstView, over.programFirstView, -1);
    both("analyzer_30day_view_median", local.monthView, over.monthView, over.monthViewBytes);
    both("analyzer_zoom_step_median", local.zoomStep, over.zoomStep, over.zoomStepBytes);
    both("history_open", local.historyOpen, over.historyOpen, -1);
    both("history_step_median", local.historyStep, over.historyStep, over.historyStepBytes);
    both("history_process_life_median", local.life, over.life, -1);
    both("history_process_life_asked_median", local.lifeAsked, over.lifeAsked, over.lifeBytes);
    both("history_lives_at_moment_median", local.livesAt, over.livesAt, over.livesAtBytes);
    both("history_json_at_t_cold_median", local.coldJson, over.coldJson, -1);
    both("history_json_at_t_median", local.json, over.json, -1);
    bench::figure("remote_channel_open_cold_median", openCold, "ms");
    bench::figure("remote_channel_open_median", openWarm, "ms");
    bench::figure("remote_roundtrip_median", roundTrip, "ms");
    bench::figure("ssh_roundtrip_median", sshRoundTrip, "ms");
    // Over the 20 ms / 50 Mbit/s link: the figures themselves, and the bytes.
    const auto overTheLink = [](const char* name, double ms, qint64 bytes) {
        bench::figure(QByteArray(QByteArray(name) + "_link").constData(), ms, "ms");
        if (bytes >= 0)
            bench::figure(QByteArray(QByteArray(name) + "_link_bytes").constData(), double(bytes), "B");
    };
    overTheLink("analyzer_first_view_cold", slow.coldFirstView, -1);
    overTheLink("analyzer_first_view", slow.firstView, slow.firstViewBytes);
    overTheLink("analyzer_program_first_view_median", slow.programFirstView, -1);
    overTheLink("analyzer_30day_view_median", slow.monthView, slow.monthViewBytes);
    overTheLink("analyzer_zoom_step_median", slow.zoomStep, slow.zoomStepBytes);
    overTheLink("history_open", slow.historyOpen, -1);
    overTheLink("history_step_median", slow.historyStep, slow.historyStepBytes);
    overTheLink("history_process_life_median", slow.life, -1);
    overTheLink("history_process_life_asked_median", slow.lifeAsked, slow.lifeBytes);
    overTheLink("history_lives_at_moment_median", slow.livesAt, slow.livesAtBytes);
    overTheLink("history_json_at_t_cold_median", slow.coldJson, -1);
    overTheLink("history_json_at_t_median", slow.json, -1);
    overTheLink("remote_channel_open_cold_median", linkOpenCold, -1);
    overTheLink("remote_channel_open_median", linkOpenWarm, -1);
    link.stop();
    cluster.stop();
    return 0;
}
