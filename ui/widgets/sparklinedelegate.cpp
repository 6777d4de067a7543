#include "sparklinedelegate.h"

#include "items/itemroles.h"
#include "items/seriescolors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <limits>

namespace goodwill::ui {

SparklineDelegate::SparklineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariantList points = index.data(items::SparklineRole).toList();
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    int drawn = 0;
    for (const QVariant &point : points) {
        if (!point.isValid())
            continue;
        low = std::min(low, point.toDouble());
        high = std::max(high, point.toDouble());
        ++drawn;
    }
    if (drawn == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background and selection as the style draws them, then the line over it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QRectF area = QRectF(option.rect).adjusted(4, 4, -8, -4);
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    const auto at = [&](int i, double value) {
        const double x = points.size() > 1 ? area.left() + area.width() * i / (points.size() - 1)
                                           : area.center().x();
        return QPointF(x, area.bottom() - (value - low) / (high - low) * area.height());
    };
    QPainterPath path;
    bool open = false;
    QPointF last;
    for (int i = 0; i < points.size(); ++i) {
        if (!points[i].isValid()) {
            open = false; // a gap breaks the line
            continue;
        }
        last = at(i, points[i].toDouble());
        if (open)
            path.lineTo(last);
        else
            path.moveTo(last);
        open = true;
    }
    const QVariant series = index.data(items::SeriesRole);
    const QColor color = series.isValid() ? items::seriesColor(series.toInt())
                                          : option.palette.color(QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setBrush(color);
    painter->drawEllipse(last, 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(items::SparklineRole).toList().isEmpty())
        return base;
    return {std::max(base.width(), 96), std::max(base.height(), 24)};
}

} // namespace goodwill::ui
