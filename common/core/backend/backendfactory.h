#pragma once

#include "../control/remote.h"
#include "../profile/clusterprofile.h"
#include "../transport/sshtransport.h"
#include "clusterbackend.h"
#include "kerneldriver.h"

#include <memory>

namespace omv
{

/// What a program answers when a connection needs a person.
struct SshPrompts {
    HostKeyCallback hostKey; ///< unset: unknown host keys are refused
    PassphraseCallback passphrase;
};

/// The transport factory a profile describes: one SshTransport per address, or LocalTransport.
TransportPool::Factory transportFactory(const ClusterProfile& profile, const SshPrompts& prompts);
/// How the profile reaches `host` over ssh ([ssh], the prompts).
SshOptions sshOptions(const ClusterProfile& profile, const SshPrompts& prompts, const QString& host);
/// Where the profile's collector runs ([collector] host=, program=; reached as the nodes are).
control::CollectorHost collectorHost(const ClusterProfile& profile, const SshPrompts& prompts);

/// The backend a profile describes, with its transports. Null and `error` set when the profile's
/// node map cannot be read. With backend=auto the gateway is asked first which kernel it runs
/// (over the session the backend then keeps; blocking, so not on a GUI thread) — `detected` says
/// what it found, the backend's kind() is what to save; null when the gateway does not answer.
std::unique_ptr<ClusterBackend> createBackend(
    const ClusterProfile& profile, const SshPrompts& prompts, QString* error, QString* detected = nullptr);

} // namespace omv
