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

signals:
    void received(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace omv::control
