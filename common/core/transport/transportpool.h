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

    /// Each node has a transport (an ssh session) for sampling and another for commands, so that
    /// a click never waits behind a slow snapshot read.
    enum class Lane { Sampling, Commands };
    /// The transport for `address` and `lane`, created by the factory the first time.
    std::shared_ptr<Transport> get(const QString& address, Lane lane = Lane::Sampling);
    /// Cuts every transport's connection (Transport::abort): what runs returns at once.
    void abortAll();

    /// Calls fn(0) .. fn(count - 1), at most maxParallel at a time, and returns when all are done.
    void forEach(int count, const std::function<void(int)>& fn);

    int maxParallel() const;

private:
    Factory m_factory;
    std::mutex m_mutex;
    QHash<QString, std::shared_ptr<Transport>> m_transports[2]; // per lane
    QThreadPool* m_threads; // handed off, not waited for, when it is still busy at the end
};

} // namespace omv
