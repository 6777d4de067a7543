#pragma once

#include "analytics/snapshot.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace goodwill::items {

// Recognised share by department over time, for TrendChartView: one row per period end of
// the snapshot, column 0 the date, then one column per chosen department (or the
// selection as a whole, -1) with signal P1 — the share of its staff recognised at least
// once in the window ending that day — as a percentage. A hidden or thin point is an
// invalid QVariant (a gap in the line). The header carries items::SeriesRole for colours;
// a point carries items::FigureRole (the P1 signal of that department on that day).
class RecognisedShareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecognisedShareModel(QObject *parent = nullptr);

    // `departments`: dataset indexes, -1 for the selection as a whole; those the snapshot
    // has no capital for are left out.
    void setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot,
                     const std::vector<std::int32_t> &departments);
    const std::vector<std::int32_t> &departments() const { return m_departments; }

    // The lines to draw by default: the selection as a whole, then every department of the
    // snapshot when there are at most `most`, else the `most` with the lowest recognised
    // share on the last day (hidden ones left out), in dataset order.
    static std::vector<std::int32_t> defaultDepartments(const analytics::Snapshot &snapshot,
                                                        int most = 6);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const analytics::DepartmentCapital &capitalOfColumn(int column) const;

    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    std::vector<std::int32_t> m_departments;
    std::vector<size_t> m_capital; // per column after the first: index in snapshot->capital
};

} // namespace goodwill::items
