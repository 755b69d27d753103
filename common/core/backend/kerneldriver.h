#pragma once

#include "../model/backendkind.h"
#include "../model/capabilities.h"
#include "../model/nodemap.h"
#include "commandbuilder.h"

#include <QString>
#include <QVector>

#include <memory>

namespace omv
{

class ClusterBackend;
class TransportPool;
struct ClusterProfile;

/// Everything the suite knows of one kernel, in the kernel's own folder (openmosix/, mattx/,
/// linux/): what it offers, its command lines, how it is recognised on a node, and the backend
/// that samples it and carries commands out (the parsers are that folder's too). To add a kernel:
/// a folder with a driver and a ClusterBackend, a value in BackendKind and its word in
/// model/backendkind.cpp, and one line in kernelDrivers() (backendfactory.cpp).
class KernelDriver
{
public:
    virtual ~KernelDriver() = default;

    virtual BackendKind kind() const = 0;
    /// The Kernel field's item in the Clusters dialog: "openMosix / LinuxPMI".
    virtual QString title() const = 0;
    /// What it offers; a control that is not offered carries the reason the window shows.
    virtual Capabilities capabilities() const = 0;
    /// The command line for `command`, which capabilities() offers and whose numbers
    /// validateCommand() has checked; the error when the kernel cannot say it.
    virtual BuiltCommand commandLine(const Command& command) const = 0;
    /// The folder below a node's proc root that says the node runs this kernel ("hpc"); empty
    /// for the kernel of a node that has none of the others' (plain Linux).
    virtual QString markerFolder() const = 0;
    /// What a node runs, for messages: "MattX (/proc/mattx) on kernel 2.6.32"; `release` may be
    /// empty.
    virtual QString describe(const QString& release) const = 0;
    /// A failure to read this kernel's files in one sentence ("n1 runs no openMosix kernel
    /// (/proc/hpc is missing)"); empty when `raw` is not such a failure.
    virtual QString explainMissing(const QString& address, const QString& raw) const
    {
        Q_UNUSED(address);
        Q_UNUSED(raw);
        return QString();
    }
    /// The backend for `profile`, whose nodes (map file or nodes=) are in `map`; null with
    /// `error` set when the profile does not describe such a cluster.
    virtual std::unique_ptr<ClusterBackend> create(
        const ClusterProfile& profile, std::shared_ptr<TransportPool> pool, NodeMap map, QString* error) const = 0;
};

/// Every driver: the built-in kernels, then those registered.
QVector<const KernelDriver*> kernelDrivers();
/// The driver of `kind`; null for a kind nobody registered.
const KernelDriver* driverFor(BackendKind kind);
/// Adds a driver beyond the built-in ones (a test's), known to profiles as backend=`name`.
void registerKernelDriver(std::shared_ptr<const KernelDriver> driver, const QString& name, bool listsNodes);

} // namespace omv
