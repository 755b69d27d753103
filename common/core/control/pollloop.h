#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <poll.h>
#include <thread>
#include <vector>

namespace omv::control
{

class Access;
class RefusalBudget;
struct Peer;

/// The thread under each of the collector's servers (control, feed, metrics): one listening
/// socket, a wake-up other threads ring, and rounds of poll() over the listener, the wake-up and
/// the server's connections until stop(). Starting, waking, polling (EINTR, errors), stopping and
/// closing are here once; what a connection means stays with its server.
///
///     loop.start(fd, [this] { run(); }, &error);
///     void Server::run() {
///         std::vector<pollfd> fds;
///         while (true) {
///             m_loop.begin(fds, accepting);      // [0] listener, [1] wake-up
///             fds.push_back({ client, POLLIN, 0 }); // from PollLoop::kFirst on
///             if (!m_loop.wait(fds, timeoutMs))
///                 break;                          // stop() was asked
///             ...
///         }
///     }
class PollLoop
{
public:
    static constexpr size_t kFirst = 2; ///< the first of the server's own descriptors in a round
    PollLoop() = default;
    ~PollLoop() { stop(); }
    PollLoop(const PollLoop&) = delete;
    PollLoop& operator=(const PollLoop&) = delete;

    /// Takes `listenFd` (closed by stop()) and runs `body` on a thread of its own, after giving
    /// the sampling thread the CPU first (a scrape waits rather than a sample). False with the
    /// reason when no wake-up can be made (`listenFd` is closed then too).
    bool start(int listenFd, std::function<void()> body, QString* error);
    /// start() on a new stream socket listening at the socket file `path`, open to anyone who
    /// may pass its folder (socketdir.h: the folder decides who may come this far).
    bool listenOn(const QByteArray& path, std::function<void()> body, QString* error);
    /// Any thread but the loop's: asks the body to end, wakes it, waits for it; closes the
    /// listener and the wake-up. Nothing when not running.
    void stop();
    /// Any thread: the current or next wait() returns at once, with woken() true.
    void wake();
    bool running() const { return m_thread.joinable(); }
    int listenFd() const { return m_listenFd; }

    /// Loop thread: a round's descriptors from scratch — the listener (read only when
    /// `accepting`: a flood then waits in the backlog) and the wake-up.
    void begin(std::vector<pollfd>& fds, bool accepting) const;
    /// Loop thread: polls the round for at most `timeoutMs`; false when stop() was asked or
    /// poll() failed. A ring of the wake-up is taken here (see woken()).
    bool wait(std::vector<pollfd>& fds, int timeoutMs);
    /// After wait(): whether wake() was called since the previous round.
    bool woken() const { return m_woken; }
    /// After wait(): whether a connection waits to be accepted.
    static bool listenerReady(const std::vector<pollfd>& fds) { return fds[0].revents & POLLIN; }
    /// Loop thread: accepts what waits, while `refusals` allows, each connection (non-blocking)
    /// checked against `access` by the kernel's word of its peer. One that may not come is
    /// handed to `refused` (to log it, to tell it why) and closed; one that may goes to `admit`
    /// with whether it is the owner — false from there (a pool full) closes it too. Each turned
    /// away spends from `refusals`, so a flood of them waits in the backlog.
    void acceptAll(RefusalBudget& refusals, const Access& access,
        const std::function<void(int fd, const std::optional<Peer>& peer)>& refused,
        const std::function<bool(int fd, const Peer& peer, bool owner)>& admit);

private:
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    int m_listenFd = -1;
    int m_wakeFd = -1;
    bool m_woken = false;
};

} // namespace omv::control
