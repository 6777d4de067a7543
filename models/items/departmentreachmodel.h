#pragma once

#include "analytics/leaderdetail.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// How one leader met each department over a period (analytics::LeaderDetail::departments):
// the share of its staff the leader reached, its staff, the leader's recognitions of its
// people, and whether it was recognised at all. A department under k staff shows neither
// its size nor the reach share (items::SuppressedRole, a tooltip saying why); the leader's
// own recognitions are shown. The Reach column's display value is a number (percent), as
// BarChartView reads it; items::SeriesRole is the department.
class DepartmentReachModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Department,
        Reach,
        Staff,
        Recognitions,
        PeopleRecognised,
        Status,
        ColumnCount
    };
    // Status, as items::SortRole gives it: blind spots sort first.
    enum class State
    {
        NotRecognised,
        Recognised,
        UnderK
    };

    explicit DepartmentReachModel(QObject *parent = nullptr);

    // `k` is quoted in the tooltips of hidden cells.
    void setDepartments(std::vector<analytics::LeaderDepartment> departments, QDate from, QDate to,
                        int k);
    void clear();
    const std::vector<analytics::LeaderDepartment> &departments() const { return m_departments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static State stateOf(const analytics::LeaderDepartment &department);

private:
    QString statusText(State state) const;
    QString toolTip(const analytics::LeaderDepartment &department, int column) const;

    std::vector<analytics::LeaderDepartment> m_departments;
    QDate m_from;
    QDate m_to;
    int m_k = 5;
};

} // namespace goodwill::items
