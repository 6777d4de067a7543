#include "sentimentlexicon.h"

#include <QChar>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace goodwill::analytics {
namespace {

// --- Characters -------------------------------------------------------------------------

struct CodePoint
{
    char32_t value = 0;
    std::size_t length = 1;
};

constexpr char32_t kInvalid = 0xFFFD;

// Decodes one UTF-8 sequence; a malformed byte becomes U+FFFD of length 1 so scanning always
// moves forward, whatever the input.
CodePoint decode(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    std::size_t length = 0;
    char32_t value = 0;
    if (lead < 0x80)
        return {lead, 1};
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
    } else {
        return {kInvalid, 1};
    }
    if (pos + length > text.size())
        return {kInvalid, 1};
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80)
            return {kInvalid, 1};
        value = (value << 6) | (next & 0x3F);
    }
    const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
    if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {kInvalid, 1};
    return {value, length};
}

bool isAsciiAlnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isAsciiDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char foldAscii(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : char(c);
}

// Emoji live in a few blocks; chat text rarely holds anything else from them, so treating
// the whole blocks as emoji is simpler and safer than a per-character table.
bool isEmoji(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF && !(c >= 0x1F3FB && c <= 0x1F3FF)) ||
           (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2300 && c <= 0x23FF) ||
           (c >= 0x2B00 && c <= 0x2BFF) || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
}

bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

// Characters that change how an emoji is drawn but not what it means, and invisible
// formatting characters: dropped, so "👍🏽" scores as "👍" and "❤️" as "❤".
bool isIgnorable(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) ||
           (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF ||
           c == 0x00AD || c == 0x20E3 || (c >= 0xE0000 && c <= 0xE007F);
}

bool isUnicodeSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x0085 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Punctuation and symbols outside ASCII separate words like ASCII punctuation does.
bool isUnicodePunctuation(char32_t c)
{
    return (c >= 0x0080 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7 ||
           (c >= 0x2010 && c <= 0x205E) || (c >= 0x20A0 && c <= 0x22FF) ||
           (c >= 0x2400 && c <= 0x25FF) || (c >= 0x2800 && c <= 0x2AFF) ||
           (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
           (c >= 0xFF5B && c <= 0xFF65) || c >= 0xFFF0 || c == kInvalid;
}

// Non-ASCII punctuation that ends a clause the way ". , ; ! ?" do.
bool isUnicodeClauseBreak(char32_t c)
{
    return c == 0x2013 || c == 0x2014 || c == 0x2026 || c == 0x3001 || c == 0x3002 || c == 0xFF01 ||
           c == 0xFF0C || c == 0xFF1B || c == 0xFF1F || c == 0x00A1 || c == 0x00BF || c == 0x203C ||
           c == 0x2049 || c == 0x2028 || c == 0x2029;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == 0x2019 || c == 0x02BC;
}

bool isLetter(char32_t c)
{
    if (c < 0x80)
        return isAsciiAlnum(static_cast<unsigned char>(c));
    return !isEmoji(c) && !isIgnorable(c) && !isUnicodeSpace(c) && !isUnicodePunctuation(c) &&
           !isRegionalIndicator(c) && c != 0x200D;
}

bool isUpper(char32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return QChar::isUpper(c);
}

bool startsWithNoCase(std::string_view text, std::size_t pos, std::string_view prefix)
{
    if (text.size() - pos < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (foldAscii(static_cast<unsigned char>(text[pos + i])) != prefix[i])
            return false;
    }
    return true;
}

} // namespace

// --- SentimentTokenizer -----------------------------------------------------------------

SentimentTokenizer::SentimentTokenizer(std::string_view utf8Text, const SentimentLexicon *emoticons)
    : m_text(utf8Text), m_emoticons(emoticons)
{
    if (m_emoticons && m_emoticons->longestEmoticon() == 0)
        m_emoticons = nullptr;
}

void SentimentTokenizer::begin(SentimentToken &token, SentimentToken::Kind kind)
{
    token.kind = kind;
    token.size = 0;
    token.tooLong = false;
    token.allCaps = false;
    token.hasLowercase = false;
    token.startsClause = m_clauseBreak;
    m_clauseBreak = false;
}

bool SentimentTokenizer::next(SentimentToken &token)
{
    const std::size_t n = m_text.size();
    while (m_pos < n) {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (isAsciiSpace(c)) {
            // A line break ends a clause: chat messages use them instead of full stops.
            if (c == '\n')
                m_clauseBreak = true;
            m_chunkStart = true;
            ++m_pos;
            continue;
        }
        const CodePoint cp = c < 0x80 ? CodePoint{c, 1} : decode(m_text, m_pos);
        if (c >= 0x80 && isUnicodeSpace(cp.value)) {
            if (cp.value == 0x2028 || cp.value == 0x2029)
                m_clauseBreak = true;
            m_chunkStart = true;
            m_pos += cp.length;
            continue;
        }
        const bool chunkStart = m_chunkStart;
        m_chunkStart = false;
        if (chunkStart && m_emoticons && m_emoticons->mayStartEmoticon(foldAscii(c)) &&
            readEmoticon(token))
            return true;

        if (c < 0x80) {
            if (isAsciiAlnum(c)) {
                if (startsUrl()) {
                    skipUrl();
                    continue;
                }
                readWord(token);
                return true;
            }
            switch (c) {
            case '@':
                if (m_pos + 1 < n && isLetter(decode(m_text, m_pos + 1).value)) {
                    skipMention();
                    continue;
                }
                break;
            case ':':
                if (readShortcode(token))
                    return true;
                m_clauseBreak = true;
                break;
            case '!':
                ++m_exclamations;
                m_clauseBreak = true;
                break;
            case '.':
            case ',': {
                // "4.7" and "1,000" are numbers, not the end of a clause.
                const bool inNumber = m_pos > 0 && m_pos + 1 < n &&
                                      isAsciiDigit(static_cast<unsigned char>(m_text[m_pos - 1])) &&
                                      isAsciiDigit(static_cast<unsigned char>(m_text[m_pos + 1]));
                if (!inNumber)
                    m_clauseBreak = true;
                break;
            }
            case '?':
            case ';':
            case '(':
            case ')':
                m_clauseBreak = true;
                break;
            case '-':
                // A dash standing alone separates clauses ("quick update - it's live");
                // inside a word it only joins ("shout-out").
                if (chunkStart)
                    m_clauseBreak = true;
                break;
            default:
                break;
            }
            ++m_pos;
            continue;
        }

        if (isEmoji(cp.value) || isRegionalIndicator(cp.value)) {
            readEmoji(token);
            return true;
        }
        if (isLetter(cp.value)) {
            readWord(token);
            return true;
        }
        if (cp.value == 0xFF01 || cp.value == 0x00A1 || cp.value == 0x2049)
            ++m_exclamations;
        else if (cp.value == 0x203C)
            m_exclamations += 2;
        if (isUnicodeClauseBreak(cp.value))
            m_clauseBreak = true;
        m_pos += cp.length;
    }
    return false;
}

// A whole chunk, or the chunk without trailing . , ! ? (":)!" still counts its '!').
bool SentimentTokenizer::readEmoticon(SentimentToken &token)
{
    std::size_t end = m_pos;
    while (end < m_text.size() && !isAsciiSpace(static_cast<unsigned char>(m_text[end])))
        ++end;
    const std::size_t longest = m_emoticons->longestEmoticon();
    std::size_t length = end - m_pos;
    std::array<char, SentimentToken::kCapacity> folded{};
    while (length > 0) {
        if (length <= longest && length <= folded.size()) {
            for (std::size_t i = 0; i < length; ++i)
                folded[i] = foldAscii(static_cast<unsigned char>(m_text[m_pos + i]));
            if (m_emoticons->isEmoticon(std::string_view(folded.data(), length)))
                break;
        }
        const char last = m_text[m_pos + length - 1];
        if (last != '.' && last != ',' && last != '!' && last != '?')
            return false;
        --length;
    }
    if (length == 0)
        return false;
    begin(token, SentimentToken::Kind::Emoticon);
    std::copy_n(folded.begin(), length, token.folded.begin());
    token.size = std::uint8_t(length);
    token.original = m_text.substr(m_pos, length);
    m_pos += length;
    return true;
}

// ":tada:", ":+1:", ":skin-tone-2:". The colon must not follow a letter or digit, so
// "10:30:" and "Note:this:" are not shortcodes; Slack writes ":tada::tada:" back to back.
bool SentimentTokenizer::readShortcode(SentimentToken &token)
{
    if (m_pos > 0 && isAsciiAlnum(static_cast<unsigned char>(m_text[m_pos - 1])))
        return false;
    std::size_t end = m_pos + 1;
    while (end < m_text.size() && end - m_pos < SentimentToken::kCapacity - 1) {
        const auto c = static_cast<unsigned char>(m_text[end]);
        if (!isAsciiAlnum(c) && c != '_' && c != '+' && c != '-')
            break;
        ++end;
    }
    if (end >= m_text.size() || m_text[end] != ':' || end == m_pos + 1)
        return false;
    ++end;
    begin(token, SentimentToken::Kind::Shortcode);
    for (std::size_t i = m_pos; i < end; ++i)
        token.folded[token.size++] = foldAscii(static_cast<unsigned char>(m_text[i]));
    token.original = m_text.substr(m_pos, end - m_pos);
    m_pos = end;
    return true;
}

void SentimentTokenizer::readWord(SentimentToken &token)
{
    begin(token, SentimentToken::Kind::Word);
    const std::size_t start = m_pos;
    const std::size_t n = m_text.size();
    int letters = 0;
    bool lower = false;
    std::size_t size = 0;
    const auto append = [&](const char *bytes, std::size_t count) {
        if (size + count > SentimentToken::kCapacity) {
            token.tooLong = true;
            return;
        }
        std::copy_n(bytes, count, token.folded.begin() + std::ptrdiff_t(size));
        size += count;
    };
    while (m_pos < n) {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c < 0x80 && isAsciiAlnum(c)) {
            if (c >= 'a' && c <= 'z') {
                lower = true;
                ++letters;
            } else if (c >= 'A' && c <= 'Z') {
                ++letters;
            }
            const char folded = foldAscii(c);
            append(&folded, 1);
            ++m_pos;
            continue;
        }
        const CodePoint cp = decode(m_text, m_pos);
        // An apostrophe belongs to the word only between letters: "don't", "isn’t", but
        // not the quotes in "'great'" or the plural possessive "teams'".
        if (isApostrophe(cp.value)) {
            const std::size_t after = m_pos + cp.length;
            if (after < n && isLetter(decode(m_text, after).value)) {
                const char apostrophe = '\'';
                append(&apostrophe, 1);
                m_pos = after;
                continue;
            }
            break;
        }
        if (c < 0x80 || !isLetter(cp.value))
            break;
        append(m_text.data() + m_pos, cp.length);
        m_pos += cp.length;
    }
    token.original = m_text.substr(start, m_pos - start);
    token.size = token.tooLong ? 0 : std::uint8_t(size);
    token.allCaps = letters >= 2 && !lower;
    token.hasLowercase = lower;
}

// One emoji with its modifiers, a ZWJ sequence ("👨‍💻") or a flag (two regional indicators).
void SentimentTokenizer::readEmoji(SentimentToken &token)
{
    begin(token, SentimentToken::Kind::Emoji);
    const std::size_t start = m_pos;
    const std::size_t n = m_text.size();
    std::size_t size = 0;
    const auto append = [&](std::size_t pos, std::size_t count) {
        if (size + count > SentimentToken::kCapacity) {
            token.tooLong = true;
            return;
        }
        std::copy_n(m_text.data() + pos, count, token.folded.begin() + std::ptrdiff_t(size));
        size += count;
    };
    CodePoint cp = decode(m_text, m_pos);
    append(m_pos, cp.length);
    m_pos += cp.length;
    if (isRegionalIndicator(cp.value)) {
        if (m_pos < n) {
            const CodePoint second = decode(m_text, m_pos);
            if (isRegionalIndicator(second.value)) {
                append(m_pos, second.length);
                m_pos += second.length;
            }
        }
    } else {
        while (m_pos < n) {
            cp = decode(m_text, m_pos);
            if (isIgnorable(cp.value)) {
                m_pos += cp.length;
                continue;
            }
            if (cp.value == 0x200D && m_pos + cp.length < n) {
                const CodePoint joined = decode(m_text, m_pos + cp.length);
                if (isEmoji(joined.value)) {
                    append(m_pos, cp.length + joined.length);
                    m_pos += cp.length + joined.length;
                    continue;
                }
            }
            break;
        }
    }
    token.original = m_text.substr(start, m_pos - start);
    token.size = token.tooLong ? 0 : std::uint8_t(size);
}

bool SentimentTokenizer::startsUrl() const
{
    const char first = foldAscii(static_cast<unsigned char>(m_text[m_pos]));
    if (first == 'h')
        return startsWithNoCase(m_text, m_pos, "http://") ||
               startsWithNoCase(m_text, m_pos, "https://");
    return first == 'w' && startsWithNoCase(m_text, m_pos, "www.");
}

// Links carry no sentiment of their own, and their paths are full of words ("/bug-report",
// "/great-news") that would otherwise score. Slack wraps links as <url|label>.
void SentimentTokenizer::skipUrl()
{
    while (m_pos < m_text.size()) {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (isAsciiSpace(c) || c == '>' || c == '|')
            break;
        ++m_pos;
    }
}

// People's names are not opinions ("@Joy Hope"): skip "@name", and the next word too when
// the mention is a capitalised display name followed by a capitalised word ("@Maya Okafor").
void SentimentTokenizer::skipMention()
{
    const std::size_t n = m_text.size();
    ++m_pos;
    const bool capitalised = isUpper(decode(m_text, m_pos).value);
    const auto skipName = [&](bool allowDots) {
        while (m_pos < n) {
            const CodePoint cp = decode(m_text, m_pos);
            if (isLetter(cp.value) || cp.value == U'_') {
                m_pos += cp.length;
                continue;
            }
            // Joiners stay inside the name only when a letter follows: "maya.okafor",
            // "Smith-Jones", "O'Brien", but not the full stop ending "thanks @maya."
            const bool joiner =
                cp.value == U'-' || isApostrophe(cp.value) || (allowDots && cp.value == U'.');
            if (joiner && m_pos + cp.length < n &&
                isLetter(decode(m_text, m_pos + cp.length).value)) {
                m_pos += cp.length;
                continue;
            }
            break;
        }
    };
    skipName(true);
    if (capitalised && m_pos + 1 < n && m_text[m_pos] == ' ' &&
        isUpper(decode(m_text, m_pos + 1).value)) {
        ++m_pos;
        skipName(false);
    }
}

// --- SentimentLexicon -------------------------------------------------------------------

namespace {

QString fromUtf8(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

// Spaces and the '\r' of Windows line ends; never tabs, which separate the columns.
std::string_view trimmed(std::string_view text)
{
    const auto isPadding = [](char c) { return c == ' ' || c == '\r'; };
    while (!text.empty() && isPadding(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isPadding(text.back()))
        text.remove_suffix(1);
    return text;
}

bool isValidUtf8(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size();) {
        const CodePoint cp = decode(text, pos);
        // A genuine U+FFFD is three bytes long; a malformed byte decodes to it with length 1.
        if (cp.value == kInvalid && cp.length == 1)
            return false;
        pos += cp.length;
    }
    return true;
}

std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(trimmed(line.substr(
            start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
        if (tab == std::string_view::npos)
            break;
        start = tab + 1;
    }
    // Editors and spreadsheets leave trailing tabs; they are not columns.
    while (fields.size() > 1 && fields.back().empty())
        fields.pop_back();
    return fields;
}

std::optional<double> parseNumber(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
        !std::isfinite(value))
        return std::nullopt;
    return value;
}

struct NormalisedKey
{
    std::string key;
    int words = 0;
    bool emoticon = false;
};

// Folds a lexicon key with the message tokenizer, so entries and messages agree on what a
// word is. A key the tokenizer would break apart or drop (":)", "<3", "+1") becomes an
// emoticon matched against whole chunks of a message instead.
NormalisedKey normaliseKey(std::string_view key)
{
    NormalisedKey result;
    SentimentTokenizer tokenizer(key);
    SentimentToken token;
    std::vector<bool> covered(key.size(), false);
    while (tokenizer.next(token)) {
        const auto offset = std::size_t(token.original.data() - key.data());
        std::fill_n(covered.begin() + std::ptrdiff_t(offset), token.original.size(), true);
        if (result.words > 0)
            result.key += ' ';
        result.key += token.text();
        ++result.words;
    }
    bool clean = result.words > 0;
    for (std::size_t i = 0; i < key.size() && clean; ++i) {
        if (covered[i])
            continue;
        const char c = key[i];
        const bool joiningHyphen =
            c == '-' && i > 0 && i + 1 < key.size() && covered[i - 1] && covered[i + 1];
        clean = c == ' ' || joiningHyphen;
    }
    if (!clean && key.find(' ') == std::string_view::npos) {
        result.key.clear();
        for (const char c : key)
            result.key += foldAscii(static_cast<unsigned char>(c));
        result.words = 1;
        result.emoticon = true;
    }
    return result;
}

} // namespace

QString SentimentLexicon::englishWorkplaceResource()
{
    return QStringLiteral(":/lexicons/en-workplace.tsv");
}

Result<SentimentLexicon> SentimentLexicon::englishWorkplace()
{
    const QString path = englishWorkplaceResource();
    if (!QFile::exists(path))
        return Error{QCoreApplication::translate(
                         "SentimentLexicon",
                         "The built-in English workplace lexicon '%1' is missing from this build")
                         .arg(path)};
    return loadWordScore(path);
}

namespace {

Result<QByteArray> readLexiconFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("SentimentLexicon", "'%1': cannot read the lexicon (%2)")
                .arg(path, file.errorString())};
    return file.readAll();
}

} // namespace

Result<SentimentLexicon> SentimentLexicon::loadWordScore(const QString &path)
{
    auto content = readLexiconFile(path);
    if (!content)
        return content.error();
    return parse(*content, Format::WordScore, path);
}

Result<SentimentLexicon> SentimentLexicon::loadVader(const QString &path)
{
    auto content = readLexiconFile(path);
    if (!content)
        return content.error();
    return parse(*content, Format::Vader, path);
}

Result<SentimentLexicon> SentimentLexicon::load(const QString &path)
{
    auto content = readLexiconFile(path);
    if (!content)
        return content.error();
    return parse(*content, detectFormat(*content), path);
}

SentimentLexicon::Format SentimentLexicon::detectFormat(QByteArrayView utf8)
{
    std::string_view rest(utf8.data(), std::size_t(utf8.size()));
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        const std::string_view line = trimmed(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (line.empty() || line.front() == '#')
            continue;
        const auto fields = splitTabs(line);
        const bool vader = fields.size() == 4 && fields[3].find('[') != std::string_view::npos;
        return vader ? Format::Vader : Format::WordScore;
    }
    return Format::WordScore;
}

Result<SentimentLexicon> SentimentLexicon::parse(QByteArrayView utf8, Format format,
                                                 const QString &source)
{
    SentimentLexicon lexicon;
    lexicon.m_source = source;
    std::string_view rest(utf8.data(), std::size_t(utf8.size()));
    if (rest.starts_with("\xEF\xBB\xBF"))
        rest.remove_prefix(3);

    const auto lineError = [&](int line, QString message) {
        return Error{QCoreApplication::translate("SentimentLexicon", "'%1' line %2: %3")
                         .arg(source, QString::number(line), message)};
    };
    // AFINN scores run -5..5 and VADER means -4..4; the rules are tuned for -4..4.
    const double limit = format == Format::Vader ? 4 : 5;
    double largest = 0;
    int lineNumber = 0;
    while (!rest.empty()) {
        ++lineNumber;
        const std::size_t end = rest.find('\n');
        const std::string_view raw = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        const std::string_view line = trimmed(raw);
        // VADER's own lexicon has emoticons starting with '#' ("#-)"), so there a '#' line
        // with columns is an entry; AFINN-style files have no such entries.
        const bool comment = !line.empty() && line.front() == '#' &&
                             (format == Format::WordScore || line.find('\t') == line.npos);
        if (line.empty() || comment)
            continue;
        if (!isValidUtf8(line))
            return lineError(lineNumber, QCoreApplication::translate(
                                             "SentimentLexicon", "the line is not valid UTF-8"));

        const auto fields = splitTabs(line);
        const std::string_view word = fields[0];
        if (word.empty())
            return lineError(lineNumber,
                             QCoreApplication::translate("SentimentLexicon", "the word is empty"));
        if (fields.size() < 2)
            return lineError(lineNumber,
                             QCoreApplication::translate("SentimentLexicon", "'%1' has no score")
                                 .arg(fromUtf8(word)));
        if (format == Format::WordScore && fields.size() > 2)
            return lineError(lineNumber,
                             QCoreApplication::translate(
                                 "SentimentLexicon",
                                 "'%1' has %2 tab-separated columns; expected the word and "
                                 "its score")
                                 .arg(fromUtf8(word), QString::number(fields.size())));
        const auto score = parseNumber(fields[1]);
        if (!score)
            return lineError(lineNumber,
                             QCoreApplication::translate("SentimentLexicon",
                                                         "the score of '%1' is not a number: '%2'")
                                 .arg(fromUtf8(word), fromUtf8(fields[1])));
        if (std::abs(*score) > limit)
            return lineError(lineNumber,
                             QCoreApplication::translate("SentimentLexicon",
                                                         "the score of '%1' is %2, outside -%3..%3")
                                 .arg(fromUtf8(word), fromUtf8(fields[1]), QString::number(limit)));

        NormalisedKey key = normaliseKey(word);
        if (key.words == 0)
            return lineError(lineNumber,
                             QCoreApplication::translate("SentimentLexicon",
                                                         "'%1' has no word a message could contain")
                                 .arg(fromUtf8(word)));
        if (key.words > kMaxPhraseWords)
            return lineError(
                lineNumber,
                QCoreApplication::translate("SentimentLexicon", "'%1' has more than %2 words")
                    .arg(fromUtf8(word), QString::number(kMaxPhraseWords)));
        largest = std::max(largest, std::abs(*score));
        lexicon.add(Entry{std::move(key.key), *score, key.words, key.emoticon});
    }
    if (lexicon.m_entries.empty())
        return Error{
            QCoreApplication::translate("SentimentLexicon", "'%1' contains no lexicon entries")
                .arg(source)};
    if (format == Format::WordScore && largest > 4) {
        for (Entry &entry : lexicon.m_entries)
            entry.score *= 0.8;
        lexicon.m_rescaled = true;
    }
    return lexicon;
}

void SentimentLexicon::add(Entry entry)
{
    if (m_index.contains(std::string_view(entry.key))) {
        m_duplicates.append(fromUtf8(entry.key));
        return;
    }
    if (entry.words > 1)
        m_phraseStarts.emplace(entry.key.substr(0, entry.key.find(' ')));
    if (entry.emoticon) {
        m_emoticonStarts[static_cast<unsigned char>(entry.key.front())] = true;
        m_longestEmoticon = std::max(m_longestEmoticon, entry.key.size());
    }
    m_index.emplace(entry.key, m_entries.size());
    m_entries.push_back(std::move(entry));
}

std::optional<double> SentimentLexicon::score(std::string_view lowercaseToken) const
{
    const auto found = m_index.find(lowercaseToken);
    if (found != m_index.end())
        return m_entries[found->second].score;
    // Callers may pass an emoji with its variation selector ("❤️") or in capitals; fold
    // it as the loader did and try once more.
    const NormalisedKey key = normaliseKey(lowercaseToken);
    if (key.key == lowercaseToken || key.words == 0)
        return std::nullopt;
    const auto folded = m_index.find(std::string_view(key.key));
    if (folded == m_index.end())
        return std::nullopt;
    return m_entries[folded->second].score;
}

std::optional<double> SentimentLexicon::phraseScore(std::span<const std::string_view> words) const
{
    std::string key;
    for (const std::string_view word : words) {
        if (!key.empty())
            key += ' ';
        key += word;
    }
    return score(key);
}

bool SentimentLexicon::startsPhrase(std::string_view firstWord) const
{
    return m_phraseStarts.contains(firstWord);
}

bool SentimentLexicon::isEmoticon(std::string_view foldedChunk) const
{
    const auto found = m_index.find(foldedChunk);
    return found != m_index.end() && m_entries[found->second].emoticon;
}

} // namespace goodwill::analytics
