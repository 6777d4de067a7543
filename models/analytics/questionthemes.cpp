#include "questionthemes.h"

#include "phrasematcher.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <map>

// The stop words are compiled into this static library; the linker keeps them only when
// something refers to them.
static void initTownHallResources()
{
    Q_INIT_RESOURCE(townhall);
}

namespace goodwill::analytics {
namespace {

QSet<QString> loadStopwords()
{
    initTownHallResources();
    QSet<QString> words;
    QFile file(QStringLiteral(":/goodwill/stopwords-en.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("the compiled-in stop words cannot be read");
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            words.insert(line.toLower());
    }
    return words;
}

bool hasLetter(const QString &word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
}

// "laptops" -> "laptop" when "laptop" is a term too; "access", "status", "analysis" stay.
bool mayBePlural(const QString &term)
{
    return term.size() > QuestionThemes::minimumTermLength && term.endsWith(QLatin1Char('s')) &&
           !term.endsWith(QLatin1String("ss")) && !term.endsWith(QLatin1String("us")) &&
           !term.endsWith(QLatin1String("is"));
}

} // namespace

const QSet<QString> &QuestionThemes::stopwords()
{
    static const QSet<QString> words = loadStopwords();
    return words;
}

QStringList QuestionThemes::terms(const QString &text, const QStringList &mentionedNames)
{
    // Spans that are not the asker's words: code, URLs, Slack links (<...>) and mentions.
    static const QRegularExpression ignored(
        QStringLiteral(
            R"(```.*?```|`[^`]*`|<[^<>\s|]+(?:\|[^<>]*)?>|\b(?:https?|ftp)://\S*|\bwww\.\S*)"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    QString cleaned = text;
    for (const QString &name : mentionedNames) {
        if (!name.isEmpty())
            cleaned.replace(QLatin1Char('@') + name, QStringLiteral(" "), Qt::CaseInsensitive);
    }
    cleaned.replace(ignored, QStringLiteral(" "));
    cleaned.replace(QChar(0x2019), QLatin1Char('\''));

    const QSet<QString> &stop = stopwords();
    QStringList result;
    for (QString word : PhraseMatcher::tokenize(cleaned)) {
        if (stop.contains(word))
            continue;
        if (word.endsWith(QLatin1String("'s")))
            word.chop(2);
        if (word.size() < minimumTermLength || !hasLetter(word) || stop.contains(word) ||
            word.contains(QLatin1Char('\'')))
            continue;
        if (!result.contains(word))
            result << word;
    }
    return result;
}

std::vector<QuestionTheme> QuestionThemes::group(const std::vector<ThemeQuestion> &questions,
                                                 int minAuthors, int maxThemes)
{
    minAuthors = std::max(minAuthors, 2);
    // Terms per question, the plural rule applied over the whole set.
    std::vector<QStringList> termsOf;
    termsOf.reserve(questions.size());
    QSet<QString> all;
    for (const ThemeQuestion &question : questions) {
        termsOf.push_back(terms(question.text, question.mentionedNames));
        for (const QString &term : termsOf.back())
            all.insert(term);
    }
    for (QStringList &list : termsOf) {
        QStringList folded;
        for (const QString &term : list) {
            const QString singular =
                mayBePlural(term) && all.contains(term.chopped(1)) ? term.chopped(1) : term;
            if (!folded.contains(singular))
                folded << singular;
        }
        list = std::move(folded);
    }

    // Which questions use each term (ascending), by term in alphabetical order.
    std::map<QString, std::vector<int>> postings;
    for (size_t q = 0; q < questions.size(); ++q) {
        for (const QString &term : termsOf[q])
            postings[term].push_back(int(q));
    }
    std::vector<bool> taken(questions.size(), false);
    std::vector<QuestionTheme> themes;
    std::vector<std::int32_t> authors;
    while (int(themes.size()) < maxThemes) {
        // The strongest term over the questions in no theme yet: most distinct authors, then
        // most questions, then alphabetical (terms come in alphabetical order and only a
        // strictly stronger one replaces the best).
        const QString *best = nullptr;
        size_t bestAuthors = 0;
        int bestCount = 0;
        for (const auto &[term, users] : postings) {
            if (users.size() < size_t(minAuthors) || users.size() < bestAuthors)
                continue; // cannot have enough authors, or beat the best
            authors.clear();
            for (int q : users) {
                if (!taken[size_t(q)])
                    authors.push_back(questions[size_t(q)].author);
            }
            const int count = int(authors.size());
            std::sort(authors.begin(), authors.end());
            const size_t distinct =
                size_t(std::unique(authors.begin(), authors.end()) - authors.begin());
            if (distinct > bestAuthors || (distinct == bestAuthors && count > bestCount)) {
                best = &term;
                bestAuthors = distinct;
                bestCount = count;
            }
        }
        if (!best || int(bestAuthors) < minAuthors)
            break;
        QuestionTheme theme;
        theme.term = *best;
        theme.authors = int(bestAuthors);
        std::map<QString, int> related;
        for (int q : postings[theme.term]) {
            if (taken[size_t(q)])
                continue;
            taken[size_t(q)] = true;
            theme.questions.push_back(q);
            for (const QString &term : termsOf[size_t(q)]) {
                if (term != theme.term)
                    ++related[term];
            }
        }
        std::vector<std::pair<QString, int>> ranked(related.begin(), related.end());
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        for (const auto &[term, count] : ranked) {
            if (count < 2 || theme.relatedTerms.size() >= relatedTermCount)
                break;
            theme.relatedTerms << term;
        }
        themes.push_back(std::move(theme));
    }
    return themes;
}

} // namespace goodwill::analytics
