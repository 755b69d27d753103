#include "transportpool.h"

#include <QRunnable>
#include <QSemaphore>

#include <thread>

namespace omv
{

TransportPool::TransportPool(Factory factory, int maxParallel)
    : m_factory(std::move(factory))
    , m_threads(new QThreadPool)
{
    m_threads->setMaxThreadCount(qMax(1, maxParallel));
    m_threads->setExpiryTimeout(60000);
}

TransportPool::~TransportPool()
{
    // Nothing running (the usual end): deleted as any pool. A forEach still running (a caller
    // that gave up on it) is cut short and waited for a moment; a pool still busy after that is
    // deleted when its last task ends, never waited for without limit here. (Cutting connections
    // only then: closing a session whose socket was shut down under it is libssh's rarer path.)
    // A task that has done its work leaves its thread a moment later: forEach's caller may
    // already be here. That moment is waited for; only work still running after it is cut
    // (cutting idle sessions and then freeing them crashed libssh: "double free").
    if (m_threads->activeThreadCount() > 0 && !m_threads->waitForDone(100)) {
        abortAll();
        if (!m_threads->waitForDone(1000)) {
            std::thread([pool = m_threads] {
                pool->waitForDone();
                delete pool;
            }).detach();
            return;
        }
    }
    delete m_threads;
}

std::shared_ptr<Transport> TransportPool::get(const QString& address, Lane lane)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QHash<QString, std::shared_ptr<Transport>>& lanes = m_transports[lane == Lane::Sampling ? 0 : 1];
    auto it = lanes.find(address);
    if (it != lanes.end())
        return it.value();
    std::shared_ptr<Transport> t = m_factory(address);
    lanes.insert(address, t);
    return t;
}

void TransportPool::abortAll()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const auto& lanes : m_transports) {
        for (const std::shared_ptr<Transport>& t : lanes)
            t->abort();
    }
}

int TransportPool::maxParallel() const
{
    return m_threads->maxThreadCount();
}

void TransportPool::forEach(int count, const std::function<void(int)>& fn)
{
    if (count <= 0)
        return;
    if (count == 1) {
        fn(0);
        return;
    }
    QSemaphore done;
    for (int i = 0; i < count; ++i) {
        m_threads->start([&fn, &done, i] {
            fn(i);
            done.release();
        });
    }
    done.acquire(count);
}

} // namespace omv
