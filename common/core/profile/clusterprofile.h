#pragma once

#include "../model/backendkind.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QString>

namespace omv
{

/// A cluster as a profile file describes it (INI; see DESIGN.md "Cluster profile"):
///
///     [cluster]
///     backend=openmosix        ; openmosix | mattx | linux (plain kernels)
///     gateway=10.0.0.1         ; node whose kernel table lists every node (linux: the first node)
///     map=/etc/openmosix.map   ; optional: node addresses in openMosix map format
///     nodes=node[01-16], gpu1  ; linux: the nodes, ids in this order (pdsh ranges expand)
///     transport=ssh            ; ssh | local (this machine is the only node)
///     [ssh]
///     user=root
///     identity=~/.ssh/id_ed25519
///     known_hosts=~/.ssh/known_hosts
///     port=22
///     config=~/.ssh/config     ; "none" reads no ssh config
///     agent=true
///     connect_timeout=5        ; seconds
///     command_timeout=10       ; seconds
///     parallel=16              ; nodes asked at once
///     [collector]
///     host=ctl                 ; the machine the collector runs on, reached over ssh as the nodes
///                              ; are ([ssh], the ssh config); empty: this machine
///     program=openmosixcollector ; the collector program there (a path when not on its PATH)
///     keep_session=300         ; with host=: seconds the desk's ssh session there outlives its last
///                              ; program, so the next one opens in a channel (0: never kept)
///     database=~/lab.db        ; history database (default: see databasePath()); with host=,
///                              ; its path on that machine (from / or ~/, that user's home)
///     viewers=lab              ; group whose members may follow the collector (see control::Access)
///     [linux]
///     images=/shared/criu      ; linux: checkpoints go through this folder every node mounts,
///                              ; instead of being streamed through the suite's ssh sessions
///     migrate_timeout=600      ; linux: seconds a checkpoint/restart migration may take
///
/// Paths may start with ~/ and are otherwise relative to the profile's folder.
struct ClusterProfile {
    Q_DECLARE_TR_FUNCTIONS(omv::ClusterProfile)
public: // the macro leaves it private
    enum class TransportKind { Ssh, Local };

    QString path;
    QString name; ///< [cluster] name, else the file's base name
    BackendKind backend {}; ///< the kernel, when not autoBackend
    /// backend=auto (or no backend key): the gateway is asked which kernel it runs when the
    /// cluster is opened (createBackend), and `backend` is what it said.
    bool autoBackend = false;
    QString gateway;
    QString mapFile;
    QStringList nodes; ///< [cluster] nodes, ranges expanded (a linux cluster's nodes, ids 1..N)
    TransportKind transport = TransportKind::Ssh;

    QString sshUser;
    QString sshIdentity;
    QString sshKnownHosts;
    QString sshConfig;
    int sshPort = 0;
    bool sshAgent = true;
    int connectTimeoutMs = 5000;
    int commandTimeoutMs = 10000;
    int parallel = 16;
    QString database; ///< as written in the profile; may be empty
    QString viewers; ///< [collector] viewers: a group whose members may follow the collector's feed
    QString collectorHost; ///< [collector] host: where the collector runs (ssh); empty: here
    QString collectorUser; ///< [collector] user: the ssh user there; empty: [ssh] user
    QString collectorProgram; ///< [collector] program: its program there; empty: openmosixcollector
    int keepSessionS = 300; ///< [collector] keep_session: seconds an ssh session to host= outlives its last program
    QString criuImages; ///< [linux] images: a folder on the nodes, shared by all; empty: stream
    int migrateTimeoutMs = 600000; ///< [linux] migrate_timeout
    bool liveMigration = true; ///< [linux] live: pre-copy rounds where both nodes track written pages
    /// Keys the suite does not know (a typo, a key of a newer version), each with its line and
    /// the known key it most resembles: "lab.ini:7: unknown key [ssh] idenity (identity?)".
    QStringList warnings;

    /// The history database of this cluster: `database` if the profile names one, else
    /// `~/.local/share/openmosixview/<name>.db`.
    QString databasePath() const;

    /// "node[01-03], gpu[1,4]" → node01 node02 node03 gpu1 gpu4, as pdsh and ClusterShell write
    /// host lists (zero padding kept); empty with `error` when malformed or above 65,535 hosts.
    static QStringList expandHostList(const QString& text, QString* error);
    /// Where the Clusters dialog keeps the profiles it saves: ~/.config/openmosixview/clusters.
    static QString savedProfilesDir();
    /// The saved profile called `name` (its [cluster] name, or its file's base name); empty with
    /// `error` naming the profiles there are.
    static QString findSaved(const QString& name, QString* error);
    /// Reads and checks a profile; the error names the file and the key that is wrong.
    static Result<ClusterProfile> load(const QString& path);
    /// Writes the profile (0600, replacing the file in one step). Only keys that differ from the
    /// defaults are written; the file reads back equal with load().
    bool save(const QString& path, QString* error) const;
};

} // namespace omv
