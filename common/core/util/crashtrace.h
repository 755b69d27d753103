#pragma once

namespace omv
{

/// On SIGSEGV, SIGABRT (a failed assertion, glibc's "double free"), SIGBUS or SIGFPE: the
/// stack's return addresses to stderr ("openmosixctl(+0x4a3f1)"; `addr2line -e PROGRAM 0x4a3f1`
/// names the line), then the signal's default action (a core where the system keeps them).
/// For a rare crash seen only in a log, so that the log says where. Async-signal-safe.
void installCrashTrace();

} // namespace omv
