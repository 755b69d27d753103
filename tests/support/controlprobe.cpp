// omv_controlprobe: plays the other end of the collector's control socket for the tests, with
// raw syscalls so that it can misbehave (run it as another user under setpriv). NAME is a socket
// file's path; a connect or bind that fails ends it with exit 3 and perror's line.
//   omv_controlprobe send NAME VERB [FIELD...]   one request; prints the reply; exit 0 on "ok"
//   omv_controlprobe close NAME COUNT            connects and hangs up at once, COUNT times
//   omv_controlprobe slow NAME VERB SECONDS      sends a request one byte per second; prints the reply
//   omv_controlprobe hold NAME COUNT SECONDS     opens COUNT connections, sends nothing, holds them
//   omv_controlprobe squat NAME SECONDS          makes NAME's folder if it can, listens on NAME,
//                                                answering "ok" to anything
//   omv_controlprobe flood NAME SECONDS FIELD... sends the request FIELD... over and over, a
//                                                connection each, for SECONDS; prints
//                                                "ok N error M unreachable K"
//   omv_controlprobe churn NAME SECONDS          connects and hangs up over and over for SECONDS;
//                                                prints "connections N"
//   omv_controlprobe request DB                  asks the collector of DB for its status the way
//                                                the suite's programs do; prints the answer
//   omv_controlprobe subscribe NAME SECONDS      reads a feed socket for SECONDS (or until it is
//                                                closed); "received N bytes", exit 0 if N > 0
#include "core/control/controlserver.h"

#include <QByteArray>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace
{

sockaddr_un address(const char* path, socklen_t* len)
{
    sockaddr_un a {};
    a.sun_family = AF_UNIX;
    const size_t n = std::min(strlen(path), sizeof a.sun_path - 1);
    std::memcpy(a.sun_path, path, n);
    *len = socklen_t(offsetof(sockaddr_un, sun_path) + n + 1);
    return a;
}

int connectTo(const char* name)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    socklen_t len = 0;
    const sockaddr_un a = address(name, &len);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&a), len) != 0) {
        perror("connect");
        exit(3);
    }
    return fd;
}

int printReply(int fd)
{
    QByteArray in;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        in.append(buf, int(n));
    const std::optional<omv::control::Message> m = omv::control::decode(in);
    if (!m || m->size() < 2) {
        printf("no reply\n");
        return 4;
    }
    printf("%s %s\n", m->at(0).constData(), m->at(1).constData());
    return m->at(0) == "ok" ? 0 : 1;
}

omv::control::Message request(char** words, int count)
{
    omv::control::Message m;
    for (int i = 0; i < count; ++i)
        m << QByteArray(words[i]);
    return m;
}

} // namespace

int main(int argc, char** argv)
{
    signal(SIGPIPE, SIG_IGN);
    if (argc < 3) {
        fprintf(stderr, "usage: see the source\n");
        return 2;
    }
    const std::string mode = argv[1];
    const char* name = argv[2];
    if (mode == "send" && argc >= 4) {
        const int fd = connectTo(name);
        const QByteArray out = omv::control::encode(request(argv + 3, argc - 3));
        (void)!::send(fd, out.constData(), size_t(out.size()), MSG_NOSIGNAL);
        return printReply(fd);
    }
    if (mode == "close" && argc == 4) {
        for (int i = 0; i < atoi(argv[3]); ++i)
            ::close(connectTo(name));
        return 0;
    }
    if (mode == "slow" && argc == 5) {
        const int fd = connectTo(name);
        const QByteArray out = omv::control::encode({ QByteArray(argv[3]) });
        for (int i = 0; i < out.size() && i < atoi(argv[4]); ++i) {
            if (::send(fd, out.constData() + i, 1, MSG_NOSIGNAL) != 1)
                break;
            sleep(1);
        }
        return printReply(fd);
    }
    if (mode == "hold" && argc == 5) {
        std::vector<int> fds;
        for (int i = 0; i < atoi(argv[3]); ++i)
            fds.push_back(connectTo(name));
        printf("holding %zu\n", fds.size());
        fflush(stdout);
        sleep(unsigned(atoi(argv[4])));
        return 0;
    }
    if (mode == "subscribe" && argc == 4) {
        const int fd = connectTo(name);
        const time_t until = time(nullptr) + atoi(argv[3]);
        long long received = 0;
        while (time(nullptr) < until) {
            pollfd p { fd, POLLIN, 0 };
            if (::poll(&p, 1, 200) <= 0)
                continue;
            char buf[65536];
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n <= 0)
                break; // closed: refused, or the collector went
            received += n;
        }
        printf("received %lld bytes\n", received);
        return received > 0 ? 0 : 1;
    }
    if (mode == "flood" && argc >= 5) {
        const QByteArray out = omv::control::encode(request(argv + 4, argc - 4));
        const time_t until = time(nullptr) + atoi(argv[3]);
        long long ok = 0, error = 0, unreachable = 0;
        while (time(nullptr) < until) {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            socklen_t len = 0;
            const sockaddr_un a = address(name, &len);
            if (::connect(fd, reinterpret_cast<const sockaddr*>(&a), len) != 0) {
                ::close(fd);
                ++unreachable;
                continue;
            }
            (void)!::send(fd, out.constData(), size_t(out.size()), MSG_NOSIGNAL);
            QByteArray in;
            char buf[4096];
            ssize_t n;
            while ((n = ::read(fd, buf, sizeof buf)) > 0)
                in.append(buf, int(n));
            ::close(fd);
            const std::optional<omv::control::Message> m = omv::control::decode(in);
            (m && !m->isEmpty() && m->first() == "ok" ? ok : error) += 1;
        }
        printf("ok %lld error %lld unreachable %lld\n", ok, error, unreachable);
        return 0;
    }
    if (mode == "churn" && argc == 4) {
        const time_t until = time(nullptr) + atoi(argv[3]);
        long long count = 0;
        while (time(nullptr) < until) {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            socklen_t len = 0;
            const sockaddr_un a = address(name, &len);
            count += ::connect(fd, reinterpret_cast<const sockaddr*>(&a), len) == 0;
            ::close(fd);
        }
        printf("connections %lld\n", count);
        return 0;
    }
    if (mode == "request") {
        QString answer;
        const bool ok = omv::control::request(QString::fromLocal8Bit(name), omv::control::statusRequest(), &answer);
        printf("%s\n", answer.toLocal8Bit().constData());
        return ok ? 0 : 1;
    }
    if (mode == "squat" && argc == 4) {
        const std::string folder = std::string(name).substr(0, std::string(name).rfind('/'));
        ::mkdir(folder.c_str(), 0777); // what a squatter would try first
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        socklen_t len = 0;
        const sockaddr_un a = address(name, &len);
        if (::bind(fd, reinterpret_cast<const sockaddr*>(&a), len) != 0 || ::listen(fd, 8) != 0) {
            perror("bind");
            return 3;
        }
        printf("listening\n");
        fflush(stdout);
        const int until = int(time(nullptr)) + atoi(argv[3]);
        while (time(nullptr) < until) {
            pollfd p { fd, POLLIN, 0 };
            if (::poll(&p, 1, 200) <= 0)
                continue;
            const int c = ::accept(fd, nullptr, nullptr);
            if (c < 0)
                continue;
            // What a squatter would do: take whatever comes and say yes.
            char buf[4096];
            (void)!::recv(c, buf, sizeof buf, MSG_DONTWAIT);
            const QByteArray ok = omv::control::encode(omv::control::okReply());
            (void)!::send(c, ok.constData(), size_t(ok.size()), MSG_NOSIGNAL);
            ::close(c);
        }
        return 0;
    }
    fprintf(stderr, "usage: see the source\n");
    return 2;
}
