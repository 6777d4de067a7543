#pragma once

#include "demooptions.h"
#include "store/records.h"

#include <QDate>

#include <cstdint>
#include <string>
#include <vector>

namespace goodwill::demo {

class DemoRandom;

// The cast of the demo: departments, people, leaders with their habits, channels and the
// roster events (joiners, leavers, transfers, the reorganisation). Built once from the
// options and the seed; the conversation simulation then plays it out day by day.
struct DemoDepartment
{
    std::int64_t id = 0;
    std::string name;
    int base = 0;     // index of the base department it was derived from
    int division = 0; // index into DemoOrganisation::divisions
    std::int64_t channelId = 0;
    int firstDay = 0;  // day index from which it exists
    double weight = 0; // share of headcount
};

enum class LeaderTier
{
    Ceo,
    Vp,
    Director
};

struct DemoLeader
{
    int person = 0;
    LeaderTier tier = LeaderTier::Director;
    int division = -1;        // VPs: the division they run
    double replyChance = 0.3; // chance of answering one staff message in their scope
    double replyHours = 12;   // median hours to that answer
    double postsPerWeek = 1;
    double recognitionsPerWeek = 0.5;
    double announcementShare = 0.2; // of their posts, the share in org-wide announcement channels
    // From `changeDay` on, the second set of habits applies (the VP who turns responsive,
    // the director who takes over after the reorganisation).
    int changeDay = -1;
    double laterReplyChance = 0;
    double laterReplyHours = 0;
    double laterRecognitionsPerWeek = 0;
};

struct DemoPerson
{
    std::int64_t id = 0;
    std::string name;
    std::string email;
    std::string title;
    store::PersonRole role = store::PersonRole::Staff;
    std::int64_t managerId = 0;
    double propensity = 1; // how much this person writes, relative to others
    int leader = -1;       // index into DemoOrganisation::leaders
};

// From `day` on, `person` is in `department` (-1: has left). Sorted by day.
struct RosterEvent
{
    int day = 0;
    int person = 0;
    int department = -1;
    std::string title; // the title held from `day` on
};

struct DemoChannel
{
    std::int64_t id = 0;
    std::string name;
    store::ChannelKind kind = store::ChannelKind::Work;
};

struct DemoDivision
{
    std::string name;
    int vp = -1; // leader index
};

struct DemoOrganisation
{
    static DemoOrganisation build(const DemoOptions &options, DemoRandom &random);

    DemoOptions options;
    int dayCount = 0;
    std::vector<DemoDivision> divisions;
    std::vector<DemoDepartment> departments;
    std::vector<DemoPerson> people;
    std::vector<DemoLeader> leaders;
    std::vector<DemoChannel> channels;
    std::vector<RosterEvent> rosterEvents; // includes everyone's first assignment
    std::vector<int> initialTenureDays;    // per person: days employed before day 0
    std::vector<std::int64_t> announcementChannels, socialChannels, recognitionChannels, qaChannels,
        crossTeamChannels;
    int ceo = 0;             // leader index
    int responsiveVp = 0;    // leader index: the VP of Engineering
    int broadcaster = 0;     // leader index: the CMO
    int neverRecognised = 0; // department index: Field Operations
    int reorganised = 0;     // department index: Customer Support
    int splitOff = 0;        // department index: Customer Success
    int reorganisationDay = 0;
    std::vector<int> bots; // person indexes
};

} // namespace goodwill::demo
