#pragma once

#include "analytics/snapshot.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>

namespace goodwill::items {

// One row per department of a snapshot (the organisation or selection is left out): its
// headcount, ECI, the change against the previous period end and a year before, the four
// pillars, a sparkline of the ECI at each period end and the number of alerts, all at the
// snapshot's last day. A department hidden by the privacy rules on that day shows no
// number: items::SuppressedRole, and the tooltip gives the engine's reason.
class DepartmentSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Headcount,
        Eci,
        Delta,
        YearOverYear,
        Authenticity,
        Pride,
        Attachment,
        Fun,
        Trend, // items::SparklineRole
        Alerts,
        ColumnCount
    };

    explicit DepartmentSummaryModel(QObject *parent = nullptr);
    ~DepartmentSummaryModel() override;

    void setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot);
    std::shared_ptr<const analytics::Snapshot> snapshot() const { return m_snapshot; }

    std::int32_t departmentAt(int row) const;  // -1 when out of range
    int rowOf(std::int32_t department) const;  // -1 when not shown
    static QString pillarOfColumn(int column); // the pillar id of a pillar column, else empty

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const analytics::DepartmentCapital &capitalAt(int row) const;
    // The number behind a cell (empty when there is none).
    std::optional<double> number(const analytics::DepartmentCapital &capital, int column) const;
    QString toolTip(const analytics::DepartmentCapital &capital, int column) const;
    QVariant figure(const analytics::DepartmentCapital &capital, int column) const;

    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    std::vector<size_t> m_rows; // indexes in the snapshot's capital
};

} // namespace goodwill::items
