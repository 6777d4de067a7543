#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <string_view>

namespace goodwill::analytics {

// The languages the tone engine can tell apart (docs/model.md section 6): the model file
// names a lexicon per language by these codes ("en", "de", "fr", "es").
enum class TextLanguage : std::uint8_t
{
    English,
    German,
    French,
    Spanish,
};

inline constexpr int kTextLanguageCount = 4;

// A set of languages as bits (1 << int(language)).
using TextLanguages = std::uint8_t;

constexpr TextLanguages languageBit(TextLanguage language)
{
    return TextLanguages(1u << unsigned(language));
}

// Guesses the language of a message from common function words ("the", "und", "les",
// "los" ...): a cheap, deterministic count, no statistics. Allocation-free; the rule is in
// languageguess.cpp and docs/model.md section 6.
class LanguageGuess
{
public:
    // The candidate with the most function-word hits; English when English has the most,
    // when the most is shared, when nothing matched, or when `candidates` is English alone.
    static TextLanguage guess(std::string_view utf8Text, TextLanguages candidates);

    static QString code(TextLanguage language);                    // "en", "de", "fr", "es"
    static std::optional<TextLanguage> fromCode(QStringView code); // nullopt when unknown
    static QString knownCodes();                                   // "en, de, fr, es"
};

} // namespace goodwill::analytics
