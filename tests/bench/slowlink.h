#pragma once

#include "core/transport/sshtransport.h"

#include <QString>

#include <memory>

namespace omv::test
{
class TestCluster;
}

namespace omv::bench
{

/// A slow network link between a loopback listener and a target (issue 30's 20 ms / 50 Mbit/s
/// link), made in user space because this machine's kernel has no `netem` qdisc. Every byte
/// that enters one end leaves the other when such a link would deliver it: the bytes queued
/// before it are sent first at `mbitPerSecond`, and it arrives `oneWayMs` after it was sent.
/// Both directions alike, each connection a link of its own; the queue is not bounded (the
/// bandwidth-delay product, 125 KB at 50 Mbit/s and 20 ms, is what matters to ssh's windows).
class SlowLink
{
public:
    SlowLink(int oneWayMs, double mbitPerSecond);
    ~SlowLink();
    SlowLink(const SlowLink&) = delete;
    SlowLink& operator=(const SlowLink&) = delete;

    /// Listens on `address` (an ephemeral port) and joins each connection to target:port.
    bool start(const QString& address, const QString& target, int targetPort, QString* error);
    int port() const;
    /// Bytes carried, both directions, all connections so far.
    qint64 bytes() const;
    /// Closes the listener and every connection, and waits for their threads.
    void stop();

private:
    struct State;
    std::shared_ptr<State> d;
};

/// Lets the desk reach node 1 of `cluster` through a link on `port`: its host key added to the
/// cluster's known_hosts under that port (ssh names a host by address and port).
bool trustLinkPort(const test::TestCluster& cluster, int port, QString* error);

/// The median time of a round trip of 100 bytes through ssh alone, on the kept session at
/// `controlPath` (`ssh -S … host cat`), over `rounds` (the first sixth left out); -1 when it
/// cannot be run. The floor of any question asked over that session.
double sshPingPongMs(const QString& controlPath, const SshOptions& options, int rounds);

} // namespace omv::bench
