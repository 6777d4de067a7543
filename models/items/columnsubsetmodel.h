#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace goodwill::items {

// Some columns of a table model, in the source's order, for a chart that draws every column
// after the first (TrendChartView, BarChartView): a reply-rate chart and a reply-time chart
// over one trend model, say. Optionally drops rows whose kept columns are all hidden by the
// privacy rules (items::SuppressedRole), so a bar chart shows no zero where a value is hidden.
class ColumnSubsetModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ColumnSubsetModel(QObject *parent = nullptr);

    void setColumns(std::vector<int> sourceColumns);
    void setDropSuppressedRows(bool drop);

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::vector<int> m_columns;
    bool m_dropSuppressed = false;
};

} // namespace goodwill::items
