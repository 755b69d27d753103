#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace omv
{

/// Which kernel a cluster runs: the word a profile's `backend=` names. Each value has one driver
/// (core/backend/<kernel>/, found through core/backend/kerneldrivers.h); a driver beyond the
/// built-in three (a test's) registers its own value and word.
enum class BackendKind : int { OpenMosix = 0, MattX = 1, Linux = 2 };

/// "openmosix", "mattx", "linux"; empty for a value nobody registered.
QString backendName(BackendKind kind);
/// The kind a profile's word names; nothing for an unknown word.
std::optional<BackendKind> backendFromName(const QString& name);
/// Every known word, built-in first.
QStringList backendNames();
/// Whether the kernel keeps a table of the cluster's nodes that its gateway lists. A kernel
/// without one (plain Linux) has its nodes named in the profile (nodes= or map=), and its first
/// node stands for the cluster.
bool kernelListsNodes(BackendKind kind);
/// Makes a driver's kernel known by its word (kerneldrivers.h calls it for a registered driver).
void registerBackendKind(BackendKind kind, const QString& name, bool listsNodes);

} // namespace omv
