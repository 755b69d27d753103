// openmosixctl: every command of the suite from a shell. Thin: the application's names, then
// the library's run() (ctl.h), which scripts and tests call the same way.
#include "ctl.h"

#include "core/control/controlserver.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("openmosixctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("openMosixview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMV_VERSION));
    omv::control::ignoreSigpipe(); // `openmosixctl ps | head`: a closed pipe ends the output, not the program
    return omv::ctl::run(app.arguments().mid(1));
}
