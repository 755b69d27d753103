#pragma once

#include <QString>

class QMainWindow;
class QMenu;

namespace omv
{

/// The Help menu every window of the suite ends its menu bar with: Manual (F1: the program's man
/// page, read in a window), About. Returns the menu for a program's own entries.
QMenu* addHelpMenu(QMainWindow* window, const QString& program, const QString& about);

/// Every shortcut of `window`'s menus ("Cluster ▸ Refresh now\tF5"), one per line, then the keys
/// every table of the suite takes; what Help ▸ Keyboard shows.
QString keyboardText(QMainWindow* window);

/// The program's man page as text: the installed one (`man -w`), else the page in the source
/// tree this build came from; empty with `error` set when there is none.
QString manualText(const QString& program, QString* error);

} // namespace omv
