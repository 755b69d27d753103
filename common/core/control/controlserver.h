#pragma once

#include "../util/logthrottle.h"
#include "pollloop.h"
#include "protocol.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace omv::control
{

/// The collector's end of the control socket. Connections are accepted and read on a thread of
/// their own (non-blocking, a deadline per request, bounded size), so a slow or hostile client
/// never holds up sampling or recording; only a complete request from an allowed peer reaches the
/// handler, which runs on the thread this object lives in. Allowed: see Access. Replies are written without blocking
/// and never raise SIGPIPE.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Message(const Message& request, const Peer& peer)>;

    explicit ControlServer(Handler handler, QObject* parent = nullptr);
    ~ControlServer() override;

    /// Listens on the socket file `path` (in a folder prepareSocketDir() made). When something
    /// listens there already, `error` says who (uid and pid, from a probe connection).
    bool listen(const QByteArray& path, QString* error);
    void close();
    bool isListening() const { return m_loop.running(); }

    /// Who may connect (before listen()); by default this process's user and root. The handler
    /// decides what a viewer may ask.
    void setAccess(std::shared_ptr<const Access> access) { m_access = std::move(access); }
    /// How long a client has to send its whole request, and to take the reply (a viewer has at
    /// most kViewerDeadlineMs to send it).
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    /// Connections served at once, in separate pools (issue 26: 16 half-open connections of a
    /// viewer kept the owner's --stop waiting): the owner's and root's together; each viewer's
    /// own; all viewers'. A connection beyond its pool is answered "busy" and closed at once,
    /// so nobody's flood takes the owner's slots.
    static constexpr int kOwnerSlots = 16;
    static constexpr int kSlotsPerViewer = 4;
    static constexpr int kViewerSlots = 32;
    static constexpr int kViewerDeadlineMs = 1000;

    /// The verbs a viewer may send at all; another is answered "not allowed" on the server's
    /// thread and never reaches the handler (a flood of them costs the collector's thread
    /// nothing). Before listen(); empty: the handler decides everything.
    void setViewerVerbs(const QSet<QByteArray>& verbs) { m_viewerVerbs = verbs; }
    /// A budget per viewer for requests with `verbs` (audit records, log marks): `perMinute`
    /// requests and `bytesPerMinute` bytes a minute, refilled continuously; a request over it is
    /// answered "too many" on the server's thread and counted. Before listen().
    void setViewerBudget(const QSet<QByteArray>& verbs, double perMinute, double bytesPerMinute);
    /// Viewers' requests refused for their budget so far (any thread).
    qint64 overBudget() const { return m_overBudget; }

    /// Where connections that were turned away or dropped (not allowed, too slow, malformed,
    /// over their pool) are told, keyed by uid (before listen()); none: not told.
    void setLog(std::shared_ptr<LogThrottle> log) { m_log = std::move(log); }

private:
    void refuse(uint uid, const LogThrottle::Line& line);
    /// A viewer's request that the server answers itself (not allowed, over budget): the reply,
    /// or empty to pass it on. Server thread.
    QByteArray screen(const Message& request, const Peer& peer);
    struct Budget {
        double requests = 0;
        double bytes = 0;
        qint64 atMs = 0;
    };
    QSet<QByteArray> m_viewerVerbs;
    QSet<QByteArray> m_budgetVerbs;
    double m_perMinute = 0;
    double m_bytesPerMinute = 0;
    QHash<uid_t, Budget> m_budgets; // server thread
    RefusalBudget m_refusals; // server thread
    std::atomic<qint64> m_overBudget { 0 };
    struct Client;
    void run();
    void dispatch(quint64 id, const Message& request, const Peer& peer);

    Handler m_handler;
    std::shared_ptr<const Access> m_access = std::make_shared<Access>();
    std::shared_ptr<LogThrottle> m_log;
    int m_deadlineMs = 2000;
    PollLoop m_loop;
    std::mutex m_mutex;
    std::deque<std::pair<quint64, QByteArray>> m_replies; // guarded by m_mutex
};

/// Sends one request to the collector recording into `dbPath` and returns its reply: true with
/// the reply's text in `answer`, or false with the reason. The whole exchange (connect, send,
/// reply) takes at most `deadlineMs`; a reply is read up to kMaxFrame. Only a collector running
/// as the owner of `dbPath` or as root is believed: anything else listening under the name is
/// reported, and is sent nothing.
bool request(const QString& dbPath, const Message& request, QString* answer, int deadlineMs = 3000);

/// Makes writes to a closed socket or pipe an error instead of a fatal signal (every program of
/// the suite calls it at start; the control code also sends with MSG_NOSIGNAL).
void ignoreSigpipe();

} // namespace omv::control
