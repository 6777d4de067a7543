#include "datatables.h"

#include "analytics/activitydataset.h"
#include "analytics/modelsettings.h"
#include "analytics/textrules.h"
#include "importers/importreport.h"
#include "store/overrideedit.h"
#include "store/sqliteconnection.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace goodwill::items {
namespace {

using store::SqliteStatement;

// Steps `sql` and hands each row to `row`; an error naming the table when reading fails.
Result<void> forEachRow(store::SqliteConnection &connection, std::string_view sql,
                        const char *table, const std::function<void(const SqliteStatement &)> &row)
{
    auto statement = connection.prepare(sql);
    if (!statement)
        return statement.error();
    SqliteStatement::Step step;
    while ((step = statement->step()) == SqliteStatement::Step::Row)
        row(*statement);
    if (step == SqliteStatement::Step::Error)
        return connection.error(QCoreApplication::translate("DataTables", "cannot read %1")
                                    .arg(QString::fromLatin1(table)));
    return {};
}

QDateTime isoTime(const SqliteStatement &row, int column)
{
    if (row.isNull(column))
        return {};
    return QDateTime::fromString(row.text(column), Qt::ISODate);
}

// The dataset's person (or channel) with database id `id`: both are read in id order.
template <typename T> const T *findById(const std::vector<T> &rows, std::int64_t id)
{
    const auto found =
        std::lower_bound(rows.begin(), rows.end(), id,
                         [](const T &row, std::int64_t value) { return row.id < value; });
    return found != rows.end() && found->id == id ? &*found : nullptr;
}

} // namespace

QString ImportRunRow::reportText() const
{
    if (report.isEmpty())
        return QCoreApplication::translate("DataTables", "This run left no report.");
    auto parsed = importers::ImportReport::fromJson(report);
    if (!parsed)
        return QString::fromUtf8(report);
    parsed->source = fileName;
    parsed->format = source;
    return parsed->toText();
}

Result<DataTables> DataTables::load(store::SqliteConnection &connection,
                                    const analytics::ActivityDataset &dataset,
                                    const analytics::ModelSettings &settings, QDate today)
{
    DataTables tables;

    // Sources, with what the database holds from each.
    std::unordered_map<std::int64_t, QString> sourceNames;
    auto read = forEachRow(
        connection,
        "SELECT s.id, s.kind, s.name, "
        "(SELECT count(*) FROM channels c WHERE c.source_id = s.id), "
        "(SELECT count(DISTINCT person_id) FROM person_source_ids p WHERE p.source_id = s.id), "
        "(SELECT count(*) FROM import_runs r WHERE r.source_id = s.id), "
        "(SELECT max(coalesce(finished_at, started_at)) FROM import_runs r "
        " WHERE r.source_id = s.id) "
        "FROM sources s ORDER BY s.kind, s.name",
        "sources", [&](const SqliteStatement &row) {
            SourceRow source;
            source.id = row.int64(0);
            source.kind = row.text(1);
            source.name = row.text(2);
            source.channels = row.int64(3);
            source.people = row.int64(4);
            source.runs = row.int64(5);
            source.lastImport = isoTime(row, 6);
            sourceNames[source.id] = source.kind + QStringLiteral(": ") + source.name;
            tables.sources.push_back(std::move(source));
        });
    if (!read)
        return read.error();
    std::unordered_map<std::int64_t, std::int64_t> activitiesBySource;
    read = forEachRow(
        connection, "SELECT source_id, count(*) FROM activities GROUP BY source_id", "activities",
        [&](const SqliteStatement &row) { activitiesBySource[row.int64(0)] = row.int64(1); });
    if (!read)
        return read.error();
    for (SourceRow &source : tables.sources)
        source.activities = activitiesBySource[source.id];

    // Import runs, newest first.
    read = forEachRow(
        connection,
        "SELECT id, source_id, source_kind, file_name, started_at, finished_at, posts, replies, "
        "reactions, recognitions, people, channels, skipped, report FROM import_runs "
        "ORDER BY started_at DESC, id DESC",
        "import_runs", [&](const SqliteStatement &row) {
            ImportRunRow run;
            run.id = row.int64(0);
            run.sourceId = row.isNull(1) ? 0 : row.int64(1);
            const auto name = sourceNames.find(run.sourceId);
            run.source = name != sourceNames.end() ? name->second : row.text(2);
            run.fileName = row.text(3);
            run.startedAt = isoTime(row, 4);
            run.finishedAt = isoTime(row, 5);
            std::int64_t *counts[] = {&run.posts,  &run.replies,  &run.reactions, &run.recognitions,
                                      &run.people, &run.channels, &run.skipped};
            for (int i = 0; i < 7; ++i)
                *counts[i] = row.int64(6 + i);
            const std::string_view report = row.textView(13);
            run.report = QByteArray(report.data(), qsizetype(report.size()));
            tables.runs.push_back(std::move(run));
        });
    if (!read)
        return read.error();

    // People: what is stored, and how the dataset counts them today.
    const std::int32_t day = analytics::ActivityDataset::dayOf(today);
    const auto &persons = dataset.people();
    read = forEachRow(
        connection,
        "SELECT id, display_name, email, title, role, role_override FROM people ORDER BY id",
        "people", [&](const SqliteStatement &row) {
            PersonRow person;
            person.id = row.int64(0);
            person.name = row.text(1);
            person.email = row.text(2);
            person.title = row.text(3);
            person.storedRole = store::personRoleFromString(row.textView(4));
            person.roleOverride = store::personRoleFromString(row.textView(5));
            if (const auto *known = findById(persons, person.id)) {
                person.effectiveRole = known->role;
                const std::int32_t department =
                    dataset.departmentOn(std::int32_t(known - persons.data()), day);
                if (department >= 0)
                    person.department = dataset.departments()[size_t(department)];
            } else {
                person.effectiveRole = person.roleOverride.value_or(
                    person.storedRole.value_or(store::PersonRole::Staff));
            }
            tables.people.push_back(std::move(person));
        });
    if (!read)
        return read.error();

    // Departments: headcounts on the day, and everyone the roster ever placed in each.
    const auto &departmentNames = dataset.departments();
    std::vector<int> staffToday(departmentNames.size()), leadersToday(departmentNames.size()),
        everyone(departmentNames.size());
    for (size_t p = 0; p < persons.size(); ++p) {
        const std::int32_t department = dataset.departmentOn(std::int32_t(p), day);
        if (department >= 0 && persons[p].role == store::PersonRole::Staff)
            ++staffToday[size_t(department)];
        if (department >= 0 && persons[p].role == store::PersonRole::Leader)
            ++leadersToday[size_t(department)];
        std::vector<std::int32_t> seen;
        for (const auto &stint : persons[p].stints) {
            if (std::find(seen.begin(), seen.end(), stint.department) == seen.end()) {
                seen.push_back(stint.department);
                ++everyone[size_t(stint.department)];
            }
        }
    }
    read = forEachRow(connection, "SELECT id, name FROM departments ORDER BY name", "departments",
                      [&](const SqliteStatement &row) {
                          DepartmentRow department;
                          department.id = row.int64(0);
                          department.name = row.text(1);
                          const auto index = std::find(departmentNames.begin(),
                                                       departmentNames.end(), department.name);
                          if (index != departmentNames.end()) {
                              const size_t i = size_t(index - departmentNames.begin());
                              department.headcount = staffToday[i];
                              department.leaders = leadersToday[i];
                              department.people = everyone[i];
                          }
                          tables.departments.push_back(std::move(department));
                      });
    if (!read)
        return read.error();

    // Channels: as imported, as the name rules say now, overridden, and as counted.
    const analytics::ChannelKindClassifier byName(settings);
    read = forEachRow(
        connection,
        "SELECT c.id, c.name, s.kind || ': ' || s.name, c.kind, c.kind_override "
        "FROM channels c LEFT JOIN sources s ON s.id = c.source_id ORDER BY c.id",
        "channels", [&](const SqliteStatement &row) {
            ChannelRow channel;
            channel.id = row.int64(0);
            channel.name = row.text(1);
            channel.source = row.text(2);
            channel.storedKind =
                store::channelKindFromString(row.textView(3)).value_or(store::ChannelKind::Work);
            channel.byName = byName.kindOf(channel.name);
            channel.kindOverride = store::channelKindFromString(row.textView(4));
            const auto *known = findById(dataset.channels(), channel.id);
            channel.effectiveKind =
                known ? known->kind : channel.kindOverride.value_or(channel.storedKind);
            tables.channels.push_back(std::move(channel));
        });
    if (!read)
        return read.error();
    return tables;
}

QString roleLabel(store::PersonRole role)
{
    switch (role) {
    case store::PersonRole::Leader:
        return QCoreApplication::translate("DataTables", "Leader");
    case store::PersonRole::Staff:
        return QCoreApplication::translate("DataTables", "Staff");
    case store::PersonRole::Bot:
        return QCoreApplication::translate("DataTables", "Bot");
    case store::PersonRole::Guest:
        return QCoreApplication::translate("DataTables", "Guest");
    }
    return {};
}

QString kindLabel(store::ChannelKind kind)
{
    switch (kind) {
    case store::ChannelKind::Work:
        return QCoreApplication::translate("DataTables", "Work");
    case store::ChannelKind::Announcement:
        return QCoreApplication::translate("DataTables", "Announcement");
    case store::ChannelKind::Social:
        return QCoreApplication::translate("DataTables", "Social");
    case store::ChannelKind::Recognition:
        return QCoreApplication::translate("DataTables", "Recognition");
    case store::ChannelKind::Qa:
        return QCoreApplication::translate("DataTables", "Q&A");
    }
    return {};
}

} // namespace goodwill::items
