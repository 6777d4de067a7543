#include "leaderstats.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace goodwill::analytics {
namespace {

using store::ActivityKind;

constexpr std::int64_t unixEpochJulianDay = 2440588;

std::int32_t epochDay(QDate date)
{
    return std::int32_t(date.toJulianDay() - unixEpochJulianDay);
}

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

struct Accumulator
{
    std::set<std::int32_t> recognised, departmentsRecognised, reach, activeWeeks;
    std::vector<double> replyHours;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
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

std::vector<LeaderStats> LeaderFigures::compute(const ActivityDataset &data,
                                                const ModelSettings &settings, QDate from,
                                                QDate to)
{
    const auto &activities = data.activities();
    const std::int32_t firstDay = epochDay(from);
    const std::int32_t lastDay = epochDay(to);
    const std::int64_t window = std::int64_t(settings.replyWindowHours * 3600);
    const auto inPeriod = [&](const ActivityDataset::Activity &a) {
        const std::int32_t day = ActivityDataset::dayOf(a.at);
        return day >= firstDay && day <= lastDay;
    };

    std::vector<std::int32_t> leaders;
    std::vector<std::int32_t> slot(data.people().size(), -1);
    for (std::int32_t p = 0; p < std::int32_t(data.people().size()); ++p) {
        if (data.isLeader(p)) {
            slot[size_t(p)] = std::int32_t(leaders.size());
            leaders.push_back(p);
        }
    }
    std::vector<LeaderStats> stats(leaders.size());
    std::vector<Accumulator> acc(leaders.size());

    // Every leader reply in every thread, by thread and time: "did L answer after t?"
    std::vector<LeaderReply> leaderReplies;
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        const auto &activity = activities[size_t(a)];
        if (activity.kind == ActivityKind::Reply && data.isLeader(activity.author))
            leaderReplies.push_back({activity.root, activity.at, activity.author});
    }
    std::sort(leaderReplies.begin(), leaderReplies.end());
    const auto firstReplyAfter = [&](std::int32_t root, std::int64_t at,
                                     std::int32_t leader) -> std::optional<std::int64_t> {
        auto it = std::upper_bound(leaderReplies.begin(), leaderReplies.end(),
                                   LeaderReply{root, at, 0});
        for (; it != leaderReplies.end() && it->root == root; ++it) {
            if (it->author == leader)
                return it->at - at;
        }
        return std::nullopt;
    };

    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        const auto &activity = activities[size_t(a)];
        if (!inPeriod(activity))
            continue;
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        const std::int32_t mine = slot[size_t(activity.author)];
        if (mine >= 0) {
            LeaderStats &s = stats[size_t(mine)];
            Accumulator &ac = acc[size_t(mine)];
            if (activity.kind == ActivityKind::Post)
                ++s.posts;
            if (activity.kind == ActivityKind::Reply) {
                ++s.replies;
                if (activity.parent >= 0 && data.isStaff(activities[size_t(activity.parent)].author))
                    ++s.repliesToStaff;
            }
            if (activity.recognition) {
                ++s.recognitions;
                for (std::int32_t person : data.recipientsOf(a)) {
                    ac.recognised.insert(person);
                    if (const std::int32_t d = data.departmentOn(person, day); d >= 0)
                        ac.departmentsRecognised.insert(d);
                }
            }
            if (activity.kind == ActivityKind::Post || activity.kind == ActivityKind::Reply
                || activity.recognition)
                ac.activeWeeks.insert((day - firstDay) / 7);
        }
        if (!data.isStaff(activity.author))
            continue;
        // Staff responses to a leader's post: reach and responses received.
        const auto &root = activities[size_t(activity.root)];
        const std::int32_t rootOwner = slot[size_t(root.author)];
        if (rootOwner >= 0 && activity.root != a && root.kind == ActivityKind::Post
            && (activity.kind == ActivityKind::Reply || activity.kind == ActivityKind::Reaction)) {
            acc[size_t(rootOwner)].reach.insert(activity.author);
            ++stats[size_t(rootOwner)].responsesReceived;
        }
        if (activity.kind != ActivityKind::Post && activity.kind != ActivityKind::Reply)
            continue;
        // Staff comments to leaders: replies in the leader's threads, and messages naming
        // a leader. Each leader counts a message once.
        std::vector<std::int32_t> targets;
        if (rootOwner >= 0 && activity.kind == ActivityKind::Reply && activity.root != a)
            targets.push_back(rootOwner);
        for (std::int32_t person : data.mentionsOf(a)) {
            const std::int32_t named = slot[size_t(person)];
            if (named >= 0 && std::find(targets.begin(), targets.end(), named) == targets.end())
                targets.push_back(named);
        }
        for (std::int32_t target : targets) {
            LeaderStats &s = stats[size_t(target)];
            ++s.staffComments;
            if (activity.question)
                ++s.staffQuestions;
            const auto delay = firstReplyAfter(activity.root, activity.at, leaders[size_t(target)]);
            if (!delay)
                continue;
            acc[size_t(target)].replyHours.push_back(double(*delay) / 3600.0);
            if (*delay <= window) {
                ++s.answeredComments;
                if (activity.question)
                    ++s.answeredQuestions;
            }
        }
    }

    const double days = double(lastDay - firstDay + 1);
    const double weeks = std::ceil(days / 7.0);
    std::vector<double> responsesPerPost;
    for (const LeaderStats &s : stats) {
        if (s.posts > 0)
            responsesPerPost.push_back(double(s.responsesReceived) / s.posts);
    }
    const double medianResponses = responsesPerPost.empty() ? 0 : median(responsesPerPost);
    for (size_t i = 0; i < leaders.size(); ++i) {
        LeaderStats &s = stats[i];
        const Accumulator &ac = acc[i];
        const auto &person = data.people()[size_t(leaders[i])];
        s.person = leaders[i];
        s.name = person.name;
        s.email = person.email;
        const std::int32_t department = data.departmentOn(leaders[i], lastDay);
        s.department = department >= 0 ? data.departments()[size_t(department)] : QString();
        s.peopleRecognised = int(ac.recognised.size());
        s.departmentsRecognised = int(ac.departmentsRecognised.size());
        s.reach = int(ac.reach.size());
        if (s.staffComments > 0)
            s.replyRate = double(s.answeredComments) / s.staffComments;
        if (s.staffQuestions > 0)
            s.answeredQuestionRate = double(s.answeredQuestions) / s.staffQuestions;
        if (!ac.replyHours.empty())
            s.medianFirstReplyHours = median(ac.replyHours);
        const int messages = s.posts + s.replies;
        if (messages > 0)
            s.conversationRatio = double(s.replies) / messages;
        s.activeWeeks = weeks > 0 ? double(ac.activeWeeks.size()) / weeks : 0;

        const PersonaSettings &p = settings.personas;
        const double ratio = s.conversationRatio.value_or(0);
        const double perPost = s.posts > 0 ? double(s.responsesReceived) / s.posts : 0;
        if (messages / (days / 28.0) < p.observerMessagesPer4Weeks)
            s.persona = Persona::Observer;
        else if (ratio < p.broadcasterRatioBelow)
            s.persona = Persona::Broadcaster;
        else if (ratio > p.responderRatioAbove)
            s.persona = Persona::Responder;
        else if (s.posts > 0 && perPost >= p.catalystResponseMultiple * medianResponses
                 && ratio <= p.catalystRatioAtMost)
            s.persona = Persona::Catalyst;
        else
            s.persona = Persona::Engager;
    }
    return stats;
}

} // namespace goodwill::analytics
