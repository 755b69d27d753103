#include "backendkind.h"

#include <QVector>

#include <mutex>

namespace omv
{

namespace
{

struct Known {
    BackendKind kind;
    QString name;
    bool listsNodes;
};

// The vocabulary a profile is read with, which sits below the drivers; the drivers themselves
// are in core/backend/ (kerneldrivers.cpp is the one list of them).
struct Table {
    std::mutex mutex;
    QVector<Known> known { { BackendKind::OpenMosix, QStringLiteral("openmosix"), true },
        { BackendKind::MattX, QStringLiteral("mattx"), true }, { BackendKind::Linux, QStringLiteral("linux"), false } };
};

Table& table()
{
    static Table t;
    return t;
}

// The entry of `kind`, copied under the lock; nothing when nobody registered it.
std::optional<Known> entryOf(BackendKind kind)
{
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mutex);
    for (const Known& k : std::as_const(t.known))
        if (k.kind == kind)
            return k;
    return std::nullopt;
}

} // namespace

QString backendName(BackendKind kind)
{
    const std::optional<Known> k = entryOf(kind);
    return k ? k->name : QString();
}

std::optional<BackendKind> backendFromName(const QString& name)
{
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mutex);
    for (const Known& k : std::as_const(t.known))
        if (k.name == name)
            return k.kind;
    return std::nullopt;
}

QStringList backendNames()
{
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mutex);
    QStringList names;
    for (const Known& k : std::as_const(t.known))
        names << k.name;
    return names;
}

bool kernelListsNodes(BackendKind kind)
{
    const std::optional<Known> k = entryOf(kind);
    return !k || k->listsNodes;
}

void registerBackendKind(BackendKind kind, const QString& name, bool listsNodes)
{
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mutex);
    for (Known& k : t.known) {
        if (k.kind == kind) {
            k = Known { kind, name, listsNodes };
            return;
        }
    }
    t.known.append(Known { kind, name, listsNodes });
}

} // namespace omv
