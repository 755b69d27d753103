#include "suiteprogram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace omv
{

QString suiteProgram(const QString& name)
{
    static const QHash<QString, QString> buildDirs {
        { QStringLiteral("omsim"), QStringLiteral("sim") },
        { QStringLiteral("openmosixview"), QStringLiteral("app") },
        { QStringLiteral("openmosixcollector"), QStringLiteral("collector") },
        { QStringLiteral("openmosixprocs"), QStringLiteral("procs") },
        { QStringLiteral("openmosixmigmon"), QStringLiteral("migmon") },
        { QStringLiteral("openmosixanalyzer"), QStringLiteral("analyzer") },
        { QStringLiteral("openmosixhistory"), QStringLiteral("history") },
    };
    const QString here = QCoreApplication::applicationDirPath();
    const QString candidates[] = { here + QLatin1Char('/') + name,
        here + QStringLiteral("/../") + buildDirs.value(name) + QLatin1Char('/') + name };
    for (const QString& c : candidates) {
        const QFileInfo fi(c);
        if (fi.isFile() && fi.isExecutable())
            return fi.canonicalFilePath();
    }
    return {};
}

} // namespace omv
