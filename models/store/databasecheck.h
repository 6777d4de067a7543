#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace goodwill::store {

// What `goodwill check` reports: SQLite's integrity check, the schema version and the
// number of rows in each table. Opens the file strictly read-only.
struct DatabaseCheck
{
    struct TableCount
    {
        QString table;
        std::int64_t rows = 0;
    };

    QString path;
    bool goodwillFile = false;
    int schemaVersion = -1;
    QStringList problems; // empty when healthy
    bool damaged = false; // SQLite's integrity check failed (the other problems are schema ones)
    std::vector<TableCount> tables;

    bool healthy() const { return problems.isEmpty(); }

    static Result<DatabaseCheck> run(const QString &path);
};

} // namespace goodwill::store
