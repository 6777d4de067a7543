#pragma once

#include <QAbstractItemView>
#include <Qt>

class QAbstractItemModel;
class QModelIndex;
class QSortFilterProxyModel;
class QString;
class QTableView;
class QWidget;

namespace goodwill::ui {

class DashboardSession;

// How a dashboard table looks and behaves; the defaults are the read-only list of rows.
struct FigureTableOptions
{
    QAbstractItemView::SelectionBehavior selection = QAbstractItemView::SelectRows;
    bool alternatingRows = true;
    bool wordWrap = false;
    bool highlightHeader = false; // bold the header sections of the selection
    bool sortable = true;         // sorted by a click on a column header

    // A matrix of figures: single cells selected, plain rows, wrapped text.
    static constexpr FigureTableOptions cells()
    {
        return {.selection = QAbstractItemView::SelectItems,
                .alternatingRows = false,
                .wordWrap = true};
    }
};

// A proxy over `source` sorting on items::SortRole (the models' sort keys).
QSortFilterProxyModel *makeSortProxy(QAbstractItemModel *source, QObject *parent,
                                     Qt::CaseSensitivity sortCase = Qt::CaseSensitive);

// A read-only table of `model` (none when null) named `accessibleName`, with no vertical
// header.
QTableView *makeFigureTable(QWidget *parent, const QString &accessibleName,
                            QAbstractItemModel *model, const FigureTableOptions &options = {});

// Opens the figure behind `index` (its items::FigureRole) in `session`, if it has one.
void openFigureAt(DashboardSession &session, const QModelIndex &index);

// Enter or a double-click on a cell of `view` opens the figure behind it.
void openFiguresOnActivate(QAbstractItemView *view, DashboardSession &session);

} // namespace goodwill::ui
