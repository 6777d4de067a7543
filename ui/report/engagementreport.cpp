#include "engagementreport.h"

#include "analytics/engagementnudges.h"
#include "analytics/snapshot.h"
#include "charts/trendchartview.h"
#include "items/bestpostsmodel.h"
#include "items/columnsubsetmodel.h"
#include "items/figuretitle.h"
#include "items/leaderpercentilemodel.h"
#include "items/leaderresponsetrendmodel.h"
#include "items/localeformat.h"
#include "items/notrecogniseddepartmentsmodel.h"
#include "items/unansweredquestionsmodel.h"

#include <QLocale>

namespace goodwill::ui::report {
namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

// How a member of staff is named: by name, or "Staff member (Department)" when pseudonymised
// (the department theirs on `day`).
class Names
{
public:
    Names(const analytics::ActivityDataset &data, bool pseudonymise)
        : m_data(data), m_pseudonymise(pseudonymise)
    {}

    QString person(std::int32_t person, std::int32_t day) const
    {
        const auto &p = m_data.people()[size_t(person)];
        if (!m_pseudonymise || p.role == store::PersonRole::Leader ||
            p.role == store::PersonRole::Bot)
            return p.name;
        if (p.role == store::PersonRole::Guest)
            return EngagementReport::tr("Guest");
        const std::int32_t d = m_data.departmentOn(person, day);
        return d >= 0
                   ? EngagementReport::tr("Staff member (%1)").arg(m_data.departments()[size_t(d)])
                   : EngagementReport::tr("Staff member");
    }

    // `text` with the "@Name" mentions of staff pseudonymised.
    QString text(std::int32_t activity, QString text) const
    {
        if (!m_pseudonymise)
            return text;
        const std::int32_t day = analytics::ActivityDataset::dayOf(
            std::int64_t(m_data.activities()[size_t(activity)].at));
        for (std::int32_t mentioned : m_data.mentionsOf(activity)) {
            const auto &p = m_data.people()[size_t(mentioned)];
            if (p.role == store::PersonRole::Leader || p.role == store::PersonRole::Bot)
                continue;
            text.replace(QLatin1Char('@') + p.name, QLatin1Char('@') + person(mentioned, day));
        }
        return text;
    }

private:
    const analytics::ActivityDataset &m_data;
    bool m_pseudonymise;
};

// A trend chart drawn off screen, the size it has on the page.
void addChart(ReportDocument &document, QAbstractItemModel &model, int column,
              const QString &valueTitle, std::optional<std::pair<double, double>> range,
              const QString &caption)
{
    items::ColumnSubsetModel subset;
    subset.setSourceModel(&model);
    subset.setColumns({items::LeaderResponseTrendModel::Period, column});
    TrendChartView chart;
    chart.setModel(&subset);
    if (range)
        chart.setValueRange(range->first, range->second);
    chart.setValueTitle(valueTitle);
    chart.resize(900, 340);
    document.addWidget(chart, caption); // rendered without being shown
}

} // namespace

std::optional<ReportDocument> EngagementReport::build(const analytics::Snapshot &snapshot,
                                                      std::int32_t leader,
                                                      const QString &databasePath,
                                                      const ReportOptions &options, QString *error)
{
    auto engagement = analytics::LeaderEngagement::load(snapshot, leader, databasePath);
    if (!engagement) {
        if (error)
            *error = engagement.error().message;
        return std::nullopt;
    }
    return build(snapshot, *engagement, options);
}

ReportDocument EngagementReport::build(const analytics::Snapshot &snapshot,
                                       const analytics::LeaderEngagement &e,
                                       const ReportOptions &options)
{
    const analytics::ActivityDataset &data = *snapshot.sources.dataset;
    const analytics::ModelSettings &settings = *e.settings;
    const QLocale locale;
    const Names names(data, options.pseudonymise);
    const auto &leader = data.people()[size_t(e.leader)];
    QStringList about;
    if (!leader.title.isEmpty())
        about << leader.title;
    if (!e.stats.department.isEmpty())
        about << e.stats.department;
    const QString period = tr("%1 to %2").arg(dateText(e.from), dateText(e.to));
    about << period;
    ReportDocument document(tr("My engagement: %1").arg(leader.name),
                            about.join(QStringLiteral(" · ")));

    // Cadence against the goals.
    document.addHeading(tr("Cadence against goals"));
    QList<QStringList> goalRows;
    for (const analytics::GoalProgress &g : e.goals) {
        goalRows << QStringList{
            items::FigureTitle::leaderFigureName(g.figure), locale.toString(g.count),
            locale.toString(g.perWeek, 'f', 1), locale.toString(g.goal, 'g', 4),
            g.met() ? tr("met") : tr("%1 short of %2").arg(g.shortfall()).arg(g.target)};
    }
    document.addTable({tr("Figure"), tr("In the period"), tr("Per week"), tr("Goal a week"),
                       tr("Over the period")},
                      goalRows,
                      (e.ownGoals ? tr("%1 days, %2 weeks; your own goals, set on the My "
                                       "engagement page.")
                                  : tr("%1 days, %2 weeks; the goals are the model file's."))
                          .arg(e.days)
                          .arg(locale.toString(e.days / 7.0, 'f', 1)));

    // Persona.
    document.addHeading(tr("Persona: %1").arg(analytics::personaName(e.persona.persona)));
    document.addParagraph(
        analytics::EngagementNudges::personaMeaning(e.persona, settings.personas));
    document.addParagraph(analytics::EngagementNudges::personaMove(e.persona, settings.personas));

    // Percentiles.
    document.addHeading(tr("Among leaders"));
    items::LeaderPercentileModel percentiles;
    percentiles.setPercentiles(e.leader, e.from, e.to, e.percentiles);
    document.addTable(percentiles, tr("Your percentile among leaders (50 is the middle; only "
                                      "your own place is shown)"));

    // The trend.
    document.addHeading(tr("Reply rate and time to first reply"));
    items::LeaderResponseTrendModel trend;
    trend.setPeriods(e.leader, e.detail.periods, settings.replyWindowHours);
    if (trend.hasValues(items::LeaderResponseTrendModel::ReplyRate))
        addChart(document, trend, items::LeaderResponseTrendModel::ReplyRate, tr("Answered (%)"),
                 std::pair{0.0, 100.0},
                 tr("Share of staff comments to you answered within %1 h, per period")
                     .arg(locale.toString(settings.replyWindowHours, 'g', 4)));
    if (trend.hasValues(items::LeaderResponseTrendModel::MedianHours))
        addChart(document, trend, items::LeaderResponseTrendModel::MedianHours,
                 tr("Median hours to first reply"), std::nullopt,
                 tr("Median hours from a staff comment to your first reply, per period"));
    document.addTable(trend, tr("Per period"), maxRows);

    // Open questions.
    document.addHeading(tr("Unanswered staff questions"));
    const auto open = e.openQuestions();
    const int handled = int(e.detail.unanswered.size() - open.size());
    document.addParagraph(tr("Staff questions to you asked in the period with no reply of yours "
                             "in the thread since, oldest first: %1 open, %2 marked handled "
                             "(left out). Waiting is counted to the end of the data (%3).")
                              .arg(open.size())
                              .arg(handled)
                              .arg(locale.toString(e.detail.dataEnd, QLocale::ShortFormat)));
    if (!open.empty()) {
        const auto rows = items::UnansweredQuestionsModel::rows(open, data, e.messages);
        QList<QStringList> questionRows;
        for (const auto &row : rows) {
            if (questionRows.size() == maxRows)
                break;
            const std::int32_t day =
                analytics::ActivityDataset::dayOf(std::int64_t(row.question.at.toSecsSinceEpoch()));
            QString text = names.text(row.question.activity, row.text).simplified();
            if (text.size() > items::UnansweredQuestionsModel::previewLength)
                text =
                    text.left(items::UnansweredQuestionsModel::previewLength - 1) + QChar(0x2026);
            questionRows << QStringList{
                locale.toString(row.question.at.toUTC(), QStringLiteral("d MMM yyyy HH:mm")),
                items::UnansweredQuestionsModel::waitingText(row.question.hoursWaiting),
                row.department.isEmpty() ? tr("(no department)") : row.department,
                names.person(row.question.author, day),
                row.channel.isEmpty() ? QString() : QStringLiteral("#") + row.channel,
                text};
        }
        document.addTable({tr("Asked (UTC)"), tr("Waiting"), tr("Department"), tr("Asked by"),
                           tr("Channel"), tr("Question")},
                          questionRows,
                          open.size() > size_t(maxRows)
                              ? tr("The oldest %1 of %2.").arg(maxRows).arg(open.size())
                              : QString());
    }

    // Not recognised in the window.
    const int windowDays = settings.engagement.notRecognisedDays;
    document.addHeading(tr("Not recognised in the last %1 days").arg(windowDays));
    document.addParagraph(tr("From %1 to %2. Departments with fewer than %3 staff are not listed.")
                              .arg(dateText(e.windowFrom), dateText(e.to))
                              .arg(settings.k));
    if (e.departmentsNotRecognised.empty()) {
        document.addParagraph(tr("You recognised someone in every department listed."));
    } else {
        items::NotRecognisedDepartmentsModel departments;
        departments.setDepartments(e.departmentsNotRecognised, e.to, windowDays);
        document.addTable(departments, tr("Departments"));
    }
    if (!e.peopleNotRecognised.empty()) {
        QList<QStringList> people;
        const std::int32_t lastDay = analytics::ActivityDataset::dayOf(e.to);
        for (const analytics::NotRecognisedPerson &p : e.peopleNotRecognised) {
            if (people.size() == maxRows)
                break;
            people << QStringList{names.person(p.person, lastDay),
                                  p.department >= 0 ? p.departmentName : tr("(no department)"),
                                  dateText(p.lastContact),
                                  p.lastRecognised ? dateText(*p.lastRecognised) : tr("never")};
        }
        document.addTable(
            {tr("Person"), tr("Department"), tr("Last wrote to you"), tr("Your last recognition")},
            people,
            tr("People who wrote to you or responded to your posts in the window "
               "(%1 in all), by department and name.")
                .arg(e.peopleNotRecognised.size()));
    }

    // Best-received posts.
    document.addHeading(tr("Best-received posts"));
    if (e.bestPosts.empty()) {
        document.addParagraph(tr("None of your posts in the period drew a staff response."));
    } else {
        auto rows = items::BestPostsModel::rows(e.bestPosts, data, e.messages);
        for (auto &row : rows)
            row.text = names.text(row.post.activity, row.text); // the staff it names
        items::BestPostsModel posts;
        posts.setRows(std::move(rows), settings.kText);
        document.addTable(posts, tr("Staff responses in each post's thread; tone only when at "
                                    "least %1 people replied")
                                     .arg(settings.kText));
    }

    // Nudges.
    document.addHeading(tr("Nudges"));
    QStringList nudges;
    for (const analytics::Nudge &n :
         analytics::EngagementNudges::of(e, items::LocaleFormat::mediumDateFormat()))
        nudges << n.text;
    if (nudges.isEmpty())
        document.addParagraph(tr("Nothing to nudge you about in this period."));
    else
        document.addBullets(nudges);
    return document;
}

} // namespace goodwill::ui::report
