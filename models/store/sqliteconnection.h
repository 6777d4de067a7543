#pragma once

#include "result.h"
#include "sqlitestatement.h"

#include <QString>

#include <string_view>

struct sqlite3;

namespace goodwill::store {

// One SQLite connection, used by one thread at a time. Thin RAII over the C API:
// errors come back as values naming the database file.
class SqliteConnection
{
public:
    SqliteConnection() = default;
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;
    ~SqliteConnection();

    // `target` is a file path, ":memory:", or a file: URI when `flags` has SQLITE_OPEN_URI.
    // `displayName` is the name used in error messages.
    static Result<SqliteConnection> open(const QByteArray &target, int flags,
                                         const QString &displayName);

    static QString libraryVersion();

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    const QString &displayName() const { return m_displayName; }

    Result<void> execute(std::string_view sql);
    Result<SqliteStatement> prepare(std::string_view sql);
    // The single integer of a query such as "SELECT count(*) FROM t"; an error when it fails.
    Result<std::int64_t> queryInt(std::string_view sql);
    bool tableExists(std::string_view table);

    // An error sentence naming the file, with SQLite's own explanation appended.
    Error error(const QString &what) const;
    QString lastMessage() const;
    int lastErrorCode() const;

private:
    QString explained(const char *sqliteMessage) const;

    sqlite3 *m_db = nullptr;
    QString m_displayName;
};

// Commits on commit(); rolls back when it goes out of scope uncommitted, so an error
// path anywhere inside leaves the database exactly as it was.
class SqliteTransaction
{
public:
    enum class Mode
    {
        Write, // BEGIN IMMEDIATE: takes the write lock now, waiting out another writer
        Read   // BEGIN DEFERRED: every read until the end sees the same state of the file
    };
    explicit SqliteTransaction(SqliteConnection &connection, Mode mode = Mode::Write);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    const Result<void> &began() const { return m_began; }
    Result<void> commit();

private:
    SqliteConnection &m_connection;
    Result<void> m_began;
    bool m_open = false;
};

} // namespace goodwill::store
