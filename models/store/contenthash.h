#pragma once

#include "result.h"

#include <QByteArray>

namespace goodwill::store {

class SqliteConnection;

// SHA-256 over the data a dashboard is computed from: every row of every table except
// the run log (schema_version, import_runs), in primary-key order, each value tagged with
// its type. Two databases with the same content have the same hash whatever their page
// layout; reports print it so a reader can tell which data they were made from.
Result<QByteArray> contentHash(SqliteConnection &connection);

} // namespace goodwill::store
