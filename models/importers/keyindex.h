#pragma once

#include "bloomfilter.h"
#include "keyentry.h"
#include "keyrun.h"
#include "store/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace goodwill::importers {

// The activity keys of one source by their 64-bit hash, with what the sink must know of
// each (KeyEntry). Open addressing with linear probing in flat arrays: a million keys cost
// no allocation apiece, and a lookup touches one or two cache lines. Hash 0 marks an empty
// slot. No removal.
// - Eight shards by the hash's top bits, each growing on its own: a growth copies one
//   eighth of the table, so the memory peak of a growth is 1/8 more than the table, not
//   half of it again.
// - A large shard asks for 2 MB pages: lookups land anywhere in tens of megabytes, and
//   with 4 kB pages nearly each one also missed the TLB (docs/decisions.md, "Import speed").
// - Past a budget the entries go to sorted runs on disk (spillTo, makeRoom), so a 2 GB
//   export's 12 million keys do not all stay in memory.
class KeyIndex
{
public:
    using Entry = KeyEntry;

    // The hash a key is kept by: 64 bits stand for the key in memory (two keys of one export
    // colliding is about as likely as one in ten million for ten million keys); never 0.
    static std::uint64_t hashOf(std::string_view key);

    // Keys past `maxEntries` in memory go to disk (makeRoom), into unnamed files in
    // `directory` (empty: the system's temporary directory). Without this call, or for a
    // table whose owner never calls makeRoom, everything stays in memory.
    void spillTo(std::string directory, std::size_t maxEntries = defaultMaxEntries);
    // 1.6 million entries: eight shards of 262,144 slots, 48 MB (docs/decisions.md,
    // "Bounded import memory").
    static constexpr std::size_t defaultMaxEntries = 1600000;

    // The entry of `hash` (the newest, where it was inserted again after a spill); valid
    // until the next call of a non-const member. An entry read back from disk is a copy:
    // change an entry through insert().
    const Entry *find(std::uint64_t hash) const;
    // Starts loading the slot where a probe for `hash` begins (find and insert soon after).
    void prefetch(std::uint64_t hash) const
    {
        const Shard &shard = shardOf(hash);
        if (shard.capacity != 0)
            __builtin_prefetch(&shard.slots[hash & (shard.capacity - 1)]);
        m_bloom.prefetch(hash);
    }
    // The in-memory entry of `hash`, added (zeroed but for the hash) when not in memory; a
    // newer version of one on disk. Callers set the whole entry.
    Entry &insert(std::uint64_t hash);
    // At the budget, moves every entry in memory to a sorted run on disk (a Bloom filter in
    // memory says which hashes may be there), merging runs of like size so that at most
    // log2(runs) remain. Also reports a failed read of a run since the last call. Callers
    // call it between records, when they hold no Entry pointer.
    Result<void> makeRoom();
    void clear();
    // The entries in memory (the budget's measure).
    std::size_t size() const { return m_size; }
    // The runs on disk, for tests.
    std::size_t runCount() const { return m_runs.size(); }

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
    Entry *findInMemory(std::uint64_t hash) const;
    Result<void> spill();
    Shard &shardOf(std::uint64_t hash) { return m_shards[hash >> (64 - shardBits)]; }
    const Shard &shardOf(std::uint64_t hash) const { return m_shards[hash >> (64 - shardBits)]; }

    std::array<Shard, std::size_t(1) << shardBits> m_shards;
    std::size_t m_size = 0;
    std::string m_directory;
    std::size_t m_maxEntries = 0;      // 0: never spills
    std::vector<KeyRun> m_runs;        // oldest first
    BloomFilter m_bloom;               // every hash in m_runs, made at the first spill
    mutable Entry m_found;             // find()'s copy of an entry on disk
    mutable Error m_readError;         // a failed spill, merge or read of a run: makeRoom reports
    mutable bool m_readFailed = false; // it from then on (the import stops)
};

} // namespace goodwill::importers
