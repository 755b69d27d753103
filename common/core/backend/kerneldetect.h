#pragma once

#include "../model/backendkind.h"
#include "../transport/transport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace omv
{

/// What a node's kernel is, as `backend=auto` finds it: the kernel whose driver's marker folder
/// is below the node's proc root (/proc/hpc, /proc/mattx), else the one with none; and its release.
struct KernelFound {
    Q_DECLARE_TR_FUNCTIONS(omv::KernelFound)
public: // the macro leaves it private
    BackendKind kind {};
    QString release; ///< "6.1.0-13-amd64"; empty when the node did not say

    /// "openMosix / LinuxPMI (/proc/hpc) on kernel 2.4.26-om1", "a plain Linux kernel 6.1.0 (no
    /// /proc/hpc, no /proc/mattx)".
    QString describe() const;

    /// One shell line: prints the kind ("openmosix", "mattx", "linux") and the release on two
    /// lines. Fixed text (each driver's marker folder): nothing of the node's becomes shell code.
    static QString command();
    /// The node's answer to command(); nothing when it is not one.
    static std::optional<KernelFound> parse(const QByteArray& out);
    /// Asks `transport` (the gateway). Nothing, with `error`, when the node does not answer.
    static std::optional<KernelFound> probe(Transport& transport, int timeoutMs, QString* error);

    /// " on kernel 6.1.0", or nothing for an unknown release: for the drivers' describe().
    static QString onRelease(const QString& release);
    /// Whether a failure's text says a file or folder is not there.
    static bool filesMissing(const QString& raw);
};

/// A kernel-side failure as one sentence naming the node, the file and the likely cause
/// ("127.0.0.1 runs no openMosix kernel (/proc/hpc is missing)"); empty when `raw` is nothing
/// this recognises (then the raw text is the best there is). `found`, when known, adds what the
/// node does have and which backend would read it.
QString explainKernelError(BackendKind expected, const QString& address, const QString& raw,
    const std::optional<KernelFound>& found = std::nullopt);

} // namespace omv
