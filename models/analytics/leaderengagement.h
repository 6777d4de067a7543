#pragma once

#include "leaderdetail.h"
#include "leaderstats.h"
#include "messagelookup.h"
#include "store/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace goodwill::analytics {

struct Snapshot;

// One cadence goal over the period (docs/model.md, "My engagement").
struct GoalProgress
{
    QString figure;     // "posts", "replies" or "recognitions" (the LeaderStats field)
    int count = 0;      // the leader's, in the period
    double perWeek = 0; // count / (days / 7)
    double goal = 0;    // per week (the model file's goals)
    int target = 0;     // ceil(goal × days / 7): the count that meets the goal over the period

    bool met() const { return count >= target; }
    int shortfall() const { return std::max(0, target - count); }
};

// The leader's percentile among leaders for one figure: only this leader's place, never a
// list of the others.
struct LeaderPercentile
{
    QString figure; // a LeaderStats field name (FigureRef::figure)
    std::optional<double> value;
    // 100 × (worse + equal / 2) / compared; empty when the leader has no value or fewer than
    // two leaders have one.
    std::optional<double> percentile;
    int compared = 0; // leaders with a value, the leader included
    int worse = 0;    // leaders whose value is worse (lower, or higher when lowerIsBetter)
    int equal = 0;    // leaders with the same value, the leader included
    bool lowerIsBetter = false;
};

// The leader's persona (docs/model.md section 3) with the numbers its rule looked at and what
// would move it across the nearest threshold.
struct PersonaOutlook
{
    Persona persona = Persona::Observer;
    int posts = 0;
    int replies = 0;
    int days = 0;
    double messagesPer4Weeks = 0;
    std::optional<double> ratio;            // replies / (posts + replies)
    std::optional<double> responsesPerPost; // staff responses per post
    double medianResponsesPerPost = 0;      // over the leaders who posted
    double catalystResponsesPerPost = 0;    // what a Catalyst's posts draw at least
    int moreMessages = 0; // Observer: posts or replies to reach the observer threshold
    int moreReplies = 0;  // Broadcaster: replies to reach the broadcaster ratio
    int morePosts = 0; // Responder: posts to bring the ratio down to it; Engager: to a Catalyst's
};

// A department with at least k staff on the last day in which the leader recognised no one in
// the last N days (`engagement.not_recognised_days`).
struct NotRecognisedDepartment
{
    std::int32_t department = -1;
    QString name;
    std::optional<QDate> lastRecognised; // the leader's latest recognition there; empty: never
    bool noLeader = false; // no leader recognised anyone in it in the window: a blind spot
};

// Staff who wrote to the leader or responded to their posts in the window and whom the leader
// did not recognise in it. The leader's own contacts (docs/model.md section 5, "Names").
struct NotRecognisedPerson
{
    std::int32_t person = -1;
    QString name;
    std::int32_t department = -1; // on the last day; -1 when none
    QString departmentName;
    QDate lastContact;                   // their latest message to the leader in the window
    std::optional<QDate> lastRecognised; // the leader's latest recognition of them; empty: never
};

// One of the leader's posts in the period with the staff responses in its thread.
struct BestPost
{
    std::int32_t activity = -1;
    QDateTime at; // UTC
    std::int32_t channel = -1;
    int replies = 0;      // staff replies in the thread
    int reactions = 0;    // staff reactions in the thread
    int responders = 0;   // distinct staff who replied or reacted
    int replyAuthors = 0; // distinct staff who replied
    // Mean tone of the staff replies; empty unless at least k_text distinct staff wrote them.
    std::optional<double> tone;

    int responses() const { return replies + reactions; }
};

// A department whose staff wrote to the leader in the period, and when it last heard from
// the leader (a reply to one of its staff, a message naming one, a recognition of one).
struct DepartmentSilence
{
    std::int32_t department = -1;
    QString name;
    std::optional<QDate> lastHeard; // up to the last day; empty: never in the data
};

// Everything the My engagement page shows for one leader (docs/model.md, "My engagement"):
// computed from a snapshot (its days, departments, channels and sources) off the GUI thread.
struct LeaderEngagement
{
    std::int32_t leader = -1;
    QDate from;
    QDate to;
    QDate windowFrom; // the first day of the last `not_recognised_days` days to `to`
    int days = 0;     // of [from, to]
    std::shared_ptr<const ModelSettings> settings;
    LeaderStats stats;
    std::vector<GoalProgress> goals; // posts, replies, recognitions
    bool ownGoals = false;           // the user's goals, not the model file's
    std::vector<LeaderPercentile> percentiles;
    PersonaOutlook persona;
    LeaderDetail detail; // periods, departments, every unanswered question (handled included)
    std::map<std::int32_t, QDateTime> handled; // question activity index -> when marked
    std::vector<NotRecognisedDepartment> departmentsNotRecognised; // in dataset order
    std::vector<NotRecognisedPerson> peopleNotRecognised;          // by department name, then name
    std::vector<BestPost> bestPosts;                               // most responses first
    std::vector<DepartmentSilence> silences;                       // in dataset order
    // The text of the unanswered questions and best posts (load(); empty from compute()).
    std::vector<MessageLookup::Message> messages;

    bool isHandled(std::int32_t activity) const { return handled.contains(activity); }
    // The unanswered questions not marked handled, oldest first.
    std::vector<UnansweredQuestion> openQuestions() const;

    // Empty when the snapshot has no sources, `leader` is not one of its leaders, or `cancel`
    // became true. `handled` maps question activity indexes to when they were marked; `goals`
    // are the user's own (empty: the model file's).
    static std::optional<LeaderEngagement>
    compute(const Snapshot &snapshot, std::int32_t leader,
            const std::map<std::int32_t, QDateTime> &handled = {},
            const std::atomic<bool> *cancel = nullptr,
            const std::optional<GoalSettings> &goals = std::nullopt);
    // compute() with the leader's marks and the messages' text read from the database at
    // `path` (opened read-only). An error names the file, or says the leader has no figures.
    static Result<LeaderEngagement> load(const Snapshot &snapshot, std::int32_t leader,
                                         const QString &path,
                                         const std::atomic<bool> *cancel = nullptr,
                                         const std::optional<GoalSettings> &goals = std::nullopt);
};

} // namespace goodwill::analytics
