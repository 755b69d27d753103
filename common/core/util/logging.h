#pragma once

#include <QLoggingCategory>

// One category per area of the suite, quiet below warnings unless asked: a user turns on what
// they need with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="omv.ssh.debug=true;omv.store.debug=true"
// (README, "Troubleshooting"). Categories:
//   omv.ssh      connections, host keys, reconnects and each command's run (transport/)
//   omv.backend  snapshots and commands of a kernel's backend, backend=auto (backend/)
//   omv.store    opening, upgrades, rotation and retention of a history file (store/)
//   omv.history  a window's history requests and their answers (HistoryReader)
//   omv.feed     the collector's snapshot feed, both ends (control/feed)
//   omv.control  the collector's control socket, both ends (control/)
//   omv.gui      windows: opening a cluster, background work
namespace omv::log
{
Q_DECLARE_LOGGING_CATEGORY(ssh)
Q_DECLARE_LOGGING_CATEGORY(backend)
Q_DECLARE_LOGGING_CATEGORY(store)
Q_DECLARE_LOGGING_CATEGORY(history)
Q_DECLARE_LOGGING_CATEGORY(feed)
Q_DECLARE_LOGGING_CATEGORY(control)
Q_DECLARE_LOGGING_CATEGORY(gui)
} // namespace omv::log
