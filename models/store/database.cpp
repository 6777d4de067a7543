#include "database.h"

#include "schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUrl>

#include <sqlite3.h>

namespace goodwill::store {
namespace {

// What the 100-byte SQLite header says about a file, read without opening it through
// SQLite so that nothing about the file can change.
struct FileHeader
{
    bool isSqlite = false;
    bool walMode = false;
    quint32 applicationId = 0;
};

// Reads the first 100 bytes through SQLite's own file layer, never with a descriptor of
// our own: closing any descriptor of a file drops every POSIX lock this process holds on
// it (fcntl semantics), the locks of its other SQLite connections included. Another
// process may then take the file for itself, checkpoint and delete the -wal under them,
// and their next commit goes into a deleted file and is lost ("How To Corrupt An SQLite
// Database File", 2.2; seen as a lost override edit during an import, issue 8). SQLite's
// unix layer keeps a descriptor open while this process holds locks on the file.
Result<FileHeader> readHeader(const QString &path)
{
    const QByteArray uri =
        (QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
         QStringLiteral("?mode=ro"))
            .toUtf8();
    sqlite3 *db = nullptr;
    const int opened =
        sqlite3_open_v2(uri.constData(), &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    const auto closing = qScopeGuard([db] { sqlite3_close_v2(db); });
    sqlite3_file *file = nullptr;
    if (opened != SQLITE_OK ||
        sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        file == nullptr || file->pMethods == nullptr)
        return Error{QCoreApplication::translate("Database", "'%1' cannot be read: %2")
                         .arg(path, QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"))};
    char bytes[100] = {};
    FileHeader header;
    // A file shorter than the header (SQLITE_IOERR_SHORT_READ) is not an SQLite database.
    if (file->pMethods->xRead(file, bytes, int(sizeof bytes), 0) != SQLITE_OK)
        return header;
    if (!QByteArray::fromRawData(bytes, int(sizeof bytes))
             .startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    // Bytes 18 and 19 are the file format read/write versions: 2 means WAL.
    header.walMode = bytes[18] == 2 && bytes[19] == 2;
    for (int i = 68; i < 72; ++i)
        header.applicationId = (header.applicationId << 8) | quint8(bytes[i]);
    return header;
}

Result<void> setUpWritable(SqliteConnection &connection)
{
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (auto done = connection.execute(pragma); !done)
            return done;
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    std::unique_ptr<Database> database(new Database);
    database->m_path = path;
    const bool inMemory = path.isEmpty();
    if (!inMemory && QFileInfo::exists(path))
        return Error{QCoreApplication::translate("Database", "'%1' already exists").arg(path)};

    auto connection = SqliteConnection::open(
        inMemory ? QByteArrayLiteral(":memory:") : QFile::encodeName(path),
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
        inMemory ? QCoreApplication::translate("Database", "in-memory database") : path);
    if (!connection)
        return connection.error();
    database->m_connection = std::move(connection).value();
    SqliteConnection &db = database->m_connection;

    auto failed = [&](const Error &error) -> Result<std::unique_ptr<Database>> {
        database.reset();
        if (!inMemory)
            QFile::remove(path);
        return error;
    };
    if (auto id = db.execute("PRAGMA application_id = " + std::to_string(schema::applicationId));
        !id)
        return failed(id.error());
    if (!inMemory) {
        if (auto wal = setUpWritable(db); !wal)
            return failed(wal.error());
    } else if (auto fk = db.execute("PRAGMA foreign_keys = ON"); !fk) {
        return failed(fk.error());
    }
    {
        SqliteTransaction transaction(db);
        if (!transaction.began())
            return failed(transaction.began().error());
        if (auto tables = schema::createTables(db); !tables)
            return failed(tables.error());
        if (auto indexes = schema::createIndexes(db); !indexes)
            return failed(indexes.error());
        if (auto committed = transaction.commit(); !committed)
            return failed(committed.error());
    }
    database->m_goodwillFile = true;
    database->m_schemaVersion = schema::currentVersion;
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    return openFile(path, access, true);
}

Result<std::unique_ptr<Database>> Database::openForInspection(const QString &path)
{
    return openFile(path, Access::ReadOnly, false);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, Access access,
                                                     bool requireSchema)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QCoreApplication::translate("Database", "'%1' does not exist").arg(path)};
    if (!info.isFile())
        return Error{QCoreApplication::translate("Database", "'%1' is not a file").arg(path)};
    const auto read = readHeader(path);
    if (!read)
        return read.error();
    const FileHeader header = *read;
    if (!header.isSqlite)
        return Error{QCoreApplication::translate(
                         "Database", "'%1' is not a Goodwill database (not an SQLite file)")
                         .arg(path)};

    std::unique_ptr<Database> database(new Database);
    database->m_path = path;
    database->m_goodwillFile = header.applicationId == quint32(schema::applicationId);
    database->m_readOnly =
        access == Access::ReadOnly || !database->m_goodwillFile || !info.isWritable();

    QByteArray target;
    int flags = SQLITE_OPEN_NOMUTEX;
    // Goodwill's own file, which another Goodwill window may be importing into while this
    // one reads: opened with SQLite's locks and shared WAL index, writes refused by
    // query_only. The reader then sees one committed state, never pages a checkpoint is
    // rewriting; the -wal/-shm this needs are removed again when the last connection closes,
    // and the file's bytes do not change.
    const bool shared = database->m_readOnly && database->m_goodwillFile && header.walMode &&
                        info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    if (database->m_readOnly && !shared) {
        // A WAL file with no -wal beside it has nobody writing to it: open it immutable so
        // SQLite creates no -shm. Otherwise share the existing -wal/-shm, read-only.
        const bool walInUse = QFileInfo::exists(path + QStringLiteral("-wal"));
        QString uri = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                      QStringLiteral("?mode=ro");
        if (header.walMode && !walInUse)
            uri += QStringLiteral("&immutable=1");
        target = uri.toUtf8();
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    } else {
        target = QFile::encodeName(path);
        flags |= SQLITE_OPEN_READWRITE;
    }
    auto connection = SqliteConnection::open(target, flags, path);
    if (!connection)
        return connection.error();
    database->m_connection = std::move(connection).value();

    // Read-only: one read transaction for the connection's life, so that every query sees
    // the same state even when another window commits an import in between.
    if (database->m_readOnly) {
        if (auto query = database->m_connection.execute("PRAGMA query_only = ON"); !query)
            return query.error();
        if (auto begun = database->m_connection.execute("BEGIN DEFERRED"); !begun)
            return begun.error();
    }
    // SQLite opens lazily: the first read tells a damaged file apart.
    if (!database->m_connection.queryInt("SELECT count(*) FROM sqlite_schema"))
        return Error{
            QCoreApplication::translate("Database", "'%1' is damaged or not a database (%2)")
                .arg(path, database->m_connection.lastMessage())};
    if (!database->m_readOnly) {
        if (auto writable = setUpWritable(database->m_connection); !writable)
            return writable.error();
    }
    if (auto prepared = database->prepareSchema(requireSchema); !prepared)
        return prepared.error();
    return database;
}

Result<void> Database::prepareSchema(bool requireSchema)
{
    auto version = schema::storedVersion(m_connection);
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    if (!requireSchema)
        return {};
    if (m_schemaVersion < 0)
        return Error{QCoreApplication::translate(
                         "Database",
                         "'%1' is an SQLite database but not a Goodwill activity database "
                         "(it has no schema_version table)")
                         .arg(m_path)};
    if (m_schemaVersion > schema::currentVersion)
        return Error{QCoreApplication::translate(
                         "Database",
                         "'%1' was written by a newer Goodwill (schema version %2; this version "
                         "reads up to %3)")
                         .arg(m_path)
                         .arg(m_schemaVersion)
                         .arg(schema::currentVersion)};
    if (m_schemaVersion == schema::currentVersion)
        return {};
    // Read as it stands: the tables later versions added are simply absent.
    if (m_readOnly && m_schemaVersion >= schema::oldestReadableVersion)
        return {};
    if (m_readOnly)
        return Error{QCoreApplication::translate(
                         "Database",
                         "'%1' uses schema version %2 and must be upgraded; open it for "
                         "writing to upgrade it")
                         .arg(m_path)
                         .arg(m_schemaVersion)};
    SqliteTransaction transaction(m_connection);
    if (!transaction.began())
        return transaction.began();
    if (auto migrated = schema::migrate(m_connection, m_schemaVersion); !migrated)
        return migrated;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_schemaVersion = schema::currentVersion;
    return {};
}

} // namespace goodwill::store
