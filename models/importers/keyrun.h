#pragma once

#include "keyentry.h"
#include "store/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace goodwill::importers {

// Key entries sorted by hash in an unnamed temporary file (unlinked as soon as made, so
// nothing is left behind, even by a crash): the part of an import's key table that no
// longer fits its memory budget (KeyIndex::spill). In memory a run keeps only where each
// 1/2^bits of the hash range starts in the file, about 64 entries apart (an eighth of a
// byte per entry), so a lookup reads about 1.5 kB with one pread.
class KeyRun
{
public:
    KeyRun(KeyRun &&other) noexcept;
    KeyRun &operator=(KeyRun &&other) noexcept;
    KeyRun(const KeyRun &) = delete;
    KeyRun &operator=(const KeyRun &) = delete;
    ~KeyRun();

    // A run of `parts`: each sorted by hash, every hash of a part below the next part's,
    // no hash twice. The file is made in `directory` (KeyIndex::spillTo names one).
    static Result<KeyRun> write(const std::string &directory,
                                std::span<const std::span<const KeyEntry>> parts);
    // One run of both; for a hash in both, `newer`'s entry.
    static Result<KeyRun> merge(const std::string &directory, const KeyRun &older,
                                const KeyRun &newer);

    // The entry of `hash` into `into`: Found, Missing, or Failed (the file cannot be read;
    // error() says why).
    enum class Lookup
    {
        Found,
        Missing,
        Failed
    };
    Lookup find(std::uint64_t hash, KeyEntry &into) const;
    std::uint64_t count() const { return m_count; }
    Error error() const;

private:
    class Writer;
    class Reader;
    KeyRun() = default;
    // Reads `count` entries from entry `first` on; false (and m_errno) on a failure.
    bool readAt(std::uint64_t first, KeyEntry *into, std::size_t count) const;
    std::size_t bucketOf(std::uint64_t hash) const
    {
        return m_bits == 0 ? 0 : std::size_t(hash >> (64 - m_bits));
    }

    int m_fd = -1;
    std::string m_directory;
    std::uint64_t m_count = 0;
    int m_bits = 0;
    std::vector<std::uint64_t> m_starts; // bucket b's first entry; one more at the end
    mutable std::vector<KeyEntry> m_buffer;
    mutable int m_errno = 0;
};

} // namespace goodwill::importers
