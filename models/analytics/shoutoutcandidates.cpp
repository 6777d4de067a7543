#include "shoutoutcandidates.h"

#include "activityscope.h"
#include "snapshot.h"

#include <algorithm>
#include <map>
#include <set>

namespace goodwill::analytics {

bool ShoutOutCandidates::isPublic(store::ChannelKind kind)
{
    return kind != store::ChannelKind::Work;
}

std::optional<ShoutOutCandidates> ShoutOutCandidates::compute(const Snapshot &snapshot,
                                                              const std::atomic<bool> *cancel)
{
    ShoutOutCandidates result;
    if (!snapshot.sources.dataset || !snapshot.from.isValid() || !snapshot.to.isValid() ||
        snapshot.to < snapshot.from)
        return result;
    const ActivityDataset &data = *snapshot.sources.dataset;
    const auto &activities = data.activities();
    const auto &channels = data.channels();
    const std::vector<std::int32_t> &audience = snapshot.filter.departments;
    const auto inAudience = [&](std::int32_t d) {
        return audience.empty() ? d >= 0
                                : std::find(audience.begin(), audience.end(), d) != audience.end();
    };
    const std::int32_t firstDay = ActivityDataset::dayOf(snapshot.from);
    const std::int32_t lastDay = ActivityDataset::dayOf(snapshot.to);

    struct Person
    {
        int recognitions = 0;
        std::set<std::int32_t> recognisers;
        std::uint32_t latest = 0;
        std::int32_t department = -1;
    };
    std::map<std::int32_t, Person> people;
    std::map<std::int32_t, std::pair<int, std::set<std::int32_t>>> teams; // by department
    const ScopeFilter inScope(snapshot.filter.scope, data);
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if ((a & 0xffff) == 0 && cancel && cancel->load())
            return std::nullopt;
        const auto &activity = activities[size_t(a)];
        if (!activity.recognition)
            continue;
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        if (day < firstDay || day > lastDay || !inScope(a))
            continue;
        const std::int32_t channel = data.channelOf(a);
        if (channel < 0 || !isPublic(channels[size_t(channel)].kind))
            continue;
        bool counted = false;
        for (std::int32_t recipient : data.recipientsOf(a)) {
            const std::int32_t d = data.departmentOn(recipient, day);
            if (!inAudience(d))
                continue;
            counted = true;
            Person &person = people[recipient];
            ++person.recognitions;
            person.recognisers.insert(activity.author);
            if (activity.at >= person.latest) {
                person.latest = activity.at;
                person.department = d;
            }
            auto &[count, recognised] = teams[d];
            ++count;
            recognised.insert(recipient);
        }
        result.recognitions += counted;
    }

    for (const auto &[index, person] : people) {
        if (int(person.recognisers.size()) < minimumRecognisers)
            continue;
        ShoutOutPerson &candidate = result.people.emplace_back();
        candidate.person = index;
        candidate.name = data.people()[size_t(index)].name;
        candidate.department = person.department;
        if (person.department >= 0)
            candidate.departmentName = data.departments()[size_t(person.department)];
        candidate.leader = data.isLeader(index);
        candidate.recognitions = person.recognitions;
        candidate.recognisers = int(person.recognisers.size());
    }
    const auto byName = [](const ShoutOutPerson &a, const ShoutOutPerson &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    };
    std::stable_sort(result.people.begin(), result.people.end(), byName);
    std::stable_sort(result.people.begin(), result.people.end(),
                     [](const ShoutOutPerson &a, const ShoutOutPerson &b) {
                         return std::pair(a.recognisers, a.recognitions) >
                                std::pair(b.recognisers, b.recognitions);
                     });
    if (result.people.size() > size_t(maxPeople))
        result.people.resize(size_t(maxPeople));
    std::stable_sort(result.people.begin(), result.people.end(), byName);

    // Teams: the departments the capital engine shows on the last day (its privacy
    // decision, so that every page hides the same departments).
    for (const DepartmentCapital &capital : snapshot.capital) {
        if (capital.department < 0 || capital.trend.empty())
            continue;
        const CapitalPoint &last = capital.latest();
        const auto found = teams.find(capital.department);
        if (last.suppressed || !last.headcount || *last.headcount <= 0 || found == teams.end())
            continue;
        ShoutOutTeam &team = result.teams.emplace_back();
        team.department = capital.department;
        team.name = capital.name;
        team.headcount = *last.headcount;
        team.recognitions = found->second.first;
        team.peopleRecognised = int(found->second.second.size());
    }
    std::stable_sort(result.teams.begin(), result.teams.end(),
                     [](const ShoutOutTeam &a, const ShoutOutTeam &b) {
                         const double x = a.perMember(), y = b.perMember();
                         return x != y ? x > y : a.recognitions > b.recognitions;
                     });
    if (result.teams.size() > size_t(maxTeams))
        result.teams.resize(size_t(maxTeams));
    return result;
}

} // namespace goodwill::analytics
