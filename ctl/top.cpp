#include "top.h"

#include "output.h"

#include "core/util/maintext.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace omv::ctl
{

namespace
{

using Tr = MainText;

QString fit(const QString& text, int width)
{
    return text.size() <= width ? text.leftJustified(width) : text.left(std::max(0, width - 1)) + QStringLiteral("…");
}

QString paint(const QString& text, const char* sgr, bool colour)
{
    return colour && !text.isEmpty()
        ? QStringLiteral("\x1b[%1m").arg(QLatin1String(sgr)) + text + QStringLiteral("\x1b[0m")
        : text;
}

// A bar of `width` cells for `fraction` (0..1, more shows a + at its end).
QString bar(double fraction, int width, bool unicode, bool colour, bool hot)
{
    const int full = int(std::lround(std::clamp(fraction, 0.0, 1.0) * width));
    QString filled = QString(full, unicode ? QChar(0x2588) : QLatin1Char('#'));
    QString empty = QString(width - full, unicode ? QChar(0x2591) : QLatin1Char('.'));
    if (fraction > 1.0 && width > 0)
        filled[width - 1] = QLatin1Char('+');
    return paint(filled, hot ? "31" : "32", colour) + paint(empty, "2", colour);
}

// "268M", "2.0G": memory in the few characters a monitor's column has.
QString compact(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("–");
    const char* units = "KMGTP";
    double v = double(bytes) / 1024;
    int u = 0;
    while (v >= 1000 && u < 4) {
        v /= 1024;
        ++u;
    }
    return QString::number(v, 'f', v < 10 ? 1 : 0) + QLatin1Char(units[u]);
}

// The first `width` characters that show, escape sequences kept whole (and the colour ended).
QString clip(const QString& line, int width)
{
    QString out;
    int shown = 0;
    bool painted = false;
    for (int i = 0; i < line.size(); ++i) {
        if (line[i] == QChar(0x1b)) {
            const int end = line.indexOf(QLatin1Char('m'), i);
            if (end < 0)
                break;
            out += line.mid(i, end - i + 1);
            painted = true;
            i = end;
            continue;
        }
        if (shown == width)
            break;
        out += line[i];
        ++shown;
    }
    if (painted && !out.endsWith(QLatin1String("\x1b[0m")))
        out += QStringLiteral("\x1b[0m");
    return out;
}

} // namespace

const char* TopView::orderName(NodeOrder order)
{
    switch (order) {
    case NodeOrder::Load:
        return QT_TRANSLATE_NOOP("main", "load");
    case NodeOrder::Memory:
        return QT_TRANSLATE_NOOP("main", "memory");
    case NodeOrder::Id:
        break;
    }
    return QT_TRANSLATE_NOOP("main", "node id");
}

QStringList TopView::render(const ClusterSnapshot& now, const ClusterSnapshot* before, int width, int height) const
{
    width = std::max(width, 40);
    QStringList lines;
    const QString clock = QDateTime::fromMSecsSinceEpoch(now.timeMs).toString(QStringLiteral("HH:mm:ss"));
    lines << fit(QStringLiteral("%1 — %2 · %3").arg(title, source, clock), width);
    int up = 0, cpus = 0;
    qint64 used = 0, total = 0;
    double load = 0;
    for (const NodeSample& n : now.nodes) {
        if (!n.up)
            continue;
        ++up;
        const int c = std::max(1, n.cpus);
        cpus += c;
        load += std::max(0.0, n.loadPercent) * c;
        if (n.memTotal > 0) {
            used += std::max<qint64>(0, n.memUsed());
            total += n.memTotal;
        }
    }
    lines << fit(Tr::tr("%1 of %2 nodes up · load %3 % · memory %4 of %5 · %6 processes")
                     .arg(up)
                     .arg(now.nodes.size())
                     .arg(cpus ? load / cpus : 0, 0, 'f', 0)
                     .arg(bytesText(used), bytesText(total))
                     .arg(now.processes.size()),
        width);
    if (help) {
        lines << QString();
        for (const QString& h : { Tr::tr("q      quit"), Tr::tr("s      sort the nodes: id, load, memory"),
                 Tr::tr("space  sample now (when not following the collector)"),
                 Tr::tr("h ?    this help (again: back)") })
            lines << fit(QStringLiteral("  ") + h, width);
        lines = lines.mid(0, height);
        for (QString& l : lines)
            l = clip(l, width);
        return lines;
    }
    lines << QString();
    // Nodes: id, address, load bar, load %, memory bar, memory, CPUs, processes.
    QHash<NodeId, int> running;
    for (const ProcessInfo& p : now.processes)
        ++running[p.node];
    // NODE ADDRESS  [load bar] LLL %  [memory bar] UUUU/TTTT  CPUS PROCS
    const int fixed = 6 + 16 + 7 + 12 + 5 + 6;
    const int barWidth = std::clamp((width - fixed) / 2, 5, 60);
    lines << paint(fit(QStringLiteral("%1 %2 %3%4%5 %6")
                           .arg(Tr::tr("NODE"), 5)
                           .arg(fit(Tr::tr("ADDRESS"), 15))
                           .arg(fit(Tr::tr("LOAD"), barWidth + 7))
                           .arg(fit(Tr::tr("MEMORY"), barWidth + 12))
                           .arg(Tr::tr("CPUS"), 4)
                           .arg(Tr::tr("PROCS"), 5),
                       width),
        "2", colour);
    QVector<const NodeSample*> nodes;
    for (const NodeSample& n : now.nodes)
        nodes << &n;
    std::stable_sort(nodes.begin(), nodes.end(), [this](const NodeSample* a, const NodeSample* b) {
        if (order == NodeOrder::Load)
            return (a->up ? a->loadPercent : -2) > (b->up ? b->loadPercent : -2);
        if (order == NodeOrder::Memory) {
            auto share = [](const NodeSample* n) {
                return n->up && n->memTotal > 0 ? double(n->memUsed()) / double(n->memTotal) : -1.0;
            };
            return share(a) > share(b);
        }
        return a->id < b->id;
    });
    const int processRows = 3;
    const int nodeRows = std::max(1, height - int(lines.size()) - processRows - 3);
    int shown = 0;
    for (const NodeSample* n : nodes) {
        if (shown == nodeRows - 1 && nodes.size() > nodeRows) {
            lines << fit(Tr::tr("  … and %1 more nodes (make the terminal taller)").arg(nodes.size() - shown), width);
            break;
        }
        ++shown;
        const QString head = QStringLiteral("%1 %2 ").arg(n->id, 5).arg(fit(plainText(n->addresses.value(0)), 15));
        if (!n->up) {
            lines << head + paint(Tr::tr("down"), "1;31", colour);
            continue;
        }
        const double l = std::max(0.0, n->loadPercent);
        const double m = n->memTotal > 0 ? double(n->memUsed()) / double(n->memTotal) : 0;
        lines << head + bar(l / 100.0, barWidth, unicode, colour, l >= 100) + QStringLiteral(" %1 % ").arg(l, 3, 'f', 0)
                + bar(m, barWidth, unicode, colour, m > 0.9)
                + QStringLiteral(" %1").arg(
                    QStringLiteral("%1/%2").arg(compact(n->memUsed()), compact(n->memTotal)), 11)
                + QStringLiteral("%1 %2").arg(n->cpus, 4).arg(running.value(n->id), 5);
    }
    // The busiest processes in what room is left.
    const int room = height - int(lines.size()) - 2;
    if (room >= 2) {
        lines << QString();
        lines << paint(fit(QStringLiteral("%1 %2 %3 %4 %5 %6")
                               .arg(Tr::tr("PID@HOME"), 12)
                               .arg(Tr::tr("NODE"), 5)
                               .arg(fit(Tr::tr("USER"), 10))
                               .arg(Tr::tr("CPU%"), 6)
                               .arg(Tr::tr("MEM"), 10)
                               .arg(Tr::tr("COMMAND")),
                           width),
            "2", colour);
        QHash<qint64, const ProcessInfo*> was;
        if (before)
            for (const ProcessInfo& p : before->processes)
                was.insert(processKey(p.homeNode, p.pid), &p);
        const double seconds = before ? double(now.timeMs - before->timeMs) / 1000.0 : 0;
        QVector<QPair<double, const ProcessInfo*>> busy;
        for (const ProcessInfo& p : now.processes) {
            const ProcessInfo* b = was.value(processKey(p.homeNode, p.pid));
            busy << qMakePair(b ? p.cpuPercentSince(*b, seconds) : p.cpuPercent, &p);
        }
        std::stable_sort(busy.begin(), busy.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (int i = 0; i < busy.size() && i < room - 1; ++i) {
            const ProcessInfo& p = *busy[i].second;
            const QString where = p.node != p.homeNode ? paint(QStringLiteral("%1").arg(p.node, 5), "32", colour)
                                                       : QStringLiteral("%1").arg(p.node, 5);
            const QString command
                = plainText(p.argv.isEmpty() ? QLatin1Char('[') + p.name + QLatin1Char(']') : p.commandLine());
            lines << QStringLiteral("%1 ").arg(QStringLiteral("%1@%2").arg(p.pid).arg(p.homeNode), 12) + where
                    + QLatin1Char(' ') + fit(plainText(p.user), 10)
                    + QStringLiteral(" %1 %2 ")
                          .arg(busy[i].first < 0 ? QStringLiteral("–") : QString::number(busy[i].first, 'f', 1), 6)
                          .arg(bytesText(p.rssBytes), 10)
                    + fit(command, std::max(8, width - 48));
        }
    }
    while (lines.size() < height - 1)
        lines << QString();
    lines = lines.mid(0, height - 1);
    lines << paint(fit(Tr::tr("q quit · s sort (%1) · h help").arg(Tr::tr(orderName(order))), width), "7", colour);
    for (QString& l : lines)
        l = clip(l, width);
    return lines;
}

} // namespace omv::ctl
