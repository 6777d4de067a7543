#include "leaderdetail.h"

#include <algorithm>
#include <map>
#include <set>

namespace goodwill::analytics {

std::vector<LeaderDepartment> LeaderDetail::recognised() const
{
    std::vector<LeaderDepartment> result;
    std::copy_if(departments.begin(), departments.end(), std::back_inserter(result),
                 [](const LeaderDepartment &d) { return d.recognitions > 0; });
    return result;
}

std::vector<LeaderDepartment> LeaderDetail::notRecognised() const
{
    std::vector<LeaderDepartment> result;
    std::copy_if(departments.begin(), departments.end(), std::back_inserter(result),
                 [](const LeaderDepartment &d) { return d.recognitions == 0 && !d.underK; });
    return result;
}

std::optional<LeaderDetail> LeaderDetail::compute(const ActivityDataset &data,
                                                  const LeaderFigures &figures,
                                                  const LeaderDetailQuery &query,
                                                  const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from || query.leader < 0 ||
        query.leader >= std::int32_t(data.people().size()) || !data.isLeader(query.leader))
        return std::nullopt;
    LeaderDetail detail;
    detail.leader = query.leader;
    detail.from = query.from;
    detail.to = query.to;

    // Cadence and responsiveness: the leader's own figures, period by period.
    QDate start = query.from;
    for (const QDate &end : CapitalEngine::periodEnds(query.from, query.to, query.granularity)) {
        const auto stats = figures.compute(query.leader, start, end);
        if (!stats)
            return std::nullopt;
        LeaderPeriod &period = detail.periods.emplace_back();
        period.from = start;
        period.to = end;
        period.posts = stats->posts;
        period.replies = stats->replies;
        period.recognitions = stats->recognitions;
        period.staffComments = stats->staffComments;
        period.answeredComments = stats->answeredComments;
        period.replyRate = stats->replyRate;
        period.medianFirstReplyHours = stats->medianFirstReplyHours;
        start = end.addDays(1);
        if (cancelled())
            return std::nullopt;
    }

    // The staff questions to the leader in the period (shared with the town-hall brief).
    LeaderInboxQuery inboxQuery;
    inboxQuery.from = query.from;
    inboxQuery.to = query.to;
    inboxQuery.scope = query.scope;
    inboxQuery.leaders = {query.leader};
    const std::optional<LeaderInbox> inbox = LeaderInbox::compute(data, inboxQuery, cancel);
    if (!inbox)
        return std::nullopt;
    detail.dataEnd = inbox->dataEnd;
    detail.unanswered = inbox->unanswered();

    // The leader's recognitions in the period, by department.
    const std::int32_t firstDay = ActivityDataset::dayOf(query.from);
    const std::int32_t lastDay = ActivityDataset::dayOf(query.to);
    const ScopeFilter inScope(query.scope, data);
    const auto &activities = data.activities();
    std::map<std::int32_t, int> recognitions;              // by department
    std::map<std::int32_t, std::set<std::int32_t>> people; // by department
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if ((a & 0xffff) == 0 && cancelled())
            return std::nullopt;
        const auto &activity = activities[size_t(a)];
        if (activity.author != query.leader || !activity.recognition || !inScope(a))
            continue;
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        if (day < firstDay || day > lastDay)
            continue;
        std::set<std::int32_t> named;
        for (std::int32_t person : data.recipientsOf(a)) {
            if (const std::int32_t d = data.departmentOn(person, day); d >= 0) {
                named.insert(d);
                people[d].insert(person);
            }
        }
        for (std::int32_t d : named)
            ++recognitions[d];
    }

    // Departments: reach (k applied there) merged with the recognitions.
    const auto wanted = [&](std::int32_t d) {
        return query.departments.empty() ||
               std::find(query.departments.begin(), query.departments.end(), d) !=
                   query.departments.end();
    };
    std::map<std::int32_t, LeaderDepartment> byDepartment;
    for (const DepartmentReach &reach :
         figures.reachByDepartment(query.leader, query.from, query.to)) {
        LeaderDepartment &d = byDepartment[reach.department];
        d.department = reach.department;
        d.headcount = reach.headcount;
        d.reach = reach.share;
    }
    for (const auto &[department, count] : recognitions) {
        LeaderDepartment &d = byDepartment[department];
        d.department = department;
        d.recognitions = count;
        d.peopleRecognised = int(people[department].size());
    }
    for (auto &[department, d] : byDepartment) {
        if (!wanted(department))
            continue;
        d.name = data.departments()[size_t(department)];
        d.underK = !d.reach.has_value(); // reach has a share exactly when there are k staff
        detail.departments.push_back(d);
    }
    return detail;
}

} // namespace goodwill::analytics
