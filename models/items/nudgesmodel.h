#pragma once

#include "analytics/engagementnudges.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// The nudges of a leader's engagement (analytics::EngagementNudges, docs/model.md "My
// engagement"), one a row in the order of the rules: the sentence, its tooltip the rule it
// came from, and items::FigureRole the figure behind it where one fits.
class NudgesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Nudge,
        ColumnCount
    };

    explicit NudgesModel(QObject *parent = nullptr);

    void setNudges(std::vector<analytics::Nudge> nudges);
    void clear() { setNudges({}); }
    const std::vector<analytics::Nudge> &nudges() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<analytics::Nudge> m_rows;
};

} // namespace goodwill::items
