#include "sqliteconnection.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace goodwill::store {

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_displayName(std::move(other.m_displayName))
{}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_displayName = std::move(other.m_displayName);
    }
    return *this;
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

Result<SqliteConnection> SqliteConnection::open(const QByteArray &target, int flags,
                                                const QString &displayName)
{
    SqliteConnection connection;
    connection.m_displayName = displayName;
    const int rc = sqlite3_open_v2(target.constData(), &connection.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = connection.error(
            QCoreApplication::translate("SqliteConnection", "cannot open the database"));
        return error;
    }
    sqlite3_extended_result_codes(connection.m_db, 1);
    sqlite3_busy_timeout(connection.m_db, 5000);
    return connection;
}

QString SqliteConnection::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Result<void> SqliteConnection::execute(std::string_view sql)
{
    const std::string text(sql);
    char *message = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = explained(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return Error{
            QCoreApplication::translate("SqliteConnection", "%1: %2").arg(m_displayName, detail)};
    }
    return {};
}

Result<SqliteStatement> SqliteConnection::prepare(std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return error(QCoreApplication::translate("SqliteConnection", "cannot read the database"));
    return SqliteStatement(m_db, statement);
}

Result<std::int64_t> SqliteConnection::queryInt(std::string_view sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    if (statement->step() != SqliteStatement::Step::Row)
        return error(QCoreApplication::translate("SqliteConnection", "cannot read the database"));
    return statement->int64(0);
}

bool SqliteConnection::tableExists(std::string_view table)
{
    auto statement = prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    if (!statement)
        return false;
    statement->bind(1, table);
    return statement->step() == SqliteStatement::Step::Row;
}

Error SqliteConnection::error(const QString &what) const
{
    return Error{QCoreApplication::translate("SqliteConnection", "%1: %2 (%3)")
                     .arg(m_displayName, what, lastMessage())};
}

QString SqliteConnection::lastMessage() const
{
    return m_db ? explained(sqlite3_errmsg(m_db))
                : QCoreApplication::translate("SqliteConnection", "out of memory");
}

QString SqliteConnection::explained(const char *sqliteMessage) const
{
    const QString message = QString::fromUtf8(sqliteMessage);
    // The two conditions the user can do something about, said plainly; SQLite's own words
    // ("database or disk is full", "database is locked") follow.
    switch (lastErrorCode() & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("SqliteConnection",
                                           "the disk is full; free some space and try again (%1)")
            .arg(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("SqliteConnection",
                                           "another Goodwill window or program is writing to it; "
                                           "try again when it has finished (%1)")
            .arg(message);
    default:
        return message;
    }
}

int SqliteConnection::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_NOMEM;
}

SqliteTransaction::SqliteTransaction(SqliteConnection &connection, Mode mode)
    : m_connection(connection),
      m_began(connection.execute(mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED"))
{
    m_open = m_began.ok();
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        m_connection.execute("ROLLBACK");
}

Result<void> SqliteTransaction::commit()
{
    if (!m_open)
        return m_began.ok() ? Result<void>() : m_began;
    auto result = m_connection.execute("COMMIT");
    if (result)
        m_open = false;
    return result;
}

} // namespace goodwill::store
