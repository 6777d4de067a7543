#pragma once

#include "languageguess.h"
#include "sentimentlexicon.h"

#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace goodwill::analytics {

// What one word, phrase, emoji or the exclamation marks added to a message's raw score.
struct SentimentContribution
{
    QString token;           // as written in the message: "Shout-out", "🎉", "!!"
    double score = 0;        // after every rule; the contributions add up to SentimentResult::raw
    QString rule;            // "lexicon", "negated by 'not'", "intensified by 'very', after 'but'"
    double lexiconScore = 0; // the entry's own score (0 for exclamation marks)
};

struct SentimentResult
{
    double compound = 0;                           // -1..1
    double raw = 0;                                // the sum before normalisation
    TextLanguage language = TextLanguage::English; // whose lexicon scored the message
    QList<SentimentContribution> contributions;

    bool hasSentiment() const { return !contributions.isEmpty(); }
};

// VADER-style sentiment for short workplace messages: lexicon scores adjusted by negation,
// intensifiers, "but", capitals and exclamation marks, then squashed into -1..1. The rules
// and their constants are documented in sentimentanalyzer.cpp. With lexicons for more than
// English, each message is scored with the lexicon of its guessed language (LanguageGuess,
// over the languages that have one). Immutable after construction; analyse() and compound()
// may be called from any number of threads at once.
class SentimentAnalyzer
{
public:
    // English only: every message is scored with `english`.
    explicit SentimentAnalyzer(SentimentLexicon english);
    // English plus lexicons for other languages (an English entry in `others` is ignored).
    SentimentAnalyzer(SentimentLexicon english,
                      std::vector<std::pair<TextLanguage, SentimentLexicon>> others);

    // The score with the tokens that moved it, for the drill-down view.
    SentimentResult analyse(std::string_view utf8Text) const;
    // The same compound score without the explanation: allocation-free for the millions of
    // messages in an organisation.
    double compound(std::string_view utf8Text) const;

    // The English lexicon; the lexicon of `language`, or null when it has none.
    const SentimentLexicon &lexicon() const;
    const SentimentLexicon *lexicon(TextLanguage language) const;
    TextLanguages languages() const { return m_languages; }
    // The language whose lexicon scores `utf8Text`.
    TextLanguage languageOf(std::string_view utf8Text) const;

    // The rule constants, exposed so tests and docs can quote them.
    static constexpr double kNegationFactor = -0.74;
    static constexpr double kBoosterStep = 0.293;
    static constexpr double kCapsBoost = 0.733;
    static constexpr double kExclamationStep = 0.292;
    static constexpr int kMaxExclamations = 4;
    static constexpr double kBeforeButFactor = 0.5;
    static constexpr double kAfterButFactor = 1.5;
    static constexpr double kNormalisationAlpha = 15;
    static constexpr int kModifierWindow = 3;

private:
    struct Table;
    template <bool Explain>
    static double run(const Table &table, std::string_view utf8Text, SentimentResult *result);
    static std::shared_ptr<const Table> makeTable(SentimentLexicon lexicon);

    std::array<std::shared_ptr<const Table>, kTextLanguageCount> m_tables;
    TextLanguages m_languages = languageBit(TextLanguage::English);
};

} // namespace goodwill::analytics
