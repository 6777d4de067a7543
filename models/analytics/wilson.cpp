#include "wilson.h"

#include <algorithm>
#include <cmath>

namespace goodwill::analytics {

double zForConfidence(double confidence)
{
    // Invert the normal CDF by bisection: exact to 1e-12, and called once per snapshot.
    const double target = (1.0 + confidence) / 2.0;
    double lo = 0, hi = 10;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        const double cdf = 0.5 * std::erfc(-mid / std::sqrt(2.0));
        (cdf < target ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

std::pair<double, double> wilsonInterval(double x, double n, double z)
{
    const double p = x / n;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace goodwill::analytics
