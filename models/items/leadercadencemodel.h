#pragma once

#include "analytics/leaderdetail.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// One leader's cadence: a row per period (analytics::LeaderDetail::periods), column 0 the
// period's last day (a QDate, the x value of TrendChartView), then the leader's posts,
// replies and recognitions in the period (numbers, as charts read them). items::FigureRole
// opens the count for the period.
class LeaderCadenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Period,
        Posts,
        Replies,
        Recognitions,
        ColumnCount
    };

    explicit LeaderCadenceModel(QObject *parent = nullptr);

    void setPeriods(std::int32_t leader, std::vector<analytics::LeaderPeriod> periods);
    void clear();
    const std::vector<analytics::LeaderPeriod> &periods() const { return m_periods; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1 Mar 2025 – 31 Mar 2025": the days of a period, for tooltips.
    static QString periodText(const analytics::LeaderPeriod &period);

private:
    std::int32_t m_leader = -1;
    std::vector<analytics::LeaderPeriod> m_periods;
};

} // namespace goodwill::items
