#pragma once

#include "store/records.h"
#include "store/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace goodwill::store {
class SqliteConnection;
}
namespace goodwill::analytics {
class ActivityDataset;
struct ModelSettings;
} // namespace goodwill::analytics

namespace goodwill::items {

// A source (the sources table) with what the database holds from it.
struct SourceRow
{
    std::int64_t id = 0;
    QString kind;
    QString name;
    std::int64_t channels = 0;   // channels of the source
    std::int64_t people = 0;     // people with a user id in the source
    std::int64_t activities = 0; // activities of the source
    std::int64_t runs = 0;       // import runs that wrote to it
    QDateTime lastImport;        // when the latest run finished (or started); invalid: none
};

// One import run (the import_runs table).
struct ImportRunRow
{
    std::int64_t id = 0;
    std::int64_t sourceId = 0; // 0: the run names no source
    QString source;            // "kind: name" of that source, or the run's own kind
    QString fileName;
    QDateTime startedAt, finishedAt; // finishedAt invalid when the run did not finish
    std::int64_t posts = 0, replies = 0, reactions = 0, recognitions = 0, people = 0, channels = 0,
                 skipped = 0;
    QByteArray report; // the JSON report, empty when none

    // The report as the import wizard shows it; the stored text as it is when it is not a
    // Goodwill report.
    QString reportText() const;
};

struct PersonRow
{
    std::int64_t id = 0;
    QString name, email, title;
    QString department; // on the day the tables were read; empty when in none
    std::optional<store::PersonRole> storedRole;                // people.role
    std::optional<store::PersonRole> roleOverride;              // people.role_override
    store::PersonRole effectiveRole = store::PersonRole::Staff; // as every figure counts them
};

struct DepartmentRow
{
    std::int64_t id = 0;
    QString name;
    int headcount = 0; // staff (effective role) in the department on the day
    int leaders = 0;   // leaders in it on the day
    int people = 0;    // everyone the roster ever placed in it
};

struct ChannelRow
{
    std::int64_t id = 0;
    QString name;
    QString source;                                           // "kind: name"
    store::ChannelKind storedKind = store::ChannelKind::Work; // channels.kind, as imported
    store::ChannelKind byName = store::ChannelKind::Work; // the name rules, as the model says now
    std::optional<store::ChannelKind> kindOverride;       // channels.kind_override
    store::ChannelKind effectiveKind = store::ChannelKind::Work; // as every figure counts it
};

// What the Data page lists: the database's sources, import runs, people, departments and
// channels, with the effective roles and kinds of the dataset the figures were computed
// from. Read on a worker thread, over a read connection of its own.
struct DataTables
{
    std::vector<SourceRow> sources;
    std::vector<ImportRunRow> runs; // newest first
    std::vector<PersonRow> people;
    std::vector<DepartmentRow> departments;
    std::vector<ChannelRow> channels;

    // `dataset` must have been read from the same database; `today` is the day for the
    // "today" columns (departments and headcounts).
    static Result<DataTables> load(store::SqliteConnection &connection,
                                   const analytics::ActivityDataset &dataset,
                                   const analytics::ModelSettings &settings, QDate today);
};

// Roles of the editable override columns (PeopleModel, ChannelsModel): the values
// setData takes ("" clears the override) and a label for each, for a choice editor.
enum DataTableRole
{
    ChoiceValuesRole = Qt::UserRole + 110, // QStringList
    ChoiceLabelsRole,                      // QStringList, the same length
};

// Words for people (translated): "Leader", "Staff", "Bot", "Guest"; "Work", "Q&A" ...
QString roleLabel(store::PersonRole role);
QString kindLabel(store::ChannelKind kind);

} // namespace goodwill::items
