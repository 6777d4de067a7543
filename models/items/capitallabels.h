#pragma once

#include "analytics/capitalengine.h"
#include "analytics/departmentcapital.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace goodwill::analytics {
struct Snapshot;
}

namespace goodwill::items {

// The words and number formats of department capital (docs/model.md section 4), shared by
// every model that shows it, so that a signal, a pillar or a period reads the same on each
// page, in tooltips and in the drill-down.
class CapitalLabels
{
    Q_DECLARE_TR_FUNCTIONS(CapitalLabels)

public:
    // "Leader reply rate" for "A1"; the id itself when unknown.
    static QString signalName(const QString &id);
    // What a signal's raw value is, in one sentence (for tooltips).
    static QString signalDescription(const QString &id);
    // What a signal's denominator counts ("staff comments to leaders").
    static QString denominatorDescription(const QString &id);
    // "Authenticity" for "authenticity".
    static QString pillarName(const QString &id);
    // The pillar a signal belongs to under `settings` (empty when none).
    static QString pillarOf(const analytics::ModelSettings &settings, const QString &id);

    // A raw value (or a floor or target) in the signal's unit: "50%", "73 h", "0.27",
    // "+0.12".
    static QString formatRaw(const QString &id, double value);
    // A signal's denominator: whole numbers without decimals, rates' member-months with one.
    static QString formatDenominator(double value);
    // A 0..100 score with one decimal ("59.4").
    static QString formatScore(double score);
    // A change in points with its sign ("+2.1", "−1.3", "0.0").
    static QString formatDelta(double points);
    // "50.1–68.2": a score band.
    static QString formatBand(std::optional<double> low, std::optional<double> high);

    // The organisation's row is "Organisation", or "Selection" when the snapshot's filter
    // names departments; a department's its name.
    static QString seriesName(const analytics::Snapshot &snapshot,
                              const analytics::DepartmentCapital &capital);
    // A short column label for a period end: "23 Mar 25" (week), "Mar 25", "Q1 25".
    static QString periodLabel(QDate end, analytics::Granularity granularity);
    // "Over the 90 days to 31 March 2025.": the window a point's figures are computed over
    // (the snapshot's window length).
    static QString windowDescription(const analytics::Snapshot &snapshot, QDate end);
    // "Sales on 31/03/2025: no figures, fewer than 5 staff …": why a point shows nothing.
    static QString suppressedDescription(const QString &name, const analytics::CapitalPoint &point);
    // What a total (the organisation or selection) leaves out on the point's day, and why
    // (docs/model.md section 5): "The organisation total leaves out Executive Office (fewer
    // than 5 staff)." and, for the tone, "The organisation total's tone leaves out …";
    // empty when it leaves out nothing, or for a department's point.
    static QString leftOutDescription(const analytics::Snapshot &snapshot,
                                      const analytics::CapitalPoint &point);
    // The same for the snapshot's total on its last day (empty when it has none).
    static QString leftOutDescription(const analytics::Snapshot &snapshot);
    // "ECI down 9.1 points on 31 Mar 2025 (against two period ends before)".
    static QString alertDescription(const analytics::CapitalAlert &alert);
    // Why a point has no ECI although it is not suppressed ("no activity to measure", or
    // the missing pillars).
    static QString missingDescription(const analytics::CapitalPoint &point);
};

} // namespace goodwill::items
