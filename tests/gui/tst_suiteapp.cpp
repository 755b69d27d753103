// A program of the suite ends as soon as its window closes, its workers cut short by the window
// that owns them. SuiteApp::exec() used to wait up to 2 s for every worker thread before it
// returned — while the window, whose destructor stops its workers, still existed: closing the
// analyzer during a month's statistics took 2 s, and the collector on the far end of its channel
// kept computing them, because the window's cancel went out only after that wait.
#include "core/util/workerthreads.h"
#include "gui/suiteapp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>

using namespace omv;

namespace
{

// Stands for a window whose worker runs until the window goes (HistoryReader's query).
struct Window {
    std::atomic<bool>* gone;
    ~Window() { *gone = true; }
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int failures = 0;
    std::atomic<bool> gone { false };
    {
        SuiteApp suite(argc, argv, QStringLiteral("tst_suiteapp"), QStringLiteral("test"));
        Window window { &gone };
        threads::startDetached(
            [&gone] {
                while (!gone)
                    QThread::msleep(5);
            },
            QStringLiteral("stopped by its window"));
        QTimer::singleShot(50, [] { QApplication::exit(0); });
        QElapsedTimer t;
        t.start();
        suite.exec();
        if (t.elapsed() > 1000) {
            std::fprintf(stderr,
                "FAIL: exec() returned %lld ms after the quit: it waited for a worker its window "
                "would have stopped\n",
                qint64(t.elapsed()));
            ++failures;
        }
        t.restart();
        // The window goes here, then the suite, which waits for what the window stopped.
    }
    if (!threads::running().isEmpty()) {
        std::fprintf(
            stderr, "FAIL: still running at the end: %s\n", qPrintable(threads::running().join(QStringLiteral(", "))));
        ++failures;
    }
    std::printf("%s\n", failures ? "FAIL" : "PASS: the program ended with its window");
    return failures;
}
