#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace omv::threads
{

/// The one way a window does background work: `run`. The work gets a thread of its own, named
/// and tracked (waitAll at the end of the program, running() for tests); its result is handed to
/// `done` on the GUI thread — unless the window (`context`) is gone by then, or the task was
/// cancelled. Nothing waits for it on the GUI thread, in a destructor least of all: a window that
/// closes while its work is in flight just never hears the answer.
class Task
{
public:
    Task()
        : m_cancelled(std::make_shared<std::atomic<bool>>(false))
    {
    }
    /// The answer will not be delivered; work that looks (cancelled()) may stop early.
    void cancel() const { *m_cancelled = true; }
    bool cancelled() const { return *m_cancelled; }

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

/// Runs `fn` on a thread of its own that nobody joins: it deletes itself when done. For work
/// that may outlive the window that asked for it (a test connection, a session closing while a
/// node hangs): the window never waits for it.
QThread* startDetached(std::function<void()> fn, const QString& name);
/// Takes over a thread that is still finishing: it is told to quit and deleted when done.
void adopt(QThread* thread);
/// Before the program ends (the suite's bootstrap calls it): waits until every detached thread
/// is done, at most `ms`. False when some still run.
bool waitAll(int ms);
/// The names of the tracked threads that still run.
QStringList running();

/// Runs `work(task)` on a tracked thread named `name`; then `done(result)` on the GUI thread,
/// if `context` still exists (null: no one to tell — the work alone matters) and the task was
/// not cancelled.
template <class Work, class Done> Task run(QObject* context, const QString& name, Work work, Done done)
{
    Task task;
    const bool tell = context != nullptr;
    QPointer<QObject> guard(context); // made here, read only on the GUI thread
    startDetached(
        [task, tell, guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work(task);
            if (!tell || task.cancelled())
                return;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [task, guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard && !task.cancelled())
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        name);
    return task;
}

} // namespace omv::threads
