#pragma once

#include "result.h"
#include "sqliteconnection.h"

#include <QString>

#include <memory>

namespace goodwill::store {

// An open activity database (a `.goodwill` file, or any SQLite file that follows
// docs/schema.md). Files Goodwill created are opened read-write in WAL mode; a file
// Goodwill did not create, or anything opened for reading only, is only read: its bytes
// never change and no -wal/-shm/-journal file is left beside it. A file opened for reading
// holds one read transaction while open, so all its queries see one committed state even
// while another window imports. Goodwill's own writable files are read with SQLite's locks
// (their -wal/-shm exist while open); anything else is opened strictly read-only
// (docs/decisions.md, Hardening).
class Database
{
public:
    enum class Access
    {
        ReadOnly,
        ReadWrite
    };

    // Creates a new Goodwill file (an error when `path` exists). An empty path gives a
    // private in-memory database, which tests use.
    static Result<std::unique_ptr<Database>> create(const QString &path);
    // Opens an existing file; a Goodwill file of an older schema is migrated when
    // opened read-write.
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access);
    // Opens without requiring the Goodwill schema: `goodwill check` reports what it finds.
    static Result<std::unique_ptr<Database>> openForInspection(const QString &path);

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // True when Goodwill created the file (its application id is Goodwill's).
    bool isGoodwillFile() const { return m_goodwillFile; }
    int schemaVersion() const { return m_schemaVersion; }

    SqliteConnection &connection() { return m_connection; }

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openFile(const QString &path, Access access,
                                                      bool requireSchema);
    Result<void> prepareSchema(bool requireSchema);

    SqliteConnection m_connection;
    QString m_path;
    bool m_readOnly = false;
    bool m_goodwillFile = false;
    int m_schemaVersion = -1;
};

} // namespace goodwill::store
