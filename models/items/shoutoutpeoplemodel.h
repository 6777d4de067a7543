#pragma once

#include "townhalltablemodel.h"

namespace goodwill::items {

// The town-hall brief's shout-out candidates among people (analytics::ShoutOutCandidates::
// people): recognised in public channels by at least two people, listed by name, with
// their department, the distinct people who recognised them and the recognitions. When the
// brief is set pseudonymised, staff read "Staff member (Department)".
class ShoutOutPeopleModel : public TownHallTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Department,
        Recognisers,
        Recognitions,
        ColumnCount
    };

    explicit ShoutOutPeopleModel(QObject *parent = nullptr);

protected:
    int rows() const override;
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace goodwill::items
