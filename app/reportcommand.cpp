#include "reportcommand.h"

#include "analytics/activitydataset.h"
#include "analytics/capitalengine.h"
#include "analytics/figuresexport.h"
#include "analytics/leaderstats.h"
#include "analytics/sentimentanalyzer.h"
#include "commandline.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace goodwill::app {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The activity database."), tr("file"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("departments or leaders."),
                                  tr("kind"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json or csv."), tr("format"),
                                    QStringLiteral("json"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), tr("file"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (default: the data's)."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (default: the data's)."),
                                tr("YYYY-MM-DD"));
    const QCommandLineOption granularity(QStringLiteral("granularity"),
                                         tr("week, month or quarter (default month)."),
                                         tr("period"), QStringLiteral("month"));
    const QCommandLineOption departments(QStringLiteral("departments"),
                                         tr("Comma-separated department names (default all)."),
                                         tr("names"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   tr("A model file overriding the defaults (docs/model.md)."),
                                   tr("file"));
    parser.addOptions({db, kind, format, out, from, to, granularity, departments, model});
    if (!parser.parse(QStringList{QStringLiteral("goodwill report")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    const QString kindValue = parser.value(kind);
    const QString formatValue = parser.value(format);
    const QString granularityValue = parser.value(granularity);
    if (!parser.isSet(db) || !parser.isSet(out) || !parser.positionalArguments().isEmpty()) {
        printError(tr("report needs --db FILE, --kind and --out FILE"));
        return UsageError;
    }
    if (kindValue != u"departments" && kindValue != u"leaders") {
        printError(tr("--kind must be departments or leaders, not '%1'").arg(kindValue));
        return UsageError;
    }
    if (formatValue != u"json" && formatValue != u"csv") {
        printError(tr("--format must be json or csv, not '%1'").arg(formatValue));
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
        printError(
            tr("--granularity must be week, month or quarter, not '%1'").arg(granularityValue));
        return UsageError;
    }
    QDate first, last;
    for (const auto &[option, date] : {std::pair{&from, &first}, std::pair{&to, &last}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            printError(tr("--%1 needs a date as YYYY-MM-DD, not '%2'")
                           .arg(option->names().first(), parser.value(*option)));
            return UsageError;
        }
    }

    auto database = store::Database::open(parser.value(db), store::Database::Access::ReadOnly);
    if (!database) {
        printError(database.error().message);
        return Failure;
    }
    // A key the model file gets wrong keeps its default: said on stderr, not fatal.
    const analytics::ModelLoad load = analytics::ModelFile::load(parser.value(model));
    if (parser.isSet(model) && !QFileInfo::exists(parser.value(model))) {
        printError(tr("the model file '%1' does not exist").arg(parser.value(model)));
        return Failure;
    }
    for (const Error &problem : load.problems)
        printError(problem.message);
    const analytics::ModelSettings &settings = load.settings;
    auto lexicon = analytics::SentimentLexicon::englishWorkplace();
    if (!lexicon) {
        printError(lexicon.error().message);
        return Failure;
    }
    const analytics::SentimentAnalyzer tone(std::move(lexicon).value());
    auto data = analytics::ActivityDataset::load((*database)->connection(), settings, &tone);
    if (!data) {
        printError(data.error().message);
        return Failure;
    }
    if (!first.isValid())
        first = data->firstDay();
    if (!last.isValid())
        last = data->lastDay();
    if (!first.isValid() || !last.isValid() || last < first) {
        printError(tr("'%1' holds no activity in the period asked for").arg(parser.value(db)));
        return Failure;
    }

    QByteArray bytes;
    QJsonObject json{{QStringLiteral("period"),
                      analytics::FiguresExport::period(first, last, granularityValue)}};
    if (kindValue == u"leaders") {
        const auto leaders = analytics::LeaderFigures(*data, settings).compute(first, last);
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
        if (parser.isSet(departments)) {
            for (const QString &name :
                 parser.value(departments).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto &all = data->departments();
                const auto found = std::find_if(all.begin(), all.end(), [&](const QString &d) {
                    return d.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
                });
                if (found == all.end()) {
                    printError(tr("'%1' has no department named '%2'")
                                   .arg(parser.value(db), name.trimmed()));
                    return UsageError;
                }
                query.departments.push_back(std::int32_t(found - all.begin()));
            }
        }
        analytics::CapitalEngine engine(*data, settings);
        const auto capital = engine.compute(query);
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
        printError(tr("cannot write '%1': %2").arg(parser.value(out), file.errorString()));
        return Failure;
    }
    return Success;
}

} // namespace goodwill::app
