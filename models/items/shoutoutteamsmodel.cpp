#include "shoutoutteamsmodel.h"

#include "analytics/figureref.h"
#include "itemroles.h"
#include "townhallsummary.h"

namespace goodwill::items {

ShoutOutTeamsModel::ShoutOutTeamsModel(QObject *parent) : TownHallTableModel(ColumnCount, parent) {}

int ShoutOutTeamsModel::rows() const
{
    return int(brief()->shoutOuts.teams.size());
}

QString ShoutOutTeamsModel::header(int column) const
{
    switch (Column(column)) {
    case Team:
        return tr("Team");
    case Staff:
        return tr("Staff");
    case Recognitions:
        return tr("Recognitions");
    case PeopleRecognised:
        return tr("People recognised");
    case PerMember:
        return tr("Per member");
    case ColumnCount:
        break;
    }
    return {};
}

QString ShoutOutTeamsModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Team:
        return tr("Departments recognised in public channels in the period, the most "
                  "recognitions per member first (at most %1)")
            .arg(analytics::ShoutOutCandidates::maxTeams);
    case Staff:
        return tr("Staff in the department on the period's last day");
    case Recognitions:
        return tr("Recognitions in public channels, one per person of the department they "
                  "name (by the department on the day)");
    case PeopleRecognised:
        return tr("Distinct people of the department recognised");
    case PerMember:
        return tr("Recognitions divided by the staff");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ShoutOutTeamsModel::cell(int row, int column, int role) const
{
    const analytics::ShoutOutTeam &team = brief()->shoutOuts.teams[size_t(row)];
    if (role == FigureRole) {
        if (column != Staff)
            return {};
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::Headcount;
        figure.department = team.department;
        figure.selection = brief()->audience;
        figure.to = brief()->to;
        return QVariant::fromValue(figure);
    }
    switch (Column(column)) {
    case Team:
        return role == Qt::DisplayRole || role == SortRole ? team.name : QVariant();
    case Staff:
        return number(role, team.headcount, TownHallSummary::formatCount(team.headcount));
    case Recognitions:
        return number(role, team.recognitions, TownHallSummary::formatCount(team.recognitions));
    case PeopleRecognised:
        return number(role, team.peopleRecognised,
                      TownHallSummary::formatCount(team.peopleRecognised));
    case PerMember:
        return number(role, team.perMember(), TownHallSummary::formatPerMember(team.perMember()));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace goodwill::items
