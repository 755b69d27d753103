// The history from the admin's desk (issue 30): the month database (64 nodes × 30 days at 5 s,
// 10 million spans) read here and through `openmosixcollector --serve history` over a loopback
// sshd (node 1 of a test cluster stands for the controller; no collector records the file, so the
// serve reads it itself), and again behind a 20 ms / 50 Mbit/s link (SlowLink), the same steps in
// one run: the analyzer opened to its first view, the 30-day view, zoom and pan steps; the history
// window's steps between moments and a process's life; `openmosixhistory --at T --json` as a
// process. A program's start is measured cold (no ssh session kept from an earlier program: its
// own key exchange) and warm (a channel on the session the program before kept, sshmux.h). Each
// remote figure with its ratio to the local one and the bytes the channel carried for it.
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
    double coldFirstView = 0, coldJson = 0; // with no ssh session kept from an earlier program
    double programFirstView = 0; // openmosixanalyzer started, its first view drawn (--screenshot), ended
    qint64 firstViewBytes = 0, monthViewBytes = 0, zoomStepBytes = 0, historyStepBytes = 0, lifeBytes = 0;
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

bool measure(const QString& path, const control::CollectorHost& where, qint64 t0, qint64 end, const QStringList& json,
    Figures* f)
{
    const auto bytes = [] { return HistorySource::bytesReceived(); };
    const TimeRange month = TimeRange::between(t0, end);
    const QString bin = QCoreApplication::applicationDirPath() + QStringLiteral("/../../history/openmosixhistory");
    const auto runJson = [&] {
        QProcess proc;
        proc.setStandardOutputFile(QProcess::nullDevice());
        proc.start(bin,
            json
                + QStringList { QStringLiteral("--json"), QStringLiteral("--at"),
                    QDateTime::fromMSecsSinceEpoch(end - 24 * 3600 * 1000).toString(Qt::ISODate) });
        proc.waitForFinished(120000);
        if (proc.exitCode() != 0)
            std::fprintf(stderr, "bench_remote_history: --json: %s\n", proc.readAllStandardError().constData());
    };
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
        AnalyzerWindow& w = *opened;
        QSignalSpy drawn(&w, &AnalyzerWindow::drawn);
        QVector<double> steps;
        b = bytes();
        for (int i = 0; i < 20; ++i) {
            drawn.clear();
            QElapsedTimer s;
            s.start();
            bench::rangeStep(w.rangeBar(), i);
            if (!drawn.wait(120000))
                return false;
            QApplication::processEvents();
            steps << double(s.nsecsElapsed()) / 1e6;
        }
        f->zoomStep = median(steps);
        f->zoomStepBytes = (bytes() - b) / 20;
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
        const qint64 day = qint64(24) * 3600 * 1000;
        QRandomGenerator rng(3);
        QVector<double> steps;
        const qint64 b = bytes();
        for (int i = 0; i < 21; ++i) {
            const qint64 at = end - 7 * day + qint64(rng.generate64() % quint64(7 * day));
            shown.clear();
            QElapsedTimer s;
            s.start();
            w.setMoment(at);
            if (!shown.wait(60000))
                return false;
            QApplication::processEvents();
            steps << double(s.nsecsElapsed()) / 1e6;
        }
        f->historyStep = median(steps);
        f->historyStepBytes = (bytes() - b) / 21;
        // A process's life (a different one each time), asked as the window asks it, until answered.
        HistoryReader reader(path, 1000, nullptr, where);
        int answers = 0;
        QEventLoop loop;
        const auto answered = [&] {
            ++answers;
            loop.quit();
        };
        QObject::connect(&reader, &HistoryReader::extentAnswered, &loop, answered);
        QObject::connect(&reader, &HistoryReader::processLifeAnswered, &loop, answered);
        QObject::connect(&reader, &HistoryReader::failed, &loop, [&](const history::Head&, const QString& why) {
            std::fprintf(stderr, "bench_remote_history: a question failed: %s\n", qPrintable(why));
            answered();
        });
        const auto waitForAnswer = [&](int before) {
            QElapsedTimer waited;
            waited.start();
            while (answers == before && waited.elapsed() < 20000) {
                QTimer::singleShot(100, &loop, &QEventLoop::quit);
                loop.exec();
            }
            return answers > before;
        };
        QVector<double> lives;
        const StoreReader::Moment shownNow = w.shown();
        const QVector<ProcessInfo> procs = shownNow.snapshot.processes;
        reader.request(history::Extent()); // the channel open before the clock starts
        waitForAnswer(0);
        const qint64 lb = bytes();
        int n = 0;
        for (int i = 0; i < 15 && i < procs.size(); ++i) {
            const ProcessInfo& p = procs[(i * 397) % procs.size()];
            const int before = answers;
            QElapsedTimer l;
            l.start();
            reader.request(history::ProcessLife { p.homeNode, p.pid, shownNow.sampleTs }, QStringLiteral("life"));
            if (!waitForAnswer(before))
                continue;
            lives << double(l.nsecsElapsed()) / 1e6;
            ++n;
        }
        std::fprintf(
            stderr, "process lives: %d of %d processes at %lld answered\n", n, int(procs.size()), shownNow.sampleTs);
        f->life = median(lives);
        f->lifeBytes = n ? (bytes() - lb) / n : 0;
    }
    // The analyzer as a program: started on the same hour, its first view drawn, ended
    // (--screenshot quits once drawn). What an admin waits for, process start included.
    const QString analyzer
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../../analyzer/openmosixanalyzer");
    const QString png = QDir::temp().filePath(QStringLiteral("bench_remote_history-%1.png").arg(::getpid()));
    const auto iso = [](qint64 t) { return QDateTime::fromMSecsSinceEpoch(t).toString(Qt::ISODate); };
    awaitSession(where);
    f->programFirstView = bench::medianMs(1, 3, [&] {
        QProcess proc;
        proc.start(analyzer,
            json
                + QStringList { QStringLiteral("--from"), iso(end - 3600 * 1000), QStringLiteral("--to"), iso(end),
                    QStringLiteral("--screenshot"), png });
        proc.waitForFinished(120000);
        if (proc.exitCode() != 0)
            std::fprintf(stderr, "bench_remote_history: analyzer: %s\n", proc.readAllStandardError().constData());
    });
    QFile::remove(png);
    QVector<double> colds;
    for (int i = 0; i < 3; ++i) {
        forgetSession(where);
        QElapsedTimer t;
        t.start();
        runJson();
        colds << double(t.nsecsElapsed()) / 1e6;
    }
    f->coldJson = median(colds);
    awaitSession(where);
    f->json = bench::medianMs(1, 5, runJson);
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
    if (!measure(path, control::CollectorHost(), t0, end, { QStringLiteral("--db"), path }, &local)
        || !measure(path, remote, t0, end, { QStringLiteral("--profile"), profile }, &over)
        || !measure(path, overLink, t0, end, { QStringLiteral("--profile"), linkProfile }, &slow)) {
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
    both("history_process_life_median", local.life, over.life, over.lifeBytes);
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
    overTheLink("history_process_life_median", slow.life, slow.lifeBytes);
    overTheLink("history_json_at_t_cold_median", slow.coldJson, -1);
    overTheLink("history_json_at_t_median", slow.json, -1);
    overTheLink("remote_channel_open_cold_median", linkOpenCold, -1);
    overTheLink("remote_channel_open_median", linkOpenWarm, -1);
    link.stop();
    cluster.stop();
    return 0;
}
