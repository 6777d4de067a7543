#include "capitalengine.h"

#include "dailyseries.h"
#include "phrasematcher.h"
#include "wilson.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <thread>

namespace goodwill::analytics {
namespace {

using store::ActivityKind;

// Reorders `values`: a selection, not a sort (the organisation's window holds a hundred
// thousand reply delays on the benchmark data).
std::optional<double> median(std::vector<float> &values)
{
    if (values.empty())
        return std::nullopt;
    const size_t n = values.size();
    const auto middle = values.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (n % 2)
        return double(*middle);
    const float below = *std::max_element(values.begin(), middle);
    return (double(below) + *middle) / 2.0;
}

// Consecutive duplicates are skipped here, the rest when the lists are sorted.
void addDay(std::vector<std::int32_t> &days, std::int32_t day)
{
    if (days.empty() || days.back() != day)
        days.push_back(day);
}

} // namespace

// Everything the windows are computed from, built once per dataset.
struct CapitalEngine::Facts
{
    std::int32_t groups = 0; // departments
    DailySeries comments, answered, leaderTouches, recognitionsReceived, replies, crossReplies,
        messages, celebrations, toneSum, toneSquares, reactions;
    std::vector<std::vector<std::pair<std::int32_t, float>>> replyHours; // per group, by day
    // Per person: the days on which they were active, active in social channels, recognised,
    // recognised by a leader, wrote a post or reply.
    std::vector<std::vector<std::int32_t>> activeDays, socialDays, recognisedDays,
        leaderRecognisedDays, messageDays;
};

struct CapitalEngine::Raw
{
    std::int32_t day = 0;
    int headcount = 0;
    int recognised = 0, leaderRecognised = 0, active = 0, activeBefore = 0, retained = 0,
        social = 0, authors = 0;
    double comments = 0, answered = 0, leaderWeeks = 0, weeks = 0, recognitionsReceived = 0,
           replies = 0, crossReplies = 0, messages = 0, celebrations = 0, toneSum = 0,
           toneSquares = 0, reactions = 0;
    // The messages the tone (T4) is the mean of: `messages`, less those of departments whose
    // tone a total leaves out (compute()).
    double toneMessages = 0;
    std::optional<double> medianReplyHours;
    double answeredWithDelay = 0;
};

CapitalEngine::CapitalEngine(const ActivityDataset &data, const ModelSettings &settings,
                             const ActivityScope &scope)
    : m_data(data), m_settings(settings), m_facts(std::make_unique<Facts>())
{
    Facts &f = *m_facts;
    const auto &activities = data.activities();
    const auto &people = data.people();
    f.groups = std::int32_t(data.departments().size());
    std::int32_t firstDay = 0, lastDay = 0;
    if (!activities.empty()) {
        const auto [lo, hi] =
            std::minmax_element(activities.begin(), activities.end(),
                                [](const auto &a, const auto &b) { return a.at < b.at; });
        firstDay = ActivityDataset::dayOf(lo->at) - 2 * settings.windowDays;
        lastDay = ActivityDataset::dayOf(hi->at) + 1;
    }
    const std::int32_t span = lastDay - firstDay + 1;
    for (DailySeries *series :
         {&f.comments, &f.answered, &f.leaderTouches, &f.recognitionsReceived, &f.replies,
          &f.crossReplies, &f.messages, &f.celebrations, &f.toneSum, &f.toneSquares, &f.reactions})
        series->reset(f.groups, firstDay, span);
    f.replyHours.resize(size_t(f.groups));
    for (auto *days :
         {&f.activeDays, &f.socialDays, &f.recognisedDays, &f.leaderRecognisedDays, &f.messageDays})
        days->resize(people.size());

    // Activities arrive in id order, which is usually but not always time order: the day
    // lists are sorted once at the end.

    // The first leader reply after each moment, per thread.
    std::vector<std::pair<std::int32_t, std::int64_t>> leaderReplies; // (root, at)
    const ScopeFilter inScope(scope, data);
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        const auto &activity = activities[size_t(a)];
        if (activity.kind == ActivityKind::Reply && data.isLeader(activity.author) && inScope(a))
            leaderReplies.emplace_back(activity.root, activity.at);
    }
    std::sort(leaderReplies.begin(), leaderReplies.end());
    const std::int64_t window = std::int64_t(settings.replyWindowHours * 3600);
    const PhraseMatcher celebration(settings.celebrationMarkers);

    const auto groupOf = [&](std::int32_t person, std::int32_t day) {
        return data.departmentOn(person, day);
    };
    // Staff outside any department (not on the roster that day) count nowhere.
    const auto addBoth = [&](DailySeries &series, std::int32_t group, std::int32_t day,
                             double value) {
        if (group >= 0)
            series.add(group, day, value);
    };

    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if (!inScope(a))
            continue;
        const auto &activity = activities[size_t(a)];
        const std::int32_t day = ActivityDataset::dayOf(activity.at);
        const std::int32_t author = activity.author;
        const bool message =
            activity.kind == ActivityKind::Post || activity.kind == ActivityKind::Reply;

        // A3: a leader replying to, or recognising, someone on staff touches their department.
        if (data.isLeader(author)) {
            if (activity.kind == ActivityKind::Reply && activity.parent >= 0) {
                const std::int32_t target = activities[size_t(activity.parent)].author;
                if (data.isStaff(target))
                    addBoth(f.leaderTouches, groupOf(target, day), day, 1);
            }
        }
        if (activity.recognition) {
            for (std::int32_t person : data.recipientsOf(a)) {
                if (!data.isStaff(person))
                    continue;
                const std::int32_t group = groupOf(person, day);
                addBoth(f.recognitionsReceived, group, day, 1);
                addDay(f.recognisedDays[size_t(person)], day);
                if (data.isLeader(author)) {
                    addDay(f.leaderRecognisedDays[size_t(person)], day);
                    addBoth(f.leaderTouches, group, day, 1);
                }
            }
        }
        if (!data.isStaff(author))
            continue;
        const std::int32_t group = groupOf(author, day);
        if (message || activity.kind == ActivityKind::Reaction) {
            addDay(f.activeDays[size_t(author)], day);
            if (activity.social)
                addDay(f.socialDays[size_t(author)], day);
        }
        if (activity.kind == ActivityKind::Reaction)
            addBoth(f.reactions, group, day, 1);
        if (!message)
            continue;
        addDay(f.messageDays[size_t(author)], day);
        addBoth(f.messages, group, day, 1);
        if (activity.celebration)
            addBoth(f.celebrations, group, day, 1);
        addBoth(f.toneSum, group, day, activity.tone());
        addBoth(f.toneSquares, group, day, activity.tone() * activity.tone());

        const auto &root = activities[size_t(activity.root)];
        if (activity.kind == ActivityKind::Reply && activity.root != a) {
            addBoth(f.replies, group, day, 1);
            const std::int32_t rootGroup = groupOf(root.author, ActivityDataset::dayOf(root.at));
            if (group >= 0 && rootGroup >= 0 && rootGroup != group)
                addBoth(f.crossReplies, group, day, 1);
        }
        // A1, A2: a staff comment to leaders is a reply in a leader's thread or a message
        // naming a leader; answered when any leader replies in the thread afterwards.
        bool toLeader = activity.kind == ActivityKind::Reply && activity.root != a &&
                        data.isLeader(root.author);
        for (std::int32_t person : data.mentionsOf(a))
            toLeader = toLeader || data.isLeader(person);
        if (!toLeader)
            continue;
        addBoth(f.comments, group, day, 1);
        const auto next = std::upper_bound(leaderReplies.begin(), leaderReplies.end(),
                                           std::pair{activity.root, std::int64_t(activity.at)});
        if (next == leaderReplies.end() || next->first != activity.root)
            continue;
        const std::int64_t delay = next->second - activity.at;
        if (delay <= window)
            addBoth(f.answered, group, day, 1);
        if (group >= 0)
            f.replyHours[size_t(group)].emplace_back(day, float(double(delay) / 3600.0));
    }
    for (DailySeries *series :
         {&f.comments, &f.answered, &f.leaderTouches, &f.recognitionsReceived, &f.replies,
          &f.crossReplies, &f.messages, &f.celebrations, &f.toneSum, &f.toneSquares, &f.reactions})
        series->accumulate();
    for (auto *lists : {&f.activeDays, &f.socialDays, &f.recognisedDays, &f.leaderRecognisedDays,
                        &f.messageDays}) {
        for (auto &days : *lists) {
            std::sort(days.begin(), days.end());
            days.erase(std::unique(days.begin(), days.end()), days.end());
            days.shrink_to_fit();
        }
    }
    for (auto &hours : f.replyHours)
        std::sort(hours.begin(), hours.end());
}

CapitalEngine::~CapitalEngine() = default;

namespace {

// Walks a sorted day list forward as the windows move forward: no binary search, and each
// person's lists are read once, in order, for all the period ends.
class DayCursor
{
public:
    explicit DayCursor(const std::vector<std::int32_t> &days) : m_days(days) {}
    // Any day in [first, last]? Calls must come with non-decreasing `first`.
    bool any(std::int32_t first, std::int32_t last)
    {
        while (m_at < m_days.size() && m_days[m_at] < first)
            ++m_at;
        return m_at < m_days.size() && m_days[m_at] <= last;
    }

private:
    const std::vector<std::int32_t> &m_days;
    size_t m_at = 0;
};

} // namespace

std::vector<std::vector<CapitalEngine::Raw>>
CapitalEngine::measure(const std::vector<std::int32_t> &days,
                       const std::vector<bool> &selected) const
{
    const Facts &f = *m_facts;
    const std::int32_t total = f.groups; // the selection as a whole, last
    const std::int32_t window = m_settings.windowDays;
    // Person by person over every period end: each person's lists are walked once. The
    // people are split between two threads (the machine has two cores), then summed. The
    // counts are kept compact (32 bytes a department and day) so they stay in cache.
    struct Counts
    {
        int headcount = 0, active = 0, activeBefore = 0, retained = 0, recognised = 0,
            leaderRecognised = 0, social = 0, authors = 0;
    };
    const size_t groups = size_t(f.groups);
    const size_t slots = groups + 1; // per day: each department, then the selection's authors
    const auto countPeople = [&](std::int32_t begin, std::int32_t end) {
        std::vector<Counts> counts(days.size() * slots);
        std::vector<std::int32_t> wroteIn; // departments a person wrote in, in one window
        for (std::int32_t p = begin; p < end; ++p) {
            if (!m_data.isStaff(p))
                continue;
            const auto &stints = m_data.people()[size_t(p)].stints;
            if (std::none_of(stints.begin(), stints.end(),
                             [&](const auto &s) { return selected[size_t(s.department)]; }))
                continue; // never in a selected department
            DayCursor active(f.activeDays[size_t(p)]), activeBefore(f.activeDays[size_t(p)]),
                recognised(f.recognisedDays[size_t(p)]),
                leaderRecognised(f.leaderRecognisedDays[size_t(p)]),
                social(f.socialDays[size_t(p)]);
            const std::vector<std::int32_t> &written = f.messageDays[size_t(p)];
            size_t firstWritten = 0; // the first message day in the window: moves forward
            size_t stint = 0;
            for (size_t i = 0; i < days.size(); ++i) {
                const std::int32_t day = days[i];
                // T4's authors: who wrote the messages its tone is the mean of, each counted
                // for the department of the message's day (as the messages are), whether or
                // not still there on `day`. Counting the staff of `day` who wrote anywhere
                // let a tone from fewer than k_text authors through (a department just
                // formed, its members' earlier messages counted elsewhere).
                const std::int32_t from = day - window + 1;
                while (firstWritten < written.size() && written[firstWritten] < from)
                    ++firstWritten;
                if (firstWritten < written.size() && written[firstWritten] <= day) {
                    const auto inWindow = written.begin() + std::ptrdiff_t(firstWritten);
                    wroteIn.clear();
                    for (const auto &s : stints) {
                        const std::int32_t lo = std::max(from, s.fromDay);
                        const std::int32_t hi = std::min(day, s.toDay - 1);
                        if (lo > hi || !selected[size_t(s.department)] ||
                            std::find(wroteIn.begin(), wroteIn.end(), s.department) !=
                                wroteIn.end())
                            continue;
                        const auto at =
                            lo == from ? inWindow : std::lower_bound(inWindow, written.end(), lo);
                        if (at == written.end() || *at > hi)
                            continue;
                        ++counts[i * slots + size_t(s.department)].authors;
                        wroteIn.push_back(s.department);
                    }
                    counts[i * slots + groups].authors += !wroteIn.empty();
                }
                while (stint < stints.size() && stints[stint].toDay <= day)
                    ++stint;
                if (stint == stints.size() || stints[stint].fromDay > day)
                    continue; // not employed that day
                const std::int32_t group = stints[stint].department;
                if (!selected[size_t(group)])
                    continue;
                const std::int32_t first = day - window + 1;
                const bool isActive = active.any(first, day);
                const bool wasActive = activeBefore.any(first - window, first - 1);
                Counts &c = counts[i * slots + size_t(group)];
                ++c.headcount;
                c.active += isActive;
                c.activeBefore += wasActive;
                c.retained += isActive && wasActive;
                c.recognised += recognised.any(first, day);
                c.leaderRecognised += leaderRecognised.any(first, day);
                c.social += social.any(first, day);
            }
        }
        return counts;
    };
    const auto people = std::int32_t(m_data.people().size());
    std::vector<Counts> other;
    std::thread helper([&] { other = countPeople(people / 2, people); });
    const std::vector<Counts> mine = countPeople(0, people / 2);
    helper.join();
    std::vector<std::vector<Raw>> result(days.size(), std::vector<Raw>(groups + 1));
    for (size_t i = 0; i < days.size(); ++i) {
        for (size_t g = 0; g < groups; ++g) {
            const Counts &a = mine[i * slots + g];
            const Counts &b = other[i * slots + g];
            result[i][g].authors = a.authors + b.authors;
            for (Raw *r : {&result[i][g], &result[i][size_t(total)]}) {
                r->headcount += a.headcount + b.headcount;
                r->active += a.active + b.active;
                r->activeBefore += a.activeBefore + b.activeBefore;
                r->retained += a.retained + b.retained;
                r->recognised += a.recognised + b.recognised;
                r->leaderRecognised += a.leaderRecognised + b.leaderRecognised;
                r->social += a.social + b.social;
            }
        }
        // Distinct people: someone who wrote in two departments of the window counts once.
        result[i][size_t(total)].authors =
            mine[i * slots + groups].authors + other[i * slots + groups].authors;
    }
    std::vector<float> allHours, values; // reused: thousands of windows
    for (size_t i = 0; i < days.size(); ++i) {
        const std::int32_t day = days[i];
        const std::int32_t first = day - window + 1;
        std::vector<Raw> &raws = result[i];
        allHours.clear();
        Raw &sum = raws[size_t(total)];
        for (std::int32_t g = 0; g < f.groups; ++g) {
            if (!selected[size_t(g)])
                continue;
            Raw &r = raws[size_t(g)];
            const std::pair<DailySeries const Facts::*, double Raw::*> series[] = {
                {&Facts::comments, &Raw::comments},
                {&Facts::answered, &Raw::answered},
                {&Facts::recognitionsReceived, &Raw::recognitionsReceived},
                {&Facts::replies, &Raw::replies},
                {&Facts::crossReplies, &Raw::crossReplies},
                {&Facts::messages, &Raw::messages},
                {&Facts::celebrations, &Raw::celebrations},
                {&Facts::toneSum, &Raw::toneSum},
                {&Facts::toneSquares, &Raw::toneSquares},
                {&Facts::reactions, &Raw::reactions},
            };
            for (const auto &[facts, field] : series) {
                r.*field = (f.*facts).sum(g, first, day);
                sum.*field += r.*field;
            }
            r.toneMessages = r.messages;
            const auto &hours = f.replyHours[size_t(g)];
            const auto lo = std::lower_bound(hours.begin(), hours.end(), std::pair{first, -1.0f});
            const auto hi = std::upper_bound(hours.begin(), hours.end(),
                                             std::pair{day, std::numeric_limits<float>::max()});
            values.clear();
            for (auto it = lo; it != hi; ++it)
                values.push_back(it->second);
            allHours.insert(allHours.end(), values.begin(), values.end());
            r.answeredWithDelay = double(values.size());
            r.medianReplyHours = median(values);
        }
        sum.toneMessages = sum.messages;
        sum.answeredWithDelay = double(allHours.size());
        sum.medianReplyHours = median(allHours);
        // A3 counts weeks: seven-day blocks ending on `day`, the oldest cut at the window.
        for (std::int32_t end = day; end >= first; end -= 7) {
            const std::int32_t start = std::max(first, end - 6);
            bool any = false;
            for (std::int32_t g = 0; g < f.groups; ++g) {
                if (!selected[size_t(g)])
                    continue;
                const bool touched = f.leaderTouches.sum(g, start, end) > 0;
                raws[size_t(g)].weeks += 1;
                raws[size_t(g)].leaderWeeks += touched;
                any = any || touched;
            }
            sum.weeks += 1;
            sum.leaderWeeks += any;
        }
        for (Raw &r : raws)
            r.day = day;
    }
    return result;
}

CapitalPoint CapitalEngine::score(const Raw &r, QDate end) const
{
    CapitalPoint point;
    point.end = end;
    point.headcount = r.headcount;
    const double z = zForConfidence(m_settings.confidence);
    const double months = m_settings.windowDays / 30.0;
    const auto scoreOf = [](const SignalSettings &s, double raw) {
        double position;
        if (s.logScale) {
            const double value = std::max(raw, 1.0 / 60.0); // a minute: as good as instant
            position =
                (std::log(value) - std::log(s.floor)) / (std::log(s.target) - std::log(s.floor));
        } else {
            position = (raw - s.floor) / (s.target - s.floor);
        }
        return 100.0 * std::clamp(position, 0.0, 1.0);
    };
    struct Measure
    {
        std::optional<double> raw;
        double denominator = 0;
        std::optional<std::pair<double, double>> rawBand; // low, high of the raw value
        bool textRule = false;
    };
    const auto share = [&](double x, double n) {
        Measure m;
        m.denominator = n;
        if (n > 0) {
            m.raw = x / n;
            m.rawBand = wilsonInterval(x, n, z);
        }
        return m;
    };
    const auto rate = [&](double count, double exposure) {
        // A Poisson count's normal band, scaled like the rate.
        Measure m;
        m.denominator = exposure;
        if (exposure > 0) {
            m.raw = count / exposure;
            const double spread = z * std::sqrt(count);
            m.rawBand =
                std::pair{std::max(0.0, count - spread) / exposure, (count + spread) / exposure};
        }
        return m;
    };
    // By signal id; thirteen entries, looked up by a short linear search.
    struct Entry
    {
        QString id;
        Measure measure;
    };
    std::vector<Entry> entries;
    entries.reserve(13);
    struct Slot
    {
        std::vector<Entry> &entries;
        Measure &operator[](const QString &id)
        {
            for (Entry &e : entries) {
                if (e.id == id)
                    return e.measure;
            }
            return entries.emplace_back(Entry{id, {}}).measure;
        }
    } measures{entries};
    measures[QStringLiteral("A1")] = share(r.answered, r.comments);
    {
        Measure a2;
        a2.denominator = r.answeredWithDelay;
        a2.raw = r.medianReplyHours;
        measures[QStringLiteral("A2")] = a2;
    }
    measures[QStringLiteral("A3")] = share(r.leaderWeeks, r.weeks);
    measures[QStringLiteral("P1")] = share(r.recognised, r.headcount);
    measures[QStringLiteral("P2")] = share(r.leaderRecognised, r.headcount);
    measures[QStringLiteral("P3")] = rate(r.recognitionsReceived, r.headcount * months);
    measures[QStringLiteral("T1")] = share(r.active, r.headcount);
    measures[QStringLiteral("T2")] = share(r.retained, r.activeBefore);
    measures[QStringLiteral("T3")] = share(r.crossReplies, r.replies);
    {
        Measure t4;
        t4.denominator = r.toneMessages;
        t4.textRule = true;
        if (r.toneMessages > 0) {
            const double mean = r.toneSum / r.toneMessages;
            const double variance = std::max(0.0, r.toneSquares / r.toneMessages - mean * mean);
            const double spread = z * std::sqrt(variance / r.toneMessages);
            t4.raw = mean;
            t4.rawBand = std::pair{mean - spread, mean + spread};
        }
        measures[QStringLiteral("T4")] = t4;
    }
    measures[QStringLiteral("F1")] = share(r.social, r.headcount);
    measures[QStringLiteral("F2")] = rate(r.reactions, r.active * months);
    measures[QStringLiteral("F3")] = share(r.celebrations, r.messages);

    if (r.headcount < m_settings.k) {
        point.suppressed = true;
        point.headcount.reset();
        point.suppressedReason =
            QCoreApplication::translate("CapitalEngine",
                                        "fewer than %1 staff: hidden to protect their privacy")
                .arg(m_settings.k);
    }
    double eciWeight = 0, eciSum = 0, eciLow = 0, eciHigh = 0;
    for (const PillarSettings &pillarSettings : m_settings.pillars) {
        PillarValue pillar;
        pillar.id = pillarSettings.id;
        double weight = 0, sum = 0, low = 0, high = 0;
        for (const SignalSettings &s : pillarSettings.signals) {
            const Measure &m = measures[s.id];
            SignalValue value;
            value.id = s.id;
            value.denominator = m.denominator;
            value.thin = m.denominator < m_settings.thinDenominator;
            const bool tooFewAuthors = m.textRule && r.authors < m_settings.kText;
            value.suppressed = point.suppressed || tooFewAuthors;
            if (!value.suppressed && m.raw) {
                value.raw = m.raw;
                value.score = scoreOf(s, *m.raw);
                if (m.rawBand) {
                    const double a = scoreOf(s, m.rawBand->first);
                    const double b = scoreOf(s, m.rawBand->second);
                    value.low = std::min(a, b);
                    value.high = std::max(a, b);
                } else {
                    value.low = value.high = value.score;
                }
            }
            if (!value.suppressed) {
                value.denominator = m.denominator;
            } else {
                value.denominator = 0;
            }
            if (value.score && !value.thin) {
                weight += s.weight;
                sum += s.weight * *value.score;
                low += s.weight * *value.low;
                high += s.weight * *value.high;
            }
            point.signals.push_back(value);
        }
        if (weight > 0) {
            pillar.score = sum / weight;
            pillar.low = low / weight;
            pillar.high = high / weight;
            eciWeight += pillarSettings.weight;
            eciSum += pillarSettings.weight * *pillar.score;
            eciLow += pillarSettings.weight * *pillar.low;
            eciHigh += pillarSettings.weight * *pillar.high;
        } else if (!point.suppressed) {
            point.missing << pillarSettings.id;
        }
        point.pillars.push_back(pillar);
    }
    if (eciWeight > 0) {
        point.eci = eciSum / eciWeight;
        point.eciLow = eciLow / eciWeight;
        point.eciHigh = eciHigh / eciWeight;
    }
    return point;
}

std::vector<QDate> CapitalEngine::periodEnds(QDate from, QDate to, Granularity granularity)
{
    std::vector<QDate> ends;
    if (!from.isValid() || !to.isValid() || to < from)
        return ends;
    QDate end;
    switch (granularity) {
    case Granularity::Week:
        end = from.addDays(7 - from.dayOfWeek()); // Sunday
        break;
    case Granularity::Month:
        end = QDate(from.year(), from.month(), from.daysInMonth());
        break;
    case Granularity::Quarter: {
        const int lastMonth = ((from.month() - 1) / 3) * 3 + 3;
        end = QDate(from.year(), lastMonth, QDate(from.year(), lastMonth, 1).daysInMonth());
        break;
    }
    }
    while (end < to) {
        ends.push_back(end);
        switch (granularity) {
        case Granularity::Week:
            end = end.addDays(7);
            break;
        case Granularity::Month:
            end = end.addDays(1).addMonths(1).addDays(-1);
            break;
        case Granularity::Quarter:
            end = end.addDays(1).addMonths(3).addDays(-1);
            break;
        }
    }
    ends.push_back(to);
    return ends;
}

std::vector<DepartmentCapital> CapitalEngine::compute(const CapitalQuery &query,
                                                      const std::atomic<bool> *cancel) const
{
    std::vector<std::int32_t> wanted = query.departments;
    if (wanted.empty()) {
        for (std::int32_t d = 0; d < m_facts->groups; ++d)
            wanted.push_back(d);
    }
    std::vector<DepartmentCapital> result;
    if (query.includeOrganisation) {
        DepartmentCapital org;
        org.name = QCoreApplication::translate("CapitalEngine", "Organisation");
        result.push_back(org);
    }
    for (std::int32_t d : wanted) {
        DepartmentCapital capital;
        capital.name = m_data.departments()[size_t(d)];
        capital.department = d;
        result.push_back(capital);
    }
    std::vector<QDate> ends = periodEnds(query.from, query.to, query.granularity);
    // One more evaluation a year before the last period end, for the year-over-year delta.
    const QDate yearBefore = query.to.addYears(-1);
    const bool yearOnYear = m_data.firstDay().isValid() &&
                            yearBefore >= m_data.firstDay().addDays(m_settings.windowDays - 1);
    std::vector<bool> selected(size_t(m_facts->groups), false);
    for (std::int32_t d : wanted)
        selected[size_t(d)] = true;
    std::vector<std::int32_t> days;
    for (const QDate &end : ends)
        days.push_back(ActivityDataset::dayOf(end));
    if (yearOnYear)
        days.push_back(ActivityDataset::dayOf(yearBefore));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (cancel && cancel->load())
        return {};
    const std::vector<std::vector<Raw>> measured = measure(days, selected);
    // Anything measured of a department besides its staff: its events in the window.
    const auto hasActivity = [](const Raw &r) {
        return r.comments + r.recognitionsReceived + r.messages + r.reactions + r.leaderWeeks > 0;
    };
    const auto pointsOn = [&](QDate end) {
        const auto at =
            std::lower_bound(days.begin(), days.end(), ActivityDataset::dayOf(end)) - days.begin();
        const std::vector<Raw> &raws = measured[size_t(at)];
        std::vector<CapitalPoint> points;
        for (std::int32_t d : wanted)
            points.push_back(score(raws[size_t(d)], end));
        if (!query.includeOrganisation)
            return points;
        Raw total = raws.back();
        std::vector<std::int32_t> leftOut, toneLeftOut;
        // A total leaves out every hidden department, its staff and every event (docs/
        // model.md section 5): whether a department is hidden depends on its own data only,
        // so each total is a function of the departments shown, and no difference of two
        // totals (two selections, or a total and its shown departments) gives a hidden one
        // back. Hiding a second department instead (complementary suppression) kept the
        // hidden one in the total: {A, X} showed A + X, {A} showed A
        // (tst_privacyproperties, crossSelections).
        std::vector<bool> shown = selected;
        bool hiddenInTotal = false;
        for (size_t i = 0; i < points.size(); ++i) {
            if (!points[i].suppressed)
                continue;
            const Raw &r = raws[size_t(wanted[i])];
            shown[size_t(wanted[i])] = false;
            // An empty department (no one, nothing in the window) changes no total.
            if (r.headcount > 0 || hasActivity(r)) {
                leftOut.push_back(wanted[i]);
                hiddenInTotal = true;
            }
        }
        if (hiddenInTotal)
            total = measure({ActivityDataset::dayOf(end)}, shown).front().back();
        if (points.size() > 1) {
            // (A one-department total is that department: its tone is hidden with it.)
            // The total's tone is the mean over the departments whose tone is shown: a hidden
            // tone could be worked out from the total's, the others' and the message counts
            // (F3's denominators), as the Executive Office's was on the demo.
            for (size_t i = 0; i < points.size(); ++i) {
                const std::int32_t d = wanted[i];
                const SignalValue *tone = points[i].signal(QStringLiteral("T4"));
                const Raw &r = raws[size_t(d)];
                if ((tone && !tone->suppressed) ||
                    std::find(leftOut.begin(), leftOut.end(), d) != leftOut.end() ||
                    (r.toneMessages == 0 && r.authors == 0))
                    continue;
                total.toneSum -= r.toneSum;
                total.toneSquares = std::max(0.0, total.toneSquares - r.toneSquares);
                total.toneMessages = std::max(0.0, total.toneMessages - r.toneMessages);
                total.authors = std::max(0, total.authors - r.authors);
                toneLeftOut.push_back(d);
            }
        }
        CapitalPoint whole = score(total, end);
        if (!whole.suppressed) {
            whole.leftOut = std::move(leftOut);
            whole.toneLeftOut = std::move(toneLeftOut);
        }
        points.insert(points.begin(), std::move(whole));
        return points;
    };
    for (const QDate &end : ends) {
        if (cancel && cancel->load())
            return {};
        std::vector<CapitalPoint> points = pointsOn(end);
        for (size_t i = 0; i < points.size(); ++i)
            result[i].trend.push_back(std::move(points[i]));
    }
    if (yearOnYear && !ends.empty()) {
        const std::vector<CapitalPoint> before = pointsOn(yearBefore);
        for (size_t i = 0; i < result.size(); ++i) {
            if (before[i].eci && result[i].latest().eci)
                result[i].yearOverYear = *result[i].latest().eci - *before[i].eci;
        }
    }
    // Alerts: the ECI falling over consecutive periods; a pillar falling in one.
    const int span = m_settings.alerts.eciDropPeriods;
    for (DepartmentCapital &capital : result) {
        const auto &trend = capital.trend;
        for (size_t i = 1; i < trend.size(); ++i) {
            if (i >= size_t(span) && trend[i].eci && trend[i - size_t(span)].eci &&
                *trend[i - size_t(span)].eci - *trend[i].eci >= m_settings.alerts.eciDropPoints)
                capital.alerts.push_back({CapitalAlert::Kind::EciFall, trend[i].end, QString(),
                                          *trend[i - size_t(span)].eci - *trend[i].eci});
            for (size_t p = 0; p < trend[i].pillars.size(); ++p) {
                const auto &now = trend[i].pillars[p];
                const auto &was = trend[i - 1].pillars[p];
                if (now.score && was.score &&
                    *was.score - *now.score >= m_settings.alerts.pillarDropPoints)
                    capital.alerts.push_back({CapitalAlert::Kind::PillarFall, trend[i].end, now.id,
                                              *was.score - *now.score});
            }
        }
    }
    return result;
}

const SignalValue *CapitalPoint::signal(const QString &id) const
{
    for (const SignalValue &s : signals) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const PillarValue *CapitalPoint::pillar(const QString &id) const
{
    for (const PillarValue &p : pillars) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace goodwill::analytics
