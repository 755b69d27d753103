#pragma once

#include <QString>

class QAction;
class QMainWindow;
class QSpinBox;
class QToolBar;

namespace omv
{

class ClusterSession;

/// The "Refresh" toolbar of the windows that sample the cluster (main window, process manager,
/// migration monitor): how often (1–60 s, kept per program in the settings), Pause where the
/// window has one, and Refresh now (F5). The words that differ come from the window.
struct RefreshToolBar {
    struct Texts {
        QString label; ///< before the interval box (" Refresh every "); empty: none
        QString prefix; ///< inside it ("every "); empty: none
        QString intervalTip; ///< "How often the nodes are sampled (1–60 seconds)"
        QString pauseTip; ///< empty: no Pause
        QString refreshTip; ///< "Sample every node now (F5)"
        QString settingsKey; ///< "main/intervalS"
        int defaultSeconds = 5;
    };
    QToolBar* bar = nullptr;
    QSpinBox* interval = nullptr;
    QAction* pause = nullptr; ///< null without one; toggled(bool) pauses the session already
    QAction* refresh = nullptr;

    static RefreshToolBar add(QMainWindow* window, ClusterSession* session, const Texts& texts);
};

} // namespace omv
