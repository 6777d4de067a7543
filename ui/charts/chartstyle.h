#pragma once

#include <QColor>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QChart;
class QChartView;
class QObject;
class QPalette;

namespace goodwill::ui::chartstyle {

// What every chart in Goodwill shares: a plain chart (no animation, no theme background,
// legend at the bottom), colours from the widget palette rather than Qt Charts' themes (so
// charts read on light and dark palettes alike), series colours from the model, and axis
// labels in QLocale()'s format (decimal separator, month names).

QChart *newChart();
void applyPalette(QChartView *view, const QPalette &palette);
QColor blend(const QColor &a, const QColor &b, double share);
// The smallest "nice" number (1, 2, 2.5, 5 × 10^n) at or above `value`; 10 for nothing.
double niceCeiling(double value);
// A column's colour: its header's items::SeriesRole (a department), else its
// Qt::DecorationRole, else a colour picked by the column number.
QColor seriesColor(const QAbstractItemModel &model, int column);
// Calls `rebuild` (in `receiver`'s context) whenever `model` changes in any way.
void followModel(QAbstractItemModel *model, QObject *receiver,
                 const std::function<void()> &rebuild);
// A number as a chart tooltip shows it (locale separators, at most one decimal).
QString formatValue(double value);

} // namespace goodwill::ui::chartstyle
