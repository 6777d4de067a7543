#include "activityjsonlreader.h"

#include "activityfields.h"
#include "exportarchive.h"
#include "fieldtext.h"
#include "importsink.h"
#include "jsonfields.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <array>
#include <cstring>

namespace goodwill::importers {
namespace {

using fieldtext::fromUtf8;

constexpr std::size_t maxLineSize = std::size_t(16) << 20;
constexpr std::size_t chunkSize = std::size_t(1) << 20;

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// Hands out the lines of an entry one at a time, each in a buffer with the padding
// simdjson reads past the end, so a large file is never held whole.
class LineReader
{
public:
    LineReader(std::unique_ptr<ExportArchive::Stream> stream, QString fileName)
        : m_stream(std::move(stream)), m_fileName(std::move(fileName))
    {
        m_chunk.resize(chunkSize);
    }

    // The next line (without its line end) in `line`; false at the end of the entry.
    Result<bool> next()
    {
        m_line.clear();
        for (;;) {
            if (m_pos == m_size) {
                if (m_atEnd) {
                    if (!m_pendingLine)
                        return false;
                    m_pendingLine = false; // the last line has no line end
                    ++m_lineNumber;
                    return true;
                }
                auto got = m_stream->read(m_chunk.data(), std::int64_t(m_chunk.size()));
                if (!got)
                    return got.error();
                m_bytesRead += *got;
                m_pos = 0;
                m_size = std::size_t(*got);
                if (m_size == 0) {
                    m_atEnd = true;
                    continue;
                }
                if (m_first) {
                    m_first = false;
                    if (std::string_view(m_chunk.data(), m_size).substr(0, 3) == "\xEF\xBB\xBF")
                        m_pos = 3;
                }
            }
            const char *start = m_chunk.data() + m_pos;
            const auto *end = static_cast<const char *>(std::memchr(start, '\n', m_size - m_pos));
            const std::size_t length = end ? std::size_t(end - start) : m_size - m_pos;
            if (m_line.size() + length > maxLineSize)
                return Error{
                    QCoreApplication::translate("ActivityJsonlReader",
                                                "%1, line %2: the line is longer than 16 MiB")
                        .arg(m_fileName)
                        .arg(m_lineNumber + 1)};
            m_line.append(start, length);
            m_pos += length;
            m_pendingLine = m_pendingLine || length > 0;
            if (end) {
                ++m_pos;
                ++m_lineNumber;
                m_pendingLine = false;
                return true;
            }
        }
    }

    // The line's text; the string's capacity leaves simdjson its padding.
    simdjson::padded_string_view padded()
    {
        if (m_line.capacity() < m_line.size() + simdjson::SIMDJSON_PADDING)
            m_line.reserve(m_line.size() + simdjson::SIMDJSON_PADDING);
        return simdjson::padded_string_view(m_line.data(), m_line.size(), m_line.capacity());
    }
    std::string_view line() const { return m_line; }
    std::int64_t lineNumber() const { return m_lineNumber; }
    std::int64_t bytesRead() const { return m_bytesRead; }

private:
    std::unique_ptr<ExportArchive::Stream> m_stream;
    QString m_fileName;
    std::vector<char> m_chunk;
    std::size_t m_pos = 0, m_size = 0;
    std::string m_line;
    std::int64_t m_lineNumber = 0;
    std::int64_t m_bytesRead = 0;
    bool m_first = true, m_atEnd = false, m_pendingLine = false;
};

QString jsonError(simdjson::error_code code)
{
    return QCoreApplication::translate("ActivityJsonlReader", "not valid JSON (%1)")
        .arg(QString::fromUtf8(simdjson::error_message(code)));
}

// A scalar as text: strings unescaped, numbers as written (ids are often numbers);
// null as absent. Views stay valid until the parser reads the next line.
Result<std::string_view> scalarText(simdjson::ondemand::value value, std::string_view key)
{
    simdjson::ondemand::json_type type;
    if (auto error = value.type().get(type))
        return Error{jsonError(error)};
    switch (type) {
    case simdjson::ondemand::json_type::string: {
        std::string_view text;
        if (auto error = value.get_string().get(text))
            return Error{jsonError(error)};
        return trimmed(text);
    }
    case simdjson::ondemand::json_type::number:
        return trimmed(value.raw_json_token());
    case simdjson::ondemand::json_type::null:
        return std::string_view();
    default:
        return Error{
            QCoreApplication::translate("ActivityJsonlReader", "'%1' must be a string or a number")
                .arg(fromUtf8(key))};
    }
}

// Reads one line's object into `record`; the record's views point into the parser.
Result<void> readRecord(simdjson::ondemand::parser &parser, simdjson::padded_string_view line,
                        ActivityFields::Record &record)
{
    record.values.fill({});
    record.mentions.clear();
    record.recipients.clear();
    std::array<bool, ActivityFields::FieldCount> present{};
    simdjson::ondemand::document document;
    if (auto error = parser.iterate(line).get(document))
        return Error{jsonError(error)};
    simdjson::ondemand::object object;
    if (auto error = document.get_object().get(object)) {
        if (error == simdjson::INCORRECT_TYPE)
            return Error{QCoreApplication::translate("ActivityJsonlReader",
                                                     "a line must hold one JSON object")};
        return Error{jsonError(error)};
    }
    for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key))
            return Error{jsonError(error)};
        int which = -1;
        for (int f = 0; f < ActivityFields::FieldCount; ++f) {
            if (key == ActivityFields::name(ActivityFields::Field(f)))
                which = f;
        }
        if (which < 0)
            continue; // unknown keys are left for other tools
        simdjson::ondemand::value value;
        if (auto error = field.value().get(value))
            return Error{jsonError(error)};
        present[std::size_t(which)] = true;
        if (ActivityFields::isList(ActivityFields::Field(which))) {
            auto &list = which == ActivityFields::Mentions ? record.mentions : record.recipients;
            list.clear();
            simdjson::ondemand::json_type type;
            if (auto error = value.type().get(type))
                return Error{jsonError(error)};
            if (type == simdjson::ondemand::json_type::null)
                continue;
            simdjson::ondemand::array array;
            if (type != simdjson::ondemand::json_type::array || value.get_array().get(array))
                return Error{QCoreApplication::translate("ActivityJsonlReader",
                                                         "'%1' must be an array of strings")
                                 .arg(fromUtf8(key))};
            for (auto element : array) {
                simdjson::ondemand::value item;
                if (auto error = element.get(item))
                    return Error{jsonError(error)};
                auto text = scalarText(item, key);
                if (!text)
                    return text.error();
                if (!text->empty())
                    list.push_back(*text);
            }
        } else {
            auto text = scalarText(value, key);
            if (!text)
                return text.error();
            record.values[std::size_t(which)] = *text;
        }
    }
    // Anything after the object ("{...} {...}") is a second record on the same line.
    const char *after = nullptr;
    if (!document.current_location().get(after))
        return Error{QCoreApplication::translate("ActivityJsonlReader",
                                                 "a line must hold exactly one JSON object")};
    for (int f = 0; f < ActivityFields::FieldCount; ++f) {
        const auto field = ActivityFields::Field(f);
        if (ActivityFields::isRequired(field) && !present[std::size_t(f)])
            return Error{
                QCoreApplication::translate("ActivityJsonlReader", "the key '%1' is missing")
                    .arg(fromUtf8(ActivityFields::name(field)))};
    }
    return {};
}

} // namespace

Result<void> ActivityJsonlReader::read(const ExportArchive &archive, ImportSink &sink,
                                       const ImportOptions &, const ImportProgress &progress)
{
    const std::vector<int> files = ActivityFields::entriesToRead(
        archive, {QStringLiteral(".jsonl"), QStringLiteral(".ndjson")});
    if (files.empty())
        return Error{QCoreApplication::translate("ActivityJsonlReader",
                                                 "%1 holds no .jsonl (or .ndjson) file")
                         .arg(archive.displayName(-1))};
    const std::int64_t total = ActivityFields::twoPassTotal(archive, files);
    std::int64_t done = 0;

    ActivityFields fields(sink.keyDirectory(), sink.keyBudget());
    simdjson::ondemand::parser parser;
    // As for the CSV: pass one checks every line and learns people and channels, pass two
    // adds the activities, so a bad line leaves the sink untouched.
    const auto pass = [&](bool adding) -> Result<void> {
        for (const int entry : files) {
            auto stream = archive.stream(entry);
            if (!stream)
                return stream.error();
            const QString file = archive.displayName(entry);
            LineReader lines(std::move(stream.value()), file);
            ActivityFields::Record record;
            for (;;) {
                auto more = lines.next();
                if (!more)
                    return more.error();
                if (!*more)
                    break;
                if (trimmed(lines.line()).empty())
                    continue;
                const auto where = [&](const QString &what) {
                    return inRecord(file,
                                    QCoreApplication::translate("ActivityJsonlReader", "line %1")
                                        .arg(lines.lineNumber()),
                                    what);
                };
                if (!simdjson::validate_utf8(lines.line()))
                    return where(QCoreApplication::translate(
                        "ActivityJsonlReader",
                        "the text is not valid UTF-8 (save the file as UTF-8)"));
                if (auto parsed = readRecord(parser, lines.padded(), record); !parsed)
                    return where(parsed.error().message);
                auto result = adding ? fields.add(record, sink) : fields.learn(record);
                if (!result)
                    return where(result.error().message);
                if (lines.lineNumber() % 1024 == 0 && progress &&
                    !progress(done + lines.bytesRead(), total))
                    return cancelled();
            }
            done += archive.entries()[std::size_t(entry)].size;
        }
        return {};
    };

    return fields.readTwice(archive, sink, "jsonl", pass, progress, total);
}

} // namespace goodwill::importers
