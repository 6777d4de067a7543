#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>

namespace goodwill::importers {

// Why a record was not imported. Names are stable: they are the keys of "skipped" in the
// JSON report (docs/cli.md).
enum class SkipReason
{
    AlreadyImported,
    UnknownUser,
    MissingParent,
    SystemMessage,
    Bot,
    Deleted,
    Empty,
    Count
};
const char *skipReasonName(SkipReason reason);

// What one import run added and what it left out. Counts are what this run added to the
// database; first and last span every activity the source holds.
struct ImportReport
{
    QString source; // the file or folder imported
    QString format; // slack, engage, ...
    std::int64_t posts = 0, replies = 0, reactions = 0, recognitions = 0;
    std::int64_t people = 0, channels = 0, stints = 0;
    std::int64_t first = std::numeric_limits<std::int64_t>::max(); // seconds, UTC
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    std::array<std::int64_t, std::size_t(SkipReason::Count)> skipped{};
    QStringList warnings;

    bool hasActivities() const { return first <= last; }
    std::int64_t skippedTotal() const;
    void add(const ImportReport &other); // sums two runs (several sources at once)

    // {"posts", "replies", "reactions", "recognitions", "people", "channels", "first",
    //  "last", "skipped": {"<reason>": n}, "warnings": [...]}; first/last ISO 8601 UTC or null.
    QByteArray toJson() const;
    // A report back from toJson() (the import_runs.report column); nullopt when `json` is
    // not such a report. Unknown skip reasons are left out; source and format stay empty.
    static std::optional<ImportReport> fromJson(const QByteArray &json);
    // The report as the CLI prints it and the wizard shows it (translated).
    QString toText() const;
};

} // namespace goodwill::importers
