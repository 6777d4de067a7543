// The user's model file (models/analytics/modelsettings: ModelFile::fromJson), then the
// rules built from its patterns and phrases applied to the input's own text. Checked:
// what load gives is saved and loaded back unchanged and without problems (the promise of
// ModelFile::toJson), and every accepted number is within its documented limits.
#include "fuzzharness.h"
#include "fuzzworkspace.h"

#include "analytics/modelsettings.h"
#include "analytics/textrules.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace goodwill::fuzz {
namespace {

void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition) {
        std::fprintf(stderr, "model file harness: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

} // namespace

QString fuzzModelFile(const std::uint8_t *data, std::size_t size)
{
    using analytics::ModelFile;
    const std::string_view input = bytesOf(data, size);
    const QByteArray json(input.data(), qsizetype(input.size()));
    const analytics::ModelLoad load = ModelFile::fromJson(json, QStringLiteral("fuzz.json"));
    const analytics::ModelSettings &settings = load.settings;

    for (const char *path : {"privacy.k", "privacy.k_text", "window_days", "confidence"}) {
        const auto limits = ModelFile::limits(QString::fromLatin1(path), settings);
        check(limits.has_value(), "no limits for", QString::fromLatin1(path));
    }
    check(ModelFile::limits(QStringLiteral("privacy.k"), settings)->accepts(settings.k), "k");
    check(ModelFile::limits(QStringLiteral("privacy.k_text"), settings)->accepts(settings.kText),
          "k_text");
    for (const analytics::PillarSettings &pillar : settings.pillars) {
        for (const analytics::SignalSettings &signal : pillar.signals) {
            const QString base = QStringLiteral("pillars.%1.signals.%2.").arg(pillar.id, signal.id);
            for (const auto &[name, value] :
                 {std::pair{"floor", signal.floor}, std::pair{"target", signal.target},
                  std::pair{"weight", signal.weight}}) {
                const auto limits = ModelFile::limits(base + QLatin1StringView(name), settings);
                check(limits && limits->accepts(value), "a signal value out of its limits",
                      base + QLatin1StringView(name));
            }
            check(signal.floor != signal.target, "a signal whose floor is its target", base);
        }
    }

    const QByteArray saved = QJsonDocument(ModelFile::toJson(settings)).toJson();
    const analytics::ModelLoad again = ModelFile::fromJson(saved, QStringLiteral("saved.json"));
    check(again.problems.isEmpty(), "the saved file has problems:",
          again.problems.isEmpty() ? QString() : again.problems.front().message);
    check(again.settings == settings,
          "the saved file loads differently:", QString::fromUtf8(saved));

    const QString text = QString::fromUtf8(json.left(4096));
    analytics::ChannelKindClassifier(settings).kindOf(text);
    analytics::LeaderTitleMatcher(settings).isLeaderTitle(text);
    analytics::RecognitionDetector(settings).classify(text, 1, false, false);

    return load.problems.isEmpty() ? QString() : load.problems.front().message;
}

} // namespace goodwill::fuzz
