#include "kerneldetect.h"

namespace omv
{

QString KernelFound::describe() const
{
    const QString on = release.isEmpty() ? QString() : tr(" on kernel %1").arg(release);
    switch (kind) {
    case BackendKind::OpenMosix:
        return tr("openMosix / LinuxPMI (/proc/hpc)%1").arg(on);
    case BackendKind::MattX:
        return tr("MattX (/proc/mattx)%1").arg(on);
    case BackendKind::Linux:
        break;
    }
    return release.isEmpty() ? tr("a plain Linux kernel (no /proc/hpc, no /proc/mattx)")
                             : tr("a plain Linux kernel %1 (no /proc/hpc, no /proc/mattx)").arg(release);
}

QString KernelFound::command()
{
    // ${OMV_PROC:-/proc}: an emulated node's sshd sets OMV_PROC (see README).
    return QStringLiteral("p=\"${OMV_PROC:-/proc}\"; if [ -d \"$p/hpc\" ]; then echo openmosix; "
                          "elif [ -d \"$p/mattx\" ]; then echo mattx; else echo linux; fi; "
                          "cat \"$p/sys/kernel/osrelease\" 2>/dev/null || uname -r");
}

std::optional<KernelFound> KernelFound::parse(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    KernelFound k;
    const QByteArray kind = lines.value(0).trimmed();
    if (kind == "openmosix")
        k.kind = BackendKind::OpenMosix;
    else if (kind == "mattx")
        k.kind = BackendKind::MattX;
    else if (kind == "linux")
        k.kind = BackendKind::Linux;
    else
        return std::nullopt;
    // A release is short and printable; anything else is not shown.
    const QString release = QString::fromUtf8(lines.value(1).trimmed()).left(64);
    bool printable = !release.isEmpty();
    for (const QChar c : release)
        printable = printable && c.isPrint() && !c.isSpace();
    if (printable)
        k.release = release;
    return k;
}

std::optional<KernelFound> KernelFound::probe(Transport& transport, int timeoutMs, QString* error)
{
    const CommandResult r = transport.run(command(), timeoutMs);
    if (!r.ok()) {
        *error = r.failureText();
        return std::nullopt;
    }
    std::optional<KernelFound> k = parse(r.out);
    if (!k)
        *error = tr("the node's answer is not one this program asked for: %1")
                     .arg(QString::fromUtf8(r.out.left(200)).simplified());
    return k;
}

QString explainKernelError(
    BackendKind expected, const QString& address, const QString& raw, const std::optional<KernelFound>& found)
{
    const bool missing = raw.contains(QLatin1String("can't cd")) || raw.contains(QLatin1String("No such file"))
        || raw.contains(QLatin1String("can't open")) || raw.contains(QLatin1String("cannot open"));
    QString sentence;
    if (expected == BackendKind::OpenMosix && missing && raw.contains(QLatin1String("hpc")))
        sentence = KernelFound::tr("%1 runs no openMosix kernel (/proc/hpc is missing)").arg(address);
    else if (expected == BackendKind::MattX && missing && raw.contains(QLatin1String("mattx")))
        sentence = KernelFound::tr("%1 runs no MattX kernel (/proc/mattx is missing)").arg(address);
    else if (raw.contains(QLatin1String("Permission denied")))
        sentence
            = KernelFound::tr("%1 does not let this user read the kernel's files (permission denied)").arg(address);
    if (sentence.isEmpty())
        return QString();
    if (found && found->kind != expected)
        sentence += KernelFound::tr("; it has %1: choose backend=%2 (or auto) in the profile")
                        .arg(found->describe(), backendName(found->kind));
    return sentence;
}

} // namespace omv
