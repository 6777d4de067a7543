#include "leaderengagement.h"

#include "activityscope.h"
#include "snapshot.h"
#include "store/database.h"
#include "store/handledquestions.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <tuple>
#include <unordered_map>

namespace goodwill::analytics {
namespace {

constexpr std::int32_t never = std::numeric_limits<std::int32_t>::min();

std::optional<QDate> dateOf(std::int32_t day)
{
    if (day == never)
        return std::nullopt;
    return ActivityDataset::dateOfDay(day);
}

// The smallest n >= 0 for which `enough(n)` holds (`enough` grows with n), starting the
// search near `estimate`: thresholds are compared exactly as the persona rule compares them,
// whatever the rounding of the estimate.
int smallestEnough(double estimate, const std::function<bool(int)> &enough)
{
    if (!std::isfinite(estimate))
        return 0;
    int n = std::max(0, int(std::floor(estimate)) - 1);
    while (n > 0 && enough(n - 1))
        --n;
    for (int guard = 0; !enough(n) && guard < 8; ++guard)
        ++n;
    return n;
}

// What the period's figures say about the leader's place among leaders. Counts, shares and
// hours (lower is better for hours).
struct PercentileFigure
{
    const char *figure;
    bool lowerIsBetter;
    std::optional<double> (*value)(const LeaderStats &);
};

const PercentileFigure percentileFigures[] = {
    {"posts", false, [](const LeaderStats &s) { return std::optional<double>(s.posts); }},
    {"replies", false, [](const LeaderStats &s) { return std::optional<double>(s.replies); }},
    {"recognitions", false,
     [](const LeaderStats &s) { return std::optional<double>(s.recognitions); }},
    {"peopleRecognised", false,
     [](const LeaderStats &s) { return std::optional<double>(s.peopleRecognised); }},
    {"replyRate", false, [](const LeaderStats &s) { return s.replyRate; }},
    {"answeredQuestionRate", false, [](const LeaderStats &s) { return s.answeredQuestionRate; }},
    {"medianFirstReplyHours", true, [](const LeaderStats &s) { return s.medianFirstReplyHours; }},
    {"reach", false, [](const LeaderStats &s) { return std::optional<double>(s.reach); }},
    {"activeWeeks", false,
     [](const LeaderStats &s) { return std::optional<double>(s.activeWeeks); }},
};

LeaderPercentile percentileOf(const PercentileFigure &figure, const LeaderStats &mine,
                              const std::vector<LeaderStats> &all)
{
    LeaderPercentile p;
    p.figure = QString::fromLatin1(figure.figure);
    p.lowerIsBetter = figure.lowerIsBetter;
    p.value = figure.value(mine);
    for (const LeaderStats &other : all) {
        const auto value = figure.value(other);
        if (!value)
            continue;
        ++p.compared;
        if (!p.value)
            continue;
        if (*value == *p.value)
            ++p.equal;
        else if (figure.lowerIsBetter ? *value > *p.value : *value < *p.value)
            ++p.worse;
    }
    if (p.value && p.compared >= 2)
        p.percentile = 100.0 * (p.worse + p.equal / 2.0) / p.compared;
    return p;
}

PersonaOutlook outlookOf(const LeaderStats &s, int days, double medianResponses,
                         const PersonaSettings &rules)
{
    PersonaOutlook o;
    o.persona = s.persona;
    o.posts = s.posts;
    o.replies = s.replies;
    o.days = days;
    const int messages = s.posts + s.replies;
    const double fourWeeks = double(days) / 28.0;
    o.messagesPer4Weeks = messages / fourWeeks;
    o.ratio = s.conversationRatio;
    if (s.posts > 0)
        o.responsesPerPost = double(s.responsesReceived) / s.posts;
    o.medianResponsesPerPost = medianResponses;
    o.catalystResponsesPerPost = rules.catalystResponseMultiple * medianResponses;
    const auto ratio = [](int posts, int replies) {
        return posts + replies > 0 ? double(replies) / (posts + replies) : 0.0;
    };
    switch (s.persona) {
    case Persona::Observer:
        o.moreMessages =
            smallestEnough(rules.observerMessagesPer4Weeks * fourWeeks - messages, [&](int n) {
                return (messages + n) / fourWeeks >= rules.observerMessagesPer4Weeks;
            });
        break;
    case Persona::Broadcaster: {
        const double b = rules.broadcasterRatioBelow;
        if (b < 1)
            o.moreReplies = smallestEnough(b * s.posts / (1 - b) - s.replies, [&](int n) {
                return ratio(s.posts, s.replies + n) >= b;
            });
        break;
    }
    case Persona::Responder: {
        const double a = rules.responderRatioAbove;
        if (a > 0)
            o.morePosts = smallestEnough(s.replies * (1 - a) / a - s.posts,
                                         [&](int n) { return ratio(s.posts + n, s.replies) <= a; });
        break;
    }
    case Persona::Engager: {
        const double c = rules.catalystRatioAtMost;
        if (c > 0)
            o.morePosts = smallestEnough(s.replies * (1 - c) / c - s.posts,
                                         [&](int n) { return ratio(s.posts + n, s.replies) <= c; });
        break;
    }
    case Persona::Catalyst:
        break;
    }
    return o;
}

} // namespace

std::vector<UnansweredQuestion> LeaderEngagement::openQuestions() const
{
    std::vector<UnansweredQuestion> open;
    std::copy_if(detail.unanswered.begin(), detail.unanswered.end(), std::back_inserter(open),
                 [this](const UnansweredQuestion &q) { return !isHandled(q.activity); });
    return open;
}

std::optional<LeaderEngagement> LeaderEngagement::compute(
    const Snapshot &snapshot, std::int32_t leader, const std::map<std::int32_t, QDateTime> &handled,
    const std::atomic<bool> *cancel, const std::optional<GoalSettings> &ownGoals)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (!snapshot.sources.isComplete() || !snapshot.from.isValid() || !snapshot.to.isValid() ||
        snapshot.to < snapshot.from)
        return std::nullopt;
    const ActivityDataset &data = *snapshot.sources.dataset;
    const ModelSettings &settings = *snapshot.sources.settings;
    const LeaderFigures &figures = *snapshot.sources.leaders;
    if (leader < 0 || leader >= std::int32_t(data.people().size()) || !data.isLeader(leader))
        return std::nullopt;

    LeaderEngagement e;
    e.leader = leader;
    e.from = snapshot.from;
    e.to = snapshot.to;
    e.days = int(snapshot.from.daysTo(snapshot.to)) + 1;
    e.windowFrom = snapshot.to.addDays(1 - settings.engagement.notRecognisedDays);
    e.settings = snapshot.sources.settings;
    e.handled = handled;

    LeaderDetailQuery query;
    query.leader = leader;
    query.from = snapshot.from;
    query.to = snapshot.to;
    query.granularity = snapshot.filter.granularity;
    query.departments = snapshot.filter.departments;
    query.scope = snapshot.filter.scope;
    auto detail = LeaderDetail::compute(data, figures, query, cancel);
    auto stats = figures.compute(leader, snapshot.from, snapshot.to);
    if (!detail || !stats || cancelled())
        return std::nullopt;
    e.detail = std::move(*detail);
    e.stats = *stats;

    // Goals: the period's counts against the weekly goals.
    const double weeks = e.days / 7.0;
    const GoalSettings &perWeek = ownGoals ? *ownGoals : settings.goals;
    e.ownGoals = ownGoals.has_value();
    const std::pair<const char *, std::pair<int, double>> goals[] = {
        {"posts", {e.stats.posts, perWeek.postsPerWeek}},
        {"replies", {e.stats.replies, perWeek.repliesPerWeek}},
        {"recognitions", {e.stats.recognitions, perWeek.recognitionsPerWeek}},
    };
    for (const auto &[figure, values] : goals) {
        GoalProgress &g = e.goals.emplace_back();
        g.figure = QString::fromLatin1(figure);
        g.count = values.first;
        g.goal = values.second;
        g.perWeek = g.count / weeks;
        g.target = smallestEnough(g.goal * weeks, [&](int n) { return n >= g.goal * weeks; });
    }

    // The leader's place among every leader of the period (whatever the leader filter).
    const std::vector<LeaderStats> all = figures.compute(snapshot.from, snapshot.to);
    for (const PercentileFigure &figure : percentileFigures)
        e.percentiles.push_back(percentileOf(figure, e.stats, all));
    e.persona =
        outlookOf(e.stats, e.days, figures.medianResponsesPerPost(snapshot.from, snapshot.to),
                  settings.personas);

    // One pass over the activities in scope: recognitions (the leader's, to the last day;
    // any leader's in the window), who last heard from the leader, who wrote to them, and
    // the responses to their posts of the period.
    const auto &activities = data.activities();
    const size_t departments = data.departments().size();
    const std::int32_t firstDay = ActivityDataset::dayOf(snapshot.from);
    const std::int32_t lastDay = ActivityDataset::dayOf(snapshot.to);
    const std::int32_t windowFirst = ActivityDataset::dayOf(e.windowFrom);
    const ScopeFilter inScope(snapshot.filter.scope, data);
    std::vector<std::int32_t> lastRecognised(departments, never), lastHeard(departments, never);
    std::vector<char> anyLeaderInWindow(departments, 0), wrote(departments, 0);
    std::unordered_map<std::int32_t, std::int32_t> personRecognised, personContact;
    struct PostTally
    {
        BestPost post;
        double toneSum = 0;
        std::set<std::int32_t> responders, replyAuthors;
    };
    std::unordered_map<std::int32_t, PostTally> posts; // by the post's activity index
    const auto latest = [](std::int32_t &slot, std::int32_t day) { slot = std::max(slot, day); };
    const auto tallyOf = [&](std::int32_t post) -> PostTally & {
        PostTally &tally = posts[post];
        if (tally.post.activity < 0) {
            tally.post.activity = post;
            tally.post.at = QDateTime::fromSecsSinceEpoch(activities[size_t(post)].at, Qt::UTC);
            tally.post.channel = data.channelOf(post);
        }
        return tally;
    };
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if ((a & 0xffff) == 0 && cancelled())
            return std::nullopt;
        if (!inScope(a))
            continue;
        const auto &activity = activities[size_t(a)];
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        const bool message = activity.kind == store::ActivityKind::Post ||
                             activity.kind == store::ActivityKind::Reply;
        if (activity.recognition && data.isLeader(activity.author) && day <= lastDay) {
            const bool mine = activity.author == leader;
            for (std::int32_t person : data.recipientsOf(a)) {
                const std::int32_t d = data.departmentOn(person, day);
                if (mine) {
                    latest(personRecognised.try_emplace(person, never).first->second, day);
                    if (d >= 0) {
                        latest(lastRecognised[size_t(d)], day);
                        if (data.isStaff(person))
                            latest(lastHeard[size_t(d)], day);
                    }
                }
                if (d >= 0 && day >= windowFirst)
                    anyLeaderInWindow[size_t(d)] = 1;
            }
        }
        if (activity.author == leader) {
            if (message && day <= lastDay) {
                std::vector<std::int32_t> heard = data.mentionsOf(a);
                if (activity.kind == store::ActivityKind::Reply && activity.parent >= 0)
                    heard.push_back(activities[size_t(activity.parent)].author);
                for (std::int32_t person : heard) {
                    const std::int32_t d = data.departmentOn(person, day);
                    if (d >= 0 && data.isStaff(person))
                        latest(lastHeard[size_t(d)], day);
                }
            }
            if (activity.kind == store::ActivityKind::Post && day >= firstDay && day <= lastDay)
                tallyOf(a);
            continue;
        }
        if (!data.isStaff(activity.author))
            continue;
        // A staff response to one of the leader's posts.
        const auto &root = activities[size_t(activity.root)];
        if (activity.root != a && root.author == leader && root.kind == store::ActivityKind::Post &&
            (activity.kind == store::ActivityKind::Reply ||
             activity.kind == store::ActivityKind::Reaction)) {
            if (day >= windowFirst && day <= lastDay)
                latest(personContact.try_emplace(activity.author, never).first->second, day);
            const std::int32_t postDay = ActivityDataset::dayOf(root.at);
            if (postDay >= firstDay && postDay <= lastDay) {
                PostTally &tally = tallyOf(activity.root);
                tally.responders.insert(activity.author);
                if (activity.kind == store::ActivityKind::Reply) {
                    ++tally.post.replies;
                    tally.toneSum += activity.tone();
                    tally.replyAuthors.insert(activity.author);
                } else {
                    ++tally.post.reactions;
                }
            }
        }
        // A staff comment to the leader (section 3).
        if (message) {
            const auto commented = LeaderFigures::commentedLeaders(data, a);
            if (std::find(commented.begin(), commented.end(), leader) != commented.end()) {
                if (day >= windowFirst && day <= lastDay)
                    latest(personContact.try_emplace(activity.author, never).first->second, day);
                if (day >= firstDay && day <= lastDay) {
                    if (const std::int32_t d = data.departmentOn(activity.author, day); d >= 0)
                        wrote[size_t(d)] = 1;
                }
            }
        }
    }

    // Departments: at least k staff on the last day (reach has a share exactly then), limited
    // to the filter's departments.
    const auto &chosen = snapshot.filter.departments;
    const auto wanted = [&](std::int32_t d) {
        return chosen.empty() || std::find(chosen.begin(), chosen.end(), d) != chosen.end();
    };
    for (const DepartmentReach &reach : figures.reachByDepartment(leader, e.windowFrom, e.to)) {
        const std::int32_t d = reach.department;
        if (!reach.share || !wanted(d))
            continue;
        if (lastRecognised[size_t(d)] < windowFirst) {
            NotRecognisedDepartment &n = e.departmentsNotRecognised.emplace_back();
            n.department = d;
            n.name = reach.name;
            n.lastRecognised = dateOf(lastRecognised[size_t(d)]);
            n.noLeader = !anyLeaderInWindow[size_t(d)];
        }
        if (wrote[size_t(d)]) {
            DepartmentSilence &s = e.silences.emplace_back();
            s.department = d;
            s.name = reach.name;
            s.lastHeard = dateOf(lastHeard[size_t(d)]);
        }
    }

    // People: the leader's contacts in the window not recognised in it.
    for (const auto &[person, contact] : personContact) {
        const auto recognised = personRecognised.find(person);
        const std::int32_t last = recognised == personRecognised.end() ? never : recognised->second;
        if (last >= windowFirst)
            continue;
        const std::int32_t d = data.departmentOn(person, lastDay);
        if (!chosen.empty() && (d < 0 || !wanted(d)))
            continue;
        NotRecognisedPerson &n = e.peopleNotRecognised.emplace_back();
        n.person = person;
        n.name = data.people()[size_t(person)].name;
        n.department = d;
        n.departmentName = d >= 0 ? data.departments()[size_t(d)] : QString();
        n.lastContact = ActivityDataset::dateOfDay(contact);
        n.lastRecognised = dateOf(last);
    }
    std::sort(e.peopleNotRecognised.begin(), e.peopleNotRecognised.end(),
              [](const NotRecognisedPerson &x, const NotRecognisedPerson &y) {
                  // No department last; then by department name, name, index.
                  const auto key = [](const NotRecognisedPerson &p) {
                      return std::tuple(p.department < 0, p.departmentName, p.name, p.person);
                  };
                  return key(x) < key(y);
              });

    // Best received: the posts with the most staff responses, the newest first on a tie.
    for (auto &[activity, tally] : posts) {
        BestPost post = tally.post;
        if (post.responses() == 0)
            continue;
        post.responders = int(tally.responders.size());
        post.replyAuthors = int(tally.replyAuthors.size());
        if (post.replyAuthors >= settings.kText)
            post.tone = tally.toneSum / post.replies;
        e.bestPosts.push_back(post);
    }
    std::sort(e.bestPosts.begin(), e.bestPosts.end(), [](const BestPost &x, const BestPost &y) {
        return std::tuple(-x.responses(), -x.at.toSecsSinceEpoch(), x.activity) <
               std::tuple(-y.responses(), -y.at.toSecsSinceEpoch(), y.activity);
    });
    if (e.bestPosts.size() > size_t(settings.engagement.bestPosts))
        e.bestPosts.resize(size_t(settings.engagement.bestPosts));
    if (cancelled())
        return std::nullopt;
    return e;
}

Result<LeaderEngagement> LeaderEngagement::load(const Snapshot &snapshot, std::int32_t leader,
                                                const QString &path,
                                                const std::atomic<bool> *cancel,
                                                const std::optional<GoalSettings> &goals)
{
    if (!snapshot.sources.dataset)
        return Error{QCoreApplication::translate("LeaderEngagement", "No data is open.")};
    const ActivityDataset &data = *snapshot.sources.dataset;
    auto database = store::Database::open(path, store::Database::Access::ReadOnly);
    if (!database)
        return database.error();
    std::map<std::int32_t, QDateTime> handled;
    if (leader >= 0 && leader < std::int32_t(data.people().size())) {
        auto marks = store::HandledQuestions::read((*database)->connection(),
                                                   data.people()[size_t(leader)].id);
        if (!marks)
            return marks.error();
        for (const store::HandledMark &mark : *marks) {
            if (const std::int32_t a = data.indexOfActivityId(mark.activityId); a >= 0)
                handled.emplace(a, mark.handledAt);
        }
    }
    auto engagement = compute(snapshot, leader, handled, cancel, goals);
    if (!engagement) {
        if (cancel && cancel->load())
            return Error{QCoreApplication::translate("LeaderEngagement", "Cancelled.")};
        return Error{QCoreApplication::translate(
                         "LeaderEngagement",
                         "'%1': the person asked for is not a leader of this data, or the "
                         "period is empty.")
                         .arg(path)};
    }
    std::vector<std::int32_t> texts;
    for (const UnansweredQuestion &q : engagement->detail.unanswered)
        texts.push_back(q.activity);
    for (const BestPost &post : engagement->bestPosts)
        texts.push_back(post.activity);
    if (!texts.empty()) {
        const MessageLookup lookup((*database)->connection());
        auto messages = lookup.read(data, texts);
        if (!messages)
            return messages.error();
        engagement->messages = std::move(*messages);
    }
    return std::move(*engagement);
}

} // namespace goodwill::analytics
