#include "capitallabels.h"

#include "analytics/snapshot.h"
#include "localeformat.h"

#include <QLocale>

#include <cmath>

namespace goodwill::items {
namespace {

enum class Unit
{
    Share, // 0..1, shown as a percentage
    Hours,
    Rate, // per member per 30 days
    Tone, // -1..1
};

Unit unitOf(const QString &id)
{
    if (id == QStringLiteral("A2"))
        return Unit::Hours;
    if (id == QStringLiteral("P3") || id == QStringLiteral("F2"))
        return Unit::Rate;
    if (id == QStringLiteral("T4"))
        return Unit::Tone;
    return Unit::Share;
}

} // namespace

QString CapitalLabels::signalName(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("A1"), QT_TR_NOOP("Leader reply rate")},
        {QStringLiteral("A2"), QT_TR_NOOP("Leader response time")},
        {QStringLiteral("A3"), QT_TR_NOOP("Leader presence")},
        {QStringLiteral("P1"), QT_TR_NOOP("Recognised share")},
        {QStringLiteral("P2"), QT_TR_NOOP("Leader recognition share")},
        {QStringLiteral("P3"), QT_TR_NOOP("Recognition rate")},
        {QStringLiteral("T1"), QT_TR_NOOP("Participation")},
        {QStringLiteral("T2"), QT_TR_NOOP("Retention")},
        {QStringLiteral("T3"), QT_TR_NOOP("Bridging")},
        {QStringLiteral("T4"), QT_TR_NOOP("Tone")},
        {QStringLiteral("F1"), QT_TR_NOOP("Social participation")},
        {QStringLiteral("F2"), QT_TR_NOOP("Reactions")},
        {QStringLiteral("F3"), QT_TR_NOOP("Celebration")},
    };
    const auto it = names.find(id);
    return it == names.end() ? id : tr(*it);
}

QString CapitalLabels::signalDescription(const QString &id)
{
    static const QHash<QString, const char *> descriptions{
        {QStringLiteral("A1"),
         QT_TR_NOOP("Share of the department's staff comments to leaders answered by a leader "
                    "within the reply window")},
        {QStringLiteral("A2"),
         QT_TR_NOOP("Median hours from a staff comment to the first leader reply in the thread")},
        {QStringLiteral("A3"),
         QT_TR_NOOP("Share of seven-day blocks with a leader reply to the department's staff or "
                    "a leader recognition of one of them")},
        {QStringLiteral("P1"), QT_TR_NOOP("Share of the staff recognised at least once")},
        {QStringLiteral("P2"), QT_TR_NOOP("Share of the staff recognised by a leader")},
        {QStringLiteral("P3"), QT_TR_NOOP("Recognitions received per member per 30 days")},
        {QStringLiteral("T1"), QT_TR_NOOP("Share of the staff who posted, replied or reacted")},
        {QStringLiteral("T2"),
         QT_TR_NOOP("Of the staff active in the window before, the share still active")},
        {QStringLiteral("T3"),
         QT_TR_NOOP("Share of the staff's replies in threads started by another department")},
        {QStringLiteral("T4"),
         QT_TR_NOOP("Mean tone of the staff's posts and replies, from -1 to 1")},
        {QStringLiteral("F1"), QT_TR_NOOP("Share of the staff active in social channels")},
        {QStringLiteral("F2"), QT_TR_NOOP("Reactions given per active member per 30 days")},
        {QStringLiteral("F3"),
         QT_TR_NOOP("Share of the staff's posts and replies with a celebration or humour "
                    "marker")},
    };
    const auto it = descriptions.find(id);
    return it == descriptions.end() ? QString() : tr(*it);
}

QString CapitalLabels::denominatorDescription(const QString &id)
{
    static const QHash<QString, const char *> denominators{
        {QStringLiteral("A1"), QT_TR_NOOP("staff comments to leaders")},
        {QStringLiteral("A2"), QT_TR_NOOP("comments a leader answered")},
        {QStringLiteral("A3"), QT_TR_NOOP("seven-day blocks")},
        {QStringLiteral("P1"), QT_TR_NOOP("staff")},
        {QStringLiteral("P2"), QT_TR_NOOP("staff")},
        {QStringLiteral("P3"), QT_TR_NOOP("member-months (staff × window / 30 days)")},
        {QStringLiteral("T1"), QT_TR_NOOP("staff")},
        {QStringLiteral("T2"), QT_TR_NOOP("staff active in the window before")},
        {QStringLiteral("T3"), QT_TR_NOOP("staff replies")},
        {QStringLiteral("T4"), QT_TR_NOOP("staff posts and replies")},
        {QStringLiteral("F1"), QT_TR_NOOP("staff")},
        {QStringLiteral("F2"),
         QT_TR_NOOP("active member-months (active staff × window / 30 days)")},
        {QStringLiteral("F3"), QT_TR_NOOP("staff posts and replies")},
    };
    const auto it = denominators.find(id);
    return it == denominators.end() ? QString() : tr(*it);
}

QString CapitalLabels::pillarName(const QString &id)
{
    if (id == QStringLiteral("authenticity"))
        return tr("Authenticity");
    if (id == QStringLiteral("pride"))
        return tr("Pride");
    if (id == QStringLiteral("attachment"))
        return tr("Attachment");
    if (id == QStringLiteral("fun"))
        return tr("Fun");
    return id;
}

QString CapitalLabels::pillarOf(const analytics::ModelSettings &settings, const QString &id)
{
    for (const analytics::PillarSettings &pillar : settings.pillars) {
        for (const analytics::SignalSettings &s : pillar.signals) {
            if (s.id == id)
                return pillar.id;
        }
    }
    return {};
}

QString CapitalLabels::formatRaw(const QString &id, double value)
{
    const QLocale locale;
    switch (unitOf(id)) {
    case Unit::Share:
        return tr("%1%").arg(locale.toString(100 * value, 'f', 1));
    case Unit::Hours:
        return value < 10 ? tr("%1 h").arg(locale.toString(value, 'f', 1))
                          : tr("%1 h").arg(locale.toString(value, 'f', 0));
    case Unit::Rate:
        return locale.toString(value, 'f', 2);
    case Unit::Tone:
        return (value > 0   ? QStringLiteral("+")
                : value < 0 ? QStringLiteral("−")
                            : QString()) +
               locale.toString(std::abs(value), 'f', 2);
    }
    return {};
}

QString CapitalLabels::formatDenominator(double value)
{
    const QLocale locale;
    if (std::abs(value - std::round(value)) < 1e-6)
        return locale.toString(qlonglong(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

QString CapitalLabels::formatScore(double score)
{
    return QLocale().toString(score, 'f', 1);
}

QString CapitalLabels::formatDelta(double points)
{
    const double rounded = std::round(points * 10) / 10;
    const QString magnitude = QLocale().toString(std::abs(rounded), 'f', 1);
    if (rounded > 0)
        return QStringLiteral("+") + magnitude;
    if (rounded < 0)
        return QStringLiteral("−") + magnitude; // a true minus sign
    return magnitude;
}

QString CapitalLabels::formatBand(std::optional<double> low, std::optional<double> high)
{
    if (!low || !high)
        return {};
    return QStringLiteral("%1–%2").arg(formatScore(*low), formatScore(*high));
}

QString CapitalLabels::seriesName(const analytics::Snapshot &snapshot,
                                  const analytics::DepartmentCapital &capital)
{
    if (capital.department >= 0)
        return capital.name;
    return snapshot.filter.departments.empty() ? tr("Organisation") : tr("Selection");
}

QString CapitalLabels::periodLabel(QDate end, analytics::Granularity granularity)
{
    const QLocale locale;
    switch (granularity) {
    case analytics::Granularity::Week:
        return locale.toString(end, QStringLiteral("d MMM yy"));
    case analytics::Granularity::Month:
        return locale.toString(end, QStringLiteral("MMM yy"));
    case analytics::Granularity::Quarter:
        return tr("Q%1 %2")
            .arg((end.month() - 1) / 3 + 1)
            .arg(locale.toString(end, QStringLiteral("yy")));
    }
    return locale.toString(end, QLocale::ShortFormat);
}

QString CapitalLabels::windowDescription(const analytics::Snapshot &snapshot, QDate end)
{
    const int windowDays = snapshot.sources.settings ? snapshot.sources.settings->windowDays
                                                     : analytics::ModelSettings().windowDays;
    return tr("Over the %1 days to %2.").arg(windowDays).arg(LocaleFormat::longDate(end));
}

QString CapitalLabels::suppressedDescription(const QString &name,
                                             const analytics::CapitalPoint &point)
{
    return tr("%1 on %2: no figures, %3")
        .arg(name, QLocale().toString(point.end, QLocale::ShortFormat), point.suppressedReason);
}

QString CapitalLabels::leftOutDescription(const analytics::Snapshot &snapshot,
                                          const analytics::CapitalPoint &point)
{
    if (point.suppressed || !snapshot.sources.dataset || !snapshot.sources.settings ||
        (point.leftOut.empty() && point.toneLeftOut.empty()))
        return {};
    const auto namesOf = [&](const std::vector<std::int32_t> &departments) {
        QStringList names;
        for (std::int32_t d : departments)
            names << snapshot.sources.dataset->departments()[size_t(d)];
        return QLocale().createSeparatedList(names);
    };
    const bool selection = !snapshot.filter.departments.empty();
    const int k = snapshot.sources.settings->k;
    const int kText = snapshot.sources.settings->kText;
    QStringList sentences;
    if (!point.leftOut.empty())
        sentences << (selection ? tr("The selection total leaves out %1 (fewer than %n staff).",
                                     nullptr, k)
                                : tr("The organisation total leaves out %1 (fewer than %n staff).",
                                     nullptr, k))
                         .arg(namesOf(point.leftOut));
    if (!point.toneLeftOut.empty())
        sentences << (selection ? tr("The selection total's tone leaves out %1 (fewer than %n "
                                     "authors).",
                                     nullptr, kText)
                                : tr("The organisation total's tone leaves out %1 (fewer than %n "
                                     "authors).",
                                     nullptr, kText))
                         .arg(namesOf(point.toneLeftOut));
    return sentences.join(QLatin1Char(' '));
}

QString CapitalLabels::leftOutDescription(const analytics::Snapshot &snapshot)
{
    if (snapshot.capital.empty() || snapshot.capital.front().department >= 0 ||
        snapshot.capital.front().trend.empty())
        return {};
    return leftOutDescription(snapshot, snapshot.capital.front().latest());
}

QString CapitalLabels::alertDescription(const analytics::CapitalAlert &alert)
{
    const QString day = QLocale().toString(alert.at, QLocale::ShortFormat);
    const QString points = QLocale().toString(alert.points, 'f', 1);
    if (alert.kind == analytics::CapitalAlert::Kind::EciFall)
        return tr("ECI down %1 points by %2").arg(points, day);
    return tr("%1 down %2 points by %3").arg(pillarName(alert.pillar), points, day);
}

QString CapitalLabels::missingDescription(const analytics::CapitalPoint &point)
{
    if (point.missing.isEmpty() || point.missing.size() == int(point.pillars.size()))
        return tr("No ECI: nothing to measure in the window (no activity, or every signal thin)");
    QStringList names;
    for (const QString &id : point.missing)
        names << pillarName(id);
    return tr("Left out for lack of data: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace goodwill::items
