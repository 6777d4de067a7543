#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace goodwill::analytics {

// Finds phrases ("thank you", "head of", "shout-out") in text as whole words, case-
// insensitively: "vp" matches "VP Sales" but not "mvp", "layoff" does not match
// "playoff". A pattern ending in '*' matches any word that starts with it. Emoji and
// other symbols are words of their own, so "🎉" and ":tada:" can be phrases too.
class PhraseMatcher
{
public:
    struct Match
    {
        int start = 0;  // token index
        int length = 0; // tokens
        int phrase = 0; // index into the phrases given
    };

    PhraseMatcher() = default;
    explicit PhraseMatcher(const QStringList &phrases);

    static QStringList tokenize(QStringView text);

    std::vector<Match> find(const QStringList &tokens) const;
    bool containsIn(const QStringList &tokens) const { return !find(tokens).empty(); }
    bool containsIn(QStringView text) const { return containsIn(tokenize(text)); }
    bool isEmpty() const { return m_phrases.empty(); }

private:
    std::vector<QStringList> m_phrases;
};

} // namespace goodwill::analytics
