#include "languageguess.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

// The guess (docs/model.md section 6):
//
// 1. The message is split into words: runs of letters, where a letter is an ASCII letter or a
//    non-ASCII character other than Latin-1 punctuation (U+0080..U+00BF), the symbols and
//    punctuation of U+2000..U+2FFF (typographic quotes, dashes, ellipsis) and the four-byte
//    characters (emoji). Digits, apostrophes and all other ASCII characters separate words,
//    so "c'est" is "c" and "est". ASCII letters and the capitals of Latin-1 (À..Þ) are
//    lowercased; other characters are compared as written.
// 2. Each word found on a language's list below is one hit for that language; a word on
//    several lists ("de", "en", "la", "que" are French and Spanish) is a hit for each.
// 3. Among the candidates (the languages with a lexicon), the one with the most hits wins;
//    English when English has the most, when two or more share the most, or when there is
//    no hit at all.

namespace goodwill::analytics {
namespace {

// Frequent function words, written folded as the scan produces them. Short and common in
// chat, rare in the other three languages (the shared ones are listed for each language).
// clang-format off
constexpr std::string_view kEnglish[] = {
    "the", "and", "is", "are", "was", "were", "you", "your", "we", "our", "to", "of", "for",
    "with", "this", "that", "it", "have", "has", "be", "will", "not", "but", "what", "at",
    "my", "i", "on", "in", "no", "just", "thanks",
};
constexpr std::string_view kGerman[] = {
    "der", "die", "das", "und", "ist", "sind", "nicht", "ich", "wir", "ihr", "sie", "es",
    "mit", "für", "auf", "ein", "eine", "einen", "den", "dem", "zu", "von", "auch", "noch",
    "aber", "wie", "sehr", "heute", "unser", "unsere", "im", "bei", "hat", "haben", "wird",
    "in", "was", "will", "war", "du", "danke", "uns", "euch", "schon",
};
constexpr std::string_view kFrench[] = {
    "le", "la", "les", "et", "est", "sont", "pas", "je", "nous", "vous", "avec", "pour", "sur",
    "un", "une", "des", "du", "au", "aux", "ce", "cette", "qui", "que", "mais", "très",
    "merci", "notre", "nos", "il", "elle", "à", "été", "on", "en", "de", "l", "qu", "se",
    "son", "ça",
};
constexpr std::string_view kSpanish[] = {
    "el", "los", "las", "y", "es", "está", "están", "son", "con", "para", "por", "una", "del",
    "al", "que", "muy", "gracias", "pero", "como", "este", "esta", "nuestro", "nuestra", "se",
    "lo", "su", "mi", "en", "de", "la", "un", "hoy", "todo", "todos", "hay", "ya", "también",
    "más", "no",
};
// clang-format on

constexpr std::size_t kLongestWord = 8; // "también": a word fits one 64-bit key

// A word of up to eight bytes packed into an integer, first byte lowest; 0 is no word.
constexpr std::uint64_t packed(std::string_view word)
{
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < word.size(); ++i)
        key |= std::uint64_t(static_cast<unsigned char>(word[i])) << (8 * i);
    return key;
}

// Every list in one open-addressing table built at compile time: a word costs one
// multiplication and usually one probe, whatever its language.
struct WordTable
{
    static constexpr std::size_t kBits = 9;
    static constexpr std::size_t kSize = std::size_t(1) << kBits;
    std::array<std::uint64_t, kSize> keys{};
    std::array<TextLanguages, kSize> languages{};

    static constexpr std::size_t slot(std::uint64_t key)
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
    }

    constexpr void add(std::string_view word, TextLanguage language)
    {
        const std::uint64_t key = packed(word);
        std::size_t index = slot(key);
        while (keys[index] != 0 && keys[index] != key)
            index = (index + 1) & (kSize - 1);
        keys[index] = key;
        languages[index] |= languageBit(language);
    }

    constexpr TextLanguages find(std::uint64_t key) const
    {
        for (std::size_t index = slot(key);; index = (index + 1) & (kSize - 1)) {
            if (keys[index] == key)
                return languages[index];
            if (keys[index] == 0)
                return 0;
        }
    }
};

constexpr bool fitsOneKey(const auto &list)
{
    return std::all_of(std::begin(list), std::end(list), [](std::string_view word) {
        return !word.empty() && word.size() <= kLongestWord;
    });
}
static_assert(fitsOneKey(kEnglish) && fitsOneKey(kGerman) && fitsOneKey(kFrench) &&
              fitsOneKey(kSpanish));

constexpr WordTable kWords = [] {
    WordTable table;
    const auto append = [&](const auto &list, TextLanguage language) {
        for (const std::string_view word : list)
            table.add(word, language);
    };
    append(kEnglish, TextLanguage::English);
    append(kGerman, TextLanguage::German);
    append(kFrench, TextLanguage::French);
    append(kSpanish, TextLanguage::Spanish);
    return table;
}();

static_assert(kWords.find(packed("la")) ==
              (languageBit(TextLanguage::French) | languageBit(TextLanguage::Spanish)));
static_assert(kWords.find(packed("und")) == languageBit(TextLanguage::German));
static_assert(kWords.find(packed("xyz")) == 0);

} // namespace

TextLanguage LanguageGuess::guess(std::string_view text, TextLanguages candidates)
{
    if ((candidates & ~languageBit(TextLanguage::English)) == 0)
        return TextLanguage::English;
    candidates |= languageBit(TextLanguage::English);

    std::array<int, kTextLanguageCount> hits{};
    std::uint64_t key = 0;
    std::size_t size = 0; // bytes in the word so far; above kLongestWord it cannot match
    const auto endWord = [&] {
        if (size > 0 && size <= kLongestWord) {
            if (const TextLanguages languages = kWords.find(key) & candidates) {
                for (int i = 0; i < kTextLanguageCount; ++i)
                    hits[std::size_t(i)] += (languages >> i) & 1;
            }
        }
        key = 0;
        size = 0;
    };
    const auto append = [&](unsigned char c) {
        if (size < kLongestWord)
            key |= std::uint64_t(c) << (8 * size);
        ++size;
    };

    const std::size_t n = text.size();
    for (std::size_t pos = 0; pos < n;) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                append(static_cast<unsigned char>(c | 0x20));
            else
                endWord();
            ++pos;
            continue;
        }
        // Lead byte: the length of the character, and whether it is a letter.
        std::size_t length = 1;
        bool letter = false;
        if (c >= 0xC3 && c <= 0xDF) {
            length = 2;
            letter = true;
        } else if (c == 0xC2) {
            length = 2; // U+0080..U+00BF: no-break space, « », ¡ ¿ ...
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            letter = c != 0xE2; // U+2000..U+2FFF: ’ “ ” – — … and symbols
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4; // emoji
        }
        bool valid = pos + length <= n;
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[pos + k]) & 0xC0) == 0x80;
        if (!valid || !letter) {
            endWord();
            pos += valid ? length : 1;
            continue;
        }
        for (std::size_t k = 0; k < length; ++k) {
            auto byte = static_cast<unsigned char>(text[pos + k]);
            // À..Þ (C3 80..C3 9E, not × at C3 97) to à..þ.
            if (k == 1 && c == 0xC3 && byte <= 0x9E && byte != 0x97)
                byte += 0x20;
            append(byte);
        }
        pos += length;
    }
    endWord();

    int best = 0;
    int winners = 0;
    TextLanguage winner = TextLanguage::English;
    for (int i = 0; i < kTextLanguageCount; ++i) {
        const auto language = TextLanguage(i);
        if (!(candidates & languageBit(language)) && language != TextLanguage::English)
            continue;
        if (hits[std::size_t(i)] > best) {
            best = hits[std::size_t(i)];
            winners = 1;
            winner = language;
        } else if (hits[std::size_t(i)] == best && best > 0) {
            ++winners;
        }
    }
    return winners == 1 ? winner : TextLanguage::English;
}

QString LanguageGuess::code(TextLanguage language)
{
    switch (language) {
    case TextLanguage::English:
        return QStringLiteral("en");
    case TextLanguage::German:
        return QStringLiteral("de");
    case TextLanguage::French:
        return QStringLiteral("fr");
    case TextLanguage::Spanish:
        return QStringLiteral("es");
    }
    return QString();
}

std::optional<TextLanguage> LanguageGuess::fromCode(QStringView code)
{
    for (int i = 0; i < kTextLanguageCount; ++i) {
        if (code == LanguageGuess::code(TextLanguage(i)))
            return TextLanguage(i);
    }
    return std::nullopt;
}

QString LanguageGuess::knownCodes()
{
    QStringList codes;
    for (int i = 0; i < kTextLanguageCount; ++i)
        codes << code(TextLanguage(i));
    return codes.join(QStringLiteral(", "));
}

} // namespace goodwill::analytics
