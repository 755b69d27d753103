// openmosixcollector --metrics: scraped with a real HTTP client (curl) while it records an omsim
// cluster through sshd; the text checked against the exposition format's rules by a strict
// parser and by promtool (Debian's prometheus package) and against the snapshot the same
// profile gives with --once --json; misbehaving clients (silent, too many, malformed, huge) do
// not hold up the answers or the sampling.
#include "core/backend/clusterbackend.h"
#include "core/store/sqlite.h"
#include "support/testcluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <csignal>

using namespace omv;
using omv::test::TestCluster;

namespace
{

QString scenario(const QTemporaryDir& dir)
{
    const QString path = dir.path() + QStringLiteral("/metrics.scenario");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("kernel openmosix\n"
            "node 1 speed=10000 cpus=2 mem=4096\n"
            "node 2 speed=15000 cpus=4 mem=8192\n"
            "node 3 speed=10000 cpus=1 mem=2048\n"
            "spawn 1 1 cmd=\"render \\\"scene\\\" --frame 7\" user=alice cpu=1 mem=64\n"
            "spawn 1 1 cmd=\"sleep 1000\" user=bob cpu=0.01 mem=1\n");
    return path;
}

struct Sample {
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

// The text exposition format (0.0.4), strictly: what a Prometheus server would refuse fails here.
QVector<Sample> parseExposition(const QByteArray& text, QString* error)
{
    QVector<Sample> out;
    static const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    QHash<QString, QString> types;
    QSet<QString> helped, finished, series;
    QString currentFamily;
    if (!text.endsWith('\n')) {
        *error = QStringLiteral("the text does not end with a newline");
        return out;
    }
    const QList<QByteArray> lines = text.left(text.size() - 1).split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines[n]);
        const auto fail = [&](const QString& why) {
            *error = QStringLiteral("line %1: %2: %3").arg(n + 1).arg(why, line);
            return QVector<Sample>();
        };
        if (line.isEmpty())
            return fail(QStringLiteral("empty line"));
        if (line.startsWith(QLatin1String("# HELP ")) || line.startsWith(QLatin1String("# TYPE "))) {
            const QStringList f = line.mid(7).split(QLatin1Char(' '));
            if (f.size() < 2 || !metricName.match(f[0]).hasMatch())
                return fail(QStringLiteral("bad comment"));
            if (line.startsWith(QLatin1String("# TYPE "))) {
                static const QStringList kinds { QStringLiteral("counter"), QStringLiteral("gauge"),
                    QStringLiteral("histogram"), QStringLiteral("summary"), QStringLiteral("untyped") };
                if (f.size() != 2 || !kinds.contains(f[1]) || types.contains(f[0]))
                    return fail(QStringLiteral("bad or repeated TYPE"));
                if (finished.contains(f[0]) || currentFamily == f[0])
                    return fail(QStringLiteral("TYPE after the family's samples"));
                types.insert(f[0], f[1]);
            } else if (helped.contains(f[0])) {
                return fail(QStringLiteral("repeated HELP"));
            } else {
                helped.insert(f[0]);
            }
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            continue;
        // name{label="value",...} value
        Sample s;
        int i = 0;
        while (i < line.size() && line[i] != QLatin1Char('{') && line[i] != QLatin1Char(' '))
            ++i;
        s.name = line.left(i);
        if (!metricName.match(s.name).hasMatch())
            return fail(QStringLiteral("bad metric name"));
        if (i < line.size() && line[i] == QLatin1Char('{')) {
            ++i;
            while (i < line.size() && line[i] != QLatin1Char('}')) {
                int eq = line.indexOf(QLatin1Char('='), i);
                if (eq < 0)
                    return fail(QStringLiteral("label without ="));
                const QString name = line.mid(i, eq - i);
                if (!labelName.match(name).hasMatch() || name.startsWith(QLatin1String("__"))
                    || s.labels.contains(name))
                    return fail(QStringLiteral("bad or repeated label name"));
                if (eq + 1 >= line.size() || line[eq + 1] != QLatin1Char('"'))
                    return fail(QStringLiteral("label value not quoted"));
                QString value;
                int k = eq + 2;
                for (; k < line.size() && line[k] != QLatin1Char('"'); ++k) {
                    if (line[k] == QLatin1Char('\\')) {
                        ++k;
                        if (k >= line.size() || !QStringLiteral("\\\"n").contains(line[k]))
                            return fail(QStringLiteral("bad escape in a label value"));
                        value += line[k] == QLatin1Char('n') ? QLatin1Char('\n') : line[k];
                    } else {
                        value += line[k];
                    }
                }
                if (k >= line.size())
                    return fail(QStringLiteral("unterminated label value"));
                s.labels.insert(name, value);
                i = k + 1;
                if (i < line.size() && line[i] == QLatin1Char(','))
                    ++i;
            }
            if (i >= line.size())
                return fail(QStringLiteral("unterminated label set"));
            ++i;
        }
        if (i >= line.size() || line[i] != QLatin1Char(' '))
            return fail(QStringLiteral("no space before the value"));
        const QStringList rest = line.mid(i + 1).split(QLatin1Char(' '));
        bool ok = rest.size() <= 2;
        s.value = rest.value(0).toDouble(&ok);
        if (!ok && rest.value(0) != QLatin1String("NaN") && !rest.value(0).endsWith(QLatin1String("Inf")))
            return fail(QStringLiteral("bad value"));
        // A family's samples together, after its TYPE; counters never negative and named _total.
        if (s.name != currentFamily) {
            if (finished.contains(s.name))
                return fail(QStringLiteral("the family's samples are not together"));
            if (!currentFamily.isEmpty())
                finished.insert(currentFamily);
            currentFamily = s.name;
        }
        if (!types.contains(s.name))
            return fail(QStringLiteral("sample without TYPE"));
        if (types.value(s.name) == QLatin1String("counter")
            && (!s.name.endsWith(QLatin1String("_total")) || s.value < 0))
            return fail(QStringLiteral("a counter must end in _total and not be negative"));
        QStringList key { s.name };
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            key << it.key() + QLatin1Char('=') + it.value();
        if (series.contains(key.join(QLatin1Char('\x1f'))))
            return fail(QStringLiteral("the same series twice"));
        series.insert(key.join(QLatin1Char('\x1f')));
        out << s;
    }
    return out;
}

double value(const QVector<Sample>& samples, const QString& name, int node, const QString& cause = QString())
{
    for (const Sample& s : samples) {
        if (s.name == name && (node == 0 || s.labels.value(QStringLiteral("node")) == QString::number(node))
            && (cause.isEmpty() || s.labels.value(QStringLiteral("cause")) == cause))
            return s.value;
    }
    return std::nan("");
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_cluster { omv::test::testPort(22930), scenario(m_files), { QStringLiteral("--manual") } };
    QString m_profile;
    QProcess m_collector;
    QString m_url;
    QString m_db;

    static QByteArray curl(const QStringList& args, int* code = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("curl"),
            QStringList { QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("10"),
                QStringLiteral("-w"), QStringLiteral("\n%{http_code}") }
                + args);
        p.waitForFinished(15000);
        QByteArray out = p.readAllStandardOutput();
        const int nl = out.lastIndexOf('\n');
        if (code)
            *code = out.mid(nl + 1).toInt();
        return out.left(nl);
    }
    qint64 samples() const
    {
        sql::Database d;
        if (!d.open(m_db, sql::Database::Mode::ReadOnly))
            return -1;
        sql::Statement q = d.prepare("SELECT count(DISTINCT ts) FROM node_sample");
        return q.step() ? q.int64(0) : -1;
    }
    QVector<Sample> scrape()
    {
        int code = 0;
        const QByteArray text = curl({ m_url }, &code);
        QString error;
        const QVector<Sample> s = parseExposition(text, &error);
        if (code != 200 || !error.isEmpty())
            qWarning("scrape: HTTP %d, %s", code, qPrintable(error));
        return s;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_profile = m_cluster.writeProfile(QStringLiteral("openmosix"));
        m_db = m_files.path() + QStringLiteral("/metrics.db");
        m_collector.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), m_db, QStringLiteral("--interval"),
                QStringLiteral("1"), QStringLiteral("--metrics"), QStringLiteral("127.0.0.1:0") });
        // The port the kernel gave, from the collector's log line.
        static const QRegularExpression line(QStringLiteral("metrics on (http://127\\.0\\.0\\.1:\\d+/metrics)"));
        QByteArray err;
        QElapsedTimer t;
        t.start();
        while (m_url.isEmpty() && t.elapsed() < 15000) {
            m_collector.waitForReadyRead(200);
            err += m_collector.readAllStandardError();
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(err));
            if (m.hasMatch())
                m_url = m.captured(1);
        }
        QVERIFY2(!m_url.isEmpty(), err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(samples() >= 2, 20000);
    }
    void cleanupTestCase()
    {
        ::kill(pid_t(m_collector.processId()), SIGTERM);
        QVERIFY(m_collector.waitForFinished(15000));
        QCOMPARE(m_collector.exitCode(), 0);
        m_cluster.stop();
    }

    void theTextFollowsTheFormatAndTheSnapshot()
    {
        int code = 0;
        const QByteArray text = curl({ QStringLiteral("-i"), m_url }, &code);
        QCOMPARE(code, 200);
        QVERIFY(text.contains("Content-Type: text/plain; version=0.0.4"));
        // Prometheus' own checker agrees (beside the strict parser below).
        {
            QProcess promtool;
            promtool.start(QStringLiteral("promtool"), { QStringLiteral("check"), QStringLiteral("metrics") });
            QVERIFY2(promtool.waitForStarted(), "promtool (Debian's prometheus package) is not installed");
            promtool.write(curl({ m_url }));
            promtool.closeWriteChannel();
            QVERIFY(promtool.waitForFinished(30000));
            const QByteArray said = promtool.readAllStandardOutput() + promtool.readAllStandardError();
            QVERIFY2(promtool.exitCode() == 0, said.constData());
        }
        // HEAD: the head a GET gets (its length too), and no body (it said Content-Length: 0).
        const QByteArray get = curl({ m_url });
        const QByteArray head = curl({ QStringLiteral("-I"), m_url }, &code);
        QCOMPARE(code, 200);
        const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"));
        const qint64 announced = length.match(QString::fromLatin1(head)).captured(1).toLongLong();
        QVERIFY2(announced > 1000 && qAbs(announced - get.size()) < get.size() / 10, head.constData());
        const QVector<Sample> s = scrape();
        QVERIFY(s.size() > 40);
        // What --once --json of the same profile says (omsim stands still: --manual).
        QProcess once;
        once.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--once"), QStringLiteral("--json") });
        QVERIFY(once.waitForFinished(20000));
        const QJsonArray nodes
            = QJsonDocument::fromJson(once.readAllStandardOutput()).object().value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 3);
        for (const QJsonValue& v : nodes) {
            const QJsonObject n = v.toObject();
            const int id = n.value(QStringLiteral("id")).toInt();
            QCOMPARE(value(s, QStringLiteral("omv_node_up"), id), 1.0);
            QCOMPARE(value(s, QStringLiteral("omv_node_memory_total_bytes"), id),
                n.value(QStringLiteral("mem_total")).toDouble());
            QCOMPARE(value(s, QStringLiteral("omv_node_memory_free_bytes"), id),
                n.value(QStringLiteral("mem_free")).toDouble());
            QCOMPARE(value(s, QStringLiteral("omv_node_cpus"), id), n.value(QStringLiteral("cpus")).toDouble());
            QCOMPARE(value(s, QStringLiteral("omv_node_speed"), id), n.value(QStringLiteral("speed")).toDouble());
            QCOMPARE(value(s, QStringLiteral("omv_node_load_raw"), id), n.value(QStringLiteral("load_raw")).toDouble());
            QCOMPARE(value(s, QStringLiteral("omv_node_load_percent"), id),
                n.value(QStringLiteral("load_percent")).toDouble());
        }
        QCOMPARE(value(s, QStringLiteral("omv_node_processes"), 1), 2.0);
        QCOMPARE(value(s, QStringLiteral("omv_cluster_nodes"), 0), 3.0);
        for (const Sample& x : s) {
            QVERIFY(x.labels.value(QStringLiteral("cluster")) == QLatin1String("test-openmosix"));
            if (x.name.startsWith(QLatin1String("omv_node_")))
                QCOMPARE(x.labels.value(QStringLiteral("address")),
                    m_cluster.address(x.labels.value(QStringLiteral("node")).toInt()));
        }
        QVERIFY(value(s, QStringLiteral("omv_collector_samples_total"), 0) >= 2);
        QVERIFY(value(s, QStringLiteral("omv_collector_database_size_bytes"), 0) > 0);
        QVERIFY(value(s, QStringLiteral("omv_collector_sample_duration_seconds"), 0) > 0);
        QVERIFY(value(s, QStringLiteral("omv_collector_database_write_seconds"), 0) > 0);
    }

    void aMigrationIsCounted()
    {
        const std::unique_ptr<ClusterBackend> b = omv::test::backendFor(m_profile);
        const ClusterSnapshot snap = b->snapshot();
        int pid = 0;
        for (const ProcessInfo& p : snap.processes)
            if (p.argv.value(0) == QLatin1String("render"))
                pid = p.pid;
        QVERIFY(pid > 0);
        QCOMPARE(value(scrape(), QStringLiteral("omv_node_migrations_in_total"), 2, QStringLiteral("balancer")), 0.0);
        QVERIFY(test::send(*b, Command::migrate(1, pid, 2)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            value(scrape(), QStringLiteral("omv_node_migrations_in_total"), 2, QStringLiteral("balancer")), 1.0, 10000);
        const QVector<Sample> s = scrape();
        QCOMPARE(value(s, QStringLiteral("omv_node_migrations_out_total"), 1, QStringLiteral("balancer")), 1.0);
        QCOMPARE(value(s, QStringLiteral("omv_node_guests"), 2), 1.0);
        QVERIFY(test::send(*b, Command::migrateHome(1, pid)).ok());
    }

    void misbehavingClientsHoldNothingUp()
    {
        const QUrl url(m_url);
        // A client that connects and says nothing, and seven more from its address: that
        // address's share is taken; its next is closed at once, and a real scrape after the silent
        // ones time out works.
        QList<QTcpSocket*> idle;
        for (int i = 0; i < 8; ++i) { // MetricsServer::kPerAddress
            auto* s = new QTcpSocket(this);
            s->connectToHost(url.host(), quint16(url.port()));
            QVERIFY(s->waitForConnected(2000));
            idle << s;
        }
        QTcpSocket extra;
        extra.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(extra.waitForConnected(2000));
        QTRY_VERIFY_WITH_TIMEOUT(
            extra.state() == QAbstractSocket::UnconnectedState || !extra.waitForReadyRead(100), 3000);
        QVERIFY(extra.readAll().isEmpty());
        const qint64 before = samples();
        QElapsedTimer t;
        t.start();
        // The silent ones are dropped after 1 s; sampling went on meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(idle.last()->state() == QAbstractSocket::UnconnectedState
                || (idle.last()->waitForDisconnected(100), idle.last()->state() == QAbstractSocket::UnconnectedState),
            5000);
        QVERIFY(t.elapsed() >= 750); // MetricsServer::kRequestMs: 1 s
        qDeleteAll(idle);
        int code = 0;
        t.restart();
        curl({ m_url }, &code);
        QCOMPARE(code, 200);
        QVERIFY(t.elapsed() < 1000);
        QTRY_VERIFY_WITH_TIMEOUT(samples() >= before + 2, 10000);
        // Wrong requests: answered and closed.
        curl({ m_url.left(m_url.lastIndexOf(QLatin1Char('/'))) + QStringLiteral("/other") }, &code);
        QCOMPARE(code, 404);
        curl({ QStringLiteral("-X"), QStringLiteral("POST"), m_url }, &code);
        QCOMPARE(code, 405);
        curl({ QStringLiteral("-H"), QStringLiteral("X-Big: ") + QString(9000, QLatin1Char('a')), m_url }, &code);
        QCOMPARE(code, 400);
        QTcpSocket garbage;
        garbage.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(garbage.waitForConnected(2000));
        garbage.write("hello there\r\n\r\n");
        QVERIFY(garbage.waitForReadyRead(2000));
        QVERIFY(garbage.readAll().startsWith("HTTP/1.1 400"));
    }

    void aSlowlorisCannotKeepScrapesOut()
    {
        // Issue 26: 40 slow clients that re-open as soon as they are dropped made 19 of 20
        // scrapes fail. Here 80 of them from ten other addresses (127.0.0.2-11), a byte every
        // 200 ms: every one of 20 scrapes is answered, and the slow ones are dropped (they
        // keep coming back).
        const QUrl url(m_url);
        QList<QTcpSocket*> slow;
        int reopened = 0;
        const auto open = [&](QTcpSocket* s, int i) {
            s->abort();
            s->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i % 10)));
            s->connectToHost(url.host(), quint16(url.port()));
        };
        for (int i = 0; i < 80; ++i) {
            slow << new QTcpSocket(this);
            open(slow.last(), i);
        }
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&] {
            for (int i = 0; i < slow.size(); ++i) {
                if (slow[i]->state() == QAbstractSocket::UnconnectedState) {
                    open(slow[i], i);
                    ++reopened;
                } else if (slow[i]->state() == QAbstractSocket::ConnectedState) {
                    slow[i]->write("G");
                }
            }
        });
        drip.start(200);
        QTest::qWait(1500);
        int answered = 0;
        for (int k = 0; k < 20; ++k) {
            QTcpSocket s;
            s.connectToHost(url.host(), quint16(url.port()));
            if (s.waitForConnected(2000)) {
                s.write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
                QByteArray got;
                while (s.waitForReadyRead(2000))
                    got += s.readAll();
                answered += got.startsWith("HTTP/1.1 200");
            }
            QTest::qWait(150); // the slow ones re-open meanwhile
        }
        drip.stop();
        qDeleteAll(slow);
        QCOMPARE(answered, 20);
        QVERIFY2(reopened > 80, qPrintable(QString::number(reopened)));
    }

    void aScrapeAnswersFromTheLastSample()
    {
        // Twenty scrapes in a row: each well under 10 ms here (3 nodes; bench_metrics measures
        // 1,000), never waiting for a sample.
        QVector<qint64> us;
        for (int i = 0; i < 20; ++i) {
            QTcpSocket s;
            QElapsedTimer t;
            t.start();
            s.connectToHost(QUrl(m_url).host(), quint16(QUrl(m_url).port()));
            QVERIFY(s.waitForConnected(2000));
            s.write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
            QByteArray got;
            while (s.waitForReadyRead(2000))
                got += s.readAll();
            got += s.readAll();
            us << t.nsecsElapsed() / 1000;
            QVERIFY(got.startsWith("HTTP/1.1 200"));
        }
        std::sort(us.begin(), us.end());
        QVERIFY2(us[us.size() / 2] < 10000, qPrintable(QString::number(us[us.size() / 2])));
    }

    void theGrafanaDashboardUsesWhatIsServed()
    {
        // resources/grafana: valid JSON, and every metric its queries name is one a scrape has.
        QFile f(TestCluster::sourceDir() + QStringLiteral("/resources/grafana/openmosixview-dashboard.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError pe {};
        const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QSet<QString> served;
        for (const Sample& s : scrape())
            served.insert(s.name);
        static const QRegularExpression metric(QStringLiteral("omv_[a-z_]+"));
        int queries = 0;
        for (const QJsonValue& p : d.object().value(QStringLiteral("panels")).toArray()) {
            for (const QJsonValue& t : p.toObject().value(QStringLiteral("targets")).toArray()) {
                auto it = metric.globalMatch(t.toObject().value(QStringLiteral("expr")).toString());
                while (it.hasNext()) {
                    const QString name = it.next().captured(0);
                    QVERIFY2(served.contains(name), qPrintable(name));
                    ++queries;
                }
            }
        }
        QVERIFY(queries >= 12);
    }

    void anotherAddressThanLoopbackIsWarnedAbout()
    {
        QProcess c;
        c.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"),
                m_files.path() + QStringLiteral("/any.db"), QStringLiteral("--metrics"), QStringLiteral("0.0.0.0:0") });
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += c.readAllStandardError()).contains("metrics on"), 15000);
        QVERIFY2(err.contains("not loopback"), err.constData());
        ::kill(pid_t(c.processId()), SIGTERM);
        QVERIFY(c.waitForFinished(15000));
        QProcess bad;
        bad.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"),
                m_files.path() + QStringLiteral("/bad.db"), QStringLiteral("--metrics"), QStringLiteral("localhost") });
        QVERIFY(bad.waitForFinished(15000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("ADDRESS:PORT"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
