#include "collectorstart.h"

#include "controlserver.h"
#include "protocol.h"

#include "../store/sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace omv::control
{

namespace
{

QStringList unitDirs()
{
    const QByteArray given = qgetenv("SYSTEMD_UNIT_PATH");
    if (!given.isEmpty())
        return QString::fromLocal8Bit(given).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return { QStringLiteral("/etc/systemd/system"), QStringLiteral("/run/systemd/system"),
        QStringLiteral("/lib/systemd/system"), QStringLiteral("/usr/lib/systemd/system") };
}

// Whether an ExecStart= line runs openmosixcollector on `db`.
bool recordsInto(const QString& execStart, const QString& db)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = execStart.split(space, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    // systemd's prefixes ("-", "@", ":", "+", "!") before the program.
    QString program = words.first();
    while (!program.isEmpty() && QStringLiteral("-@:+!").contains(program.front()))
        program.remove(0, 1);
    if (QFileInfo(program).fileName() != QLatin1String("openmosixcollector"))
        return false;
    for (int i = 1; i < words.size(); ++i) {
        if (words[i] == QLatin1String("--db") && i + 1 < words.size() && words[i + 1] == db)
            return true;
        if (words[i] == QLatin1String("--db=") + db)
            return true;
    }
    return false;
}

// The options a start may carry from the file, each with its value: what the collector itself
// writes there (collector/main.cpp). Anything else in the file is not run.
const QStringList& carriedOptions()
{
    static const QStringList options { QStringLiteral("--profile"), QStringLiteral("--demo-root"),
        QStringLiteral("--keep-raw-days"), QStringLiteral("--keep-minute-days"), QStringLiteral("--keep-process-days"),
        QStringLiteral("--metrics") };
    return options;
}

// The arguments the file says its collector ran with; empty with `why` when it says none or
// something this version would not run.
QStringList startArguments(const QString& db, QString* why)
{
    sql::Database d;
    if (!d.open(db, sql::Database::Mode::ReadOnly)) {
        *why = d.lastError();
        return {};
    }
    sql::Statement q = d.prepare("SELECT value FROM meta WHERE key = 'start_args'");
    if (!q.step()) {
        *why = Text::tr("it does not say how its collector was started (written by an older version, or by the "
                        "demo)");
        return {};
    }
    const QJsonArray array = QJsonDocument::fromJson(q.text(0).toUtf8()).array();
    QStringList args;
    for (const QJsonValue& v : array)
        args << v.toString();
    for (int i = 0; i < args.size(); i += 2) {
        if (!carriedOptions().contains(args[i]) || i + 1 >= args.size() || args[i + 1].isEmpty()) {
            *why = Text::tr("its start arguments are not ones this version runs (%1)").arg(args.join(QLatin1Char(' ')));
            return {};
        }
    }
    if (args.isEmpty())
        *why = Text::tr("its start arguments are empty");
    return args;
}

// The last lines the collector wrote to its log after `from`: why it ended.
QString logTail(const QString& log, qint64 from)
{
    QFile f(log);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(from))
        return QString();
    const QList<QByteArray> lines = f.read(64 * 1024).trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed()).left(300);
}

} // namespace

QString unitRecording(const QString& dbPath)
{
    const QString db = QFileInfo(dbPath).absoluteFilePath();
    for (const QString& dir : unitDirs()) {
        for (const QFileInfo& unit : QDir(dir).entryInfoList({ QStringLiteral("*.service") }, QDir::Files)) {
            QFile f(unit.filePath());
            if (unit.size() > 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray& line : f.readAll().split('\n')) {
                const QByteArray l = line.trimmed();
                if (l.startsWith("ExecStart=") && recordsInto(QString::fromUtf8(l.mid(10)), db))
                    return unit.fileName();
            }
        }
    }
    return QString();
}

bool startCollector(const QString& program, const QString& dbPath, int intervalS, QString* answer)
{
    const QString host = QHostInfo::localHostName();
    const QString db = QFileInfo(dbPath).absoluteFilePath();
    if (intervalS < 1 || intervalS > 3600) {
        *answer = Text::tr("an interval of %1 s: it must be 1..3600").arg(intervalS);
        return false;
    }
    QString status;
    if (request(db, statusRequest(), &status)) {
        *answer = Text::tr("already recording on %1: %2").arg(host, status);
        return true;
    }
    if (const QString unit = unitRecording(db); !unit.isEmpty()) {
        *answer = Text::tr("managed by %1 on %2: systemctl start %1 there").arg(unit, host);
        return false;
    }
    struct stat st {
    };
    if (::stat(QFile::encodeName(db).constData(), &st) != 0) {
        *answer = Text::tr("nothing has recorded into %1 on %2 yet, so no profile is known to start its collector "
                           "with: start the first one there (openmosixcollector --profile FILE --db %1)")
                      .arg(db, host);
        return false;
    }
    const uid_t me = ::geteuid();
    if (st.st_uid != me && me != 0) {
        *answer = Text::tr("%1 on %2 belongs to %3: only %3 or root may start its collector (asked by %4)")
                      .arg(db, host, userName(st.st_uid), userName(me));
        return false;
    }
    QString why;
    const QStringList carried = startArguments(db, &why);
    if (carried.isEmpty()) {
        *answer = Text::tr("cannot start the collector of %1 on %2: %3; start it there by hand").arg(db, host, why);
        return false;
    }

    // Everything the child needs, made before fork: after it only system calls.
    const QStringList args = QStringList { program } + carried
        + QStringList { QStringLiteral("--db"), db, QStringLiteral("--interval"), QString::number(intervalS) };
    QByteArrayList argBytes;
    for (const QString& a : args)
        argBytes << QFile::encodeName(a);
    std::vector<char*> argv;
    for (QByteArray& a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    // Root starts it as the database's owner: the files it makes stay the owner's.
    const bool become = me == 0 && st.st_uid != 0;
    const struct passwd* pw = ::getpwuid(st.st_uid);
    if (become && !pw) {
        *answer = Text::tr("%1 on %2 belongs to uid %3, who has no account there").arg(db, host).arg(st.st_uid);
        return false;
    }
    // Copied at once: the next lookup may reuse getpwuid()'s buffer.
    const gid_t gid = pw ? pw->pw_gid : st.st_gid;
    const QByteArray ownerName = pw ? QByteArray(pw->pw_name) : QByteArray();
    const QByteArray ownerHome = pw ? QByteArray(pw->pw_dir) : QByteArray();
    std::vector<gid_t> groups(64);
    int nGroups = int(groups.size());
    if (become && ::getgrouplist(ownerName.constData(), gid, groups.data(), &nGroups) < 0) {
        groups.resize(size_t(nGroups));
        ::getgrouplist(ownerName.constData(), gid, groups.data(), &nGroups);
    }
    // As the owner: the owner's home and runtime folder (where its sockets go, socketdir.h), not
    // root's.
    QByteArrayList envBytes;
    for (char** e = environ; *e; ++e) {
        const QByteArray kv(*e);
        if (!become
            || !(kv.startsWith("HOME=") || kv.startsWith("USER=") || kv.startsWith("LOGNAME=")
                || kv.startsWith("XDG_RUNTIME_DIR=")))
            envBytes << kv;
    }
    if (become) {
        envBytes << "HOME=" + ownerHome << "USER=" + ownerName << "LOGNAME=" + ownerName;
        const QByteArray runtime = "/run/user/" + QByteArray::number(st.st_uid);
        struct stat rt {
        };
        if (::stat(runtime.constData(), &rt) == 0 && rt.st_uid == st.st_uid)
            envBytes << "XDG_RUNTIME_DIR=" + runtime;
    }
    std::vector<char*> envp;
    for (QByteArray& e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const QByteArray log = QFile::encodeName(db + QStringLiteral(".log"));
    const qint64 logFrom = QFileInfo(QFile::decodeName(log)).size();
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull < 0) {
        *answer = Text::tr("/dev/null: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }

    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(devNull);
        *answer = Text::tr("cannot start a process on %1: %2").arg(host, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (pid == 0) {
        // Its own session: the ssh session that asked ends without taking it along.
        ::setsid();
        if (become
            && (::setgroups(size_t(nGroups), groups.data()) != 0 || ::setgid(gid) != 0 || ::setuid(st.st_uid) != 0))
            ::_exit(126);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        ::signal(SIGHUP, SIG_DFL);
        const int out = ::open(log.constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW, 0600);
        if (out < 0)
            ::_exit(127);
        ::dup2(devNull, 0);
        ::dup2(out, 1);
        ::dup2(out, 2);
        ::closefrom(3);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(devNull);
    const QString as = userName(st.st_uid);
    // It opens the database and listens in well under a second; a profile that does not load
    // ends it at once, with the reason in its log.
    for (int waited = 0; waited < kStartAnswerWithinMs; waited += 100) {
        int ws = 0;
        if (::waitpid(pid, &ws, WNOHANG) == pid) {
            const QString tail = logTail(QFile::decodeName(log), logFrom);
            *answer = WIFEXITED(ws) && WEXITSTATUS(ws) >= 126
                ? Text::tr("cannot run %1 on %2 as %3").arg(program, host, as)
                : Text::tr("the collector on %1 ended at once: %2")
                      .arg(host, tail.isEmpty() ? Text::tr("(nothing in %1)").arg(QFile::decodeName(log)) : tail);
            return false;
        }
        if (request(db, statusRequest(), &status)) {
            *answer = Text::tr("started on %1 as %2: %3").arg(host, as, status);
            return true;
        }
        QThread::msleep(100);
    }
    static_assert(kStartAnswerWithinMs == 10000, "the sentence below says 10 s");
    *answer = Text::tr("the collector started on %1 (pid %2) but did not answer within 10 s; see %3")
                  .arg(host)
                  .arg(qint64(pid))
                  .arg(QFile::decodeName(log));
    return false;
}

} // namespace omv::control
