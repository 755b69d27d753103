#include "clustersession.h"

#include "core/util/workerthreads.h"

#include "core/control/feed.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <mutex>

namespace omv
{

// Lives on the sampling thread: a timer there starts each snapshot, so a snapshot that takes
// longer than the interval delays the next one instead of piling several up.
// It knows nothing of the session: the session may go while a snapshot is still on its way
// (a hung node), and the worker finishes on its own.
class ClusterSession::Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(std::shared_ptr<ClusterBackend> backend)
        : m_backend(std::move(backend))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Worker::sample);
    }
    void setInterval(int ms)
    {
        if (ms != m_intervalMs)
            m_feedTooSlow = false; // another interval: is the collector's pace enough now?
        m_intervalMs = ms;
        if (m_timer.isActive())
            m_timer.start(ms);
    }
    void setPaused(bool paused)
    {
        m_paused = paused;
        if (paused)
            m_timer.stop();
        else if (!m_timer.isActive())
            m_timer.start(0);
    }
    /// The collector database whose feed to take snapshots from (on `where`, when that is another
    /// machine); empty: always sample directly.
    void setFeed(const control::CollectorHost& where, const QString& dbPath)
    {
        m_feedHost = where;
        m_feedDb = dbPath;
        m_retryMs = 0;
        m_feed = std::make_unique<control::FeedSubscriber>();
        m_connecting.reset(); // one still on its way ends on its own thread, unheard
        m_feedTooSlow = false;
        m_lastAttempt.invalidate();
    }
    void sample()
    {
        if (takeFromFeed())
            return;
        emit sampling();
        const ClusterSnapshot snap = m_backend->snapshot();
        // Where it came from first: a window that shows the snapshot shows its source with it.
        tell(false,
            m_feedTooSlow
                ? tr("sampling directly: the collector samples less often than every %1 s").arg(m_intervalMs / 1000.0)
                : !m_feedError.isEmpty() ? tr("sampling directly: %1").arg(m_feedError)
                                         : tr("sampling directly"));
        emit snapshotReady(snap); // queued: the session lives on the GUI thread
        if (!m_paused)
            m_timer.start(m_intervalMs);
    }
    void stop()
    {
        m_paused = true;
        m_timer.stop();
    }

signals:
    void sampling();
    void snapshotReady(const omv::ClusterSnapshot& snapshot);
    void sourceChanged(bool fromCollector, const QString& text);

private:
    // A collector that records this cluster publishes every snapshot it takes (issue 17): taken
    // from there, the nodes answer one sampler instead of one per window. True when this turn
    // was served by the feed (or waits for it); false: sample directly now.
    bool takeFromFeed()
    {
        if (m_feedDb.isEmpty() || m_feedTooSlow)
            return false;
        if (!m_feed->isConnected()) {
            // A connect still on its way (to another machine): this turn samples directly.
            if (m_connecting) {
                std::unique_ptr<control::FeedSubscriber> connected;
                QString error;
                {
                    std::lock_guard<std::mutex> lock(m_connecting->mutex);
                    if (!m_connecting->done)
                        return false;
                    connected = std::move(m_connecting->subscriber);
                    error = m_connecting->error;
                }
                m_connecting.reset();
                if (!connected) {
                    m_retryMs = qBound(m_intervalMs, 2 * m_retryMs, 60000);
                    m_feedError = error;
                    return false;
                }
                m_feed = std::move(connected);
            } else {
                // At most one attempt per interval: a collector that is not there costs
                // nothing. On another machine an attempt costs a connection (up to its
                // timeout), so a failed one waits longer each time, up to a minute.
                if (m_lastAttempt.isValid() && m_lastAttempt.elapsed() < qMax(m_intervalMs, m_retryMs))
                    return false;
                const bool first = !m_lastAttempt.isValid();
                m_lastAttempt.start();
                if (m_feedHost.isRemote() && !first) {
                    // Tried again while this window samples directly: on a thread of its own,
                    // so that a host that hangs does not hold up the samples (the first try
                    // waits: a window that samples 1,000 nodes for nothing waits longer).
                    connectInBackground();
                    return false;
                }
                QString error;
                if (!m_feed->connect(m_feedHost, m_feedDb, &error)) {
                    if (m_feedHost.isRemote()) {
                        m_retryMs = qBound(m_intervalMs, 2 * m_retryMs, 60000);
                        m_feedError = error;
                    }
                    return false;
                }
            }
            m_retryMs = 0;
            m_feedError.clear();
            m_sinceFeed.start();
        }
        ClusterSnapshot snap;
        QString error;
        if (m_feed->next(&snap, 0, &error)) {
            m_sinceFeed.start();
            tell(true,
                m_feedHost.isRemote() ? tr("live from the collector on %1").arg(m_feedHost.host)
                                      : tr("live from the collector"));
            emit snapshotReady(snap);
            // The collector samples less often than this window wants: it samples itself. Its
            // interval as it says, not the gap seen: one slow round is no reason to leave.
            if (m_feed->intervalMs() > m_intervalMs) {
                m_feedTooSlow = true;
                m_feed->disconnect();
            }
        } else if (!error.isEmpty() || m_sinceFeed.elapsed() > 2 * qint64(m_intervalMs) + 2000) {
            // The feed broke, or went silent (a collector stopped, stuck): sample directly
            // within this interval; the feed is tried again the next one.
            if (m_feedHost.isRemote())
                m_feedError = error;
            m_feed->disconnect();
            m_lastAttempt.start();
            return false;
        }
        if (!m_paused)
            m_timer.start(100); // the next snapshot arrives when the collector takes it
        return true;
    }
    // A connect to the collector on another machine, made on a detached thread; its result
    // taken up by a later turn (or dropped with the state when the feed changed meanwhile).
    struct Connecting {
        std::mutex mutex;
        bool done = false;
        std::unique_ptr<control::FeedSubscriber> subscriber; ///< connected; null when it failed
        QString error;
    };
    void connectInBackground()
    {
        auto c = std::make_shared<Connecting>();
        m_connecting = c;
        threads::startDetached(
            [c, where = m_feedHost, db = m_feedDb] {
                auto sub = std::make_unique<control::FeedSubscriber>();
                QString error;
                const bool ok = sub->connect(where, db, &error);
                std::lock_guard<std::mutex> lock(c->mutex);
                c->done = true;
                c->error = error;
                if (ok)
                    c->subscriber = std::move(sub);
            },
            QStringLiteral("feed connect"));
    }
    void tell(bool fromCollector, const QString& text)
    {
        if (text == m_lastSource)
            return;
        m_lastSource = text;
        emit sourceChanged(fromCollector, text);
    }

    std::shared_ptr<ClusterBackend> m_backend;
    QTimer m_timer { this };
    int m_intervalMs = 5000;
    bool m_paused = false;
    QString m_feedDb;
    control::CollectorHost m_feedHost;
    QString m_feedError; ///< why the remote collector's feed is not followed now
    int m_retryMs = 0;
    std::unique_ptr<control::FeedSubscriber> m_feed = std::make_unique<control::FeedSubscriber>();
    std::shared_ptr<Connecting> m_connecting;
    QElapsedTimer m_lastAttempt, m_sinceFeed;
    bool m_feedTooSlow = false;
    QString m_lastSource;
};

class ClusterSession::Commander : public QObject
{
    Q_OBJECT
signals:
    void finished(const QString& tag, const QVector<omv::CommandOutcome>& outcomes);
    void migrationSupportKnown(int node, const QString& text);
};

ClusterSession::ClusterSession(std::unique_ptr<ClusterBackend> backend, QObject* parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_caps(m_backend->capabilities())
    , m_kind(m_backend->kind())
    , m_gateway(m_backend->gateway())
    , m_dispatcher(std::make_shared<CommandDispatcher>(m_backend))
{
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<CommandOutcome>();
    qRegisterMetaType<QVector<CommandOutcome>>();
    m_sampleThread = new QThread;
    m_commandThread = new QThread;
    m_sampler = new Worker(m_backend);
    m_sampler->moveToThread(m_sampleThread);
    connect(m_sampleThread, &QThread::finished, m_sampler, &QObject::deleteLater);
    connect(m_sampler, &Worker::snapshotReady, this, &ClusterSession::snapshotReady);
    connect(m_sampler, &Worker::sampling, this, &ClusterSession::sampling);
    connect(m_sampler, &Worker::sourceChanged, this, [this](bool fromCollector, const QString& text) {
        m_fromCollector = fromCollector;
        m_source = text;
        emit sourceChanged(fromCollector, text);
    });
    m_commander = new Commander;
    m_commander->moveToThread(m_commandThread);
    connect(m_commandThread, &QThread::finished, m_commander, &QObject::deleteLater);
    connect(m_commander, &Commander::finished, this, &ClusterSession::commandsFinished);
    connect(m_commander, &Commander::migrationSupportKnown, this, &ClusterSession::migrationSupportKnown);
    m_backend->setProgressSink([this](const Command& c, const QString& text) {
        QMetaObject::invokeMethod(
            this, [this, home = int(c.node), pid = c.pid, text] { emit commandProgress(home, pid, text); },
            Qt::QueuedConnection);
    });
    m_sampleThread->setObjectName(QStringLiteral("omv-sampler"));
    m_commandThread->setObjectName(QStringLiteral("omv-commands"));
    m_sampleThread->start();
    m_commandThread->start();
}

ClusterSession::~ClusterSession()
{
    // Closing never waits on the network: what runs is cut short (its connections are shut),
    // and a thread still finishing (or waiting on a question the prompts will refuse) is left to
    // end on its own; its results go nowhere.
    m_backend->setProgressSink({}); // waits for one being told: none reaches this after
    m_backend->transports().abortAll();
    QMetaObject::invokeMethod(m_sampler, [w = m_sampler] { w->stop(); });
    for (QThread* t : { m_sampleThread, m_commandThread }) {
        t->quit();
        if (t->wait(50))
            delete t;
        else
            threads::adopt(t);
    }
}

void ClusterSession::start()
{
    // The first snapshot after what was queued behind this (the window's collector, set just
    // after start): from the collector's feed when one records the cluster.
    QMetaObject::invokeMethod(m_sampler, [w = m_sampler, ms = m_intervalMs, paused = m_paused] {
        w->setInterval(ms);
        w->setPaused(paused); // not paused: its timer takes the first snapshot at once
        if (paused)
            QTimer::singleShot(0, w, &Worker::sample);
    });
}

void ClusterSession::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    QMetaObject::invokeMethod(m_sampler, [w = m_sampler, ms] { w->setInterval(ms); });
}

void ClusterSession::setPaused(bool paused)
{
    m_paused = paused;
    QMetaObject::invokeMethod(m_sampler, [w = m_sampler, paused] { w->setPaused(paused); });
}

void ClusterSession::refreshNow()
{
    QMetaObject::invokeMethod(m_sampler, [w = m_sampler] { w->sample(); });
}

void ClusterSession::apply(const QVector<Command>& commands, const QString& tag)
{
    QMetaObject::invokeMethod(m_commander, [c = m_commander, d = m_dispatcher, commands, tag] {
        emit c->finished(tag, d->dispatch(commands)); // queued to the GUI thread
    });
}

void ClusterSession::askMigrationSupport(NodeId node)
{
    QMetaObject::invokeMethod(m_commander, [c = m_commander, b = m_backend, node] {
        emit c->migrationSupportKnown(node, b->migrationSupport(node)); // queued to the GUI thread
    });
}

CommandRun* ClusterSession::send(const QVector<Command>& commands)
{
    auto* run = new CommandRun(this);
    const QString tag = QUuid::createUuid().toString();
    connect(this, &ClusterSession::commandsFinished, run,
        [run, tag](const QString& t, const QVector<CommandOutcome>& outcomes) {
            if (t != tag)
                return;
            emit run->finished(outcomes);
            run->deleteLater();
        });
    apply(commands, tag);
    return run;
}

void ClusterSession::setAuditDatabase(const QString& dbPath, const control::CollectorHost& where)
{
    m_dispatcher->setAuditDatabase(dbPath, where);
    // The collector recording there publishes what it samples: taken from it when it runs.
    QMetaObject::invokeMethod(m_sampler, [w = m_sampler, dbPath, where] { w->setFeed(where, dbPath); });
}

} // namespace omv

#include "clustersession.moc"
