#pragma once

#include "store/result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct zip;

namespace goodwill::importers {

// An export as the user has it: a ZIP file, an unpacked folder, or one single file.
// Entries are named by their path inside it ('/'-separated; a single file is one entry
// named by its file name) and read one at a time, so a large export is never held whole.
// Nothing is ever unpacked to disk. A ZIP is refused when it is opened if an entry has an
// absolute or '..' path, or if an entry or the whole archive would inflate past 64 MiB
// and 200 times its packed size (a ZIP bomb); an entry never inflates past the size its
// header declares (docs/formats.md section 8).
class ExportArchive
{
public:
    enum class Kind
    {
        Zip,
        Folder,
        File
    };
    struct Entry
    {
        QString name;           // e.g. "general/2026-01-05.json"
        std::int64_t size = 0;  // uncompressed bytes
        std::int64_t index = 0; // position in the ZIP, or unused
    };

    // A streamed entry: read() fills `buffer` with up to `size` bytes, 0 at the end.
    class Stream
    {
    public:
        virtual ~Stream() = default;
        virtual Result<std::int64_t> read(char *buffer, std::int64_t size) = 0;
    };

    static Result<std::unique_ptr<ExportArchive>> open(const QString &path);
    ~ExportArchive();
    ExportArchive(const ExportArchive &) = delete;
    ExportArchive &operator=(const ExportArchive &) = delete;

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    // Sorted by name, folders not listed.
    const std::vector<Entry> &entries() const { return m_entries; }
    // The entry with this exact name, or -1; `endsWith` matches the last path components
    // case-insensitively ("users.json" finds "export/users.json"), the shortest path first.
    int find(const QString &name) const;
    int findEnding(const QString &suffix) const;
    std::int64_t totalSize() const;
    // "slack.zip: general/2026-01-05.json", for messages that name the record's file.
    QString displayName(int entry) const;

    // Reads a whole entry into `into`, followed by `padding` spare bytes that are not part
    // of the data (simdjson needs them); into.size() - padding is the entry's length. An
    // error naming the entry when it is larger than `limit` or cannot be read.
    Result<void> read(int entry, std::string &into, std::size_t padding = 0,
                      std::int64_t limit = std::int64_t(1) << 30) const;
    Result<std::unique_ptr<Stream>> stream(int entry) const;

private:
    ExportArchive() = default;
    Result<void> listFolder();
    Result<void> listZip();

    Kind m_kind = Kind::File;
    QString m_path;
    std::vector<Entry> m_entries;
    zip *m_zip = nullptr;
};

} // namespace goodwill::importers
