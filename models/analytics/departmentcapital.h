#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace goodwill::analytics {

// Values of the emotional-capital model (MODEL.md section 4, docs/model.md): plain,
// immutable once computed, safe to hand between threads.

struct SignalValue
{
    QString id;                  // A1 ... F3
    std::optional<double> raw;   // empty when there was nothing to measure or it is hidden
    std::optional<double> score; // 0..100
    std::optional<double> low;   // the score's 80% band, where the signal has one
    std::optional<double> high;
    double denominator = 0;  // what the raw value was computed over
    bool thin = false;       // denominator under the threshold: left out of its pillar
    bool suppressed = false; // hidden by the privacy rules
};

struct PillarValue
{
    QString id; // authenticity, pride, attachment, fun
    std::optional<double> score;
    std::optional<double> low;
    std::optional<double> high;
};

// A department's capital on one day: every signal over the trailing window ending then.
struct CapitalPoint
{
    QDate end;
    std::optional<int> headcount; // staff in the department on `end`; hidden when suppressed
    bool suppressed = false;
    QString suppressedReason;
    std::vector<SignalValue> signals;
    std::vector<PillarValue> pillars;
    std::optional<double> eci;
    std::optional<double> eciLow;
    std::optional<double> eciHigh;
    QStringList missing; // pillars left out of the ECI, and why
    // A total (the organisation or selection) only: the departments it leaves out because
    // they are hidden (docs/model.md section 5), wholly or only their tone (T4).
    std::vector<std::int32_t> leftOut;
    std::vector<std::int32_t> toneLeftOut;

    const SignalValue *signal(const QString &id) const;
    const PillarValue *pillar(const QString &id) const;
};

struct CapitalAlert
{
    enum class Kind
    {
        EciFall,
        PillarFall
    };
    Kind kind = Kind::EciFall;
    QDate at;
    QString pillar;    // for PillarFall
    double points = 0; // the fall, positive
};

struct DepartmentCapital
{
    QString name;
    std::int32_t department = -1;       // index in the dataset; -1 for the organisation
    std::vector<CapitalPoint> trend;    // one point per period end
    std::optional<double> yearOverYear; // ECI now minus ECI a year before, when both exist
    std::vector<CapitalAlert> alerts;

    const CapitalPoint &latest() const { return trend.back(); }
};

} // namespace goodwill::analytics
