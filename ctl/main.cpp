// openmosixctl: every command of the suite from a shell. Thin: the application's names, then
// the library's run() (ctl.h), which scripts and tests call the same way.
#include "ctl.h"

#include "core/control/controlserver.h"
#include "core/util/crashtrace.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("openmosixctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("openMosixview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMV_VERSION));
    omv::installCrashTrace(); // a rare crash in a test's log says where (issue 29's VM run saw one)
    omv::control::ignoreSigpipe(); // `openmosixctl ps | head`: a closed pipe ends the output, not the program
    return omv::ctl::run(app.arguments().mid(1));
}
