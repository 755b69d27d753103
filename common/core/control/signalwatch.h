#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace omv::control
{

/// SIGTERM, SIGINT, SIGHUP and the like as a Qt signal on the event loop (a self-pipe: a signal
/// handler may only write a byte). Every program that starts something it must end — an emulated
/// cluster and its FUSE mount, a collector — quits through its event loop on them, so that its
/// destructors run as on a normal quit (a plain SIGTERM used to leave omsim and its mount behind).
/// One per process.
class SignalWatch : public QObject
{
    Q_OBJECT
public:
    SignalWatch(std::initializer_list<int> signalNumbers, QObject* parent = nullptr);
    ~SignalWatch() override;

    /// While set, a signal ends the process at once (exit status 128 + its number) instead of
    /// waiting for an event loop that does not run yet: a program starting up (reading its
    /// profile, asking a slow gateway) with nothing of its own to end stays killable.
    static void setExitAtOnce(bool atOnce);

signals:
    void received(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace omv::control
