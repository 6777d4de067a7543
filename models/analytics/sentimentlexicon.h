#pragma once

#include "store/result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace goodwill::analytics {

class SentimentLexicon;

// One token of a message as the sentiment rules see it. The text is folded (ASCII letters
// lowercased, typographic apostrophes made plain, emoji stripped of variation selectors and
// skin tones) into a small inline buffer, so scanning millions of messages allocates nothing.
struct SentimentToken
{
    enum class Kind : std::uint8_t
    {
        Word,      // letters, digits and inner apostrophes: "don't", "3pm", "café"
        Emoji,     // one Unicode emoji, including ZWJ sequences and flags
        Shortcode, // Slack-style ":tada:", ":+1:"
        Emoticon,  // an ASCII emoticon the lexicon knows, such as ":)" or "<3"
    };
    // Longer tokens (URLs are skipped before this) are never lexicon entries, so they are
    // kept as placeholders that take part in the rules' three-token windows but never score.
    static constexpr std::size_t kCapacity = 48;

    std::string_view original; // the bytes of the message this token came from
    std::array<char, kCapacity> folded{};
    std::uint8_t size = 0;
    Kind kind = Kind::Word;
    bool tooLong = false;
    bool allCaps = false;      // a word of two or more letters with no lowercase letter
    bool hasLowercase = false; // a word with at least one lowercase ASCII letter
    bool startsClause = false; // first token, or a line break or , . ; : ! ? ( ) before it

    std::string_view text() const
    {
        return tooLong ? std::string_view() : std::string_view(folded.data(), size);
    }
};

// Splits UTF-8 chat text into SentimentTokens. Lexicon keys go through the same code as
// messages, so an entry written "shout-out" or "❤️" matches exactly what messages produce.
class SentimentTokenizer
{
public:
    // With a lexicon, whitespace-separated chunks that are one of its emoticons (":)", "<3")
    // are kept whole instead of being broken up as punctuation.
    explicit SentimentTokenizer(std::string_view utf8Text,
                                const SentimentLexicon *emoticons = nullptr);

    bool next(SentimentToken &token);
    // '!' seen so far outside URLs and mentions.
    int exclamationMarks() const { return m_exclamations; }

private:
    bool readEmoticon(SentimentToken &token);
    bool readShortcode(SentimentToken &token);
    void readWord(SentimentToken &token);
    void readEmoji(SentimentToken &token);
    bool startsUrl() const;
    void skipUrl();
    void skipMention();
    void begin(SentimentToken &token, SentimentToken::Kind kind);

    std::string_view m_text;
    std::size_t m_pos = 0;
    const SentimentLexicon *m_emoticons = nullptr;
    int m_exclamations = 0;
    bool m_clauseBreak = true;
    bool m_chunkStart = true;
};

// Word scores for sentiment, -4 (very negative) to +4 (very positive). Entries are single
// words, emoji, Slack shortcodes, ASCII emoticons, or phrases of up to three words ("well
// done"), stored folded as the tokenizer produces them with phrase words joined by one space.
// Immutable once loaded, so one lexicon can be shared by analysers on any number of threads.
class SentimentLexicon
{
public:
    enum class Format
    {
        WordScore, // AFINN style: word<TAB>score
        Vader,     // VADER style: token<TAB>mean<TAB>std<TAB>[ratings]
    };

    struct Entry
    {
        std::string key; // folded; phrase words joined by one space
        double score = 0;
        int words = 1;
        bool emoticon = false; // matched against a whole whitespace-separated chunk
    };

    static constexpr int kMaxPhraseWords = 3;

    SentimentLexicon() = default;

    // word<TAB>score, integer or decimal score in -5..5; when the file's largest |score| is
    // above 4 (AFINN's -5..5 scale) every score is multiplied by 0.8 to land in -4..4. '#'
    // comment lines and blank lines are ignored; entries may be phrases ("shout out").
    static Result<SentimentLexicon> loadWordScore(const QString &path);
    // token<TAB>mean<TAB>std<TAB>[ratings]; only the token and the mean (-4..4) are used.
    static Result<SentimentLexicon> loadVader(const QString &path);
    // Detects the format from the first data line: four tab-separated columns with a '[' in
    // the fourth is VADER, anything else word<TAB>score.
    static Result<SentimentLexicon> load(const QString &path);
    // The English workplace lexicon shipped in the application's resources.
    static Result<SentimentLexicon> englishWorkplace();
    static QString englishWorkplaceResource();
    // Parses lexicon text already in memory; `source` names it in error messages.
    static Result<SentimentLexicon> parse(QByteArrayView utf8, Format format,
                                          const QString &source);
    static Format detectFormat(QByteArrayView utf8);

    // The score of a folded single token, emoji, shortcode, emoticon, or of a phrase whose
    // words are joined by one space ("shout out").
    std::optional<double> score(std::string_view lowercaseToken) const;
    std::optional<double> phraseScore(std::span<const std::string_view> words) const;
    // Whether some entry of two or more words begins with this word.
    bool startsPhrase(std::string_view firstWord) const;
    // Whether the folded chunk is one of the lexicon's emoticons.
    bool isEmoticon(std::string_view foldedChunk) const;
    bool mayStartEmoticon(unsigned char firstByte) const { return m_emoticonStarts[firstByte]; }
    std::size_t longestEmoticon() const { return m_longestEmoticon; }

    int size() const { return int(m_entries.size()); }
    const std::vector<Entry> &entries() const { return m_entries; }
    // Keys that appeared more than once; the first occurrence was kept.
    const QStringList &duplicates() const { return m_duplicates; }
    bool wasRescaled() const { return m_rescaled; }
    const QString &source() const { return m_source; }

private:
    struct KeyHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const
        {
            return std::hash<std::string_view>{}(key);
        }
    };

    void add(Entry entry);

    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::size_t, KeyHash, std::equal_to<>> m_index;
    std::unordered_set<std::string, KeyHash, std::equal_to<>> m_phraseStarts;
    std::array<bool, 256> m_emoticonStarts{};
    std::size_t m_longestEmoticon = 0;
    QStringList m_duplicates;
    QString m_source;
    bool m_rescaled = false;
};

} // namespace goodwill::analytics
