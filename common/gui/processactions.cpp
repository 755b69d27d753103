#include "processactions.h"

#include "processtablemodel.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace omv
{

namespace
{
struct Text {
    Q_DECLARE_TR_FUNCTIONS(omv::ProcessActions)
};
} // namespace

bool confirmKill(QWidget* parent, const QVector<ProcessInfo>& processes)
{
    QStringList names;
    for (const ProcessInfo& p : processes) {
        if (names.size() == 8) {
            names << QStringLiteral("…");
            break;
        }
        // A command line is the node's text: shown as text, newlines and all made visible.
        names << Text::tr("%1 (%2)").arg(p.pid).arg(ProcessTableModel::displayText(p.commandLine()).left(60));
    }
    return QMessageBox::question(parent, Text::tr("Kill"),
               Text::tr(
                   "End %n process(es) with SIGKILL? They cannot save anything.\n\n%1", nullptr, int(processes.size()))
                   .arg(names.join(QLatin1Char('\n'))),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

} // namespace omv
