#include "townhallreport.h"

#include "analytics/snapshot.h"
#include "charts/barchartview.h"
#include "charts/chartstyle.h"
#include "items/capitallabels.h"
#include "items/capitalmoversmodel.h"
#include "items/columnsubsetmodel.h"
#include "items/leaderresponsivenessmodel.h"
#include "items/questionthemesmodel.h"
#include "items/shoutoutpeoplemodel.h"
#include "items/shoutoutteamsmodel.h"
#include "items/townhallsummary.h"
#include "store/database.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace goodwill::ui::report {

using items::TownHallSummary;

namespace {

// The change of each row as bars, drawn off screen.
void addMoversChart(ReportDocument &document,
                    const std::shared_ptr<const analytics::TownHallBrief> &brief)
{
    items::CapitalMoversModel values;
    values.setBrief(brief);
    values.setDisplayValues(true);
    items::ColumnSubsetModel subset;
    subset.setSourceModel(&values);
    subset.setColumns({items::CapitalMoversModel::Department, items::CapitalMoversModel::Change});
    double largest = 0;
    for (int row = 0; row < values.rowCount(); ++row)
        largest = std::max(largest, std::abs(values.moveAt(row)->change()));
    const double bound = chartstyle::niceCeiling(largest * 1.05);
    BarChartView chart(Qt::Horizontal);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.setModel(&subset);
    chart.setValueRange(-bound, bound);
    chart.setValueTitle(TownHallReport::tr("Change in ECI (points)"));
    chart.resize(900, 60 + 44 * values.rowCount());
    chart.show();
    document.addWidget(chart, TownHallReport::tr("Change in ECI over the period"));
    chart.hide();
}

void addMovers(ReportDocument &document,
               const std::shared_ptr<const analytics::TownHallBrief> &brief)
{
    const analytics::CapitalMovers &movers = brief->movers;
    document.addHeading(TownHallReport::tr("Risers and fallers"));
    if (!movers.whole) {
        document.addParagraph(
            TownHallReport::tr("The data does not reach a whole window of %1 days before the "
                               "period, so the emotional capital cannot be compared over it.")
                .arg(brief->windowDays));
    } else {
        document.addParagraph(
            TownHallReport::tr("The emotional-capital index (ECI, 0–100) of each department over "
                               "the %1 days to %2, against the same over the %1 days to %3. The "
                               "departments that fell or rose most (by at least %4 point, at "
                               "most %5 each) and, for each, the pillar that moved most the "
                               "same way.")
                .arg(brief->windowDays)
                .arg(TownHallSummary::dateText(movers.after),
                     TownHallSummary::dateText(movers.before))
                .arg(analytics::CapitalMovers::minimumChange)
                .arg(analytics::CapitalMovers::shown));
        addMoversChart(document, brief);
        items::CapitalMoversModel model;
        model.setBrief(brief);
        document.addTable(model);
    }
    if (const QString hidden = items::TownHallSummary::hiddenText(*brief); !hidden.isEmpty())
        document.addParagraph(hidden);
}

void addThemes(ReportDocument &document, const analytics::TownHallBrief &brief)
{
    document.addHeading(TownHallReport::tr("Open staff questions"));
    const QLocale locale;
    if (brief.openQuestions == 0) {
        document.addParagraph(
            TownHallReport::tr("No staff question to a leader is waiting for an answer."));
        return;
    }
    document.addParagraph(
        TownHallReport::tr("%1 staff questions to leaders from %2 people are still waiting "
                           "for an answer. Themes are words shared by questions from at least "
                           "%3 different people; the examples are the oldest, one per person.")
            .arg(locale.toString(brief.openQuestions), locale.toString(brief.openQuestionAuthors))
            .arg(brief.kText));
    if (!brief.textsRead) {
        document.addParagraph(TownHallReport::tr("The questions' text could not be read."));
        return;
    }
    if (brief.themes.empty()) {
        document.addParagraph(TownHallReport::tr(
            "No word is shared by questions from enough different people: no theme is shown."));
        return;
    }
    for (const analytics::TownHallTheme &theme : brief.themes) {
        QString heading = TownHallReport::tr("\u201c%1\u201d: %2 questions from %3 people")
                              .arg(theme.term, TownHallSummary::formatCount(theme.questions),
                                   TownHallSummary::formatCount(theme.authors));
        if (!theme.relatedTerms.isEmpty())
            heading += TownHallReport::tr(" (also: %1)")
                           .arg(theme.relatedTerms.join(QStringLiteral(", ")));
        document.addSubheading(heading);
        QStringList samples;
        for (const analytics::ThemeSample &sample : theme.samples)
            samples << items::QuestionThemesModel::sampleText(sample);
        document.addBullets(samples);
    }
}

} // namespace

QString TownHallReport::title()
{
    return tr("Town-hall brief");
}

QString TownHallReport::subtitle(const analytics::TownHallBrief &brief)
{
    const QString from = TownHallSummary::dateText(brief.from);
    const QString to = TownHallSummary::dateText(brief.to);
    if (brief.audienceNames.isEmpty())
        return tr("The whole organisation, %1 – %2").arg(from, to);
    return tr("%1, %2 – %3").arg(TownHallSummary::audienceText(brief), from, to);
}

std::optional<ReportDocument> TownHallReport::build(const analytics::Snapshot &snapshot,
                                                    const QString &databasePath,
                                                    const ReportOptions &options, QString *error)
{
    auto database = store::Database::open(databasePath, store::Database::Access::ReadOnly);
    if (!database) {
        if (error)
            *error = database.error().message;
        return std::nullopt;
    }
    auto brief = analytics::TownHallBrief::compute(snapshot, &(*database)->connection());
    return build(std::move(brief), options);
}

ReportDocument TownHallReport::build(std::shared_ptr<const analytics::TownHallBrief> brief,
                                     const ReportOptions &options)
{
    ReportDocument document(title(), subtitle(*brief));
    document.addHeading(tr("Summary"));
    document.addParagraph(
        TownHallSummary::paragraph(TownHallSummary::sentences(*brief, options.pseudonymise)));

    addMovers(document, brief);
    addThemes(document, *brief);

    document.addHeading(tr("Shout-out candidates"));
    document.addParagraph(
        tr("From recognitions in public channels (announcement, recognition, social and Q&A "
           "channels; work channels can hold private conversations and are left out)."));
    items::ShoutOutPeopleModel people;
    people.setBrief(brief, options.pseudonymise);
    if (people.rowCount() > 0)
        document.addTable(people, tr("People recognised by at least %1 different people, by name")
                                      .arg(analytics::ShoutOutCandidates::minimumRecognisers));
    else
        document.addParagraph(
            tr("Nobody was recognised by at least %1 different people in public channels.")
                .arg(analytics::ShoutOutCandidates::minimumRecognisers));
    items::ShoutOutTeamsModel teams;
    teams.setBrief(brief);
    if (teams.rowCount() > 0)
        document.addTable(teams, tr("Teams, the most recognitions per member first"));
    else
        document.addParagraph(tr("No team was recognised in a public channel."));

    document.addHeading(tr("Leaders' responsiveness"));
    items::LeaderResponsivenessModel leaders;
    leaders.setBrief(brief);
    if (leaders.rowCount() > 0) {
        document.addParagraph(
            tr("Staff comments, reply rate (answered within %1 hours) and median time to the "
               "first reply are each leader's figures over the period, from all staff; "
               "questions asked and unanswered are the audience's.")
                .arg(QLocale().toString(brief->replyWindowHours, 'g', 4)));
        document.addTable(leaders, {}, maxRows);
    } else {
        document.addParagraph(tr("No staff comments reached a leader in this period."));
    }
    return document;
}

} // namespace goodwill::ui::report
