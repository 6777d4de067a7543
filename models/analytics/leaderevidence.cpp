#include "leaderevidence.h"

#include "figureevidence.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>

namespace goodwill::analytics {
namespace {

using store::ActivityKind;
using Unit = EvidenceInput::Unit;

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', 1);
}

// The median as LeaderFigures takes it (of float hours, the middle two averaged).
std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// A staff comment to the leader, with the leader's first later reply in the thread.
struct Comment
{
    std::int32_t activity;
    bool question;
    std::optional<double> hours;
    bool answered;
};

// What one pass over the period finds for one leader.
struct Found
{
    std::vector<std::int32_t> posts, replies, recognitions, responses;
    std::vector<Comment> comments;
};

std::optional<double> statValue(const LeaderStats &s, const QString &figure)
{
    const std::pair<const char *, std::optional<double>> values[] = {
        {"posts", s.posts},
        {"replies", s.replies},
        {"repliesToStaff", s.repliesToStaff},
        {"recognitions", s.recognitions},
        {"peopleRecognised", s.peopleRecognised},
        {"departmentsRecognised", s.departmentsRecognised},
        {"staffComments", s.staffComments},
        {"answeredComments", s.answeredComments},
        {"staffQuestions", s.staffQuestions},
        {"answeredQuestions", s.answeredQuestions},
        {"reach", s.reach},
        {"responsesReceived", s.responsesReceived},
        {"replyRate", s.replyRate},
        {"answeredQuestionRate", s.answeredQuestionRate},
        {"medianFirstReplyHours", s.medianFirstReplyHours},
        {"conversationRatio", s.conversationRatio},
        {"activeWeeks", s.activeWeeks},
    };
    for (const auto &[name, value] : values) {
        if (figure == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace

Result<void> LeaderEvidence::fill(FigureEvidence &evidence, const Snapshot &snapshot,
                                  const LeaderStats &stats, const std::atomic<bool> *cancel)
{
    const ActivityDataset &data = *snapshot.sources.dataset;
    const ModelSettings &settings = *snapshot.sources.settings;
    const FigureRef &ref = evidence.figure;
    const QString &figure = ref.figure;
    const std::int32_t leader = ref.leader;
    const std::int32_t firstDay = ActivityDataset::dayOf(ref.from);
    const std::int32_t lastDay = ActivityDataset::dayOf(ref.to);
    const auto &activities = data.activities();
    const ScopeFilter inScope(snapshot.filter.scope, data);
    const auto nameOf = [&](std::int32_t person) { return data.people()[size_t(person)].name; };

    // One pass: the leader's messages in the period, the staff comments to them and the
    // responses to their posts; and every reply of theirs (any day) for the delays.
    Found found;
    std::vector<std::pair<std::int32_t, std::int64_t>> leaderReplies; // (root, at)
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if ((a & 0xffff) == 0 && cancel && cancel->load())
            return Error{tr("Cancelled.")};
        if (!inScope(a))
            continue;
        const auto &activity = activities[size_t(a)];
        if (activity.author == leader && activity.kind == ActivityKind::Reply)
            leaderReplies.emplace_back(activity.root, activity.at);
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        if (day < firstDay || day > lastDay)
            continue;
        if (activity.author == leader) {
            if (activity.kind == ActivityKind::Post)
                found.posts.push_back(a);
            if (activity.kind == ActivityKind::Reply)
                found.replies.push_back(a);
            if (activity.recognition)
                found.recognitions.push_back(a);
            continue;
        }
        if (!data.isStaff(activity.author))
            continue;
        const auto &root = activities[size_t(activity.root)];
        if (root.author == leader && activity.root != a && root.kind == ActivityKind::Post &&
            (activity.kind == ActivityKind::Reply || activity.kind == ActivityKind::Reaction))
            found.responses.push_back(a);
        const auto commented = LeaderFigures::commentedLeaders(data, a);
        if (std::find(commented.begin(), commented.end(), leader) != commented.end())
            found.comments.push_back({a, activity.question, std::nullopt, false});
    }
    std::sort(leaderReplies.begin(), leaderReplies.end());
    const double window = settings.replyWindowHours;
    for (Comment &comment : found.comments) {
        const auto &activity = activities[size_t(comment.activity)];
        const auto next = std::upper_bound(leaderReplies.begin(), leaderReplies.end(),
                                           std::pair{activity.root, std::int64_t(activity.at)});
        if (next == leaderReplies.end() || next->first != activity.root)
            continue;
        const std::int64_t delay = next->second - std::int64_t(activity.at);
        comment.hours = double(float(double(delay) / 3600.0)); // as LeaderFigures keeps it
        comment.answered = delay <= std::int64_t(window * 3600);
    }

    const auto item = [&](std::int32_t a, QString note = {}, bool counted = true,
                          std::optional<double> value = std::nullopt) {
        const auto &activity = activities[size_t(a)];
        evidence.items.push_back(
            {a, std::int64_t(activity.at), nameOf(activity.author), note, counted, value});
    };
    const auto input = [&](const QString &name, Unit unit, std::optional<double> value,
                           const QString &note = {}) {
        EvidenceInput in;
        in.name = name;
        in.unit = unit;
        in.value = value;
        in.note = note;
        evidence.inputs.push_back(in);
    };
    const auto ratio = [](double x, double n) -> std::optional<double> {
        return n > 0 ? std::optional(x / n) : std::nullopt;
    };
    evidence.value = statValue(stats, figure);
    evidence.privacyNote =
        tr("A leader's figures are their own: the staff who wrote to them are named, as in "
           "their threads.");

    if (figure == QLatin1String("posts") || figure == QLatin1String("replies") ||
        figure == QLatin1String("repliesToStaff") || figure == QLatin1String("conversationRatio") ||
        figure == QLatin1String("persona")) {
        const bool postsToo =
            figure != QLatin1String("replies") && figure != QLatin1String("repliesToStaff");
        int toStaff = 0;
        for (std::int32_t a : found.replies) {
            const std::int32_t parent = activities[size_t(a)].parent;
            const bool staff = parent >= 0 && data.isStaff(activities[size_t(parent)].author);
            toStaff += staff;
            const QString note = parent < 0 ? QString()
                                            : (staff ? tr("to %1 (staff)") : tr("to %1"))
                                                  .arg(nameOf(activities[size_t(parent)].author));
            item(a, note, figure != QLatin1String("repliesToStaff") || staff);
        }
        if (postsToo) {
            for (std::int32_t a : found.posts)
                item(a, {}, figure == QLatin1String("posts") || figure == QLatin1String("persona"));
        }
        const int posts = int(found.posts.size()), replies = int(found.replies.size());
        if (figure == QLatin1String("posts")) {
            std::erase_if(evidence.items, [&](const EvidenceItem &i) {
                return activities[size_t(i.activity)].kind != ActivityKind::Post;
            });
            evidence.formula = tr("The leader's posts in the period.");
            evidence.itemsDescription = tr("The leader's posts");
            input(tr("Posts"), Unit::Count, posts);
            evidence.raw = posts;
        } else if (figure == QLatin1String("replies")) {
            evidence.formula = tr("The leader's replies in the period.");
            evidence.itemsDescription = tr("The leader's replies");
            input(tr("Replies"), Unit::Count, replies);
            evidence.raw = replies;
        } else if (figure == QLatin1String("repliesToStaff")) {
            evidence.formula =
                tr("The leader's replies whose parent message is by a staff member.");
            evidence.itemsDescription = tr("The leader's replies (counted: to staff)");
            input(tr("Replies"), Unit::Count, replies);
            input(tr("Replies to staff"), Unit::Count, toStaff);
            evidence.raw = toStaff;
        } else if (figure == QLatin1String("conversationRatio")) {
            evidence.formula = tr("Replies / (posts + replies).");
            evidence.itemsDescription = tr("The leader's posts and replies (counted: replies)");
            for (EvidenceItem &i : evidence.items)
                i.counted = activities[size_t(i.activity)].kind == ActivityKind::Reply;
            input(tr("Posts"), Unit::Count, posts);
            input(tr("Replies"), Unit::Count, replies);
            evidence.raw = ratio(replies, posts + replies);
            input(tr("Conversation ratio"), Unit::Share, evidence.raw);
        } else { // persona
            const double days = double(lastDay - firstDay + 1);
            const PersonaSettings &p = settings.personas;
            std::vector<double> perPost;
            for (const LeaderStats &other : snapshot.sources.leaders->compute(ref.from, ref.to)) {
                if (other.posts > 0)
                    perPost.push_back(double(other.responsesReceived) / other.posts);
            }
            evidence.formula =
                tr("Observer: fewer than %1 posts + replies per 4 weeks; else Broadcaster: "
                   "conversation ratio < %2; else Responder: ratio > %3; else Catalyst: staff "
                   "responses per post at least %4 times the median over leaders who posted, "
                   "ratio ≤ %5; else Engager. The first match wins, in that order.")
                    .arg(p.observerMessagesPer4Weeks)
                    .arg(p.broadcasterRatioBelow)
                    .arg(p.responderRatioAbove)
                    .arg(p.catalystResponseMultiple)
                    .arg(p.catalystRatioAtMost);
            evidence.itemsDescription = tr("The leader's posts and replies");
            evidence.valueText = personaName(stats.persona);
            input(tr("Posts"), Unit::Count, posts);
            input(tr("Replies"), Unit::Count, replies);
            input(tr("Posts + replies per 4 weeks"), Unit::Number, (posts + replies) / (days / 28));
            input(tr("Conversation ratio"), Unit::Share, ratio(replies, posts + replies));
            input(tr("Staff responses received"), Unit::Count, stats.responsesReceived);
            input(tr("Staff responses per post"), Unit::Number,
                  ratio(stats.responsesReceived, posts));
            input(tr("Median responses per post over leaders who posted"), Unit::Number,
                  median(perPost).value_or(0));
            EvidenceInput persona;
            persona.name = tr("Persona");
            persona.unit = Unit::Text;
            persona.text = evidence.valueText;
            evidence.inputs.push_back(persona);
        }
    } else if (figure == QLatin1String("recognitions") ||
               figure == QLatin1String("peopleRecognised") ||
               figure == QLatin1String("departmentsRecognised")) {
        std::set<std::int32_t> people, departments;
        for (std::int32_t a : found.recognitions) {
            const std::int32_t day = ActivityDataset::dayOf(activities[size_t(a)].at);
            QStringList names;
            for (std::int32_t person : data.recipientsOf(a)) {
                people.insert(person);
                const std::int32_t d = data.departmentOn(person, day);
                if (d >= 0)
                    departments.insert(d);
                names << (d >= 0 ? tr("%1 (%2)").arg(nameOf(person), data.departments()[size_t(d)])
                                 : nameOf(person));
            }
            item(a, tr("recognises %1").arg(names.join(QStringLiteral(", "))));
        }
        evidence.itemsDescription = tr("The leader's recognitions");
        input(tr("Recognitions"), Unit::Count, double(found.recognitions.size()));
        if (figure == QLatin1String("recognitions")) {
            evidence.formula = tr("The leader's recognitions in the period (an activity that names "
                                  "or marks someone and is a recognition by the rules of "
                                  "docs/model.md section 1).");
            evidence.raw = double(found.recognitions.size());
        } else {
            input(tr("People recognised"), Unit::Count, double(people.size()));
            if (figure == QLatin1String("peopleRecognised")) {
                evidence.formula = tr("Distinct people the leader's recognitions named.");
                evidence.raw = double(people.size());
            } else {
                input(tr("Departments recognised"), Unit::Count, double(departments.size()));
                evidence.formula = tr("Distinct departments of the people the leader recognised, "
                                      "each person's department on the day.");
                evidence.raw = double(departments.size());
            }
        }
    } else if (figure == QLatin1String("staffComments") ||
               figure == QLatin1String("answeredComments") ||
               figure == QLatin1String("replyRate") || figure == QLatin1String("staffQuestions") ||
               figure == QLatin1String("answeredQuestions") ||
               figure == QLatin1String("answeredQuestionRate") ||
               figure == QLatin1String("medianFirstReplyHours")) {
        const bool questions = figure.contains(QLatin1String("uestion"));
        const bool isMedian = figure == QLatin1String("medianFirstReplyHours");
        int fromThreads = 0, naming = 0, answered = 0, repliedAtAll = 0;
        std::vector<double> hours;
        for (const Comment &c : found.comments) {
            if (questions && !c.question)
                continue;
            const auto &activity = activities[size_t(c.activity)];
            const bool inThread = activity.kind == ActivityKind::Reply &&
                                  activity.root != c.activity &&
                                  activities[size_t(activity.root)].author == leader;
            fromThreads += inThread;
            naming += !inThread;
            answered += c.answered;
            QString note;
            if (!c.hours)
                note = tr("no later reply from the leader in the thread");
            else if (c.answered)
                note = tr("answered after %1 h").arg(hoursText(*c.hours));
            else
                note =
                    tr("answered after %1 h: later than %2 h").arg(hoursText(*c.hours)).arg(window);
            if (c.question)
                note = tr("question; %1").arg(note);
            if (c.hours) {
                hours.push_back(*c.hours);
                ++repliedAtAll;
            }
            const bool counted = isMedian
                                     ? c.hours.has_value()
                                     : (figure == QLatin1String("staffComments") ||
                                        figure == QLatin1String("staffQuestions") || c.answered);
            item(c.activity, note, counted, c.hours);
        }
        const int total = fromThreads + naming;
        evidence.itemsDescription =
            questions ? tr("Staff questions to the leader") : tr("Staff comments to the leader");
        const QString comments = questions ? tr("Staff questions") : tr("Staff comments");
        input(tr("In threads the leader started"), Unit::Count, fromThreads);
        input(tr("Naming the leader elsewhere"), Unit::Count, naming);
        input(comments, Unit::Count, total);
        if (figure == QLatin1String("staffComments") || figure == QLatin1String("staffQuestions")) {
            evidence.formula =
                questions ? tr("Staff comments to the leader that are questions (a question mark "
                               "outside links and code, or any staff post in a Q&A channel).")
                          : tr("Staff replies in threads the leader started, plus staff posts and "
                               "replies that mention the leader; one message counts once.");
            evidence.raw = total;
        } else if (isMedian) {
            evidence.formula = tr("The median of the hours from each staff comment to the "
                                  "leader's first later reply in its thread, over the comments "
                                  "answered at all.");
            input(tr("Answered at all"), Unit::Count, repliedAtAll);
            evidence.raw = median(hours);
            input(tr("Median"), Unit::Hours, evidence.raw);
        } else {
            input(tr("Reply window"), Unit::Hours, window);
            input(questions ? tr("Answered questions") : tr("Answered comments"), Unit::Count,
                  answered);
            if (figure.endsWith(QLatin1String("Rate"))) {
                evidence.formula =
                    tr("The share of the staff %1 followed by a reply of the leader in the same "
                       "thread within %2 h.")
                        .arg(questions ? tr("questions") : tr("comments"))
                        .arg(window);
                evidence.raw = ratio(answered, total);
                input(tr("Rate"), Unit::Share, evidence.raw);
            } else {
                evidence.formula = tr("Staff %1 followed by a reply of the leader in the same "
                                      "thread within %2 h.")
                                       .arg(questions ? tr("questions") : tr("comments"))
                                       .arg(window);
                evidence.raw = answered;
            }
        }
    } else if (figure == QLatin1String("reach") || figure == QLatin1String("responsesReceived")) {
        std::set<std::int32_t> staff;
        int reactions = 0;
        // Oldest first, so that each person's first response is the one that reaches them.
        std::vector<std::int32_t> responses = found.responses;
        std::stable_sort(responses.begin(), responses.end(), [&](std::int32_t a, std::int32_t b) {
            return activities[size_t(a)].at < activities[size_t(b)].at;
        });
        for (std::int32_t a : responses) {
            const auto &activity = activities[size_t(a)];
            const bool first = staff.insert(activity.author).second;
            reactions += activity.kind == ActivityKind::Reaction;
            item(a, first ? tr("first response of this person") : QString(),
                 figure == QLatin1String("responsesReceived") || first);
        }
        evidence.itemsDescription = tr("Staff replies and reactions on the leader's posts");
        input(tr("Replies"), Unit::Count, double(responses.size()) - reactions);
        input(tr("Reactions"), Unit::Count, reactions);
        input(tr("Responses"), Unit::Count, double(responses.size()));
        input(tr("Distinct staff"), Unit::Count, double(staff.size()));
        if (figure == QLatin1String("reach")) {
            evidence.formula =
                tr("Distinct staff who replied or reacted to the leader's posts in the period.");
            evidence.raw = double(staff.size());
        } else {
            evidence.formula = tr("Staff replies and reactions on the leader's posts.");
            evidence.raw = double(responses.size());
        }
    } else if (figure == QLatin1String("activeWeeks")) {
        std::set<std::int32_t> weeks;
        std::vector<std::int32_t> all = found.posts;
        all.insert(all.end(), found.replies.begin(), found.replies.end());
        for (std::int32_t a : found.recognitions) {
            if (std::find(all.begin(), all.end(), a) == all.end())
                all.push_back(a);
        }
        for (std::int32_t a : all) {
            const std::int32_t week =
                (ActivityDataset::dayOf(activities[size_t(a)].at) - firstDay) / 7;
            weeks.insert(week);
            item(a, tr("week %1").arg(week + 1));
        }
        const double blocks = std::ceil(double(lastDay - firstDay + 1) / 7.0);
        evidence.formula = tr("The share of seven-day blocks, counted from the first day of the "
                              "period, with a post, reply or recognition of the leader.");
        evidence.itemsDescription = tr("The leader's posts, replies and recognitions");
        input(tr("Weeks"), Unit::Count, blocks);
        input(tr("Active weeks"), Unit::Count, double(weeks.size()));
        evidence.raw = blocks > 0 ? double(weeks.size()) / blocks : 0;
        input(tr("Share"), Unit::Share, evidence.raw);
    } else {
        return Error{tr("No leader figure called \"%1\".").arg(figure)};
    }
    return {};
}

} // namespace goodwill::analytics
