#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace goodwill::importers {

// The activity keys of one source by their 64-bit hash, with what the sink must know of
// each (its id, its thread's root, its channel, or a state in `root`). Open addressing
// with linear probing in one flat array: a million keys cost no allocation apiece, and a
// lookup touches one or two cache lines. Hash 0 marks an empty slot. No removal. A large
// table asks for 2 MB pages: lookups land anywhere in tens of megabytes, and with 4 kB
// pages nearly each one also missed the TLB (docs/decisions.md, "Import speed").
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
    const Entry *find(std::uint64_t hash) const { return const_cast<KeyIndex *>(this)->find(hash); }
    // Starts loading the slot where a probe for `hash` begins (find and insert soon after).
    void prefetch(std::uint64_t hash) const
    {
        if (m_capacity != 0)
            __builtin_prefetch(&m_slots[hash & (m_capacity - 1)]);
    }
    // The entry of `hash`, added (zeroed but for the hash) when missing.
    Entry &insert(std::uint64_t hash);
    void clear();
    std::size_t size() const { return m_size; }

private:
    struct Free
    {
        void operator()(Entry *slots) const;
    };
    using Slots = std::unique_ptr<Entry[], Free>;
    // `count` zeroed entries (every slot empty).
    static Slots allocate(std::size_t count);
    void grow();

    Slots m_slots;
    std::size_t m_capacity = 0; // a power of two, or 0
    std::size_t m_size = 0;
};

} // namespace goodwill::importers
