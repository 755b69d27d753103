#pragma once

#include "sshtransport.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <mutex>

/// One ssh session to the collector's host kept between programs (issue 30), the way OpenSSH's
/// ControlMaster/ControlPersist keeps one for git and ansible: a session costs a key exchange and
/// an authentication (70–200 ms), a channel on a kept one a few milliseconds. The desk's programs
/// are short-lived (`openmosixhistory --at T --json`, an analyzer opened for one look), so the
/// session must outlive them: OpenSSH's own master process keeps it, on a control socket in the
/// user's private folder, and each program's channel is an `ssh -S SOCKET` client of it.
///
/// Trust stays the suite's: a master is started only after the suite's own session to the host
/// (libssh, which asks the user about an unknown host key and for a passphrase) has succeeded,
/// and it runs with BatchMode and StrictHostKeyChecking=yes on the same known_hosts file, so it
/// can only reach what was verified; it never asks anything (no agent and a key with a
/// passphrase: no master, every program connects for itself, as before).
namespace omv::sshmux
{

/// The control socket of a kept session for `o` (its host, user, port, identity and
/// known_hosts): a file in the user's own folder ($XDG_RUNTIME_DIR/openmosixview/ssh, else
/// ~/.cache/openmosixview/ssh, made 0700 and checked), empty when there is no such folder or no
/// `ssh` client.
QString controlPath(const SshOptions& o);
/// True when a master listens on `path` (a socket of this user that takes a connection).
bool alive(const QString& path);
/// Starts a master for `o` on `path` in the background, kept `keepS` seconds after its last
/// channel; returns at once (what it says goes to ssh.log beside it).
void startMaster(const SshOptions& o, const QString& path, int keepS);
/// Ends the master on `path` (ssh -O exit); true when one was there and ended.
bool stopMaster(const SshOptions& o, const QString& path);

} // namespace omv::sshmux

namespace omv
{

/// Commands as channels of a kept session (sshmux): each an `ssh -S SOCKET HOST COMMAND` client,
/// its standard streams piped. Exit status 255 is ssh's own failure (Status::Failed).
class SshMuxTransport : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(omv::SshMuxTransport)

public:
    SshMuxTransport(SshOptions options, QString controlPath);

    CommandResult run(const QString& commandLine, int timeoutMs) override;
    CommandResult runStreamed(const QString& commandLine, int timeoutMs, const StreamIo& io) override;
    /// The client hands its stdin and stdout to the session's master (ssh's multiplexing
    /// passes the descriptors), so a direct socket is read and written by the master itself.
    bool canStreamDirect() const override { return true; }
    QString describe() const override;
    void abort() override;

private:
    CommandResult execute(const QString& commandLine, int timeoutMs, const StreamIo* io);

    SshOptions m_options;
    QString m_path;
    std::mutex m_mutex;
    pid_t m_pid = 0;
    bool m_aborted = false;
};

} // namespace omv
