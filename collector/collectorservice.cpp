#include "collectorservice.h"

#include "collectorlog.h"

#include "core/model/snapshotdiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <unistd.h>
#include <utility>

namespace omv
{

namespace
{

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

CollectorService::CollectorService(std::unique_ptr<ClusterBackend> backend, CollectorOptions options)
    : m_backend(std::move(backend))
    , m_opt(std::move(options))
    , m_control([this](const control::Message& r, const control::Peer& p) { return onControl(r, p); })
{
    // Refusals are summarised per uid: a flood of them must not become a flood of log lines.
    m_control.setLog(m_refusals);
    // Viewers ask for the status, send the audit records of their own commands and log marks,
    // within a budget; the rest is refused before it reaches this thread (onControl checks again).
    m_control.setViewerVerbs({ "status", "command", "log", "logged" });
    m_control.setViewerBudget({ "command", "log" }, kViewerRecordsPerMinute, kViewerBytesPerMinute);
    // Believed only when systemd runs it (INVOCATION_ID is systemd's): a name exported by hand
    // must not lock an admin out of stopping a collector of their own.
    if (qEnvironmentVariableIsSet("INVOCATION_ID"))
        m_unit = qEnvironmentVariable("OMV_SYSTEMD_UNIT").trimmed().section(QLatin1Char('\n'), 0, 0).left(128);
}

CollectorService::~CollectorService()
{
    stop();
}

void CollectorService::log(const QString& line) const
{
    collectorLog(line);
}

bool CollectorService::start(QString* error)
{
    if (!m_writer.open(m_opt.dbPath, error))
        return false;
    if (!m_writer.notice().isEmpty())
        log(m_writer.notice());
    if (!m_writer.setSampleInterval(m_opt.intervalMs, error)
        || (!m_opt.startArgs.isEmpty() && !m_writer.setStartArguments(m_opt.startArgs, error))) {
        m_writer.close();
        return false;
    }
    m_logging = !m_writer.loggedProcesses().isEmpty(); // marks a collector before this one took
    // The sockets' folder is made (and a killed collector's sockets removed) only now that the
    // writer lock says no other collector records this file.
    m_sockets = control::claimSocketDir(m_opt.dbPath, error);
    if (!m_sockets) {
        m_writer.close();
        return false;
    }
    if (!setViewers(m_opt.viewers, error)) {
        closeSockets();
        m_writer.close();
        return false;
    }
    m_control.setAccess(m_access);
    // Without its control socket nobody could stop, rotate or audit through it: refuse to run.
    if (!m_control.listen(m_sockets->control, error)) {
        closeSockets();
        m_writer.close();
        return false;
    }
    // Windows take the cluster from here rather than sampling it themselves (issue 17). Without
    // the feed they sample directly: a warning, not a reason to stop recording.
    m_feed = std::make_unique<control::FeedServer>(m_refusals);
    m_feed->setAccess(m_access);
    m_feed->setIntervalMs(m_opt.intervalMs);
    QString feedError;
    if (!m_feed->listen(m_sockets->feed, &feedError)) {
        log(tr("warning: no snapshot feed for the windows: %1").arg(feedError));
        m_feed.reset();
    }
    // Windows on another machine read the history through here when their user may not read
    // the file (issue 30). Without it they may still read a file they can: a warning.
    m_history = std::make_unique<control::HistoryServer>(m_opt.dbPath, m_refusals);
    m_history->setAccess(m_access);
    QString historyError;
    if (!m_history->listen(m_sockets->history, &historyError)) {
        log(tr("warning: no history for windows on other machines: %1").arg(historyError));
        m_history.reset();
    }
    if (!m_opt.metrics.isEmpty()) {
        m_metrics = std::make_unique<MetricsServer>();
        QString warning;
        if (!m_metrics->listen(m_opt.metrics, error, &warning)) {
            m_metrics.reset();
            closeSockets();
            m_writer.close();
            return false;
        }
        if (!warning.isEmpty())
            log(tr("warning: %1").arg(warning));
        log(tr("metrics on http://%1:%2/metrics")
                .arg(m_opt.metrics.left(m_opt.metrics.lastIndexOf(QLatin1Char(':'))))
                .arg(m_metrics->port()));
    }
    m_stop = false;
    if (!m_opt.manual)
        m_sampler = std::thread([this] { sampleLoop(); });
    log(tr("recording every %1 s into %2").arg(m_opt.intervalMs / 1000.0).arg(m_opt.dbPath));
    return true;
}

void CollectorService::stop()
{
    m_stop = true;
    if (m_sampler.joinable())
        m_sampler.join();
    QCoreApplication::sendPostedEvents(this); // snapshots the sampler handed over last
    flushPending();
    m_refusals->flush(true);
    if (m_metrics)
        m_metrics->close();
    closeSockets();
    m_writer.close();
}

void CollectorService::closeSockets()
{
    if (m_feed)
        m_feed->close();
    m_feed.reset();
    if (m_history)
        m_history->close();
    m_history.reset();
    m_control.close();
    // Still under the writer lock: no other collector's sockets can be there.
    if (m_sockets)
        control::removeSocketDir(*m_sockets);
    m_sockets.reset();
}

std::shared_ptr<ClusterBackend> CollectorService::backend() const
{
    std::lock_guard<std::mutex> lock(m_backendMutex);
    return m_backend;
}

void CollectorService::replaceBackend(std::unique_ptr<ClusterBackend> backend)
{
    std::shared_ptr<ClusterBackend> old;
    {
        std::lock_guard<std::mutex> lock(m_backendMutex);
        old = std::exchange(m_backend, std::shared_ptr<ClusterBackend>(std::move(backend)));
    }
    // The old one goes when its round in hand (if any) ends; its connections with it.
}

bool CollectorService::setViewers(const QString& group, QString* error)
{
    std::optional<gid_t> gid;
    if (!group.isEmpty()) {
        gid = control::groupId(group, error);
        if (!gid) {
            *error = tr("[collector] viewers=%1: %2").arg(group, *error);
            return false;
        }
    }
    // The folder first: who may reach the sockets at all; then who may do what once there.
    QString warning;
    if (m_sockets && !control::shareSocketDir(m_sockets->dir, gid, error, &warning))
        return false;
    if (!warning.isEmpty())
        log(tr("warning: %1").arg(warning));
    m_access->setViewers(gid, group);
    if (gid)
        log(tr("members of group %1 may follow this collector").arg(group));
    return true;
}

void CollectorService::sampleOnce(bool record)
{
    using clock = std::chrono::steady_clock;
    const auto began = clock::now();
    const std::shared_ptr<ClusterBackend> b = backend();
    // While windows take the cluster from here they want every detail fresh (state, nice, CPU
    // time): full snapshots then; collector mode again once none listens.
    // So do logged processes: their every sample whole.
    const bool windows = (m_feed && m_feed->subscribers() > 0) || m_logging;
    if (b.get() != m_modeOf || windows != m_fullMode) {
        b->setCollectorMode(!windows);
        if (!windows)
            b->requestFullSnapshot(); // its memory of the nodes is older than the last snapshot
        m_modeOf = b.get();
        m_fullMode = windows;
    }
    ClusterSnapshot snap = b->snapshot();
    m_lastSampleUs = std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - began).count();
    QMetaObject::invokeMethod(
        this, [this, snap, record] { onSnapshot(snap, record); }, Qt::QueuedConnection);
}

void CollectorService::sampleLoop()
{
    using clock = std::chrono::steady_clock;
    const auto interval = std::chrono::milliseconds(m_opt.intervalMs);
    auto next = clock::now();
    auto lastEarly = clock::now() - interval;
    while (!m_stop) {
        sampleOnce(true);
        next += interval;
        const auto now = clock::now();
        if (next < now) {
            m_missed += 1 + (now - next) / interval; // the intervals this round ran into
            next = now; // a slow round: start the next one at once, never bunch several
        }
        while (!m_stop && clock::now() < next) {
            // A window subscribed while nobody did (no complete snapshot is kept then): a whole
            // snapshot for it now rather than at the next tick, so that it shows the cluster at
            // once. Only shared, at most one an interval, and the ticks stay where they were:
            // subscribing and hanging up in a loop cost the recording nothing (issue 26: it
            // made 17 rows in 10 s at a 1 s interval).
            const auto t = clock::now();
            if (!m_fullMode && ((m_feed && m_feed->subscribers() > 0) || m_logging) && t - lastEarly >= interval
                && next - t > interval / 4) {
                lastEarly = t;
                sampleOnce(false);
                continue;
            }
            std::this_thread::sleep_for(std::min<clock::duration>(next - clock::now(), std::chrono::milliseconds(50)));
        }
    }
}

bool CollectorService::flushPending()
{
    while (!m_pending.empty()) {
        QString error;
        const auto began = std::chrono::steady_clock::now();
        if (!m_writer.record(m_pending.front(), &error)) {
            if (error != m_lastWriteError)
                log(tr("cannot write to %1: %2 — keeping samples in memory (%3 waiting)")
                        .arg(m_opt.dbPath, error)
                        .arg(qint64(m_pending.size())));
            m_lastWriteError = error;
            return false;
        }
        m_figures.writeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
        ++m_figures.samples;
        for (const MigrationRow& m : m_writer.lastMigrations()) {
            ++m_figures.moves[QString::number(m.to) + QStringLiteral("\tin\t") + m.cause];
            ++m_figures.moves[QString::number(m.from) + QStringLiteral("\tout\t") + m.cause];
        }
        m_pending.pop_front();
        m_logging = !m_writer.loggedProcesses().isEmpty(); // a logged process may have ended
        if (m_writer.wantsFullSnapshot())
            backend()->requestFullSnapshot(); // it lost track of the unchanged nodes' processes
        if (!m_lastWriteError.isEmpty() && m_pending.empty()) {
            log(tr("writing to %1 again; nothing was lost").arg(m_opt.dbPath));
            m_lastWriteError.clear();
        }
    }
    return true;
}

void CollectorService::onSnapshot(const ClusterSnapshot& snap, bool record)
{
    if (!m_writer.isOpen())
        return;
    m_refusals->flush(); // the summaries of refusal floods that have ended
    if (!record) {
        if (m_metrics || (m_feed && m_feed->subscribers() > 0))
            share(snap);
        return;
    }
    m_pending.push_back(snap);
    if (!flushPending() && int(m_pending.size()) > m_opt.maxPending) {
        const QString msg = tr("could not write to %1 for %2 samples (%3); stopping rather than losing more")
                                .arg(m_opt.dbPath)
                                .arg(qint64(m_pending.size()))
                                .arg(m_lastWriteError);
        log(msg);
        emit fatal(msg);
        return;
    }
    // Nobody to share with: the complete snapshot is not kept (filling in and sorting 50,000
    // processes a sample cost more than the sampling itself in collector mode). The first window
    // to subscribe turns the sampler to full mode, whose snapshots are complete by themselves.
    if (m_metrics || (m_feed && m_feed->subscribers() > 0)) {
        share(snap);
    } else if (m_completeValid) {
        m_complete = ClusterSnapshot();
        m_completeValid = false;
        if (m_feed)
            m_feed->forget(); // a newcomer waits for the next snapshot rather than get an old one
    }
    // Retention once an hour, between two samples.
    if (snap.timeMs - m_lastRetentionMs > 3600 * 1000) {
        QString error;
        if (!m_writer.applyRetention(snap.timeMs, m_opt.retention, &error))
            log(tr("retention: %1").arg(error));
        m_lastRetentionMs = snap.timeMs;
    }
}

void CollectorService::share(const ClusterSnapshot& snap)
{
    if (!snap.unchangedHomes.isEmpty() && !m_completeValid)
        return; // sampled in collector mode before anyone subscribed: the next one is complete
    ClusterSnapshot complete = snap;
    if (!snap.unchangedHomes.isEmpty()) {
        // The homes the snapshot left out have the processes of the complete one before.
        const QSet<NodeId> same(snap.unchangedHomes.cbegin(), snap.unchangedHomes.cend());
        for (const ProcessInfo& p : qAsConst(m_complete.processes)) {
            if (same.contains(p.homeNode))
                complete.processes << p;
        }
        std::sort(complete.processes.begin(), complete.processes.end(), [](const ProcessInfo& a, const ProcessInfo& b) {
            return processKey(a.homeNode, a.pid) < processKey(b.homeNode, b.pid);
        });
        complete.unchangedHomes.clear();
        complete.unchangedSince = 0;
    }
    if (m_feed) {
        // The delta is made only for someone to send it to (a newcomer is sent the whole snapshot).
        QByteArray delta;
        if (m_completeValid && m_feed->subscribers() > 0) {
            FeedMessage m = feedDelta(m_complete, complete, m_feedSequence, m_feedSequence + 1);
            m.intervalMs = quint32(m_opt.intervalMs);
            delta = control::feedFrame(m);
        }
        ++m_feedSequence;
        m_feed->publish(complete, m_feedSequence, delta);
    }
    if (m_metrics) {
        // The text is made here, once per sample: a scrape never waits for it nor samples.
        m_figures.sampleSeconds = double(m_lastSampleUs) / 1e6;
        m_figures.missedIntervals = m_missed;
        m_figures.auditRefused = m_control.overBudget();
        m_figures.refusalsHeld = m_refusals->held();
        m_figures.pending = qint64(m_pending.size());
        m_figures.databaseBytes
            = QFileInfo(m_opt.dbPath).size() + QFileInfo(m_opt.dbPath + QStringLiteral("-wal")).size();
        m_metrics->set(metricsText(complete, m_figures, m_opt.clusterName));
    }
    m_complete = std::move(complete);
    m_completeValid = true;
}

bool CollectorService::checkpoint(const QString& text, const QString& actor, QString* error)
{
    return m_writer.recordEvent(nowMs(), 0, QStringLiteral("checkpoint"), text, actor, error);
}

bool CollectorService::rotate(QString* rotatedTo, QString* error)
{
    flushPending();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_opt.dbPath + QLatin1Char('.') + stamp;
    for (int i = 1; QFileInfo::exists(target); ++i)
        target = m_opt.dbPath + QLatin1Char('.') + stamp + QLatin1Char('-') + QString::number(i);
    // The live file stays open and keeps its name (and so its control socket); what it held is
    // copied out and the file starts afresh in one transaction.
    if (!m_writer.rotate(target, error)) {
        m_rotateError
            = tr("rotate failed at %1: %2").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), *error);
        log(m_rotateError + tr(" — still recording into %1").arg(m_opt.dbPath));
        return false;
    }
    m_rotateError.clear();
    backend()->requestFullSnapshot(); // the new file starts with every process
    *rotatedTo = target;
    log(tr("rotated: the old database is %1").arg(target));
    return true;
}

control::Message CollectorService::onControl(const control::Message& request, const control::Peer& peer)
{
    // Who asked is what the kernel says of the connection, not what the client claims.
    const QString actor = control::userName(peer.uid);
    const QByteArray& verb = request.first();
    QString error;
    if (verb == "status" && request.size() == 1) {
        QString text = QStringLiteral("pid %1 interval %2 pending %3")
                           .arg(qint64(::getpid()))
                           .arg(m_opt.intervalMs / 1000)
                           .arg(qulonglong(m_pending.size()));
        if (m_control.overBudget() > 0)
            text += QStringLiteral("; %1 audit records of viewers refused").arg(m_control.overBudget());
        if (!m_unit.isEmpty())
            text += QStringLiteral("; managed by ") + m_unit;
        if (!m_rotateError.isEmpty())
            text += QStringLiteral("; ") + m_rotateError;
        return control::okReply(text);
    }
    // Viewers ask for the status and send the audit records of their own commands; stopping,
    // rotating and checkpoints are the owner's.
    const bool owner = m_access->of(peer) == control::Access::Level::Owner;
    if (!owner && (verb == "stop" || verb == "rotate" || verb == "checkpoint")) {
        m_refusals->say(QString::number(peer.uid), LogThrottle::Line([verb, peer] {
            return tr("refused %1 to %2: a viewer may not").arg(QString::fromUtf8(verb), control::describe(peer));
        }));
        return control::errorReply(tr("not allowed: viewers may ask for the status and follow the feed"));
    }
    if (verb == "stop" && request.size() == 1 && !m_unit.isEmpty()) {
        // Stopped behind systemd's back, it would show as a service that ended by itself.
        return control::errorReply(tr("managed by %1: systemctl stop %1").arg(m_unit));
    }
    if (verb == "stop" && request.size() == 1) {
        log(tr("stop asked by %1").arg(control::describe(peer)));
        emit stopRequested();
        return control::okReply(QStringLiteral("stopping"));
    }
    if (verb == "rotate" && request.size() == 1) {
        QString to;
        return rotate(&to, &error) ? control::okReply(to) : control::errorReply(error);
    }
    if (verb == "checkpoint" && request.size() == 2) {
        return checkpoint(QString::fromUtf8(request[1]), actor, &error) ? control::okReply()
                                                                        : control::errorReply(error);
    }
    // "Log process" (a viewer may: it adds to what is recorded, it steers nothing); while any
    // process is logged every sample is taken whole (state, CPU, memory of every process).
    if (verb == "log") {
        const std::optional<control::LogTarget> t = control::parseLogRequest(request);
        if (!t)
            return control::errorReply(tr("malformed log request"));
        if (!m_writer.markLogged(nowMs(), t->home, t->pid, t->on, actor, &error))
            return control::errorReply(error);
        log(tr("%1 %2 process %3 of node %4")
                .arg(control::describe(peer), t->on ? tr("logs") : tr("no longer logs"))
                .arg(t->pid)
                .arg(t->home));
        m_logging = !m_writer.loggedProcesses().isEmpty();
        return control::okReply(control::loggedText(m_writer.loggedProcesses()));
    }
    if (verb == "logged" && request.size() == 1)
        return control::okReply(control::loggedText(m_writer.loggedProcesses()));
    if (verb == "command") {
        const std::optional<control::CommandRecord> r = control::parseCommandRequest(request);
        if (!r)
            return control::errorReply(tr("malformed command record"));
        return m_writer.recordCommand(nowMs(), r->command, r->commandLine, r->result, r->ok, actor, r->program, &error,
                   owner ? StoreWriter::Sender::Admin : StoreWriter::Sender::Viewer)
            ? control::okReply()
            : control::errorReply(error);
    }
    return control::errorReply(tr("unknown request"));
}

} // namespace omv
