#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/control/protocol.h"
#include "core/control/remote.h"
#include "core/model/nodesample.h"

#include <functional>

#include <memory>

class QTimer;

namespace omv
{

/// A GUI's handle on the collector that records its cluster: whether one is writing the cluster's
/// database (asked over the collector's control socket, off the GUI thread, every few seconds),
/// starting one as a detached process, stopping it.
class CollectorControl : public QObject
{
    Q_OBJECT
public:
    /// `clusterArgs` name the cluster to the collector (`--profile FILE` or `--demo-root DIR`);
    /// `where`: the collector's host when it runs on another machine (asked, started and stopped
    /// through ssh there).
    CollectorControl(
        QString databasePath, QStringList clusterArgs, QObject* parent = nullptr, control::CollectorHost where = {});
    ~CollectorControl() override;

    QString databasePath() const { return m_db; }
    /// Where it runs when that is another machine (empty host: here).
    const control::CollectorHost& host() const { return m_host; }
    bool isRunning() const { return m_running; }
    QString detail() const { return m_detail; }
    /// openmosixcollector next to this program (or in the build tree); empty when there is none.
    static QString binary();

    /// Starts a collector at `intervalS`; its messages go to `<database>.log`. False with `error`.
    /// On another machine the start is asked there (`--serve control`, control/collectorstart.h:
    /// as the collector last ran, for the database's owner or root) and startAnswered() says
    /// how it went.
    bool start(int intervalS, QString* error);
    /// Asks the running collector to stop.
    void stop();
    /// Asks now whether one runs (stateChanged follows).
    void refresh();
    /// Whether start() was called on this object and the collector has not been stopped since.
    bool startedHere() const { return m_startedHere; }
    /// The systemd unit that runs the collector, as its status last said ("managed by
    /// openmosixcollector.service"); kept when it stops: systemd starts it again, not a window.
    QString managedBy() const { return m_unit; }
    /// Why start() is not offered here (empty: it is): systemd runs the collector — with what
    /// to do instead.
    QString whyNoStart() const;
    /// Why stop() is not offered (systemd runs it); empty: it is.
    QString whyNoStop() const;

    /// "Log process": asks the collector to keep every sample of (home, pid) at full detail, or no
    /// more; logResult() and loggedChanged() follow.
    void setLogged(NodeId home, int pid, bool on);
    /// The processes the collector logs, as last asked (with every status poll).
    const QVector<QPair<NodeId, int>>& logged() const { return m_logged; }

signals:
    void stateChanged(bool running, const QString& detail);
    void loggedChanged(const QVector<QPair<omv::NodeId, int>>& processes);
    /// What the collector said to setLogged (its refusal, say: "not running").
    void logResult(bool ok, const QString& text);
    /// What the collector's machine said to a start asked there: its status, or why not.
    void startAnswered(bool ok, const QString& text);

private:
    void ask(const QByteArray& line);
    /// Sends `message` on a worker thread (the socket is local, but a collector busy writing may
    /// take a moment); `done` runs on this object's thread, unless it is gone by then.
    void send(const control::Message& message, std::function<void(bool ok, const QString& answer)> done,
        int deadlineMs = 3000);
    void askLogged();

    QString m_db;
    QStringList m_clusterArgs;
    control::CollectorHost m_host;
    QTimer* m_poll;
    bool m_running = false;
    bool m_startedHere = false;
    QString m_detail;
    QString m_unit;
    int m_inFlight = 0;
    QVector<QPair<NodeId, int>> m_logged;
};

} // namespace omv
