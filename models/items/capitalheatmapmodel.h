#pragma once

#include "analytics/snapshot.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <memory>
#include <vector>

namespace goodwill::items {

// The ECI of each department at each period end, for a heatmap: one row per department
// (the organisation or selection first, unless left out); column 0 the department's name
// (views show it as the vertical header and hide the column; exports keep it), then one
// column per period end. A cell's items::ValueRole is the ECI, its display text rounded; a
// cell hidden by the privacy rules has items::SuppressedRole and a tooltip saying why.
class CapitalHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CapitalHeatmapModel(QObject *parent = nullptr);
    ~CapitalHeatmapModel() override;

    void setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot);
    std::shared_ptr<const analytics::Snapshot> snapshot() const { return m_snapshot; }
    // Whether the organisation (or selection) is the first row; true by default.
    void setShowSelection(bool show);
    bool showSelection() const { return m_showSelection; }

    int periodCount() const;
    QDate dateAt(int column) const;           // invalid for column 0 and out of range
    int columnOf(QDate end) const;            // -1 when no period ends then
    std::int32_t departmentAt(int row) const; // -1 for the organisation or out of range
    int rowOf(std::int32_t department) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    const analytics::DepartmentCapital &capitalAt(int row) const;
    QVariant nameData(const analytics::DepartmentCapital &capital, int role) const;
    QString cellToolTip(const analytics::DepartmentCapital &capital,
                        const analytics::CapitalPoint &point) const;

    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    bool m_showSelection = true;
    std::vector<size_t> m_rows; // indexes in the snapshot's capital
};

} // namespace goodwill::items
