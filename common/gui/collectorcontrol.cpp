#include "collectorcontrol.h"
#include "core/control/collectorstart.h"

#include "core/control/controlserver.h"
#include "core/util/suiteprogram.h"
#include "core/util/workerthreads.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <memory>

namespace omv
{

CollectorControl::CollectorControl(
    QString databasePath, QStringList clusterArgs, QObject* parent, control::CollectorHost where)
    : QObject(parent)
    , m_db(std::move(databasePath))
    , m_clusterArgs(std::move(clusterArgs))
    , m_host(std::move(where))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &CollectorControl::refresh);
    m_poll->start();
    refresh();
}

CollectorControl::~CollectorControl() = default; // an answer still on its way finds nobody to tell

QString CollectorControl::binary()
{
    return suiteProgram(QStringLiteral("openmosixcollector"));
}

void CollectorControl::send(
    const control::Message& message, std::function<void(bool, const QString&)> done, int deadlineMs)
{
    struct Answer {
        bool ok = false;
        QString text;
    };
    threads::run(
        this, QStringLiteral("omv-control"),
        [db = m_db, where = m_host, message, deadlineMs](const threads::Task&) {
            Answer a;
            a.ok = control::requestOn(where, db, message, &a.text, deadlineMs);
            return a;
        },
        [done](const Answer& a) { done(a.ok, a.text); });
}

void CollectorControl::ask(const QByteArray& line)
{
    if (m_inFlight && line == "status")
        return; // one question at a time is plenty
    ++m_inFlight;
    send({ line }, [this, line](bool ok, const QString& answer) {
        --m_inFlight;
        if (line == "stop") {
            if (ok)
                m_startedHere = false;
            QTimer::singleShot(300, this, &CollectorControl::refresh);
            return;
        }
        const bool changed = ok != m_running || answer != m_detail;
        m_running = ok;
        m_detail = ok ? answer : QString();
        if (ok) {
            static const QRegularExpression unit(QStringLiteral("managed by ([^\\s;]+)"));
            m_unit = unit.match(answer).captured(1);
        }
        if (changed)
            emit stateChanged(m_running, m_detail);
        if (ok)
            askLogged();
        else if (!m_logged.isEmpty()) {
            m_logged.clear();
            emit loggedChanged(m_logged);
        }
    });
}

void CollectorControl::askLogged()
{
    send(control::loggedRequest(), [this](bool ok, const QString& answer) {
        const QVector<QPair<NodeId, int>> now = ok ? control::parseLoggedText(answer) : QVector<QPair<NodeId, int>>();
        if (now != m_logged) {
            m_logged = now;
            emit loggedChanged(m_logged);
        }
    });
}

void CollectorControl::setLogged(NodeId home, int pid, bool on)
{
    send(control::logRequest(home, pid, on), [this](bool ok, const QString& answer) {
        emit logResult(ok, answer);
        askLogged();
    });
}

void CollectorControl::refresh()
{
    ask("status");
}

void CollectorControl::stop()
{
    ask("stop");
}

QString CollectorControl::whyNoStart() const
{
    if (!m_unit.isEmpty())
        return m_host.isRemote() ? tr("managed by %1 on %2: systemctl start %1 there").arg(m_unit, m_host.host)
                                 : tr("managed by %1: systemctl start %1").arg(m_unit);
    return QString();
}

QString CollectorControl::whyNoStop() const
{
    if (m_unit.isEmpty())
        return QString();
    return m_host.isRemote() ? tr("managed by %1 on %2: systemctl stop %1 there").arg(m_unit, m_host.host)
                             : tr("managed by %1: systemctl stop %1").arg(m_unit);
}

bool CollectorControl::start(int intervalS, QString* error)
{
    if (const QString why = whyNoStart(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (m_host.isRemote()) {
        // The machine there waits for the collector it starts to answer; the desk waits longer,
        // so a slow start is reported as what it was, not as no answer.
        send(
            control::startRequest(intervalS),
            [this](bool ok, const QString& answer) {
                if (ok)
                    m_startedHere = true;
                emit startAnswered(ok, answer);
                refresh();
            },
            control::kStartAnswerWithinMs + 3000);
        return true;
    }
    const QString bin = binary();
    if (bin.isEmpty()) {
        *error = tr("openmosixcollector is not installed next to %1").arg(QCoreApplication::applicationFilePath());
        return false;
    }
    const QFileInfo db(m_db);
    if (!QDir().mkpath(db.absolutePath())) {
        *error = tr("cannot create %1").arg(db.absolutePath());
        return false;
    }
    QFile::setPermissions(db.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess p;
    p.setProgram(bin);
    p.setArguments(m_clusterArgs
        + QStringList {
            QStringLiteral("--db"), db.absoluteFilePath(), QStringLiteral("--interval"), QString::number(intervalS) });
    p.setStandardOutputFile(db.absoluteFilePath() + QStringLiteral(".log"), QIODevice::Append);
    p.setStandardErrorFile(db.absoluteFilePath() + QStringLiteral(".log"), QIODevice::Append);
    p.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!p.startDetached(&pid)) {
        *error = tr("cannot start %1: %2").arg(bin, p.errorString());
        return false;
    }
    m_startedHere = true;
    // It needs a moment to open the database and listen; ask a few times.
    for (int ms : { 300, 1000, 2500 })
        QTimer::singleShot(ms, this, &CollectorControl::refresh);
    return true;
}

} // namespace omv
