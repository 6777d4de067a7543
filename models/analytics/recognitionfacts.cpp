#include "recognitionfacts.h"

#include "activitydataset.h"
#include "activityscope.h"
#include "snapshot.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace goodwill::analytics {
namespace {

constexpr std::int32_t never = std::numeric_limits<std::int32_t>::min();

// The engine's privacy decision for department `d` on the snapshot's last day, or null
// when the snapshot has no capital for it.
const CapitalPoint *privacyPoint(const Snapshot &snapshot, std::int32_t d)
{
    for (const DepartmentCapital &capital : snapshot.capital) {
        if (capital.department == d && !capital.trend.empty())
            return &capital.latest();
    }
    return nullptr;
}

} // namespace

std::shared_ptr<const RecognitionFacts> RecognitionFacts::compute(const Snapshot &snapshot,
                                                                  int recentLimit,
                                                                  const std::atomic<bool> *cancel)
{
    auto facts = std::make_shared<RecognitionFacts>();
    facts->from = snapshot.from;
    facts->to = snapshot.to;
    facts->recentLimit = recentLimit;
    if (!snapshot.sources.dataset || !snapshot.sources.settings || !snapshot.from.isValid() ||
        !snapshot.to.isValid() || snapshot.to < snapshot.from)
        return facts;
    const ActivityDataset &data = *snapshot.sources.dataset;
    const ModelSettings &settings = *snapshot.sources.settings;
    const DashboardFilter &filter = snapshot.filter;
    const auto &activities = data.activities();
    const auto &people = data.people();
    const size_t departments = data.departments().size();
    facts->hasDepartments = departments > 0;
    const std::int32_t firstDay = ActivityDataset::dayOf(snapshot.from);
    const std::int32_t lastDay = ActivityDataset::dayOf(snapshot.to);

    std::vector<bool> selected(departments, filter.departments.empty());
    for (std::int32_t d : filter.departments) {
        if (d >= 0 && size_t(d) < departments)
            selected[size_t(d)] = true;
    }
    std::vector<int> headcount(departments, 0);
    for (std::int32_t p = 0; p < std::int32_t(people.size()); ++p) {
        if (!data.isStaff(p))
            continue;
        if (const std::int32_t d = data.departmentOn(p, lastDay); d >= 0)
            ++headcount[size_t(d)];
    }
    // Hidden departments (below), known before counting: the totals and the list leave out
    // recognitions that name only their people, or the totals minus what the departments
    // shown received would give back what a hidden one did (tst_privacyproperties).
    std::vector<bool> hidden(departments, false);
    for (size_t d = 0; d < departments; ++d) {
        const CapitalPoint *point = privacyPoint(snapshot, std::int32_t(d));
        hidden[d] = point ? point->suppressed : headcount[d] < settings.k;
    }
    // The matrix rows are the snapshot's leaders (its leader filter applied).
    std::vector<std::int32_t> rowOf(people.size(), -1);
    for (size_t r = 0; r < snapshot.leaders.size(); ++r)
        rowOf[size_t(snapshot.leaders[r].person)] = std::int32_t(r);
    std::vector<std::vector<int>> cells(snapshot.leaders.size(), std::vector<int>(departments));
    std::vector<int> received(departments, 0), fromLeaders(departments, 0);
    std::vector<std::int32_t> lastLeaderDay(departments, never);
    std::vector<std::int32_t> recent;

    const ScopeFilter inScope(filter.scope, data);
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if ((a & 0xffff) == 0 && cancel && cancel->load())
            return {};
        const auto &activity = activities[size_t(a)];
        if (!activity.recognition)
            continue;
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        if (day > lastDay || !inScope(a))
            continue;
        const bool byLeader = data.isLeader(activity.author);
        const std::vector<std::int32_t> recipients = data.recipientsOf(a);
        if (day < firstDay) {
            if (byLeader) {
                for (std::int32_t person : recipients) {
                    if (const std::int32_t d = data.departmentOn(person, day); d >= 0)
                        lastLeaderDay[size_t(d)] = std::max(lastLeaderDay[size_t(d)], day);
                }
            }
            continue;
        }
        const std::int32_t row = rowOf[size_t(activity.author)];
        bool touchesSelection = false, touchesShown = false, touchesHidden = false;
        for (std::int32_t person : recipients) {
            const std::int32_t d = data.departmentOn(person, day);
            if (d < 0)
                continue;
            touchesSelection = touchesSelection || selected[size_t(d)];
            if (selected[size_t(d)])
                (hidden[size_t(d)] ? touchesHidden : touchesShown) = true;
            ++received[size_t(d)];
            if (byLeader)
                ++fromLeaders[size_t(d)];
            if (row >= 0)
                ++cells[size_t(row)][size_t(d)];
        }
        if ((!filter.departments.empty() && !touchesSelection) || (touchesHidden && !touchesShown))
            continue;
        ++facts->recognitions;
        facts->leaderRecognitions += byLeader;
        if (!filter.leader || *filter.leader == activity.author)
            recent.push_back(a);
    }

    // The columns: the chosen departments with staff on the last day or recognitions in the
    // period; hidden exactly when the capital engine hides them on that day.
    std::vector<std::int32_t> columns;
    for (std::int32_t d = 0; d < std::int32_t(departments); ++d) {
        if (!selected[size_t(d)] || (headcount[size_t(d)] == 0 && received[size_t(d)] == 0))
            continue;
        RecognitionDepartment column;
        column.department = d;
        column.name = data.departments()[size_t(d)];
        if (const CapitalPoint *point = privacyPoint(snapshot, d)) {
            column.suppressed = point->suppressed;
            column.suppressedReason = point->suppressedReason;
        } else if (headcount[size_t(d)] < settings.k) {
            column.suppressed = true;
            column.suppressedReason =
                QCoreApplication::translate("RecognitionFacts",
                                            "fewer than %1 staff: hidden to protect their privacy")
                    .arg(settings.k);
        }
        if (!column.suppressed) {
            column.headcount = headcount[size_t(d)];
            column.received = received[size_t(d)];
            column.fromLeaders = fromLeaders[size_t(d)];
        }
        columns.push_back(d);
        facts->departments.push_back(std::move(column));
    }

    for (size_t r = 0; r < snapshot.leaders.size(); ++r) {
        const LeaderStats &stats = snapshot.leaders[r];
        RecognitionLeaderRow row;
        row.person = stats.person;
        row.name = stats.name;
        row.department = stats.department;
        row.recognitions = stats.recognitions;
        for (size_t c = 0; c < columns.size(); ++c) {
            if (facts->departments[c].suppressed)
                row.byDepartment.emplace_back();
            else
                row.byDepartment.emplace_back(cells[r][size_t(columns[c])]);
        }
        facts->leaders.push_back(std::move(row));
    }

    for (const RecognitionDepartment &column : facts->departments) {
        if (column.suppressed || *column.headcount < settings.k || *column.fromLeaders > 0)
            continue;
        RecognitionBlindSpot spot;
        spot.department = column.department;
        spot.name = column.name;
        spot.headcount = *column.headcount;
        spot.fromColleagues = *column.received;
        if (const std::int32_t last = lastLeaderDay[size_t(column.department)]; last != never) {
            spot.lastLeaderRecognition = ActivityDataset::dateOfDay(last);
            spot.daysSince = lastDay - last;
        }
        facts->blindSpots.push_back(std::move(spot));
    }

    const auto newer = [&](std::int32_t a, std::int32_t b) {
        const auto ta = activities[size_t(a)].at, tb = activities[size_t(b)].at;
        return ta != tb ? ta > tb : a > b;
    };
    const size_t kept = std::min(recent.size(), size_t(std::max(recentLimit, 0)));
    std::partial_sort(recent.begin(), recent.begin() + std::ptrdiff_t(kept), recent.end(), newer);
    recent.resize(kept);
    for (std::int32_t a : recent) {
        const auto &activity = activities[size_t(a)];
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        RecentRecognition item;
        item.activity = a;
        item.at = QDateTime::fromSecsSinceEpoch(activity.at, Qt::UTC);
        item.author = activity.author;
        item.authorName = people[size_t(activity.author)].name;
        item.authorIsLeader = data.isLeader(activity.author);
        item.recipients = data.recipientsOf(a);
        for (std::int32_t person : item.recipients) {
            item.recipientNames.push_back(people[size_t(person)].name);
            const std::int32_t d = data.departmentOn(person, day);
            if (d >= 0 && std::find(item.departments.begin(), item.departments.end(), d) ==
                              item.departments.end()) {
                item.departments.push_back(d);
                item.departmentNames.push_back(data.departments()[size_t(d)]);
            }
        }
        facts->recent.push_back(std::move(item));
    }
    return facts;
}

} // namespace goodwill::analytics
