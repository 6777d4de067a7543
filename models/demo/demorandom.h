#pragma once

#include <cmath>
#include <cstdint>
#include <span>

namespace goodwill::demo {

// The demo's only source of chance: xoshiro256** seeded through splitmix64. The
// standard library's distributions differ between implementations, so every draw is
// made here, and the same seed always gives the same organisation.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (auto &word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [0, n); n > 0.
    int below(int n) { return int((next() >> 32) * std::uint64_t(n) >> 32); }
    bool chance(double p) { return uniform() < p; }

    // Standard normal (Box-Muller, one value per call).
    double normal()
    {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }
    // Log-normal with the given median and log-space spread.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 30) {
            const double x = lambda + std::sqrt(lambda) * normal();
            return x < 0 ? 0 : int(x + 0.5);
        }
        const double limit = std::exp(-lambda);
        int k = 0;
        for (double p = uniform(); p > limit; p *= uniform())
            ++k;
        return k;
    }

    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[size_t(below(int(items.size())))];
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace goodwill::demo
