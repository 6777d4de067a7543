#pragma once

#include "sentimentanalyzer.h"
#include "store/result.h"

#include <QString>
#include <QStringList>

#include <map>

namespace goodwill::analytics {

// Builds the tone engine from the model file's sentiment.lexicons (docs/model.md section 6):
// English from the built-in workplace lexicon (or the user's file), each other language from
// the user's file in word-score or VADER format.
class ToneLexicons
{
public:
    // The name that stands for the shipped English workplace lexicon.
    static QString builtinEnglish(); // "builtin:en-workplace"

    // `lexicons` maps language codes to builtinEnglish() or a file; relative paths are taken
    // from `baseFolder` (the model file's folder). A file that cannot be used is left out
    // with a warning naming it (and its line), so that language falls back to English; an
    // unusable English file falls back to the built-in lexicon. An error only when the
    // built-in lexicon itself is missing.
    static Result<SentimentAnalyzer> load(const std::map<QString, QString> &lexicons,
                                          const QString &baseFolder, QStringList *warnings);
};

} // namespace goodwill::analytics
