#include "reportprovenance.h"

#include "store/contenthash.h"
#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QLocale>
#include <QTimeZone>

namespace goodwill::ui::report {
namespace {

QString granularityName(analytics::Granularity granularity)
{
    switch (granularity) {
    case analytics::Granularity::Week:
        return ReportProvenance::tr("weekly");
    case analytics::Granularity::Month:
        return ReportProvenance::tr("monthly");
    case analytics::Granularity::Quarter:
        return ReportProvenance::tr("quarterly");
    }
    return {};
}

// The names of `indexes` in `names`, or "all" when none are chosen.
QString namesOf(const std::vector<std::int32_t> &indexes, const std::vector<QString> &names)
{
    if (indexes.empty())
        return ReportProvenance::tr("all");
    QStringList chosen;
    for (const std::int32_t index : indexes) {
        if (index >= 0 && size_t(index) < names.size())
            chosen.append(names[size_t(index)]);
    }
    return chosen.join(QStringLiteral(", "));
}

QStringList describeFilter(const analytics::Snapshot &snapshot)
{
    const QLocale locale;
    const analytics::DashboardFilter &filter = snapshot.filter;
    QStringList lines = {
        ReportProvenance::tr("Period: %1 – %2 (%3)")
            .arg(locale.toString(snapshot.from, QLocale::ShortFormat),
                 locale.toString(snapshot.to, QLocale::ShortFormat),
                 granularityName(filter.granularity)),
    };
    const analytics::ActivityDataset *data = snapshot.sources.dataset.get();
    if (!data)
        return lines;
    lines.append(ReportProvenance::tr("Departments: %1")
                     .arg(namesOf(filter.departments, data->departments())));
    std::vector<QString> channelNames;
    for (const analytics::ActivityDataset::Channel &channel : data->channels())
        channelNames.push_back(channel.name);
    lines.append(
        ReportProvenance::tr("Channels: %1").arg(namesOf(filter.scope.channels, channelNames)));
    lines.append(
        ReportProvenance::tr("Sources: %1").arg(namesOf(filter.scope.sources, data->sources())));
    if (filter.leader && *filter.leader >= 0 && size_t(*filter.leader) < data->people().size())
        lines.append(
            ReportProvenance::tr("Leader: %1").arg(data->people()[size_t(*filter.leader)].name));
    if (snapshot.sources.settings)
        lines.append(ReportProvenance::tr("Minimum group size: %1 people (%2 distinct authors "
                                          "for anything read from text)")
                         .arg(snapshot.sources.settings->k)
                         .arg(snapshot.sources.settings->kText));
    return lines;
}

} // namespace

std::optional<ReportProvenance> ReportProvenance::collect(const QString &databasePath,
                                                          const analytics::Snapshot &snapshot,
                                                          bool pseudonymised, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ReportProvenance> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto database = store::Database::open(databasePath, store::Database::Access::ReadOnly);
    if (!database)
        return fail(database.error().message);
    store::SqliteConnection &connection = (*database)->connection();

    ReportProvenance provenance;
    provenance.databasePath = databasePath;
    provenance.generatedAt = QDateTime::currentDateTimeUtc();
    provenance.application = QStringLiteral("Goodwill %1").arg(QStringLiteral(GOODWILL_VERSION));
    provenance.filters = describeFilter(snapshot);
    provenance.pseudonymised = pseudonymised;

    auto statement = connection.prepare(
        "SELECT s.name, s.kind, count(r.id), max(coalesce(r.finished_at, r.started_at)) "
        "FROM sources s LEFT JOIN import_runs r ON r.source_id = s.id "
        "GROUP BY s.id ORDER BY s.id");
    if (!statement)
        return fail(statement.error().message);
    store::SqliteStatement &rows = *statement;
    for (;;) {
        const auto step = rows.step();
        if (step == store::SqliteStatement::Step::Done)
            break;
        if (step != store::SqliteStatement::Step::Row)
            return fail(
                tr("Cannot read the sources of %1: %2").arg(databasePath, rows.errorMessage()));
        Source source;
        source.name = rows.text(0);
        source.platform = rows.text(1);
        source.importRuns = int(rows.int64(2));
        if (!rows.isNull(3))
            source.lastImport =
                QDateTime::fromString(rows.text(3), Qt::ISODate).toTimeZone(QTimeZone::utc());
        provenance.sources.append(source);
    }

    auto hash = store::contentHash(connection);
    if (!hash)
        return fail(hash.error().message);
    provenance.dataSha256 = QString::fromLatin1(hash->toHex());
    return provenance;
}

} // namespace goodwill::ui::report
