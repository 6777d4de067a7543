#include "trendchartview.h"

#include "chartstyle.h"

#include <QAbstractItemModel>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <map>
#include <optional>

namespace goodwill::ui {
namespace {

qreal xOf(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

std::optional<double> valueAt(const QAbstractItemModel &model, int row, int column)
{
    const QVariant value = model.index(row, column).data();
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!value.isValid() || !ok || std::isnan(number))
        return std::nullopt;
    return number;
}

} // namespace

struct TrendChartView::Private
{
    struct Band
    {
        int low = -1;
        int high = -1;
    };
    std::map<int, Band> bands;      // by series column
    std::map<int, int> pointCounts; // by series column
    // The model row of each drawn point, per line segment, for activation.
    std::map<QXYSeries *, std::pair<int, std::vector<int>>> rowsOf; // series -> (column, rows)
};

TrendChartView::TrendChartView(QWidget *parent)
    : ModelChartView(180, parent), d(std::make_unique<Private>())
{}

TrendChartView::~TrendChartView() = default;

void TrendChartView::setBand(int seriesColumn, int lowColumn, int highColumn)
{
    d->bands[seriesColumn] = {lowColumn, highColumn};
    rebuild();
}

int TrendChartView::seriesCount() const
{
    return int(d->pointCounts.size());
}

int TrendChartView::pointCount(int column) const
{
    const auto found = d->pointCounts.find(column);
    return found == d->pointCounts.end() ? -1 : found->second;
}

void TrendChartView::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    d->pointCounts.clear();
    d->rowsOf.clear();
    if (!m_model)
        return;

    auto *xAxis = new QDateTimeAxis;
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(valueTitle());
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    std::vector<bool> isBand(size_t(std::max(columns, 0)), false);
    for (const auto &[series, band] : d->bands) {
        for (int column : {band.low, band.high}) {
            if (column >= 0 && column < columns)
                isBand[size_t(column)] = true;
        }
    }
    double low = 0, high = 0;
    bool any = false;
    const auto widen = [&](double value) {
        low = any ? std::min(low, value) : value;
        high = any ? std::max(high, value) : value;
        any = true;
    };
    const auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };

    for (int column = 1; column < columns; ++column) {
        if (isBand[size_t(column)])
            continue;
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        const QColor color = chartstyle::seriesColor(*m_model, column);
        const auto band = d->bands.find(column);
        // Runs of consecutive rows with a value: a gap breaks the line (and the band).
        int points = 0;
        bool firstSegment = true;
        for (int row = 0; row < rows;) {
            if (!valueAt(*m_model, row, column)) {
                ++row;
                continue;
            }
            auto *line = new QLineSeries;
            line->setName(name);
            line->setPen(QPen(color, 2.2));
            std::vector<int> lineRows;
            QLineSeries *upper = nullptr, *lower = nullptr;
            if (band != d->bands.end()) {
                upper = new QLineSeries;
                lower = new QLineSeries;
            }
            for (; row < rows; ++row) {
                const auto value = valueAt(*m_model, row, column);
                if (!value)
                    break;
                const qreal x = xOf(m_model->index(row, 0).data().toDate());
                line->append(x, *value);
                lineRows.push_back(row);
                widen(*value);
                if (upper) {
                    const double bandLow =
                        valueAt(*m_model, row, band->second.low).value_or(*value);
                    const double bandHigh =
                        valueAt(*m_model, row, band->second.high).value_or(*value);
                    lower->append(x, bandLow);
                    upper->append(x, bandHigh);
                    widen(bandLow);
                    widen(bandHigh);
                }
            }
            points += int(lineRows.size());
            if (upper) {
                auto *area = new QAreaSeries(upper, lower);
                QColor fill = color;
                fill.setAlphaF(0.18f);
                area->setBrush(fill);
                area->setPen(Qt::NoPen);
                area->setName(tr("%1 (80% band)").arg(name));
                attach(area);
                for (QLegendMarker *marker : chart->legend()->markers(area))
                    marker->setVisible(false);
            }
            line->setPointsVisible(lineRows.size() < 40);
            attach(line);
            if (!firstSegment) {
                for (QLegendMarker *marker : chart->legend()->markers(line))
                    marker->setVisible(false);
            }
            firstSegment = false;
            d->rowsOf[line] = {column, lineRows};
            connect(line, &QLineSeries::hovered, this,
                    [this, name](const QPointF &point, bool state) {
                        if (!state) {
                            QToolTip::hideText();
                            return;
                        }
                        const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
                        QToolTip::showText(QCursor::pos(),
                                           tr("%1, %2: %3")
                                               .arg(name,
                                                    QLocale().toString(date, QLocale::ShortFormat),
                                                    chartstyle::formatValue(point.y())),
                                           this);
                    });
            connect(line, &QLineSeries::doubleClicked, this, [this, line](const QPointF &point) {
                const auto found = d->rowsOf.find(line);
                if (found == d->rowsOf.end())
                    return;
                // The nearest drawn point of this line.
                const QList<QPointF> drawn = line->points();
                int best = 0;
                for (int i = 1; i < drawn.size(); ++i) {
                    if (std::abs(drawn[i].x() - point.x()) < std::abs(drawn[best].x() - point.x()))
                        best = i;
                }
                if (best < int(found->second.second.size()))
                    Q_EMIT pointActivated(found->second.second[size_t(best)], found->second.first);
            });
        }
        d->pointCounts[column] = points;
    }

    if (rows > 0) {
        const QDate first = m_model->index(0, 0).data().toDate();
        const QDate last = m_model->index(rows - 1, 0).data().toDate();
        xAxis->setRange(first.startOfDay(), (first == last ? last.addDays(1) : last).startOfDay());
        xAxis->setTickCount(std::clamp(rows, 2, 8));
        xAxis->setFormat(first.daysTo(last) > 300 ? QStringLiteral("MMM yy")
                                                  : QStringLiteral("d MMM"));
    }
    if (valueRange()) {
        yAxis->setRange(valueRange()->first, valueRange()->second);
    } else {
        const double top = chartstyle::niceCeiling(any ? high * 1.05 : 1);
        yAxis->setRange(any && low < 0 ? -chartstyle::niceCeiling(-low * 1.05) : 0, top);
    }
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%.6g")); // localized labels need the precision
    chart->legend()->setVisible(seriesCount() > 1);
    applyPalette();
}

} // namespace goodwill::ui
