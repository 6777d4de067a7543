#pragma once

#include "result.h"
#include "sqliteconnection.h"

#include <QString>

#include <memory>

namespace goodwill::store {

// A new database written privately under "<path>.part" and renamed into place by
// commit(): a crash, an error or a cancel never leaves a half-written database under the
// requested name, and while the file is private it needs no journal and no syncs. The
// tables are created at begin(); the secondary indexes at begin() or at commit().
class BulkFile
{
public:
    enum class Indexes
    {
        // Built once at commit(): for rows whose keys come in no order (the demo).
        AtCommit,
        // Kept up to date as rows are written, on the writer's thread: for imports, whose
        // keys arrive sorted channel by channel, so each insert lands beside the last one.
        // An import's reader then need not wait for SQLite's sorter at the end (1M-message
        // Slack export: 0.5-1 s less, docs/decisions.md, "Import speed").
        WhileWriting,
    };
    // An error when `path` exists.
    static Result<std::unique_ptr<BulkFile>> begin(const QString &path,
                                                   Indexes indexes = Indexes::AtCommit);
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
    bool m_indexed = false; // the indexes exist already
};

} // namespace goodwill::store
