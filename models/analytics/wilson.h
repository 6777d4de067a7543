#pragma once

#include <utility>

namespace goodwill::analytics {

// The two-sided normal quantile for a confidence level (0.8 -> 1.2816).
double zForConfidence(double confidence);
// The Wilson score interval of x successes in n trials (n > 0), as (low, high) shares.
std::pair<double, double> wilsonInterval(double x, double n, double z);

} // namespace goodwill::analytics
