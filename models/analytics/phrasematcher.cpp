#include "phrasematcher.h"

namespace goodwill::analytics {
namespace {

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || c == U'\'' || c == U'’' || c == U'-' || c == U'_' ||
           c == U'+';
}

bool tokenMatches(const QString &pattern, const QString &token)
{
    if (pattern.endsWith(QLatin1Char('*')))
        return token.startsWith(QStringView(pattern).chopped(1));
    return token == pattern;
}

} // namespace

PhraseMatcher::PhraseMatcher(const QStringList &phrases)
{
    for (const QString &phrase : phrases) {
        QStringList tokens = tokenize(phrase);
        if (tokens.isEmpty())
            continue;
        if (phrase.endsWith(QLatin1Char('*')))
            tokens.back() += QLatin1Char('*'); // the tokenizer drops the wildcard
        m_phrases.push_back(std::move(tokens));
    }
}

QStringList PhraseMatcher::tokenize(QStringView text)
{
    // Slack-style shortcodes (":tada:") become the bare name, so either spelling matches.
    QStringList tokens;
    QString word;
    const auto flush = [&] {
        while (!word.isEmpty() &&
               (word.back() == QLatin1Char('-') || word.back() == QLatin1Char('\'')))
            word.chop(1);
        if (!word.isEmpty())
            tokens << word;
        word.clear();
    };
    for (char32_t c : text.toUcs4()) {
        if (isWordCharacter(c)) {
            if (word.isEmpty() && (c == U'-' || c == U'\''))
                continue;
            word += QString::fromUcs4(&c, 1).toLower();
        } else {
            flush();
            // Symbols other than punctuation and spaces (emoji) are tokens of their own;
            // variation selectors and joiners are not.
            const auto category = QChar::category(c);
            if (category == QChar::Symbol_Other || category == QChar::Symbol_Math)
                tokens << QString::fromUcs4(&c, 1);
        }
    }
    flush();
    return tokens;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::find(const QStringList &tokens) const
{
    std::vector<Match> matches;
    for (int start = 0; start < tokens.size(); ++start) {
        for (int p = 0; p < int(m_phrases.size()); ++p) {
            const QStringList &phrase = m_phrases[size_t(p)];
            if (start + phrase.size() > tokens.size())
                continue;
            bool all = true;
            for (int i = 0; i < phrase.size() && all; ++i)
                all = tokenMatches(phrase[i], tokens[start + i]);
            if (all)
                matches.push_back({start, int(phrase.size()), p});
        }
    }
    return matches;
}

} // namespace goodwill::analytics
