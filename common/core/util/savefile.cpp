#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace omv
{

namespace
{
struct Text {
    Q_DECLARE_TR_FUNCTIONS(omv::SaveFile)
};
} // namespace

bool writeWholeFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile out(path);
    // Unbuffered: the write below reaches the file itself, so that a short one is seen here (a
    // buffered flush of a short write reports success).
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = out.errorString();
        return false;
    }
    const qint64 written = out.write(data);
    if (written != data.size()) {
        *error = out.error() != QFileDevice::NoError
            ? out.errorString()
            : Text::tr("only %1 of %2 bytes could be written (is the disk full?)").arg(written).arg(data.size());
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace omv
