#pragma once

#include "analytics/leaderengagement.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace goodwill::items {

// One leader's percentile among leaders for each figure (analytics::LeaderPercentile,
// docs/model.md "My engagement"): the figure, the leader's value, the percentile and how
// many leaders it compares with. Only the leader's own place: no other leader is named.
// items::FigureRole on the value opens the figure; ValueRole and SortRole hold the numbers.
class LeaderPercentileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Figure,
        Value,
        Percentile,
        Compared,
        ColumnCount
    };

    explicit LeaderPercentileModel(QObject *parent = nullptr);

    void setPercentiles(std::int32_t leader, QDate from, QDate to,
                        std::vector<analytics::LeaderPercentile> percentiles);
    void clear();
    const std::vector<analytics::LeaderPercentile> &percentiles() const { return m_rows; }
    // The row of a figure (a LeaderStats field name); -1 when absent.
    int rowOf(const QString &figure) const;

    // The value as the dashboard shows it: a count, a percentage or hours.
    static QString valueText(const QString &figure, double value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const analytics::LeaderPercentile &row, int column) const;

    std::int32_t m_leader = -1;
    QDate m_from;
    QDate m_to;
    std::vector<analytics::LeaderPercentile> m_rows;
};

} // namespace goodwill::items
