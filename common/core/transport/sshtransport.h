#pragma once

#include "transport.h"

#include <QCoreApplication>

#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace omv
{

/// A host key that is not (or no longer) the one known_hosts holds.
struct HostKeyInfo {
    enum class State {
        Unknown, ///< no entry for this host
        Changed, ///< an entry of the same type with another key: possible attack
        OtherType, ///< only entries of other key types
    };
    State state = State::Unknown;
    QString host;
    int port = 22;
    QString keyType; ///< "ssh-ed25519", ...
    QString fingerprint; ///< "SHA256:..."
    QString knownHostsFile;
};

enum class HostKeyDecision { Refuse, AcceptOnce, AcceptAndSave };

/// Asked from the transport's thread for an Unknown host key only; Changed and OtherType are
/// always refused. Without a callback, unknown keys are refused.
using HostKeyCallback = std::function<HostKeyDecision(const HostKeyInfo&)>;
/// Asked for the passphrase of an encrypted identity file; nullopt = cancel.
using PassphraseCallback = std::function<std::optional<QString>(const QString& identityFile)>;

struct SshOptions {
    QString host;
    int port = 0; ///< 0 = from ~/.ssh/config, else 22
    QString user; ///< empty = from ~/.ssh/config, else the local user
    QString identityFile; ///< empty = ssh-agent and the default identities
    QString knownHostsFile; ///< empty = ~/.ssh/known_hosts (or from ~/.ssh/config)
    QString configFile; ///< empty = ~/.ssh/config; "none" = read no config file
    bool useAgent = true;
    int connectTimeoutMs = 5000;
    int keepaliveIdleSec = 30; ///< probe the connection before use when idle this long
    int maxBackoffMs = 30000;
    qint64 maxOutputBytes = 64 * 1024 * 1024; ///< a node that talks more is cut off
    HostKeyCallback hostKeyCallback;
    PassphraseCallback passphraseCallback;
};

/// One authenticated libssh session to one node, kept open and reused for every command (one
/// channel per command). A command's timeout is its whole deadline: connecting, authenticating,
/// opening the channel, running and the exit status share it, so a node that hangs at any step
/// costs one timeout. After a connection failure (or a fresh session that cannot open a channel)
/// it waits (1 s, 2 s, 4 s ... up to maxBackoffMs) before it dials again, so a dead node costs
/// nothing while it stays dead. An identity with a passphrase is asked for once per program.
class SshTransport : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(omv::SshTransport)

public:
    explicit SshTransport(SshOptions options);
    ~SshTransport() override;
    SshTransport(const SshTransport&) = delete;
    SshTransport& operator=(const SshTransport&) = delete;

    CommandResult run(const QString& commandLine, int timeoutMs) override;
    CommandResult runStreamed(const QString& commandLine, int timeoutMs, const StreamIo& io) override;
    QString describe() const override;
    void abort() override;

    /// Closes the session; the next run() connects again (without waiting for a backoff).
    void disconnect();
    bool isConnected() const;
    /// How many sessions have been established so far (tests use it to see reuse and reconnects).
    int connectCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace omv
