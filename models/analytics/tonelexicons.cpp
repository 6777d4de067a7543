#include "tonelexicons.h"

#include "languageguess.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>
#include <utility>
#include <vector>

namespace goodwill::analytics {

QString ToneLexicons::builtinEnglish()
{
    return QStringLiteral("builtin:en-workplace");
}

Result<SentimentAnalyzer> ToneLexicons::load(const std::map<QString, QString> &lexicons,
                                             const QString &baseFolder, QStringList *warnings)
{
    const auto warn = [warnings](const QString &message) {
        if (warnings)
            warnings->append(message);
    };
    // Returns the lexicon `name` stands for, or an error naming the file and line.
    const auto read = [&](const QString &name) -> Result<SentimentLexicon> {
        if (name == builtinEnglish())
            return SentimentLexicon::englishWorkplace();
        const QString path = baseFolder.isEmpty() ? name : QDir(baseFolder).absoluteFilePath(name);
        return SentimentLexicon::load(path);
    };

    std::optional<SentimentLexicon> english;
    std::vector<std::pair<TextLanguage, SentimentLexicon>> others;
    for (const auto &[code, name] : lexicons) {
        const std::optional<TextLanguage> language = LanguageGuess::fromCode(code);
        if (!language)
            continue; // ModelFile has reported it
        auto lexicon = read(name);
        if (!lexicon) {
            warn(QCoreApplication::translate("ToneLexicons", "Tone lexicon for '%1' not used: %2")
                     .arg(code, lexicon.error().message));
            continue;
        }
        if (*language == TextLanguage::English)
            english = std::move(lexicon).value();
        else
            others.emplace_back(*language, std::move(lexicon).value());
    }
    if (!english) {
        auto builtin = SentimentLexicon::englishWorkplace();
        if (!builtin)
            return builtin.error();
        english = std::move(builtin).value();
    }
    return SentimentAnalyzer(std::move(*english), std::move(others));
}

} // namespace goodwill::analytics
