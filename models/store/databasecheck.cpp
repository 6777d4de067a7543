#include "databasecheck.h"

#include "database.h"
#include "schema.h"

#include <QCoreApplication>

namespace goodwill::store {

Result<DatabaseCheck> DatabaseCheck::run(const QString &path)
{
    auto database = Database::openForInspection(path);
    if (!database)
        return database.error();
    SqliteConnection &db = (*database)->connection();
    DatabaseCheck check;
    check.path = path;
    check.goodwillFile = (*database)->isGoodwillFile();
    check.schemaVersion = (*database)->schemaVersion();

    auto integrity = db.prepare("PRAGMA integrity_check(20)");
    if (!integrity)
        return Error{QCoreApplication::translate("DatabaseCheck", "'%1' is damaged (%2)")
                         .arg(path, db.lastMessage())};
    SqliteStatement::Step step;
    while ((step = integrity->step()) == SqliteStatement::Step::Row) {
        // One row may hold several problems, one per line.
        for (const QString &line :
             integrity->text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QStringLiteral("ok") && !line.startsWith(QStringLiteral("***"))) {
                check.problems << line;
                check.damaged = true;
            }
        }
    }
    if (step == SqliteStatement::Step::Error)
        return Error{QCoreApplication::translate("DatabaseCheck", "'%1' is damaged (%2)")
                         .arg(path, db.lastMessage())};

    if (check.schemaVersion < 0)
        check.problems << QCoreApplication::translate(
            "DatabaseCheck", "no schema_version table: not a Goodwill activity database");
    else if (check.schemaVersion < schema::oldestReadableVersion && !check.goodwillFile)
        // Goodwill migrates its own older files; a file it did not create is only read.
        check.problems << QCoreApplication::translate(
                              "DatabaseCheck",
                              "schema_version holds no row for version %1, so Goodwill cannot "
                              "read it")
                              .arg(schema::oldestReadableVersion);
    else if (check.schemaVersion > schema::currentVersion)
        check.problems << QCoreApplication::translate(
                              "DatabaseCheck", "schema version %1 is newer than this Goodwill (%2)")
                              .arg(check.schemaVersion)
                              .arg(schema::currentVersion);
    for (const schema::Table &table : schema::tables()) {
        if (!db.tableExists(table.name)) {
            if (check.schemaVersion >= table.since)
                check.problems << QCoreApplication::translate("DatabaseCheck",
                                                              "table %1 is missing")
                                      .arg(QString::fromUtf8(table.name));
            continue;
        }
        auto rows = db.queryInt(std::string("SELECT count(*) FROM ") + table.name);
        if (!rows)
            return Error{QCoreApplication::translate("DatabaseCheck", "'%1' is damaged (%2)")
                             .arg(path, db.lastMessage())};
        check.tables.push_back({QString::fromUtf8(table.name), *rows});
    }
    return check;
}

} // namespace goodwill::store
