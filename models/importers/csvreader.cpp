#include "csvreader.h"

#include "exportreader.h"

#include <QCoreApplication>

#include <csv.h>
#include <simdjson.h>

#include <algorithm>

namespace goodwill::importers {
namespace {

constexpr std::size_t chunkSize = std::size_t(64) << 10;

// libcsv grows its field buffer without bound; refusing to grow past the limit makes it
// stop with CSV_ENOMEM, so a corrupt file (say, one unclosed quote) never eats memory.
// (libcsv wants one spare byte past a full field, so the limit is a block higher; a field
// just over the limit is caught when it is handed over.)
void *limitedRealloc(void *block, std::size_t size)
{
    if (size > CsvReader::maxFieldSize + chunkSize)
        return nullptr;
    return std::realloc(block, size);
}

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return lower;
}

// Line breaks inside a quoted field: LF, CRLF and a lone CR each end one line.
std::int64_t lineBreaksIn(std::string_view text)
{
    std::int64_t breaks = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            ++breaks;
    }
    return breaks;
}

bool isBlank(const std::vector<std::string> &fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [](const std::string &field) { return trimmed(field).empty(); });
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const ExportArchive &archive, int entry)
{
    auto stream = archive.stream(entry);
    if (!stream)
        return stream.error();
    return open(std::move(stream.value()), archive.displayName(entry));
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(std::unique_ptr<ExportArchive::Stream> stream,
                                                   const QString &fileName)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(stream), fileName));
    auto header = reader->next();
    if (!header)
        return header.error();
    if (!*header)
        return Error{QCoreApplication::translate("CsvReader", "%1 is empty: it has no header row")
                         .arg(fileName)};
    reader->m_header = std::move(reader->m_row.fields);
    for (std::string &name : reader->m_header) {
        name = std::string(trimmed(name));
        reader->m_lookup.push_back(lowerAscii(name));
    }
    reader->m_row.fields.clear();
    return reader;
}

CsvReader::CsvReader(std::unique_ptr<ExportArchive::Stream> stream, QString fileName)
    : m_stream(std::move(stream)), m_fileName(std::move(fileName)),
      m_parser(std::make_unique<csv_parser>())
{
    // Strict: a quote inside an unquoted field or an unclosed quote is an error, not a
    // silently merged row. REPALL_NL reports every line end, which keeps line numbers right.
    csv_init(m_parser.get(), CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
    csv_set_realloc_func(m_parser.get(), limitedRealloc);
    csv_set_blk_size(m_parser.get(), chunkSize);
    m_chunk.resize(chunkSize);
}

CsvReader::~CsvReader()
{
    csv_free(m_parser.get());
}

Result<bool> CsvReader::next()
{
    while (m_ready.empty() && !m_atEnd) {
        if (auto filled = fill(); !filled)
            return filled.error();
    }
    if (m_ready.empty())
        return false;
    m_row = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

Result<void> CsvReader::fill()
{
    std::size_t have = 0;
    // The BOM check needs the first three bytes, whatever size the stream hands out.
    const std::size_t want = m_firstChunk ? 3 : 1;
    while (have < want) {
        auto got = m_stream->read(m_chunk.data() + have, std::int64_t(m_chunk.size() - have));
        if (!got)
            return got.error();
        if (*got == 0)
            break;
        have += std::size_t(*got);
    }
    m_bytesRead += std::int64_t(have);
    std::string_view data(m_chunk.data(), have);
    if (m_firstChunk) {
        m_firstChunk = false;
        if (data.substr(0, 3) == "\xEF\xBB\xBF")
            data.remove_prefix(3);
        else if (data.substr(0, 2) == "\xFF\xFE" || data.substr(0, 2) == "\xFE\xFF")
            return Error{
                QCoreApplication::translate("CsvReader", "%1 is UTF-16 text: save it as UTF-8 CSV")
                    .arg(m_fileName)};
    }
    bool unclosed = false, broken = false;
    if (have == 0) {
        m_atEnd = true;
        unclosed = csv_fini(m_parser.get(), onField, onRowEnd, this) != 0;
    } else if (!data.empty()) {
        broken = csv_parse(m_parser.get(), data.data(), data.size(), onField, onRowEnd, this) !=
                 data.size();
    }
    // A field's problem lies before the place the parser stopped at: it is reported first,
    // so the error is the same however the stream cut the file into chunks.
    if (!m_fieldError.isEmpty())
        return errorAtLine(m_fieldErrorLine, m_fieldError);
    if (unclosed)
        return errorAtLine(
            m_lineBreaks + 1,
            QCoreApplication::translate("CsvReader",
                                        "a quoted field is not closed before the end of the file"));
    if (broken) {
        if (csv_error(m_parser.get()) == CSV_ENOMEM)
            return errorAtLine(m_lineBreaks + 1, QCoreApplication::translate(
                                                     "CsvReader", "a field is larger than 16 MiB"));
        return errorAtLine(
            m_lineBreaks + 1,
            QCoreApplication::translate("CsvReader", "a quote stands inside an unquoted field, or "
                                                     "a quoted field is not closed"));
    }
    return {};
}

void CsvReader::onField(void *data, std::size_t size, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    const std::string_view text(data ? static_cast<const char *>(data) : "", data ? size : 0);
    if (reader->m_fieldError.isEmpty()) {
        if (text.size() > maxFieldSize) {
            reader->m_fieldError =
                QCoreApplication::translate("CsvReader", "a field is larger than 16 MiB");
            reader->m_fieldErrorLine = reader->m_lineBreaks + 1;
        } else if (!simdjson::validate_utf8(text.data(), text.size())) {
            reader->m_fieldError = QCoreApplication::translate(
                "CsvReader", "the text is not valid UTF-8 (save the file as UTF-8)");
            reader->m_fieldErrorLine = reader->m_lineBreaks + 1;
        }
    }
    reader->m_building.line += lineBreaksIn(text); // breaks inside the row, for now
    std::string &field = reader->m_building.fields.emplace_back(text);
    // Line breaks inside a field read as LF whatever system wrote the file, so a text
    // is the same from CSV as from JSON.
    if (field.find('\r') != std::string::npos) {
        std::size_t out = 0;
        for (std::size_t i = 0; i < field.size(); ++i) {
            if (field[i] == '\r') {
                field[out++] = '\n';
                if (i + 1 < field.size() && field[i + 1] == '\n')
                    ++i;
            } else {
                field[out++] = field[i];
            }
        }
        field.resize(out);
    }
}

void CsvReader::onRowEnd(int terminator, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    Row &row = reader->m_building;
    const bool empty = row.fields.empty();
    const std::int64_t inside = row.line;
    if (!empty && !isBlank(row.fields)) {
        row.line = reader->m_lineBreaks + 1;
        reader->m_ready.push_back(std::move(row));
    }
    reader->m_lineBreaks += inside;
    if (terminator == '\r') {
        ++reader->m_lineBreaks;
        reader->m_afterCr = true;
    } else if (terminator == '\n') {
        // The LF of a CRLF arrives as a row of its own, right after the CR's.
        if (!(empty && reader->m_afterCr))
            ++reader->m_lineBreaks;
        reader->m_afterCr = false;
    }
    reader->m_building = Row{};
}

int CsvReader::column(std::string_view name) const
{
    const std::string wanted = lowerAscii(trimmed(name));
    const auto it = std::find(m_lookup.begin(), m_lookup.end(), wanted);
    return it == m_lookup.end() ? -1 : int(it - m_lookup.begin());
}

Result<int> CsvReader::requireColumn(std::string_view name) const
{
    const int index = column(name);
    if (index < 0)
        return Error{QCoreApplication::translate(
                         "CsvReader", "%1 has no column '%2' (its header row names the columns)")
                         .arg(m_fileName, QString::fromUtf8(name.data(), qsizetype(name.size())))};
    return index;
}

Result<void>
CsvReader::requireColumns(std::initializer_list<std::pair<const char *, int *>> columns) const
{
    for (const auto &[name, into] : columns) {
        auto found = requireColumn(name);
        if (!found)
            return found.error();
        *into = *found;
    }
    return {};
}

Result<void> CsvReader::forEachRow(const std::function<Result<void>(std::int64_t n)> &row)
{
    for (std::int64_t n = 1;; ++n) {
        auto more = next();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        if (auto done = row(n); !done)
            return done;
    }
}

std::string_view CsvReader::value(int column) const
{
    if (column < 0 || std::size_t(column) >= m_row.fields.size())
        return {};
    return trimmed(m_row.fields[std::size_t(column)]);
}

Error CsvReader::errorHere(const QString &what) const
{
    return errorAtLine(m_row.line, what);
}

Error CsvReader::errorAtLine(std::int64_t line, const QString &what) const
{
    return ExportReader::inRecord(
        m_fileName, QCoreApplication::translate("CsvReader", "line %1").arg(line), what);
}

} // namespace goodwill::importers
