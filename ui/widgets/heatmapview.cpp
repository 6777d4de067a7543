#include "heatmapview.h"

#include "heatmapdelegate.h"
#include "items/itemroles.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

namespace goodwill::ui {

HeatmapView::HeatmapView(QWidget *parent)
    : QTableView(parent), m_delegate(new HeatmapDelegate(this))
{
    setItemDelegate(m_delegate);
    setShowGrid(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setHighlightSections(true);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant figure = index.data(items::FigureRole);
        if (figure.canConvert<analytics::FigureRef>() &&
            figure.value<analytics::FigureRef>().isValid())
            Q_EMIT figureActivated(figure.value<analytics::FigureRef>());
    });
}

void HeatmapView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        this->model()->disconnect(this);
    QTableView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &HeatmapView::layoutColumns);
        connect(model, &QAbstractItemModel::layoutChanged, this, &HeatmapView::layoutColumns);
        connect(model, &QAbstractItemModel::columnsInserted, this, &HeatmapView::layoutColumns);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &HeatmapView::layoutColumns);
    }
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_quiet && current.isValid() && current.column() > 0)
                    Q_EMIT cellChosen(current.row(), current.column());
            });
    layoutColumns();
}

void HeatmapView::selectCell(int row, int column)
{
    if (!model())
        return;
    const QModelIndex index = model()->index(row, column);
    if (!index.isValid())
        return;
    m_quiet = true;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_quiet = false;
    scrollTo(index);
}

void HeatmapView::layoutColumns()
{
    QAbstractItemModel *model = this->model();
    if (!model)
        return;
    const int columns = model->columnCount();
    if (columns > 0)
        setColumnHidden(0, true);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int width = m_delegate->sizeHint(option, model->index(0, std::min(1, columns - 1))).width();
    const QFontMetrics header(horizontalHeader()->font());
    for (int column = 1; column < columns; ++column) {
        const QString label = model->headerData(column, Qt::Horizontal).toString();
        width = std::max(width, header.horizontalAdvance(label) + 14);
    }
    horizontalHeader()->setDefaultSectionSize(width);
    horizontalHeader()->setMinimumSectionSize(std::min(width, 24));
    for (int column = 1; column < columns; ++column)
        horizontalHeader()->resizeSection(column, width);
    verticalHeader()->setDefaultSectionSize(
        m_delegate->sizeHint(option, model->index(0, std::min(1, columns - 1))).height());
}

void HeatmapView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        layoutColumns();
}

} // namespace goodwill::ui
