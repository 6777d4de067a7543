#pragma once

#include <QStyledItemDelegate>

namespace goodwill::ui {

// Draws items::SparklineRole (a QVariantList of doubles, invalid for gaps) as a small line
// in the cell, in the row's series colour (items::SeriesRole), with the last point marked.
// Cells without points fall back to the normal display.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace goodwill::ui
