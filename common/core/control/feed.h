#pragma once

#include "../model/snapshotfeed.h"
#include "../util/logthrottle.h"
#include "pollloop.h"
#include "protocol.h"
#include "remote.h"

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace omv::control
{

/// The collector's end of the snapshot feed (issue 17): every snapshot it takes, to every
/// subscriber, as frames (u32 big-endian length, then an encoded FeedMessage): a whole snapshot
/// first, then deltas. Its own thread with poll(); the collector's publish() only queues shared
/// bytes and never waits. A subscriber that falls behind (more than kMaxQueuedBytes waiting: a
/// stopped window, a suspended laptop) loses what waited and is sent a whole snapshot next, so
/// nothing grows without bound. Allowed: see Access (viewers may subscribe).
class FeedServer
{
public:
    static constexpr qint64 kMaxQueuedBytes = 16 << 20;
    /// Subscriptions at once, in separate pools (issue 26: 64 of a viewer's connections made the
    /// owner's subscription close): the owner's and root's; each viewer's; all viewers'. One
    /// beyond its pool is closed at once and logged.
    static constexpr int kOwnerSubscribers = 16;
    static constexpr int kSubscribersPerViewer = 4;
    static constexpr int kViewerSubscribers = 48;

    /// `log` hears refused and dropped subscribers, keyed by uid (from the server's thread).
    explicit FeedServer(std::shared_ptr<LogThrottle> log = {});
    ~FeedServer();
    FeedServer(const FeedServer&) = delete;
    FeedServer& operator=(const FeedServer&) = delete;

    /// Who may subscribe (before listen()); by default this process's user and root.
    void setAccess(std::shared_ptr<const Access> access) { m_access = std::move(access); }
    /// Listens on the socket file `path` (SocketPaths::feed).
    bool listen(const QByteArray& path, QString* error);
    void close();
    /// The next complete snapshot (every process listed) and its delta from the one before
    /// (empty for the first). Any thread.
    void publish(const ClusterSnapshot& complete, quint64 sequence, const QByteArray& deltaFrame);
    /// Drops the latest snapshot: a subscriber that comes now waits for the next publish().
    void forget();
    int subscribers() const { return m_count; }
    /// The most bytes waiting for any one subscriber now, and how many times a subscriber that
    /// fell behind lost its queue (tests, and the collector's figures).
    qint64 mostQueuedBytes() const;
    qint64 resets() const { return m_resets; }
    /// How often the collector samples, told in every message (any thread).
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    /// Queue limit for tests (a small one shows a stalled subscriber being reset).
    void setMaxQueuedBytes(qint64 bytes) { m_maxQueued = bytes; }

private:
    struct Subscriber {
        uid_t uid = uid_t(-1);
        bool owner = false;
        std::deque<std::shared_ptr<const QByteArray>> frames;
        qint64 queued = 0;
        qint64 sentOfFront = 0;
        bool needsFull = true;
    };
    void run();
    std::shared_ptr<const QByteArray> fullFrame(); // under m_mutex

    std::shared_ptr<LogThrottle> m_log;
    std::shared_ptr<const Access> m_access = std::make_shared<Access>();
    PollLoop m_loop;
    std::atomic<int> m_count { 0 };
    std::atomic<qint64> m_maxQueued { kMaxQueuedBytes };
    std::atomic<int> m_intervalMs { 0 };
    std::atomic<qint64> m_resets { 0 };
    mutable std::mutex m_mutex;
    std::map<int, Subscriber> m_subs; // by fd; guarded by m_mutex
    std::shared_ptr<const ClusterSnapshot> m_latest; // guarded by m_mutex
    quint64 m_latestSequence = 0;
    std::shared_ptr<const QByteArray> m_latestFull; // encoded lazily, once per snapshot
};

/// Connects to the feed of the collector recording `dbPath` on this machine, believed only when
/// it runs as the database's owner or root: the fd, or -1 with `error`.
int openFeedSocket(const QString& dbPath, QString* error);

/// A frame of the feed: u32 big-endian length, then the encoded message.
QByteArray feedFrame(const FeedMessage& message);

/// A window's end of the feed: connects to the collector recording into a database (believed
/// only when it runs as the database's owner or root), then hands out complete snapshots as they
/// come. Blocking calls with deadlines; for a worker thread.
class FeedSubscriber
{
public:
    FeedSubscriber() = default;
    ~FeedSubscriber();
    FeedSubscriber(const FeedSubscriber&) = delete;
    FeedSubscriber& operator=(const FeedSubscriber&) = delete;

    bool connect(const QString& dbPath, QString* error);
    /// The feed of the collector recording `dbPath` on another machine, through
    /// `openmosixcollector --serve feed` there (see remote.h); a local `where` is connect(dbPath).
    /// Blocks until the serve answered (the ssh connect timeout and 10 s at most).
    bool connect(const CollectorHost& where, const QString& dbPath, QString* error);
    void disconnect();
    bool isConnected() const { return m_fd >= 0; }
    /// Waits (at most `timeoutMs`) for the next snapshot; false on timeout (error empty) or when
    /// the feed broke (error set, disconnected).
    bool next(ClusterSnapshot* out, int timeoutMs, QString* error);
    /// How often the collector samples (from its last message; 0 before one came).
    int intervalMs() const { return m_intervalMs; }
    /// Bytes received so far (benchmarks).
    qint64 bytesReceived() const { return m_received; }

private:
    int m_fd = -1;
    std::unique_ptr<RemoteStream> m_remote; ///< the channel that fills m_fd, from another machine
    QByteArray m_buf;
    ClusterSnapshot m_snapshot;
    quint64 m_sequence = 0;
    bool m_haveFull = false;
    qint64 m_received = 0;
    int m_intervalMs = 0;
};

} // namespace omv::control
