#include "textrules.h"

#include <QRegularExpression>

namespace goodwill::analytics {
namespace {

QStringList allLanguages(const std::map<QString, QStringList> &byLanguage)
{
    QStringList all;
    for (const auto &[language, list] : byLanguage)
        all << list;
    return all;
}

// Spans of text that do not count: URLs, `inline code` and ```code blocks```.
QString withoutUrlsAndCode(QStringView text)
{
    static const QRegularExpression ignored(
        QStringLiteral(R"(```.*?```|`[^`]*`|<?\b(?:https?|ftp)://[^\s>]*>?|\bwww\.[^\s]*)"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    QString cleaned = text.toString();
    cleaned.replace(ignored, QStringLiteral(" "));
    return cleaned;
}

} // namespace

bool QuestionDetector::hasQuestionMark(QStringView text)
{
    if (!text.contains(QLatin1Char('?')))
        return false; // the common case, without building a copy
    return withoutUrlsAndCode(text).contains(QLatin1Char('?'));
}

LeaderTitleMatcher::LeaderTitleMatcher(const ModelSettings &settings)
    : m_patterns(allLanguages(settings.leaderTitlePatterns))
{}

bool LeaderTitleMatcher::isLeaderTitle(QStringView title) const
{
    return !title.isEmpty() && m_patterns.containsIn(title);
}

ChannelKindClassifier::ChannelKindClassifier(const ModelSettings &settings)
{
    using store::ChannelKind;
    const std::pair<ChannelKind, const char *> order[] = {
        {ChannelKind::Recognition, "recognition"},
        {ChannelKind::Qa, "qa"},
        {ChannelKind::Announcement, "announcement"},
        {ChannelKind::Social, "social"},
    };
    for (const auto &[kind, key] : order) {
        const auto found = settings.channelKindPatterns.find(QString::fromLatin1(key));
        if (found == settings.channelKindPatterns.end())
            continue;
        Patterns patterns{kind, {}, {}};
        for (const QString &pattern : found->second) {
            if (pattern.contains(QLatin1Char('*')))
                patterns.globs.emplace_back(QRegularExpression::anchoredPattern(
                    QRegularExpression::wildcardToRegularExpression(
                        pattern, QRegularExpression::UnanchoredWildcardConversion)));
            else
                patterns.words << QLatin1Char('-') + pattern + QLatin1Char('-');
        }
        m_patterns.push_back(std::move(patterns));
    }
}

store::ChannelKind ChannelKindClassifier::kindOf(QStringView channelName) const
{
    QString name = channelName.toString().toLower().trimmed();
    if (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    name.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString padded = QLatin1Char('-') + name + QLatin1Char('-');
    for (const Patterns &patterns : m_patterns) {
        for (const QString &word : patterns.words)
            if (padded.contains(word))
                return patterns.kind;
        for (const QRegularExpression &glob : patterns.globs)
            if (glob.match(name).hasMatch())
                return patterns.kind;
    }
    return store::ChannelKind::Work;
}

RecognitionDetector::RecognitionDetector(const ModelSettings &settings)
    : m_phrases(allLanguages(settings.recognitionPhrases)), m_emoji(settings.recognitionEmoji),
      m_negations(allLanguages(settings.recognitionNegations))
{}

RecognitionDetector::Reason RecognitionDetector::classify(QStringView text, int recipients,
                                                          bool markedBySource,
                                                          bool inRecognitionChannel) const
{
    if (recipients <= 0)
        return Reason::None;
    if (markedBySource)
        return Reason::MarkedBySource;
    if (inRecognitionChannel)
        return Reason::RecognitionChannel;
    Reason reason = Reason::None;
    phraseInMentionSentence(text, reason);
    return reason;
}

bool RecognitionDetector::phraseInMentionSentence(QStringView text, Reason &reason) const
{
    // Sentences end at . ! ? or a line break; the phrase must share one with a mention.
    static const QRegularExpression sentenceEnd(QStringLiteral(R"([.!?\n]+(?:\s|$))"));
    qsizetype start = 0;
    const QString cleaned = withoutUrlsAndCode(text);
    while (start < cleaned.size()) {
        const auto end = sentenceEnd.match(cleaned, start);
        const qsizetype stop = end.hasMatch() ? end.capturedEnd() : cleaned.size();
        const QStringView sentence = QStringView(cleaned).mid(start, stop - start);
        start = stop;
        if (!sentence.contains(QLatin1Char('@')))
            continue;
        const QStringList tokens = PhraseMatcher::tokenize(sentence);
        for (const PhraseMatcher::Match &match : m_phrases.find(tokens)) {
            // "no thanks", "not proud of", "don't appreciate": a negation word in the two
            // tokens before the phrase cancels it.
            const int from = std::max(0, match.start - 2);
            const QStringList before = tokens.mid(from, match.start - from);
            if (!m_negations.containsIn(before)) {
                reason = Reason::Phrase;
                return true;
            }
        }
        if (m_emoji.containsIn(tokens)) {
            reason = Reason::Emoji;
            return true;
        }
    }
    return false;
}

} // namespace goodwill::analytics
