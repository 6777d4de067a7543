#pragma once

#include "store/records.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace goodwill::analytics {

struct Snapshot;

// A person colleagues recognised in public channels.
struct ShoutOutPerson
{
    std::int32_t person = -1; // person index
    QString name;
    std::int32_t department = -1; // on the day of their latest counted recognition; -1: none
    QString departmentName;
    bool leader = false;
    int recognitions = 0; // public recognitions naming them
    int recognisers = 0;  // distinct people who gave those
};

// A department (a team) recognised in public channels.
struct ShoutOutTeam
{
    std::int32_t department = -1;
    QString name;
    int headcount = 0;        // staff on the period's last day (at least k: never hidden)
    int recognitions = 0;     // one per person recognised, by their department on the day
    int peopleRecognised = 0; // distinct people of it recognised
    double perMember() const { return headcount > 0 ? double(recognitions) / headcount : 0; }
};

// Shout-out candidates for a snapshot (docs/model.md, "Town-hall brief"): recognitions
// (section 1) in the period, in the snapshot's channels and sources, in public channels
// only, naming someone who was in one of the snapshot's departments on the day (any
// department when none is chosen).
struct ShoutOutCandidates
{
    // People recognised by at least `minimumRecognisers` distinct people; at most
    // `maxPeople`, chosen by distinct recognisers, then recognitions, then name, and
    // listed by name (a list of candidates, not a ranking).
    std::vector<ShoutOutPerson> people;
    // Departments with recognitions, not hidden by the privacy rules on the last day; at
    // most `maxTeams`, the most recognitions per member first (then the most
    // recognitions, then dataset order).
    std::vector<ShoutOutTeam> teams;
    int recognitions = 0; // public recognition activities counted (each once)

    static constexpr int minimumRecognisers = 2;
    static constexpr int maxPeople = 10;
    static constexpr int maxTeams = 5;

    // Public: channels meant for everyone (announcement, recognition, social, Q&A). Work
    // channels are left out: imports put direct messages and private groups there.
    static bool isPublic(store::ChannelKind kind);

    // Needs the snapshot's dataset. Empty when `cancel` became true.
    static std::optional<ShoutOutCandidates> compute(const Snapshot &snapshot,
                                                     const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::analytics
