#include "collectorservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace omv
{

namespace
{

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

sockaddr_un abstractAddress(const QByteArray& name, socklen_t* len)
{
    sockaddr_un a {};
    a.sun_family = AF_UNIX;
    const int n = std::min<int>(name.size(), int(sizeof a.sun_path) - 1);
    a.sun_path[0] = '\0'; // abstract namespace: no file is created anywhere
    std::memcpy(a.sun_path + 1, name.constData(), size_t(n));
    *len = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + size_t(n));
    return a;
}

} // namespace

CollectorService::CollectorService(std::unique_ptr<ClusterBackend> backend, CollectorOptions options)
    : m_backend(std::move(backend))
    , m_opt(std::move(options))
{
}

CollectorService::~CollectorService()
{
    stop();
}

QByteArray CollectorService::controlName(const QString& dbPath)
{
    // Keyed by the file itself (device and inode), so every path to it finds the same collector.
    struct stat st {
    };
    if (::stat(QFile::encodeName(dbPath).constData(), &st) != 0)
        return QByteArray();
    return "openmosixcollector/" + QByteArray::number(qulonglong(st.st_dev)) + "/"
        + QByteArray::number(qulonglong(st.st_ino));
}

void CollectorService::log(const QString& line) const
{
    QTextStream err(stderr);
    err << "openmosixcollector: " << line << '\n';
}

bool CollectorService::listenControl(QString* error)
{
    // Called from onControl too (rotate): the old notifier is the sender, so it goes later.
    if (m_controlNotifier) {
        m_controlNotifier->setEnabled(false);
        m_controlNotifier->deleteLater();
        m_controlNotifier = nullptr;
    }
    if (m_controlFd >= 0)
        ::close(m_controlFd);
    m_controlFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    socklen_t len = 0;
    const sockaddr_un addr = abstractAddress(controlName(m_opt.dbPath), &len);
    if (m_controlFd < 0 || ::bind(m_controlFd, reinterpret_cast<const sockaddr*>(&addr), len) != 0
        || ::listen(m_controlFd, 8) != 0) {
        *error = tr("cannot listen for control requests: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_controlNotifier = new QSocketNotifier(m_controlFd, QSocketNotifier::Read, this);
    connect(m_controlNotifier, &QSocketNotifier::activated, this, &CollectorService::onControl);
    return true;
}

bool CollectorService::start(QString* error)
{
    if (!m_writer.open(m_opt.dbPath, error))
        return false;
    if (!listenControl(error)) {
        m_writer.close();
        return false;
    }
    m_stop = false;
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
    delete m_controlNotifier;
    m_controlNotifier = nullptr;
    if (m_controlFd >= 0) {
        ::close(m_controlFd);
        m_controlFd = -1;
    }
    m_writer.close();
}

void CollectorService::sampleLoop()
{
    using clock = std::chrono::steady_clock;
    const auto interval = std::chrono::milliseconds(m_opt.intervalMs);
    auto next = clock::now();
    while (!m_stop) {
        ClusterSnapshot snap = m_backend->snapshot();
        QMetaObject::invokeMethod(
            this, [this, snap] { onSnapshot(snap); }, Qt::QueuedConnection);
        next += interval;
        const auto now = clock::now();
        if (next < now)
            next = now; // a slow round: start the next one at once, never bunch several
        while (!m_stop && clock::now() < next)
            std::this_thread::sleep_for(std::min<clock::duration>(next - clock::now(), std::chrono::milliseconds(50)));
    }
}

bool CollectorService::flushPending()
{
    while (!m_pending.empty()) {
        QString error;
        if (!m_writer.record(m_pending.front(), &error)) {
            if (error != m_lastWriteError)
                log(tr("cannot write to %1: %2 — keeping samples in memory (%3 waiting)")
                        .arg(m_opt.dbPath, error)
                        .arg(qint64(m_pending.size())));
            m_lastWriteError = error;
            return false;
        }
        m_pending.pop_front();
        if (m_writer.wantsFullSnapshot())
            m_backend->requestFullSnapshot(); // it lost track of the unchanged nodes' processes
        if (!m_lastWriteError.isEmpty() && m_pending.empty()) {
            log(tr("writing to %1 again; nothing was lost").arg(m_opt.dbPath));
            m_lastWriteError.clear();
        }
    }
    return true;
}

void CollectorService::onSnapshot(const ClusterSnapshot& snap)
{
    if (!m_writer.isOpen())
        return;
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
    // Retention once an hour, between two samples.
    if (snap.timeMs - m_lastRetentionMs > 3600 * 1000) {
        QString error;
        if (!m_writer.applyRetention(snap.timeMs, m_opt.retention, &error))
            log(tr("retention: %1").arg(error));
        m_lastRetentionMs = snap.timeMs;
    }
}

bool CollectorService::checkpoint(const QString& text, QString* error)
{
    return m_writer.recordEvent(nowMs(), 0, QStringLiteral("checkpoint"), text, QStringLiteral("admin"), error);
}

bool CollectorService::recordCommandLine(
    const Command& c, bool ok, const QString& actor, const QString& commandLine, const QString& result, QString* error)
{
    return m_writer.recordCommand(nowMs(), c, commandLine, result, ok, actor, error);
}

QByteArray CollectorService::commandRecord(
    const Command& c, bool ok, const QString& actor, const QString& commandLine, const QString& result)
{
    auto field = [](const QString& s) { return s.toUtf8().replace('\t', ' ').replace('\n', ' '); };
    return "command\t" + QByteArray::number(int(c.kind)) + '\t' + QByteArray::number(c.node) + '\t'
        + QByteArray::number(c.pid) + '\t' + QByteArray::number(c.value) + '\t' + (ok ? "1" : "0") + '\t' + field(actor)
        + '\t' + field(commandLine) + '\t' + field(result);
}

bool CollectorService::rotate(QString* rotatedTo, QString* error)
{
    flushPending();
    m_writer.close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_opt.dbPath + QLatin1Char('.') + stamp;
    for (int i = 1; QFileInfo::exists(target); ++i)
        target = m_opt.dbPath + QLatin1Char('.') + stamp + QLatin1Char('-') + QString::number(i);
    if (::rename(QFile::encodeName(m_opt.dbPath).constData(), QFile::encodeName(target).constData()) != 0) {
        *error = tr("cannot rename %1: %2").arg(m_opt.dbPath, QString::fromLocal8Bit(strerror(errno)));
        m_writer.open(m_opt.dbPath, error);
        return false;
    }
    if (!m_writer.open(m_opt.dbPath, error))
        return false;
    m_backend->requestFullSnapshot(); // the new file starts with every process
    // The control socket is keyed by the file: listen under the new one's name.
    if (!listenControl(error))
        return false;
    *rotatedTo = target;
    log(tr("rotated: the old database is %1").arg(target));
    return true;
}

void CollectorService::onControl()
{
    const int fd = ::accept4(m_controlFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0)
        return;
    // Only the collector's own user (or root) may write into its audit trail.
    ucred cred {};
    socklen_t len = sizeof cred;
    QByteArray answer;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || (cred.uid != getuid() && cred.uid != 0)) {
        answer = "error not allowed\n";
    } else {
        timeval tv { 2, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        QByteArray line;
        char c;
        while (line.size() < 4096 && ::read(fd, &c, 1) == 1 && c != '\n')
            line += c;
        QString error;
        if (line.startsWith("checkpoint ")) {
            answer = checkpoint(QString::fromUtf8(line.mid(11)), &error) ? QByteArray("ok\n")
                                                                         : QByteArray("error " + error.toUtf8() + '\n');
        } else if (line.startsWith("command\t")) {
            // command \t kind \t node \t pid \t value \t ok(0|1) \t actor \t command line \t result
            const QList<QByteArray> f = line.split('\t');
            bool good = f.size() == 9;
            Command c;
            if (good) {
                const int kind = f[1].toInt(&good);
                good = good && kind >= 0 && kind <= int(Command::kLastKind);
                c.kind = Command::Kind(kind);
                c.node = f[2].toInt();
                c.pid = f[3].toInt();
                c.value = f[4].toLongLong();
            }
            answer = good
                    && recordCommandLine(c, f[5] == "1", QString::fromUtf8(f[6]), QString::fromUtf8(f[7]),
                        QString::fromUtf8(f[8]), &error)
                ? QByteArray("ok\n")
                : QByteArray("error " + (good ? error.toUtf8() : QByteArray("malformed command record")) + '\n');
        } else if (line == "status") {
            answer = "ok pid " + QByteArray::number(qint64(::getpid())) + " interval "
                + QByteArray::number(m_opt.intervalMs / 1000) + " pending "
                + QByteArray::number(qulonglong(m_pending.size())) + '\n';
        } else if (line == "stop") {
            answer = "ok stopping\n";
            emit stopRequested();
        } else if (line == "rotate") {
            QString to;
            answer = rotate(&to, &error) ? QByteArray("ok " + QFile::encodeName(to) + '\n')
                                         : QByteArray("error " + error.toUtf8() + '\n');
        } else {
            answer = "error unknown request\n";
        }
    }
    (void)!::write(fd, answer.constData(), size_t(answer.size()));
    ::close(fd);
}

bool CollectorService::sendControl(const QString& dbPath, const QByteArray& line, QString* answer)
{
    const QByteArray name = controlName(dbPath);
    if (name.isEmpty()) {
        *answer = tr("%1: no such database").arg(dbPath);
        return false;
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    socklen_t len = 0;
    const sockaddr_un addr = abstractAddress(name, &len);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0) {
        *answer = tr("no collector is recording into %1").arg(dbPath);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    // A collector busy writing answers within a moment; one that is stuck must not hang the caller.
    timeval tv { 3, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    const QByteArray msg = line + '\n';
    (void)!::write(fd, msg.constData(), size_t(msg.size()));
    QByteArray reply;
    char buf[512];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        reply.append(buf, int(n));
    ::close(fd);
    reply = reply.trimmed();
    *answer = QString::fromUtf8(reply.startsWith("error ") ? reply.mid(6) : reply.mid(reply.startsWith("ok") ? 2 : 0))
                  .trimmed();
    return reply.startsWith("ok");
}

} // namespace omv
