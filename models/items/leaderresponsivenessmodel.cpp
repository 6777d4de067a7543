#include "leaderresponsivenessmodel.h"

#include "analytics/figureref.h"
#include "itemroles.h"
#include "townhallsummary.h"

#include <QLocale>

namespace goodwill::items {

using analytics::LeaderResponsiveness;

LeaderResponsivenessModel::LeaderResponsivenessModel(QObject *parent)
    : TownHallTableModel(ColumnCount, parent)
{}

int LeaderResponsivenessModel::rows() const
{
    return int(brief()->leaders.size());
}

QString LeaderResponsivenessModel::header(int column) const
{
    switch (Column(column)) {
    case Leader:
        return tr("Leader");
    case Department:
        return tr("Department");
    case StaffComments:
        return tr("Staff comments");
    case ReplyRate:
        return tr("Reply rate");
    case MedianFirstReply:
        return tr("Median first reply");
    case Questions:
        return tr("Questions asked");
    case Unanswered:
        return tr("Unanswered");
    case ColumnCount:
        break;
    }
    return {};
}

QString LeaderResponsivenessModel::headerToolTip(int column) const
{
    const QString window = QLocale().toString(brief() ? brief()->replyWindowHours : 72, 'g', 4);
    switch (Column(column)) {
    case Leader:
        return tr("Leaders the audience wrote to or who lead part of it; the most unanswered "
                  "questions first");
    case Department:
        return tr("The leader's department on the period's last day");
    case StaffComments:
        return tr("Staff replies in the leader's threads and staff messages naming the leader, "
                  "from all staff, in the period");
    case ReplyRate:
        return tr("Share of those staff comments the leader answered in the thread within "
                  "%1 hours")
            .arg(window);
    case MedianFirstReply:
        return tr("Median hours from a staff comment to the leader's first later reply in the "
                  "thread, over the comments answered at all");
    case Questions:
        return tr("Staff questions from the audience to the leader in the period (on the "
                  "leader's threads or naming them)");
    case Unanswered:
        return tr("Of those questions, the ones the leader has not replied to in the thread, "
                  "up to the end of the data");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LeaderResponsivenessModel::cell(int row, int column, int role) const
{
    const LeaderResponsiveness &leader = brief()->leaders[size_t(row)];
    if (role == FigureRole) {
        const std::pair<int, const char *> figures[] = {
            {StaffComments, "staffComments"},
            {ReplyRate, "replyRate"},
            {MedianFirstReply, "medianFirstReplyHours"}};
        for (const auto &[figureColumn, name] : figures) {
            if (figureColumn != column)
                continue;
            analytics::FigureRef figure;
            figure.kind = analytics::FigureRef::Kind::LeaderFigure;
            figure.figure = QLatin1String(name);
            figure.leader = leader.person;
            figure.from = brief()->from;
            figure.to = brief()->to;
            return QVariant::fromValue(figure);
        }
        return {};
    }
    switch (Column(column)) {
    case Leader:
        return role == Qt::DisplayRole || role == SortRole ? leader.name : QVariant();
    case Department:
        return role == Qt::DisplayRole || role == SortRole ? leader.department : QVariant();
    case StaffComments:
        return number(role, leader.staffComments,
                      TownHallSummary::formatCount(leader.staffComments));
    case ReplyRate:
        if (role == Qt::ToolTipRole)
            return leader.replyRate
                       ? tr("%1 answered %2 of the staff comments within the reply window. "
                            "Double-click to see them.")
                             .arg(leader.name, TownHallSummary::formatShare(*leader.replyRate))
                       : tr("No staff comments to rate in the period");
        return number(role, leader.replyRate,
                      leader.replyRate ? TownHallSummary::formatShare(*leader.replyRate)
                                       : QString());
    case MedianFirstReply:
        if (role == Qt::ToolTipRole && !leader.medianFirstReplyHours)
            return tr("No staff comment was answered: no time to measure");
        return number(role, leader.medianFirstReplyHours,
                      leader.medianFirstReplyHours
                          ? TownHallSummary::formatHours(*leader.medianFirstReplyHours)
                          : QString());
    case Questions:
        return number(role, leader.questions, TownHallSummary::formatCount(leader.questions));
    case Unanswered:
        return number(role, leader.unanswered, TownHallSummary::formatCount(leader.unanswered));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace goodwill::items
