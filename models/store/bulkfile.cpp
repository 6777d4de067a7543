#include "bulkfile.h"

#include "schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <string>

namespace goodwill::store {
Result<std::unique_ptr<BulkFile>> BulkFile::begin(const QString &path, Indexes indexes)
{
    if (QFileInfo::exists(path))
        return Error{
            QCoreApplication::translate(
                "BulkFile", "'%1' already exists; choose another file name or remove it first")
                .arg(path)};
    std::unique_ptr<BulkFile> file(new BulkFile);
    file->m_path = path;
    file->m_partial = path + QStringLiteral(".part");
    QFile::remove(file->m_partial);
    auto connection = SqliteConnection::open(
        QFile::encodeName(file->m_partial),
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, path);
    if (!connection)
        return connection.error();
    file->m_connection = std::move(connection).value();
    SqliteConnection &db = file->m_connection;
    // A private file until the rename: no journal, no syncs, large pages and cache.
    const std::string pragmas[] = {
        "PRAGMA application_id = " + std::to_string(schema::applicationId),
        "PRAGMA page_size = 16384", "PRAGMA secure_delete = OFF", "PRAGMA journal_mode = OFF",
        "PRAGMA synchronous = OFF", "PRAGMA locking_mode = EXCLUSIVE",
        "PRAGMA cache_size = -131072", "PRAGMA threads = 2",
        // Each CHECK (x IN (...)) builds a temporary table per
        // row: a third of the write time. StoreWriter writes only
        // values from enums (toString), so the checks cannot fail.
        "PRAGMA ignore_check_constraints = ON", "BEGIN"};
    for (const std::string &pragma : pragmas) {
        if (auto done = db.execute(pragma); !done)
            return done.error();
    }
    if (auto done = schema::createTables(db); !done)
        return done.error();
    if (indexes == Indexes::WhileWriting) {
        if (auto done = schema::createIndexes(db); !done)
            return done.error();
        file->m_indexed = true;
    }
    return file;
}

BulkFile::~BulkFile()
{
    if (!m_committed) {
        m_connection = SqliteConnection();
        QFile::remove(m_partial);
    }
}

Result<void> BulkFile::commit()
{
    SqliteConnection &db = m_connection;
    if (!m_indexed) {
        if (auto done = schema::createIndexes(db); !done)
            return done;
    }
    if (auto done = db.execute("COMMIT"); !done)
        return done;
    if (auto done = db.execute("PRAGMA journal_mode = WAL"); !done)
        return done;
    m_connection = SqliteConnection(); // closed before the rename
    if (QFileInfo::exists(m_path))
        return Error{
            QCoreApplication::translate(
                "BulkFile", "'%1' appeared while it was being written; nothing was changed")
                .arg(m_path)};
    if (!QFile::rename(m_partial, m_path))
        return Error{QCoreApplication::translate("BulkFile", "cannot write '%1'").arg(m_path)};
    m_committed = true;
    return {};
}

} // namespace goodwill::store
