#include "importcommand.h"

#include "commandline.h"
#include "importers/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace goodwill::app {
int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ImportCommand",
        "Imports exports (Slack, Viva Engage, Mattermost, Teams, Goodwill CSV/JSONL) and a "
        "roster into a Goodwill database, all or nothing."));
    const QCommandLineOption into(
        QStringLiteral("into"),
        QCoreApplication::translate("ImportCommand",
                                    "The database to import into (created when missing)."),
        QCoreApplication::translate("ImportCommand", "file"));
    const QCommandLineOption roster(
        QStringLiteral("roster"),
        QCoreApplication::translate("ImportCommand",
                                    "A roster CSV with departments, applied after the sources."),
        QCoreApplication::translate("ImportCommand", "file"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate(
            "ImportCommand", "auto (default), slack, engage, mattermost, teams, csv or jsonl."),
        QCoreApplication::translate("ImportCommand", "format"), QStringLiteral("auto"));
    const QCommandLineOption departmentField(
        QStringLiteral("slack-department-field"),
        QCoreApplication::translate(
            "ImportCommand", "Slack: the id of the custom profile field holding the department."),
        QCoreApplication::translate("ImportCommand", "id"));
    const QCommandLineOption reportJson(
        QStringLiteral("report-json"),
        QCoreApplication::translate("ImportCommand", "Also write the report as JSON to this file."),
        QCoreApplication::translate("ImportCommand", "file"));
    parser.addOptions({into, roster, format, departmentField, reportJson});
    parser.addPositionalArgument(
        QStringLiteral("source"),
        QCoreApplication::translate("ImportCommand", "Export files or folders."),
        QStringLiteral("SOURCE..."));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("goodwill import")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    if (!parser.isSet(into) || (parser.positionalArguments().isEmpty() && !parser.isSet(roster))) {
        printError(QCoreApplication::translate(
            "ImportCommand", "import needs at least one SOURCE (or --roster) and --into FILE"));
        return UsageError;
    }
    const auto chosen = importers::formatFromName(parser.value(format));
    if (!chosen || *chosen == importers::ImportFormat::Roster) {
        printError(QCoreApplication::translate(
                       "ImportCommand",
                       "--format takes auto, slack, engage, mattermost, teams, csv or jsonl, not "
                       "'%1'")
                       .arg(parser.value(format)));
        return UsageError;
    }

    importers::ImportRequest request;
    request.sources = parser.positionalArguments();
    request.format = *chosen;
    request.target = parser.value(into);
    request.roster = parser.value(roster);
    request.options.slackDepartmentField = parser.value(departmentField);
    auto result = importers::Importer::run(request);
    if (!result) {
        printError(result.error().message);
        return Failure;
    }
    for (const importers::ImportReport &report : result->reports)
        printOut(report.toText() + QLatin1Char('\n'));
    if (parser.isSet(reportJson)) {
        QSaveFile file(parser.value(reportJson));
        if (!file.open(QIODevice::WriteOnly) || file.write(result->total.toJson()) < 0 ||
            !file.commit()) {
            printError(QCoreApplication::translate(
                           "ImportCommand",
                           "the import succeeded, but the report cannot be written to '%1': %2")
                           .arg(parser.value(reportJson), file.errorString()));
            return Failure;
        }
    }
    return Success;
}

} // namespace goodwill::app
