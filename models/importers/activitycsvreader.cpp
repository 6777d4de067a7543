#include "activitycsvreader.h"

#include "activityfields.h"
#include "csvreader.h"
#include "exportarchive.h"
#include "importsink.h"

#include <QCoreApplication>

#include <array>

namespace goodwill::importers {
namespace {

// "a@x.com; b@x.com" -> the non-empty trimmed items, views into `text`.
void splitList(std::string_view text, std::vector<std::string_view> &into)
{
    into.clear();
    while (!text.empty()) {
        const std::size_t end = text.find(';');
        std::string_view item = text.substr(0, end);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
            item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
            item.remove_suffix(1);
        if (!item.empty())
            into.push_back(item);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
}

} // namespace

Result<void> ActivityCsvReader::read(const ExportArchive &archive, ImportSink &sink,
                                     const ImportOptions &, const ImportProgress &progress)
{
    const std::vector<int> files = ActivityFields::entriesToRead(archive, {QStringLiteral(".csv")});
    if (files.empty())
        return Error{QCoreApplication::translate("ActivityCsvReader", "%1 holds no .csv file")
                         .arg(archive.displayName(-1))};
    const std::int64_t total = ActivityFields::twoPassTotal(archive, files);
    std::int64_t done = 0;

    ActivityFields fields(sink.keyDirectory(), sink.keyBudget());
    // Pass one checks every row and learns the people and channels; pass two adds the
    // activities. Nothing reaches the sink when any row is wrong.
    const auto pass = [&](bool adding) -> Result<void> {
        for (const int entry : files) {
            auto opened = CsvReader::open(archive, entry);
            if (!opened)
                return opened.error();
            CsvReader &csv = **opened;
            std::array<int, ActivityFields::FieldCount> columns{};
            for (int f = 0; f < ActivityFields::FieldCount; ++f) {
                const auto field = ActivityFields::Field(f);
                columns[std::size_t(f)] = csv.column(ActivityFields::name(field));
                if (columns[std::size_t(f)] < 0 && ActivityFields::isRequired(field))
                    return csv.requireColumn(ActivityFields::name(field)).error();
            }
            ActivityFields::Record record;
            auto rowsRead = csv.forEachRow([&](std::int64_t rows) -> Result<void> {
                for (int f = 0; f < ActivityFields::FieldCount; ++f)
                    record.values[std::size_t(f)] = csv.value(columns[std::size_t(f)]);
                splitList(csv.value(columns[ActivityFields::Mentions]), record.mentions);
                splitList(csv.value(columns[ActivityFields::Recipients]), record.recipients);
                auto result = adding ? fields.add(record, sink) : fields.learn(record);
                if (!result)
                    return csv.errorHere(result.error().message);
                if (rows % 1024 == 0 && progress && !progress(done + csv.bytesRead(), total))
                    return cancelled();
                return {};
            });
            if (!rowsRead)
                return rowsRead;
            done += archive.entries()[std::size_t(entry)].size;
        }
        return {};
    };

    return fields.readTwice(archive, sink, "csv", pass, progress, total);
}

} // namespace goodwill::importers
