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

quint64 HistoryReader::enqueue(const QString& channel, Job job)
{
    quint64 id;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        id = m_nextId++;
        dropLocked(channel); // latest wins
        m_queue.push_back(Queued { id, channel, std::move(job) });
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
        if (it->channel == channel)
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
        const Queued next = std::move(m_queue.front());
        m_queue.pop_front();
        m_runningChannel = next.channel;
        m_cancelRunning = false;
        m_reader.resetInterrupt();
        lock.unlock();
        history::Head head { next.id, next.channel, 0 };
        QString failure;
        Delivery delivery;
        if (isOpen) {
            QElapsedTimer t;
            t.start();
            delivery = next.job(m_reader);
            head.elapsedMs = t.elapsed();
            // A query that met a damaged page or an I/O error ended early: not a whole answer.
            if (const QString failed = m_reader.takeError(); !failed.isEmpty())
                failure = tr("%1: reading failed: %2 — the file may be damaged").arg(m_path, failed);
            lock.lock();
            const bool superseded = m_cancelRunning || m_stop;
            m_runningChannel.clear();
            if (superseded)
                continue; // cut short for a newer request on the channel, which answers instead
            lock.unlock();
        } else {
            failure = error.isEmpty() ? tr("%1: cannot be opened").arg(m_path) : error;
        }
        if (failure.isEmpty())
            post([this, head, delivery] { delivery(this, head); });
        else
            post([this, head, failure] { emit failed(head, failure); });
        lock.lock();
        m_runningChannel.clear();
    }
    lock.unlock();
    std::lock_guard<std::mutex> guard(m_mutex);
    m_reader.close();
}

} // namespace omv
