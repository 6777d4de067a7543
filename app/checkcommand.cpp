#include "checkcommand.h"

#include "commandline.h"
#include "store/databasecheck.h"

#include <QCoreApplication>

namespace goodwill::app {
int runCheckCommand(const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        printError(QCoreApplication::translate(
            "CheckCommand", "check needs exactly one database file: goodwill check FILE"));
        return UsageError;
    }
    auto check = store::DatabaseCheck::run(arguments.first());
    if (!check) {
        printError(check.error().message);
        return Failure;
    }
    QString report =
        QCoreApplication::translate(
            "CheckCommand",
            "%1\n  created by Goodwill: %2\n  schema version: %3\n  integrity: %4\n")
            .arg(check->path, check->goodwillFile
                                  ? QCoreApplication::translate("CheckCommand", "yes")
                                  : QCoreApplication::translate("CheckCommand", "no"))
            .arg(check->schemaVersion)
            .arg(check->healthy() ? QCoreApplication::translate("CheckCommand", "ok")
                                  : QCoreApplication::translate("CheckCommand", "problems found"));
    for (const auto &table : check->tables)
        report += QStringLiteral("  %1 %2\n").arg(table.table, -24).arg(table.rows);
    printOut(report);
    if (!check->healthy()) {
        const QString more = check->problems.size() > 1
                                 ? QCoreApplication::translate("CheckCommand", " (+%1 more)")
                                       .arg(check->problems.size() - 1)
                                 : QString();
        const QString verdict =
            check->damaged
                ? QCoreApplication::translate("CheckCommand", "'%1' is damaged: %2%3")
                : QCoreApplication::translate("CheckCommand", "'%1' cannot be used: %2%3");
        printError(verdict.arg(check->path, check->problems.first(), more));
        return Failure;
    }
    return Success;
}

} // namespace goodwill::app
