#include "signalwatch.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace omv::control
{

namespace
{
int watchPipe[2] = { -1, -1 };
volatile sig_atomic_t exitAtOnce = 0;

void onSignal(int signalNumber)
{
    if (exitAtOnce)
        ::_exit(128 + signalNumber);
    const char c = char(signalNumber);
    (void)!::write(watchPipe[1], &c, 1);
}
} // namespace

SignalWatch::SignalWatch(std::initializer_list<int> signalNumbers, QObject* parent)
    : QObject(parent)
{
    if (watchPipe[0] < 0 && ::pipe2(watchPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction sa {
    };
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int s : signalNumbers)
        sigaction(s, &sa, nullptr);
    m_notifier = new QSocketNotifier(watchPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        while (::read(watchPipe[0], &c, 1) == 1)
            emit received(int(c));
    });
}

SignalWatch::~SignalWatch() = default;

void SignalWatch::setExitAtOnce(bool atOnce)
{
    exitAtOnce = atOnce ? 1 : 0;
}

} // namespace omv::control
