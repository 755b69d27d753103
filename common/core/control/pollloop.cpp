#include "pollloop.h"

#include "protocol.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <sys/eventfd.h>
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

} // namespace omv::control
