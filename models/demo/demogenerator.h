#pragma once

#include "demooptions.h"
#include "store/result.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace goodwill::demo {

struct DemoSummary
{
    std::int64_t people = 0;
    std::int64_t departments = 0;
    std::int64_t activities = 0;
    double seconds = 0;
};

// Writes the demo organisation "Brightwater" to a new Goodwill file. The file appears
// only when complete (written beside it under a temporary name, then renamed), so a
// failure or a cancel leaves nothing behind. Same options and seed, same content.
class DemoGenerator
{
public:
    // Called with progress 0..1000; returning false cancels.
    using Progress = std::function<bool(int permille)>;

    static Result<DemoSummary> generate(const QString &path, const DemoOptions &options,
                                        const Progress &progress = {});
};

} // namespace goodwill::demo
