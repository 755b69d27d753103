#pragma once

#include "transport.h"

#include <QCoreApplication>

#include <QProcessEnvironment>

namespace omv
{

/// Runs command lines on this machine with /bin/sh, as the original suite did on a cluster node.
/// Extra environment (OMV_PROC, PATH) lets one machine stand in for a node.
class LocalTransport : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(omv::LocalTransport)

public:
    explicit LocalTransport(QProcessEnvironment extraEnvironment = QProcessEnvironment());
    CommandResult run(const QString& commandLine, int timeoutMs) override;
    CommandResult runStreamed(const QString& commandLine, int timeoutMs, const StreamIo& io) override;
    QString describe() const override;

private:
    QProcessEnvironment m_env;
};

} // namespace omv
