#include "shoutoutpeoplemodel.h"

#include "itemroles.h"
#include "townhallsummary.h"

namespace goodwill::items {

ShoutOutPeopleModel::ShoutOutPeopleModel(QObject *parent) : TownHallTableModel(ColumnCount, parent)
{}

int ShoutOutPeopleModel::rows() const
{
    return int(brief()->shoutOuts.people.size());
}

QString ShoutOutPeopleModel::header(int column) const
{
    switch (Column(column)) {
    case Person:
        return tr("Person");
    case Department:
        return tr("Department");
    case Recognisers:
        return tr("Recognised by");
    case Recognitions:
        return tr("Recognitions");
    case ColumnCount:
        break;
    }
    return {};
}

QString ShoutOutPeopleModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Person:
        return tr("People recognised in public channels by at least %1 different people in the "
                  "period, listed by name (a list of candidates, not a ranking)")
            .arg(analytics::ShoutOutCandidates::minimumRecognisers);
    case Department:
        return tr("Their department on the day of their latest recognition");
    case Recognisers:
        return tr("Distinct people who recognised them in public channels");
    case Recognitions:
        return tr("Recognitions naming them in public channels (announcement, recognition, "
                  "social and Q&A channels)");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ShoutOutPeopleModel::cell(int row, int column, int role) const
{
    const analytics::ShoutOutPerson &person = brief()->shoutOuts.people[size_t(row)];
    switch (Column(column)) {
    case Person:
        if (role == Qt::DisplayRole || role == SortRole)
            return TownHallSummary::personName(person, isPseudonymised());
        if (role == Qt::ToolTipRole && person.leader)
            return tr("A leader");
        return {};
    case Department:
        return role == Qt::DisplayRole || role == SortRole ? person.departmentName : QVariant();
    case Recognisers:
        return number(role, person.recognisers, TownHallSummary::formatCount(person.recognisers));
    case Recognitions:
        return number(role, person.recognitions, TownHallSummary::formatCount(person.recognitions));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace goodwill::items
