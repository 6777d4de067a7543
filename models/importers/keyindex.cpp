#include "keyindex.h"

#include <functional>
#include <limits>

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

KeyIndex::Entry *KeyIndex::find(std::uint64_t hash)
{
    if (m_slots.empty())
        return nullptr;
    const std::size_t mask = m_slots.size() - 1;
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
    if ((m_size + 1) * 5 > m_slots.size() * 4)
        grow();
    const std::size_t mask = m_slots.size() - 1;
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
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_size = 0;
}

void KeyIndex::grow()
{
    std::vector<Entry> old;
    old.swap(m_slots);
    m_slots.resize(old.empty() ? 1024 : old.size() * 2);
    const std::size_t mask = m_slots.size() - 1;
    for (const Entry &entry : old) {
        if (entry.hash == 0)
            continue;
        std::size_t i = entry.hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = entry;
    }
}

} // namespace goodwill::importers
