#pragma once

#include "store/result.h"

#include <QCoreApplication>

#include <atomic>

namespace goodwill::analytics {

struct FigureEvidence;
struct LeaderStats;
struct Snapshot;

// The evidence of one LeaderStats figure (docs/model.md section 3): the leader's own
// messages, the staff comments to them, or the staff responses to their posts, in the
// period and the snapshot's scope. A leader's figures are their own, so the staff who
// wrote to them appear by name (as in their threads).
class LeaderEvidence
{
    Q_DECLARE_TR_FUNCTIONS(LeaderEvidence)

public:
    // `evidence.figure` names the figure, leader and period; `stats` are the leader's
    // figures for that period as the dashboard shows them.
    static Result<void> fill(FigureEvidence &evidence, const Snapshot &snapshot,
                             const LeaderStats &stats, const std::atomic<bool> *cancel);
};

} // namespace goodwill::analytics
