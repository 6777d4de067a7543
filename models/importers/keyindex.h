#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace goodwill::importers {

// The activity keys of one source by their 64-bit hash, with what the sink must know of
// each (its id, its thread's root, its channel, or a state in `root`). Open addressing
// with linear probing in one flat array: a million keys cost no allocation apiece, and a
// lookup touches one or two cache lines. Hash 0 marks an empty slot. No removal.
class KeyIndex
{
public:
    // 24 bytes: the root is kept as its distance back from the id (a thread's post comes
    // before its replies), and a negative root stands for a state of the caller's.
    struct Entry
    {
        std::uint64_t hash = 0;
        std::int64_t id = 0;
        std::int32_t back = 0; // id - root, or the state when negative
        std::int32_t channel = 0;

        std::int64_t root() const { return back >= 0 ? id - back : back; }
        static Entry make(std::uint64_t hash, std::int64_t id, std::int64_t root,
                          std::int64_t channel);
    };

    // The hash a key is kept by: 64 bits stand for the key in memory (two keys of one export
    // colliding is about as likely as one in ten million for ten million keys); never 0.
    static std::uint64_t hashOf(std::string_view key);

    Entry *find(std::uint64_t hash);
    // The entry of `hash`, added (zeroed but for the hash) when missing.
    Entry &insert(std::uint64_t hash);
    void clear();
    std::size_t size() const { return m_size; }

private:
    void grow();

    std::vector<Entry> m_slots;
    std::size_t m_size = 0;
};

} // namespace goodwill::importers
