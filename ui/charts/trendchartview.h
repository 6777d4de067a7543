#pragma once

#include "modelchartview.h"

#include <memory>

class QAbstractItemModel;
class QChart;
class QChartView;

namespace goodwill::ui {

// Lines over a date axis, bound to a table model (the chart follows the model: reset,
// dataChanged, rows inserted or removed; no points are pushed by hand):
// - column 0 holds the x value of each row, a QDate;
// - every other column is one series: a double, or an invalid QVariant for a gap (a
//   suppressed or thin point breaks the line rather than dropping to zero);
// - a series' name is its horizontal header (Qt::DisplayRole), its colour the header's
//   items::SeriesRole (through items::seriesColor) or Qt::DecorationRole (a QColor);
// - setBand() declares two columns the low and high of a series: drawn as a translucent
//   area in the series' colour, not as lines of their own.
// Hovering shows the date, series and value; double-clicking a point emits
// pointActivated(row, column) with the model's row and column of that point.
class TrendChartView : public ModelChartView
{
    Q_OBJECT

public:
    explicit TrendChartView(QWidget *parent = nullptr);
    ~TrendChartView() override;

    void setBand(int seriesColumn, int lowColumn, int highColumn);

    int seriesCount() const; // lines drawn (bands not counted)
    // Points drawn for a column's series (gaps excluded); -1 when the column has no line.
    int pointCount(int column) const;

Q_SIGNALS:
    void pointActivated(int row, int column);

private:
    struct Private;
    void rebuild() override;

    std::unique_ptr<Private> d;
};

} // namespace goodwill::ui
