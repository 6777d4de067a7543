#pragma once

#include "demoorganisation.h"
#include "demorandom.h"
#include "demotextbank.h"
#include "store/bulkwriter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace goodwill::demo {

// Plays the organisation out day by day: staff threads, leader posts and recognitions,
// replies, reactions, with the stories of docs/demo.md built into the habits and moods.
// Every activity goes straight to the store writer.
class DemoConversation
{
public:
    DemoConversation(const DemoOrganisation &org, DemoRandom &random, store::BulkWriter &writer,
                     std::int64_t sourceId);

    // Simulates one day (0-based from the first day).
    void simulateDay(int day);
    std::int64_t activityCount() const { return m_nextId - 1; }

private:
    struct Message
    {
        std::int64_t id = 0;
        int author = 0;
        std::int64_t at = 0;
    };
    struct Mood
    {
        double activity = 1;
        double complaints = 0.12;
        double reactions = 1;
        double peerRecognition = 1;
        double social = 1;
    };

    void applyRoster(int day);
    void join(int person, int department);
    void leave(int person);
    Mood moodOf(int department, int day) const;
    double seasonOf(int day) const;
    double replyChance(const DemoLeader &leader, int day) const;
    double replyHours(const DemoLeader &leader, int day) const;
    double recognitionsPerWeek(const DemoLeader &leader, int day) const;
    const std::vector<int> &respondersFor(int department, bool orgWide);

    void staffThread(int department, int day);
    void leaderPost(int leader, int day);
    void leaderRecognition(int leader, int day);
    void botPost(int bot, int day);
    void reactions(const Message &target, std::int64_t channel, std::int64_t root, double expected,
                   const std::vector<int> &audience, bool festive);

    // Writes one activity; returns its id, or 0 when it falls after the last day.
    std::int64_t write(store::ActivityKind kind, std::int64_t at, int author, std::int64_t channel,
                       std::int64_t root, std::int64_t parent, std::string_view text,
                       std::string_view emoji = {});
    void compose(MessageTheme theme, int department, int mention = -1, int mention2 = -1);
    int pickWriter(const std::vector<int> &pool);
    int pickOther(const std::vector<int> &pool, int notThis);
    int departmentOfLeader(const DemoLeader &leader, int day);
    std::int64_t dayStart(int day) const;

    const DemoOrganisation &m_org;
    DemoRandom &m_random;
    store::BulkWriter &m_writer;
    std::int64_t m_sourceId;
    std::int64_t m_nextId = 1;
    std::int64_t m_firstSecond = 0;
    std::int64_t m_endSecond = 0;
    size_t m_nextEvent = 0;

    std::vector<int> m_departmentOf;           // per person, -1 when not employed
    std::vector<int> m_slot;                   // per person, index in its member list
    std::vector<int> m_orgSlot;                // per person, index in m_everyone
    std::vector<std::vector<int>> m_members;   // per department: staff and guests
    std::vector<int> m_everyone;               // all staff and guests employed today
    std::vector<std::vector<int>> m_directors; // per department: director leader indexes
    std::vector<double> m_baseMood;            // per department
    std::vector<int> m_responders;
    std::vector<Message> m_replies;
    std::string m_text, m_mention, m_mention2;
};

} // namespace goodwill::demo
