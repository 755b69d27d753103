#include "crashtrace.h"

#include <csignal>
#include <execinfo.h>
#include <initializer_list>
#include <unistd.h>

namespace omv
{

namespace
{

void trace(int signalNumber)
{
    // Only async-signal-safe calls: write(2) and backtrace_symbols_fd (which does not allocate;
    // backtrace() itself was called once at install, so libgcc is loaded before any crash).
    static const char head[] = "\n*** crashed; the stack (addr2line -e PROGRAM +OFFSET):\n";
    (void)!::write(STDERR_FILENO, head, sizeof head - 1);
    void* frames[64];
    const int n = ::backtrace(frames, 64);
    ::backtrace_symbols_fd(frames, n, STDERR_FILENO);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

} // namespace

void installCrashTrace()
{
    void* warm[1];
    ::backtrace(warm, 1);
    struct sigaction sa {
    };
    sa.sa_handler = trace;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    for (int s : { SIGSEGV, SIGABRT, SIGBUS, SIGFPE })
        ::sigaction(s, &sa, nullptr);
}

} // namespace omv
