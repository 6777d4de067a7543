#include "bloomfilter.h"

#include <cstdlib>
#include <new>

namespace goodwill::importers {

namespace {

// Parquet's eight odd constants: the word i's bit is the top five bits of key * salt[i].
constexpr std::uint32_t salt[8] = {0x47b6137bU, 0x44974d91U, 0x8824ad5bU, 0xa2b7289dU,
                                   0x705495c7U, 0x2df1424bU, 0x9efc4947U, 0x5c6bfb31U};

} // namespace

void BloomFilter::Free::operator()(std::uint32_t *words) const
{
    std::free(words);
}

BloomFilter::BloomFilter(std::size_t bytes) : m_blocks((bytes + 31) / 32)
{
    if (m_blocks > (std::size_t(1) << 32))
        m_blocks = std::size_t(1) << 32; // blockOf scales 32 bits
    // calloc: a large zeroed allocation comes from fresh pages, touched only when used.
    m_words.reset(static_cast<std::uint32_t *>(std::calloc(m_blocks * 8, sizeof(std::uint32_t))));
    if (!m_words)
        throw std::bad_alloc();
}

void BloomFilter::add(std::uint64_t hash)
{
    std::uint32_t *block = &m_words[blockOf(hash) * 8];
    const auto key = std::uint32_t(hash);
    for (int i = 0; i < 8; ++i)
        block[i] |= std::uint32_t(1) << ((key * salt[i]) >> 27);
}

bool BloomFilter::mayContain(std::uint64_t hash) const
{
    if (m_blocks == 0)
        return false;
    const std::uint32_t *block = &m_words[blockOf(hash) * 8];
    const auto key = std::uint32_t(hash);
    for (int i = 0; i < 8; ++i)
        if (!(block[i] & (std::uint32_t(1) << ((key * salt[i]) >> 27))))
            return false;
    return true;
}

} // namespace goodwill::importers
