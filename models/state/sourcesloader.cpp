#include "sourcesloader.h"

#include "analytics/capitalengine.h"
#include "analytics/leaderstats.h"
#include "analytics/modelsettings.h"
#include "analytics/sentimentanalyzer.h"
#include "analytics/tonelexicons.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace goodwill::state {
SourcesLoader::Outcome SourcesLoader::load(const QString &path, store::Database::Access access,
                                           const QString &modelFile,
                                           const std::function<void(const QString &)> &progress,
                                           const std::atomic<bool> *cancel)
{
    const auto step = [&progress](const QString &message) {
        if (progress)
            progress(message);
    };
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    Outcome outcome;
    step(QCoreApplication::translate("SourcesLoader", "Opening %1…")
             .arg(QFileInfo(path).fileName()));
    auto database = store::Database::open(path, access);
    if (!database) {
        outcome.error = database.error().message;
        return outcome;
    }
    outcome.readOnly = (*database)->isReadOnly();
    // Every query in one read transaction: an import another window commits meanwhile is
    // seen whole or not at all. (A database opened read-only already holds one.)
    const store::SqliteTransaction snapshot((*database)->connection(),
                                            store::SqliteTransaction::Mode::Read);
    analytics::ModelLoad model = analytics::ModelFile::load(modelFile);
    for (const Error &problem : model.problems)
        outcome.warnings << problem.message;
    auto settings = std::make_shared<const analytics::ModelSettings>(std::move(model.settings));
    auto analyzer = analytics::ToneLexicons::load(
        settings->sentimentLexicons,
        modelFile.isEmpty() ? QString() : QFileInfo(modelFile).absolutePath(), &outcome.warnings);
    if (!analyzer) {
        outcome.error = analyzer.error().message;
        return outcome;
    }
    const auto tone =
        std::make_shared<const analytics::SentimentAnalyzer>(std::move(analyzer).value());
    if (cancelled())
        return outcome;
    step(QCoreApplication::translate("SourcesLoader", "Reading the activities and their tone…"));
    auto data = analytics::ActivityDataset::load((*database)->connection(), *settings, tone.get());
    if (!data) {
        outcome.error = data.error().message;
        return outcome;
    }
    auto dataset = std::make_shared<const analytics::ActivityDataset>(std::move(data).value());
    if (cancelled())
        return outcome;
    step(QCoreApplication::translate("SourcesLoader", "Working out the leaders' figures…"));
    auto leaders = std::make_shared<const analytics::LeaderFigures>(*dataset, *settings);
    if (cancelled())
        return outcome;
    step(QCoreApplication::translate("SourcesLoader",
                                     "Working out each department's emotional capital…"));
    auto engine = std::make_shared<const analytics::CapitalEngine>(*dataset, *settings);
    outcome.sources = {dataset, settings, leaders, engine, tone};
    return outcome;
}

} // namespace goodwill::state
