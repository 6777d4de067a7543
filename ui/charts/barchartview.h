#pragma once

#include "modelchartview.h"

#include <memory>

class QAbstractItemModel;
class QChart;
class QChartView;

namespace goodwill::ui {

// Bars bound to a table model (follows the model like TrendChartView): each row is a
// category, labelled by column 0's display text; every other column is a bar set, named by
// its horizontal header and coloured by the header's items::SeriesRole or
// Qt::DecorationRole. Vertical or horizontal (long labels read better horizontally).
// Hovering a bar shows category, set and value; double-clicking one emits
// barActivated(row, column).
class BarChartView : public ModelChartView
{
    Q_OBJECT

public:
    explicit BarChartView(Qt::Orientation orientation = Qt::Vertical, QWidget *parent = nullptr);
    ~BarChartView() override;

    void setStacked(bool stacked);

    int setCount() const;
    int categoryCount() const;

Q_SIGNALS:
    void barActivated(int row, int column);

private:
    struct Private;
    void rebuild() override;

    std::unique_ptr<Private> d;
};

} // namespace goodwill::ui
