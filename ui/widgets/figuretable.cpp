#include "figuretable.h"

#include "analytics/figureref.h"
#include "dashboardsession.h"
#include "items/itemroles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace goodwill::ui {

QSortFilterProxyModel *makeSortProxy(QAbstractItemModel *source, QObject *parent,
                                     Qt::CaseSensitivity sortCase)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(items::SortRole);
    proxy->setSortCaseSensitivity(sortCase);
    return proxy;
}

QTableView *makeFigureTable(QWidget *parent, const QString &accessibleName,
                            QAbstractItemModel *model, const FigureTableOptions &options)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    if (model)
        view->setModel(model);
    view->setSortingEnabled(options.sortable);
    view->setSelectionBehavior(options.selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(options.alternatingRows);
    view->setWordWrap(options.wordWrap);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(options.highlightHeader);
    return view;
}

void openFigureAt(DashboardSession &session, const QModelIndex &index)
{
    session.openFigure(index.data(items::FigureRole).value<analytics::FigureRef>());
}

void openFiguresOnActivate(QAbstractItemView *view, DashboardSession &session)
{
    QObject::connect(view, &QAbstractItemView::activated, view,
                     [&session](const QModelIndex &index) { openFigureAt(session, index); });
}

} // namespace goodwill::ui
