#include "commanddispatcher.h"

#include "../control/controlserver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

namespace omv
{

namespace
{

} // namespace

CommandDispatcher::CommandDispatcher(std::shared_ptr<ClusterBackend> backend)
    : m_backend(std::move(backend))
{
}

void CommandDispatcher::setAuditDatabase(const QString& dbPath, const control::CollectorHost& where)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_auditDb = dbPath;
    m_auditHost = where;
}

QString CommandDispatcher::auditDatabase() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_auditDb;
}

QVector<CommandOutcome> CommandDispatcher::dispatch(const QVector<Command>& commands)
{
    QVector<CommandOutcome> outcomes = m_backend->applyAll(commands);
    audit(&outcomes);
    return outcomes;
}

void CommandDispatcher::audit(QVector<CommandOutcome>* outcomes) const
{
    QString db;
    control::CollectorHost where;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        db = m_auditDb;
        where = m_auditHost;
    }
    if (db.isEmpty())
        return;
    // Which program on which machine; who ran it, the collector learns from the connection.
    const QString program = QCoreApplication::applicationName() + QLatin1Char('@') + QSysInfo::machineHostName();
    for (CommandOutcome& o : *outcomes) {
        const QString result = o.ok() ? QString::fromUtf8(o.result.out).trimmed() : o.error;
        QString answer;
        // On another machine, through `--serve control` there: the collector sees the ssh user.
        if (!control::requestOn(
                where, db, control::commandRequest({ o.command, o.ok(), program, o.commandLine, result }), &answer)
            && (where.isRemote() || QFileInfo::exists(db))) {
            // History is kept there, but no collector writes it now: say so rather than lose it quietly.
            o.note
                += (o.note.isEmpty() ? QString() : QStringLiteral("; ")) + tr("not in the audit trail: %1").arg(answer);
        }
    }
}

QString CommandDispatcher::outcomeLine(const CommandOutcome& o)
{
    QString line
        = o.ok() ? tr("%1 — done").arg(o.command.describe()) : tr("%1 — FAILED: %2").arg(o.command.describe(), o.error);
    if (!o.note.isEmpty())
        line += QStringLiteral(" (") + o.note + QLatin1Char(')');
    return line;
}

} // namespace omv
