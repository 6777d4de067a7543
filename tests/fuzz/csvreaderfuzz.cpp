// CsvReader (models/importers/csvreader) over a stream in memory. The first byte sets how
// many bytes the stream hands out per read (1 to 256), the rest is the CSV. The file is
// read twice, in those small pieces and whole, and both reads must give the same header,
// rows, line numbers and error (up to the rows a read met before the error): a CSV reads
// the same however the archive delivers it.
// Every value handed out is valid UTF-8 and at most CsvReader::maxFieldSize bytes.
#include "fuzzharness.h"
#include "fuzzworkspace.h"

#include "importers/csvreader.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <limits>

namespace goodwill::fuzz {
namespace {

void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition) {
        std::fprintf(stderr, "csv reader harness: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

struct CsvOutcome
{
    std::vector<std::string> header;
    std::vector<std::pair<std::int64_t, std::vector<std::string>>> rows;
    QString error;
};

CsvOutcome readAll(std::string_view csv, std::size_t chunk)
{
    CsvOutcome outcome;
    auto reader = importers::CsvReader::open(std::make_unique<MemoryStream>(csv, chunk),
                                             QStringLiteral("fuzz.csv"));
    if (!reader) {
        outcome.error = reader.error().message;
        return outcome;
    }
    importers::CsvReader &csvReader = **reader;
    outcome.header = csvReader.header();
    std::int64_t lastLine = csvReader.line();
    for (;;) {
        auto more = csvReader.next();
        if (!more) {
            outcome.error = more.error().message;
            break;
        }
        if (!*more)
            break;
        check(csvReader.line() > lastLine, "a row does not start below the one before");
        lastLine = csvReader.line();
        std::vector<std::string> values;
        for (int column = -1; column <= int(csvReader.columnCount()); ++column) {
            const std::string_view value = csvReader.value(column);
            check(value.size() <= importers::CsvReader::maxFieldSize, "a field over the limit");
            check(simdjson::validate_utf8(value.data(), value.size()), "a field not UTF-8");
            values.emplace_back(value);
        }
        outcome.rows.emplace_back(csvReader.line(), std::move(values));
    }
    for (const std::string &name : outcome.header)
        check(csvReader.column(name) >= 0, "a header name not found as a column");
    return outcome;
}

} // namespace

QString fuzzCsvReader(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return {};
    const std::size_t chunk = std::size_t(data[0]) + 1;
    const std::string_view csv = bytesOf(data + 1, size - 1);
    const CsvOutcome pieces = readAll(csv, chunk);
    const CsvOutcome whole = readAll(csv, std::numeric_limits<std::size_t>::max());
    // A read in one piece may meet an error before it hands out the header and the rows
    // before it; a read in small pieces hands those out first. Both end the same way.
    check(pieces.error == whole.error, "the error depends on how the stream is read:",
          pieces.error + QStringLiteral(" / ") + whole.error);
    if (!pieces.header.empty() && !whole.header.empty())
        check(pieces.header == whole.header, "the header depends on how the stream is read");
    const std::size_t common = std::min(pieces.rows.size(), whole.rows.size());
    check(std::equal(pieces.rows.begin(), pieces.rows.begin() + std::ptrdiff_t(common),
                     whole.rows.begin()),
          "the rows depend on how the stream is read");
    if (pieces.error.isEmpty())
        check(pieces.rows.size() == whole.rows.size(), "rows lost depending on the reads");
    return pieces.error;
}

} // namespace goodwill::fuzz
