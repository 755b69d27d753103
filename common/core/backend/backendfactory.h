#pragma once

#include "../profile/clusterprofile.h"
#include "../transport/sshtransport.h"
#include "clusterbackend.h"

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

/// The backend a profile describes, with its transports. Null and `error` set when the profile's
/// node map cannot be read.
std::unique_ptr<ClusterBackend> createBackend(const ClusterProfile& profile, const SshPrompts& prompts, QString* error);

} // namespace omv
