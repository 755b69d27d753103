// The one way a window does background work (threads::run), and every window or reader closed
// while its work is in flight: the close never waits for the work, the work goes on (or is cut
// short) on its own thread, and nothing is delivered to what is gone.
#include "core/control/controlserver.h"
#include "core/control/socketdir.h"
#include "core/demo/democluster.h"
#include "core/store/historyreader.h"
#include "core/util/workerthreads.h"
#include "gui/clustersession.h"
#include "gui/collectorcontrol.h"
#include "gui/helpmenu.h"
#include "mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace omv;

namespace
{

// A collector's control socket that takes connections and never answers: a collector stuck
// writing, as a window's request sees it.
class SilentCollector
{
public:
    bool listen(const QString& db, QString* error)
    {
        const std::optional<control::SocketPaths> paths = control::claimSocketDir(db, error);
        if (!paths)
            return false;
        m_paths = *paths;
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0); // heard() never waits
        socklen_t len = 0;
        const sockaddr_un addr = control::unixAddress(paths->control, &len);
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0 || ::listen(m_fd, 16) != 0) {
            *error = QString::fromLocal8Bit(strerror(errno));
            return false;
        }
        return true;
    }
    /// What the connections made so far sent.
    QByteArray heard()
    {
        QByteArray all;
        for (;;) {
            const int c = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (c < 0)
                return all;
            const timeval wait { 1, 0 }; // the request comes right after the connect
            ::setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
            char buf[4096];
            const ssize_t n = ::read(c, buf, sizeof buf);
            if (n > 0)
                all.append(buf, int(n));
            ::close(c);
        }
    }
    ~SilentCollector()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        control::removeSocketDir(m_paths);
    }

private:
    int m_fd = -1;
    control::SocketPaths m_paths;
};

} // namespace

class TestBackground : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("OMV_RUNTIME_DIR", m_dir.filePath(QStringLiteral("run")).toUtf8());
    }

    void runDeliversOnTheGuiThreadNamedAndTracked()
    {
        QSemaphore go;
        QObject context;
        QThread* deliveredOn = nullptr;
        int result = 0;
        threads::run(
            &context, QStringLiteral("omv-test-work"),
            [&go](const threads::Task&) {
                go.acquire();
                return 42;
            },
            [&](int r) {
                deliveredOn = QThread::currentThread();
                result = r;
            });
        QVERIFY(threads::running().contains(QStringLiteral("omv-test-work")));
        go.release();
        QTRY_COMPARE(result, 42);
        QCOMPARE(deliveredOn, qApp->thread());
        QVERIFY(threads::waitAll(2000));
        QVERIFY(!threads::running().contains(QStringLiteral("omv-test-work")));
    }

    void aGoneOrCancelledAskerHearsNothing()
    {
        QSemaphore go;
        int heard = 0;
        auto context = std::make_unique<QObject>();
        threads::run(
            context.get(), QStringLiteral("omv-test-gone"),
            [&go](const threads::Task&) {
                go.acquire();
                return 1;
            },
            [&heard](int) { ++heard; });
        QObject stays;
        const threads::Task cancelled = threads::run(
            &stays, QStringLiteral("omv-test-cancelled"),
            [&go](const threads::Task& t) {
                go.acquire();
                return t.cancelled() ? 0 : 1; // the work sees it
            },
            [&heard](int) { ++heard; });
        context.reset(); // the window closes while its work runs
        cancelled.cancel();
        go.release(2);
        QVERIFY(threads::waitAll(2000));
        QTest::qWait(100); // anything posted has been delivered by now
        QCOMPARE(heard, 0);
    }

    void closingTheMainWindowDoesNotWaitForTheCollector()
    {
        // A demo window whose collector it started: closing it asks that collector to stop —
        // it used to wait up to a second for the answer, on the GUI thread, in the destructor.
        DemoCluster demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        const QString db = m_dir.filePath(QStringLiteral("demo.db"));
        QFile touch(db);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();
        SilentCollector silent;
        QVERIFY2(silent.listen(db, &error), qPrintable(error));
        auto w = std::make_unique<MainWindow>(
            std::make_unique<ClusterSession>(demo.backend(10000)), QStringLiteral("demo"));
        ClusterOrigin origin;
        origin.demoRoot = m_dir.filePath(QStringLiteral("no-such-demo")); // the collector it starts ends at once
        origin.databasePath = db;
        w->setOrigin(origin);
        QVERIFY2(w->collector()->start(1, &error), qPrintable(error));
        QVERIFY(w->collector()->startedHere());
        QElapsedTimer t;
        t.start();
        w.reset();
        const qint64 closed = t.elapsed();
        QVERIFY2(closed < 300, qPrintable(QString::number(closed)));
        // The request went out all the same, from its own thread.
        QByteArray heard;
        QTRY_VERIFY_WITH_TIMEOUT((heard += silent.heard()).contains("stop"), 5000);
        QVERIFY(threads::waitAll(5000));
    }

    void closingAWindowWhileManRuns()
    {
        // A `man` that takes its time (a cold cache): Help ▸ Manual neither freezes the window
        // nor keeps it from closing; the page that comes after finds no window to open in.
        const QString bin = m_dir.filePath(QStringLiteral("slowbin"));
        QVERIFY(QDir().mkpath(bin));
        QFile man(bin + QStringLiteral("/man"));
        QVERIFY(man.open(QIODevice::WriteOnly));
        man.write("#!/bin/sh\nsleep 2\necho 'a page'\n");
        man.close();
        QVERIFY(man.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin) + ':' + path);
        auto window = std::make_unique<QMainWindow>();
        QMenu* help = addHelpMenu(window.get(), QStringLiteral("openmosixtest"), QStringLiteral("a test"));
        QAction* manual = nullptr;
        for (QAction* a : help->actions())
            if (a->objectName() == QLatin1String("helpManual"))
                manual = a;
        QVERIFY(manual);
        QElapsedTimer t;
        t.start();
        manual->trigger();
        QVERIFY2(t.elapsed() < 300, qPrintable(QString::number(t.elapsed())));
        QVERIFY(threads::running().contains(QStringLiteral("omv-man")));
        window.reset();
        QVERIFY(threads::waitAll(10000));
        QTest::qWait(100);
        qputenv("PATH", path);
        for (QWidget* w : QApplication::topLevelWidgets())
            QVERIFY(w->objectName() != QLatin1String("manual"));
    }

    void closingAHistoryReaderMidQuery()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.db"));
        {
            StoreWriter w;
            QString error;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            sql::Database& db = w.database();
            sql::Transaction tx(db);
            sql::Statement span = db.prepare("INSERT INTO process_span(home, pid, node, uid, user, command, start_ts, "
                                             "end_ts) VALUES(1, ?, 1, 1000, 'alice', ?, ?, ?)");
            const QString cmd = QStringLiteral("a-long-command-line ").repeated(20);
            for (int i = 0; i < 300000; ++i)
                QVERIFY(span.bind(1, qint64(i)).bind(2, cmd).bind(3, qint64(i)).bind(4, qint64(i) + 10).exec());
            QVERIFY(tx.commit());
        }
        int heard = 0;
        QObject listener;
        auto reader = std::make_unique<HistoryReader>(path, 1000);
        connect(reader.get(), &HistoryReader::spansBetweenAnswered, &listener, [&] { ++heard; });
        ProcessFilter never;
        never.command = QStringLiteral("never there");
        reader->request(history::SpansBetween { 0, 1000000, never, 100000 });
        QTest::qWait(100); // well into the query
        // Its thread is one the program's end waits for (bounded), as every other.
        QVERIFY(threads::running().contains(QStringLiteral("history reader")));
        QElapsedTimer t;
        t.start();
        reader.reset();
        QVERIFY2(t.elapsed() < 150, qPrintable(QString::number(t.elapsed())));
        QVERIFY(threads::waitAll(5000));
        QVERIFY(!threads::running().contains(QStringLiteral("history reader")));
        QTest::qWait(200);
        QCOMPARE(heard, 0);
    }
};

QTEST_MAIN(TestBackground)
#include "tst_background.moc"
