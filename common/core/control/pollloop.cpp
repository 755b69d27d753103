#include "pollloop.h"

#include "protocol.h"
#include "socketdir.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace omv::control
{

bool PollLoop::start(int listenFd, std::function<void()> body, QString* error)
{
    stop();
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wakeFd < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        ::close(listenFd);
        return false;
    }
    m_listenFd = listenFd;
    m_stop = false;
    m_woken = false;
    m_thread = std::thread([body = std::move(body)] {
        yieldToSampling();
        body();
    });
    return true;
}

void PollLoop::stop()
{
    if (m_thread.joinable()) {
        m_stop = true;
        wake();
        m_thread.join();
    }
    for (int* fd : { &m_listenFd, &m_wakeFd }) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

void PollLoop::wake()
{
    const uint64_t one = 1;
    if (m_wakeFd >= 0)
        (void)!::write(m_wakeFd, &one, sizeof one);
}

void PollLoop::begin(std::vector<pollfd>& fds, bool accepting) const
{
    fds.clear();
    fds.push_back({ m_listenFd, short(accepting ? POLLIN : 0), 0 });
    fds.push_back({ m_wakeFd, POLLIN, 0 });
}

bool PollLoop::wait(std::vector<pollfd>& fds, int timeoutMs)
{
    if (m_stop)
        return false;
    if (::poll(fds.data(), nfds_t(fds.size()), std::max(0, timeoutMs)) < 0 && errno != EINTR)
        return false;
    if (m_stop)
        return false;
    m_woken = false;
    if (fds[1].revents & POLLIN) {
        uint64_t n;
        m_woken = ::read(m_wakeFd, &n, sizeof n) == sizeof n;
    }
    return true;
}

bool PollLoop::listenOn(const QByteArray& path, std::function<void()> body, QString* error)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    socklen_t len = 0;
    const sockaddr_un addr = unixAddress(path, &len);
    if (fd < 0 || ::bind(fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0 || ::listen(fd, 16) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::chmod(path.constData(), 0666);
    return start(fd, std::move(body), error);
}

void PollLoop::acceptAll(RefusalBudget& refusals, const Access& access,
    const std::function<void(int, const std::optional<Peer>&)>& refused,
    const std::function<bool(int, const Peer&, bool)>& admit)
{
    int wait = 0;
    while (refusals.open(&wait)) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            break;
        const std::optional<Peer> peer = peerOf(fd);
        const Access::Level level = peer ? access.of(*peer) : Access::Level::None;
        const bool in = level != Access::Level::None;
        if (!in)
            refused(fd, peer);
        if (!in || !admit(fd, *peer, level == Access::Level::Owner)) {
            ::close(fd);
            refusals.spend();
        }
    }
}

} // namespace omv::control
