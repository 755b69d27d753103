#include "metrics.h"

#include "core/control/protocol.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace omv
{

namespace
{

// A label value as the exposition format writes it: backslash, quote and newline escaped.
QByteArray labelValue(const QString& v)
{
    QByteArray out;
    for (const char c : v.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

class Writer
{
public:
    explicit Writer(QByteArray cluster)
        : m_cluster(std::move(cluster))
    {
    }
    // A metric's HELP and TYPE, once, before its first sample.
    void family(const char* name, const char* type, const char* help)
    {
        m_out += "# HELP ";
        m_out += name;
        m_out += ' ';
        m_out += help;
        m_out += "\n# TYPE ";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }
    void sample(const char* name, const QByteArray& labels, double value)
    {
        m_out += name;
        m_out += "{cluster=\"" + m_cluster + '"';
        if (!labels.isEmpty())
            m_out += ',' + labels;
        m_out += "} ";
        m_out += QByteArray::number(value, 'g', 15);
        m_out += '\n';
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_cluster;
    QByteArray m_out;
};

} // namespace

QByteArray metricsText(const ClusterSnapshot& snap, const CollectorFigures& f, const QString& cluster)
{
    Writer w(labelValue(cluster));
    // Counted by node id directly (ids are small numbers; 50,000 processes a sample).
    NodeId maxId = 0;
    for (const NodeSample& n : snap.nodes)
        maxId = std::max(maxId, n.id);
    QVector<int> processes(std::min(maxId, NodeId(1 << 20)) + 1), guests(processes.size());
    for (const ProcessInfo& p : snap.processes) {
        if (p.node < 0 || p.node >= processes.size())
            continue;
        ++processes[p.node];
        if (p.node != p.homeNode)
            ++guests[p.node];
    }
    std::vector<std::pair<const NodeSample*, QByteArray>> nodes;
    nodes.reserve(size_t(snap.nodes.size()));
    for (const NodeSample& n : snap.nodes)
        nodes.emplace_back(
            &n, "node=\"" + QByteArray::number(n.id) + "\",address=\"" + labelValue(n.primaryAddress()) + '"');
    // One family at a time, every node in it (the format wants a family's samples together).
    const auto perNode = [&](const char* name, const char* help, auto value) {
        w.family(name, "gauge", help);
        for (const auto& [n, labels] : nodes) {
            const double v = value(*n);
            if (v >= 0) // unknown (a node that is down, a value not read): left out
                w.sample(name, labels, v);
        }
    };
    perNode("omv_node_up", "Whether the node answered the last sample (1) or not (0).",
        [](const NodeSample& n) { return n.up ? 1.0 : 0.0; });
    perNode("omv_node_load_percent", "Load in percent of the node's capacity (100 = every CPU busy).",
        [](const NodeSample& n) { return n.up ? n.loadPercent : -1.0; });
    perNode("omv_node_load_raw", "Load as the node's kernel states it (openMosix: 250 per busy CPU).",
        [](const NodeSample& n) { return n.up ? double(n.loadRaw) : -1.0; });
    perNode("omv_node_memory_total_bytes", "Memory of the node.",
        [](const NodeSample& n) { return n.up ? double(n.memTotal) : -1.0; });
    perNode("omv_node_memory_free_bytes", "Memory a new program could have on the node.",
        [](const NodeSample& n) { return n.up ? double(n.memFree) : -1.0; });
    perNode("omv_node_cpus", "CPUs of the node.", [](const NodeSample& n) { return n.up ? double(n.cpus) : -1.0; });
    perNode("omv_node_speed", "Speed of the node (openMosix scale: 10000 = the reference CPU).",
        [](const NodeSample& n) { return n.up ? double(n.speed) : -1.0; });
    perNode("omv_node_processes", "Processes running on the node (its own and guests).",
        [&](const NodeSample& n) { return n.up ? double(processes.value(n.id, 0)) : -1.0; });
    perNode("omv_node_guests", "Processes running on the node that were born on another node.",
        [&](const NodeSample& n) { return n.up ? double(guests.value(n.id, 0)) : -1.0; });
    // Migrations, counted since the collector started, by direction and cause.
    for (const char* dir : { "in", "out" }) {
        const QByteArray name = QByteArray("omv_node_migrations_") + dir + "_total";
        w.family(name.constData(), "counter",
            qstrcmp(dir, "in") == 0 ? "Processes that moved to the node, by cause (balancer or admin)."
                                    : "Processes that moved away from the node, by cause (balancer or admin).");
        for (const auto& [n, labels] : nodes) {
            for (const char* cause : { "balancer", "admin" }) {
                const QString key = QString::number(n->id) + QLatin1Char('\t') + QLatin1String(dir) + QLatin1Char('\t')
                    + QLatin1String(cause);
                w.sample(name.constData(), labels + ",cause=\"" + cause + '"', double(f.moves.value(key)));
            }
        }
    }
    w.family("omv_cluster_nodes", "gauge", "Nodes of the cluster.");
    w.sample("omv_cluster_nodes", QByteArray(), snap.nodes.size());
    w.family("omv_collector_sample_duration_seconds", "gauge", "How long the last sample of every node took.");
    w.sample("omv_collector_sample_duration_seconds", QByteArray(), f.sampleSeconds);
    w.family("omv_collector_missed_intervals_total", "counter", "Intervals a sample overran (the next began late).");
    w.sample("omv_collector_missed_intervals_total", QByteArray(), double(f.missedIntervals));
    w.family("omv_collector_samples_total", "counter", "Samples recorded since the collector started.");
    w.sample("omv_collector_samples_total", QByteArray(), double(f.samples));
    w.family("omv_collector_pending_samples", "gauge", "Samples waiting for the database (it could not be written).");
    w.sample("omv_collector_pending_samples", QByteArray(), double(f.pending));
    w.family("omv_collector_database_size_bytes", "gauge", "Size of the history database and its write-ahead log.");
    w.sample("omv_collector_database_size_bytes", QByteArray(), double(f.databaseBytes));
    w.family("omv_collector_database_write_seconds", "gauge", "How long writing the last sample took.");
    w.sample("omv_collector_database_write_seconds", QByteArray(), f.writeSeconds);
    w.family("omv_collector_audit_refused_total", "counter",
        "Audit records and log marks of viewers refused because they came too fast or too large.");
    w.sample("omv_collector_audit_refused_total", QByteArray(), double(f.auditRefused));
    w.family("omv_collector_refusals_unlogged_total", "counter",
        "Refused connections and requests counted into a summary line instead of a line each.");
    w.sample("omv_collector_refusals_unlogged_total", QByteArray(), double(f.refusalsHeld));
    return w.take();
}

MetricsServer::MetricsServer()
    : m_text(std::make_shared<const QByteArray>())
{
}

MetricsServer::~MetricsServer()
{
    close();
}

bool MetricsServer::listen(const QString& hostPort, QString* error, QString* warning)
{
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool okPort = false;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&okPort) : 0;
    QString host = colon > 0 ? hostPort.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address(host);
    if (!okPort || port < 0 || port > 65535 || address.isNull()) {
        *error = tr("--metrics wants ADDRESS:PORT (127.0.0.1:9464, [::1]:9464), not '%1'").arg(hostPort);
        return false;
    }
    if (!address.isLoopback())
        *warning = tr("serving metrics on %1, not loopback: anyone who can reach it sees the cluster's figures")
                       .arg(hostPort);
    sockaddr_storage sa {};
    socklen_t len = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* a6 = reinterpret_cast<sockaddr_in6*>(&sa);
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons(quint16(port));
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a6->sin6_addr, &ip, sizeof ip);
        len = sizeof *a6;
    } else {
        auto* a4 = reinterpret_cast<sockaddr_in*>(&sa);
        a4->sin_family = AF_INET;
        a4->sin_port = htons(quint16(port));
        a4->sin_addr.s_addr = htonl(address.toIPv4Address());
        len = sizeof *a4;
    }
    const int fd = ::socket(sa.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    if (fd < 0 || ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0
        || ::bind(fd, reinterpret_cast<sockaddr*>(&sa), len) != 0 || ::listen(fd, 64) != 0) {
        *error = tr("cannot serve metrics on %1: %2").arg(hostPort, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    sockaddr_storage bound {};
    socklen_t boundLen = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &boundLen);
    m_port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                               : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
    QString why;
    if (!m_loop.start(
            fd, [this] { loop(); }, &why)) {
        *error = tr("cannot serve metrics on %1: %2").arg(hostPort, why);
        return false;
    }
    return true;
}

void MetricsServer::close()
{
    m_loop.stop();
}

void MetricsServer::set(QByteArray text)
{
    auto next = std::make_shared<const QByteArray>(std::move(text));
    std::lock_guard<std::mutex> lock(m_mutex);
    m_text = std::move(next);
}

std::shared_ptr<const QByteArray> MetricsServer::current() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_text;
}

void MetricsServer::loop()
{
    using clock = std::chrono::steady_clock;
    struct Client {
        QByteArray in;
        QByteArray head;
        std::shared_ptr<const QByteArray> body; // held while it is written, whatever set() does
        qint64 sent = 0;
        clock::time_point deadline;
        clock::time_point since; // connected
        QByteArray address; // the peer's, without the port
        bool answering = false;
    };
    std::map<int, Client> clients;
    // `headOnly` (HEAD): the head a GET would get — its Content-Length too — and no body.
    const auto answer = [&](Client& c, const char* status, const QByteArray& contentType,
                            std::shared_ptr<const QByteArray> body, bool headOnly = false) {
        c.head = QByteArray("HTTP/1.1 ") + status + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body->size()) + "\r\nConnection: close\r\n\r\n";
        c.body = headOnly ? std::make_shared<const QByteArray>() : std::move(body);
        c.answering = true;
        c.deadline = clock::now() + std::chrono::seconds(10); // a slow reader gets 10 s for the answer
    };
    const auto plain = [](const char* text) { return std::make_shared<const QByteArray>(text); };
    std::vector<pollfd> fds;
    while (true) {
        m_loop.begin(fds, true);
        for (auto& [fd, c] : clients)
            fds.push_back({ fd, short(c.answering ? POLLOUT : POLLIN), 0 });
        auto wait = std::chrono::milliseconds(1000);
        const auto now = clock::now();
        for (auto& [fd, c] : clients)
            wait = std::min(wait,
                std::max(std::chrono::milliseconds(0),
                    std::chrono::duration_cast<std::chrono::milliseconds>(c.deadline - now)));
        if (!m_loop.wait(fds, int(wait.count())))
            break;
        std::vector<int> done;
        for (size_t i = control::PollLoop::kFirst; i < fds.size(); ++i) {
            const int fd = fds[i].fd;
            const auto found = clients.find(fd);
            if (found == clients.end())
                continue;
            Client& c = found->second;
            if (fds[i].revents & (POLLERR | POLLHUP | POLLNVAL)) {
                done.push_back(fd);
                continue;
            }
            if (!c.answering && (fds[i].revents & POLLIN)) {
                char buf[4096];
                const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
                if (n <= 0) {
                    done.push_back(fd);
                    continue;
                }
                c.in.append(buf, int(n));
                const int end = c.in.indexOf("\r\n\r\n");
                if (c.in.size() > 8192 || end > 8192) {
                    answer(c, "400 Bad Request", "text/plain", plain("request too long\n"));
                } else if (end >= 0) {
                    const QList<QByteArray> line = c.in.left(c.in.indexOf("\r\n")).split(' ');
                    if (line.size() != 3 || !line[2].startsWith("HTTP/1."))
                        answer(c, "400 Bad Request", "text/plain", plain("bad request\n"));
                    else if (line[0] != "GET" && line[0] != "HEAD")
                        answer(c, "405 Method Not Allowed", "text/plain", plain("only GET\n"));
                    else if (line[1] != "/metrics" && !line[1].startsWith("/metrics?"))
                        answer(c, "404 Not Found", "text/plain", plain("the metrics are at /metrics\n"));
                    else if (current()->isEmpty())
                        answer(c, "503 Service Unavailable", "text/plain", plain("no sample yet\n"));
                    else
                        answer(c, "200 OK", "text/plain; version=0.0.4; charset=utf-8", current(), line[0] == "HEAD");
                }
            }
            if (c.answering && (fds[i].revents & POLLOUT)) {
                const QByteArray& head = c.head;
                const qint64 total = head.size() + c.body->size();
                while (c.sent < total) {
                    const char* from = c.sent < head.size() ? head.constData() + c.sent
                                                            : c.body->constData() + (c.sent - head.size());
                    const qint64 left = c.sent < head.size() ? head.size() - c.sent : total - c.sent;
                    const ssize_t n = ::send(fd, from, size_t(left), MSG_NOSIGNAL);
                    if (n <= 0)
                        break;
                    c.sent += n;
                }
                if (c.sent >= total)
                    done.push_back(fd);
            }
        }
        const auto t = clock::now();
        for (auto& [fd, c] : clients) {
            if (t >= c.deadline) // too slow to ask, or to read the answer
                done.push_back(fd);
        }
        std::sort(done.begin(), done.end());
        done.erase(std::unique(done.begin(), done.end()), done.end());
        for (int fd : done) {
            ::close(fd);
            clients.erase(fd);
        }
        // Accepted after the others were served: a slot freed here is not mistaken for a socket
        // polled before.
        if (control::PollLoop::listenerReady(fds)) {
            for (;;) {
                sockaddr_storage from {};
                socklen_t fromLen = sizeof from;
                const int fd = ::accept4(
                    m_loop.listenFd(), reinterpret_cast<sockaddr*>(&from), &fromLen, SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (fd < 0)
                    break;
                QByteArray address;
                if (from.ss_family == AF_INET)
                    address = QByteArray(
                        reinterpret_cast<const char*>(&reinterpret_cast<sockaddr_in*>(&from)->sin_addr), 4);
                else if (from.ss_family == AF_INET6)
                    address = QByteArray(
                        reinterpret_cast<const char*>(&reinterpret_cast<sockaddr_in6*>(&from)->sin6_addr), 16);
                int same = 0;
                for (const auto& [other, c] : clients)
                    same += c.address == address;
                if (same >= kPerAddress) {
                    ::close(fd); // this address has its share: the others go on
                    continue;
                }
                if (int(clients.size()) >= kMaxClients) {
                    // Full: the one that has taken longest over its request goes.
                    int slowest = -1;
                    for (const auto& [other, c] : clients) {
                        if (!c.answering && (slowest < 0 || c.since < clients[slowest].since))
                            slowest = other;
                    }
                    if (slowest < 0) {
                        ::close(fd); // all are being answered: this one is refused
                        continue;
                    }
                    ::close(slowest);
                    clients.erase(slowest);
                }
                Client& c = clients[fd];
                c.since = clock::now();
                c.deadline = c.since + std::chrono::milliseconds(kRequestMs);
                c.address = address;
            }
        }
    }
    for (auto& [fd, c] : clients)
        ::close(fd);
}

} // namespace omv
