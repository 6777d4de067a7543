#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace goodwill::analytics {

// One question to group: who asked and what (the text as stored).
struct ThemeQuestion
{
    std::int32_t activity = -1;
    std::int32_t author = -1;
    QString text;
    // Names to leave out of the terms: the people the question mentions (as "@Name").
    QStringList mentionedNames;
};

// Questions that share a term (docs/model.md, "Town-hall brief").
struct QuestionTheme
{
    QString term;               // the term the questions share
    QStringList relatedTerms;   // other terms in at least two of them, most common first
    std::vector<int> questions; // indexes into the questions grouped, in their order
    int authors = 0;            // distinct authors of those questions
};

// Keyword themes over short texts, deterministic and explainable (docs/model.md,
// "Town-hall brief"):
// 1. Terms of a question: URLs, Slack links, code and "@Name" mentions are removed; the
//    rest is cut into lower-case words (PhraseMatcher's tokens, "'s" dropped); words of
//    fewer than three characters, without a letter, or in resources/stopwords-en.txt are
//    dropped; each term counts once per question. A term ending in "s" (not "ss", "us",
//    "is") is read as its singular when the singular is a term of another question.
// 2. Themes, greedily: the term used by the most distinct authors among the questions not
//    yet in a theme (then by the most questions, then alphabetically) takes every such
//    question containing it; repeated while that term has at least `minAuthors` distinct
//    authors and fewer than `maxThemes` themes exist. The rest are in no theme.
// A theme therefore always has at least `minAuthors` distinct authors: the text privacy
// rule (k_text) is applied by passing k_text.
class QuestionThemes
{
public:
    static constexpr int defaultMaxThemes = 6;
    static constexpr int relatedTermCount = 3;
    static constexpr int minimumTermLength = 3;

    // The distinct terms of one text, in order of first appearance (before the plural rule,
    // which needs the other questions).
    static QStringList terms(const QString &text, const QStringList &mentionedNames = {});
    // The stop words (resources/stopwords-en.txt, compiled in).
    static const QSet<QString> &stopwords();

    // `minAuthors` is raised to 2: a theme is something several people ask about.
    static std::vector<QuestionTheme> group(const std::vector<ThemeQuestion> &questions,
                                            int minAuthors, int maxThemes = defaultMaxThemes);
};

} // namespace goodwill::analytics
