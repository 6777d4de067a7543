#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace goodwill::analytics {

struct Snapshot;

// A pillar's score at the start and the end of a move.
struct PillarMove
{
    QString pillar; // authenticity, pride, attachment, fun
    double before = 0;
    double after = 0;
    double change() const { return after - before; }
};

// One department's (or the whole selection's) ECI from the start to the end of a period.
struct CapitalMove
{
    std::int32_t department = -1; // dataset index; -1: the organisation or selection
    QString name;
    double eciBefore = 0;
    double eciAfter = 0;
    // The pillar whose score moved most in the direction of the ECI (fell most for a fall,
    // rose most for a rise); empty when none moved that way.
    std::optional<PillarMove> pillar;
    double change() const { return eciAfter - eciBefore; }
};

// The departments whose emotional capital rose or fell most over a snapshot's period
// (docs/model.md, "Town-hall brief"): the ECI on the period's last day against the ECI at
// the start, both as the capital engine releases them (suppressed departments have no
// values and are only named in `hidden`).
struct CapitalMovers
{
    // The day the starting figures are measured on: the day before the period when the data
    // holds a whole window before it, else the first period end of the trend that does;
    // invalid when neither exists (nothing is compared then).
    QDate before;
    QDate after;                      // the period's last day
    std::optional<CapitalMove> whole; // the organisation or selection
    std::vector<CapitalMove> risers;  // rose by at least minimumChange, most first
    std::vector<CapitalMove> fallers; // fell by at least minimumChange, most first
    // Every other department with both figures (moved less, or beyond the first `shown`),
    // in dataset order and then the rest of the risers and fallers.
    std::vector<CapitalMove> others;
    QStringList hidden; // departments hidden by the privacy rules on either day, in dataset order
    // Departments whose tone the whole audience's ECI leaves out on either day (fewer than
    // k_text authors; docs/model.md section 5), in dataset order.
    QStringList toneLeftOut;

    static constexpr int shown = 3;              // risers and fallers kept, each
    static constexpr double minimumChange = 1.0; // ECI points

    // Needs the snapshot's sources (dataset, settings, engine). Empty when `cancel` became
    // true.
    static std::optional<CapitalMovers> compute(const Snapshot &snapshot,
                                                const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::analytics
