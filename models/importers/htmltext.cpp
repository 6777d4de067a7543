#include "htmltext.h"

#include <array>
#include <cstdint>

namespace goodwill::importers {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsLower(std::string_view text, std::string_view lowerCase)
{
    if (text.size() != lowerCase.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != lowerCase[i])
            return false;
    }
    return true;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Collapses white space as a browser does and writes line breaks without doubling them
// at block boundaries, so nested <div>s do not leave blank lines behind.
class PlainWriter
{
public:
    void text(std::string_view piece)
    {
        for (const char c : piece) {
            if (isSpace(c)) {
                m_pendingSpace = !m_out.empty() && m_out.back() != '\n';
                continue;
            }
            if (m_pendingSpace)
                m_out += ' ';
            m_pendingSpace = false;
            m_out += c;
        }
    }
    // <br>: always a new line (two <br> make an empty line), never at the very start.
    void lineBreak()
    {
        m_pendingSpace = false;
        if (!m_out.empty())
            m_out += '\n';
    }
    // <p>, <div>, <li>: start on a fresh line.
    void blockBoundary()
    {
        m_pendingSpace = false;
        if (!m_out.empty() && m_out.back() != '\n')
            m_out += '\n';
    }
    std::string finish()
    {
        while (!m_out.empty() && (m_out.back() == '\n' || m_out.back() == ' '))
            m_out.pop_back();
        return std::move(m_out);
    }

private:
    std::string m_out;
    bool m_pendingSpace = false;
};

// The entity at html[pos] ('&'): its decoded text and length, or length 0 when it is not
// one we know, in which case the '&' is kept as text.
std::size_t decodeEntity(std::string_view html, std::size_t pos, std::string &decoded)
{
    // Looked for among the next 12 bytes only: a search to the end of the text for each
    // '&' would make a long body of '&' without ';' quadratic.
    const std::size_t found = html.substr(pos + 1, 12).find(';');
    if (found == std::string_view::npos)
        return 0;
    const std::size_t semicolon = pos + 1 + found;
    const std::string_view name = html.substr(pos + 1, semicolon - pos - 1);
    decoded.clear();
    if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty())
            return 0;
        std::uint32_t code = 0;
        for (const char c : digits) {
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && lower(c) >= 'a' && lower(c) <= 'f')
                digit = lower(c) - 'a' + 10;
            if (digit < 0)
                return 0;
            code = code * (hex ? 16 : 10) + std::uint32_t(digit);
            if (code > 0x10FFFF)
                return 0;
        }
        if (code == 0 || (code >= 0xD800 && code <= 0xDFFF))
            return 0;
        appendUtf8(decoded, char32_t(code));
        return semicolon - pos + 1;
    }
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> named{{
        {"amp", "&"},
        {"lt", "<"},
        {"gt", ">"},
        {"quot", "\""},
        {"apos", "'"},
        {"nbsp", " "}, // plain text: a space that separates words like any other
    }};
    for (const auto &[entity, text] : named) {
        if (name == entity) {
            decoded = text;
            return semicolon - pos + 1;
        }
    }
    return 0;
}

// The end of the tag opened at html[pos] ('<'): the index after its '>', skipping quoted
// attribute values (they may hold '>'); npos when the tag is never closed.
std::size_t tagEnd(std::string_view html, std::size_t pos)
{
    char quote = 0;
    for (std::size_t i = pos + 1; i < html.size(); ++i) {
        const char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

// The value of attribute `name` inside a tag's text, empty when absent.
std::string_view attribute(std::string_view tag, std::string_view name)
{
    for (std::size_t at = tag.find(name); at != std::string_view::npos;
         at = tag.find(name, at + 1)) {
        if (at == 0 || !isSpace(tag[at - 1]))
            continue;
        std::size_t i = at + name.size();
        while (i < tag.size() && isSpace(tag[i]))
            ++i;
        if (i >= tag.size() || tag[i] != '=')
            continue;
        ++i;
        while (i < tag.size() && isSpace(tag[i]))
            ++i;
        if (i >= tag.size())
            return {};
        const char quote = tag[i];
        if (quote != '"' && quote != '\'')
            return {};
        const std::size_t close = tag.find(quote, i + 1);
        if (close == std::string_view::npos)
            return {};
        return tag.substr(i + 1, close - i - 1);
    }
    return {};
}

} // namespace

std::string HtmlText::toPlain(std::string_view html)
{
    PlainWriter writer;
    std::string entity;
    std::size_t pos = 0;
    while (pos < html.size()) {
        const char c = html[pos];
        if (c == '&') {
            if (const std::size_t length = decodeEntity(html, pos, entity)) {
                writer.text(entity);
                pos += length;
            } else {
                writer.text("&");
                ++pos;
            }
            continue;
        }
        if (c != '<') {
            const std::size_t next = html.find_first_of("&<", pos);
            const std::size_t end = next == std::string_view::npos ? html.size() : next;
            writer.text(html.substr(pos, end - pos));
            pos = end;
            continue;
        }
        if (html.substr(pos, 4) == "<!--") {
            const std::size_t close = html.find("-->", pos + 4);
            pos = close == std::string_view::npos ? html.size() : close + 3;
            continue;
        }
        const std::size_t end = tagEnd(html, pos);
        if (end == std::string_view::npos) {
            // Not a tag after all ("a < b" in a body that was never escaped): keep it.
            writer.text(html.substr(pos));
            break;
        }
        const std::string_view tag = html.substr(pos + 1, end - pos - 2);
        pos = end;
        const bool closing = !tag.empty() && tag[0] == '/';
        const std::size_t nameStart = closing ? 1 : 0;
        std::size_t nameEnd = nameStart;
        while (nameEnd < tag.size() && !isSpace(tag[nameEnd]) && tag[nameEnd] != '/')
            ++nameEnd;
        const std::string_view name = tag.substr(nameStart, nameEnd - nameStart);
        if (equalsLower(name, "br")) {
            writer.lineBreak();
        } else if (equalsLower(name, "p") || equalsLower(name, "div") || equalsLower(name, "li")) {
            writer.blockBoundary();
        } else if (!closing && equalsLower(name, "at")) {
            writer.text("@");
        } else if (!closing && equalsLower(name, "emoji")) {
            writer.text(attribute(tag, "alt"));
        } else if (!closing && (equalsLower(name, "style") || equalsLower(name, "script"))) {
            // Their content is not text the author wrote.
            const std::size_t close = html.find("</", pos);
            pos = close == std::string_view::npos ? html.size() : close;
        }
    }
    return writer.finish();
}

} // namespace goodwill::importers
