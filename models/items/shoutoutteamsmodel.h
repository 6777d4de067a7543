#pragma once

#include "townhalltablemodel.h"

namespace goodwill::items {

// The town-hall brief's shout-out candidates among teams (analytics::ShoutOutCandidates::
// teams): departments recognised in public channels, the most recognitions per member
// first, with their staff (items::FigureRole opens the headcount), recognitions, people
// recognised and recognitions per member. Departments hidden by the privacy rules are not
// in the brief.
class ShoutOutTeamsModel : public TownHallTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Team,
        Staff,
        Recognitions,
        PeopleRecognised,
        PerMember,
        ColumnCount
    };

    explicit ShoutOutTeamsModel(QObject *parent = nullptr);

protected:
    int rows() const override;
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace goodwill::items
