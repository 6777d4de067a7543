#include "keyrun.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace goodwill::importers {

namespace {

constexpr std::size_t bufferEntries = 32768; // 768 kB a buffer
constexpr std::uint64_t entriesPerBucket = 64;

int bitsFor(std::uint64_t count)
{
    return count <= entriesPerBucket ? 0
                                     : std::min(40, int(std::bit_width(count / entriesPerBucket)));
}

} // namespace

// Appends entries in hash order to a new unnamed file, counting them by bucket.
class KeyRun::Writer
{
public:
    // Room for at most `count` entries.
    Writer(const std::string &directory, std::uint64_t count)
    {
        m_run.m_directory = directory;
        m_run.m_bits = bitsFor(count);
        m_run.m_starts.assign((std::size_t(1) << m_run.m_bits) + 1, 0);
        std::string path = directory + "/.goodwill-import-keys-XXXXXX";
        m_run.m_fd = mkstemp(path.data());
        if (m_run.m_fd < 0) {
            m_run.m_errno = errno;
            return;
        }
        unlink(path.c_str()); // the descriptor keeps it until closed
        m_buffer.reserve(bufferEntries);
    }

    void append(const KeyEntry &entry)
    {
        ++m_run.m_starts[m_run.bucketOf(entry.hash) + 1];
        m_buffer.push_back(entry);
        if (m_buffer.size() == bufferEntries)
            flush();
    }

    Result<KeyRun> finish()
    {
        flush();
        if (m_run.m_errno != 0)
            return m_run.error();
        for (std::size_t b = 1; b < m_run.m_starts.size(); ++b)
            m_run.m_starts[b] += m_run.m_starts[b - 1];
        m_run.m_count = m_run.m_starts.back();
        return std::move(m_run);
    }

private:
    void flush()
    {
        if (m_run.m_errno == 0 && !m_buffer.empty()) {
            const auto *bytes = reinterpret_cast<const char *>(m_buffer.data());
            std::size_t left = m_buffer.size() * sizeof(KeyEntry);
            while (left > 0) {
                const ssize_t wrote = ::write(m_run.m_fd, bytes, left);
                if (wrote < 0 && errno == EINTR)
                    continue;
                if (wrote <= 0) {
                    m_run.m_errno = wrote < 0 ? errno : ENOSPC;
                    break;
                }
                bytes += wrote;
                left -= std::size_t(wrote);
            }
        }
        m_buffer.clear();
    }

    KeyRun m_run;
    std::vector<KeyEntry> m_buffer;
};

// Reads a run's entries in order.
class KeyRun::Reader
{
public:
    explicit Reader(const KeyRun &run) : m_run(run) { m_buffer.reserve(bufferEntries); }

    // The next entry, or nullptr at the end or on a failure (m_run.m_errno).
    const KeyEntry *next()
    {
        if (m_at == m_buffer.size()) {
            const std::uint64_t left = m_run.m_count - m_read;
            if (left == 0)
                return nullptr;
            m_buffer.resize(std::size_t(std::min<std::uint64_t>(left, bufferEntries)));
            if (!m_run.readAt(m_read, m_buffer.data(), m_buffer.size()))
                return nullptr;
            m_read += m_buffer.size();
            m_at = 0;
        }
        return &m_buffer[m_at++];
    }

private:
    const KeyRun &m_run;
    std::vector<KeyEntry> m_buffer;
    std::size_t m_at = 0;
    std::uint64_t m_read = 0;
};

KeyRun::KeyRun(KeyRun &&other) noexcept
{
    *this = std::move(other);
}

KeyRun &KeyRun::operator=(KeyRun &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_directory = std::move(other.m_directory);
        m_count = std::exchange(other.m_count, 0);
        m_bits = other.m_bits;
        m_starts = std::move(other.m_starts);
        m_buffer = std::move(other.m_buffer);
        m_errno = other.m_errno;
    }
    return *this;
}

KeyRun::~KeyRun()
{
    if (m_fd >= 0)
        close(m_fd);
}

Result<KeyRun> KeyRun::write(const std::string &directory,
                             std::span<const std::span<const KeyEntry>> parts)
{
    std::uint64_t count = 0;
    for (const auto &part : parts)
        count += part.size();
    Writer writer(directory, count);
    for (const auto &part : parts)
        for (const KeyEntry &entry : part)
            writer.append(entry);
    return writer.finish();
}

Result<KeyRun> KeyRun::merge(const std::string &directory, const KeyRun &older, const KeyRun &newer)
{
    Writer writer(directory, older.count() + newer.count());
    Reader oldEntries(older), newEntries(newer);
    const KeyEntry *a = oldEntries.next();
    const KeyEntry *b = newEntries.next();
    while (a || b) {
        if (b && (!a || b->hash <= a->hash)) {
            if (a && a->hash == b->hash)
                a = oldEntries.next(); // the newer entry stands for both
            writer.append(*b);
            b = newEntries.next();
        } else {
            writer.append(*a);
            a = oldEntries.next();
        }
    }
    if (older.m_errno != 0)
        return older.error();
    if (newer.m_errno != 0)
        return newer.error();
    return writer.finish();
}

KeyRun::Lookup KeyRun::find(std::uint64_t hash, KeyEntry &into) const
{
    const std::size_t bucket = bucketOf(hash);
    const std::uint64_t first = m_starts[bucket];
    const std::size_t count = std::size_t(m_starts[bucket + 1] - first);
    if (count == 0)
        return Lookup::Missing;
    m_buffer.resize(count);
    if (!readAt(first, m_buffer.data(), count))
        return Lookup::Failed;
    const auto found = std::lower_bound(
        m_buffer.begin(), m_buffer.end(), hash,
        [](const KeyEntry &entry, std::uint64_t value) { return entry.hash < value; });
    if (found == m_buffer.end() || found->hash != hash)
        return Lookup::Missing;
    into = *found;
    return Lookup::Found;
}

bool KeyRun::readAt(std::uint64_t first, KeyEntry *into, std::size_t count) const
{
    auto *bytes = reinterpret_cast<char *>(into);
    std::size_t left = count * sizeof(KeyEntry);
    auto offset = off_t(first * sizeof(KeyEntry));
    while (left > 0) {
        const ssize_t got = pread(m_fd, bytes, left, offset);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            m_errno = got < 0 ? errno : EIO; // a short file: someone truncated it
            return false;
        }
        bytes += got;
        offset += got;
        left -= std::size_t(got);
    }
    return true;
}

Error KeyRun::error() const
{
    return Error{QCoreApplication::translate("KeyRun",
                                             "cannot use the import's temporary key file in %1: %2")
                     .arg(QString::fromStdString(m_directory),
                          QString::fromLocal8Bit(std::strerror(m_errno)))};
}

} // namespace goodwill::importers
