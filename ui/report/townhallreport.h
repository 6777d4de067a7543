#pragma once

#include "analytics/townhallbrief.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace goodwill::analytics {
struct Snapshot;
}

namespace goodwill::ui::report {

// The town-hall brief as a document (docs/user-guide.md, "Town-hall brief"): the summary
// paragraph, the risers and fallers (a chart of the changes and their table, the pillar
// that moved), the themes of the open staff questions with examples, the shout-out
// candidates (people and teams) and the leaders' responsiveness. No provenance: the caller
// adds ReportProvenance::collect(...). Drawing the chart needs a QApplication.
class TownHallReport
{
    Q_DECLARE_TR_FUNCTIONS(TownHallReport)

public:
    // Works the brief out for the snapshot's period with its departments as the audience (and
    // its channels and sources), reading the questions' text from the database at
    // `databasePath` (opened read-only), and lays it out. Empty, with `error` set, when the
    // database cannot be read.
    static std::optional<ReportDocument> build(const analytics::Snapshot &snapshot,
                                               const QString &databasePath,
                                               const ReportOptions &options,
                                               QString *error = nullptr);
    // The same from a brief already worked out (as the page has it).
    static ReportDocument build(std::shared_ptr<const analytics::TownHallBrief> brief,
                                const ReportOptions &options);

    static QString title();
    // The most leaders the report lists (the page's CSV export has them all).
    static constexpr int maxRows = 30;
    // "Ops and Field, 1 Mar 2025 – 31 Mar 2025".
    static QString subtitle(const analytics::TownHallBrief &brief);
};

} // namespace goodwill::ui::report
