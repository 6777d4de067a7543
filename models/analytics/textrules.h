#pragma once

#include "modelsettings.h"
#include "phrasematcher.h"
#include "store/records.h"

#include <QRegularExpression>
#include <QString>

#include <vector>

namespace goodwill::analytics {

// A question (MODEL.md section 1): a question mark outside URLs and code. (Any staff post
// in a Q&A channel is a question too; the caller knows the channel.)
class QuestionDetector
{
public:
    static bool hasQuestionMark(QStringView text);
};

// Leaders by title: a word match against the leader patterns of every language.
class LeaderTitleMatcher
{
public:
    explicit LeaderTitleMatcher(const ModelSettings &settings);
    bool isLeaderTitle(QStringView title) const;

private:
    PhraseMatcher m_patterns;
};

// A channel's default kind from its name (MODEL.md section 1), checked in the order
// recognition, Q&A, announcement, social; anything else is work. A pattern with '*' is a
// wildcard over the whole name; otherwise it must be one of the name's dash-separated parts.
class ChannelKindClassifier
{
public:
    explicit ChannelKindClassifier(const ModelSettings &settings);
    store::ChannelKind kindOf(QStringView channelName) const;

private:
    // Each kind's patterns, in the order kinds are tried: plain words as "-word-" (matched
    // inside "-name-"), globs compiled once, anchored.
    struct Patterns
    {
        store::ChannelKind kind;
        QStringList words;
        std::vector<QRegularExpression> globs;
    };
    std::vector<Patterns> m_patterns;
};

// Recognition (MODEL.md section 2). Recipients are the mentioned people other than the
// author and bots; the caller supplies them and asks only when there is at least one.
class RecognitionDetector
{
public:
    enum class Reason
    {
        None,
        MarkedBySource,
        RecognitionChannel,
        Phrase,
        Emoji
    };

    explicit RecognitionDetector(const ModelSettings &settings);

    // `text` as stored: mentions appear as "@Name". `recipients` is the number of people
    // mentioned who may be recognised.
    Reason classify(QStringView text, int recipients, bool markedBySource,
                    bool inRecognitionChannel) const;

private:
    bool phraseInMentionSentence(QStringView text, Reason &reason) const;

    PhraseMatcher m_phrases;
    PhraseMatcher m_emoji;
    PhraseMatcher m_negations;
};

} // namespace goodwill::analytics
