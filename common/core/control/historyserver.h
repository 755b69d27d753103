#pragma once

#include "../util/logthrottle.h"
#include "pollloop.h"
#include "protocol.h"

#include <QString>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

namespace omv::control
{

/// The collector's end of the history socket (issue 30). A window on another machine whose ssh
/// user may not read the database (the collector's, 0600) asks through `openmosixcollector
/// --serve history` there, which connects here as that user. Each connection is answered on a
/// thread of its own with a read-only connection of its own to the file — never the writer's, so
/// sampling and recording go on — at a lower priority, through history::wire::serve. A connection
/// first reads one line: "ok" (frames follow), or "error TEXT" (the file cannot be read here).
/// Allowed: see Access (viewers may read the history). Readers at once, in separate pools as the
/// feed's: one beyond its pool is closed at once and logged.
class HistoryServer
{
public:
    static constexpr int kOwnerReaders = 8;
    static constexpr int kReadersPerViewer = 2;
    static constexpr int kViewerReaders = 16;

    explicit HistoryServer(QString dbPath, std::shared_ptr<LogThrottle> log = {});
    ~HistoryServer();
    HistoryServer(const HistoryServer&) = delete;
    HistoryServer& operator=(const HistoryServer&) = delete;

    /// Who may read (before listen()); by default this process's user and root.
    void setAccess(std::shared_ptr<const Access> access) { m_access = std::move(access); }
    /// Listens on the socket file `path` (SocketPaths::history).
    bool listen(const QByteArray& path, QString* error);
    /// Ends every reader (their connections shut, their queries cut short) and waits for them.
    void close();
    int readers() const { return m_count; }

private:
    struct Reader {
        int fd = -1;
        uid_t uid = uid_t(-1);
        bool owner = false;
        std::thread thread;
        std::atomic<bool> done { false };
    };
    void run();
    void serveOne(Reader* r);
    /// Joins and closes the readers that ended (all, with `all`, after shutting them down).
    void reap(bool all);

    const QString m_path;
    std::shared_ptr<LogThrottle> m_log;
    std::shared_ptr<const Access> m_access = std::make_shared<Access>();
    PollLoop m_loop;
    std::mutex m_mutex;
    std::list<Reader> m_readers; // guarded by m_mutex
    std::atomic<int> m_count { 0 };
};

/// Connects to the history socket of the collector recording `dbPath` on this machine, believed
/// only when it runs as the database's owner or root, and reads its first line: the fd, ready for
/// frames; or -1 with `error` and `*noCollector` true when no collector listens there (the file
/// itself may then be read).
int openHistorySocket(const QString& dbPath, QString* error, bool* noCollector);

} // namespace omv::control
