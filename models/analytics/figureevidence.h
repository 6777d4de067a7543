#pragma once

#include "figureref.h"
#include "store/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace goodwill::analytics {

struct Snapshot;

// One number the figure was computed from ("comments", "answered", "floor" ...). The unit
// says how to show it; items::EvidenceInputsModel formats it.
struct EvidenceInput
{
    enum class Unit
    {
        Count,     // a whole number
        Number,    // a plain number (a denominator of member-months, a ratio)
        Share,     // 0..1, shown as a percentage
        Hours,     // hours
        Score,     // 0..100
        Band,      // a score band: `value` is its low end, `high` its high end
        SignalRaw, // in the unit of `signal`'s raw value (a floor, a target, the raw value)
        Weight,    // a weight of the model
        Text,      // `text` only
    };
    QString name; // empty for a signal row of a pillar: `signal` names it
    Unit unit = Unit::Count;
    std::optional<double> value;
    std::optional<double> high;
    QString text;
    QString signal; // SignalRaw: whose unit; a pillar's signal row: which signal
    QString pillar; // the ECI's pillar row: which pillar
    QString note;   // how it was used ("left out: thin", "hidden: under k")
};

// One activity behind a figure, with how it counted.
struct EvidenceItem
{
    std::int32_t activity = -1; // dataset index
    std::int64_t at = 0;        // seconds since the epoch, UTC
    // The author as the privacy rules allow: a leader's name, a staff member's name only in
    // a leader's own figures, else "Staff member (Department)".
    QString author;
    QString note;                // "answered after 2.0 h", "tone +0.42", "in a thread of Ops"
    bool counted = true;         // counts towards the numerator (answered, across, celebration ...)
    std::optional<double> value; // hours to the reply, tone ...
};

// How one figure of a snapshot was computed: the formula in words, its inputs, and the
// activities behind it, each recomputed from the snapshot's dataset and scope
// (docs/model.md, "Drill-down"). `raw` is recomputed from the listed activities and must
// equal `value`, the figure the snapshot shows.
struct FigureEvidence
{
    FigureRef figure;
    QString formula;
    std::optional<double> value; // the figure as the snapshot has it (empty: none, or text)
    std::optional<double> raw;   // the same recomputed from the activities
    QString valueText;           // for a figure that is not a number (a persona)
    bool suppressed = false;     // hidden by the privacy rules: only the reason is given
    QString suppressedReason;
    std::vector<EvidenceInput> inputs;
    QString itemsDescription;        // what the list holds ("staff comments to the leader")
    std::vector<EvidenceItem> items; // newest first, at most the cap
    int totalItems = 0;              // before the cap
    bool messagesHidden = false;     // items withheld by the privacy rules (tone under k_text)
    QString privacyNote;             // how authors appear; why messages are hidden
    bool tone = false;               // items carry tone: their sentiment can be explained

    // The cap's sentence ("Showing the latest 500 of 3,214."); empty when all are listed.
    QString capDescription() const;

    static constexpr int defaultCap = 500;

    // `snapshot.sources` must be complete. Errors: an unknown figure, leader or department;
    // `cancel` set on the way.
    static Result<FigureEvidence> compute(const Snapshot &snapshot, const FigureRef &figure,
                                          const std::atomic<bool> *cancel = nullptr,
                                          int cap = defaultCap);

    // Sorts `items` newest first, keeps `cap` of them and sets totalItems.
    void capItems(int cap);

    Q_DECLARE_TR_FUNCTIONS(FigureEvidence)
};

} // namespace goodwill::analytics
