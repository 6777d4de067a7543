#pragma once

#include "analytics/snapshot.h"
#include "store/database.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace goodwill::state {

// Reads an activity database into the facts and engines every figure is computed from
// (SnapshotSources): the model file, the tone lexicons it names, the dataset, the leaders'
// figures and the capital engine. The dashboard runs it on a worker thread; the command
// line calls it directly.
class SourcesLoader
{
public:
    struct Outcome
    {
        QString error;        // empty on success (and when cancelled)
        QStringList warnings; // model-file keys that could not be used
        bool readOnly = false;
        analytics::SnapshotSources sources; // complete on success
    };

    // `progress` is called (on the calling thread) before each step; `cancel` is checked
    // between steps. An empty `modelFile` means the defaults.
    static Outcome load(const QString &path, store::Database::Access access,
                        const QString &modelFile,
                        const std::function<void(const QString &)> &progress = {},
                        const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::state
