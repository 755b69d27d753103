#pragma once

#include "../model/nodemap.h"
#include "../util/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace omv
{

/// A cluster's map file (the profile's map=; openMosix's own format, which every kernel's
/// profile uses): `<ID> <host-or-IP> <count>` and `<ID> <IP> ALIAS` lines, '#' comments.
Result<NodeMap> parseMapFile(const QByteArray& text, const QString& fileName);

/// Dotted quad only: QHostAddress alone also takes the short forms "10.1" and "10.0.0".
bool strictIPv4(const QString& text, QHostAddress* out);
/// Adds `count` consecutive IDs from `id` whose IPv4 addresses count up from `address` (a host
/// name: one ID); the error names `fileName` and `lineNo`.
ParseError addNodeRange(
    NodeMap& map, qint64 id, const QString& address, qint64 count, const QString& fileName, int lineNo);

} // namespace omv
