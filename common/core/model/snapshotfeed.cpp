#include "snapshotfeed.h"

#include "snapshotdiff.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace omv
{

namespace
{

constexpr quint32 kMagic = 0x4f4d5646; // "OMVF"
// 2: the collector's interval in every message, the error's detail; 3: the processes' strings
// once per message (Strings)
constexpr quint16 kVersion = 3;

quint64 keyOf(const ProcessInfo& p)
{
    return processKey(p.homeNode, p.pid);
}

// Qt's container operators reserve whatever count they read: a damaged count would allocate
// gigabytes. Counts are checked against the bytes left before anything is allocated.
bool countFits(QDataStream& s, quint32 n)
{
    return s.status() == QDataStream::Ok && n <= quint32(s.device()->bytesAvailable());
}

void putStrings(QDataStream& s, const QStringList& v)
{
    s << quint32(v.size());
    for (const QString& x : v)
        s << x;
}

void getStrings(QDataStream& s, QStringList* v)
{
    quint32 n = 0;
    s >> n;
    if (!countFits(s, n)) {
        s.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    v->clear();
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        QString x;
        s >> x;
        *v << x;
    }
}

void put(QDataStream& s, const std::optional<bool>& v)
{
    s << qint8(v ? (*v ? 1 : 0) : -1);
}

void get(QDataStream& s, std::optional<bool>* v)
{
    qint8 x = -1;
    s >> x;
    *v = x < 0 ? std::nullopt : std::optional<bool>(x == 1);
}

void put(QDataStream& s, const NodeSample& n)
{
    s << qint32(n.id);
    putStrings(s, n.addresses);
    s << n.up << n.loadRaw << n.loadPercent << n.speed << qint32(n.cpus) << n.memTotal << n.memFree << qint32(n.util);
    putStrings(s, n.problems);
    for (const std::optional<bool>* f : { &n.flags.stay, &n.flags.lstay, &n.flags.block, &n.flags.quiet, &n.flags.expel,
             &n.flags.bring, &n.flags.nomfs })
        put(s, *f);
}

void get(QDataStream& s, NodeSample* n)
{
    qint32 id = 0, cpus = -1, util = -1;
    s >> id;
    getStrings(s, &n->addresses);
    s >> n->up >> n->loadRaw >> n->loadPercent >> n->speed >> cpus >> n->memTotal >> n->memFree >> util;
    getStrings(s, &n->problems);
    n->id = id;
    n->cpus = cpus;
    n->util = util;
    for (std::optional<bool>* f : { &n->flags.stay, &n->flags.lstay, &n->flags.block, &n->flags.quiet, &n->flags.expel,
             &n->flags.bring, &n->flags.nomfs })
        get(s, f);
}

// A message's processes share few strings: thousands of rows name a handful of users and
// programs. Each string goes once, in a table before the rows, and a row names it by its
// index — a moment of 5,000 processes was 820 KB as UTF-16 text per row; the reader's rows
// share the table's strings (implicitly) instead of holding a copy each.
class StringTable
{
public:
    quint32 indexOf(const QString& x)
    {
        auto it = m_index.constFind(x);
        if (it == m_index.cend()) {
            it = m_index.insert(x, quint32(m_list.size()));
            m_list << x;
        }
        return it.value();
    }
    const QStringList& strings() const { return m_list; }

private:
    QHash<QString, quint32> m_index;
    QStringList m_list;
};

// The rows as one block of bytes, each field big-endian in place: a moment of 5,000 processes
// is some 120,000 fields, and a QDataStream call per field was most of the time its encoding
// and decoding took (2-3 ms each way).
constexpr int kRowBytes = 4 + 4 + 4 + 1 + 4 + 4 + 4 + 4 + 2 + 8 + 8 + 8 + 8 + 8 + 4 + 1 + 4 + 8 + 4; // without argv

class RowWriter
{
public:
    explicit RowWriter(QByteArray* out)
        : m_out(out)
    {
    }
    template <class T> void put(T v)
    {
        const int at = m_out->size();
        m_out->resize(at + int(sizeof(T)));
        qToBigEndian<T>(v, m_out->data() + at);
    }
    void put(double v) { put<quint64>(bitsOf(v)); }
    void put(bool v) { put<quint8>(v ? 1 : 0); }

private:
    static quint64 bitsOf(double v)
    {
        quint64 x;
        std::memcpy(&x, &v, sizeof x);
        return x;
    }
    QByteArray* m_out;
};

class RowReader
{
public:
    RowReader(const char* at, const char* end)
        : m_at(at)
        , m_end(end)
    {
    }
    qint64 left() const { return m_end - m_at; }
    // Callers check left() for a whole row first.
    template <class T> T get()
    {
        const T v = qFromBigEndian<T>(m_at);
        m_at += sizeof(T);
        return v;
    }
    double getDouble()
    {
        const quint64 x = get<quint64>();
        double v;
        std::memcpy(&v, &x, sizeof v);
        return v;
    }

private:
    const char* m_at;
    const char* m_end;
};

void put(RowWriter& w, const ProcessInfo& p, StringTable& t)
{
    w.put<qint32>(p.pid);
    w.put<qint32>(p.homeNode);
    w.put<qint32>(p.node);
    w.put(p.migrating);
    w.put<qint32>(p.uid);
    w.put<quint32>(t.indexOf(p.user));
    w.put<quint32>(t.indexOf(p.name));
    w.put<quint32>(t.indexOf(p.cantMove));
    w.put<quint16>(p.state.unicode());
    w.put<qint64>(p.cpuTicks);
    w.put<qint64>(p.startTicks);
    w.put(p.cpuPercent);
    w.put<qint64>(p.rssBytes);
    w.put<qint64>(p.vsizeBytes);
    w.put<qint32>(p.nice);
    w.put(p.locked);
    w.put<qint32>(p.migrations);
    w.put<qint64>(p.sinceMs);
    w.put<quint32>(quint32(p.argv.size()));
    for (const QString& a : p.argv)
        w.put<quint32>(t.indexOf(a));
}

// False when the row does not fit the bytes left or names a string the table does not have.
bool get(RowReader& r, ProcessInfo* p, const QStringList& table)
{
    if (r.left() < kRowBytes)
        return false;
    bool ok = true;
    const auto string = [&](QString* x) {
        const quint32 i = r.get<quint32>();
        if (i >= quint32(table.size()))
            ok = false;
        else
            *x = table.at(int(i));
    };
    p->pid = r.get<qint32>();
    p->homeNode = r.get<qint32>();
    p->node = r.get<qint32>();
    p->migrating = r.get<quint8>() != 0;
    p->uid = r.get<qint32>();
    string(&p->user);
    string(&p->name);
    string(&p->cantMove);
    p->state = QChar(r.get<quint16>());
    p->cpuTicks = r.get<qint64>();
    p->startTicks = r.get<qint64>();
    p->cpuPercent = r.getDouble();
    p->rssBytes = r.get<qint64>();
    p->vsizeBytes = r.get<qint64>();
    p->nice = r.get<qint32>();
    p->locked = r.get<quint8>() != 0;
    p->migrations = r.get<qint32>();
    p->sinceMs = r.get<qint64>();
    const quint32 args = r.get<quint32>();
    if (!ok || qint64(args) * 4 > r.left())
        return false;
    p->argv.clear();
    p->argv.reserve(int(args));
    for (quint32 i = 0; i < args && ok; ++i) {
        QString a;
        string(&a);
        p->argv << a;
    }
    return ok;
}

// The table, the count, then the rows' block.
void putProcesses(QDataStream& s, const QVector<ProcessInfo>& v)
{
    StringTable table;
    QByteArray rows;
    rows.reserve(v.size() * (kRowBytes + 16));
    RowWriter w(&rows);
    for (const ProcessInfo& p : v)
        put(w, p, table);
    putStrings(s, table.strings());
    s << quint32(v.size()) << rows;
}

bool getProcesses(QDataStream& s, QVector<ProcessInfo>* v)
{
    QStringList table;
    getStrings(s, &table);
    quint32 n = 0;
    s >> n;
    if (s.status() != QDataStream::Ok || qint64(n) * kRowBytes > s.device()->bytesAvailable())
        return false;
    QByteArray rows;
    s >> rows;
    if (s.status() != QDataStream::Ok)
        return false;
    RowReader r(rows.constData(), rows.constData() + rows.size());
    v->resize(int(n));
    for (ProcessInfo& p : *v)
        if (!get(r, &p, table))
            return false;
    return r.left() == 0;
}

void put(QDataStream& s, const GuestProcess& g)
{
    s << qint32(g.node) << qint32(g.pid) << qint32(g.homeNode) << g.homeAddress << qint32(g.homePid);
}

void get(QDataStream& s, GuestProcess* g)
{
    qint32 node = 0, pid = 0, home = 0, homePid = 0;
    s >> node >> pid >> home >> g->homeAddress >> homePid;
    g->node = node;
    g->pid = pid;
    g->homeNode = home;
    g->homePid = homePid;
}

void put(QDataStream& s, const FeedMessage::Figures& f)
{
    s << f.key << f.cpuTicks << f.cpuPercent << quint16(f.state.unicode()) << f.rssBytes << f.vsizeBytes;
}

void get(QDataStream& s, FeedMessage::Figures* f)
{
    quint16 state = 0;
    s >> f->key >> f->cpuTicks >> f->cpuPercent >> state >> f->rssBytes >> f->vsizeBytes;
    f->state = QChar(state);
}

void put(QDataStream& s, quint64 key)
{
    s << key;
}

void get(QDataStream& s, quint64* key)
{
    s >> *key;
}

template <class T> void putList(QDataStream& s, const QVector<T>& v)
{
    s << quint32(v.size());
    for (const T& x : v)
        put(s, x);
}

// At most what a frame can hold: a count beyond that is a damaged message, not an allocation.
template <class T> bool getList(QDataStream& s, QVector<T>* v)
{
    quint32 n = 0;
    s >> n;
    if (!countFits(s, n))
        return false;
    v->resize(int(n));
    for (T& x : *v)
        get(s, &x);
    return s.status() == QDataStream::Ok;
}

void putErrors(QDataStream& s, const QMap<NodeId, QString>& errors)
{
    s << quint32(errors.size());
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        s << qint32(it.key()) << it.value();
}

bool getErrors(QDataStream& s, QMap<NodeId, QString>* errors)
{
    quint32 n = 0;
    s >> n;
    if (!countFits(s, n))
        return false;
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        qint32 id = 0;
        QString why;
        s >> id >> why;
        errors->insert(id, why);
    }
    return s.status() == QDataStream::Ok;
}

} // namespace

// Whether two rows of one process differ only in what moves every sample (CPU time, state,
// memory): then a short record is sent instead of the row.
bool onlyFiguresDiffer(const ProcessInfo& a, const ProcessInfo& b)
{
    ProcessInfo x = a;
    x.cpuTicks = b.cpuTicks;
    x.cpuPercent = b.cpuPercent;
    x.state = b.state;
    x.rssBytes = b.rssBytes;
    x.vsizeBytes = b.vsizeBytes;
    return x == b;
}

FeedMessage feedFull(const ClusterSnapshot& snapshot, quint64 sequence)
{
    FeedMessage m;
    m.kind = FeedMessage::Kind::Full;
    m.sequence = sequence;
    m.full = snapshot;
    m.full.unchangedHomes.clear(); // a subscriber is always given every process
    m.full.unchangedSince = 0;
    return m;
}

FeedMessage feedDelta(
    const ClusterSnapshot& before, const ClusterSnapshot& after, quint64 baseSequence, quint64 sequence)
{
    FeedMessage m;
    m.kind = FeedMessage::Kind::Delta;
    m.base = baseSequence;
    m.sequence = sequence;
    m.timeMs = after.timeMs;
    m.gatewayError = after.gatewayError;
    m.gatewayErrorDetail = after.gatewayErrorDetail;
    m.nodeErrors = after.nodeErrors;
    m.nodes = after.nodes;
    m.guests = after.guests;
    mergeByKey(
        before.processes.size(), [&](int i) { return keyOf(before.processes[i]); }, after.processes.size(),
        [&](int j) { return keyOf(after.processes[j]); },
        [&](int i, int j) {
            if (j < 0) {
                m.removed << keyOf(before.processes[i]);
            } else if (i < 0) {
                m.upserts << after.processes[j];
            } else if (!(before.processes[i] == after.processes[j])) {
                const ProcessInfo& p = after.processes[j];
                if (onlyFiguresDiffer(before.processes[i], p))
                    m.figures << FeedMessage::Figures { keyOf(p), p.cpuTicks, p.cpuPercent, p.state, p.rssBytes,
                        p.vsizeBytes };
                else
                    m.upserts << p;
            }
        });
    return m;
}

bool applyFeedDelta(ClusterSnapshot* snap, quint64* sequence, const FeedMessage& d, QString* error)
{
    if (d.kind != FeedMessage::Kind::Delta) {
        *error = FeedMessage::tr("not a delta");
        return false;
    }
    if (d.base != *sequence) {
        *error = FeedMessage::tr("the delta follows snapshot %1, this one is %2").arg(d.base).arg(*sequence);
        return false;
    }
    QVector<ProcessInfo> next;
    next.reserve(snap->processes.size() + d.upserts.size());
    // Three sorted lists in one pass: what was, what changed or started, what ended.
    int u = 0, r = 0;
    const auto& old = snap->processes;
    int i = 0;
    while (i < old.size() || u < d.upserts.size()) {
        const quint64 ko = i < old.size() ? keyOf(old[i]) : ~quint64(0);
        const quint64 ku = u < d.upserts.size() ? keyOf(d.upserts[u]) : ~quint64(0);
        if (ku <= ko) {
            next << d.upserts[u++];
            if (ku == ko)
                ++i;
            continue;
        }
        while (r < d.removed.size() && d.removed[r] < ko)
            ++r;
        if (r < d.removed.size() && d.removed[r] == ko) {
            ++i;
            continue;
        }
        next << old[i++];
    }
    // The short records: processes still there whose figures moved (both lists sorted by key).
    int f = 0;
    for (ProcessInfo& p : next) {
        const quint64 k = keyOf(p);
        while (f < d.figures.size() && d.figures[f].key < k)
            ++f;
        if (f < d.figures.size() && d.figures[f].key == k) {
            const FeedMessage::Figures& x = d.figures[f];
            p.cpuTicks = x.cpuTicks;
            p.cpuPercent = x.cpuPercent;
            p.state = x.state;
            p.rssBytes = x.rssBytes;
            p.vsizeBytes = x.vsizeBytes;
        }
    }
    snap->processes = std::move(next);
    snap->timeMs = d.timeMs;
    snap->gatewayError = d.gatewayError;
    snap->gatewayErrorDetail = d.gatewayErrorDetail;
    snap->nodeErrors = d.nodeErrors;
    snap->nodes = d.nodes;
    snap->guests = d.guests;
    snap->sequence = d.sequence;
    *sequence = d.sequence;
    return true;
}

QByteArray encodeFeed(const FeedMessage& m)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_5_15);
    s << kMagic << kVersion << quint8(m.kind) << m.sequence << m.base << m.intervalMs;
    if (m.kind == FeedMessage::Kind::Full) {
        const ClusterSnapshot& f = m.full;
        s << f.timeMs << f.backend << f.gateway << f.gatewayError << f.gatewayErrorDetail;
        putErrors(s, f.nodeErrors);
        putList(s, f.nodes);
        putProcesses(s, f.processes);
        putList(s, f.guests);
    } else {
        s << m.timeMs << m.gatewayError << m.gatewayErrorDetail;
        putErrors(s, m.nodeErrors);
        putList(s, m.nodes);
        putProcesses(s, m.upserts);
        putList(s, m.figures);
        putList(s, m.removed);
        putList(s, m.guests);
    }
    return out;
}

std::optional<FeedMessage> decodeFeed(const QByteArray& bytes, QString* error)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_5_15);
    quint32 magic = 0;
    quint16 version = 0;
    quint8 kind = 0;
    FeedMessage m;
    s >> magic >> version >> kind >> m.sequence >> m.base;
    if (magic != kMagic || s.status() != QDataStream::Ok) {
        *error = FeedMessage::tr("not a snapshot feed message");
        return std::nullopt;
    }
    if (version != kVersion) {
        *error = FeedMessage::tr("feed version %1, this program reads %2").arg(version).arg(kVersion);
        return std::nullopt;
    }
    s >> m.intervalMs;
    bool ok = false;
    if (kind == quint8(FeedMessage::Kind::Full)) {
        m.kind = FeedMessage::Kind::Full;
        ClusterSnapshot& f = m.full;
        s >> f.timeMs >> f.backend >> f.gateway >> f.gatewayError >> f.gatewayErrorDetail;
        ok = getErrors(s, &f.nodeErrors) && getList(s, &f.nodes) && getProcesses(s, &f.processes)
            && getList(s, &f.guests);
        f.sequence = m.sequence;
    } else if (kind == quint8(FeedMessage::Kind::Delta)) {
        m.kind = FeedMessage::Kind::Delta;
        s >> m.timeMs >> m.gatewayError >> m.gatewayErrorDetail;
        ok = getErrors(s, &m.nodeErrors) && getList(s, &m.nodes) && getProcesses(s, &m.upserts)
            && getList(s, &m.figures) && getList(s, &m.removed) && getList(s, &m.guests);
    }
    if (!ok || !s.atEnd()) {
        *error = FeedMessage::tr("a damaged snapshot feed message");
        return std::nullopt;
    }
    return m;
}

} // namespace omv
