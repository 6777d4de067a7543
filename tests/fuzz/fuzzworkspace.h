#pragma once

#include "importers/exportarchive.h"
#include "importers/exportreader.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// What the import harnesses share. The readers take an ExportArchive, which is opened
// from a path, so a harness writes its input to a private temporary folder first:
//
// - an input that does not start with "--- " is one file, named by the harness
//   (`singleName`, e.g. "import.jsonl"), opened as a single-file export;
// - an input that does is a bundle of files, each starting on a line "--- NAME" (a
//   '/'-separated path) and running up to the next such line; they are written below a
//   folder "export", which is opened as an unpacked export. Names outside [A-Za-z0-9._-]
//   components, "..", "." or more than four levels deep are dropped with their content.
//
// The reader then imports into an in-memory database inside a transaction that is rolled
// back, so every input meets the same empty database.
namespace goodwill::fuzz {

struct BundleFile
{
    std::string name;
    std::string_view bytes;
};

// The files of a bundle; empty when `input` is no bundle (does not start with "--- ").
std::vector<BundleFile> splitBundle(std::string_view input);

// The files below `folder` as one bundle, in name order (what tests/fuzz/run seeds with).
std::string makeBundle(const QString &folder);

// Writes `input` as described above, opens it and imports it with `reader`; the error
// message of the first step that refused it, empty when the import succeeded.
QString importInput(std::string_view input, const QString &singleName,
                    importers::ExportReader &reader, const importers::ImportOptions &options = {});

// An ExportArchive::Stream over bytes in memory that hands out at most `chunk` bytes per
// read, so a parser meets every possible split of its input between reads.
class MemoryStream final : public importers::ExportArchive::Stream
{
public:
    MemoryStream(std::string_view bytes, std::size_t chunk);
    Result<std::int64_t> read(char *buffer, std::int64_t size) override;

private:
    std::string_view m_bytes;
    std::size_t m_chunk;
};

// The input as a string_view.
inline std::string_view bytesOf(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

} // namespace goodwill::fuzz
