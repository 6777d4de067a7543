#pragma once

#include "activitydataset.h"
#include "activityscope.h"
#include "capitalengine.h"
#include "leaderinbox.h"
#include "leaderstats.h"

#include <QDate>
#include <QDateTime>

#include <atomic>
#include <optional>
#include <vector>

namespace goodwill::analytics {

// What to show for one leader (docs/model.md section 3.1).
struct LeaderDetailQuery
{
    std::int32_t leader = -1; // person index
    QDate from;
    QDate to;
    Granularity granularity = Granularity::Month;
    // The departments the department lists are limited to (empty: all).
    std::vector<std::int32_t> departments;
    // Channels and sources: must be the scope the LeaderFigures were built for.
    ActivityScope scope;
};

// One period of the leader's cadence and responsiveness: [from, to] as
// CapitalEngine::periodEnds cuts the query's days, with that period's LeaderStats figures.
struct LeaderPeriod
{
    QDate from;
    QDate to;
    int posts = 0;
    int replies = 0;
    int recognitions = 0;
    int staffComments = 0;
    int answeredComments = 0;
    std::optional<double> replyRate;
    std::optional<double> medianFirstReplyHours;
};

// A department as the leader's recognitions and reach saw it over the whole query.
struct LeaderDepartment
{
    std::int32_t department = -1;
    QString name;
    // Staff on the query's last day; 0 when under k (the size of a small group is not shown).
    int headcount = 0;
    bool underK = false;
    int recognitions = 0; // the leader's recognitions naming someone of the department
    int peopleRecognised = 0;
    std::optional<double> reach; // LeaderFigures::reachByDepartment; empty under k
};

struct LeaderDetail
{
    std::int32_t leader = -1;
    QDate from;
    QDate to;
    QDateTime dataEnd; // the latest activity of the dataset: what "waiting" is measured to
    std::vector<LeaderPeriod> periods;
    // Every department with staff on the last day or recognised by the leader, in dataset
    // order (limited to the query's departments when it names some).
    std::vector<LeaderDepartment> departments;
    // Staff questions to the leader (LeaderInbox) with no reply of theirs in the thread, oldest
    // first. The leader's own inbox: staff names may be shown.
    std::vector<UnansweredQuestion> unanswered;

    // Departments the leader recognised someone in (recognitions > 0).
    std::vector<LeaderDepartment> recognised() const;
    // Departments with at least k staff on the last day that the leader recognised no one in.
    std::vector<LeaderDepartment> notRecognised() const;

    // Empty when `query.leader` is not a leader of `figures`, the days are invalid, or
    // `cancel` became true. `figures` must have been built over `data` for `query.scope`.
    static std::optional<LeaderDetail> compute(const ActivityDataset &data,
                                               const LeaderFigures &figures,
                                               const LeaderDetailQuery &query,
                                               const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::analytics
