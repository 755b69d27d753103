#include "workerthreads.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <mutex>
#include <vector>

namespace omv::threads
{

namespace
{

std::mutex g_mutex;
std::vector<QThread*> g_threads; // guarded by g_mutex; removed when finished

void untrack(QThread* t)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_threads.erase(std::remove(g_threads.begin(), g_threads.end(), t), g_threads.end());
}

void track(QThread* t)
{
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        g_threads.push_back(t);
    }
    // Direct: runs on the finishing thread, so that waitAll() sees it gone even when no event
    // loop runs any more (at the end of main()).
    QObject::connect(
        t, &QThread::finished, t, [t] { untrack(t); }, Qt::DirectConnection);
    QObject::connect(t, &QThread::finished, t, &QObject::deleteLater);
}

} // namespace

QThread* startDetached(std::function<void()> fn, const QString& name)
{
    QThread* t = QThread::create(std::move(fn));
    t->setObjectName(name);
    track(t);
    t->start();
    return t;
}

void adopt(QThread* thread)
{
    thread->quit();
    track(thread);
    if (thread->isFinished()) { // it ended before we listened: its finished() is gone
        untrack(thread);
        thread->deleteLater();
    }
}

bool waitAll(int ms)
{
    QDeadlineTimer deadline(ms);
    for (;;) {
        QThread* t = nullptr;
        {
            std::lock_guard<std::mutex> lock(g_mutex);
            if (g_threads.empty())
                return true;
            t = g_threads.front();
        }
        if (!t->wait(deadline))
            return false;
        untrack(t);
    }
}

QStringList running()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    QStringList names;
    for (QThread* t : g_threads)
        if (!t->isFinished())
            names << t->objectName();
    return names;
}

} // namespace omv::threads
