#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace goodwill::importers {

// A split-block Bloom filter over 64-bit hashes (as Parquet's): a hash sets one bit in each
// of the eight 32-bit words of one 32-byte block, so a test touches one cache line. Its
// size is fixed when made: past the keys it was sized for, it answers "maybe" more often
// (about 1% false positives at 10 bits a key, 10% at 5), never "no" for a key added.
class BloomFilter
{
public:
    BloomFilter() = default;
    explicit BloomFilter(std::size_t bytes); // rounded up to whole blocks; zeroed lazily

    bool empty() const { return m_blocks == 0; }
    void add(std::uint64_t hash);
    bool mayContain(std::uint64_t hash) const;
    void prefetch(std::uint64_t hash) const
    {
        if (m_blocks != 0)
            __builtin_prefetch(m_words.get() + blockOf(hash) * 8);
    }

private:
    struct Free
    {
        void operator()(std::uint32_t *words) const;
    };
    std::size_t blockOf(std::uint64_t hash) const
    {
        // The top 32 bits pick the block (scaled, not masked: any block count works); the
        // low 32 bits pick the bits within it.
        return std::size_t(((hash >> 32) * std::uint64_t(m_blocks)) >> 32);
    }

    std::unique_ptr<std::uint32_t[], Free> m_words;
    std::size_t m_blocks = 0;
};

} // namespace goodwill::importers
