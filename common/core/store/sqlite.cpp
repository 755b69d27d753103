#include "sqlite.h"

#include <QFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace omv::sql
{

Statement::Statement(sqlite3* db, const char* sql, QString* errors)
    : m_db(db)
    , m_errors(errors)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_lastRc = sqlite3_errcode(db);
        m_stmt = nullptr;
        noteError();
    }
}

void Statement::noteError()
{
    // An interrupt is a newer request's doing, not a fault of the file.
    if (!m_errors || !m_errors->isEmpty() || m_lastRc == SQLITE_INTERRUPT || (m_lastRc & 0xff) == SQLITE_INTERRUPT)
        return;
    *m_errors = QString::fromUtf8(sqlite3_errmsg(m_db));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& o) noexcept
    : m_db(o.m_db)
    , m_stmt(o.m_stmt)
    , m_lastRc(o.m_lastRc)
    , m_errors(o.m_errors)
{
    o.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = o.m_stmt;
        m_lastRc = o.m_lastRc;
        m_errors = o.m_errors;
        o.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    m_lastRc = sqlite3_step(m_stmt);
    if (m_lastRc != SQLITE_ROW && m_lastRc != SQLITE_DONE)
        noteError();
    return m_lastRc == SQLITE_ROW;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    while ((m_lastRc = sqlite3_step(m_stmt)) == SQLITE_ROW) { }
    if (m_lastRc != SQLITE_DONE)
        noteError();
    sqlite3_reset(m_stmt);
    return m_lastRc == SQLITE_DONE;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QString TextCache::text(const Statement& q, int column)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(q.m_stmt, column));
    if (!p)
        return QString();
    const int n = sqlite3_column_bytes(q.m_stmt, column);
    const auto seen = m_seen.find(std::string_view(p, size_t(n)));
    if (seen != m_seen.end())
        return seen->second;
    const QString s = QString::fromUtf8(p, n);
    if (m_seen.size() < kLimit) {
        m_keys.emplace_back(p, size_t(n));
        m_seen.emplace(std::string_view(m_keys.back()), s);
    }
    return s;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString& path, Mode mode)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    if (mode == Mode::ReadWrite) {
        // Create it 0600 ourselves, with O_EXCL|O_NOFOLLOW, so that neither the umask nor a
        // planted symlink decides who may read the cluster's history.
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    // NOMUTEX: a Database is used by one thread at a time (see sqlite.h), so SQLite's own lock
    // around every call is pure cost (thousands of statements a second in the collector).
    const int flags = (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOFOLLOW
        | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(name.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        return false; // lastError() still tells why
    }
    sqlite3_busy_timeout(m_db, 2000);
    return true;
}

void Database::close()
{
    m_error.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char* sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

Statement Database::prepare(const char* sql)
{
    return Statement(m_db, sql, &m_error);
}

QString Database::takeError()
{
    return std::exchange(m_error, QString());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

bool Database::backupTo(const QString& path, QString* error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::close(fd);
    Database target;
    bool ok = target.open(path, Mode::ReadWrite);
    if (ok) {
        // One step over every page: the copy is one consistent state of the source.
        sqlite3_backup* b = sqlite3_backup_init(target.m_db, "main", m_db, "main");
        ok = b != nullptr && sqlite3_backup_step(b, -1) == SQLITE_DONE;
        if (!ok)
            *error = target.lastError();
        if (b && sqlite3_backup_finish(b) != SQLITE_OK && ok) {
            *error = target.lastError();
            ok = false;
        }
    } else {
        *error = target.lastError();
    }
    target.close();
    if (ok) { // on disk before anything relies on it (a rotation empties the live file next)
        const int sync = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        ok = sync >= 0 && ::fsync(sync) == 0;
        if (!ok)
            *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        if (sync >= 0)
            ::close(sync);
    }
    if (!ok) {
        for (const char* suffix : { "", "-journal", "-wal", "-shm" })
            ::unlink(QByteArray(name + suffix).constData());
    }
    return ok;
}

int Database::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_ok = m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_ok && !m_done)
        m_db.exec("ROLLBACK");
}

bool Transaction::commit()
{
    if (!m_ok || m_done)
        return false;
    m_done = true;
    if (m_db.exec("COMMIT"))
        return true;
    m_db.exec("ROLLBACK");
    return false;
}

} // namespace omv::sql
