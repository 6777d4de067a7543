#pragma once

#include "result.h"

#include <vector>

namespace goodwill::store {

class SqliteConnection;

// The activity database schema (documented column by column in docs/schema.md) and the
// migrations that bring older Goodwill files up to date.
namespace schema {

inline constexpr int currentVersion = 3;
// The oldest version read as it is, without migrating: a file of this version or later,
// opened read-only (one Goodwill did not create, or one opened for reading only), is read
// as it stands. v2 only added handled_questions, so a v1 file reads as one with no marks;
// v3 only dropped two indexes.
inline constexpr int oldestReadableVersion = 1;
// PRAGMA application_id of files Goodwill created: "Good" in ASCII.
inline constexpr int applicationId = 0x476F6F64;

// Creates the tables of the current version (no secondary indexes) and records the version.
Result<void> createTables(SqliteConnection &connection);
// Secondary indexes, kept apart so a bulk load can build them once at the end.
Result<void> createIndexes(SqliteConnection &connection);

// The schema version recorded in the file, or 0 for a v0 file (no version table rows)
// and -1 when the file has no schema_version table at all.
Result<int> storedVersion(SqliteConnection &connection);
// Runs every migration from `from` up to currentVersion inside the caller's transaction.
Result<void> migrate(SqliteConnection &connection, int from);

// Every table, in the order rows are hashed and counted, with its key order.
struct Table
{
    const char *name;
    const char *keyOrder;
    bool runLog;   // describes how data arrived, not the data itself
    int since = 1; // the schema version that added it: absent from older files
};
const std::vector<Table> &tables();

} // namespace schema
} // namespace goodwill::store
