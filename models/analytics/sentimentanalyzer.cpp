#include "sentimentanalyzer.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

// The rules follow VADER (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for
// Sentiment Analysis of Social Media Text", ICWSM 2014), whose constants were fitted to
// human ratings; the departures, each noted where it happens, suit short workplace chat:
//
// 1. Tokens: words (inner apostrophes kept: "don't"), Unicode emoji, Slack shortcodes
//    (":tada:") and lexicon emoticons (":)"). URLs and @mentions are skipped, since their
//    words are addresses and names, not opinions. ASCII letters are lowercased.
// 2. Multi-word entries ("well done", "shout out", "no way") are matched greedily, longest
//    first, up to three tokens, and never across punctuation.
// 3. Each scored token or phrase is adjusted by the up to three tokens before it in the same
//    clause (clauses end at , . ; : ! ? ( ), a free-standing dash, a line break and "but";
//    VADER's window ignores punctuation, which let "Not sure. Great work" read as negative):
//    - intensifiers ("very") add kBoosterStep away from zero and dampeners ("slightly",
//      "kind of") take it off, scaled 1, 0.95, 0.9 by distance as in VADER; a dampener can
//      bring a score to zero but not flip it (VADER can flip a weak word);
//    - a negation ("not", "never", "without", any "...n't") multiplies the result by
//      kNegationFactor, once however many negations there are (VADER applies it per
//      negation, so "not never good" would flip back; chat rarely means that).
//    Modifier words never score themselves ("super", "kind", "no" may be lexicon words).
// 4. A token in capitals in a message that also has lowercase words adds kCapsBoost away from
//    zero (shouting); a message all in capitals is just written that way.
// 5. "but" shifts the weight to what follows: scores before the first "but" count
//    kBeforeButFactor, after it kAfterButFactor.
// 6. Each '!' (at most kMaxExclamations) adds kExclamationStep in the direction of the sum.
// 7. The sum x is normalised to x / sqrt(x² + kNormalisationAlpha), in -1..1. A message with
//    no scored token scores exactly 0.
// 8. With lexicons for other languages, each message is scored by one table only: the one
//    of its language as LanguageGuess::guess() tells it (English when in doubt). The rule
//    words above stay English in every table; a lexicon can score phrases such as "nicht gut".

namespace goodwill::analytics {
namespace {

enum class Modifier : std::uint8_t
{
    None,
    Negation,
    Intensifier,
    Dampener,
    But,
};

// Dense word lists read better than one entry per line.
// clang-format off
constexpr std::string_view kNegations[] = {
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without",
    "hardly", "barely", "rarely", "seldom", "cannot", "cant", "dont", "doesnt", "didnt", "isnt",
    "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "havent", "hasnt",
    "hadnt", "aint", "mustnt", "neednt", "nope", "nah",
};
constexpr std::string_view kIntensifiers[] = {
    "very", "really", "extremely", "so", "super", "incredibly", "totally", "absolutely",
    "completely", "deeply", "entirely", "especially", "exceptionally", "fully", "genuinely",
    "greatly", "highly", "hugely", "huge", "insanely", "massively", "massive", "particularly",
    "remarkably", "ridiculously", "seriously", "thoroughly", "tremendously", "truly", "utterly",
    "unbelievably",
};
constexpr std::string_view kDampeners[] = {
    "slightly", "somewhat", "kinda", "sorta", "fairly", "marginally", "partly", "partially",
    "mildly", "bit", "little", "almost", "less", "occasionally", "scarcely",
};
// "kind of" and "sort of" dampen; "kind" alone is a lexicon word, so the pair is checked
// before the word is scored. "a bit" and "a little" are covered by "bit" and "little".
constexpr std::pair<std::string_view, std::string_view> kDampenerPairs[] = {
    {"kind", "of"}, {"sort", "of"},
};
// clang-format on
constexpr std::string_view kBut = "but";
constexpr double kDistanceFactor[SentimentAnalyzer::kModifierWindow] = {1.0, 0.95, 0.9};

// Read-only hash table for the per-token lookups, which dominate the cost of compound():
// open addressing with linear probing over one array, keys packed into one string, so a
// lookup is a short hash and usually one cache line instead of a walk through list nodes.
template <typename Value> class FlatTable
{
public:
    void build(const std::vector<std::pair<std::string, Value>> &items)
    {
        std::size_t capacity = 16;
        while (capacity < items.size() * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot());
        m_mask = capacity - 1;
        for (const auto &[key, value] : items) {
            const std::uint64_t hash = hashOf(key);
            std::size_t index = hash & m_mask;
            while (m_slots[index].used)
                index = (index + 1) & m_mask;
            m_slots[index] =
                Slot{hash, std::uint32_t(m_keys.size()), std::uint32_t(key.size()), value, true};
            m_keys += key;
        }
    }

    const Value *find(std::string_view key) const
    {
        if (m_slots.empty())
            return nullptr;
        const std::uint64_t hash = hashOf(key);
        for (std::size_t index = hash & m_mask;; index = (index + 1) & m_mask) {
            const Slot &slot = m_slots[index];
            if (!slot.used)
                return nullptr;
            if (slot.hash == hash && slot.size == key.size() &&
                std::string_view(m_keys).substr(slot.offset, slot.size) == key)
                return &slot.value;
        }
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0;
        std::uint32_t size = 0;
        Value value{};
        bool used = false;
    };

    // FNV-1a: tokens are a few bytes long, where it beats the block hashes.
    static std::uint64_t hashOf(std::string_view key)
    {
        std::uint64_t hash = 0xcbf29ce484222325ull;
        for (const char c : key)
            hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
        return hash;
    }

    std::vector<Slot> m_slots;
    std::string m_keys;
    std::size_t m_mask = 0;
};

bool endsWithNot(std::string_view word)
{
    return word.size() >= 3 && word.ends_with("n't");
}

QString fromUtf8(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace

struct SentimentAnalyzer::Table
{
    struct Word
    {
        double score = 0;
        bool scored = false;
        bool startsPhrase = false;
        bool startsPair = false;
        Modifier modifier = Modifier::None;
    };

    // A token of the message being scored, with what the table says about it.
    struct Slot
    {
        SentimentToken token;
        const Word *word = nullptr;
        Modifier modifier = Modifier::None;
        bool startsPair = false;
    };

    static bool isDampenerPair(const Slot &first, const Slot &second)
    {
        if (!first.startsPair || second.token.startsClause)
            return false;
        for (const auto &[a, b] : kDampenerPairs) {
            if (first.token.text() == a && second.token.text() == b)
                return true;
        }
        return false;
    }

    // Single tokens, modifiers and first words of phrases in one table, so each token of a
    // message costs one lookup.
    FlatTable<Word> words;
    FlatTable<double> phrases;
    SentimentLexicon lexicon;
};

std::shared_ptr<const SentimentAnalyzer::Table>
SentimentAnalyzer::makeTable(SentimentLexicon lexicon)
{
    std::unordered_map<std::string, Table::Word> words;
    std::vector<std::pair<std::string, double>> phrases;
    for (const SentimentLexicon::Entry &entry : lexicon.entries()) {
        if (entry.words == 1) {
            Table::Word &word = words[entry.key];
            word.score = entry.score;
            word.scored = true;
        } else {
            phrases.emplace_back(entry.key, entry.score);
            words[entry.key.substr(0, entry.key.find(' '))].startsPhrase = true;
        }
    }
    const auto mark = [&](std::span<const std::string_view> list, Modifier modifier) {
        for (const std::string_view word : list)
            words[std::string(word)].modifier = modifier;
    };
    mark(kNegations, Modifier::Negation);
    mark(kIntensifiers, Modifier::Intensifier);
    mark(kDampeners, Modifier::Dampener);
    mark(std::span(&kBut, 1), Modifier::But);
    for (const auto &[first, second] : kDampenerPairs)
        words[std::string(first)].startsPair = true;

    auto table = std::make_shared<Table>();
    table->words.build(
        std::vector<std::pair<std::string, Table::Word>>(words.begin(), words.end()));
    table->phrases.build(phrases);
    table->lexicon = std::move(lexicon);
    return table;
}

SentimentAnalyzer::SentimentAnalyzer(SentimentLexicon english)
{
    m_tables[std::size_t(TextLanguage::English)] = makeTable(std::move(english));
}

SentimentAnalyzer::SentimentAnalyzer(SentimentLexicon english,
                                     std::vector<std::pair<TextLanguage, SentimentLexicon>> others)
    : SentimentAnalyzer(std::move(english))
{
    for (auto &[language, lexicon] : others) {
        if (language == TextLanguage::English)
            continue;
        m_tables[std::size_t(language)] = makeTable(std::move(lexicon));
        m_languages |= languageBit(language);
    }
}

const SentimentLexicon &SentimentAnalyzer::lexicon() const
{
    return m_tables[std::size_t(TextLanguage::English)]->lexicon;
}

const SentimentLexicon *SentimentAnalyzer::lexicon(TextLanguage language) const
{
    const auto &table = m_tables[std::size_t(language)];
    return table ? &table->lexicon : nullptr;
}

TextLanguage SentimentAnalyzer::languageOf(std::string_view utf8Text) const
{
    // English alone (the usual case) costs one comparison, not a scan of the text.
    if (m_languages == languageBit(TextLanguage::English))
        return TextLanguage::English;
    return LanguageGuess::guess(utf8Text, m_languages);
}

namespace {

// The explanation of one scored unit, finished once the whole message has been read.
struct PendingContribution
{
    std::string_view original;
    double lexiconScore = 0;
    std::array<double, 2> value{}; // without, with the capitals boost
    bool allCaps = false;
    bool afterBut = false;
    std::vector<std::pair<Modifier, std::string_view>> modifiers; // in text order
};

} // namespace

template <bool Explain>
double SentimentAnalyzer::run(const Table &table, std::string_view utf8Text,
                              SentimentResult *result)
{
    // Enough room for three tokens of look-behind (four with a two-word dampener), the
    // current token and two of look-ahead for phrases, so any length of text streams
    // through a fixed buffer.
    using Slot = Table::Slot;
    constexpr std::ptrdiff_t kRing = 8;
    std::array<Slot, kRing> ring;
    const auto at = [&](std::ptrdiff_t index) -> Slot & {
        return ring[std::size_t(index % kRing)];
    };

    SentimentTokenizer tokenizer(utf8Text, &table.lexicon);
    std::ptrdiff_t fetched = 0;
    bool exhausted = false;
    bool sawCaps = false;
    bool sawLowercase = false;
    const auto ensure = [&](std::ptrdiff_t index) {
        while (!exhausted && fetched <= index) {
            Slot &slot = at(fetched);
            if (!tokenizer.next(slot.token)) {
                exhausted = true;
                break;
            }
            const Table::Word *word = table.words.find(slot.token.text());
            slot.word = word;
            slot.modifier = word ? word->modifier : Modifier::None;
            if (slot.modifier == Modifier::None && endsWithNot(slot.token.text()))
                slot.modifier = Modifier::Negation;
            slot.startsPair = word && word->startsPair;
            sawCaps = sawCaps || slot.token.allCaps;
            sawLowercase = sawLowercase || slot.token.hasLowercase;
            ++fetched;
        }
        return fetched > index;
    };

    // [after "but"][with the capitals boost]: whether the boost applies and how "but" weighs
    // are only known at the end, so both variants are summed as the text streams past.
    double sums[2][2] = {};
    bool sawBut = false;
    std::ptrdiff_t clauseStart = 0;
    std::vector<PendingContribution> pending;
    std::array<char, SentimentLexicon::kMaxPhraseWords *(SentimentToken::kCapacity + 1)> key{};

    for (std::ptrdiff_t i = 0; ensure(i);) {
        const Slot &slot = at(i);
        if (slot.token.startsClause)
            clauseStart = i;
        const Table::Word *word = slot.word;

        std::ptrdiff_t length = 0;
        double score = 0;
        if (word && word->startsPhrase) {
            for (std::ptrdiff_t words = SentimentLexicon::kMaxPhraseWords; words >= 2; --words) {
                if (!ensure(i + words - 1))
                    continue;
                std::size_t size = 0;
                bool usable = true;
                for (std::ptrdiff_t k = i; k < i + words && usable; ++k) {
                    const SentimentToken &token = at(k).token;
                    usable = !token.tooLong && (k == i || !token.startsClause);
                    if (k > i)
                        key[size++] = ' ';
                    std::copy_n(token.folded.begin(), token.size, key.begin() + size);
                    size += token.size;
                }
                if (!usable)
                    continue;
                if (const double *found = table.phrases.find(std::string_view(key.data(), size))) {
                    length = words;
                    score = *found;
                    break;
                }
            }
        }
        if (length == 0) {
            if (slot.modifier == Modifier::But) {
                sawBut = true;
                clauseStart = i + 1;
                ++i;
                continue;
            }
            if (slot.modifier != Modifier::None) {
                ++i;
                continue;
            }
            if (slot.startsPair && ensure(i + 1) && Table::isDampenerPair(slot, at(i + 1))) {
                i += 2;
                continue;
            }
            if (word && word->scored) {
                length = 1;
                score = word->score;
            }
        }
        if (length == 0 || score == 0) {
            i += std::max<std::ptrdiff_t>(length, 1);
            continue;
        }

        bool allCaps = true;
        for (std::ptrdiff_t k = i; k < i + length; ++k)
            allCaps = allCaps && at(k).token.allCaps;

        double boost = 0;
        std::string_view negation;
        PendingContribution explained;
        std::ptrdiff_t distance = 1;
        for (std::ptrdiff_t j = i - 1; distance <= kModifierWindow && j >= clauseStart;
             --j, ++distance) {
            const double factor = kDistanceFactor[distance - 1];
            if (j - 1 >= clauseStart && Table::isDampenerPair(at(j - 1), at(j))) {
                boost -= kBoosterStep * factor;
                if constexpr (Explain) {
                    const std::string_view first = at(j - 1).token.original;
                    const std::string_view second = at(j).token.original;
                    explained.modifiers.emplace_back(
                        Modifier::Dampener,
                        std::string_view(first.data(), std::size_t(second.data() + second.size() -
                                                                   first.data())));
                }
                --j; // the pair takes two of the three places
                ++distance;
                continue;
            }
            const Slot &before = at(j);
            switch (before.modifier) {
            case Modifier::Intensifier:
                boost += kBoosterStep * factor;
                break;
            case Modifier::Dampener:
                boost -= kBoosterStep * factor;
                break;
            case Modifier::Negation:
                if (negation.empty())
                    negation = before.token.original;
                break;
            case Modifier::None:
            case Modifier::But:
                continue;
            }
            if constexpr (Explain)
                explained.modifiers.emplace_back(before.modifier, before.token.original);
        }

        const double direction = score > 0 ? 1 : -1;
        const double magnitude = std::abs(score);
        const double negationFactor = negation.empty() ? 1 : kNegationFactor;
        const std::array<double, 2> value = {
            direction * std::max(0.0, magnitude + boost) * negationFactor,
            direction * std::max(0.0, magnitude + (allCaps ? kCapsBoost : 0) + boost) *
                negationFactor,
        };
        sums[sawBut][0] += value[0];
        sums[sawBut][1] += value[1];

        if constexpr (Explain) {
            const std::string_view first = slot.token.original;
            const std::string_view last = at(i + length - 1).token.original;
            explained.original = std::string_view(
                first.data(), std::size_t(last.data() + last.size() - first.data()));
            explained.lexiconScore = score;
            explained.value = value;
            explained.allCaps = allCaps;
            explained.afterBut = sawBut;
            std::reverse(explained.modifiers.begin(), explained.modifiers.end());
            pending.push_back(std::move(explained));
        }
        i += length;
    }

    const int caps = sawCaps && sawLowercase ? 1 : 0;
    double raw =
        sawBut ? kBeforeButFactor * sums[0][caps] + kAfterButFactor * sums[1][caps] : sums[0][caps];
    const int exclamations = std::min(tokenizer.exclamationMarks(), kMaxExclamations);
    const double exclamation = raw > 0   ? exclamations * kExclamationStep
                               : raw < 0 ? -exclamations * kExclamationStep
                                         : 0;
    raw += exclamation;
    const double compound = raw / std::sqrt(raw * raw + kNormalisationAlpha);

    if constexpr (Explain) {
        result->compound = compound;
        result->raw = raw;
        result->contributions.reserve(qsizetype(pending.size()) + 1);
        for (const PendingContribution &unit : pending) {
            QStringList rules;
            for (const auto &[modifier, text] : unit.modifiers) {
                const QString name = fromUtf8(text).toLower();
                switch (modifier) {
                case Modifier::Negation:
                    rules.append(QCoreApplication::translate("SentimentAnalyzer", "negated by '%1'")
                                     .arg(name));
                    break;
                case Modifier::Intensifier:
                    rules.append(
                        QCoreApplication::translate("SentimentAnalyzer", "intensified by '%1'")
                            .arg(name));
                    break;
                case Modifier::Dampener:
                    rules.append(
                        QCoreApplication::translate("SentimentAnalyzer", "dampened by '%1'")
                            .arg(name));
                    break;
                case Modifier::None:
                case Modifier::But:
                    break;
                }
            }
            if (caps && unit.allCaps)
                rules.append(QCoreApplication::translate("SentimentAnalyzer", "all caps"));
            if (sawBut)
                rules.append(
                    unit.afterBut
                        ? QCoreApplication::translate("SentimentAnalyzer", "after 'but'")
                        : QCoreApplication::translate("SentimentAnalyzer", "before 'but'"));
            if (rules.isEmpty())
                rules.append(QCoreApplication::translate("SentimentAnalyzer", "lexicon"));
            const double weight =
                sawBut ? (unit.afterBut ? kAfterButFactor : kBeforeButFactor) : 1.0;
            result->contributions.append(
                SentimentContribution{fromUtf8(unit.original), unit.value[caps] * weight,
                                      rules.join(u", "), unit.lexiconScore});
        }
        if (exclamation != 0)
            result->contributions.append(SentimentContribution{
                QString(exclamations, u'!'), exclamation,
                QCoreApplication::translate("SentimentAnalyzer", "exclamation"), 0});
    }
    return compound;
}

SentimentResult SentimentAnalyzer::analyse(std::string_view utf8Text) const
{
    SentimentResult result;
    result.language = languageOf(utf8Text);
    run<true>(*m_tables[std::size_t(result.language)], utf8Text, &result);
    return result;
}

double SentimentAnalyzer::compound(std::string_view utf8Text) const
{
    return run<false>(*m_tables[std::size_t(languageOf(utf8Text))], utf8Text, nullptr);
}

} // namespace goodwill::analytics
