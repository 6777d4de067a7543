#include "activitydataset.h"

#include "sentimentanalyzer.h"
#include "store/sqliteconnection.h"
#include "textrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace goodwill::analytics {
namespace {

using store::SqliteStatement;

std::int32_t dayFromIso(std::string_view text, std::int32_t fallback)
{
    if (text.empty())
        return fallback;
    const QDate date =
        QDate::fromString(QString::fromLatin1(text.data(), qsizetype(text.size())), Qt::ISODate);
    return date.isValid() ? ActivityDataset::dayOf(date) : fallback;
}

std::optional<store::PersonRole> roleFromText(std::string_view text)
{
    for (auto role : {store::PersonRole::Leader, store::PersonRole::Staff, store::PersonRole::Bot,
                      store::PersonRole::Guest}) {
        if (text == store::toString(role))
            return role;
    }
    return std::nullopt;
}

store::ActivityKind kindFromText(std::string_view text)
{
    for (auto kind : {store::ActivityKind::Post, store::ActivityKind::Reply,
                      store::ActivityKind::Reaction, store::ActivityKind::Recognition}) {
        if (text == store::toString(kind))
            return kind;
    }
    return store::ActivityKind::Post;
}

store::ChannelKind channelKindFromText(std::string_view text)
{
    for (auto kind :
         {store::ChannelKind::Work, store::ChannelKind::Announcement, store::ChannelKind::Social,
          store::ChannelKind::Recognition, store::ChannelKind::Qa}) {
        if (text == store::toString(kind))
            return kind;
    }
    return store::ChannelKind::Work;
}

Error readError(store::SqliteConnection &connection, const char *table)
{
    return connection.error(QCoreApplication::translate("ActivityDataset", "cannot read %1")
                                .arg(QString::fromLatin1(table)));
}

} // namespace

Result<ActivityDataset> ActivityDataset::load(store::SqliteConnection &connection,
                                              const ModelSettings &settings,
                                              const SentimentAnalyzer *tone)
{
    ActivityDataset data;
    const PhraseMatcher celebrationMarkers(settings.celebrationMarkers);
    // Most messages hold no marker at all: a byte search on the lower-cased text rules them
    // out before the word-exact match (a tenth of the load time on ten million messages).
    std::vector<std::string> markerBytes;
    for (const QString &marker : settings.celebrationMarkers)
        markerBytes.push_back(marker.toLower().toStdString());
    const LeaderTitleMatcher leaderTitles(settings);
    const RecognitionDetector recognitionRules(settings);

    // Departments.
    std::unordered_map<std::int64_t, std::int32_t> departmentIndex;
    {
        auto rows = connection.prepare("SELECT id, name FROM departments ORDER BY id");
        if (!rows)
            return rows.error();
        while (rows->step() == SqliteStatement::Step::Row) {
            departmentIndex[rows->int64(0)] = std::int32_t(data.m_departments.size());
            data.m_departments.push_back(rows->text(1));
        }
    }

    // People, with the role they hold stored (and overridden) and what the roster says.
    std::unordered_map<std::int64_t, std::int32_t> personIndex;
    std::vector<std::optional<store::PersonRole>> overrides, stored;
    {
        auto rows = connection.prepare("SELECT id, display_name, email, title, role, role_override "
                                       "FROM people ORDER BY id");
        if (!rows)
            return rows.error();
        SqliteStatement::Step step;
        while ((step = rows->step()) == SqliteStatement::Step::Row) {
            personIndex[rows->int64(0)] = std::int32_t(data.m_people.size());
            Person person;
            person.id = rows->int64(0);
            person.name = rows->text(1);
            person.email = rows->text(2);
            person.title = rows->text(3);
            stored.push_back(roleFromText(rows->textView(4)));
            overrides.push_back(roleFromText(rows->textView(5)));
            data.m_people.push_back(std::move(person));
        }
        if (step == SqliteStatement::Step::Error)
            return readError(connection, "people");
    }
    const auto indexOfPerson = [&](std::int64_t id) -> std::int32_t {
        const auto found = personIndex.find(id);
        return found == personIndex.end() ? -1 : found->second;
    };
    std::vector<std::optional<bool>> rosterLeader(data.m_people.size());
    {
        auto rows = connection.prepare("SELECT person_id, valid_from, valid_to, department_id, "
                                       "is_leader FROM roster ORDER BY person_id, valid_from");
        if (!rows)
            return rows.error();
        SqliteStatement::Step step;
        while ((step = rows->step()) == SqliteStatement::Step::Row) {
            const std::int32_t person = indexOfPerson(rows->int64(0));
            const auto department = departmentIndex.find(rows->int64(3));
            if (person < 0 || department == departmentIndex.end())
                continue;
            Stint stint;
            stint.fromDay = dayFromIso(rows->textView(1), std::numeric_limits<std::int32_t>::min());
            stint.toDay = dayFromIso(rows->textView(2), std::numeric_limits<std::int32_t>::max());
            stint.department = department->second;
            data.m_people[size_t(person)].stints.push_back(stint);
            if (!rows->isNull(4)) // the latest stint that says anything decides
                rosterLeader[size_t(person)] = rows->int64(4) != 0;
        }
        if (step == SqliteStatement::Step::Error)
            return readError(connection, "roster");
    }
    // The effective role (MODEL.md section 1): the user's override; else bots and guests as
    // the source says; else the roster's leader flag; else the title; else what was stored.
    for (size_t p = 0; p < data.m_people.size(); ++p) {
        Person &person = data.m_people[p];
        if (overrides[p])
            person.role = *overrides[p];
        else if (stored[p] == store::PersonRole::Bot || stored[p] == store::PersonRole::Guest)
            person.role = *stored[p];
        else if (rosterLeader[p])
            person.role = *rosterLeader[p] ? store::PersonRole::Leader : store::PersonRole::Staff;
        else if (leaderTitles.isLeaderTitle(person.title))
            person.role = store::PersonRole::Leader;
        else
            person.role = stored[p].value_or(store::PersonRole::Staff);
    }

    // Sources and channels.
    std::unordered_map<std::int64_t, std::int32_t> sourceIndex, channelIndex;
    {
        auto rows = connection.prepare("SELECT id, kind, name FROM sources ORDER BY id");
        if (!rows)
            return rows.error();
        while (rows->step() == SqliteStatement::Step::Row) {
            sourceIndex[rows->int64(0)] = std::int32_t(data.m_sources.size());
            data.m_sources.push_back(rows->text(1) + QStringLiteral(": ") + rows->text(2));
        }
    }
    {
        auto rows = connection.prepare("SELECT id, name, coalesce(kind_override, kind), source_id "
                                       "FROM channels ORDER BY id");
        if (!rows)
            return rows.error();
        while (rows->step() == SqliteStatement::Step::Row) {
            channelIndex[rows->int64(0)] = std::int32_t(data.m_channels.size());
            const auto source = sourceIndex.find(rows->int64(3));
            data.m_channels.push_back({rows->int64(0), rows->text(1),
                                       channelKindFromText(rows->textView(2)),
                                       source == sourceIndex.end() ? -1 : source->second});
        }
    }

    // Mentions and recognitions marked by the source, keyed by activity id: few activities
    // have any, so these stay small while the activities are read.
    std::vector<std::pair<std::int64_t, std::int32_t>> mentionRows, markedRows;
    for (const auto &[sql, table, into] :
         {std::tuple{"SELECT activity_id, person_id FROM mentions", "mentions", &mentionRows},
          std::tuple{"SELECT activity_id, person_id FROM recognition_recipients "
                     "WHERE origin = 'source'",
                     "recognition_recipients", &markedRows}}) {
        auto rows = connection.prepare(sql);
        if (!rows)
            return rows.error();
        SqliteStatement::Step step;
        while ((step = rows->step()) == SqliteStatement::Step::Row) {
            if (const std::int32_t person = indexOfPerson(rows->int64(1)); person >= 0)
                into->emplace_back(rows->int64(0), person);
        }
        if (step == SqliteStatement::Step::Error)
            return readError(connection, table);
        std::sort(into->begin(), into->end());
    }
    const auto peopleOf = [](const std::vector<std::pair<std::int64_t, std::int32_t>> &rows,
                             std::int64_t id) {
        std::vector<std::int32_t> people;
        for (auto it = std::lower_bound(rows.begin(), rows.end(), std::pair{id, INT32_MIN});
             it != rows.end() && it->first == id; ++it)
            people.push_back(it->second);
        return people;
    };

    // Activities, in id order. Each is classified as it is read (nothing of its text is
    // kept); roots and parents are resolved against the ids read so far, and the rare
    // forward reference at the end.
    ActivityIds &ids = data.m_ids;
    std::vector<std::tuple<std::int32_t, std::int64_t, std::int64_t>>
        forward; // index, root, parent
    data.m_mentioning.resize(data.m_people.size());
    const auto indexOfActivity = [&](std::int64_t id) { return ids.indexOf(id); };
    std::string lowered;
    {
        // Reserved up front: growing by doubling would briefly hold one and a half copies.
        auto count = connection.queryInt("SELECT count(*) FROM activities");
        if (!count)
            return count.error();
        data.m_activities.reserve(size_t(*count));
        auto rows =
            connection.prepare("SELECT id, kind, at, author_id, channel_id, thread_root_id, "
                               "parent_id, text FROM activities ORDER BY id");
        if (!rows)
            return rows.error();
        SqliteStatement::Step step;
        while ((step = rows->step()) == SqliteStatement::Step::Row) {
            const std::int32_t author = indexOfPerson(rows->int64(3));
            if (author < 0)
                continue;
            const std::int64_t id = rows->int64(0);
            const auto index = std::int32_t(data.m_activities.size());
            Activity activity;
            activity.kind = kindFromText(rows->textView(1));
            activity.at = std::uint32_t(std::clamp<std::int64_t>(rows->int64(2), 0, UINT32_MAX));
            activity.author = author;
            const auto channel = channelIndex.find(rows->int64(4));
            const std::int32_t channelAt = channel == channelIndex.end() ? -1 : channel->second;
            activity.social = channelAt >= 0 &&
                              data.m_channels[size_t(channelAt)].kind == store::ChannelKind::Social;
            const std::int64_t rootId = rows->isNull(5) ? 0 : rows->int64(5);
            const std::int64_t parentId = rows->isNull(6) ? 0 : rows->int64(6);
            activity.parent = parentId ? indexOfActivity(parentId) : -1;
            activity.root = rootId ? indexOfActivity(rootId) : index;
            if ((rootId && activity.root < 0) || (parentId && activity.parent < 0))
                forward.emplace_back(index, rootId, parentId);
            if (activity.root < 0)
                activity.root = activity.parent >= 0 ? activity.parent : index;

            const std::string_view text = rows->textView(7);
            const bool message = activity.kind == store::ActivityKind::Post ||
                                 activity.kind == store::ActivityKind::Reply;
            if (message) {
                lowered.assign(text);
                for (char &c : lowered)
                    c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
                const bool maybe = std::any_of(markerBytes.begin(), markerBytes.end(),
                                               [&](const std::string &marker) {
                                                   return lowered.find(marker) != std::string::npos;
                                               });
                activity.celebration = maybe && celebrationMarkers.containsIn(QString::fromUtf8(
                                                    text.data(), qsizetype(text.size())));
                if (tone)
                    activity.toneScaled = std::int16_t(std::lround(tone->compound(text) * 32767));
                if (text.find('?') != std::string_view::npos)
                    activity.question = QuestionDetector::hasQuestionMark(
                        QString::fromUtf8(text.data(), qsizetype(text.size())));
                // Any staff post in a Q&A channel is a question too (MODEL.md section 1).
                if (activity.kind == store::ActivityKind::Post && channelAt >= 0 &&
                    data.m_channels[size_t(channelAt)].kind == store::ChannelKind::Qa &&
                    data.m_people[size_t(author)].role == store::PersonRole::Staff)
                    activity.question = true;
            }

            // Recognition (MODEL.md section 2): recipients are the people named or marked,
            // never the author or a bot; recognitions the file stores as detected are found
            // again with today's rules.
            const std::vector<std::int32_t> mentioned = peopleOf(mentionRows, id);
            for (std::int32_t person : mentioned) {
                data.m_mentions.emplace_back(index, person);
                data.m_mentioning[size_t(person)].push_back(index);
            }
            const std::vector<std::int32_t> marked = peopleOf(markedRows, id);
            if (data.m_people[size_t(author)].role != store::PersonRole::Bot &&
                activity.kind != store::ActivityKind::Reaction &&
                (!mentioned.empty() || !marked.empty())) {
                std::vector<std::int32_t> eligible = marked.empty() ? mentioned : marked;
                std::erase_if(eligible, [&](std::int32_t person) {
                    return person == author ||
                           data.m_people[size_t(person)].role == store::PersonRole::Bot;
                });
                const bool inRecognitionChannel =
                    channelAt >= 0 &&
                    data.m_channels[size_t(channelAt)].kind == store::ChannelKind::Recognition;
                const bool markedBySource =
                    activity.kind == store::ActivityKind::Recognition || !marked.empty();
                const auto reason = recognitionRules.classify(
                    eligible.empty() ? QString()
                                     : QString::fromUtf8(text.data(), qsizetype(text.size())),
                    int(eligible.size()), markedBySource, inRecognitionChannel);
                if (reason != RecognitionDetector::Reason::None) {
                    activity.recognition = true;
                    for (std::int32_t person : eligible)
                        data.m_recipients.emplace_back(index, person);
                }
            }
            if (activity.root == index)
                data.m_rootChannels.emplace_back(index, channelAt);
            ids.append(id);
            data.m_activities.push_back(activity);
        }
        if (step == SqliteStatement::Step::Error)
            return readError(connection, "activities");
    }
    for (const auto &[index, rootId, parentId] : forward) {
        Activity &activity = data.m_activities[size_t(index)];
        if (parentId)
            activity.parent = indexOfActivity(parentId);
        activity.root = rootId ? indexOfActivity(rootId) : index;
        if (activity.root < 0)
            activity.root = activity.parent >= 0 ? activity.parent : index;
    }
    ids.shrinkToFit();
    if (!data.m_activities.empty()) {
        const auto [lo, hi] =
            std::minmax_element(data.m_activities.begin(), data.m_activities.end(),
                                [](const Activity &a, const Activity &b) { return a.at < b.at; });
        data.m_firstDay = dateOfDay(dayOf(lo->at));
        data.m_lastDay = dateOfDay(dayOf(hi->at));
    }
    return data;
}

namespace {
std::vector<std::int32_t>
peopleOfActivity(const std::vector<std::pair<std::int32_t, std::int32_t>> &pairs,
                 std::int32_t activity)
{
    std::vector<std::int32_t> people;
    for (auto it = std::lower_bound(pairs.begin(), pairs.end(), std::pair{activity, INT32_MIN});
         it != pairs.end() && it->first == activity; ++it)
        people.push_back(it->second);
    return people;
}
} // namespace

std::int64_t ActivityDataset::activityId(std::int32_t index) const
{
    return m_ids.idOf(index);
}

std::int32_t ActivityDataset::indexOfActivityId(std::int64_t id) const
{
    return m_ids.indexOf(id);
}

std::int32_t ActivityDataset::channelOf(std::int32_t activity) const
{
    const std::int32_t root = m_activities[size_t(activity)].root;
    const auto found =
        std::lower_bound(m_rootChannels.begin(), m_rootChannels.end(), std::pair{root, INT32_MIN});
    return found != m_rootChannels.end() && found->first == root ? found->second : -1;
}

std::vector<std::int32_t> ActivityDataset::recipientsOf(std::int32_t activity) const
{
    return peopleOfActivity(m_recipients, activity);
}

std::vector<std::int32_t> ActivityDataset::mentionsOf(std::int32_t activity) const
{
    return peopleOfActivity(m_mentions, activity);
}

const std::vector<std::int32_t> &ActivityDataset::mentioning(std::int32_t person) const
{
    return m_mentioning[size_t(person)];
}

std::int32_t ActivityDataset::departmentOn(std::int32_t person, std::int32_t day) const
{
    for (const Stint &stint : m_people[size_t(person)].stints) {
        if (day >= stint.fromDay && day < stint.toDay)
            return stint.department;
    }
    return -1;
}

std::int32_t ActivityDataset::personIndexOfEmail(const QString &email) const
{
    for (size_t p = 0; p < m_people.size(); ++p) {
        if (m_people[p].email.compare(email, Qt::CaseInsensitive) == 0)
            return std::int32_t(p);
    }
    return -1;
}

} // namespace goodwill::analytics
