#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace goodwill::importers {

// The activity keys of one source by their 64-bit hash, with what the sink must know of
// each (its id, its thread's root, its channel, or a state in `root`). Open addressing
// with linear probing in flat arrays: a million keys cost no allocation apiece, and a
// lookup touches one or two cache lines. Hash 0 marks an empty slot. No removal.
// - Eight shards by the hash's top bits, each growing on its own: a growth copies one
//   eighth of the table, so the memory peak of a growth is 1/8 more than the table, not
//   half of it again (a 12-million-record import: ~400 MB of keys, had a 600 MB peak).
// - A large shard asks for 2 MB pages: lookups land anywhere in tens of megabytes, and
//   with 4 kB pages nearly each one also missed the TLB (docs/decisions.md, "Import speed").
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
        const Shard &shard = shardOf(hash);
        if (shard.capacity != 0)
            __builtin_prefetch(&shard.slots[hash & (shard.capacity - 1)]);
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
    struct Shard
    {
        Slots slots;
        std::size_t capacity = 0; // a power of two, or 0
        std::size_t size = 0;
    };
    static constexpr int shardBits = 3;

    // `count` zeroed entries (every slot empty).
    static Slots allocate(std::size_t count);
    static void grow(Shard &shard);
    Shard &shardOf(std::uint64_t hash) { return m_shards[hash >> (64 - shardBits)]; }
    const Shard &shardOf(std::uint64_t hash) const { return m_shards[hash >> (64 - shardBits)]; }

    std::array<Shard, std::size_t(1) << shardBits> m_shards;
    std::size_t m_size = 0;
};

} // namespace goodwill::importers
