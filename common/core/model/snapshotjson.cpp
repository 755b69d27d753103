#include "snapshotjson.h"

#include <QJsonArray>

namespace omv
{

static QJsonValue num(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}

static QJsonValue flag(const std::optional<bool>& f)
{
    return f ? QJsonValue(*f) : QJsonValue();
}

QJsonObject snapshotToJson(const ClusterSnapshot& s)
{
    QJsonArray nodes;
    for (const NodeSample& n : s.nodes) {
        QJsonObject flags {
            { QStringLiteral("stay"), flag(n.flags.stay) },
            { QStringLiteral("lstay"), flag(n.flags.lstay) },
            { QStringLiteral("block"), flag(n.flags.block) },
            { QStringLiteral("quiet"), flag(n.flags.quiet) },
            { QStringLiteral("expel"), flag(n.flags.expel) },
            { QStringLiteral("bring"), flag(n.flags.bring) },
            { QStringLiteral("nomfs"), flag(n.flags.nomfs) },
        };
        QJsonObject o {
            { QStringLiteral("id"), n.id },
            { QStringLiteral("addresses"), QJsonArray::fromStringList(n.addresses) },
            { QStringLiteral("up"), n.up },
            { QStringLiteral("load_raw"), n.up ? num(n.loadRaw) : QJsonValue() },
            { QStringLiteral("load_percent"), n.loadPercent < 0 ? QJsonValue() : QJsonValue(n.loadPercent) },
            { QStringLiteral("speed"), num(n.speed) },
            { QStringLiteral("cpus"), num(n.cpus) },
            { QStringLiteral("mem_total"), num(n.memTotal) },
            { QStringLiteral("mem_free"), num(n.memFree) },
            { QStringLiteral("util"), num(n.util) },
            { QStringLiteral("flags"), flags },
        };
        if (!n.problems.isEmpty())
            o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(n.problems));
        nodes.append(o);
    }
    QJsonArray procs;
    for (const ProcessInfo& p : s.processes) {
        procs.append(QJsonObject {
            { QStringLiteral("pid"), p.pid },
            { QStringLiteral("home"), p.homeNode },
            { QStringLiteral("node"), p.node },
            { QStringLiteral("migrating"), p.migrating },
            { QStringLiteral("uid"), num(p.uid) },
            { QStringLiteral("user"), p.user },
            { QStringLiteral("name"), p.name },
            { QStringLiteral("argv"), QJsonArray::fromStringList(p.argv) },
            { QStringLiteral("state"), QString(p.state) },
            { QStringLiteral("cpu_ticks"), num(p.cpuTicks) },
            { QStringLiteral("rss"), num(p.rssBytes) },
            { QStringLiteral("vsize"), num(p.vsizeBytes) },
            { QStringLiteral("nice"), p.nice },
            { QStringLiteral("locked"), p.locked },
            { QStringLiteral("migrations"), p.migrations },
            { QStringLiteral("cant_move"), p.cantMove },
        });
    }
    QJsonArray guests;
    for (const GuestProcess& g : s.guests) {
        guests.append(QJsonObject { { QStringLiteral("node"), g.node }, { QStringLiteral("pid"), g.pid },
            { QStringLiteral("home"), g.homeNode }, { QStringLiteral("home_address"), g.homeAddress },
            { QStringLiteral("home_pid"), g.homePid ? QJsonValue(g.homePid) : QJsonValue() } });
    }
    QJsonArray errors;
    for (auto it = s.nodeErrors.cbegin(); it != s.nodeErrors.cend(); ++it)
        errors.append(QJsonObject { { QStringLiteral("node"), it.key() }, { QStringLiteral("error"), it.value() } });
    return QJsonObject {
        { QStringLiteral("time_ms"), double(s.timeMs) },
        { QStringLiteral("backend"), s.backend },
        { QStringLiteral("gateway"), s.gateway },
        { QStringLiteral("gateway_error"), s.gatewayError.isEmpty() ? QJsonValue() : QJsonValue(s.gatewayError) },
        { QStringLiteral("gateway_error_detail"),
            s.gatewayErrorDetail.isEmpty() ? QJsonValue() : QJsonValue(s.gatewayErrorDetail) },
        { QStringLiteral("nodes"), nodes },
        { QStringLiteral("processes"), procs },
        { QStringLiteral("guests"), guests },
        { QStringLiteral("errors"), errors },
    };
}

} // namespace omv
