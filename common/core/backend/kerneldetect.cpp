#include "kerneldetect.h"

#include "../util/shellquote.h"
#include "kerneldriver.h"

namespace omv
{

QString KernelFound::onRelease(const QString& release)
{
    return release.isEmpty() ? QString() : tr(" on kernel %1").arg(release);
}

bool KernelFound::filesMissing(const QString& raw)
{
    return raw.contains(QLatin1String("can't cd")) || raw.contains(QLatin1String("No such file"))
        || raw.contains(QLatin1String("can't open")) || raw.contains(QLatin1String("cannot open"));
}

QString KernelFound::describe() const
{
    const KernelDriver* driver = driverFor(kind);
    return driver ? driver->describe(release) : backendName(kind);
}

QString KernelFound::command()
{
    // ${OMV_PROC:-/proc}: an emulated node's sshd sets OMV_PROC (see README). Names and folders
    // are the drivers' own words, never a node's.
    QString tests, fallback;
    for (const KernelDriver* d : kernelDrivers()) {
        const QString folder = d->markerFolder();
        if (folder.isEmpty())
            fallback = shellQuote(backendName(d->kind()));
        else
            tests += QStringLiteral("if [ -d \"$p\"/") + shellQuote(folder) + QStringLiteral(" ]; then echo ")
                + shellQuote(backendName(d->kind())) + QStringLiteral("; el");
    }
    QString cmd = QStringLiteral("p=\"${OMV_PROC:-/proc}\"; ");
    if (tests.isEmpty())
        cmd += QStringLiteral("echo ") + fallback;
    else
        cmd += tests + QStringLiteral("se echo ") + fallback + QStringLiteral("; fi");
    return cmd + QStringLiteral("; cat \"$p/sys/kernel/osrelease\" 2>/dev/null || uname -r");
}

std::optional<KernelFound> KernelFound::parse(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const std::optional<BackendKind> kind = backendFromName(QString::fromUtf8(lines.value(0).trimmed()));
    if (!kind || !driverFor(*kind))
        return std::nullopt;
    KernelFound k;
    k.kind = *kind;
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
    const KernelDriver* driver = driverFor(expected);
    QString sentence = driver ? driver->explainMissing(address, raw) : QString();
    if (sentence.isEmpty() && raw.contains(QLatin1String("Permission denied")))
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
