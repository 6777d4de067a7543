#include "reportcommand.h"

#include "analytics/activitydataset.h"
#include "analytics/capitalengine.h"
#include "analytics/figuresexport.h"
#include "analytics/leaderstats.h"
#include "analytics/sentimentanalyzer.h"
#include "commandline.h"
#include "pdfreport.h"
#include "state/sourcesloader.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace goodwill::app {
int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("ReportCommand", "The activity database."),
        QCoreApplication::translate("ReportCommand", "file"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("ReportCommand",
                                    "departments or leaders (JSON or CSV figures), leader or "
                                    "townhall (a PDF report)."),
        QCoreApplication::translate("ReportCommand", "kind"));
    const QCommandLineOption format(
        QStringLiteral("format"), QCoreApplication::translate("ReportCommand", "json or csv."),
        QCoreApplication::translate("ReportCommand", "format"), QStringLiteral("json"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("ReportCommand", "The file to write."),
                                 QCoreApplication::translate("ReportCommand", "file"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("ReportCommand", "First day (default: the data's)."),
        QCoreApplication::translate("ReportCommand", "YYYY-MM-DD"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("ReportCommand", "Last day (default: the data's)."),
        QCoreApplication::translate("ReportCommand", "YYYY-MM-DD"));
    const QCommandLineOption granularity(
        QStringLiteral("granularity"),
        QCoreApplication::translate("ReportCommand", "week, month or quarter (default month)."),
        QCoreApplication::translate("ReportCommand", "period"), QStringLiteral("month"));
    const QCommandLineOption departments(
        QStringLiteral("departments"),
        QCoreApplication::translate("ReportCommand",
                                    "Comma-separated department names (default all)."),
        QCoreApplication::translate("ReportCommand", "names"));
    const QCommandLineOption model(
        QStringLiteral("model"),
        QCoreApplication::translate("ReportCommand",
                                    "A model file overriding the defaults (docs/model.md)."),
        QCoreApplication::translate("ReportCommand", "file"));
    const QCommandLineOption leader(
        QStringLiteral("leader"),
        QCoreApplication::translate("ReportCommand",
                                    "The leader's e-mail address (--kind leader)."),
        QCoreApplication::translate("ReportCommand", "email"));
    const QCommandLineOption pseudonymise(
        QStringLiteral("pseudonymise"),
        QCoreApplication::translate("ReportCommand",
                                    "Name staff as \"Staff member (Department)\" in PDF reports."));
    parser.addOptions(
        {db, kind, format, out, from, to, granularity, departments, model, leader, pseudonymise});
    if (!parser.parse(QStringList{QStringLiteral("goodwill report")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    const QString kindValue = parser.value(kind);
    const QString formatValue = parser.value(format);
    const QString granularityValue = parser.value(granularity);
    if (!parser.isSet(db) || !parser.isSet(out) || !parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("ReportCommand",
                                               "report needs --db FILE, --kind and --out FILE"));
        return UsageError;
    }
    const bool pdf = kindValue == u"leader" || kindValue == u"townhall";
    if (kindValue != u"departments" && kindValue != u"leaders" && !pdf) {
        printError(QCoreApplication::translate(
                       "ReportCommand",
                       "--kind must be departments, leaders, leader or townhall, not '%1'")
                       .arg(kindValue));
        return UsageError;
    }
    if (kindValue == u"leader" && !parser.isSet(leader)) {
        printError(
            QCoreApplication::translate("ReportCommand", "--kind leader needs --leader EMAIL"));
        return UsageError;
    }
    if (!pdf && formatValue != u"json" && formatValue != u"csv") {
        printError(
            QCoreApplication::translate("ReportCommand", "--format must be json or csv, not '%1'")
                .arg(formatValue));
        return UsageError;
    }
    const std::pair<const char *, analytics::Granularity> granularities[] = {
        {"week", analytics::Granularity::Week},
        {"month", analytics::Granularity::Month},
        {"quarter", analytics::Granularity::Quarter}};
    std::optional<analytics::Granularity> period;
    for (const auto &[name, value] : granularities) {
        if (granularityValue == QLatin1StringView(name))
            period = value;
    }
    if (!period) {
        printError(QCoreApplication::translate(
                       "ReportCommand", "--granularity must be week, month or quarter, not '%1'")
                       .arg(granularityValue));
        return UsageError;
    }
    QDate first, last;
    for (const auto &[option, date] : {std::pair{&from, &first}, std::pair{&to, &last}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            printError(QCoreApplication::translate("ReportCommand",
                                                   "--%1 needs a date as YYYY-MM-DD, not '%2'")
                           .arg(option->names().first(), parser.value(*option)));
            return UsageError;
        }
    }

    // A key the model file gets wrong keeps its default: said on stderr, not fatal.
    if (parser.isSet(model) && !QFileInfo::exists(parser.value(model))) {
        printError(
            QCoreApplication::translate("ReportCommand", "the model file '%1' does not exist")
                .arg(parser.value(model)));
        return Failure;
    }
    const state::SourcesLoader::Outcome loaded = state::SourcesLoader::load(
        parser.value(db), store::Database::Access::ReadOnly, parser.value(model));
    for (const QString &warning : loaded.warnings)
        printError(warning);
    if (!loaded.error.isEmpty()) {
        printError(loaded.error);
        return Failure;
    }
    const analytics::ActivityDataset *data = loaded.sources.dataset.get();
    if (!first.isValid())
        first = data->firstDay();
    if (!last.isValid())
        last = data->lastDay();
    if (!first.isValid() || !last.isValid() || last < first) {
        printError(QCoreApplication::translate("ReportCommand",
                                               "'%1' holds no activity in the period asked for")
                       .arg(parser.value(db)));
        return Failure;
    }

    std::vector<std::int32_t> chosen;
    if (parser.isSet(departments)) {
        for (const QString &name :
             parser.value(departments).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto &all = data->departments();
            const auto found = std::find_if(all.begin(), all.end(), [&](const QString &d) {
                return d.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (found == all.end()) {
                printError(QCoreApplication::translate("ReportCommand",
                                                       "'%1' has no department named '%2'")
                               .arg(parser.value(db), name.trimmed()));
                return UsageError;
            }
            chosen.push_back(std::int32_t(found - all.begin()));
        }
    }
    if (pdf) {
        PdfReportRequest request;
        request.kind = kindValue;
        request.databasePath = parser.value(db);
        request.out = parser.value(out);
        request.leaderEmail = parser.value(leader);
        request.pseudonymise = parser.isSet(pseudonymise);
        request.filter.from = first;
        request.filter.to = last;
        request.filter.granularity = *period;
        request.filter.departments = chosen;
        return writePdfReport(loaded.sources, request);
    }

    QByteArray bytes;
    QJsonObject json{{QStringLiteral("period"),
                      analytics::FiguresExport::period(first, last, granularityValue)}};
    if (kindValue == u"leaders") {
        const auto leaders = loaded.sources.leaders->compute(first, last);
        if (formatValue == u"csv") {
            bytes = analytics::FiguresExport::leadersCsv(leaders);
        } else {
            json[QStringLiteral("leaders")] =
                analytics::FiguresExport::leadersJson(leaders).value(QStringLiteral("leaders"));
        }
    } else {
        analytics::CapitalQuery query;
        query.from = first;
        query.to = last;
        query.granularity = *period;
        query.departments = chosen;
        const auto capital = loaded.sources.engine->compute(query);
        if (formatValue == u"csv") {
            bytes = analytics::FiguresExport::departmentsCsv(capital);
        } else {
            const QJsonObject figures = analytics::FiguresExport::departmentsJson(capital);
            for (auto it = figures.begin(); it != figures.end(); ++it)
                json[it.key()] = *it;
        }
    }
    if (formatValue == u"json")
        bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);

    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(QCoreApplication::translate("ReportCommand", "cannot write '%1': %2")
                       .arg(parser.value(out), file.errorString()));
        return Failure;
    }
    return Success;
}

bool reportNeedsGui(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == u"--kind" && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(u"--kind="))
            value = arguments[i].mid(7);
        if (value == u"leader" || value == u"townhall")
            return true;
    }
    return false;
}

} // namespace goodwill::app
