#pragma once

#include "activityids.h"
#include "modelsettings.h"
#include "store/records.h"
#include "store/result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace goodwill::store {
class SqliteConnection;
}

namespace goodwill::analytics {

class SentimentAnalyzer;

// The activity database read once into compact, immutable facts that every figure is
// computed from: people with their effective role and roster stints, channels with their
// effective kind, and one small record per activity with what the rules found in its text
// (question, recognition). Built on a read connection; safe to share between threads.
class ActivityDataset
{
public:
    struct Stint
    {
        std::int32_t fromDay = 0; // days since 1970-01-01, inclusive
        std::int32_t toDay = 0;   // exclusive
        std::int32_t department = -1;
    };

    struct Person
    {
        std::int64_t id = 0;
        QString name;
        QString email;
        QString title;
        store::PersonRole role = store::PersonRole::Staff; // effective role
        std::vector<Stint> stints;
    };

    struct Activity
    {
        std::uint32_t at = 0;        // seconds since the epoch, UTC (good until 2106)
        std::int32_t author = -1;    // person index
        std::int32_t root = -1;      // activity index of the thread's post (itself for a post)
        std::int32_t parent = -1;    // activity index of the message replied or reacted to
        std::int16_t toneScaled = 0; // sentiment -1..1 times 32767 (posts and replies)
        store::ActivityKind kind = store::ActivityKind::Post;
        bool question : 1 = false;
        bool recognition : 1 = false;
        bool celebration : 1 = false; // a celebration or humour marker (posts and replies)
        bool social : 1 = false;      // in a social channel (the channel itself is in the file)

        double tone() const { return toneScaled / 32767.0; }
    };
    static_assert(sizeof(Activity) == 20, "ten million of these must fit in the memory target");

    struct Channel
    {
        std::int64_t id = 0;
        QString name;
        store::ChannelKind kind = store::ChannelKind::Work; // effective kind
        std::int32_t source = -1;                           // index into sources()
    };

    // `tone` scores each post and reply when given.
    static Result<ActivityDataset> load(store::SqliteConnection &connection,
                                        const ModelSettings &settings,
                                        const SentimentAnalyzer *tone = nullptr);

    const std::vector<Person> &people() const { return m_people; }
    const std::vector<QString> &departments() const { return m_departments; }
    const std::vector<Channel> &channels() const { return m_channels; }
    const std::vector<QString> &sources() const { return m_sources; } // "kind: name"
    // The channel of an activity (its thread's), or -1 when none.
    std::int32_t channelOf(std::int32_t activity) const;
    const std::vector<Activity> &activities() const { return m_activities; }
    // The database id (activities.id) of activity `index`; 0 when out of range.
    std::int64_t activityId(std::int32_t index) const;
    // The index of the activity with database id `id`, or -1 when absent (not in the file,
    // or skipped on load because its author is unknown).
    std::int32_t indexOfActivityId(std::int64_t id) const;
    // Recognised people (person indexes) of activity `index`, empty when none.
    std::vector<std::int32_t> recipientsOf(std::int32_t activity) const;
    // People (person indexes) mentioned by activity `index`.
    std::vector<std::int32_t> mentionsOf(std::int32_t activity) const;
    // Activities (indexes) that mention `person`.
    const std::vector<std::int32_t> &mentioning(std::int32_t person) const;

    // The department of `person` on `day` (days since the epoch), or -1 when none.
    std::int32_t departmentOn(std::int32_t person, std::int32_t day) const;
    bool isLeader(std::int32_t person) const
    {
        return m_people[size_t(person)].role == store::PersonRole::Leader;
    }
    bool isStaff(std::int32_t person) const
    {
        return m_people[size_t(person)].role == store::PersonRole::Staff;
    }
    std::int32_t personIndexOfEmail(const QString &email) const;
    QDate firstDay() const { return m_firstDay; } // of any activity; invalid when none
    QDate lastDay() const { return m_lastDay; }

    // Days since 1970-01-01 (UTC), the unit of every window and period.
    static std::int32_t dayOf(std::int64_t seconds) { return std::int32_t(seconds / 86400); }
    static std::int32_t dayOf(QDate date)
    {
        return std::int32_t(date.toJulianDay() - unixEpochJulianDay);
    }
    static QDate dateOfDay(std::int32_t day)
    {
        return QDate::fromJulianDay(day + unixEpochJulianDay);
    }
    static constexpr std::int64_t unixEpochJulianDay = 2440588;

private:
    QDate m_firstDay, m_lastDay;
    std::vector<Person> m_people;
    std::vector<QString> m_departments;
    std::vector<Channel> m_channels;
    std::vector<QString> m_sources;
    // (thread root index, channel index), sorted: a thread's messages share its channel, so
    // only roots are kept.
    std::vector<std::pair<std::int32_t, std::int32_t>> m_rootChannels;
    std::vector<Activity> m_activities;
    ActivityIds m_ids; // index <-> database id, as runs of consecutive ids
    // (activity index, person index), sorted: few activities name anyone.
    std::vector<std::pair<std::int32_t, std::int32_t>> m_recipients, m_mentions;
    std::vector<std::vector<std::int32_t>> m_mentioning; // per person
};

} // namespace goodwill::analytics
