#include "signalevidence.h"

#include "figureevidence.h"
#include "snapshot.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>

namespace goodwill::analytics {
namespace {

using store::ActivityKind;
using Unit = EvidenceInput::Unit;

// An event the signal counts, kept small: on the whole organisation of a large file a
// window holds millions. Turned into an EvidenceItem only when it survives the cap.
struct Hit
{
    std::int32_t activity = -1;
    bool counted = true;
    float value = std::numeric_limits<float>::quiet_NaN(); // hours, tone
    std::int32_t aux = -1; // a department (T3: the thread's), a count (P3: recipients)
};

bool isMessage(ActivityKind kind)
{
    return kind == ActivityKind::Post || kind == ActivityKind::Reply;
}

// Of float hours, as CapitalEngine takes it.
std::optional<double> median(std::vector<float> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? double(values[n / 2]) : (double(values[n / 2 - 1]) + values[n / 2]) / 2.0;
}

} // namespace

Result<void> SignalEvidence::fill(FigureEvidence &evidence, const Snapshot &snapshot,
                                  const CapitalPoint &point, int cap,
                                  const std::atomic<bool> *cancel)
{
    const ActivityDataset &data = *snapshot.sources.dataset;
    const ModelSettings &settings = *snapshot.sources.settings;
    const FigureRef &ref = evidence.figure;
    const QString &id = ref.figure;
    const SignalSettings *signalSettings = settings.signal(id);
    const SignalValue *value = point.signal(id);
    if (!signalSettings || !value)
        return Error{tr("No signal called \"%1\".").arg(id)};
    const auto &activities = data.activities();
    const auto &people = data.people();
    const std::int32_t day = ActivityDataset::dayOf(ref.to);
    const std::int32_t window = settings.windowDays;
    const std::int32_t first = day - window + 1;
    const double months = window / 30.0;
    const ScopeFilter inScope(snapshot.filter.scope, data);

    // The department, or the departments of the selection.
    std::vector<bool> selected(data.departments().size(),
                               ref.department < 0 && ref.selection.empty());
    if (ref.department >= 0)
        selected[size_t(ref.department)] = true;
    for (std::int32_t d : ref.selection) {
        if (ref.department < 0)
            selected[size_t(d)] = true;
    }
    // A total leaves hidden departments out (CapitalEngine::compute), its tone also those
    // whose tone is hidden: so does its evidence.
    if (ref.department < 0) {
        for (std::int32_t d : point.leftOut)
            selected[size_t(d)] = false;
        for (std::int32_t d :
             id == QLatin1String("T4") ? point.toneLeftOut : std::vector<std::int32_t>())
            selected[size_t(d)] = false;
    }
    const auto inSelection = [&](std::int32_t person, std::int32_t on) {
        const std::int32_t d = data.departmentOn(person, on);
        return d >= 0 && selected[size_t(d)];
    };
    // The staff of the department on the day (P, n = |P|).
    std::vector<bool> member(people.size(), false);
    int headcount = 0;
    for (std::int32_t p = 0; p < std::int32_t(people.size()); ++p) {
        if (data.isStaff(p) && inSelection(p, day)) {
            member[size_t(p)] = true;
            ++headcount;
        }
    }

    std::vector<Hit> hits;
    std::vector<std::pair<std::int32_t, std::int64_t>> leaderReplies; // A1, A2: (root, at)
    std::set<std::int32_t> people1, people2; // distinct people, as each signal needs
    double sum = 0;                          // T4: tone; P3: recipients
    const bool comments = id == QLatin1String("A1") || id == QLatin1String("A2");
    const std::int32_t from = id == QLatin1String("T2") ? first - window : first;
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        if ((a & 0xffff) == 0 && cancel && cancel->load())
            return Error{tr("Cancelled.")};
        if (!inScope(a))
            continue;
        const auto &activity = activities[size_t(a)];
        const std::int32_t author = activity.author;
        if (comments && activity.kind == ActivityKind::Reply && data.isLeader(author))
            leaderReplies.emplace_back(activity.root, activity.at);
        const std::int32_t on = ActivityDataset::dayOf(activity.at);
        if (on < from || on > day)
            continue;
        const bool staff = data.isStaff(author);
        const bool message = isMessage(activity.kind);
        const bool active = staff && (message || activity.kind == ActivityKind::Reaction);
        // T1's numerator, which F2 divides by; T4's authors.
        if (active && member[size_t(author)] && on >= first)
            people2.insert(author);
        if (comments) {
            if (staff && message && inSelection(author, on) &&
                !LeaderFigures::commentedLeaders(data, a).empty())
                hits.push_back({a});
        } else if (id == QLatin1String("A3")) {
            if (!data.isLeader(author))
                continue;
            bool touches = false;
            if (activity.kind == ActivityKind::Reply && activity.parent >= 0) {
                const std::int32_t target = activities[size_t(activity.parent)].author;
                touches = data.isStaff(target) && inSelection(target, on);
            }
            for (std::int32_t person :
                 activity.recognition ? data.recipientsOf(a) : std::vector<std::int32_t>())
                touches = touches || (data.isStaff(person) && inSelection(person, on));
            if (touches)
                hits.push_back({a, true, NAN, (day - on) / 7});
        } else if (id == QLatin1String("P1") || id == QLatin1String("P2")) {
            if (!activity.recognition || (id == QLatin1String("P2") && !data.isLeader(author)))
                continue;
            int named = 0;
            for (std::int32_t person : data.recipientsOf(a)) {
                if (data.isStaff(person) && member[size_t(person)]) {
                    people1.insert(person);
                    ++named;
                }
            }
            if (named > 0)
                hits.push_back({a, true, NAN, named});
        } else if (id == QLatin1String("P3")) {
            if (!activity.recognition)
                continue;
            int named = 0;
            for (std::int32_t person : data.recipientsOf(a))
                named += data.isStaff(person) && inSelection(person, on);
            sum += named;
            if (named > 0)
                hits.push_back({a, true, NAN, named});
        } else if (id == QLatin1String("T1")) {
            if (active && member[size_t(author)])
                hits.push_back({a});
        } else if (id == QLatin1String("T2")) {
            if (!active || !member[size_t(author)])
                continue;
            (on < first ? people1 : people2).insert(author);
            hits.push_back({a, on >= first});
        } else if (id == QLatin1String("F1")) {
            if (active && member[size_t(author)] && activity.social) {
                people1.insert(author);
                hits.push_back({a});
            }
        } else if (id == QLatin1String("F2")) {
            if (staff && activity.kind == ActivityKind::Reaction && inSelection(author, on))
                hits.push_back({a});
        } else if (id == QLatin1String("T3")) {
            if (!staff || activity.kind != ActivityKind::Reply || activity.root == a)
                continue;
            const std::int32_t group = data.departmentOn(author, on);
            if (group < 0 || !selected[size_t(group)])
                continue;
            const auto &root = activities[size_t(activity.root)];
            const std::int32_t rootGroup =
                data.departmentOn(root.author, ActivityDataset::dayOf(root.at));
            hits.push_back({a, rootGroup >= 0 && rootGroup != group, NAN, rootGroup});
        } else if (id == QLatin1String("T4") || id == QLatin1String("F3")) {
            if (!staff || !message || !inSelection(author, on))
                continue;
            hits.push_back(
                {a, id == QLatin1String("T4") || activity.celebration, float(activity.tone())});
            sum += activity.tone();
            if (id == QLatin1String("T4"))
                people1.insert(author);
        }
    }

    // A1, A2: the first leader reply after each comment in its thread.
    std::sort(leaderReplies.begin(), leaderReplies.end());
    const std::int64_t replyWindow = std::int64_t(settings.replyWindowHours * 3600);
    std::vector<float> delays;
    int answered = 0;
    for (Hit &hit : hits) {
        if (!comments)
            break;
        const auto &activity = activities[size_t(hit.activity)];
        const auto next = std::upper_bound(leaderReplies.begin(), leaderReplies.end(),
                                           std::pair{activity.root, std::int64_t(activity.at)});
        hit.counted = false;
        if (next == leaderReplies.end() || next->first != activity.root)
            continue;
        const std::int64_t delay = next->second - std::int64_t(activity.at);
        hit.value = float(double(delay) / 3600.0);
        delays.push_back(hit.value);
        hit.counted = delay <= replyWindow;
        answered += hit.counted;
        if (id == QLatin1String("A2"))
            hit.counted = true; // answered at all
    }
    if (comments && id == QLatin1String("A2"))
        std::erase_if(hits, [](const Hit &hit) { return std::isnan(hit.value); });
    if (id == QLatin1String("T2")) // only the people active in the window before count
        std::erase_if(hits, [&](const Hit &hit) {
            return !people1.count(activities[size_t(hit.activity)].author);
        });

    const auto input = [&](const QString &name, Unit unit, std::optional<double> number,
                           const QString &note = {}) {
        EvidenceInput in;
        in.name = name;
        in.unit = unit;
        in.value = number;
        in.note = note;
        in.signal = id;
        evidence.inputs.push_back(in);
    };
    const auto ratio = [](double x, double n) -> std::optional<double> {
        return n > 0 ? std::optional(x / n) : std::nullopt;
    };
    const auto count = [&](bool (*keep)(const Hit &)) {
        return double(std::count_if(hits.begin(), hits.end(), keep));
    };
    const auto isCounted = [](const Hit &hit) { return hit.counted; };
    const double all = double(hits.size());
    const QString staffWord = tr("Staff");
    const QString windowText =
        tr("the %1 days to %2").arg(window).arg(QLocale().toString(ref.to, QLocale::ShortFormat));
    input(tr("Window"), Unit::Text, std::nullopt);
    evidence.inputs.back().text = windowText;
    QString listed;
    if (id == QLatin1String("A1")) {
        evidence.formula = tr("The share of the staff comments to leaders (a reply in a leader's "
                              "thread, or a message naming a leader) followed by a reply of any "
                              "leader in the thread within %1 h.")
                               .arg(settings.replyWindowHours);
        listed = tr("Staff comments to leaders (counted: answered in time)");
        input(tr("Staff comments to leaders"), Unit::Count, all);
        input(tr("Answered within %1 h").arg(settings.replyWindowHours), Unit::Count, answered);
        evidence.raw = ratio(answered, all);
    } else if (id == QLatin1String("A2")) {
        evidence.formula = tr("The median hours from a staff comment to leaders to the first "
                              "later leader reply in its thread, over the comments answered at "
                              "all; scored on a logarithmic scale.");
        listed = tr("Staff comments to leaders answered at all");
        input(tr("Comments answered at all"), Unit::Count, all);
        evidence.raw = median(delays);
        input(tr("Median"), Unit::Hours, evidence.raw);
    } else if (id == QLatin1String("A3")) {
        std::set<std::int32_t> touched;
        for (const Hit &hit : hits)
            touched.insert(hit.aux);
        const double blocks = std::ceil(double(window) / 7.0);
        evidence.formula = tr("The share of the seven-day blocks ending on the day (the oldest "
                              "cut at the window) with a leader reply to a staff message of the "
                              "department, or a leader recognition of one of its staff.");
        listed = tr("Leader replies to and recognitions of the department's staff");
        input(tr("Seven-day blocks"), Unit::Count, blocks);
        input(tr("Blocks with a leader touch"), Unit::Count, double(touched.size()));
        evidence.raw = ratio(double(touched.size()), blocks);
    } else if (id == QLatin1String("P1") || id == QLatin1String("P2")) {
        const bool leaders = id == QLatin1String("P2");
        evidence.formula = leaders ? tr("The share of the staff recognised by a leader at least "
                                        "once in the window.")
                                   : tr("The share of the staff recognised at least once in the "
                                        "window.");
        listed = leaders ? tr("Leader recognitions of the staff") : tr("Recognitions of the staff");
        input(tr("Staff (n)"), Unit::Count, headcount);
        input(tr("Staff recognised"), Unit::Count, double(people1.size()));
        evidence.raw = ratio(double(people1.size()), headcount);
    } else if (id == QLatin1String("P3")) {
        evidence.formula = tr("Recognitions received by the department's staff (one per person "
                              "recognised) per member per 30 days: count / (n × %1 / 30).")
                               .arg(window);
        listed = tr("Recognitions of the department's staff");
        input(tr("Recognitions received"), Unit::Count, sum);
        input(tr("Staff (n)"), Unit::Count, headcount);
        input(tr("Member-months (n × %1 / 30)").arg(window), Unit::Number, headcount * months);
        evidence.raw = ratio(sum, headcount * months);
    } else if (id == QLatin1String("T1")) {
        evidence.formula =
            tr("The share of the staff who posted, replied or reacted in the window.");
        listed = tr("Posts, replies and reactions of the staff");
        input(tr("Staff (n)"), Unit::Count, headcount);
        input(tr("Active staff"), Unit::Count, double(people2.size()));
        evidence.raw = ratio(double(people2.size()), headcount);
    } else if (id == QLatin1String("T2")) {
        int retained = 0;
        for (std::int32_t person : people1)
            retained += people2.count(person) > 0;
        evidence.formula = tr("Of the staff active in the window before (the %1 days before it), "
                              "the share active in the window.")
                               .arg(window);
        listed = tr("Activity of the staff active in the window before (counted: in the window)");
        input(tr("Active in the window before"), Unit::Count, double(people1.size()));
        input(tr("Of them active in the window"), Unit::Count, retained);
        evidence.raw = ratio(retained, double(people1.size()));
    } else if (id == QLatin1String("T3")) {
        evidence.formula = tr("The share of the staff's replies in threads started by someone of "
                              "another department (on the thread's day).");
        listed = tr("Replies of the staff (counted: across departments)");
        input(tr("Replies"), Unit::Count, all);
        input(tr("Across departments"), Unit::Count, count(isCounted));
        evidence.raw = ratio(count(isCounted), all);
    } else if (id == QLatin1String("T4")) {
        evidence.formula = tr("The mean tone (-1..1) of the staff's posts and replies; hidden "
                              "unless at least %1 of the staff wrote in the window.")
                               .arg(settings.kText);
        listed = tr("Posts and replies of the staff, with their tone");
        evidence.tone = true;
        input(tr("Messages"), Unit::Count, all);
        input(tr("Staff who wrote"), Unit::Count, double(people1.size()));
        input(tr("Sum of tone"), Unit::Number, sum);
        evidence.raw = ratio(sum, all);
    } else if (id == QLatin1String("F1")) {
        evidence.formula = tr("The share of the staff active in social channels in the window.");
        listed = tr("Activity of the staff in social channels");
        input(tr("Staff (n)"), Unit::Count, headcount);
        input(tr("Active in social channels"), Unit::Count, double(people1.size()));
        evidence.raw = ratio(double(people1.size()), headcount);
    } else if (id == QLatin1String("F2")) {
        evidence.formula = tr("Reactions given by the staff per active member per 30 days: "
                              "reactions / (active members × %1 / 30).")
                               .arg(window);
        listed = tr("Reactions of the staff");
        input(tr("Reactions"), Unit::Count, all);
        input(tr("Active members"), Unit::Count, double(people2.size()));
        evidence.raw = ratio(all, double(people2.size()) * months);
    } else if (id == QLatin1String("F3")) {
        evidence.formula = tr("The share of the staff's posts and replies with a celebration or "
                              "humour marker.");
        listed = tr("Posts and replies of the staff (counted: with a marker)");
        input(tr("Messages"), Unit::Count, all);
        input(tr("With a marker"), Unit::Count, count(isCounted));
        evidence.raw = ratio(count(isCounted), all);
    } else {
        return Error{tr("No signal called \"%1\".").arg(id)};
    }
    evidence.itemsDescription = listed;
    evidence.value = value->raw;
    input(tr("Raw value"), Unit::SignalRaw, evidence.raw);
    input(tr("Floor"), Unit::SignalRaw, signalSettings->floor,
          signalSettings->logScale ? tr("logarithmic scale") : QString());
    input(tr("Target"), Unit::SignalRaw, signalSettings->target);
    input(tr("Score"), Unit::Score, value->score,
          tr("100 × clamp((raw − floor) / (target − floor), 0, 1)"));
    EvidenceInput band;
    band.name = tr("Band (%1%)").arg(std::lround(settings.confidence * 100));
    band.unit = Unit::Band;
    band.value = value->low;
    band.high = value->high;
    evidence.inputs.push_back(band);
    input(tr("Denominator"), Unit::Number, value->denominator);
    EvidenceInput thin;
    thin.name = tr("Thin");
    thin.unit = Unit::Text;
    thin.text = value->thin
                    ? tr("yes: under %1, left out of its pillar").arg(settings.thinDenominator)
                    : tr("no");
    evidence.inputs.push_back(thin);

    // Privacy: staff as "Staff member (Department)"; tone's messages only with k_text
    // distinct authors among them.
    evidence.privacyNote = tr("Staff are not named in department figures: each appears as "
                              "\"%1\".")
                               .arg(tr("Staff member (Department)"));
    std::set<std::int32_t> authors;
    for (const Hit &hit : hits)
        authors.insert(activities[size_t(hit.activity)].author);
    if (evidence.tone && int(authors.size()) < settings.kText) {
        evidence.messagesHidden = true;
        evidence.totalItems = int(hits.size());
        evidence.privacyNote = tr("The messages are not listed: fewer than %1 staff wrote them, "
                                  "and a message's tone could point to its author.")
                                   .arg(settings.kText);
        return {};
    }

    // The latest `cap`, newest first.
    evidence.totalItems = int(hits.size());
    const auto newer = [&](const Hit &x, const Hit &y) {
        const auto ax = activities[size_t(x.activity)].at, ay = activities[size_t(y.activity)].at;
        return ax != ay ? ax > ay : x.activity > y.activity;
    };
    if (cap >= 0 && hits.size() > size_t(cap)) {
        std::nth_element(hits.begin(), hits.begin() + cap, hits.end(), newer);
        hits.resize(size_t(cap));
    }
    std::sort(hits.begin(), hits.end(), newer);
    const QLocale locale;
    const auto departmentName = [&](std::int32_t d) {
        return d >= 0 ? data.departments()[size_t(d)] : tr("no department");
    };
    for (const Hit &hit : hits) {
        const auto &activity = activities[size_t(hit.activity)];
        const std::int32_t on = ActivityDataset::dayOf(activity.at);
        EvidenceItem item;
        item.activity = hit.activity;
        item.at = activity.at;
        item.counted = hit.counted;
        if (!std::isnan(hit.value))
            item.value = double(hit.value);
        const std::int32_t author = activity.author;
        if (data.isStaff(author))
            item.author =
                tr("Staff member (%1)").arg(departmentName(data.departmentOn(author, on)));
        else if (people[size_t(author)].role == store::PersonRole::Guest)
            item.author = tr("Guest");
        else
            item.author = people[size_t(author)].name; // leaders and bots
        if (comments) {
            item.note =
                !item.value ? tr("no later leader reply in the thread")
                : hit.counted && id == QLatin1String("A1")
                    ? tr("answered after %1 h").arg(locale.toString(*item.value, 'f', 1))
                    : tr("first leader reply after %1 h").arg(locale.toString(*item.value, 'f', 1));
        } else if (id == QLatin1String("A3")) {
            item.note = tr("in the block %1 of %2 counting back from the day")
                            .arg(hit.aux + 1)
                            .arg(std::ceil(double(window) / 7.0));
        } else if (id.startsWith(QLatin1Char('P'))) {
            item.note = tr("recognises %n of the staff", nullptr, hit.aux);
        } else if (id == QLatin1String("T2")) {
            item.note = hit.counted ? tr("in the window") : tr("in the window before");
        } else if (id == QLatin1String("T3")) {
            item.note = tr("in a thread started in %1").arg(departmentName(hit.aux));
        } else if (id == QLatin1String("T4")) {
            item.note = tr("tone %1").arg(locale.toString(*item.value, 'f', 2));
        } else if (id == QLatin1String("F3")) {
            item.note = hit.counted ? tr("celebration or humour marker") : QString();
        }
        evidence.items.push_back(item);
    }
    return {};
}

} // namespace goodwill::analytics
