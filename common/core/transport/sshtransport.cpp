#include "sshtransport.h"

#include "../util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <poll.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>

namespace omv
{

namespace
{

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

void wipe(QByteArray* bytes)
{
    if (!bytes->isEmpty())
        explicit_bzero(bytes->data(), size_t(bytes->size()));
    bytes->clear();
}

void wipe(QString* text)
{
    if (!text->isEmpty() && !text->isDetached())
        text->detach(); // our own copy only: another holder's text is theirs to wipe
    if (!text->isEmpty())
        explicit_bzero(text->data(), size_t(text->size()) * sizeof(QChar));
    text->clear();
}

/// One command's deadline, spread over every step that may block: connect, authenticate, open a
/// channel, run, collect the exit status.
class Deadline
{
public:
    explicit Deadline(int ms)
        : m_end(ms)
    {
        m_timer.start();
    }
    qint64 left() const { return std::max<qint64>(0, m_end - m_timer.elapsed()); }
    bool passed() const { return left() <= 0; }

private:
    qint64 m_end;
    QElapsedTimer m_timer;
};

/// Decrypted identities, one per file for the whole program: a key with a passphrase is asked
/// for once, however many nodes connect (and at once); each session gets its own copy.
class IdentityCache
{
public:
    static IdentityCache& instance()
    {
        static IdentityCache cache;
        return cache;
    }

    /// A copy of the decrypted key in `*out` (the caller frees it), asking for the passphrase
    /// only when no session has unlocked the file yet. A cancelled question is not asked again
    /// until the file changes.
    bool acquire(const QString& file, const PassphraseCallback& ask, ssh_key* out)
    {
        Entry& e = entry(file);
        std::lock_guard<std::mutex> lock(e.mutex); // the others wait for the first one's answer
        const qint64 stamp = QFileInfo(file).lastModified().toMSecsSinceEpoch();
        if (e.stamp != stamp) {
            if (e.key)
                ssh_key_free(e.key);
            e.key = nullptr;
            e.cancelled = false;
            e.stamp = stamp;
        }
        if (!e.key && !e.cancelled) {
            Ask a { ask, file };
            const QByteArray path = QFile::encodeName(file);
            if (ssh_pki_import_privkey_file(path.constData(), nullptr, &thunk, &a, &e.key) != SSH_OK)
                e.key = nullptr;
            e.cancelled = a.cancelled;
        }
        if (!e.key)
            return false;
        // A copy through memory, wiped after: sessions on other threads sign with their own.
        char* b64 = nullptr;
        if (ssh_pki_export_privkey_base64(e.key, nullptr, nullptr, nullptr, &b64) != SSH_OK)
            return false;
        const int rc = ssh_pki_import_privkey_base64(b64, nullptr, nullptr, nullptr, out);
        explicit_bzero(b64, strlen(b64));
        ssh_string_free_char(b64);
        return rc == SSH_OK;
    }

private:
    struct Ask {
        const PassphraseCallback& ask;
        const QString& file;
        bool cancelled = false;
    };
    struct Entry {
        std::mutex mutex;
        ssh_key key = nullptr;
        bool cancelled = false;
        qint64 stamp = -1;
    };

    Entry& entry(const QString& file)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        std::unique_ptr<Entry>& e = m_entries[file];
        if (!e)
            e = std::make_unique<Entry>();
        return *e;
    }

    static int thunk(const char* /*prompt*/, char* buf, size_t len, int /*echo*/, int /*verify*/, void* userdata)
    {
        auto* a = static_cast<Ask*>(userdata);
        if (!a->ask)
            return -1; // nobody to ask here; a transport that can ask may still unlock it
        std::optional<QString> pass = a->ask(a->file);
        if (!pass) {
            a->cancelled = true;
            return -1;
        }
        QByteArray utf8 = pass->toUtf8();
        wipe(&*pass);
        const bool fits = size_t(utf8.size()) + 1 <= len;
        if (fits)
            memcpy(buf, utf8.constData(), size_t(utf8.size()) + 1);
        wipe(&utf8);
        return fits ? 0 : -1;
    }
    std::mutex m_mutex;
    std::map<QString, std::unique_ptr<Entry>> m_entries;
};

} // namespace

struct SshTransport::Impl {
    SshOptions opt;
    mutable std::mutex mutex;
    ssh_session session = nullptr;
    ssh_key identity = nullptr; // this session's copy of the decrypted key, kept for reconnects
    std::atomic<int> socket { -1 }; // the connected session's socket, for abort()
    std::atomic<bool> aborted { false };
    int connects = 0;
    int backoffMs = 0;
    qint64 nextAttemptMs = 0;
    qint64 lastUseMs = 0;
    CommandResult::Status lastStatus = CommandResult::Status::Ok;
    QString lastError;

    ~Impl()
    {
        close();
        if (identity)
            ssh_key_free(identity);
    }

    void close()
    {
        socket = -1;
        if (session) {
            ssh_disconnect(session);
            ssh_free(session);
            session = nullptr;
        }
    }

    QString where() const
    {
        return opt.host + (opt.port > 0 ? QLatin1Char(':') + QString::number(opt.port) : QString());
    }

    // Sets up the failure fields and the backoff; returns false for the caller's convenience.
    bool fail(CommandResult& r, CommandResult::Status status, const QString& message)
    {
        close();
        r.status = status;
        r.error = message;
        lastStatus = status;
        lastError = message;
        backoffMs = backoffMs == 0 ? 1000 : qMin(backoffMs * 2, opt.maxBackoffMs);
        nextAttemptMs = nowMs() + backoffMs;
        qCInfo(log::ssh).noquote() << where() << "failed:" << message << "— next attempt in" << backoffMs << "ms";
        return false;
    }

    bool verifyHostKey(CommandResult& r)
    {
        ssh_key key = nullptr;
        if (ssh_get_server_publickey(session, &key) != SSH_OK)
            return fail(r, CommandResult::Status::Failed, SshTransport::tr("%1: no host key from server").arg(where()));
        unsigned char* hash = nullptr;
        size_t hlen = 0;
        HostKeyInfo info;
        info.host = opt.host;
        info.port = opt.port > 0 ? opt.port : 22;
        info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
        info.knownHostsFile = opt.knownHostsFile;
        if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hlen) == 0) {
            char* fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hlen);
            info.fingerprint = QString::fromLatin1(fp);
            ssh_string_free_char(fp);
            ssh_clean_pubkey_hash(&hash);
        }
        ssh_key_free(key);

        switch (ssh_session_is_known_server(session)) {
        case SSH_KNOWN_HOSTS_OK:
            return true;
        case SSH_KNOWN_HOSTS_CHANGED:
            return fail(r, CommandResult::Status::HostKeyRejected,
                SshTransport::tr(
                    "%1: HOST KEY CHANGED — refusing to connect. The server offers %2 %3, which is not the "
                    "key known_hosts holds. Someone may be intercepting the connection; if the key was "
                    "changed on purpose, remove the old entry from known_hosts.")
                    .arg(where(), info.keyType, info.fingerprint));
        case SSH_KNOWN_HOSTS_OTHER:
            return fail(r, CommandResult::Status::HostKeyRejected,
                SshTransport::tr("%1: the server offers a %2 host key (%3) but known_hosts holds a key of another type "
                                 "for it — refusing to connect.")
                    .arg(where(), info.keyType, info.fingerprint));
        case SSH_KNOWN_HOSTS_UNKNOWN:
        case SSH_KNOWN_HOSTS_NOT_FOUND: {
            info.state = HostKeyInfo::State::Unknown;
            const HostKeyDecision d = opt.hostKeyCallback ? opt.hostKeyCallback(info) : HostKeyDecision::Refuse;
            if (d == HostKeyDecision::Refuse)
                return fail(r, CommandResult::Status::HostKeyRejected,
                    SshTransport::tr("%1: unknown host key %2 %3 refused")
                        .arg(where(), info.keyType, info.fingerprint));
            if (d == HostKeyDecision::AcceptAndSave && ssh_session_update_known_hosts(session) != SSH_OK)
                return fail(r, CommandResult::Status::Failed,
                    SshTransport::tr("%1: cannot save the host key: %2")
                        .arg(where(), QString::fromUtf8(ssh_get_error(session))));
            return true;
        }
        case SSH_KNOWN_HOSTS_ERROR:
        default:
            return fail(r, CommandResult::Status::HostKeyRejected,
                SshTransport::tr("%1: cannot check the host key: %2")
                    .arg(where(), QString::fromUtf8(ssh_get_error(session))));
        }
    }

    bool authenticate(CommandResult& r)
    {
        QString why;
        if (opt.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
            if (ssh_userauth_agent(session, nullptr) == SSH_AUTH_SUCCESS)
                return true;
            why = SshTransport::tr("ssh-agent offered no key the server took");
        }
        if (!opt.identityFile.isEmpty()) {
            if (!identity) {
                if (!IdentityCache::instance().acquire(opt.identityFile, opt.passphraseCallback, &identity)) {
                    identity = nullptr;
                    return fail(r, CommandResult::Status::AuthFailed,
                        SshTransport::tr("%1: cannot read identity file %2 (missing, unreadable, or wrong passphrase)")
                            .arg(where(), opt.identityFile));
                }
            }
            if (ssh_userauth_publickey(session, nullptr, identity) == SSH_AUTH_SUCCESS)
                return true;
            why = SshTransport::tr("the server refused the key %1").arg(opt.identityFile);
        } else {
            if (ssh_userauth_publickey_auto(session, nullptr, nullptr) == SSH_AUTH_SUCCESS)
                return true;
            why = SshTransport::tr("no default identity was accepted");
        }
        return fail(
            r, CommandResult::Status::AuthFailed, SshTransport::tr("%1: authentication failed: %2").arg(where(), why));
    }

    // libssh applies one timeout to each blocking step; each step gets what is left of the
    // command's deadline (at least a millisecond: 0 would mean "no timeout").
    void setStepTimeout(qint64 ms)
    {
        ms = std::max<qint64>(1, ms);
        long sec = long(ms / 1000);
        long usec = long(ms % 1000) * 1000;
        ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &sec);
        ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &usec);
    }

    bool connect(CommandResult& r, const Deadline& dl)
    {
        initLibssh();
        close();
        session = ssh_new();
        if (!session)
            return fail(r, CommandResult::Status::Failed, SshTransport::tr("cannot create an ssh session"));
        const QByteArray host = opt.host.toUtf8();
        ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
        if (opt.configFile == QLatin1String("none")) {
            bool no = false;
            ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &no);
        } else {
            const QByteArray cfg = QFile::encodeName(opt.configFile);
            // Parse before our own options so that the profile wins over ~/.ssh/config.
            if (ssh_options_parse_config(session, opt.configFile.isEmpty() ? nullptr : cfg.constData()) != 0)
                return fail(r, CommandResult::Status::Failed,
                    SshTransport::tr("%1: cannot read ssh config %2").arg(where(), opt.configFile));
        }
        if (opt.port > 0) {
            unsigned int port = unsigned(opt.port);
            ssh_options_set(session, SSH_OPTIONS_PORT, &port);
        }
        if (!opt.user.isEmpty()) {
            const QByteArray user = opt.user.toUtf8();
            ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
        }
        if (!opt.knownHostsFile.isEmpty()) {
            const QByteArray kh = QFile::encodeName(opt.knownHostsFile);
            ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, kh.constData());
        }
        setStepTimeout(std::min<qint64>(opt.connectTimeoutMs, dl.left()));
        // Small request packets must not wait for the peer's delayed ACK (Nagle): that alone
        // cost 40 ms per command.
        int nodelay = 1;
        ssh_options_set(session, SSH_OPTIONS_NODELAY, &nodelay);

        if (ssh_connect(session) != SSH_OK)
            return fail(r, CommandResult::Status::Unreachable,
                SshTransport::tr("%1: cannot connect: %2").arg(where(), QString::fromUtf8(ssh_get_error(session))));
        socket = ssh_get_fd(session);
        if (aborted)
            return fail(r, CommandResult::Status::Unreachable, SshTransport::tr("%1: closed").arg(where()));
        // A host-key or passphrase question may take the person their time; what remains of
        // the deadline after it is the authentication's.
        if (!verifyHostKey(r))
            return false;
        setStepTimeout(std::min<qint64>(opt.connectTimeoutMs, std::max<qint64>(dl.left(), 1000)));
        if (!authenticate(r))
            return false;

        // TCP keepalive finds a peer that vanished without a word while the session is idle.
        const int fd = ssh_get_fd(session);
        if (fd >= 0) {
            int on = 1, idle = qMax(1, opt.keepaliveIdleSec), intvl = 5, cnt = 3;
            setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &intvl, sizeof intvl);
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &cnt, sizeof cnt);
        }
        ++connects;
        qCDebug(log::ssh).noquote() << where() << "connected (connection" << connects << "of this transport)";
        backoffMs = 0;
        nextAttemptMs = 0;
        lastUseMs = nowMs();
        return true;
    }

    bool ensureConnected(CommandResult& r, const Deadline& dl)
    {
        if (aborted) {
            r.status = CommandResult::Status::Unreachable;
            r.error = SshTransport::tr("%1: closed").arg(where());
            return false;
        }
        if (session && ssh_is_connected(session)) {
            if (nowMs() - lastUseMs < qint64(opt.keepaliveIdleSec) * 1000)
                return true;
            // Idle for a while: probe before trusting it with a command.
            if (ssh_send_ignore(session, "keepalive") == SSH_OK
                && ssh_blocking_flush(session, int(std::clamp<qint64>(dl.left(), 1, 2000))) == SSH_OK)
                return true;
        }
        close();
        const qint64 now = nowMs();
        if (now < nextAttemptMs) {
            r.status = lastStatus;
            r.error = lastError + QLatin1Char(' ')
                + SshTransport::tr("(next attempt in %1 s)").arg((nextAttemptMs - now + 999) / 1000);
            return false;
        }
        if (dl.passed()) {
            r.status = CommandResult::Status::Timeout;
            r.error = SshTransport::tr("%1: no time left to connect").arg(where());
            return false;
        }
        return connect(r, dl);
    }

    // Opens a session channel within the deadline. A session that had been idle may have died
    // quietly: then it dials once more (nothing has run yet). A fresh session that cannot open a
    // channel either is a node in trouble: dropped, and the next attempt waits for the backoff.
    ssh_channel openChannel(CommandResult& r, const Deadline& dl)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            const int connectsBefore = connects;
            if (!ensureConnected(r, dl))
                return nullptr;
            const bool fresh = connects != connectsBefore;
            setStepTimeout(dl.left());
            ssh_channel ch = ssh_channel_new(session);
            if (ch && ssh_channel_open_session(ch) == SSH_OK)
                return ch;
            if (ch)
                ssh_channel_free(ch);
            if (fresh || dl.passed() || aborted)
                break;
            close(); // the old session is gone; dial again right away
        }
        fail(r, dl.passed() ? CommandResult::Status::Timeout : CommandResult::Status::Unreachable,
            dl.passed() ? SshTransport::tr("%1: no channel within the deadline; the session is dropped").arg(where())
                        : SshTransport::tr("%1: cannot open a channel").arg(where()));
        return nullptr;
    }

    // Every command first tells its shell's pid on stderr. sshd makes that shell a session and
    // process-group leader (setsid), so a command that overruns its time can be ended with its
    // children by killing the group over a second channel. (The SSH "signal" request would be
    // simpler, but OpenSSH refuses it for root logins, which is how cluster nodes are run.)
    static constexpr char kPidMarker[] = "OMVPID ";

    static int takePidMarker(QByteArray& err)
    {
        const int nl = err.indexOf('\n');
        if (nl < 0 || !err.startsWith(kPidMarker))
            return 0;
        bool ok = false;
        const int pid = err.mid(int(sizeof kPidMarker) - 1, nl - int(sizeof kPidMarker) + 1).toInt(&ok);
        err.remove(0, nl + 1);
        return ok && pid > 1 ? pid : 0;
    }

    CommandResult run(const QString& commandLine, int timeoutMs, const StreamIo* io = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        const Deadline dl(timeoutMs);
        CommandResult r
            = runChannel(QLatin1String("echo ") + QLatin1String(kPidMarker) + QLatin1String("$$ >&2; ") + commandLine,
                timeoutMs, dl, true, io);
        r.elapsedMs = timer.elapsed();
        qCDebug(log::ssh).noquote() << where() << "ran in" << r.elapsedMs << "ms, exit status" << r.exitStatus
                                    << (r.status == CommandResult::Status::Ok ? QString() : r.error) << "—"
                                    << commandLine.left(120);
        return r;
    }

    CommandResult runChannel(
        const QString& commandLine, int timeoutMs, const Deadline& dl, bool tracked, const StreamIo* io = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        CommandResult r;
        ssh_channel ch = openChannel(r, dl);
        if (!ch)
            return r;
        const QByteArray cmd = commandLine.toUtf8();
        setStepTimeout(dl.left());
        if (ssh_channel_request_exec(ch, cmd.constData()) != SSH_OK) {
            ssh_channel_free(ch);
            fail(r, dl.passed() ? CommandResult::Status::Timeout : CommandResult::Status::Failed,
                SshTransport::tr("%1: the server did not start the command").arg(where()));
            return r;
        }
        const qint64 deadline = timer.elapsed() + dl.left();
        char buf[65536];
        bool lost = false;
        bool tooMuch = false;
        bool timedOut = false;
        bool stopped = false; // by the caller's stream
        bool feeding = io && io->input;
        QByteArray in(feeding ? 256 * 1024 : 0, Qt::Uninitialized);
        qint64 inAt = 0, inEnd = 0; // what was taken from the stream and not yet sent
        int remotePid = 0;
        bool pidSeen = !tracked;
        for (;;) {
            const qint64 left = deadline - timer.elapsed();
            if (left <= 0) {
                timedOut = true;
                break;
            }
            bool idle = false; // a conversation with nothing to say now
            bool windowShut = false; // the command has not taken what was sent yet
            if (feeding && ssh_channel_is_eof(ch)) {
                feeding = false; // the command stopped reading: its exit status tells why
            } else if (feeding && inAt == inEnd) {
                const qint64 k = io->input(in.data(), in.size());
                if (k == StreamIo::kWait) {
                    idle = true;
                } else if (k < 0) {
                    stopped = true;
                    break;
                } else if (k == 0) {
                    ssh_channel_send_eof(ch);
                    feeding = false;
                } else {
                    inAt = 0;
                    inEnd = k;
                }
            }
            if (feeding && inAt < inEnd) {
                // Only as much as the command's window takes now: libssh's write would wait for
                // more window up to the session's timeout, and a command that ended meanwhile
                // would not end that wait — its channel's close is held back while what it said
                // is unread in libssh's buffer (which is read below, between writes).
                const uint32_t window = ssh_channel_window_size(ch);
                if (window == 0) {
                    idle = windowShut = true;
                } else {
                    const int n = ssh_channel_write(
                        ch, in.constData() + inAt, uint32_t(std::min<qint64>({ inEnd - inAt, window, 32768 })));
                    if (n <= 0) {
                        // Refused: the channel closed (the command ended; its words and exit
                        // status are read below) or the session went down.
                        lost = ssh_is_connected(session) == 0;
                        feeding = false;
                        if (lost)
                            break;
                    } else {
                        inAt += n;
                    }
                }
            }
            // Idle: wait for the command's output and for more to send (or more window),
            // whichever comes first (what libssh has buffered already counts as output).
            if (idle && ssh_channel_poll(ch, 0) == 0 && ssh_channel_poll(ch, 1) == 0) {
                pollfd pfd[2] = { { ssh_get_fd(session), POLLIN, 0 }, { io->inputFd, POLLIN, 0 } };
                ::poll(pfd, io->inputFd >= 0 && !windowShut ? 2 : 1, int(qMin<qint64>(left, 250)));
            }
            // While stdin is fed, stdout is only looked at: the next chunk is waiting.
            const int n = io && io->input && feeding
                ? ssh_channel_read_nonblocking(ch, buf, sizeof buf, 0)
                : ssh_channel_read_timeout(ch, buf, sizeof buf, 0, int(qMin<qint64>(left, 250)));
            if (n == SSH_ERROR) {
                lost = true;
                break;
            }
            if (n > 0 && io && io->output) {
                if (!io->output(buf, n)) {
                    stopped = true;
                    break;
                }
            } else if (n > 0) {
                r.out.append(buf, n);
            }
            int m = 0;
            while ((m = ssh_channel_read_nonblocking(ch, buf, sizeof buf, 1)) > 0)
                r.err.append(buf, m);
            if (m == SSH_ERROR) {
                lost = true;
                break;
            }
            if (!pidSeen && r.err.contains('\n')) {
                remotePid = takePidMarker(r.err);
                pidSeen = true;
            }
            if (r.out.size() + r.err.size() > opt.maxOutputBytes) {
                tooMuch = true;
                break;
            }
            if (n == 0 && ssh_channel_is_eof(ch))
                break;
        }
        if (!pidSeen)
            remotePid = takePidMarker(r.err);
        if (lost) {
            ssh_channel_free(ch);
            close();
            r.status = CommandResult::Status::Unreachable;
            r.error = SshTransport::tr("%1: connection lost while the command ran").arg(where());
        } else if (timedOut || tooMuch || stopped) {
            setStepTimeout(200);
            ssh_channel_close(ch);
            ssh_channel_free(ch);
            // The command is ended on the node with its children — over this session only if it
            // showed life during the command (the shell told its pid), and within a short time
            // of its own; a session that said nothing may be dead: it is dropped instead, and
            // the next command dials again (with backoff).
            if (remotePid > 1 && !aborted) {
                const QString pid = QString::number(remotePid);
                const Deadline killDeadline(500);
                const CommandResult k = runChannel(QStringLiteral("kill -KILL -- -") + pid
                        + QStringLiteral(" 2>/dev/null || kill -KILL ") + pid + QStringLiteral(" 2>/dev/null"),
                    500, killDeadline, false);
                if (k.status != CommandResult::Status::Ok)
                    close();
            } else if (!pidSeen || remotePid <= 1) {
                close();
            }
            r.status = timedOut ? CommandResult::Status::Timeout : CommandResult::Status::Failed;
            r.error = timedOut ? SshTransport::tr("%1: command timed out after %2 ms").arg(where()).arg(timeoutMs)
                : stopped      ? SshTransport::tr("%1: stopped: the other end of the stream gave up").arg(where())
                               : SshTransport::tr("%1: the command printed more than %2 bytes; cut off")
                                .arg(where())
                                .arg(opt.maxOutputBytes);
        } else {
            setStepTimeout(std::max<qint64>(dl.left(), 200)); // the exit status follows the EOF at once
            r.exitStatus = ssh_channel_get_exit_status(ch);
            ssh_channel_send_eof(ch);
            ssh_channel_close(ch);
            ssh_channel_free(ch);
            r.status = CommandResult::Status::Ok;
        }
        lastUseMs = nowMs();
        return r;
    }
};

SshTransport::SshTransport(SshOptions options)
    : d(std::make_unique<Impl>())
{
    d->opt = std::move(options);
}

SshTransport::~SshTransport() = default;

void SshTransport::abort()
{
    // Without the mutex: a run() holds it. Shutting the socket down makes every blocking libssh
    // call of that run() fail at once; the session is then freed by its own thread.
    d->aborted = true;
    const int fd = d->socket.load();
    if (fd >= 0)
        ::shutdown(fd, SHUT_RDWR);
}

CommandResult SshTransport::run(const QString& commandLine, int timeoutMs)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->run(commandLine, timeoutMs);
}

CommandResult SshTransport::runStreamed(const QString& commandLine, int timeoutMs, const StreamIo& io)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->run(commandLine, timeoutMs, &io);
}

QString SshTransport::describe() const
{
    return QStringLiteral("ssh ") + (d->opt.user.isEmpty() ? QString() : d->opt.user + QLatin1Char('@')) + d->where();
}

void SshTransport::disconnect()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->close();
    d->nextAttemptMs = 0;
    d->backoffMs = 0;
}

bool SshTransport::isConnected() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->session && ssh_is_connected(d->session);
}

int SshTransport::connectCount() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->connects;
}

} // namespace omv
