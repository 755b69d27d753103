#include "historyreader.h"

#include "../control/protocol.h"
#include "../util/logging.h"
#include "../util/workerthreads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>

#include <sys/stat.h>

#include <chrono>
#include <condition_variable>
#include <deque>

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

struct HistoryReader::Shared {
    Shared(QString p, int ms, HistoryReader* o, control::CollectorHost w)
        : path(std::move(p))
        , where(std::move(w))
        , pollMs(ms)
        , owner(o)
    {
    }
    void run();
    bool openFile(QString* error);
    void dropLocked(const QString& channel); ///< with `mutex` held

    const QString path;
    const control::CollectorHost where;
    const int pollMs;
    const QPointer<HistoryReader> owner; // made on the owner's thread, read only there
    std::mutex mutex; // guards everything below
    std::condition_variable wake, done;
    bool stop = false;
    bool finished = false; // run() has returned
    quint64 nextId = 1;
    std::deque<Queued> queue;
    QString runningChannel;
    bool cancelRunning = false;
    // Used on the thread only; interrupted, and replaced, under `mutex`.
    std::unique_ptr<HistorySource> source = std::make_unique<HistorySource>();
};

HistoryReader::HistoryReader(QString path, int pollMs, QObject* parent, const control::CollectorHost& where)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>(path, pollMs, this, where))
    , m_path(std::move(path))
    , m_where(where)
{
    // Tracked (threads::waitAll at the program's end), joined by nobody: see the destructor.
    threads::startDetached([shared = m_shared] { shared->run(); }, QStringLiteral("history reader"));
}

HistoryReader::~HistoryReader()
{
    // As ClusterSession: what runs is cut short, what waits is dropped; a thread still finishing
    // (a query between two interrupt checks, a file system that hangs) is waited for a moment and
    // then left to end on its own — it holds what it uses, and its answers go nowhere.
    std::unique_lock<std::mutex> lock(m_shared->mutex);
    m_shared->stop = true;
    m_shared->queue.clear();
    m_shared->source->interrupt();
    m_shared->wake.notify_all();
    m_shared->done.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_shared->finished; });
}

QString HistoryReader::describe() const
{
    return m_where.isRemote() ? tr("%1 on %2").arg(m_path, m_where.host) : m_path;
}

quint64 HistoryReader::enqueue(const QString& channel, Job job)
{
    quint64 id;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        id = m_shared->nextId++;
        m_shared->dropLocked(channel); // latest wins
        m_shared->queue.push_back(Queued { id, channel, std::move(job) });
    }
    m_shared->wake.notify_all();
    return id;
}

void HistoryReader::cancel(const QString& channel)
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->dropLocked(channel);
}

void HistoryReader::Shared::dropLocked(const QString& channel)
{
    // What waits on the channel goes; what runs there is cut short.
    for (auto it = queue.begin(); it != queue.end();) {
        if (it->channel == channel)
            it = queue.erase(it);
        else
            ++it;
    }
    if (runningChannel == channel) {
        cancelRunning = true;
        source->interrupt();
    }
}

bool HistoryReader::Shared::openFile(QString* error)
{
    if (!where.isRemote()) {
        std::lock_guard<std::mutex> lock(mutex); // interrupt() may be looking at the connection
        source->close();
        return source->open(path, where, error);
    }
    // A channel takes seconds to open (ssh): not under the lock the window's thread takes.
    auto fresh = std::make_unique<HistorySource>();
    const bool ok = fresh->open(path, where, error);
    std::unique_ptr<HistorySource> old;
    {
        std::lock_guard<std::mutex> lock(mutex);
        old = std::move(source);
        source = std::move(fresh);
    }
    return ok;
}

void HistoryReader::Shared::run()
{
    QString error;
    bool isOpen = openFile(&error);
    auto file = identity(path);
    // Signals are emitted on the owner's thread from its event loop, so that whoever connects
    // right after constructing hears the first of them too.
    // Posted to the owner's thread, where `owner` is read: gone, nobody hears it.
    const auto post = [this](std::function<void(HistoryReader*)> fn) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [owner = owner, fn = std::move(fn)] {
                if (owner)
                    fn(owner.data());
            },
            Qt::QueuedConnection);
    };
    post([isOpen, error](HistoryReader* r) { emit r->opened(isOpen, error); });
    history::FileVersion version = isOpen ? source->version() : history::FileVersion();
    // A channel that could not be opened, or ended, is tried again: soon, then less often.
    qint64 retryMs = pollMs, retryAt = control::monotonicMs() + retryMs;
    const auto reopen = [&](bool wasOpen) {
        isOpen = openFile(&error);
        if (isOpen != wasOpen)
            post([isOpen, error](HistoryReader* r) { emit r->opened(isOpen, error); });
        version = isOpen ? source->version() : history::FileVersion();
        retryMs = isOpen ? pollMs : std::min<qint64>(retryMs * 2, 60000);
        retryAt = control::monotonicMs() + retryMs;
        return isOpen || wasOpen;
    };
    std::unique_lock<std::mutex> lock(mutex);
    while (!stop) {
        if (queue.empty()) {
            wake.wait_for(lock, std::chrono::milliseconds(pollMs));
            if (stop)
                break;
            if (!queue.empty())
                continue;
            // Idle: has the collector written, or the file been replaced (or the channel gone)?
            lock.unlock();
            bool changedNow = false;
            if (where.isRemote()) {
                if (!isOpen) {
                    if (control::monotonicMs() >= retryAt)
                        changedNow = reopen(false);
                } else {
                    // The serve sees a replaced file itself; a lost channel is opened anew.
                    const history::FileVersion v = source->version();
                    const QString failed = source->takeError();
                    if (source->lost()) {
                        isOpen = false;
                        error = failed;
                        retryAt = control::monotonicMs() + retryMs;
                        post([error](HistoryReader* r) { emit r->opened(false, error); });
                    } else if (failed.isEmpty()) {
                        changedNow = v != version;
                        version = v;
                    }
                }
            } else if (const auto now = identity(path); now != file || !isOpen) {
                file = now;
                changedNow = now.second != 0 ? reopen(isOpen) : isOpen;
                if (now.second == 0 && isOpen) {
                    isOpen = false;
                    post([error](HistoryReader* r) { emit r->opened(false, error); });
                }
            } else {
                const history::FileVersion v = source->version();
                changedNow = v != version;
                version = v;
            }
            if (changedNow)
                post([](HistoryReader* r) { emit r->changed(); });
            lock.lock();
            continue;
        }
        const Queued next = std::move(queue.front());
        queue.pop_front();
        runningChannel = next.channel;
        cancelRunning = false;
        source->resetInterrupt();
        lock.unlock();
        history::Head head { next.id, next.channel, 0 };
        QString failure;
        Delivery delivery;
        if (isOpen) {
            QElapsedTimer t;
            t.start();
            delivery = next.job(*source);
            head.elapsedMs = t.elapsed();
            qCDebug(log::history).noquote()
                << path << "request" << head.id << "on" << head.channel << "took" << head.elapsedMs << "ms";
            // A query that met a damaged page or an I/O error ended early: not a whole answer.
            if (const QString failed = source->takeError(); !failed.isEmpty())
                failure = source->isRemote()
                    ? HistoryReader::tr("%1: %2").arg(source->describe(), failed)
                    : HistoryReader::tr("%1: reading failed: %2 — the file may be damaged").arg(path, failed);
            // A channel lost on the way: opened again when idle.
            if (source->lost()) {
                isOpen = false;
                error = failure;
                retryAt = control::monotonicMs() + retryMs;
            }
            lock.lock();
            const bool superseded = cancelRunning || stop;
            runningChannel.clear();
            if (superseded) {
                qCDebug(log::history).noquote()
                    << path << "request" << head.id << "on" << head.channel << "cut short by a newer one";
                continue; // cut short for a newer request on the channel, which answers instead
            }
            lock.unlock();
        } else {
            failure = error.isEmpty() ? HistoryReader::tr("%1: cannot be opened").arg(path) : error;
        }
        if (failure.isEmpty())
            post([head, delivery](HistoryReader* r) { delivery(r, head); });
        else
            post([head, failure](HistoryReader* r) { emit r->failed(head, failure); });
        lock.lock();
        runningChannel.clear();
    }
    lock.unlock();
    {
        std::lock_guard<std::mutex> guard(mutex);
        source->close();
    }
    std::lock_guard<std::mutex> guard(mutex);
    finished = true;
    done.notify_all();
}

} // namespace omv
