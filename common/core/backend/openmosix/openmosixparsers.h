#pragma once

#include "../../model/nodemap.h"
#include "../../model/nodesample.h"
#include "../../util/result.h"
#include "../mapfile.h"
#include "../procparsers.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace omv
{

/// Everything below that shared/reference/openmosix.md marks as an assumption lives here, named,
/// so that one line changes when a real kernel says otherwise.
namespace openmosix
{
/// Load value of one fully busy processor ("a script that sums it treats 250 as one").
constexpr qint64 kLoadPerCpu = 250;
/// `load` / `cpus` value of a node that is down or unreachable.
constexpr qint64 kDownValue = -101;
/// Bit of `status` that says the node is up.
constexpr qint64 kStatusUpBit = 2;
/// Unit of `mem`, `rmem`, `tmem`: bytes.
constexpr qint64 kMemUnitBytes = 1;
} // namespace openmosix

/// The node table as read from a gateway with `grep -H '' */*` in hpc/nodes (lines `3/load:250`;
/// a leading path such as `/proc/hpc/nodes/` is accepted too).
struct OpenMosixNodeTable {
    QVector<NodeSample> nodes; ///< sorted by id; addresses are not in the table
    /// Some up node had an empty value: the kernel was updating it. Read again once.
    bool transientEmpty = false;
};
Result<OpenMosixNodeTable> parseOpenMosixNodeTable(const QByteArray& output);

/// This node's settings from /proc/hpc/admin (`block`, `bring`, `expel`, `lstay`, `quiet`, `stay`,
/// `nomfs`, `speed`, `mospe`), as a GrepReport's files keyed "hpc/admin/NAME".
struct OpenMosixAdmin {
    NodeFlags flags;
    qint64 speed = -1;
    int mospe = -1; ///< this node's ID; 0 = openMosix disabled
    QStringList problems;
};
OpenMosixAdmin parseOpenMosixAdmin(const GrepReport& report);

/// Where a process is, from /proc/<pid>/where (a node ID; 0 = home) or LinuxPMI's om/where
/// (`home`, an IPv4 address, `migrating`).
struct ProcessWhere {
    enum class Kind { Home, Node, Address, Migrating } kind = Kind::Home;
    NodeId node = 0;
    QString address;
};
Result<ProcessWhere> parseWhere(const QByteArray& text, const QString& fileName);

/// /proc/hpc/remote/<pid>/from: "<homeID> <IP>".
struct RemoteFrom {
    NodeId homeNode = 0;
    QString address;
};
Result<RemoteFrom> parseRemoteFrom(const QByteArray& text, const QString& fileName);
/// /proc/hpc/remote/<pid>/identity: "<homeID> <pid at home>" (what omsim writes; the reference
/// names the file without its layout, so anything else is reported, never guessed at).
struct RemoteIdentity {
    NodeId homeNode = 0;
    int homePid = 0;
};
Result<RemoteIdentity> parseRemoteIdentity(const QByteArray& text, const QString& fileName);

/// `showmap` output: "My Node-Id: 0x...." then rows "Base Node-Id  Address  Count" in hex.
Result<NodeMap> parseShowmap(const QByteArray& text, const QString& fileName);

} // namespace omv
