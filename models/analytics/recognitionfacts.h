#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace goodwill::analytics {

struct Snapshot;

// One department as the Recognition page shows it (a column of the matrix, a row of the
// summary). Counts are recognitions received in the period, one per person recognised
// (a recognition naming two people of the department counts twice), by the department
// each recipient was in on the day. Everything but the name and the reason is empty when
// the department is hidden by the privacy rules.
struct RecognitionDepartment
{
    std::int32_t department = -1; // dataset index
    QString name;
    bool suppressed = false;
    QString suppressedReason;
    std::optional<int> headcount;   // staff on the period's last day
    std::optional<int> received;    // from anyone
    std::optional<int> fromLeaders; // from leaders
};

// One leader's row of the matrix.
struct RecognitionLeaderRow
{
    std::int32_t person = -1;
    QString name;
    QString department;   // the leader's own, on the period's last day
    int recognitions = 0; // the leader figure: recognition activities in the period
    // Per entry of RecognitionFacts::departments: recognitions this leader gave to people of
    // that department (one per recipient); empty for a hidden department.
    std::vector<std::optional<int>> byDepartment;
};

// A department (with at least k staff, not hidden) that no leader recognised in the period.
struct RecognitionBlindSpot
{
    std::int32_t department = -1;
    QString name;
    int headcount = 0;
    std::optional<QDate> lastLeaderRecognition; // before the period; empty: never in the data
    std::optional<int> daysSince;               // from then to the period's last day
    int fromColleagues = 0; // recognitions received from non-leaders in the period
};

// A recognition activity in the period, for the "recent recognitions" list (text is read
// from the database on demand: MessageLookup).
struct RecentRecognition
{
    std::int32_t activity = -1; // dataset index
    QDateTime at;               // UTC
    std::int32_t author = -1;   // person index
    QString authorName;
    bool authorIsLeader = false;
    std::vector<std::int32_t> recipients; // person indexes
    QStringList recipientNames;
    std::vector<std::int32_t> departments; // distinct departments of the recipients on the day
    QStringList departmentNames;
};

// What the Recognition page shows for one snapshot (docs/model.md, "Recognition page"):
// the leaders -> departments matrix, blind spots, the latest recognitions and the counts
// received by each department. Computed from the snapshot's sources over its days, its
// channels and sources, its departments and its leader; the privacy decision for each
// department (fewer than k staff) is the capital engine's, read
// from the snapshot, so that every page hides the same departments.
struct RecognitionFacts
{
    QDate from;
    QDate to;
    std::vector<RecognitionDepartment> departments; // columns, in dataset order
    std::vector<RecognitionLeaderRow> leaders;      // the snapshot's leaders, in its order
    std::vector<RecognitionBlindSpot> blindSpots;   // in dataset order
    std::vector<RecentRecognition> recent;          // newest first, at most `recentLimit`
    int recognitions = 0;        // recognition activities in the period (any author)
    int leaderRecognitions = 0;  // ... by leaders
    int recentLimit = 0;         // as asked
    bool hasDepartments = false; // the data has any department at all

    static constexpr int defaultRecentLimit = 50;

    // Needs the snapshot's sources (dataset and settings). Null when `cancel` became true.
    static std::shared_ptr<const RecognitionFacts>
    compute(const Snapshot &snapshot, int recentLimit = defaultRecentLimit,
            const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::analytics
