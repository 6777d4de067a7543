#pragma once

#include "analytics/snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace goodwill::ui::report {

// Where a report's figures came from: enough to reproduce it.
struct ReportProvenance
{
    Q_DECLARE_TR_FUNCTIONS(ReportProvenance)

public:
    struct Source
    {
        QString name;         // as the import named it
        QString platform;     // slack, engage, ...
        QDateTime lastImport; // UTC; invalid when never recorded
        int importRuns = 0;
    };

    QString databasePath;
    QDateTime generatedAt; // UTC
    QString application;   // "Goodwill 0.x"
    // One line per filter ("Period: 1 Jan 2026 – 31 Mar 2026", "Departments: all", ...).
    QStringList filters;
    QList<Source> sources;
    QString dataSha256; // hex of store::contentHash
    bool pseudonymised = false;

    // Reads the sources and the content hash of the database at `databasePath` (opened
    // read-only) and describes `snapshot`'s filter. Empty with `error` set when the
    // database cannot be read.
    static std::optional<ReportProvenance> collect(const QString &databasePath,
                                                   const analytics::Snapshot &snapshot,
                                                   bool pseudonymised, QString *error);
};

} // namespace goodwill::ui::report
