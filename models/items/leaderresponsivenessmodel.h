#pragma once

#include "townhalltablemodel.h"

namespace goodwill::items {

// The town-hall brief's leaders' responsiveness (analytics::LeaderResponsiveness): per
// leader the staff comments, reply rate and median time to first reply over the period
// (docs/model.md section 3; items::FigureRole opens each), and the staff questions from the
// audience with how many are still unanswered. Leaders are named: only leaders get
// individual figures.
class LeaderResponsivenessModel : public TownHallTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Leader,
        Department,
        StaffComments,
        ReplyRate,
        MedianFirstReply,
        Questions,
        Unanswered,
        ColumnCount
    };

    explicit LeaderResponsivenessModel(QObject *parent = nullptr);

protected:
    int rows() const override;
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace goodwill::items
