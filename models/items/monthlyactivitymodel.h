#pragma once

#include "store/storesummary.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// Activities per month by kind: one row per month, column 0 the month (a QDate, which
// chart mappers turn into a time axis value), then one column per kind.
class MonthlyActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Month,
        Posts,
        Replies,
        Reactions,
        Recognitions,
        ColumnCount
    };

    explicit MonthlyActivityModel(QObject *parent = nullptr);

    void setMonths(std::vector<store::MonthActivity> months);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<store::MonthActivity> m_months;
};

} // namespace goodwill::items
