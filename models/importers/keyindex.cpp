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
    if (m_capacity == 0)
        return nullptr;
    const std::size_t mask = m_capacity - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Entry &slot = m_slots[i];
        if (slot.hash == hash)
            return &slot;
        if (slot.hash == 0)
            return nullptr;
    }
}

KeyIndex::Entry &KeyIndex::insert(std::uint64_t hash)
{
    // At most four fifths full, so a probe ends soon.
    if ((m_size + 1) * 5 > m_capacity * 4)
        grow();
    const std::size_t mask = m_capacity - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Entry &slot = m_slots[i];
        if (slot.hash == hash)
            return slot;
        if (slot.hash == 0) {
            slot.hash = hash;
            ++m_size;
            return slot;
        }
    }
}

void KeyIndex::clear()
{
    m_slots.reset();
    m_capacity = 0;
    m_size = 0;
}

void KeyIndex::grow()
{
    const Slots old = std::move(m_slots);
    const std::size_t oldCapacity = m_capacity;
    m_capacity = oldCapacity == 0 ? 1024 : oldCapacity * 2;
    m_slots = allocate(m_capacity);
    const std::size_t mask = m_capacity - 1;
    for (std::size_t slot = 0; slot < oldCapacity; ++slot) {
        const Entry &entry = old[slot];
        if (entry.hash == 0)
            continue;
        std::size_t i = entry.hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = entry;
    }
}

} // namespace goodwill::importers
