#pragma once

#include "exportarchive.h"
#include "store/result.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct csv_parser;

namespace goodwill::importers {

// A CSV file (RFC 4180, comma-separated) read one row at a time from an export entry, so
// a Messages.csv of millions of rows is never held whole. The first non-blank row is the
// header; columns are found by header name (trimmed, case-insensitive), never by position.
// A UTF-8 BOM is dropped, LF, CRLF and CR line ends are accepted, blank lines are skipped.
// Each row knows the 1-based line it starts on (quoted fields may span lines), so errors
// name "FILE, line N". A field over 16 MiB, invalid UTF-8 or a broken quote is an error.
class CsvReader
{
public:
    static constexpr std::size_t maxFieldSize = std::size_t(16) << 20;

    // Opens `entry` of `archive` and reads its header row.
    static Result<std::unique_ptr<CsvReader>> open(const ExportArchive &archive, int entry);
    // Over any stream; `fileName` is what errors call the file. Reads the header row.
    static Result<std::unique_ptr<CsvReader>> open(std::unique_ptr<ExportArchive::Stream> stream,
                                                   const QString &fileName);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Moves to the next row: true when there is one, false at the end of the file.
    Result<bool> next();
    // Calls row(n) for every remaining row, n counting them from 1; stops at the first
    // error, its own or the one row() returns.
    Result<void> forEachRow(const std::function<Result<void>(std::int64_t n)> &row);

    // The index of a column by header name, or -1 when the file has no such column.
    int column(std::string_view name) const;
    // The same, or an error naming the file and the missing column.
    Result<int> requireColumn(std::string_view name) const;
    // requireColumn() for each (name, where to put its index); the first missing one is
    // the error.
    Result<void>
    requireColumns(std::initializer_list<std::pair<const char *, int *>> columns) const;
    // The current row's value in `column` (empty for -1 or a short row); valid until next().
    std::string_view value(int column) const;
    std::size_t columnCount() const { return m_header.size(); }
    const std::vector<std::string> &header() const { return m_header; }

    // The line the current row starts on (1-based; the header's line before next()).
    std::int64_t line() const { return m_row.line; }
    std::int64_t bytesRead() const { return m_bytesRead; }
    const QString &fileName() const { return m_fileName; }
    // "FILE, line N: what" for the current row.
    Error errorHere(const QString &what) const;

private:
    struct Row
    {
        std::int64_t line = 0;
        std::vector<std::string> fields;
    };

    CsvReader(std::unique_ptr<ExportArchive::Stream> stream, QString fileName);
    Result<void> fill();
    Error errorAtLine(std::int64_t line, const QString &what) const;

    static void onField(void *data, std::size_t size, void *self);
    static void onRowEnd(int terminator, void *self);

    std::unique_ptr<ExportArchive::Stream> m_stream;
    QString m_fileName;
    std::unique_ptr<csv_parser> m_parser;
    std::vector<char> m_chunk;
    std::deque<Row> m_ready; // rows parsed but not yet handed out
    Row m_building;          // the row the parser is in
    Row m_row;               // the current row
    std::vector<std::string> m_header;
    std::vector<std::string> m_lookup; // lower-case trimmed header names
    std::int64_t m_lineBreaks = 0;     // line breaks passed so far
    std::int64_t m_bytesRead = 0;
    bool m_afterCr = false; // the last row ended on CR: a following LF ends no line
    bool m_firstChunk = true;
    bool m_atEnd = false;
    QString m_fieldError; // set by onField, reported by fill()
    std::int64_t m_fieldErrorLine = 0;
};

} // namespace goodwill::importers
