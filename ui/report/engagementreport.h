#pragma once

#include "analytics/leaderengagement.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace goodwill::analytics {
struct Snapshot;
}

namespace goodwill::ui::report {

// The "My engagement" report of one leader (docs/user-guide.md, "My engagement"): what the
// page shows, as a document: cadence against the goals, persona and what would move it,
// percentiles among leaders, the reply-rate and time-to-first-reply trend (charts as
// pictures, and their table), the open staff questions (those marked handled left out), who
// was not recognised in the window, the best-received posts and the nudges. No provenance:
// the caller adds ReportProvenance::collect(...). Drawing the charts needs a QApplication.
class EngagementReport
{
    Q_DECLARE_TR_FUNCTIONS(EngagementReport)

public:
    // Works the figures out for `leader` (a person index of the snapshot's dataset) over the
    // snapshot's period, departments, channels and sources, reading the leader's handled marks
    // and the messages' text from the database at `databasePath` (opened read-only). Empty,
    // with `error` set, when the database cannot be read or `leader` is not a leader.
    static std::optional<ReportDocument> build(const analytics::Snapshot &snapshot,
                                               std::int32_t leader, const QString &databasePath,
                                               const ReportOptions &options,
                                               QString *error = nullptr);
    // The same from figures already worked out (LeaderEngagement::load, as the page has them).
    static ReportDocument build(const analytics::Snapshot &snapshot,
                                const analytics::LeaderEngagement &engagement,
                                const ReportOptions &options);

    // The most rows a table of the report lists (the page's CSV exports have them all).
    static constexpr int maxRows = 40;
};

} // namespace goodwill::ui::report
