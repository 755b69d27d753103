#pragma once

#include "protocol.h"

#include <QObject>

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

    /// Listens under `name`. When the name is taken, `error` says who holds it (uid and pid of
    /// the listener, from a probe connection) and nothing listens.
    bool listen(const QByteArray& name, QString* error);
    void close();
    bool isListening() const { return m_listenFd >= 0; }

    /// Who may connect (before listen()); by default this process's user and root. The handler
    /// decides what a viewer may ask.
    void setAccess(std::shared_ptr<const Access> access) { m_access = std::move(access); }
    /// How long a client has to send its whole request, and to take the reply.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    /// Connections served at once; more wait in the listen backlog.
    static constexpr int kMaxClients = 16;

signals:
    /// A connection that was turned away or dropped (not allowed, too slow, malformed), for the log.
    void refused(const QString& why);

private:
    struct Client;
    void run();
    void dispatch(quint64 id, const Message& request, const Peer& peer);
    void wake();

    Handler m_handler;
    std::shared_ptr<const Access> m_access = std::make_shared<Access>();
    int m_listenFd = -1;
    int m_wakeFd = -1;
    int m_deadlineMs = 2000;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
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
