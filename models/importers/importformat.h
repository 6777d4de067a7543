#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace goodwill::importers {

class ExportArchive;
class ExportReader;

enum class ImportFormat
{
    Auto,
    Slack,
    Engage,
    Mattermost,
    Teams,
    Csv,
    Jsonl,
    Roster
};

// "slack", "engage", ... as the CLI's --format takes them and the report names them.
QString formatName(ImportFormat format);
std::optional<ImportFormat> formatFromName(const QString &name);
// What the user sees ("Slack workspace export", ...), translated.
QString formatTitle(ImportFormat format);

// The format an archive holds, from its file names and the first bytes of its files;
// Auto when nothing fits.
ImportFormat detectFormat(const ExportArchive &archive);

std::unique_ptr<ExportReader> makeReader(ImportFormat format);

} // namespace goodwill::importers
