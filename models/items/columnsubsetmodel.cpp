#include "columnsubsetmodel.h"

#include "itemroles.h"

#include <algorithm>

namespace goodwill::items {

ColumnSubsetModel::ColumnSubsetModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void ColumnSubsetModel::setColumns(std::vector<int> sourceColumns)
{
    m_columns = std::move(sourceColumns);
    invalidateColumnsFilter();
}

void ColumnSubsetModel::setDropSuppressedRows(bool drop)
{
    m_dropSuppressed = drop;
    invalidateRowsFilter();
}

bool ColumnSubsetModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return std::find(m_columns.begin(), m_columns.end(), sourceColumn) != m_columns.end();
}

bool ColumnSubsetModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_dropSuppressed)
        return true;
    bool anyValue = false, anyKept = false;
    for (int column : m_columns) {
        if (column == 0 || column >= sourceModel()->columnCount(sourceParent))
            continue; // the label column
        anyKept = true;
        anyValue |=
            !sourceModel()->index(sourceRow, column, sourceParent).data(SuppressedRole).toBool();
    }
    return !anyKept || anyValue;
}

} // namespace goodwill::items
