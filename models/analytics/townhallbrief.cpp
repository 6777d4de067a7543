#include "townhallbrief.h"

#include "messagelookup.h"
#include "questionthemes.h"
#include "snapshot.h"

#include <algorithm>
#include <map>
#include <set>

namespace goodwill::analytics {
namespace {

// The themes of the open questions, with their samples; false when the texts cannot be read.
bool findThemes(TownHallBrief &brief, const ActivityDataset &data,
                const std::vector<const StaffQuestion *> &open, store::SqliteConnection &texts,
                int kText)
{
    std::vector<std::int32_t> activities;
    activities.reserve(open.size());
    for (const StaffQuestion *question : open)
        activities.push_back(question->activity);
    const auto messages = MessageLookup(texts).read(data, activities);
    if (!messages)
        return false;
    std::vector<ThemeQuestion> questions;
    questions.reserve(open.size());
    for (size_t i = 0; i < open.size(); ++i) {
        ThemeQuestion &question = questions.emplace_back();
        question.activity = open[i]->activity;
        question.author = open[i]->author;
        question.text = (*messages)[i].text;
        for (std::int32_t person : data.mentionsOf(open[i]->activity))
            question.mentionedNames << data.people()[size_t(person)].name;
    }
    for (const QuestionTheme &theme : QuestionThemes::group(questions, kText)) {
        TownHallTheme &shown = brief.themes.emplace_back();
        shown.term = theme.term;
        shown.relatedTerms = theme.relatedTerms;
        shown.questions = int(theme.questions.size());
        shown.authors = theme.authors;
        std::set<std::int32_t> sampled; // authors
        for (int q : theme.questions) {
            const StaffQuestion &question = *open[size_t(q)];
            shown.activities.push_back(question.activity);
            if (int(shown.samples.size()) < TownHallBrief::sampleCount &&
                sampled.insert(question.author).second)
                shown.samples.push_back(ThemeSample{question.activity, question.at,
                                                    question.hoursWaiting,
                                                    questions[size_t(q)].text});
        }
        brief.questionsInThemes += shown.questions;
    }
    return true;
}

} // namespace

std::shared_ptr<const TownHallBrief> TownHallBrief::compute(const Snapshot &snapshot,
                                                            store::SqliteConnection *texts,
                                                            const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    auto brief = std::make_shared<TownHallBrief>();
    brief->from = snapshot.from;
    brief->to = snapshot.to;
    brief->audience = snapshot.filter.departments;
    std::sort(brief->audience.begin(), brief->audience.end());
    if (!snapshot.sources.isComplete())
        return brief;
    const ActivityDataset &data = *snapshot.sources.dataset;
    const ModelSettings &settings = *snapshot.sources.settings;
    brief->k = settings.k;
    brief->kText = settings.kText;
    brief->windowDays = settings.windowDays;
    brief->replyWindowHours = settings.replyWindowHours;
    for (std::int32_t d : brief->audience) {
        if (d >= 0 && size_t(d) < data.departments().size())
            brief->audienceNames << data.departments()[size_t(d)];
    }
    if (!snapshot.from.isValid() || !snapshot.to.isValid() || snapshot.to < snapshot.from)
        return brief;

    auto movers = CapitalMovers::compute(snapshot, cancel);
    if (!movers)
        return {};
    brief->movers = std::move(*movers);
    auto shoutOuts = ShoutOutCandidates::compute(snapshot, cancel);
    if (!shoutOuts)
        return {};
    brief->shoutOuts = std::move(*shoutOuts);
    if (snapshot.leaders.empty())
        return brief;

    // The staff questions to the snapshot's leaders; those of the audience count.
    LeaderInboxQuery query;
    query.from = snapshot.from;
    query.to = snapshot.to;
    query.scope = snapshot.filter.scope;
    for (const LeaderStats &leader : snapshot.leaders)
        query.leaders.push_back(leader.person);
    const std::optional<LeaderInbox> inbox = LeaderInbox::compute(data, query, cancel);
    if (!inbox)
        return {};
    const auto inAudience = [&](std::int32_t d) {
        return brief->audience.empty() ||
               std::binary_search(brief->audience.begin(), brief->audience.end(), d);
    };
    std::map<std::int32_t, std::pair<int, int>> byLeader; // asked, unanswered
    std::map<std::int32_t, bool> answeredByAny;           // by question
    std::vector<const StaffQuestion *> firstEntry;        // one per question, oldest first
    for (const StaffQuestion &question : inbox->questions) {
        if (!inAudience(question.department))
            continue;
        auto &[asked, unanswered] = byLeader[question.leader];
        ++asked;
        unanswered += !question.answered;
        const auto [it, added] = answeredByAny.emplace(question.activity, question.answered);
        if (added)
            firstEntry.push_back(&question);
        else
            it->second = it->second || question.answered;
    }
    std::vector<const StaffQuestion *> open;
    std::set<std::int32_t> authors;
    for (const StaffQuestion *question : firstEntry) {
        if (answeredByAny[question->activity])
            continue;
        open.push_back(question);
        authors.insert(question->author);
    }
    brief->openQuestions = int(open.size());
    brief->openQuestionAuthors = int(authors.size());
    if (cancelled())
        return {};
    if (texts)
        brief->textsRead = findThemes(*brief, data, open, *texts, settings.kText);
    if (cancelled())
        return {};

    const std::int32_t lastDay = ActivityDataset::dayOf(snapshot.to);
    for (const LeaderStats &stats : snapshot.leaders) {
        const auto counts = byLeader.find(stats.person);
        const int asked = counts == byLeader.end() ? 0 : counts->second.first;
        const bool leadsAudience =
            !brief->audience.empty() && inAudience(data.departmentOn(stats.person, lastDay));
        if (brief->audience.empty() ? stats.staffComments == 0 && asked == 0
                                    : !leadsAudience && asked == 0)
            continue;
        LeaderResponsiveness &leader = brief->leaders.emplace_back();
        leader.person = stats.person;
        leader.name = stats.name;
        leader.department = stats.department;
        leader.staffComments = stats.staffComments;
        leader.replyRate = stats.replyRate;
        leader.medianFirstReplyHours = stats.medianFirstReplyHours;
        leader.questions = asked;
        leader.unanswered = counts == byLeader.end() ? 0 : counts->second.second;
    }
    std::stable_sort(brief->leaders.begin(), brief->leaders.end(),
                     [](const LeaderResponsiveness &a, const LeaderResponsiveness &b) {
                         if (a.unanswered != b.unanswered)
                             return a.unanswered > b.unanswered;
                         // The lowest reply rate first; none (nothing to rate) last.
                         if (a.replyRate.has_value() != b.replyRate.has_value())
                             return a.replyRate.has_value();
                         if (a.replyRate && *a.replyRate != *b.replyRate)
                             return *a.replyRate < *b.replyRate;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return brief;
}

} // namespace goodwill::analytics
