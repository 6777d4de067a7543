#pragma once

#include "keyindex.h"
#include "stringmap.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace goodwill::importers {

// Strings numbered 0, 1, 2 ... in the order they were added, found by a flat table of their
// 64-bit hashes (KeyIndex) and confirmed by comparing the string. The sink looks up a user
// id for every message and reaction: a node-based std::unordered_map cost two or three
// cache misses a lookup there, most of the time its reader spent outside parsing
// (docs/decisions.md, "Import speed"). A key whose hash another key already holds (about
// one chance in 10^11 for a million keys) is kept in a small map beside it.
class StringIndex
{
public:
    // The number of `key`, or -1 when it was never added.
    std::int64_t find(std::string_view key) const;
    // Adds `key`, which must not be there yet, and returns its number (the old size()).
    std::int64_t add(std::string_view key);
    void clear();
    std::size_t size() const { return m_keys.size(); }

private:
    KeyIndex m_hashes; // hash -> number (Entry::id)
    std::vector<std::string> m_keys;
    StringMap<std::int64_t> m_collided;
};

} // namespace goodwill::importers
