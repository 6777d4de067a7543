#include "heatmapdelegate.h"

#include "items/itemroles.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace goodwill::ui {
namespace {

struct Stop
{
    double at;
    QRgb color;
};

// ColorBrewer RdBu for light backgrounds; for dark ones the same hues with the middle sunk to
// a dark grey and the ends lifted, so both ends stand out from the window.
constexpr std::array<Stop, 7> lightScale{{{0, 0xb2182b},
                                          {20, 0xd6604d},
                                          {40, 0xf4a582},
                                          {50, 0xf2f2f2},
                                          {60, 0x92c5de},
                                          {80, 0x4393c3},
                                          {100, 0x2166ac}}};
constexpr std::array<Stop, 7> darkScale{{{0, 0xf06b5d},
                                         {20, 0xc24a3e},
                                         {40, 0x7a3a35},
                                         {50, 0x3d3d3d},
                                         {60, 0x2d5470},
                                         {80, 0x2f78b0},
                                         {100, 0x5cb0ea}}};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

HeatmapDelegate::HeatmapDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor HeatmapDelegate::colorFor(double value, const QPalette &palette)
{
    const auto &scale = isDark(palette) ? darkScale : lightScale;
    const double v = std::clamp(value, 0.0, 100.0);
    for (size_t i = 1; i < scale.size(); ++i) {
        if (v <= scale[i].at) {
            const double share = (v - scale[i - 1].at) / (scale[i].at - scale[i - 1].at);
            const QColor a = QColor::fromRgb(scale[i - 1].color);
            const QColor b = QColor::fromRgb(scale[i].color);
            return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                                    float(a.greenF() + (b.greenF() - a.greenF()) * share),
                                    float(a.blueF() + (b.blueF() - a.blueF()) * share));
        }
    }
    return QColor::fromRgb(scale.back().color);
}

QColor HeatmapDelegate::textColorOn(const QColor &background)
{
    // The contrast ratio against black and against white (WCAG); the larger wins.
    const double l = luminance(background);
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

void HeatmapDelegate::paintHidden(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    painter->fillRect(rect, palette.color(QPalette::Base));
    QColor hatch = palette.color(QPalette::Text);
    hatch.setAlphaF(0.35f);
    painter->fillRect(rect, QBrush(hatch, Qt::BDiagPattern));
}

void HeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.column() == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QRect cell = option.rect.adjusted(1, 1, -1, -1); // a hairline gap between cells
    painter->save();
    painter->fillRect(option.rect, option.palette.color(QPalette::Base));
    const QVariant value = index.data(items::ValueRole);
    if (index.data(items::SuppressedRole).toBool()) {
        paintHidden(painter, cell, option.palette);
    } else if (value.isValid()) {
        const QColor background = colorFor(value.toDouble(), option.palette);
        painter->fillRect(cell, background);
        painter->setPen(textColorOn(background));
        painter->setFont(option.font);
        painter->drawText(cell, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    } else {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(cell, Qt::AlignCenter, QStringLiteral("–"));
    }
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    if (selected || focused) {
        QPen pen(option.palette.color(QPalette::Highlight), selected ? 3 : 1.5);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    painter->restore();
}

QSize HeatmapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0)
        return QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    return {std::max(metrics.horizontalAdvance(QStringLiteral("100")) + 16, 36),
            metrics.height() + 10};
}

} // namespace goodwill::ui
