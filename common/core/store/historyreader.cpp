#include "historyreader.h"

#include <QElapsedTimer>
#include <QFile>

#include <sys/stat.h>

namespace omv
{

namespace
{

// The file's identity: a file replaced under the same name is another file.
QPair<qulonglong, qulonglong> identity(const QString& path)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return { 0, 0 };
    return { qulonglong(st.st_dev), qulonglong(st.st_ino) };
}

} // namespace

HistoryReader::HistoryReader(QString path, int pollMs, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_pollMs(pollMs)
{
    qRegisterMetaType<HistoryAnswer>();
    m_thread = std::thread([this] { run(); });
}

HistoryReader::~HistoryReader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_queue.clear();
        m_reader.interrupt();
    }
    m_wake.notify_all();
    m_thread.join();
}

QString HistoryReader::channelOf(const HistoryQuery& q)
{
    return q.channel.isEmpty() ? QString::number(int(q.kind)) : q.channel;
}

quint64 HistoryReader::request(HistoryQuery query)
{
    quint64 id;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        id = m_nextId++;
        dropLocked(channelOf(query)); // latest wins
        m_queue.emplace_back(id, std::move(query));
    }
    m_wake.notify_all();
    return id;
}

void HistoryReader::cancel(const QString& channel)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    dropLocked(channel);
}

void HistoryReader::dropLocked(const QString& channel)
{
    // What waits on the channel goes; what runs there is cut short.
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (channelOf(it->second) == channel)
            it = m_queue.erase(it);
        else
            ++it;
    }
    if (m_runningChannel == channel) {
        m_cancelRunning = true;
        m_reader.interrupt();
    }
}

bool HistoryReader::openFile(QString* error)
{
    std::lock_guard<std::mutex> lock(m_mutex); // interrupt() may be looking at the connection
    m_reader.close();
    return m_reader.open(m_path, error);
}

HistoryAnswer HistoryReader::answer(quint64 id, const HistoryQuery& q)
{
    HistoryAnswer a;
    a.id = id;
    a.query = q;
    QElapsedTimer t;
    t.start();
    using K = HistoryQuery::Kind;
    switch (q.kind) {
    case K::Extent:
        a.extent = m_reader.extent();
        break;
    case K::NodeSeries:
        a.series = m_reader.nodeSeries(q.node, q.from, q.to, q.points);
        break;
    case K::AllNodeSeries:
        a.nodeSeries = m_reader.allNodeSeries(q.from, q.to, q.points);
        break;
    case K::Changes:
        a.changes = m_reader.changesBetween(q.from, q.to, q.filter, StoreReader::kChangesLimit, &a.changesCut);
        break;
    case K::Moment:
        a.moment = m_reader.momentAt(q.from, q.filter);
        break;
    case K::NodeRows:
        a.nodeSeries = m_reader.nodeRows(q.tier, q.from, q.to);
        break;
    case K::ClusterSeries:
        a.series = m_reader.clusterSeries(q.from, q.to, q.points);
        break;
    case K::ProcessesAt:
        a.spans = m_reader.processesAt(q.from, q.filter);
        break;
    case K::SpansBetween:
        a.spans = m_reader.spansBetween(q.from, q.to, q.filter, q.limit);
        break;
    case K::ProcessLife: {
        StoreReader::Life life = m_reader.lifeAt(q.node, q.pid, q.from);
        a.spans = std::move(life.stays);
        a.migrations = std::move(life.moves);
        a.samples = std::move(life.samples);
        break;
    }
    case K::Migrations:
        a.migrations = m_reader.migrations(q.from, q.to);
        break;
    case K::Events:
        a.events = m_reader.events(q.from, q.to);
        break;
    case K::Statistics:
        a.statistics = m_reader.statistics(q.from, q.to, q.threshold);
        break;
    }
    a.elapsedMs = t.elapsed();
    return a;
}

void HistoryReader::run()
{
    QString error;
    bool isOpen = openFile(&error);
    auto file = identity(m_path);
    // Signals are emitted on the owner's thread from its event loop, so that whoever connects
    // right after constructing hears the first of them too.
    const auto post = [this](auto fn) { QMetaObject::invokeMethod(this, fn, Qt::QueuedConnection); };
    post([this, isOpen, error] { emit opened(isOpen, error); });
    qint64 version = isOpen ? m_reader.dataVersion() : -1;
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        if (m_queue.empty()) {
            m_wake.wait_for(lock, std::chrono::milliseconds(m_pollMs));
            if (m_stop)
                break;
            if (!m_queue.empty())
                continue;
            // Idle: has the collector written, or the file been replaced?
            lock.unlock();
            const auto now = identity(m_path);
            bool changedNow = false;
            if (now != file || !isOpen) {
                const bool wasOpen = isOpen;
                isOpen = now.second != 0 && openFile(&error);
                file = now;
                changedNow = isOpen || wasOpen;
                if (isOpen != wasOpen)
                    post([this, isOpen, error] { emit opened(isOpen, error); });
                version = isOpen ? m_reader.dataVersion() : -1;
            } else {
                const qint64 v = m_reader.dataVersion();
                changedNow = v != version;
                version = v;
            }
            if (changedNow)
                post([this] { emit changed(); });
            lock.lock();
            continue;
        }
        const auto [id, query] = m_queue.front();
        m_queue.pop_front();
        m_runningChannel = channelOf(query);
        m_cancelRunning = false;
        m_reader.resetInterrupt();
        lock.unlock();
        HistoryAnswer a;
        if (isOpen) {
            a = answer(id, query);
            // A query that met a damaged page or an I/O error ended early: not a whole answer.
            if (const QString failed = m_reader.takeError(); !failed.isEmpty() && a.ok) {
                a.ok = false;
                a.error = tr("%1: reading failed: %2 — the file may be damaged").arg(m_path, failed);
            }
            lock.lock();
            const bool superseded = m_cancelRunning || m_stop;
            m_runningChannel.clear();
            if (superseded)
                continue; // cut short for a newer request on the channel, which answers instead
            lock.unlock();
        } else {
            a.id = id;
            a.query = query;
            a.ok = false;
            a.error = error.isEmpty() ? tr("%1: cannot be opened").arg(m_path) : error;
        }
        post([this, a] { emit answered(a); });
        lock.lock();
        m_runningChannel.clear();
    }
    lock.unlock();
    std::lock_guard<std::mutex> guard(m_mutex);
    m_reader.close();
}

} // namespace omv
