#include "importformat.h"

#include "activitycsvreader.h"
#include "activityjsonlreader.h"
#include "engageexportreader.h"
#include "exportarchive.h"
#include "exportreader.h"
#include "mattermostexportreader.h"
#include "rostercsvreader.h"
#include "slackexportreader.h"
#include "teamsexportreader.h"

#include <QCoreApplication>

namespace goodwill::importers {
namespace {

// The first bytes of an entry (enough for a CSV header or the first JSON keys).
QByteArray peek(const ExportArchive &archive, int entry, std::int64_t size = 4096)
{
    auto stream = archive.stream(entry);
    if (!stream)
        return {};
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    auto got = stream.value()->read(bytes.data(), size);
    if (!got)
        return {};
    bytes.truncate(qsizetype(*got));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return bytes;
}

// The CSV header's column names, lower-case and trimmed.
QList<QByteArray> headerColumns(const QByteArray &bytes)
{
    qsizetype end = bytes.indexOf('\n');
    QByteArray line = bytes.left(end < 0 ? bytes.size() : end).trimmed().toLower();
    QList<QByteArray> columns;
    for (QByteArray column : line.split(',')) {
        column = column.trimmed();
        if (column.startsWith('"') && column.endsWith('"') && column.size() >= 2)
            column = column.mid(1, column.size() - 2);
        columns.append(column.trimmed());
    }
    return columns;
}

bool hasAll(const QList<QByteArray> &columns, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (!columns.contains(QByteArray(name)))
            return false;
    }
    return true;
}

ImportFormat formatOfFile(const ExportArchive &archive, int entry)
{
    const QString name = archive.entries()[size_t(entry)].name.toLower();
    const QByteArray head = peek(archive, entry);
    if (name.endsWith(QStringLiteral(".csv"))) {
        const QList<QByteArray> columns = headerColumns(head);
        if (hasAll(columns, {"id", "time", "kind", "author"}))
            return ImportFormat::Csv;
        if (hasAll(columns, {"email", "department"}))
            return ImportFormat::Roster;
        return ImportFormat::Auto;
    }
    if (name.endsWith(QStringLiteral(".jsonl")) || name.endsWith(QStringLiteral(".ndjson"))) {
        const QByteArray first = head.left(head.indexOf('\n'));
        if (first.contains("\"version\"") && first.contains("\"type\""))
            return ImportFormat::Mattermost;
        if (first.contains("\"kind\"") && first.contains("\"time\""))
            return ImportFormat::Jsonl;
        return ImportFormat::Auto;
    }
    if (name.endsWith(QStringLiteral(".json")) &&
        (head.contains("\"messageType\"") || head.contains("\"@odata.") ||
         head.contains("\"replyToId\"") || head.contains("\"chatId\"")))
        return ImportFormat::Teams;
    return ImportFormat::Auto;
}

} // namespace

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::Slack:
        return QStringLiteral("slack");
    case ImportFormat::Engage:
        return QStringLiteral("engage");
    case ImportFormat::Mattermost:
        return QStringLiteral("mattermost");
    case ImportFormat::Teams:
        return QStringLiteral("teams");
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    case ImportFormat::Jsonl:
        return QStringLiteral("jsonl");
    case ImportFormat::Roster:
        return QStringLiteral("roster");
    }
    return {};
}

std::optional<ImportFormat> formatFromName(const QString &name)
{
    for (auto format :
         {ImportFormat::Auto, ImportFormat::Slack, ImportFormat::Engage, ImportFormat::Mattermost,
          ImportFormat::Teams, ImportFormat::Csv, ImportFormat::Jsonl, ImportFormat::Roster}) {
        if (formatName(format) == name.toLower())
            return format;
    }
    return std::nullopt;
}

QString formatTitle(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QCoreApplication::translate("ImportFormat", "Unknown format");
    case ImportFormat::Slack:
        return QCoreApplication::translate("ImportFormat", "Slack workspace export");
    case ImportFormat::Engage:
        return QCoreApplication::translate("ImportFormat", "Viva Engage network export");
    case ImportFormat::Mattermost:
        return QCoreApplication::translate("ImportFormat", "Mattermost bulk export");
    case ImportFormat::Teams:
        return QCoreApplication::translate("ImportFormat", "Microsoft Teams messages (Graph JSON)");
    case ImportFormat::Csv:
        return QCoreApplication::translate("ImportFormat", "Goodwill activity CSV");
    case ImportFormat::Jsonl:
        return QCoreApplication::translate("ImportFormat", "Goodwill activity JSONL");
    case ImportFormat::Roster:
        return QCoreApplication::translate("ImportFormat", "Roster CSV");
    }
    return {};
}

ImportFormat detectFormat(const ExportArchive &archive)
{
    if ((archive.findEnding(QStringLiteral("users.json")) >= 0 ||
         archive.findEnding(QStringLiteral("org_users.json")) >= 0) &&
        archive.findEnding(QStringLiteral("channels.json")) >= 0)
        return ImportFormat::Slack;
    if (archive.findEnding(QStringLiteral("Messages.csv")) >= 0 &&
        (archive.findEnding(QStringLiteral("Users.csv")) >= 0 ||
         archive.findEnding(QStringLiteral("Groups.csv")) >= 0))
        return ImportFormat::Engage;
    if (const int entry = archive.findEnding(QStringLiteral("import.jsonl")); entry >= 0) {
        const ImportFormat format = formatOfFile(archive, entry);
        return format == ImportFormat::Auto ? ImportFormat::Mattermost : format;
    }
    // Otherwise every file must agree (a folder of Teams pages, one CSV file).
    ImportFormat found = ImportFormat::Auto;
    for (int i = 0; i < int(archive.entries().size()); ++i) {
        const QString name = archive.entries()[size_t(i)].name;
        if (name.startsWith(QLatin1Char('.')) || name.contains(QStringLiteral("/.")))
            continue;
        const ImportFormat format = formatOfFile(archive, i);
        if (format == ImportFormat::Auto)
            continue;
        if (found != ImportFormat::Auto && found != format)
            return ImportFormat::Auto;
        found = format;
    }
    return found;
}

std::unique_ptr<ExportReader> makeReader(ImportFormat format)
{
    switch (format) {
    // readers: cases
    case ImportFormat::Engage:
        return std::make_unique<EngageExportReader>();
    case ImportFormat::Csv:
        return std::make_unique<ActivityCsvReader>();
    case ImportFormat::Jsonl:
        return std::make_unique<ActivityJsonlReader>();
    case ImportFormat::Roster:
        return std::make_unique<RosterCsvReader>();
    case ImportFormat::Slack:
        return std::make_unique<SlackExportReader>();
    case ImportFormat::Mattermost:
        return std::make_unique<MattermostExportReader>();
    case ImportFormat::Teams:
        return std::make_unique<TeamsExportReader>();
    default:
        break;
    }
    return nullptr;
}

} // namespace goodwill::importers
