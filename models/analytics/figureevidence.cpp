#include "figureevidence.h"

#include "leaderevidence.h"
#include "signalevidence.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace goodwill::analytics {
namespace {

using Unit = EvidenceInput::Unit;

bool sameDepartments(std::vector<std::int32_t> a, std::vector<std::int32_t> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

// The department's (or selection's) capital on `ref.to` as the dashboard shows it: the
// snapshot's point when it has one, else computed for the snapshot's selection, so that
// the same departments are hidden and left out of the total.
Result<CapitalPoint> pointOf(const Snapshot &snapshot, const FigureRef &ref,
                             const std::atomic<bool> *cancel)
{
    const auto matches = [&](const DepartmentCapital &capital) {
        return ref.department >= 0
                   ? capital.department == ref.department
                   : capital.department < 0 &&
                         sameDepartments(ref.selection, snapshot.filter.departments);
    };
    for (const DepartmentCapital &capital : snapshot.capital) {
        if (!matches(capital))
            continue;
        for (const CapitalPoint &point : capital.trend) {
            if (point.end == ref.to)
                return point;
        }
    }
    CapitalQuery query;
    query.from = query.to = ref.to;
    query.includeOrganisation = true;
    query.departments = ref.department >= 0 ? snapshot.filter.departments : ref.selection;
    if (ref.department >= 0 && !query.departments.empty() &&
        std::find(query.departments.begin(), query.departments.end(), ref.department) ==
            query.departments.end())
        query.departments.push_back(ref.department);
    for (const DepartmentCapital &capital : snapshot.sources.engine->compute(query, cancel)) {
        if (capital.department == ref.department && !capital.trend.empty())
            return capital.trend.back();
    }
    if (cancel && cancel->load())
        return Error{FigureEvidence::tr("Cancelled.")};
    return Error{FigureEvidence::tr("No such department.")};
}

const PillarSettings *pillarSettings(const ModelSettings &settings, const QString &id)
{
    for (const PillarSettings &pillar : settings.pillars) {
        if (pillar.id == id)
            return &pillar;
    }
    return nullptr;
}

EvidenceInput scoreRow(const QString &signal, const QString &pillar, std::optional<double> score,
                       double weight, const QString &note)
{
    EvidenceInput in;
    in.unit = Unit::Score;
    in.signal = signal;
    in.pillar = pillar;
    in.value = score;
    in.note = note.isEmpty() ? FigureEvidence::tr("weight %1").arg(weight)
                             : FigureEvidence::tr("weight %1; %2").arg(weight).arg(note);
    return in;
}

void fillPillar(FigureEvidence &evidence, const ModelSettings &settings, const CapitalPoint &point)
{
    const QString &id = evidence.figure.figure;
    const PillarSettings *pillar = pillarSettings(settings, id);
    const PillarValue *value = point.pillar(id);
    evidence.formula =
        FigureEvidence::tr("The weighted mean of the pillar's signals that have a value and are "
                           "not thin.");
    evidence.value = value ? value->score : std::nullopt;
    double weight = 0, sum = 0;
    for (const SignalSettings &s : pillar ? pillar->signals : std::vector<SignalSettings>()) {
        const SignalValue *signal = point.signal(s.id);
        QString note;
        if (!signal || signal->suppressed)
            note = FigureEvidence::tr("left out: hidden by the privacy rules");
        else if (!signal->score)
            note = FigureEvidence::tr("left out: nothing to measure");
        else if (signal->thin)
            note = FigureEvidence::tr("left out: thin");
        else {
            weight += s.weight;
            sum += s.weight * *signal->score;
        }
        evidence.inputs.push_back(
            scoreRow(s.id, QString(), signal && !signal->suppressed ? signal->score : std::nullopt,
                     s.weight, note));
    }
    if (weight > 0)
        evidence.raw = sum / weight;
}

void fillEci(FigureEvidence &evidence, const ModelSettings &settings, const CapitalPoint &point)
{
    evidence.formula = FigureEvidence::tr("The weighted mean of the available pillars, the weights "
                                          "renormalised over them.");
    evidence.value = point.eci;
    double weight = 0, sum = 0;
    for (const PillarSettings &p : settings.pillars) {
        const PillarValue *pillar = point.pillar(p.id);
        QString note;
        if (!pillar || !pillar->score) {
            note = FigureEvidence::tr("left out: no signal available");
        } else {
            weight += p.weight;
            sum += p.weight * *pillar->score;
        }
        evidence.inputs.push_back(
            scoreRow(QString(), p.id, pillar ? pillar->score : std::nullopt, p.weight, note));
    }
    if (weight > 0)
        evidence.raw = sum / weight;
}

void fillHeadcount(FigureEvidence &evidence, const Snapshot &snapshot, const CapitalPoint &point)
{
    const ActivityDataset &data = *snapshot.sources.dataset;
    const FigureRef &ref = evidence.figure;
    const std::int32_t day = ActivityDataset::dayOf(ref.to);
    int staff = 0;
    for (std::int32_t p = 0; p < std::int32_t(data.people().size()); ++p) {
        if (!data.isStaff(p))
            continue;
        const std::int32_t d = data.departmentOn(p, day);
        // A total leaves out the hidden departments (docs/model.md section 5).
        staff += d >= 0 && (ref.department >= 0
                                ? d == ref.department
                                : (ref.selection.empty() ||
                                   std::find(ref.selection.begin(), ref.selection.end(), d) !=
                                       ref.selection.end()) &&
                                      std::find(point.leftOut.begin(), point.leftOut.end(), d) ==
                                          point.leftOut.end());
    }
    evidence.formula =
        FigureEvidence::tr("The staff in the department on the day (by the roster); leaders, "
                           "guests and bots are not counted.");
    evidence.value = point.headcount ? std::optional<double>(*point.headcount) : std::nullopt;
    evidence.raw = staff;
    EvidenceInput in;
    in.name = FigureEvidence::tr("Staff");
    in.value = staff;
    evidence.inputs.push_back(in);
    in.name = FigureEvidence::tr("Smallest group shown (k)");
    in.value = snapshot.sources.settings->k;
    evidence.inputs.push_back(in);
}

} // namespace

QString FigureEvidence::capDescription() const
{
    if (messagesHidden || totalItems <= int(items.size()))
        return {};
    return FigureEvidence::tr("Showing the latest %1 of %2.")
        .arg(QLocale().toString(qlonglong(items.size())), QLocale().toString(totalItems));
}

void FigureEvidence::capItems(int cap)
{
    std::sort(items.begin(), items.end(), [](const EvidenceItem &x, const EvidenceItem &y) {
        return x.at != y.at ? x.at > y.at : x.activity > y.activity;
    });
    totalItems = int(items.size());
    if (cap >= 0 && items.size() > size_t(cap))
        items.resize(size_t(cap));
}

Result<FigureEvidence> FigureEvidence::compute(const Snapshot &snapshot, const FigureRef &figure,
                                               const std::atomic<bool> *cancel, int cap)
{
    if (!snapshot.sources.isComplete())
        return Error{FigureEvidence::tr("The figures are not loaded yet.")};
    const ActivityDataset &data = *snapshot.sources.dataset;
    const ModelSettings &settings = *snapshot.sources.settings;
    FigureEvidence evidence;
    evidence.figure = figure;
    FigureRef &ref = evidence.figure;
    if (!ref.to.isValid())
        ref.to = snapshot.to;
    if (!ref.to.isValid())
        return Error{FigureEvidence::tr("There is no data in the chosen dates.")};

    if (ref.kind == FigureRef::Kind::LeaderFigure) {
        if (!ref.from.isValid())
            ref.from = snapshot.from;
        if (ref.leader < 0 || ref.leader >= std::int32_t(data.people().size()) ||
            !data.isLeader(ref.leader) || ref.to < ref.from)
            return Error{FigureEvidence::tr("No such leader.")};
        std::optional<LeaderStats> stats;
        if (ref.from == snapshot.from && ref.to == snapshot.to) {
            for (const LeaderStats &s : snapshot.leaders) {
                if (s.person == ref.leader)
                    stats = s;
            }
        }
        if (!stats)
            stats = snapshot.sources.leaders->compute(ref.leader, ref.from, ref.to);
        if (!stats)
            return Error{FigureEvidence::tr("No such leader.")};
        if (auto filled = LeaderEvidence::fill(evidence, snapshot, *stats, cancel); !filled)
            return filled.error();
        evidence.capItems(cap);
        return evidence;
    }
    if (ref.kind == FigureRef::Kind::None)
        return Error{FigureEvidence::tr("Nothing to open.")};
    if (ref.department >= std::int32_t(data.departments().size()))
        return Error{FigureEvidence::tr("No such department.")};

    auto point = pointOf(snapshot, ref, cancel);
    if (!point)
        return point.error();
    if (point->suppressed) {
        evidence.suppressed = true;
        evidence.suppressedReason = point->suppressedReason;
        return evidence;
    }
    switch (ref.kind) {
    case FigureRef::Kind::Signal: {
        const SignalValue *value = point->signal(ref.figure);
        if (!value)
            return Error{FigureEvidence::tr("No such signal.")};
        if (value->suppressed) {
            evidence.suppressed = true;
            evidence.suppressedReason =
                FigureEvidence::tr(
                    "Tone is hidden: fewer than %1 of the staff wrote in the window, and a tone "
                    "from so few messages could point to their authors.")
                    .arg(settings.kText);
            return evidence;
        }
        if (auto filled = SignalEvidence::fill(evidence, snapshot, *point, cap, cancel); !filled)
            return filled.error();
        return evidence;
    }
    case FigureRef::Kind::Pillar:
        if (!pillarSettings(settings, ref.figure))
            return Error{FigureEvidence::tr("No such pillar.")};
        fillPillar(evidence, settings, *point);
        return evidence;
    case FigureRef::Kind::Eci:
        fillEci(evidence, settings, *point);
        return evidence;
    case FigureRef::Kind::Headcount:
        fillHeadcount(evidence, snapshot, *point);
        return evidence;
    default:
        return Error{FigureEvidence::tr("Nothing to open.")};
    }
}

} // namespace goodwill::analytics
