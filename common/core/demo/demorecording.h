#pragma once

#include "democluster.h"

#include <QProcess>
#include <QTemporaryDir>

namespace omv
{

/// `--demo` of the history programs: an emulated cluster of their own and a real collector
/// recording it every second into a temporary database, so that there is history to look at
/// after a few seconds. Both end (and the database goes) when this is destroyed.
class DemoRecording
{
    Q_DECLARE_TR_FUNCTIONS(DemoRecording)
public:
    DemoRecording() = default;
    ~DemoRecording();
    DemoRecording(const DemoRecording&) = delete;
    DemoRecording& operator=(const DemoRecording&) = delete;

    /// Starts omsim and the collector (found next to the running program) and waits until the
    /// database exists; `error` says why not.
    bool start(QString* error);
    QString database() const { return m_files.path() + QStringLiteral("/demo.db"); }

private:
    DemoCluster m_cluster;
    QTemporaryDir m_files;
    QProcess m_collector;
};

} // namespace omv
