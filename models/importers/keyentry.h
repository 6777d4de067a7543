#pragma once

#include <cstdint>

namespace goodwill::importers {

// What the import sink keeps of one activity key, by the key's 64-bit hash: its id, its
// thread's root, its channel, or a state of the sink's in `back`. 24 bytes: the root is
// kept as its distance back from the id (a thread's post comes before its replies), and a
// negative `back` stands for a state. Hash 0 is never a key's (KeyIndex::hashOf).
struct KeyEntry
{
    std::uint64_t hash = 0;
    std::int64_t id = 0;
    std::int32_t back = 0; // id - root, or the state when negative
    std::int32_t channel = 0;

    std::int64_t root() const { return back >= 0 ? id - back : back; }
    static KeyEntry make(std::uint64_t hash, std::int64_t id, std::int64_t root,
                         std::int64_t channel);
};

static_assert(sizeof(KeyEntry) == 24);

} // namespace goodwill::importers
