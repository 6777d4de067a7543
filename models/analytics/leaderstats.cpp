#include "leaderstats.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace goodwill::analytics {
namespace {

using store::ActivityKind;

struct LeaderReply
{
    std::int32_t root;
    std::int64_t at;
    std::int32_t author;
    bool operator<(const LeaderReply &other) const
    {
        return std::tie(root, at) < std::tie(other.root, other.at);
    }
};

// A selection, not a sort: a busy leader has thousands of reply delays in a long period.
double median(std::vector<double> values)
{
    const size_t n = values.size();
    const auto middle = values.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (n % 2)
        return *middle;
    return (*std::max_element(values.begin(), middle) + *middle) / 2;
}

} // namespace

QString personaName(Persona persona)
{
    switch (persona) {
    case Persona::Observer:
        return QCoreApplication::translate("Persona", "Observer");
    case Persona::Broadcaster:
        return QCoreApplication::translate("Persona", "Broadcaster");
    case Persona::Responder:
        return QCoreApplication::translate("Persona", "Responder");
    case Persona::Catalyst:
        return QCoreApplication::translate("Persona", "Catalyst");
    case Persona::Engager:
        return QCoreApplication::translate("Persona", "Engager");
    }
    return {};
}

QString personaKey(Persona persona)
{
    static const char *const keys[] = {"observer", "broadcaster", "responder", "catalyst",
                                       "engager"};
    return QString::fromLatin1(keys[int(persona)]);
}

namespace {

// Counts kept per leader per day.
enum Count
{
    Posts,
    Replies,
    RepliesToStaff,
    Recognitions,
    StaffComments,
    StaffQuestions,
    Answered,
    AnsweredQuestions,
    ResponsesReceived,
    CountKinds
};

// (key, day) pairs grouped by key, days sorted: "how many keys have a day in [a, b]?"
class DaysByKey
{
public:
    void add(std::int32_t key, std::int32_t day) { m_pairs.emplace_back(key, day); }
    void seal()
    {
        std::sort(m_pairs.begin(), m_pairs.end());
        m_pairs.erase(std::unique(m_pairs.begin(), m_pairs.end()), m_pairs.end());
        m_pairs.shrink_to_fit();
        for (size_t i = 0; i < m_pairs.size(); ++i) {
            m_keys += i == 0 || m_pairs[i].first != m_pairs[i - 1].first;
            m_firstDay = std::min(m_firstDay, m_pairs[i].second);
            m_lastDay = std::max(m_lastDay, m_pairs[i].second);
        }
    }
    std::vector<std::int32_t> keysIn(std::int32_t first, std::int32_t last) const
    {
        std::vector<std::int32_t> keys;
        for (const auto &[key, day] : m_pairs) {
            if (day >= first && day <= last && (keys.empty() || keys.back() != key))
                keys.push_back(key);
        }
        return keys;
    }
    int distinctKeysIn(std::int32_t first, std::int32_t last) const
    {
        if (first <= m_firstDay && last >= m_lastDay)
            return m_keys; // the whole history: counted once when sealed
        int count = 0;
        for (size_t i = 0; i < m_pairs.size();) {
            const std::int32_t key = m_pairs[i].first;
            size_t end = i;
            while (end < m_pairs.size() && m_pairs[end].first == key)
                ++end;
            const auto from = m_pairs.begin() + std::ptrdiff_t(i);
            const auto to = m_pairs.begin() + std::ptrdiff_t(end);
            const auto hit = std::lower_bound(from, to, std::pair{key, first});
            count += hit != to && hit->second <= last;
            i = end;
        }
        return count;
    }

private:
    std::vector<std::pair<std::int32_t, std::int32_t>> m_pairs;
    int m_keys = 0;
    std::int32_t m_firstDay = std::numeric_limits<std::int32_t>::max();
    std::int32_t m_lastDay = std::numeric_limits<std::int32_t>::min();
};

} // namespace

struct LeaderFigures::Leader
{
    std::int32_t person = -1;
    std::vector<std::int32_t> counts[CountKinds]; // prefix sums over days
    DaysByKey reach, recognised, departmentsRecognised;
    std::vector<std::int32_t> activeDays;                   // sorted, unique
    std::vector<std::pair<std::int32_t, float>> replyHours; // by day
};

LeaderFigures::LeaderFigures(const ActivityDataset &data, const ModelSettings &settings,
                             const ActivityScope &scope)
    : m_data(data), m_settings(settings)
{
    const auto &activities = data.activities();
    std::vector<std::int32_t> slot(data.people().size(), -1);
    for (std::int32_t p = 0; p < std::int32_t(data.people().size()); ++p) {
        if (data.isLeader(p)) {
            slot[size_t(p)] = std::int32_t(m_leaders.size());
            m_leaders.emplace_back().person = p;
        }
    }
    std::int32_t lastDay = 0;
    if (!activities.empty()) {
        const auto [lo, hi] =
            std::minmax_element(activities.begin(), activities.end(),
                                [](const auto &a, const auto &b) { return a.at < b.at; });
        m_firstDay = ActivityDataset::dayOf(lo->at);
        lastDay = ActivityDataset::dayOf(hi->at);
    }
    m_days = lastDay - m_firstDay + 1;
    for (Leader &leader : m_leaders) {
        for (auto &series : leader.counts)
            series.assign(size_t(m_days) + 1, 0);
    }
    const auto bump = [&](std::int32_t leader, Count count, std::int32_t day) {
        ++m_leaders[size_t(leader)].counts[count][size_t(day - m_firstDay + 1)];
    };

    // Every leader reply in every thread, by thread and time: "did L answer after t?"
    const ScopeFilter inScope(scope, data);
    std::vector<LeaderReply> leaderReplies;
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        const auto &activity = activities[size_t(a)];
        if (activity.kind == ActivityKind::Reply && data.isLeader(activity.author) && inScope(a))
            leaderReplies.push_back({activity.root, activity.at, activity.author});
    }
    std::sort(leaderReplies.begin(), leaderReplies.end());
    const auto firstReplyAfter = [&](std::int32_t root, std::int64_t at,
                                     std::int32_t leader) -> std::optional<std::int64_t> {
        auto it =
            std::upper_bound(leaderReplies.begin(), leaderReplies.end(), LeaderReply{root, at, 0});
        for (; it != leaderReplies.end() && it->root == root; ++it) {
            if (it->author == leader)
                return it->at - at;
        }
        return std::nullopt;
    };
    const std::int64_t window = std::int64_t(settings.replyWindowHours * 3600);

    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if (!inScope(a))
            continue;
        const auto &activity = activities[size_t(a)];
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        const std::int32_t mine = slot[size_t(activity.author)];
        if (mine >= 0) {
            Leader &leader = m_leaders[size_t(mine)];
            if (activity.kind == ActivityKind::Post)
                bump(mine, Posts, day);
            if (activity.kind == ActivityKind::Reply) {
                bump(mine, Replies, day);
                if (activity.parent >= 0 &&
                    data.isStaff(activities[size_t(activity.parent)].author))
                    bump(mine, RepliesToStaff, day);
            }
            if (activity.recognition) {
                bump(mine, Recognitions, day);
                for (std::int32_t person : data.recipientsOf(a)) {
                    leader.recognised.add(person, day);
                    if (const std::int32_t d = data.departmentOn(person, day); d >= 0)
                        leader.departmentsRecognised.add(d, day);
                }
            }
            if (activity.kind == ActivityKind::Post || activity.kind == ActivityKind::Reply ||
                activity.recognition)
                leader.activeDays.push_back(day);
        }
        if (!data.isStaff(activity.author))
            continue;
        // Staff responses to a leader's post: reach and responses received.
        const auto &root = activities[size_t(activity.root)];
        const std::int32_t rootOwner = slot[size_t(root.author)];
        if (rootOwner >= 0 && activity.root != a && root.kind == ActivityKind::Post &&
            (activity.kind == ActivityKind::Reply || activity.kind == ActivityKind::Reaction)) {
            m_leaders[size_t(rootOwner)].reach.add(activity.author, day);
            bump(rootOwner, ResponsesReceived, day);
        }
        if (activity.kind != ActivityKind::Post && activity.kind != ActivityKind::Reply)
            continue;
        for (std::int32_t commented : commentedLeaders(data, a)) {
            const std::int32_t target = slot[size_t(commented)];
            bump(target, StaffComments, day);
            if (activity.question)
                bump(target, StaffQuestions, day);
            const auto delay =
                firstReplyAfter(activity.root, activity.at, m_leaders[size_t(target)].person);
            if (!delay)
                continue;
            m_leaders[size_t(target)].replyHours.emplace_back(day, float(double(*delay) / 3600.0));
            if (*delay <= window) {
                bump(target, Answered, day);
                if (activity.question)
                    bump(target, AnsweredQuestions, day);
            }
        }
    }
    for (Leader &leader : m_leaders) {
        for (auto &series : leader.counts) {
            for (size_t d = 1; d < series.size(); ++d)
                series[d] += series[d - 1];
        }
        leader.reach.seal();
        leader.recognised.seal();
        leader.departmentsRecognised.seal();
        std::sort(leader.activeDays.begin(), leader.activeDays.end());
        leader.activeDays.erase(std::unique(leader.activeDays.begin(), leader.activeDays.end()),
                                leader.activeDays.end());
        std::sort(leader.replyHours.begin(), leader.replyHours.end());
    }
}

LeaderFigures::~LeaderFigures() = default;

std::vector<DepartmentReach> LeaderFigures::reachByDepartment(std::int32_t person, QDate from,
                                                              QDate to) const
{
    const std::int32_t firstDay = ActivityDataset::dayOf(from);
    const std::int32_t lastDay = ActivityDataset::dayOf(to);
    std::vector<DepartmentReach> result(m_data.departments().size());
    for (std::int32_t p = 0; p < std::int32_t(m_data.people().size()); ++p) {
        if (!m_data.isStaff(p))
            continue;
        if (const std::int32_t d = m_data.departmentOn(p, lastDay); d >= 0)
            ++result[size_t(d)].headcount;
    }
    std::vector<int> reached(result.size());
    for (const Leader &leader : m_leaders) {
        if (leader.person != person)
            continue;
        for (std::int32_t staff : leader.reach.keysIn(firstDay, lastDay)) {
            if (const std::int32_t d = m_data.departmentOn(staff, lastDay); d >= 0)
                ++reached[size_t(d)];
        }
    }
    std::vector<DepartmentReach> withStaff;
    for (size_t d = 0; d < result.size(); ++d) {
        DepartmentReach &r = result[d];
        if (r.headcount == 0)
            continue;
        r.department = std::int32_t(d);
        r.name = m_data.departments()[d];
        if (r.headcount >= m_settings.k)
            r.share = double(reached[d]) / r.headcount;
        else
            r.headcount = 0; // the size of a group under k is not shown either
        withStaff.push_back(r);
    }
    return withStaff;
}

std::vector<std::int32_t> LeaderFigures::commentedLeaders(const ActivityDataset &data,
                                                          std::int32_t activity)
{
    std::vector<std::int32_t> leaders;
    const auto &activities = data.activities();
    const auto &message = activities[size_t(activity)];
    if (!data.isStaff(message.author) ||
        (message.kind != ActivityKind::Post && message.kind != ActivityKind::Reply))
        return leaders;
    const std::int32_t rootAuthor = activities[size_t(message.root)].author;
    if (message.kind == ActivityKind::Reply && message.root != activity &&
        data.isLeader(rootAuthor))
        leaders.push_back(rootAuthor);
    for (std::int32_t person : data.mentionsOf(activity)) {
        if (data.isLeader(person) &&
            std::find(leaders.begin(), leaders.end(), person) == leaders.end())
            leaders.push_back(person);
    }
    return leaders;
}

std::int32_t LeaderFigures::total(const Leader &leader, int count, std::int32_t firstDay,
                                  std::int32_t lastDay) const
{
    const auto at = [&](std::int32_t day) {
        return leader.counts[count][size_t(std::clamp(day - m_firstDay + 1, 0, m_days))];
    };
    return at(lastDay) - at(firstDay - 1);
}

LeaderStats LeaderFigures::figures(const Leader &leader, std::int32_t firstDay,
                                   std::int32_t lastDay) const
{
    LeaderStats s;
    const double weeks = std::ceil(double(lastDay - firstDay + 1) / 7.0);
    const auto &person = m_data.people()[size_t(leader.person)];
    s.person = leader.person;
    s.name = person.name;
    s.email = person.email;
    const std::int32_t department = m_data.departmentOn(leader.person, lastDay);
    s.department = department >= 0 ? m_data.departments()[size_t(department)] : QString();
    s.posts = total(leader, Posts, firstDay, lastDay);
    s.replies = total(leader, Replies, firstDay, lastDay);
    s.repliesToStaff = total(leader, RepliesToStaff, firstDay, lastDay);
    s.recognitions = total(leader, Recognitions, firstDay, lastDay);
    s.staffComments = total(leader, StaffComments, firstDay, lastDay);
    s.staffQuestions = total(leader, StaffQuestions, firstDay, lastDay);
    s.answeredComments = total(leader, Answered, firstDay, lastDay);
    s.answeredQuestions = total(leader, AnsweredQuestions, firstDay, lastDay);
    s.responsesReceived = total(leader, ResponsesReceived, firstDay, lastDay);
    s.reach = leader.reach.distinctKeysIn(firstDay, lastDay);
    s.peopleRecognised = leader.recognised.distinctKeysIn(firstDay, lastDay);
    s.departmentsRecognised = leader.departmentsRecognised.distinctKeysIn(firstDay, lastDay);
    // Active days are sorted, so their weeks come in order: count the changes.
    int activeWeeks = 0;
    std::int32_t lastWeek = -1;
    for (auto it = std::lower_bound(leader.activeDays.begin(), leader.activeDays.end(), firstDay);
         it != leader.activeDays.end() && *it <= lastDay; ++it) {
        const std::int32_t week = (*it - firstDay) / 7;
        activeWeeks += week != lastWeek;
        lastWeek = week;
    }
    s.activeWeeks = weeks > 0 ? double(activeWeeks) / weeks : 0;
    std::vector<double> hours;
    for (auto it = std::lower_bound(leader.replyHours.begin(), leader.replyHours.end(),
                                    std::pair{firstDay, -1.0f});
         it != leader.replyHours.end() && it->first <= lastDay; ++it)
        hours.push_back(it->second);
    if (!hours.empty())
        s.medianFirstReplyHours = median(hours);
    if (s.staffComments > 0)
        s.replyRate = double(s.answeredComments) / s.staffComments;
    if (s.staffQuestions > 0)
        s.answeredQuestionRate = double(s.answeredQuestions) / s.staffQuestions;
    const int messages = s.posts + s.replies;
    if (messages > 0)
        s.conversationRatio = double(s.replies) / messages;
    return s;
}

double LeaderFigures::medianResponsesPerPost(std::int32_t firstDay, std::int32_t lastDay) const
{
    std::vector<double> responsesPerPost;
    for (const Leader &leader : m_leaders) {
        if (const std::int32_t posts = total(leader, Posts, firstDay, lastDay); posts > 0)
            responsesPerPost.push_back(double(total(leader, ResponsesReceived, firstDay, lastDay)) /
                                       posts);
    }
    return responsesPerPost.empty() ? 0 : median(responsesPerPost);
}

double LeaderFigures::medianResponsesPerPost(QDate from, QDate to) const
{
    return medianResponsesPerPost(ActivityDataset::dayOf(from), ActivityDataset::dayOf(to));
}

Persona LeaderFigures::persona(const LeaderStats &s, std::int32_t firstDay, std::int32_t lastDay,
                               double medianResponses) const
{
    const double days = double(lastDay - firstDay + 1);
    const PersonaSettings &p = m_settings.personas;
    const int messages = s.posts + s.replies;
    const double ratio = s.conversationRatio.value_or(0);
    const double perPost = s.posts > 0 ? double(s.responsesReceived) / s.posts : 0;
    if (messages / (days / 28.0) < p.observerMessagesPer4Weeks)
        return Persona::Observer;
    if (ratio < p.broadcasterRatioBelow)
        return Persona::Broadcaster;
    if (ratio > p.responderRatioAbove)
        return Persona::Responder;
    if (s.posts > 0 && perPost >= p.catalystResponseMultiple * medianResponses &&
        ratio <= p.catalystRatioAtMost)
        return Persona::Catalyst;
    return Persona::Engager;
}

std::vector<LeaderStats> LeaderFigures::compute(QDate from, QDate to) const
{
    const std::int32_t firstDay = ActivityDataset::dayOf(from);
    const std::int32_t lastDay = ActivityDataset::dayOf(to);
    std::vector<LeaderStats> stats;
    stats.reserve(m_leaders.size());
    for (const Leader &leader : m_leaders)
        stats.push_back(figures(leader, firstDay, lastDay));
    const double medianResponses = medianResponsesPerPost(firstDay, lastDay);
    for (LeaderStats &s : stats)
        s.persona = persona(s, firstDay, lastDay, medianResponses);
    return stats;
}

std::optional<LeaderStats> LeaderFigures::compute(std::int32_t person, QDate from, QDate to) const
{
    const std::int32_t firstDay = ActivityDataset::dayOf(from);
    const std::int32_t lastDay = ActivityDataset::dayOf(to);
    for (const Leader &leader : m_leaders) {
        if (leader.person != person)
            continue;
        LeaderStats s = figures(leader, firstDay, lastDay);
        s.persona = persona(s, firstDay, lastDay, medianResponsesPerPost(firstDay, lastDay));
        return s;
    }
    return std::nullopt;
}

} // namespace goodwill::analytics
