#pragma once

#include <QStyledItemDelegate>

namespace goodwill::ui {

// Paints a heatmap cell: its items::ValueRole (a score, 0..100) as a colour from a diverging
// red-to-blue scale (distinguishable with the common colour-vision deficiencies), with the
// rounded value in black or white, whichever reads better on it. Cells with
// items::SuppressedRole are hatched; cells without a value are left blank with a dash. The
// selected cell gets a frame in the highlight colour rather than a fill, so its colour stays
// readable. Column 0 (row labels) is painted as ordinary text.
class HeatmapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HeatmapDelegate(QObject *parent = nullptr);

    // The colour of `value` (clamped to 0..100) on a palette; light and dark palettes get
    // their own scale, so the middle of it never glares or vanishes.
    static QColor colorFor(double value, const QPalette &palette);
    // Black or white, whichever contrasts more with `background`.
    static QColor textColorOn(const QColor &background);
    // The hatching of a hidden cell.
    static void paintHidden(QPainter *painter, const QRect &rect, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace goodwill::ui
