#pragma once

#include "analytics/leaderdetail.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// One leader's responsiveness over time: a row per period (analytics::LeaderDetail::periods),
// column 0 the period's last day (a QDate, the x value of TrendChartView), then the reply
// rate (percent of the period's staff comments answered within the reply window) and the
// median hours to the leader's first reply. A period with nothing to measure is an invalid
// QVariant: a gap in the line, not a zero. items::ValueRole holds the rate as a share.
class LeaderResponseTrendModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Period,
        ReplyRate,
        MedianHours,
        ColumnCount
    };

    explicit LeaderResponseTrendModel(QObject *parent = nullptr);

    void setPeriods(std::int32_t leader, std::vector<analytics::LeaderPeriod> periods,
                    double replyWindowHours = 72);
    void clear();
    // Whether any period has a value in `column` (else a chart of it would be empty).
    bool hasValues(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<double> value(const analytics::LeaderPeriod &period, int column) const;
    QString toolTip(const analytics::LeaderPeriod &period, int column) const;

    std::int32_t m_leader = -1;
    std::vector<analytics::LeaderPeriod> m_periods;
    double m_replyWindowHours = 72;
};

} // namespace goodwill::items
