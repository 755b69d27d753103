#include "collectorlog.h"

#include <QTextStream>

#include <mutex>

namespace omv
{

void collectorLog(const QString& line)
{
    static std::mutex mutex;
    std::lock_guard<std::mutex> lock(mutex);
    QTextStream err(stderr);
    err << "openmosixcollector: " << line << '\n';
}

} // namespace omv
