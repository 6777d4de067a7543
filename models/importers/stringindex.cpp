#include "stringindex.h"

namespace goodwill::importers {

std::int64_t StringIndex::find(std::string_view key) const
{
    const KeyIndex::Entry *entry = m_hashes.find(KeyIndex::hashOf(key));
    if (!entry)
        return -1;
    if (m_keys[std::size_t(entry->id)] == key)
        return entry->id;
    const auto collided = m_collided.find(key);
    return collided == m_collided.end() ? -1 : collided->second;
}

std::int64_t StringIndex::add(std::string_view key)
{
    const auto number = std::int64_t(m_keys.size());
    m_keys.emplace_back(key);
    const std::uint64_t hash = KeyIndex::hashOf(key);
    if (m_hashes.find(hash))
        m_collided.emplace(key, number);
    else
        m_hashes.insert(hash) = KeyIndex::Entry{hash, number, 0, 0};
    return number;
}

void StringIndex::clear()
{
    m_hashes.clear();
    m_keys.clear();
    m_collided.clear();
}

} // namespace goodwill::importers
