#include "logging.h"

namespace omv::log
{
// Warnings and worse always; debug and info when QT_LOGGING_RULES turns them on.
Q_LOGGING_CATEGORY(ssh, "omv.ssh", QtWarningMsg)
Q_LOGGING_CATEGORY(backend, "omv.backend", QtWarningMsg)
Q_LOGGING_CATEGORY(store, "omv.store", QtWarningMsg)
Q_LOGGING_CATEGORY(history, "omv.history", QtWarningMsg)
Q_LOGGING_CATEGORY(feed, "omv.feed", QtWarningMsg)
Q_LOGGING_CATEGORY(control, "omv.control", QtWarningMsg)
Q_LOGGING_CATEGORY(gui, "omv.gui", QtWarningMsg)
} // namespace omv::log
