#include "barchartview.h"

#include "chartstyle.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <optional>

namespace goodwill::ui {

struct BarChartView::Private
{
    Qt::Orientation orientation = Qt::Vertical;
    bool stacked = false;
    int sets = 0;
    int categories = 0;
};

BarChartView::BarChartView(Qt::Orientation orientation, QWidget *parent)
    : ModelChartView(160, parent), d(std::make_unique<Private>())
{
    d->orientation = orientation;
}

BarChartView::~BarChartView() = default;

int BarChartView::setCount() const
{
    return d->sets;
}

int BarChartView::categoryCount() const
{
    return d->categories;
}

void BarChartView::setStacked(bool stacked)
{
    d->stacked = stacked;
    rebuild();
}

void BarChartView::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    d->sets = 0;
    d->categories = 0;
    if (!m_model)
        return;
    const bool horizontal = d->orientation == Qt::Horizontal;
    QAbstractBarSeries *series = nullptr;
    if (horizontal)
        series = d->stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                            : new QHorizontalBarSeries;
    else
        series =
            d->stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    QStringList categories;
    // Horizontal bars list from the top: the model's first row first.
    for (int row = 0; row < rows; ++row)
        categories << m_model->index(horizontal ? rows - 1 - row : row, 0).data().toString();
    double top = 0;
    for (int column = 1; column < columns; ++column) {
        auto *set = new QBarSet(m_model->headerData(column, Qt::Horizontal).toString());
        set->setColor(chartstyle::seriesColor(*m_model, column));
        set->setBorderColor(Qt::transparent);
        for (int i = 0; i < rows; ++i) {
            const int row = horizontal ? rows - 1 - i : i;
            const double value = m_model->index(row, column).data().toDouble();
            set->append(value);
            top = std::max(top, value);
        }
        series->append(set);
        ++d->sets;
    }
    d->categories = rows;
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle());
    valueAxis->setLabelFormat(QStringLiteral("%.6g")); // localized labels need the precision
    if (valueRange())
        valueAxis->setRange(valueRange()->first, valueRange()->second);
    else
        valueAxis->setRange(0, chartstyle::niceCeiling(top * 1.05));
    // Five ticks on a range around zero (changes: -20, -10, 0, 10, 20), so zero has one;
    // six on one from zero (0, 20, ... 100).
    const bool aroundZero = valueRange() && valueRange()->first == -valueRange()->second;
    valueAxis->setTickCount(aroundZero ? 5 : 6);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(d->sets > 1);
    const auto rowOf = [this, horizontal, rows](int index) {
        return horizontal ? rows - 1 - index : index;
    };
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, categories](bool state, int index, QBarSet *set) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, %2: %3")
                                       .arg(categories.value(index), set->label(),
                                            chartstyle::formatValue(set->at(index))),
                                   this);
            });
    connect(series, &QAbstractBarSeries::doubleClicked, this,
            [this, series, rowOf](int index, QBarSet *set) {
                const int column = int(series->barSets().indexOf(set)) + 1;
                Q_EMIT barActivated(rowOf(index), column);
            });
    applyPalette();
}

} // namespace goodwill::ui
