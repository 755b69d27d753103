#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace omv::sql
{

/// A prepared statement; reset and cleared by bind-from-scratch use. Not copyable.
class Statement
{
public:
    Statement() = default;
    /// `errors`: where a failed step (or prepare) notes what SQLite said, for the owner to surface
    /// (Database::takeError); an interrupted statement is no error.
    Statement(sqlite3* db, const char* sql, QString* errors = nullptr);
    ~Statement();
    Statement(Statement&& o) noexcept;
    Statement& operator=(Statement&& o) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool valid() const { return m_stmt != nullptr; }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindNull(int index);
    /// Steps once: true while there is a row. Errors end up in the database's lastError().
    bool step();
    /// Whether the last step() ended with an error rather than a row or the end of the rows.
    bool failed() const { return m_lastRc != 100 && m_lastRc != 101 && m_lastRc != 0; }
    /// Steps to the end and resets; false on an error.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    friend class TextCache;
    void noteError();
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_lastRc = 0; // of the last sqlite3_step (SQLITE_ROW 100, SQLITE_DONE 101)
    QString* m_errors = nullptr;
};

/// Column texts that repeat row after row (a user's name, a job's command line) converted once
/// and shared: one QString per distinct text, not one per row (a history's list of ~30,000
/// starts and ends names a few hundred). Keeps at most kLimit distinct texts.
class TextCache
{
public:
    QString text(const Statement& q, int column);

private:
    static constexpr size_t kLimit = 4096;
    // Looked up by a view of SQLite's bytes (no copy, no allocation); the keys' bytes live in
    // m_keys (a deque: growing it never moves them).
    std::unordered_map<std::string_view, QString> m_seen;
    std::deque<std::string> m_keys;
};

/// One connection. Opening creates the file 0600 when it does not exist. Used by one thread at a
/// time (it may move between threads): SQLite is opened without its per-call mutex.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class Mode { ReadWrite, ReadOnly };
    bool open(const QString& path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const char* sql);
    Statement prepare(const char* sql);
    qint64 lastInsertId() const;
    QString lastError() const;
    int lastErrorCode() const;
    sqlite3* handle() const { return m_db; }
    /// Rows the last INSERT, UPDATE or DELETE changed.
    int changes() const;
    /// The first error a statement of this connection met since the last call (a damaged page, an
    /// I/O error), and clears it; empty when none. Loops that read rows end quietly on an error:
    /// a reader asks here so that what it answers is not taken for whole.
    QString takeError();
    /// Copies the whole database, as of one committed state (what is in the WAL included), into
    /// a new file at `path` (created 0600; an existing file is refused). False with `error`;
    /// a partial copy is removed.
    bool backupTo(const QString& path, QString* error);

private:
    sqlite3* m_db = nullptr;
    QString m_error; // the first statement error not taken yet
};

/// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    bool commit();
    bool ok() const { return m_ok; }

private:
    Database& m_db;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace omv::sql
