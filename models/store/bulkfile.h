#pragma once

#include "result.h"
#include "sqliteconnection.h"

#include <QString>

#include <memory>

namespace goodwill::store {

// A new database written privately under "<path>.part" and renamed into place by
// commit(): a crash, an error or a cancel never leaves a half-written database under the
// requested name, and while the file is private it needs no journal and no syncs. The
// tables are created at begin(); the secondary indexes once, at commit().
class BulkFile
{
public:
    // An error when `path` exists.
    static Result<std::unique_ptr<BulkFile>> begin(const QString &path);
    ~BulkFile(); // removes the private file unless committed
    BulkFile(const BulkFile &) = delete;
    BulkFile &operator=(const BulkFile &) = delete;

    SqliteConnection &connection() { return m_connection; }
    Result<void> commit();

private:
    BulkFile() = default;

    SqliteConnection m_connection;
    QString m_path, m_partial;
    bool m_committed = false;
};

} // namespace goodwill::store
