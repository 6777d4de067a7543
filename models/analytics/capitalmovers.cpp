#include "capitalmovers.h"

#include "snapshot.h"

#include <algorithm>
#include <map>

namespace goodwill::analytics {
namespace {

// The pillar that moved most in the direction of `sign` (+1 rise, -1 fall), pillars
// compared in the model's order (the first of equal moves wins).
std::optional<PillarMove> leadingPillar(const CapitalPoint &before, const CapitalPoint &after,
                                        double sign)
{
    std::optional<PillarMove> best;
    for (const PillarValue &now : after.pillars) {
        const PillarValue *was = before.pillar(now.id);
        if (!was || !was->score || !now.score)
            continue;
        const PillarMove move{now.id, *was->score, *now.score};
        if (sign * move.change() > 0 && (!best || sign * move.change() > sign * best->change()))
            best = move;
    }
    return best;
}

} // namespace

std::optional<CapitalMovers> CapitalMovers::compute(const Snapshot &snapshot,
                                                    const std::atomic<bool> *cancel)
{
    CapitalMovers movers;
    movers.after = snapshot.to;
    const SnapshotSources &sources = snapshot.sources;
    if (!sources.dataset || !sources.settings || !sources.engine || snapshot.capital.empty() ||
        !snapshot.from.isValid() || !snapshot.to.isValid() || snapshot.to < snapshot.from)
        return movers;
    const ActivityDataset &data = *sources.dataset;
    if (!data.firstDay().isValid())
        return movers;
    // A day's figures are over the window ending on it: the start must have a whole window.
    const QDate earliest = data.firstDay().addDays(sources.settings->windowDays - 1);

    // The starting points, by department (-1: the selection).
    std::map<std::int32_t, CapitalPoint> start;
    if (const QDate dayBefore = snapshot.from.addDays(-1); dayBefore >= earliest) {
        CapitalQuery query;
        query.from = dayBefore;
        query.to = dayBefore;
        query.granularity = snapshot.filter.granularity;
        query.departments = snapshot.filter.departments;
        const std::vector<DepartmentCapital> capital = sources.engine->compute(query, cancel);
        if (cancel && cancel->load())
            return std::nullopt;
        for (const DepartmentCapital &c : capital) {
            if (!c.trend.empty())
                start[c.department] = c.trend.front();
        }
        movers.before = dayBefore;
    } else {
        const std::vector<CapitalPoint> &trend = snapshot.capital.front().trend;
        const auto first = std::find_if(trend.begin(), trend.end(), [&](const CapitalPoint &p) {
            return p.end >= earliest && p.end < snapshot.to;
        });
        if (first == trend.end())
            return movers;
        const size_t index = size_t(first - trend.begin());
        movers.before = first->end;
        for (const DepartmentCapital &c : snapshot.capital) {
            if (index < c.trend.size())
                start[c.department] = c.trend[index];
        }
    }

    for (const DepartmentCapital &capital : snapshot.capital) {
        if (capital.trend.empty())
            continue;
        const auto found = start.find(capital.department);
        const CapitalPoint &after = capital.latest();
        if (after.suppressed || (found != start.end() && found->second.suppressed)) {
            if (capital.department >= 0)
                movers.hidden << capital.name;
            continue;
        }
        if (capital.department < 0 && found != start.end()) {
            // Left out at either end, each department once, in department order.
            std::vector<std::int32_t> leftOut = after.toneLeftOut;
            leftOut.insert(leftOut.end(), found->second.toneLeftOut.begin(),
                           found->second.toneLeftOut.end());
            std::sort(leftOut.begin(), leftOut.end());
            leftOut.erase(std::unique(leftOut.begin(), leftOut.end()), leftOut.end());
            const auto &departments = snapshot.sources.dataset->departments();
            for (const std::int32_t d : leftOut)
                movers.toneLeftOut << departments[size_t(d)];
        }
        if (found == start.end() || !found->second.eci || !after.eci)
            continue; // nothing to compare: no activity to measure at one end
        CapitalMove move;
        move.department = capital.department;
        move.name = capital.name;
        move.eciBefore = *found->second.eci;
        move.eciAfter = *after.eci;
        if (move.change() != 0)
            move.pillar = leadingPillar(found->second, after, move.change() > 0 ? 1 : -1);
        if (capital.department < 0)
            movers.whole = move;
        else if (move.change() >= minimumChange)
            movers.risers.push_back(move);
        else if (move.change() <= -minimumChange)
            movers.fallers.push_back(move);
        else
            movers.others.push_back(move);
    }
    // Most moved first; equal moves in dataset order.
    std::stable_sort(
        movers.risers.begin(), movers.risers.end(),
        [](const CapitalMove &a, const CapitalMove &b) { return a.change() > b.change(); });
    std::stable_sort(
        movers.fallers.begin(), movers.fallers.end(),
        [](const CapitalMove &a, const CapitalMove &b) { return a.change() < b.change(); });
    for (std::vector<CapitalMove> *list : {&movers.risers, &movers.fallers}) {
        if (list->size() > size_t(shown)) {
            movers.others.insert(movers.others.end(), list->begin() + shown, list->end());
            list->resize(size_t(shown));
        }
    }
    return movers;
}

} // namespace goodwill::analytics
