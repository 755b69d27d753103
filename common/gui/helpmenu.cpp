#include "helpmenu.h"

#include "core/util/workerthreads.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QVBoxLayout>

namespace omv
{

namespace
{

// The context lupdate files these strings under (a free tr() has none it can see).
struct HelpMenu {
    Q_DECLARE_TR_FUNCTIONS(omv::HelpMenu)
};

// `man` with plain text out: no pager, no overstrike (bold by backspace), 90 columns.
QByteArray runMan(const QStringList& args, QString* error)
{
    QProcess man;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("90"));
    env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QString());
    env.insert(QStringLiteral("GROFF_NO_SGR"), QStringLiteral("1"));
    man.setProcessEnvironment(env);
    man.start(QStringLiteral("man"), args);
    if (!man.waitForFinished(10000) || man.exitStatus() != QProcess::NormalExit || man.exitCode() != 0) {
        *error = QString::fromLocal8Bit(man.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = man.errorString();
        return QByteArray();
    }
    QByteArray out = man.readAllStandardOutput();
    // What formatting is left: "X\bX" is bold X, "_\bX" underlined X.
    QByteArray plain;
    plain.reserve(out.size());
    for (int i = 0; i < out.size(); ++i) {
        if (out[i] == '\b' && !plain.isEmpty())
            plain.chop(1);
        else
            plain.append(out[i]);
    }
    return plain;
}

// A text to read in a window of its own (objectName NAME, its text view NAMEText), closed with
// Close or Escape; the view, for the caller's font and size.
QPlainTextEdit* showText(QMainWindow* window, const QString& name, const QString& title, const QString& text)
{
    auto* d = new QDialog(window);
    d->setObjectName(name);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(title);
    auto* layout = new QVBoxLayout(d);
    auto* view = new QPlainTextEdit(d);
    view->setObjectName(name + QStringLiteral("Text"));
    view->setReadOnly(true);
    view->setPlainText(text);
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    layout->addWidget(buttons);
    d->show();
    return view;
}

} // namespace

QString manualText(const QString& program, QString* error)
{
    QString why;
    QByteArray page = runMan({ program }, &why);
    if (page.isEmpty()) {
        // Not installed: the page in the source tree of this build.
        const QString inTree = QStringLiteral(OMV_MAN_SOURCE_DIR "/") + program + QStringLiteral(".1");
        if (QFile::exists(inTree))
            page = runMan({ QStringLiteral("-l"), inTree }, &why);
    }
    if (page.isEmpty()) {
        *error = HelpMenu::tr("No manual page for %1 is installed (%2). The README describes every program.")
                     .arg(program, why.isEmpty() ? HelpMenu::tr("man found none") : why);
        return QString();
    }
    return QString::fromUtf8(page);
}

namespace
{
void listShortcuts(QMenu* menu, const QString& path, QStringList* out)
{
    for (QAction* a : menu->actions()) {
        const QString name = path + a->text().remove(QLatin1Char('&'));
        if (a->menu()) {
            listShortcuts(a->menu(), name + QStringLiteral(" ▸ "), out);
            continue;
        }
        for (const QKeySequence& k : a->shortcuts())
            *out << k.toString(QKeySequence::NativeText) + QLatin1Char('\t') + name;
    }
}
} // namespace

QString keyboardText(QMainWindow* window)
{
    QStringList lines;
    for (QAction* top : window->menuBar()->actions())
        if (top->menu())
            listShortcuts(top->menu(), top->text().remove(QLatin1Char('&')) + QStringLiteral(" ▸ "), &lines);
    // The window's own keys (set on the window, not in a menu).
    for (QAction* a : window->actions())
        for (const QKeySequence& k : a->shortcuts())
            lines << k.toString(QKeySequence::NativeText) + QLatin1Char('\t') + a->text().remove(QLatin1Char('&'));
    lines << QString() << HelpMenu::tr("In every table:")
          << HelpMenu::tr("Tab, Shift+Tab\tfrom the table to the next or previous control")
          << HelpMenu::tr("Arrows, Page Up/Down, Home, End\tmove between rows and cells")
          << HelpMenu::tr("Shift or Ctrl with the above, Ctrl+A\tselect several rows, all rows")
          << HelpMenu::tr("Enter\topen the row (a node's settings, a process's actions)")
          << HelpMenu::tr("F2\tedit the cell: a node's speed slider (arrows, then Enter)")
          << HelpMenu::tr("Menu key, Shift+F10\tthe row's context menu")
          << HelpMenu::tr("Letters\tjump to the row that starts with them");
    return lines.join(QLatin1Char('\n'));
}

QMenu* addHelpMenu(QMainWindow* window, const QString& program, const QString& about)
{
    QMenu* help = window->menuBar()->addMenu(HelpMenu::tr("&Help"));
    help->setToolTipsVisible(true);
    QAction* manual = help->addAction(HelpMenu::tr("&Manual"), window, [window, program] {
        // `man` may take a while (a cold cache, a slow disk): off the GUI thread; a window
        // closed meanwhile shows nothing.
        struct Page {
            QString text, error;
        };
        threads::run(
            window, QStringLiteral("omv-man"),
            [program](const threads::Task&) {
                Page p;
                p.text = manualText(program, &p.error);
                return p;
            },
            [window, program](const Page& p) {
                if (p.text.isEmpty()) {
                    QMessageBox::information(window, HelpMenu::tr("Manual"), p.error);
                    return;
                }
                QPlainTextEdit* view
                    = showText(window, QStringLiteral("manual"), HelpMenu::tr("%1 — manual").arg(program), p.text);
                view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
                view->window()->resize(760, 620);
            });
    });
    manual->setObjectName(QStringLiteral("helpManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setToolTip(HelpMenu::tr("This program's manual page"));
    QAction* keys = help->addAction(HelpMenu::tr("&Keyboard"), window, [window, program] {
        QPlainTextEdit* view = showText(
            window, QStringLiteral("keyboard"), HelpMenu::tr("%1 — keyboard").arg(program), keyboardText(window));
        view->setTabStopDistance(view->fontMetrics().horizontalAdvance(QStringLiteral("Ctrl+Shift+Page Down  ")));
        view->window()->resize(720, 480);
    });
    keys->setObjectName(QStringLiteral("helpKeyboard"));
    keys->setToolTip(HelpMenu::tr("Every shortcut of this window"));
    QAction* aboutAction = help->addAction(HelpMenu::tr("&About %1").arg(program), window, [window, program, about] {
        QMessageBox::about(window, HelpMenu::tr("About %1").arg(program),
            QStringLiteral("<h3>%1 %2</h3><p>%3</p>")
                .arg(program.toHtmlEscaped(), QCoreApplication::applicationVersion(), about.toHtmlEscaped()));
    });
    aboutAction->setToolTip(HelpMenu::tr("Version and what this program is"));
    return help;
}

} // namespace omv
