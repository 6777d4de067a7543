#include "keyindex.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace goodwill::importers {

namespace {

// The Bloom filter of the keys on disk: 16 MB, 10 bits a key (about 1% false positives)
// for 13 million keys; more keys make it answer "maybe" more often, never grow it.
constexpr std::size_t bloomBytes = std::size_t(16) << 20;

} // namespace

std::uint64_t KeyIndex::hashOf(std::string_view key)
{
    const std::uint64_t hash = std::hash<std::string_view>{}(key);
    return hash == 0 ? 1 : hash;
}

void KeyIndex::Free::operator()(Entry *slots) const
{
    std::free(slots);
}

KeyIndex::Slots KeyIndex::allocate(std::size_t count)
{
    constexpr std::size_t hugePage = std::size_t(2) << 20;
    std::size_t bytes = count * sizeof(Entry);
    void *memory = nullptr;
    if (bytes >= hugePage) {
        bytes = (bytes + hugePage - 1) / hugePage * hugePage;
        memory = std::aligned_alloc(hugePage, bytes);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        if (memory)
            madvise(memory, bytes, MADV_HUGEPAGE); // a hint: without it, 4 kB pages
#endif
    } else {
        memory = std::malloc(bytes);
    }
    if (!memory)
        throw std::bad_alloc();
    std::memset(memory, 0, bytes); // Entry is an aggregate: zero bytes are an empty slot
    return Slots(static_cast<Entry *>(memory));
}

KeyIndex::Entry *KeyIndex::findInMemory(std::uint64_t hash) const
{
    const Shard &shard = shardOf(hash);
    if (shard.capacity == 0)
        return nullptr;
    const std::size_t mask = shard.capacity - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Entry &slot = shard.slots[i];
        if (slot.hash == hash)
            return &slot;
        if (slot.hash == 0)
            return nullptr;
    }
}

const KeyIndex::Entry *KeyIndex::find(std::uint64_t hash) const
{
    if (const Entry *entry = findInMemory(hash))
        return entry;
    if (m_runs.empty() || !m_bloom.mayContain(hash))
        return nullptr;
    for (auto run = m_runs.rbegin(); run != m_runs.rend(); ++run) { // the newest first
        switch (run->find(hash, m_found)) {
        case KeyRun::Lookup::Found:
            return &m_found;
        case KeyRun::Lookup::Missing:
            break;
        case KeyRun::Lookup::Failed:
            if (!m_readFailed) {
                m_readFailed = true;
                m_readError = run->error();
            }
            return nullptr;
        }
    }
    return nullptr;
}

KeyIndex::Entry &KeyIndex::insert(std::uint64_t hash)
{
    Shard &shard = shardOf(hash);
    // At most four fifths full, so a probe ends soon.
    if ((shard.size + 1) * 5 > shard.capacity * 4)
        grow(shard);
    const std::size_t mask = shard.capacity - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Entry &slot = shard.slots[i];
        if (slot.hash == hash)
            return slot;
        if (slot.hash == 0) {
            slot.hash = hash;
            ++shard.size;
            ++m_size;
            return slot;
        }
    }
}

void KeyIndex::clear()
{
    for (Shard &shard : m_shards)
        shard = Shard();
    m_size = 0;
    m_runs.clear();
    m_bloom = BloomFilter();
    m_readFailed = false;
}

void KeyIndex::spillTo(std::string directory, std::size_t maxEntries)
{
    m_directory = directory.empty() ? QFile::encodeName(QDir::tempPath()).toStdString()
                                    : std::move(directory);
    m_maxEntries = maxEntries;
}

Result<void> KeyIndex::makeRoom()
{
    if (m_readFailed)
        return m_readError;
    if (m_maxEntries == 0 || m_size < m_maxEntries)
        return {};
    return spill();
}

Result<void> KeyIndex::spill()
{
    // Each shard's entries, packed to the front of its slots and sorted: the shards hold
    // hashes by their top bits, so shard after shard is one sorted sequence.
    std::array<std::span<const Entry>, std::size_t(1) << shardBits> parts;
    for (std::size_t s = 0; s < m_shards.size(); ++s) {
        Shard &shard = m_shards[s];
        std::size_t packed = 0;
        for (std::size_t i = 0; i < shard.capacity; ++i)
            if (shard.slots[i].hash != 0)
                shard.slots[packed++] = shard.slots[i];
        std::sort(shard.slots.get(), shard.slots.get() + packed,
                  [](const Entry &a, const Entry &b) { return a.hash < b.hash; });
        parts[s] = std::span<const Entry>(shard.slots.get(), packed);
    }
    auto run = KeyRun::write(m_directory, parts);
    if (!run) {
        // The shards are packed, no longer a hash table: every later call fails the same.
        m_readFailed = true;
        m_readError = run.error();
        return run.error();
    }
    if (m_bloom.empty())
        m_bloom = BloomFilter(bloomBytes);
    for (std::size_t s = 0; s < m_shards.size(); ++s) {
        for (const Entry &entry : parts[s])
            m_bloom.add(entry.hash);
        Shard &shard = m_shards[s];
        if (shard.capacity != 0)
            std::memset(static_cast<void *>(shard.slots.get()), 0, shard.capacity * sizeof(Entry));
        shard.size = 0;
    }
    m_size = 0;
    m_runs.push_back(std::move(run).value());
    // Like a binary counter: two runs merge while the older is less than twice the newer,
    // so the runs' sizes at least double from newest to oldest.
    while (m_runs.size() >= 2 && m_runs[m_runs.size() - 2].count() < 2 * m_runs.back().count()) {
        auto merged = KeyRun::merge(m_directory, m_runs[m_runs.size() - 2], m_runs.back());
        if (!merged) {
            m_readFailed = true;
            m_readError = merged.error();
            return merged.error();
        }
        m_runs.pop_back();
        m_runs.back() = std::move(merged).value();
    }
    return {};
}

void KeyIndex::grow(Shard &shard)
{
    const Slots old = std::move(shard.slots);
    const std::size_t oldCapacity = shard.capacity;
    shard.capacity = oldCapacity == 0 ? 1024 : oldCapacity * 2;
    shard.slots = allocate(shard.capacity);
    const std::size_t mask = shard.capacity - 1;
    for (std::size_t slot = 0; slot < oldCapacity; ++slot) {
        const Entry &entry = old[slot];
        if (entry.hash == 0)
            continue;
        std::size_t i = entry.hash & mask;
        while (shard.slots[i].hash != 0)
            i = (i + 1) & mask;
        shard.slots[i] = entry;
    }
}

} // namespace goodwill::importers
