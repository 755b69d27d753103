#pragma once

#include "transport.h"

#include <QHash>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <mutex>

namespace omv
{

/// One transport per node address, created on first use and kept, plus a bounded set of worker
/// threads to run commands on many nodes at once.
class TransportPool
{
public:
    using Factory = std::function<std::shared_ptr<Transport>(const QString& address)>;

    explicit TransportPool(Factory factory, int maxParallel = 16);
    ~TransportPool();

    /// The transport for `address`, created by the factory the first time.
    std::shared_ptr<Transport> get(const QString& address);

    /// Calls fn(0) .. fn(count - 1), at most maxParallel at a time, and returns when all are done.
    void forEach(int count, const std::function<void(int)>& fn);

    int maxParallel() const;

private:
    Factory m_factory;
    std::mutex m_mutex;
    QHash<QString, std::shared_ptr<Transport>> m_transports;
    QThreadPool m_threads;
};

} // namespace omv
