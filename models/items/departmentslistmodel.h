#pragma once

#include "datatables.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// The departments of the roster: who is in each today, and how many people it ever had.
class DepartmentsListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Headcount,
        Leaders,
        People,
        ColumnCount
    };

    explicit DepartmentsListModel(QObject *parent = nullptr);

    void setDepartments(std::vector<DepartmentRow> departments);
    const DepartmentRow &department(int row) const { return m_departments[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<DepartmentRow> m_departments;
};

} // namespace goodwill::items
