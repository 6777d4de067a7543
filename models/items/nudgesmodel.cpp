#include "nudgesmodel.h"

#include "itemroles.h"

namespace goodwill::items {

NudgesModel::NudgesModel(QObject *parent) : QAbstractTableModel(parent) {}

void NudgesModel::setNudges(std::vector<analytics::Nudge> nudges)
{
    beginResetModel();
    m_rows = std::move(nudges);
    endResetModel();
}

int NudgesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NudgesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NudgesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::Nudge &nudge = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return nudge.text;
    case SortRole:
        return index.row(); // the order of the rules
    case Qt::ToolTipRole:
        return nudge.figure.isValid()
                   ? tr("%1 Double-click to see the figure behind it.").arg(nudge.rule)
                   : nudge.rule;
    case FigureRole:
        return nudge.figure.isValid() ? QVariant::fromValue(nudge.figure) : QVariant();
    case SeriesRole:
        return nudge.department >= 0 ? QVariant(nudge.department) : QVariant();
    default:
        return {};
    }
}

QVariant NudgesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section != Nudge)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return tr("Nudge");
    if (role == Qt::ToolTipRole)
        return tr("Suggestions worked out from your figures; hover one for its rule.");
    return {};
}

} // namespace goodwill::items
