#pragma once

#include "analytics/snapshot.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <memory>
#include <vector>

namespace goodwill::items {

// The four pillars' scores of chosen departments (-1: the organisation or selection) at
// one period end, for BarChartView: one row per pillar, column 0 its name, then one column
// per department shown (those the snapshot lacks get none). A score's 80% band is in
// LowRole and HighRole and in the tooltip; a department hidden by the privacy rules has
// no values and says why.
class PillarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        LowRole = Qt::UserRole + 100, // double: the band's low end
        HighRole,
    };

    explicit PillarModel(QObject *parent = nullptr);
    ~PillarModel() override;

    void setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot);
    std::shared_ptr<const analytics::Snapshot> snapshot() const { return m_snapshot; }
    void setDepartments(std::vector<std::int32_t> departments);
    const std::vector<std::int32_t> &departments() const { return m_departments; }
    // The period end to show; an invalid date (or one the snapshot lacks): the last.
    void setPeriodEnd(QDate end);
    QDate periodEnd() const;

    QString pillarAt(int row) const;
    std::int32_t departmentOfColumn(int column) const; // -2 for column 0 or out of range

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Shown
    {
        const analytics::DepartmentCapital *capital;
        const analytics::CapitalPoint *point;
    };
    void rebuild();

    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    std::vector<std::int32_t> m_departments{-1};
    QDate m_wantedEnd;
    QStringList m_pillars;
    std::vector<Shown> m_columns; // from column 1
};

} // namespace goodwill::items
