// Sentiment lexicon files (models/analytics/sentimentlexicon): the input is parsed as
// both formats (AFINN-style word<TAB>score and VADER-style), and every lexicon that loads
// then scores the input itself as a message, which runs the tokenizer over arbitrary
// bytes with the lexicon's emoticons. Checked: every entry is found again by its key,
// scores stay within -4..4, and the compound score is finite, within -1..1 and the same
// from analyse() and compound().
#include "fuzzharness.h"
#include "fuzzworkspace.h"

#include "analytics/sentimentanalyzer.h"
#include "analytics/sentimentlexicon.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace goodwill::fuzz {
namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "lexicon harness: %s\n", what);
        std::abort();
    }
}

} // namespace

QString fuzzLexicon(const std::uint8_t *data, std::size_t size)
{
    using analytics::SentimentLexicon;
    const std::string_view input = bytesOf(data, size);
    const QByteArrayView bytes(input.data(), qsizetype(input.size()));
    const SentimentLexicon::Format detected = SentimentLexicon::detectFormat(bytes);
    QString message;
    for (const SentimentLexicon::Format format :
         {SentimentLexicon::Format::WordScore, SentimentLexicon::Format::Vader}) {
        auto lexicon = SentimentLexicon::parse(bytes, format, QStringLiteral("fuzz.tsv"));
        if (!lexicon) {
            if (format == detected)
                message = lexicon.error().message;
            continue;
        }
        for (const SentimentLexicon::Entry &entry : lexicon->entries()) {
            check(std::abs(entry.score) <= 4, "a score outside -4..4");
            const auto found = lexicon->score(entry.key);
            check(found && *found == entry.score, "an entry not found by its own key");
        }
        const analytics::SentimentAnalyzer analyzer(std::move(lexicon).value());
        const analytics::SentimentResult result = analyzer.analyse(input);
        const double compound = analyzer.compound(input);
        check(std::isfinite(compound) && compound >= -1 && compound <= 1,
              "a compound score outside -1..1");
        check(result.compound == compound, "analyse() and compound() disagree");
    }
    return message;
}

} // namespace goodwill::fuzz
