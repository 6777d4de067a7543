#include "chartstyle.h"

#include "items/itemroles.h"
#include "items/seriescolors.h"

#include <QAbstractAxis>
#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace goodwill::ui::chartstyle {

QChart *newChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis labels in the interface's locale: its decimal separator, its month names.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    return chart;
}

QColor blend(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

void applyPalette(QChartView *view, const QPalette &palette)
{
    QChart *chart = view->chart();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(blend(window, text, 0.5));
        axis->setGridLineColor(blend(window, text, 0.15));
    }
    view->setBackgroundBrush(window);
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

QColor seriesColor(const QAbstractItemModel &model, int column)
{
    const QVariant series = model.headerData(column, Qt::Horizontal, items::SeriesRole);
    if (series.isValid())
        return items::seriesColor(series.toInt());
    const QVariant decoration = model.headerData(column, Qt::Horizontal, Qt::DecorationRole);
    if (decoration.canConvert<QColor>() && decoration.value<QColor>().isValid())
        return decoration.value<QColor>();
    // Colours that stay apart for colour-blind readers and on both palettes.
    static const QColor fallback[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe6, 0x7e, 0x22),
                                      QColor(0x7f, 0x7f, 0x7f), QColor(0x2c, 0xa0, 0x2c),
                                      QColor(0x94, 0x67, 0xbd), QColor(0xd6, 0x27, 0x28)};
    return fallback[size_t(std::max(0, column - 1)) % std::size(fallback)];
}

void followModel(QAbstractItemModel *model, QObject *receiver, const std::function<void()> &rebuild)
{
    QObject::connect(model, &QAbstractItemModel::modelReset, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::dataChanged, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::headerDataChanged, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::columnsInserted, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::columnsRemoved, receiver, rebuild);
}

QString formatValue(double value)
{
    const QLocale locale;
    if (std::abs(value - std::round(value)) < 1e-9)
        return locale.toString(qlonglong(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

} // namespace goodwill::ui::chartstyle
