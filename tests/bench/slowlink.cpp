#include "slowlink.h"
#include <QElapsedTimer>
#include <QVector>
#include <fcntl.h>
#include <sys/wait.h>

#include "support/testcluster.h"

#include <QFile>

#include <QByteArray>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace omv::bench
{

namespace
{

using clk = std::chrono::steady_clock;

// One direction of one connection: a reader that stamps each piece with the moment the link
// delivers it, and a writer that hands it on then.
struct Direction {
    struct Piece {
        clk::time_point at;
        QByteArray data; // empty: the sender's end (passed on as a half close)
    };
    int from = -1, to = -1;
    std::mutex m;
    std::condition_variable cv;
    std::deque<Piece> queue;
    clk::time_point linkFree {}; // when the link has sent what is queued
    bool stopped = false;
};

struct Connection {
    int a = -1, b = -1;
    Direction up, down;
    std::vector<std::thread> threads;
};

sockaddr_in inet(const QString& address, int port, bool* ok)
{
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(quint16(port));
    *ok = ::inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr) == 1;
    return sa;
}

} // namespace

struct SlowLink::State {
    clk::duration delay;
    double bitsPerSecond;
    int listenFd = -1;
    int port = 0;
    sockaddr_in target {};
    std::atomic<bool> stopping { false };
    std::atomic<qint64> bytes { 0 };
    std::mutex m;
    std::vector<std::unique_ptr<Connection>> connections;
    std::thread acceptor;

    void read(Direction& d)
    {
        char buf[16384]; // 2.6 ms of the link at 50 Mbit/s: fine enough a grain
        for (;;) {
            const ssize_t n = ::read(d.from, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            const clk::time_point now = clk::now();
            std::lock_guard<std::mutex> lock(d.m);
            const clk::time_point sent = std::max(now, d.linkFree)
                + std::chrono::duration_cast<clk::duration>(
                    std::chrono::duration<double>(double(std::max<ssize_t>(n, 0)) * 8 / bitsPerSecond));
            d.linkFree = sent;
            d.queue.push_back({ sent + delay, n > 0 ? QByteArray(buf, int(n)) : QByteArray() });
            d.cv.notify_one();
            if (n <= 0)
                return;
            bytes += n;
        }
    }

    static void write(Direction& d)
    {
        std::unique_lock<std::mutex> lock(d.m);
        for (;;) {
            d.cv.wait(lock, [&] { return d.stopped || !d.queue.empty(); });
            if (d.stopped)
                return;
            if (clk::now() < d.queue.front().at) {
                d.cv.wait_until(lock, d.queue.front().at);
                continue;
            }
            const QByteArray data = std::move(d.queue.front().data);
            d.queue.pop_front();
            lock.unlock();
            if (data.isEmpty()) {
                ::shutdown(d.to, SHUT_WR);
                return;
            }
            for (qint64 done = 0; done < data.size();) {
                const ssize_t w = ::send(d.to, data.constData() + done, size_t(data.size() - done), MSG_NOSIGNAL);
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0) {
                    ::shutdown(d.from, SHUT_RDWR); // the other side is gone: so is this link
                    return;
                }
                done += w;
            }
            lock.lock();
        }
    }

    void join(int a)
    {
        const int b = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (b < 0 || ::connect(b, reinterpret_cast<const sockaddr*>(&target), sizeof target) != 0) {
            if (b >= 0)
                ::close(b);
            ::close(a);
            return;
        }
        const int one = 1;
        ::setsockopt(a, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::setsockopt(b, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        auto c = std::make_unique<Connection>();
        c->a = a;
        c->b = b;
        c->up.from = a;
        c->up.to = b;
        c->down.from = b;
        c->down.to = a;
        for (Direction* d : { &c->up, &c->down }) {
            c->threads.emplace_back([this, d] { read(*d); });
            c->threads.emplace_back([d] { write(*d); });
        }
        std::lock_guard<std::mutex> lock(m);
        connections.push_back(std::move(c));
    }

    void accept()
    {
        while (!stopping) {
            pollfd p { listenFd, POLLIN, 0 };
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const int a = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (a >= 0)
                join(a);
        }
    }
};

SlowLink::SlowLink(int oneWayMs, double mbitPerSecond)
    : d(std::make_shared<State>())
{
    d->delay = std::chrono::milliseconds(oneWayMs);
    d->bitsPerSecond = mbitPerSecond * 1e6;
}

SlowLink::~SlowLink()
{
    stop();
}

bool SlowLink::start(const QString& address, const QString& target, int targetPort, QString* error)
{
    bool ok = false, targetOk = false;
    const sockaddr_in here = inet(address, 0, &ok);
    d->target = inet(target, targetPort, &targetOk);
    if (!ok || !targetOk) {
        *error = QStringLiteral("slow link: not IPv4 addresses: %1, %2").arg(address, target);
        return false;
    }
    d->listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(d->listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in bound {};
    socklen_t len = sizeof bound;
    if (d->listenFd < 0 || ::bind(d->listenFd, reinterpret_cast<const sockaddr*>(&here), sizeof here) != 0
        || ::listen(d->listenFd, 16) != 0
        || ::getsockname(d->listenFd, reinterpret_cast<sockaddr*>(&bound), &len) != 0) {
        *error = QStringLiteral("slow link: cannot listen on %1: %2")
                     .arg(address, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    d->port = ntohs(bound.sin_port);
    d->acceptor = std::thread([s = d] { s->accept(); });
    return true;
}

int SlowLink::port() const
{
    return d->port;
}

qint64 SlowLink::bytes() const
{
    return d->bytes;
}

void SlowLink::stop()
{
    if (d->stopping.exchange(true))
        return;
    if (d->acceptor.joinable())
        d->acceptor.join();
    if (d->listenFd >= 0)
        ::close(d->listenFd);
    std::lock_guard<std::mutex> lock(d->m);
    for (auto& c : d->connections) {
        for (Direction* dir : { &c->up, &c->down }) {
            std::lock_guard<std::mutex> l(dir->m);
            dir->stopped = true;
            dir->cv.notify_all();
        }
        ::shutdown(c->a, SHUT_RDWR);
        ::shutdown(c->b, SHUT_RDWR);
        for (std::thread& t : c->threads)
            t.join();
        ::close(c->a);
        ::close(c->b);
    }
    d->connections.clear();
}

bool trustLinkPort(const test::TestCluster& cluster, int port, QString* error)
{
    QFile hostKey(cluster.dir() + QStringLiteral("/hostkey_1.pub")), known(cluster.knownHosts());
    if (!hostKey.open(QIODevice::ReadOnly) || !known.open(QIODevice::Append)) {
        *error = QStringLiteral("cannot add the link's port to %1").arg(cluster.knownHosts());
        return false;
    }
    const QList<QByteArray> key = hostKey.readAll().split(' ');
    known.write(QStringLiteral("[%1]:%2 ").arg(cluster.address(1)).arg(port).toUtf8() + key.value(0) + ' '
        + key.value(1).trimmed() + '\n');
    return true;
}

double sshPingPongMs(const QString& controlPath, const SshOptions& options, int rounds)
{
    int in[2], out[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0)
        return -1;
    const QByteArray path = QFile::encodeName(controlPath), port = QByteArray::number(options.port),
                     host = options.user.toUtf8() + '@' + options.host.toUtf8();
    const char* argv[]
        = { "ssh", "-S", path.constData(), "-T", "-p", port.constData(), host.constData(), "cat", nullptr };
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(in[0], 0);
        ::dup2(out[1], 1);
        ::execvp("ssh", const_cast<char* const*>(argv));
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    QVector<double> ms;
    char message[100];
    std::memset(message, 'x', sizeof message);
    bool ok = pid > 0;
    for (int i = 0; ok && i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        ok = ::write(in[1], message, sizeof message) == ssize_t(sizeof message);
        for (size_t got = 0; ok && got < sizeof message;) {
            char back[100];
            const ssize_t n = ::read(out[0], back, sizeof back - got);
            ok = n > 0;
            got += size_t(std::max<ssize_t>(n, 0));
        }
        if (i >= rounds / 6)
            ms << double(t.nsecsElapsed()) / 1e6;
    }
    ::close(in[1]);
    ::close(out[0]);
    if (pid > 0)
        ::waitpid(pid, nullptr, 0);
    if (!ok || ms.isEmpty())
        return -1;
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace omv::bench
