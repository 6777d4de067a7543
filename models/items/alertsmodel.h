#pragma once

#include "analytics/snapshot.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace goodwill::items {

// The capital alerts of a snapshot (docs/model.md section 4: the ECI down 8 points
// against two period ends before, a pillar down 15 points against the previous one) for
// the organisation or selection and every department, the newest first. Opening a row
// opens the ECI or the pillar at that day.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Department,
        Date,
        What,
        ColumnCount
    };

    explicit AlertsModel(QObject *parent = nullptr);
    ~AlertsModel() override;

    void setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        const analytics::DepartmentCapital *capital;
        const analytics::CapitalAlert *alert;
    };
    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    std::vector<Row> m_rows;
};

} // namespace goodwill::items
