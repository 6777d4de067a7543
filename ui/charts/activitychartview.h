#pragma once

#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;

namespace goodwill::ui {

// Activities per month by kind, as lines over a time axis. Bound to an item model with
// column 0 the month and one column per kind (items::MonthlyActivityModel): the chart
// follows the model, no points are pushed by hand. All Qt Charts code stays in ui/charts/.
class ActivityChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityChartView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QChart *chart() const;
    int seriesCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void updateAxes();

    QAbstractItemModel *m_model = nullptr;
    QChartView *m_view;
};

} // namespace goodwill::ui
