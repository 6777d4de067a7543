#pragma once

#include <atomic>
#include <cstdint>

struct sqlite3_vfs;

namespace goodwill::test {

// A full disk on demand: an SQLite VFS laid over the default one that fails every write
// with SQLITE_FULL (what SQLite's own unix VFS returns for ENOSPC) once a budget of bytes
// is spent. While it exists it is the process's default VFS, so every connection opened
// without naming a VFS (all of Goodwill's) writes through it. One at a time.
class FullDiskVfs
{
public:
    FullDiskVfs();
    ~FullDiskVfs(); // the previous default VFS is the default again
    FullDiskVfs(const FullDiskVfs &) = delete;
    FullDiskVfs &operator=(const FullDiskVfs &) = delete;

    bool installed() const { return m_installed; }
    // Starts counting again: writes fail once `bytes` more would be written; a negative
    // budget never fails (to measure what a run writes).
    void setBudget(std::int64_t bytes);
    std::int64_t written() const { return m_written.load(); }
    // Of which to write-ahead logs (-wal files): a transaction is committed once its
    // frames are in the WAL, so a write refused within these bytes falls before the commit.
    std::int64_t writtenToWal() const { return m_walWritten.load(); }
    // Whether a write was refused since setBudget.
    bool refused() const { return m_refused.load(); }

    // For the VFS's callbacks.
    bool allowWrite(int bytes, bool wal);

private:
    sqlite3_vfs *m_vfs = nullptr;
    bool m_installed = false;
    std::atomic<std::int64_t> m_budget{-1};
    std::atomic<std::int64_t> m_written{0};
    std::atomic<std::int64_t> m_walWritten{0};
    std::atomic<bool> m_refused{false};
};

} // namespace goodwill::test
