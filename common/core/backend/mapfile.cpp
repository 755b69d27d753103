#include "mapfile.h"

#include "commandbuilder.h"

#include <QRegularExpression>

namespace omv
{

bool strictIPv4(const QString& text, QHostAddress* out)
{
    return text.count(QLatin1Char('.')) == 3 && out->setAddress(text)
        && out->protocol() == QAbstractSocket::IPv4Protocol;
}

namespace
{

bool validHostName(const QString& h)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]{0,252})$"));
    return re.match(h).hasMatch();
}

} // namespace

ParseError addNodeRange(
    NodeMap& map, qint64 id, const QString& address, qint64 count, const QString& fileName, int lineNo)
{
    if (id <= 0 || id > limits::kMaxNode)
        return parseError(
            fileName, lineNo, QStringLiteral("node ID %1 out of range 1..%2").arg(id).arg(limits::kMaxNode));
    if (count < 1 || id + count - 1 > limits::kMaxNode)
        return parseError(fileName, lineNo, QStringLiteral("count %1 out of range").arg(count));
    QHostAddress ip;
    const bool isIp = strictIPv4(address, &ip);
    if (!isIp && !validHostName(address))
        return parseError(
            fileName, lineNo, QStringLiteral("'%1' is neither an IPv4 address nor a host name").arg(address.left(60)));
    if (count > 1 && !isIp)
        return parseError(fileName, lineNo, QStringLiteral("a range (count > 1) needs an IPv4 address"));
    if (isIp && (ip.toIPv4Address() & 0xff) + quint32(count) - 1 > 255)
        return parseError(fileName, lineNo, QStringLiteral("the range runs past the last byte of the address"));
    for (qint64 i = 0; i < count; ++i) {
        const NodeId nid = NodeId(id + i);
        if (map.contains(nid))
            return parseError(fileName, lineNo, QStringLiteral("node ID %1 is listed twice").arg(nid));
        map.insert(nid, { isIp ? QHostAddress(ip.toIPv4Address() + quint32(i)).toString() : address });
    }
    return ParseError {};
}

Result<NodeMap> parseMapFile(const QByteArray& text, const QString& fileName)
{
    NodeMap map;
    int lineNo = 0;
    for (QByteArray line : text.split('\n')) {
        ++lineNo;
        const int hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        const QByteArray s = line.simplified();
        if (s.isEmpty())
            continue;
        const QList<QByteArray> f = s.split(' ');
        if (f.size() < 2 || f.size() > 3)
            return parseError(fileName, lineNo, QStringLiteral("expected '<ID> <host-or-IP> <count>'"));
        bool ok = false;
        const qint64 id = f.at(0).toLongLong(&ok);
        if (!ok)
            return parseError(fileName, lineNo, QStringLiteral("node ID is not a number"));
        const QString address = QString::fromUtf8(f.at(1));
        if (f.size() == 3 && f.at(2).toUpper() == "ALIAS") {
            QHostAddress ip;
            if (!strictIPv4(address, &ip))
                return parseError(fileName, lineNo, QStringLiteral("an ALIAS needs an IPv4 address"));
            auto it = map.find(NodeId(id));
            if (it == map.end())
                return parseError(
                    fileName, lineNo, QStringLiteral("ALIAS for node %1, which is not listed above").arg(id));
            it.value() << ip.toString();
            continue;
        }
        qint64 count = 1;
        if (f.size() == 3) {
            count = f.at(2).toLongLong(&ok);
            if (!ok)
                return parseError(fileName, lineNo, QStringLiteral("count is not a number"));
        }
        const ParseError e = addNodeRange(map, id, address, count, fileName, lineNo);
        if (!e.message.isEmpty())
            return e;
    }
    if (map.isEmpty())
        return parseError(fileName, 0, QStringLiteral("no nodes listed"));
    return map;
}

} // namespace omv
