#include "privacychecks.h"

#include "analytics/leaderengagement.h"
#include "analytics/recognitionfacts.h"
#include "analytics/townhallbrief.h"
#include "items/bestpostsmodel.h"
#include "items/blindspotmodel.h"
#include "items/capitalmoversmodel.h"
#include "items/departmentreachmodel.h"
#include "items/itemroles.h"
#include "items/questionthemesmodel.h"
#include "items/recognitionmatrixmodel.h"
#include "items/shoutoutteamsmodel.h"
#include "items/tablecsv.h"

#include <algorithm>

// PrivacyChecks on the pages beyond Departments: Recognition, Town hall, My engagement, and
// the tables the reports print.
namespace goodwill::testing {

using analytics::ActivityDataset;

namespace {

std::int32_t dayOf(QDate date)
{
    return ActivityDataset::dayOf(date);
}

} // namespace

void PrivacyChecks::recognition(const std::shared_ptr<const analytics::RecognitionFacts> &facts)
{
    const std::int32_t to = dayOf(facts->to);
    for (size_t i = 0; i < facts->departments.size(); ++i) {
        const auto &department = facts->departments[i];
        ++m_tally.other;
        const FigureGroup group{department.department, to};
        QString why;
        if (department.suppressed) {
            bool empty = !department.headcount && !department.received && !department.fromLeaders;
            for (const auto &row : facts->leaders)
                empty = empty && !row.byDepartment[i];
            if (!empty)
                violation(QStringLiteral("RecognitionFacts: %1 is hidden but has counts")
                              .arg(department.name));
        } else if (tooSmall(group, &why)) {
            violation(QStringLiteral("RecognitionFacts: %1 shown, but ").arg(department.name) +
                      why);
        } else if (department.headcount.value_or(-1) != staffOf(group)) {
            violation(QStringLiteral("RecognitionFacts: %1 headcount %2, the roster says %3")
                          .arg(department.name)
                          .arg(department.headcount.value_or(-1))
                          .arg(staffOf(group)));
        }
    }
    // The page's totals: recognitions naming only people of hidden departments would come
    // back as the total minus what the shown departments received.
    const ActivityDataset &data = *m_snapshot->sources.dataset;
    std::vector<bool> hidden(data.departments().size(), false);
    QStringList hiddenNames;
    int hiddenStaff = 0;
    for (const auto &department : facts->departments) {
        if (department.suppressed) {
            hidden[size_t(department.department)] = true;
            hiddenNames << department.name;
            hiddenStaff += staffOf({department.department, to});
        }
    }
    const std::vector<std::int32_t> chosen = selection();
    int all = 0, hiddenOnly = 0;
    const std::int32_t from = dayOf(facts->from);
    for (std::int32_t a = 0; a < std::int32_t(data.activities().size()); ++a) {
        const auto &activity = data.activities()[size_t(a)];
        const std::int32_t day = std::int32_t(activity.at / 86400);
        if (!activity.recognition || day < from || day > to ||
            !m_oracle.inScope(m_snapshot->filter.scope, a))
            continue;
        bool touchesChosen = false, touchesShown = false, touchesHidden = false;
        for (std::int32_t person : data.recipientsOf(a)) {
            const std::int32_t d = m_oracle.departmentOn(person, day);
            if (d < 0 ||
                (!chosen.empty() && std::find(chosen.begin(), chosen.end(), d) == chosen.end()))
                continue;
            touchesChosen = true;
            (hidden[size_t(d)] ? touchesHidden : touchesShown) = true;
        }
        if (!chosen.empty() && !touchesChosen)
            continue;
        ++all;
        hiddenOnly += touchesHidden && !touchesShown;
    }
    ++m_tally.other;
    if (facts->recognitions == all - hiddenOnly)
        m_tally.recognitionsLeftOut += hiddenOnly;
    if (facts->recognitions != all && facts->recognitions != all - hiddenOnly)
        violation(QStringLiteral("RecognitionFacts: %1 recognitions, the activities give %2 (%3 "
                                 "of them naming only hidden departments)")
                      .arg(facts->recognitions)
                      .arg(all)
                      .arg(hiddenOnly));
    else if (hiddenOnly > 0 && hiddenStaff < m_k && facts->recognitions == all)
        violation(QStringLiteral("RecognitionFacts: the total of %1 recognitions counts %2 naming "
                                 "only people of %3 (%4 staff), which the total minus the shown "
                                 "departments' gives back")
                      .arg(all)
                      .arg(hiddenOnly)
                      .arg(hiddenNames.join(QStringLiteral(", ")))
                      .arg(hiddenStaff));
    for (const auto &spot : facts->blindSpots) {
        ++m_tally.other;
        QString why;
        if (tooSmall({spot.department, to}, &why))
            violation(QStringLiteral("RecognitionFacts blind spot %1: ").arg(spot.name) + why);
    }
    items::RecognitionMatrixModel matrix;
    matrix.setFacts(facts);
    checkModel(
        matrix,
        [&](int, int column) -> std::optional<FigureGroup> {
            if (column < items::RecognitionMatrixModel::FirstDepartment)
                return std::nullopt;
            return FigureGroup{matrix.departmentOfColumn(column), to};
        },
        QStringLiteral("RecognitionMatrixModel"));
    items::BlindSpotModel spots;
    spots.setFacts(facts);
    checkModel(
        spots,
        [&](int row, int column) -> std::optional<FigureGroup> {
            if (column == items::BlindSpotModel::Department)
                return std::nullopt;
            return FigureGroup{facts->blindSpots[size_t(row)].department, to};
        },
        QStringLiteral("BlindSpotModel"));
}

void PrivacyChecks::townHall(const std::shared_ptr<const analytics::TownHallBrief> &brief)
{
    const analytics::CapitalMovers &movers = brief->movers;
    const std::int32_t after = dayOf(brief->to);
    std::vector<const analytics::CapitalMove *> moves;
    if (movers.whole)
        moves.push_back(&*movers.whole);
    for (const auto *list : {&movers.risers, &movers.fallers, &movers.others})
        for (const auto &move : *list)
            moves.push_back(&move);
    for (const analytics::CapitalMove *move : moves) {
        ++m_tally.other;
        for (const QDate &day : {movers.before, movers.after}) {
            QString why;
            if (tooSmall({move->department, dayOf(day)}, &why))
                violation(QStringLiteral("CapitalMovers %1: ").arg(move->name) + why);
        }
    }
    if (movers.before.isValid()) {
        items::CapitalMoversModel model;
        model.setBrief(brief);
        checkModel(
            model,
            [&](int row, int column) -> std::optional<FigureGroup> {
                using M = items::CapitalMoversModel;
                if (column == M::Department || column == M::Direction || column == M::Pillar)
                    return std::nullopt;
                const auto *move = model.moveAt(row);
                const QDate day = column == M::Before ? movers.before : movers.after;
                return FigureGroup{move ? move->department : -1, dayOf(day)};
            },
            QStringLiteral("CapitalMoversModel"));
    }
    for (const auto &team : brief->shoutOuts.teams) {
        ++m_tally.other;
        QString why;
        if (tooSmall({team.department, after}, &why))
            violation(QStringLiteral("ShoutOutCandidates team %1: ").arg(team.name) + why);
        else if (team.headcount != staffOf({team.department, after}))
            violation(QStringLiteral("ShoutOutCandidates team %1: headcount %2, the roster says %3")
                          .arg(team.name)
                          .arg(team.headcount)
                          .arg(staffOf({team.department, after})));
    }
    items::ShoutOutTeamsModel teams;
    teams.setBrief(brief);
    checkModel(
        teams,
        [&](int row, int column) -> std::optional<FigureGroup> {
            if (column == items::ShoutOutTeamsModel::Team)
                return std::nullopt;
            return FigureGroup{brief->shoutOuts.teams[size_t(row)].department, after};
        },
        QStringLiteral("ShoutOutTeamsModel"));
    for (const auto &theme : brief->themes) {
        ++m_tally.other;
        const int authors = m_oracle.distinctAuthors(theme.activities);
        if (authors < m_kText || authors != theme.authors)
            violation(QStringLiteral("theme \"%1\": %2 askers shown, %3 distinct authors (k_text "
                                     "= %4)")
                          .arg(theme.term)
                          .arg(theme.authors)
                          .arg(authors)
                          .arg(m_kText));
    }
    items::QuestionThemesModel themes;
    themes.setBrief(brief);
    for (int row = 0; row < themes.rowCount(); ++row) {
        ++m_tally.cells;
        const int askers =
            themes.index(row, items::QuestionThemesModel::Askers).data(items::SortRole).toInt();
        if (askers < m_kText)
            violation(QStringLiteral("QuestionThemesModel row %1: %2 askers").arg(row).arg(askers));
    }
}

void PrivacyChecks::engagement(const analytics::LeaderEngagement &engagement)
{
    const std::int32_t to = dayOf(engagement.to);
    for (const auto &post : engagement.bestPosts) {
        ++m_tally.other;
        const int repliers = m_oracle.staffRepliers(post.activity);
        if (post.tone && repliers < m_kText)
            violation(QStringLiteral("best post %1: tone shown from %2 staff repliers (k_text = "
                                     "%3)")
                          .arg(post.activity)
                          .arg(repliers)
                          .arg(m_kText));
    }
    items::BestPostsModel posts;
    posts.setRows(
        items::BestPostsModel::rows(engagement.bestPosts, *m_snapshot->sources.dataset, {}),
        m_kText);
    const QList<QStringList> csv = parseCsv(items::TableCsv::toCsv(posts));
    for (int row = 0; row < posts.rowCount(); ++row) {
        const QModelIndex index = posts.index(row, items::BestPostsModel::Tone);
        ++m_tally.cells;
        ++m_tally.csvCells;
        if (m_oracle.staffRepliers(engagement.bestPosts[size_t(row)].activity) >= m_kText)
            continue;
        if (!index.data(items::SuppressedRole).toBool() && hasDigit(index.data().toString()))
            violation(QStringLiteral("BestPostsModel row %1 shows tone \"%2\" from fewer than "
                                     "k_text repliers")
                          .arg(row)
                          .arg(index.data().toString()));
        if (hasDigit(csv.value(row + 1).value(items::BestPostsModel::Tone)))
            violation(QStringLiteral("BestPostsModel CSV row %1 holds a tone from fewer than "
                                     "k_text repliers")
                          .arg(row));
    }
    for (const auto &department : engagement.detail.departments) {
        ++m_tally.other;
        const FigureGroup group{department.department, to};
        QString why;
        const bool small = tooSmall(group, &why);
        if (small != department.underK)
            violation(QStringLiteral("LeaderDetail %1: under k %2, but %3")
                          .arg(department.name)
                          .arg(department.underK)
                          .arg(small ? why : QStringLiteral("the roster has enough staff")));
        if (department.underK && (department.headcount != 0 || department.reach))
            violation(QStringLiteral("LeaderDetail %1: under k, but its size or reach is given")
                          .arg(department.name));
    }
    for (const auto &department : engagement.departmentsNotRecognised) {
        ++m_tally.other;
        QString why;
        if (tooSmall({department.department, to}, &why))
            violation(QStringLiteral("not recognised: %1 listed, but ").arg(department.name) + why);
    }
    items::DepartmentReachModel reach;
    reach.setDepartments(engagement.detail.departments, engagement.from, engagement.to, m_k);
    checkModel(
        reach,
        [&](int row, int column) -> std::optional<FigureGroup> {
            using R = items::DepartmentReachModel;
            if (column != R::Reach && column != R::Staff)
                return std::nullopt;
            return FigureGroup{reach.departments()[size_t(row)].department, to};
        },
        QStringLiteral("DepartmentReachModel"));
}

void PrivacyChecks::reportTable(const QStringList &header, const QList<QStringList> &rows,
                                const std::vector<std::int32_t> &days, const QString &toneHeader,
                                const std::vector<std::int32_t> &tonePosts)
{
    const auto &names = m_snapshot->sources.dataset->departments();
    const qsizetype toneColumn = toneHeader.isEmpty() ? -1 : header.indexOf(toneHeader);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        ++m_tally.reportRows;
        const auto found = std::find(names.begin(), names.end(), row.value(0));
        if (found != names.end()) {
            const std::int32_t department = std::int32_t(found - names.begin());
            for (std::int32_t day : days) {
                QString why;
                if (tooSmall({department, day}, &why) &&
                    std::any_of(row.begin() + 1, row.end(), hasDigit))
                    violation(QStringLiteral("report table \"%1\": row %2 has numbers, but ")
                                  .arg(header.join(QStringLiteral(" | ")), row.join(u'|')) +
                              why);
            }
        }
        if (toneColumn >= 0 && r < qsizetype(tonePosts.size()) &&
            m_oracle.staffRepliers(tonePosts[size_t(r)]) < m_kText &&
            hasDigit(row.value(toneColumn)))
            violation(QStringLiteral("report: best post %1 shows tone \"%2\" from fewer than "
                                     "k_text repliers")
                          .arg(tonePosts[size_t(r)])
                          .arg(row.value(toneColumn)));
    }
}

} // namespace goodwill::testing
