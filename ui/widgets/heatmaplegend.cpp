#include "heatmaplegend.h"

#include "heatmapdelegate.h"

#include <QLinearGradient>
#include <QPainter>

namespace goodwill::ui {
namespace {

constexpr int scaleWidth = 180;
constexpr int swatch = 14;
constexpr int gap = 8;

} // namespace

HeatmapLegend::HeatmapLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Colour key"));
    setToolTip(tr("Red is a low score, blue a high one; hatched cells are hidden because the "
                  "department had too few staff then"));
}

void HeatmapLegend::setTitle(const QString &title)
{
    m_title = title;
    updateGeometry();
    update();
}

QSize HeatmapLegend::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int width = metrics.horizontalAdvance(m_title) + gap +
                      metrics.horizontalAdvance(QStringLiteral("0")) + scaleWidth + 3 * gap +
                      metrics.horizontalAdvance(QStringLiteral("100")) + swatch +
                      metrics.horizontalAdvance(tr("hidden")) + 2 * gap;
    return {width, metrics.height() + 6};
}

QSize HeatmapLegend::minimumSizeHint() const
{
    return sizeHint();
}

void HeatmapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const int h = height();
    const int barTop = (h - swatch) / 2;
    int x = 0;
    const auto text = [&](const QString &label) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, 0, metrics.horizontalAdvance(label) + 1, h),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        x += metrics.horizontalAdvance(label) + gap / 2;
    };
    if (!m_title.isEmpty()) {
        text(m_title);
        x += gap / 2;
    }
    text(QStringLiteral("0"));
    QLinearGradient gradient(x, 0, x + scaleWidth, 0);
    for (int v = 0; v <= 100; v += 10)
        gradient.setColorAt(v / 100.0, HeatmapDelegate::colorFor(v, palette()));
    painter.fillRect(QRect(x, barTop, scaleWidth, swatch), gradient);
    // The middle, where the scale turns.
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawLine(x + scaleWidth / 2, barTop - 2, x + scaleWidth / 2, barTop + swatch + 1);
    x += scaleWidth + gap / 2;
    text(QStringLiteral("100"));
    x += gap;
    HeatmapDelegate::paintHidden(&painter, QRect(x, barTop, swatch, swatch), palette());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(QRect(x, barTop, swatch - 1, swatch - 1));
    x += swatch + gap / 2;
    text(tr("hidden"));
}

} // namespace goodwill::ui
