#pragma once

#include "store/result.h"

#include <QCoreApplication>

#include <atomic>

namespace goodwill::analytics {

struct CapitalPoint;
struct FigureEvidence;
struct Snapshot;

// The evidence of one department signal A1 ... F3 on a day (docs/model.md section 4): the
// events of the window ending that day that the signal counts, for the department's staff
// (or the selection's), in the snapshot's scope, with the counts recomputed from them.
// Staff appear as "Staff member (Department)"; leaders by name.
class SignalEvidence
{
    Q_DECLARE_TR_FUNCTIONS(SignalEvidence)

public:
    // `evidence.figure` names the signal, the department (or -1 with its selection) and
    // the day; `point` is that department's capital on the day, not suppressed. Lists at
    // most `cap` events, the latest.
    static Result<void> fill(FigureEvidence &evidence, const Snapshot &snapshot,
                             const CapitalPoint &point, int cap, const std::atomic<bool> *cancel);
};

} // namespace goodwill::analytics
