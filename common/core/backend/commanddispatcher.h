#pragma once

#include <QCoreApplication>

#include "../control/remote.h"
#include "clusterbackend.h"

#include <QString>

#include <memory>
#include <mutex>

namespace omv
{

/// Sends commands for every window of the suite the same way: in parallel over the backend's
/// command lane, one outcome per command (per node or process), and each reported to the audit
/// trail of the collector recording the cluster (who, what, which node and process, the result).
/// A command the trail could not take is marked in its outcome's note when history is kept there
/// but no collector runs. Safe to call from any thread.
class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(omv::CommandDispatcher)

public:
    explicit CommandDispatcher(std::shared_ptr<ClusterBackend> backend);

    /// The collector database whose audit trail hears every command; empty: none.
    /// `where`: the collector's host when it is another machine (reached through ssh).
    void setAuditDatabase(const QString& dbPath, const control::CollectorHost& where = {});
    QString auditDatabase() const;

    QVector<CommandOutcome> dispatch(const QVector<Command>& commands);

    /// One line per outcome, as every window shows it: "migrate 1234 to node 3 — done",
    /// "… — FAILED: why", with the outcome's note in parentheses.
    static QString outcomeLine(const CommandOutcome& outcome);

private:
    void audit(QVector<CommandOutcome>* outcomes) const;

    std::shared_ptr<ClusterBackend> m_backend;
    mutable std::mutex m_mutex;
    QString m_auditDb;
    control::CollectorHost m_auditHost;
};

} // namespace omv
