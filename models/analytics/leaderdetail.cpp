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

    // One pass over the activities: the leader's replies by thread, their recognitions in
    // the period, and the staff questions to them in the period.
    const std::int32_t firstDay = ActivityDataset::dayOf(query.from);
    const std::int32_t lastDay = ActivityDataset::dayOf(query.to);
    const ScopeFilter inScope(query.scope, data);
    const auto &activities = data.activities();
    std::vector<std::pair<std::int32_t, std::uint32_t>> replies; // (thread root, at)
    std::vector<std::int32_t> questions;
    std::map<std::int32_t, int> recognitions;              // by department
    std::map<std::int32_t, std::set<std::int32_t>> people; // by department
    std::uint32_t dataEnd = 0;
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if ((a & 0xffff) == 0 && cancelled())
            return std::nullopt;
        const auto &activity = activities[size_t(a)];
        dataEnd = std::max(dataEnd, activity.at);
        const bool byLeader = activity.author == query.leader;
        if (!byLeader && !activity.question)
            continue;
        if (!inScope(a))
            continue;
        if (byLeader && activity.kind == store::ActivityKind::Reply)
            replies.emplace_back(activity.root, activity.at);
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        if (day < firstDay || day > lastDay)
            continue;
        if (byLeader && activity.recognition) {
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
        if (activity.question) {
            const auto leaders = LeaderFigures::commentedLeaders(data, a);
            if (std::find(leaders.begin(), leaders.end(), query.leader) != leaders.end())
                questions.push_back(a);
        }
    }
    detail.dataEnd = QDateTime::fromSecsSinceEpoch(dataEnd, Qt::UTC);

    // Unanswered: no reply of the leader in the thread after the question, ever.
    std::sort(replies.begin(), replies.end());
    for (std::int32_t q : questions) {
        const auto &question = activities[size_t(q)];
        const auto later =
            std::upper_bound(replies.begin(), replies.end(), std::pair{question.root, question.at});
        if (later != replies.end() && later->first == question.root)
            continue;
        UnansweredQuestion &u = detail.unanswered.emplace_back();
        u.activity = q;
        u.at = QDateTime::fromSecsSinceEpoch(question.at, Qt::UTC);
        u.author = question.author;
        u.department = data.departmentOn(question.author, ActivityDataset::dayOf(question.at));
        u.channel = data.channelOf(q);
        u.hoursWaiting = double(dataEnd - question.at) / 3600.0;
    }
    std::sort(detail.unanswered.begin(), detail.unanswered.end(),
              [&](const UnansweredQuestion &x, const UnansweredQuestion &y) {
                  const auto xAt = activities[size_t(x.activity)].at;
                  const auto yAt = activities[size_t(y.activity)].at;
                  return std::tie(xAt, x.activity) < std::tie(yAt, y.activity);
              });

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
