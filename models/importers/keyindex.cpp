#include "keyindex.h"

#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace goodwill::importers {

KeyIndex::Entry KeyIndex::Entry::make(std::uint64_t hash, std::int64_t id, std::int64_t root,
                                      std::int64_t channel)
{
    Entry entry{hash, id, 0, std::int32_t(channel)};
    if (root < 0)
        entry.back = std::int32_t(root);
    else if (id - root >= 0 && id - root <= std::numeric_limits<std::int32_t>::max())
        entry.back = std::int32_t(id - root);
    // else: a root after its reply (hand-made data): the entry is its own root
    return entry;
}

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

KeyIndex::Entry *KeyIndex::find(std::uint64_t hash)
{
    Shard &shard = shardOf(hash);
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
