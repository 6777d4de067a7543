#pragma once

#include "analytics/figureref.h"
#include "townhalltablemodel.h"

namespace goodwill::items {

// The town-hall brief's risers and fallers (analytics::CapitalMovers): the whole audience
// first, then the departments that fell most, then those that rose most. Per row the ECI at
// the start and on the last day (items::FigureRole opens either), the change, and the
// pillar that moved most in the same direction with its change (opens the pillar).
class CapitalMoversModel : public TownHallTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Department,
        Direction,
        Before,
        After,
        Change,
        Pillar,
        PillarChange,
        ColumnCount
    };

    explicit CapitalMoversModel(QObject *parent = nullptr);

    // The move shown in `row` (null outside the table).
    const analytics::CapitalMove *moveAt(int row) const;

protected:
    int rows() const override;
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    void rebuild() override;

private:
    QString rowName(const analytics::CapitalMove &move) const;
    QString direction(const analytics::CapitalMove &move) const;
    QString windowText(QDate end) const;
    analytics::FigureRef figure(const analytics::CapitalMove &move, int column) const;

    std::vector<const analytics::CapitalMove *> m_rows;
};

} // namespace goodwill::items
