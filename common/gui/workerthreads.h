#pragma once

#include <QString>

#include <functional>

class QThread;

namespace omv::threads
{

/// Runs `fn` on a thread of its own that nobody joins: it deletes itself when done. For work
/// that may outlive the window that asked for it (a test connection, a session closing while a
/// node hangs): the window never waits for it.
QThread* startDetached(std::function<void()> fn, const QString& name);
/// Takes over a thread that is still finishing: it is told to quit and deleted when done.
void adopt(QThread* thread);
/// Before the program ends (the suite's bootstrap calls it): waits until every detached thread
/// is done, at most `ms`. False when some still run.
bool waitAll(int ms);

} // namespace omv::threads
