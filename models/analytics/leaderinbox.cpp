#include "leaderinbox.h"

#include "leaderstats.h"

#include <algorithm>
#include <tuple>

namespace goodwill::analytics {

std::vector<StaffQuestion> LeaderInbox::unanswered() const
{
    std::vector<StaffQuestion> result;
    std::copy_if(questions.begin(), questions.end(), std::back_inserter(result),
                 [](const StaffQuestion &q) { return !q.answered; });
    return result;
}

std::optional<LeaderInbox> LeaderInbox::compute(const ActivityDataset &data,
                                                const LeaderInboxQuery &query,
                                                const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        return std::nullopt;
    const auto &people = data.people();
    std::vector<bool> wanted(people.size(), query.leaders.empty());
    for (std::int32_t leader : query.leaders) {
        if (leader >= 0 && size_t(leader) < people.size())
            wanted[size_t(leader)] = true;
    }
    const auto isWanted = [&](std::int32_t person) {
        return wanted[size_t(person)] && data.isLeader(person);
    };

    // One pass: the wanted leaders' replies by thread, and the staff questions to them in
    // the period (each with the leaders it is addressed to).
    const std::int32_t firstDay = ActivityDataset::dayOf(query.from);
    const std::int32_t lastDay = ActivityDataset::dayOf(query.to);
    const ScopeFilter inScope(query.scope, data);
    const auto &activities = data.activities();
    std::vector<std::tuple<std::int32_t, std::int32_t, std::uint32_t>> replies; // leader, root, at
    std::vector<std::pair<std::int32_t, std::int32_t>> asked;                   // question, leader
    std::uint32_t dataEnd = 0;
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if ((a & 0xffff) == 0 && cancelled())
            return std::nullopt;
        const auto &activity = activities[size_t(a)];
        dataEnd = std::max(dataEnd, activity.at);
        const bool leaderReply =
            activity.kind == store::ActivityKind::Reply && isWanted(activity.author);
        if (!leaderReply && !activity.question)
            continue;
        if (!inScope(a))
            continue;
        if (leaderReply)
            replies.emplace_back(activity.author, activity.root, activity.at);
        if (!activity.question)
            continue;
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        if (day < firstDay || day > lastDay)
            continue;
        for (std::int32_t leader : LeaderFigures::commentedLeaders(data, a)) {
            if (isWanted(leader))
                asked.emplace_back(a, leader);
        }
    }

    LeaderInbox inbox;
    inbox.dataEnd = QDateTime::fromSecsSinceEpoch(dataEnd, Qt::UTC);
    // Answered: a reply of that leader in the thread at a later time, up to the end of data.
    std::sort(replies.begin(), replies.end());
    inbox.questions.reserve(asked.size());
    for (const auto &[q, leader] : asked) {
        const auto &question = activities[size_t(q)];
        const auto later = std::upper_bound(replies.begin(), replies.end(),
                                            std::tuple{leader, question.root, question.at});
        StaffQuestion &entry = inbox.questions.emplace_back();
        entry.activity = q;
        entry.at = QDateTime::fromSecsSinceEpoch(question.at, Qt::UTC);
        entry.author = question.author;
        entry.leader = leader;
        entry.department = data.departmentOn(question.author, ActivityDataset::dayOf(question.at));
        entry.channel = data.channelOf(q);
        entry.answered = later != replies.end() && std::get<0>(*later) == leader &&
                         std::get<1>(*later) == question.root;
        if (!entry.answered)
            entry.hoursWaiting = double(dataEnd - question.at) / 3600.0;
    }
    std::sort(inbox.questions.begin(), inbox.questions.end(),
              [&](const StaffQuestion &x, const StaffQuestion &y) {
                  const auto xAt = activities[size_t(x.activity)].at;
                  const auto yAt = activities[size_t(y.activity)].at;
                  return std::tie(xAt, x.activity, x.leader) < std::tie(yAt, y.activity, y.leader);
              });
    return inbox;
}

} // namespace goodwill::analytics
