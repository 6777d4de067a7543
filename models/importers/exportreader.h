#pragma once

#include "store/result.h"

#include <QString>

#include <functional>

namespace goodwill::importers {

class ExportArchive;
class ImportSink;

// Choices the user makes for an import that the export itself cannot tell.
struct ImportOptions
{
    // Slack: the id of the custom profile field (profile.fields) that holds the department.
    QString slackDepartmentField;
};

// Progress of a reader over its archive, in bytes; returns false when the user cancelled,
// and the reader then stops with ExportReader::cancelled().
using ImportProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

// One export format. A reader streams its archive into the sink (beginSource first, then
// people, channels, messages) and returns an error naming the file and record for input
// it cannot read; record-level problems are counted by the sink, not fatal.
class ExportReader
{
public:
    virtual ~ExportReader() = default;
    virtual Result<void> read(const ExportArchive &archive, ImportSink &sink,
                              const ImportOptions &options, const ImportProgress &progress) = 0;

    static Error cancelled();
    // "FILE, RECORD: what" — how every reader names the place of bad input.
    static Error inRecord(const QString &file, const QString &record, const QString &what);
};

} // namespace goodwill::importers
