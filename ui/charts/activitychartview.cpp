#include "activitychartview.h"

#include "chartstyle.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QVXYModelMapper>

#include <cmath>

namespace goodwill::ui {

ActivityChartView::ActivityChartView(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this))
{
    QChart *chart = chartstyle::newChart();
    chart->setTitle(tr("Activity per month"));
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Activity per month chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QChart *ActivityChartView::chart() const
{
    return m_view->chart();
}

int ActivityChartView::seriesCount() const
{
    return int(chart()->series().size());
}

void ActivityChartView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    rebuild();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityChartView::updateAxes);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActivityChartView::updateAxes);
}

void ActivityChartView::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MMM yy"));
    xAxis->setTitleText(tr("Month"));
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Activities per month"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    for (int column = 1; column < m_model->columnCount(); ++column) {
        auto *series = new QLineSeries;
        series->setName(m_model->headerData(column, Qt::Horizontal).toString());
        series->setPen(QPen(chartstyle::seriesColor(*m_model, column), 2.2));
        series->setPointsVisible(true);
        auto *mapper = new QVXYModelMapper(series);
        mapper->setXColumn(0);
        mapper->setYColumn(column);
        mapper->setSeries(series);
        mapper->setModel(m_model);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        connect(series, &QLineSeries::hovered, this,
                [this, name = series->name()](const QPointF &point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    const QLocale locale;
                    const QDate month = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1 in %2: %3")
                            .arg(name, locale.toString(month, QStringLiteral("MMMM yyyy")),
                                 locale.toString(qlonglong(std::llround(point.y())))),
                        this);
                });
    }
    updateAxes();
    applyPalette();
}

void ActivityChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ActivityChartView::applyPalette()
{
    chartstyle::applyPalette(m_view, palette());
}

void ActivityChartView::updateAxes()
{
    QChart *chart = m_view->chart();
    const auto horizontal = chart->axes(Qt::Horizontal);
    const auto vertical = chart->axes(Qt::Vertical);
    if (horizontal.isEmpty() || vertical.isEmpty() || !m_model)
        return;
    const int rows = m_model->rowCount();
    double top = 0;
    for (int row = 0; row < rows; ++row) {
        for (int column = 1; column < m_model->columnCount(); ++column)
            top = std::max(top, m_model->index(row, column).data().toDouble());
    }
    auto *xAxis = static_cast<QDateTimeAxis *>(horizontal.first());
    if (rows > 0) {
        const QDate first = m_model->index(0, 0).data().toDate();
        const QDate last = m_model->index(rows - 1, 0).data().toDate();
        xAxis->setRange(first.startOfDay(), last.startOfDay());
        xAxis->setTickCount(std::clamp(rows, 2, 9));
    }
    static_cast<QValueAxis *>(vertical.first())->setRange(0, chartstyle::niceCeiling(top * 1.05));
    static_cast<QValueAxis *>(vertical.first())->setTickCount(6);
}

} // namespace goodwill::ui
