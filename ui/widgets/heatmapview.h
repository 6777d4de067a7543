#pragma once

#include "analytics/figureref.h"

#include <QTableView>

namespace goodwill::ui {

class HeatmapDelegate;

// A table of scores drawn as coloured cells (HeatmapDelegate), for a model shaped like
// items::CapitalHeatmapModel: column 0 holds each row's label and is hidden (the vertical
// header shows the labels, so they stay in view while scrolling); every other column is a
// period, labelled by its horizontal header. All value columns get one width, wide enough
// for "100" and for the longest period label. Hovering a cell shows its tooltip (why a
// hatched cell is hidden); Enter or a double-click on a cell with items::FigureRole emits
// figureActivated; moving the current cell (click, arrow keys) emits cellChosen.
class HeatmapView : public QTableView
{
    Q_OBJECT

public:
    explicit HeatmapView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Makes (row, column) current and selected without emitting cellChosen.
    void selectCell(int row, int column);

Q_SIGNALS:
    void figureActivated(const goodwill::analytics::FigureRef &figure);
    void cellChosen(int row, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void layoutColumns();

    HeatmapDelegate *m_delegate;
    bool m_quiet = false; // selectCell in progress
};

} // namespace goodwill::ui
