#include "activitychartview.h"

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
namespace {

// Colours that stay apart for colour-blind readers and on both palettes.
const QColor kindColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe6, 0x7e, 0x22),
                              QColor(0x7f, 0x7f, 0x7f), QColor(0x2c, 0xa0, 0x2c)};

QColor blend(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

ActivityChartView::ActivityChartView(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this))
{
    auto *chart = new QChart;
    chart->setTitle(tr("Activity per month"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
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
        series->setPen(QPen(kindColours[(column - 1) % 4], 2.2));
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

// Qt Charts draws with its own theme colours; follow the widget palette instead, so the
// chart reads on light and dark palettes alike.
void ActivityChartView::applyPalette()
{
    QChart *chart = m_view->chart();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor window = palette().color(QPalette::Window);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(blend(window, text, 0.5));
        axis->setGridLineColor(blend(window, text, 0.15));
    }
    m_view->setBackgroundBrush(window);
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
    static_cast<QValueAxis *>(vertical.first())->setRange(0, niceCeiling(top * 1.05));
    static_cast<QValueAxis *>(vertical.first())->setTickCount(6);
}

} // namespace goodwill::ui
