#include "refreshtoolbar.h"

#include "clustersession.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QSpinBox>
#include <QToolBar>

namespace omv
{

namespace
{
struct Text {
    Q_DECLARE_TR_FUNCTIONS(omv::RefreshToolBar)
};
} // namespace

RefreshToolBar RefreshToolBar::add(QMainWindow* window, ClusterSession* session, const Texts& t)
{
    RefreshToolBar r;
    r.bar = window->addToolBar(Text::tr("Refresh"));
    r.bar->setObjectName(QStringLiteral("refreshToolBar"));
    r.bar->toggleViewAction()->setToolTip(Text::tr("Show or hide the refresh toolbar"));
    if (!t.label.isEmpty())
        r.bar->addWidget(new QLabel(t.label, r.bar));
    r.interval = new QSpinBox(r.bar);
    r.interval->setObjectName(QStringLiteral("interval"));
    r.interval->setRange(1, 60);
    r.interval->setPrefix(t.prefix);
    r.interval->setSuffix(Text::tr(" s"));
    r.interval->setToolTip(t.intervalTip);
    r.interval->setValue(QSettings().value(t.settingsKey, t.defaultSeconds).toInt());
    session->setIntervalMs(r.interval->value() * 1000);
    QObject::connect(
        r.interval, QOverload<int>::of(&QSpinBox::valueChanged), window, [session, key = t.settingsKey](int s) {
            session->setIntervalMs(s * 1000);
            QSettings().setValue(key, s);
        });
    r.bar->addWidget(r.interval);
    if (!t.pauseTip.isEmpty()) {
        r.pause = r.bar->addAction(Text::tr("&Pause"));
        r.pause->setCheckable(true);
        // Not Ctrl+P: that is Print.
        r.pause->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QKeySequence(Qt::Key_Pause) });
        r.pause->setToolTip(t.pauseTip);
        QObject::connect(r.pause, &QAction::toggled, window, [session](bool on) { session->setPaused(on); });
    }
    r.refresh = r.bar->addAction(Text::tr("&Refresh now"));
    r.refresh->setShortcut(QKeySequence::Refresh);
    r.refresh->setToolTip(t.refreshTip);
    QObject::connect(r.refresh, &QAction::triggered, window, [session] { session->refreshNow(); });
    return r;
}

} // namespace omv
