#include "demorecording.h"

#include "../util/suiteprogram.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace omv
{

bool DemoRecording::start(QString* error)
{
    const QString bin = suiteProgram(QStringLiteral("openmosixcollector"));
    if (bin.isEmpty()) {
        *error = tr("the demo needs openmosixcollector next to this program");
        return false;
    }
    if (!m_files.isValid()) {
        *error = tr("cannot make a directory for the demo");
        return false;
    }
    if (!m_cluster.start(error))
        return false;
    m_collector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_collector.start(bin,
        { QStringLiteral("--demo-root"), m_cluster.root(), QStringLiteral("--db"), database(),
            QStringLiteral("--interval"), QStringLiteral("1") });
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(database()) && waited.elapsed() < 10000 && m_collector.state() != QProcess::NotRunning)
        QThread::msleep(50);
    if (!QFile::exists(database())) {
        *error = tr("the demo's collector did not start");
        return false;
    }
    return true;
}

DemoRecording::~DemoRecording()
{
    if (m_collector.state() == QProcess::NotRunning)
        return;
    m_collector.terminate();
    if (!m_collector.waitForFinished(5000))
        m_collector.kill();
    m_collector.waitForFinished(2000);
}

} // namespace omv
