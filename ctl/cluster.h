#pragma once

#include "core/backend/clusterbackend.h"
#include "core/demo/democluster.h"
#include "core/profile/clusterprofile.h"

#include <memory>
#include <optional>

namespace omv::ctl
{

/// Which cluster the command line names: a profile file, a profile the Clusters dialog saved
/// (-c NAME), an emulated one of its own (--demo), or one another program started (--demo-root).
struct ClusterChoice {
    QString profile;
    QString saved;
    bool demo = false;
    QString demoKernel;
    QString demoRoot;
    bool acceptNewHostKeys = false;
};

/// An opened cluster: its backend (with the same transports, ssh settings, host-key rules and
/// backend=auto detection as the windows) and where its history is kept.
struct Cluster {
    std::unique_ptr<DemoCluster> demo; ///< --demo: ends with this
    std::shared_ptr<ClusterBackend> backend;
    QString name;
    QString profilePath; ///< empty for a demo
    /// The collector's database (audit trail, feed, collector subcommands): the profile's; the
    /// windows' demo database for --demo-root; empty for --demo (nobody records a cluster
    /// started for one command).
    QString database;
    /// Unknown host keys met while connecting and refused: "host: TYPE FINGERPRINT".
    std::shared_ptr<QStringList> refusedKeys = std::make_shared<QStringList>();
};

/// The profile `choice` names (--profile FILE, or -c NAME among the saved ones), read and
/// checked; nothing, with `error` saying why (none named, no such name, a missing, unreadable or
/// wrong file).
std::optional<ClusterProfile> loadProfile(const ClusterChoice& choice, QString* error);

/// Opens the cluster `choice` names. False with `error` set: a missing or unreadable profile, a
/// profile with an error, no saved profile of that name, a demo that cannot start. Host keys:
/// an unknown one is refused (and listed in refusedKeys) unless `acceptNewHostKeys`; a changed
/// one always. A passphrase is asked once on the terminal (never echoed) when there is one.
bool openCluster(const ClusterChoice& choice, Cluster* out, QString* error);

} // namespace omv::ctl
