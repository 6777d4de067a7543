#include "townhalltablemodel.h"

#include "itemroles.h"

#include <limits>

namespace goodwill::items {

TownHallTableModel::TownHallTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{}

void TownHallTableModel::setBrief(std::shared_ptr<const analytics::TownHallBrief> brief,
                                  bool pseudonymise)
{
    beginResetModel();
    m_brief = std::move(brief);
    m_pseudonymise = pseudonymise;
    rebuild();
    endResetModel();
}

void TownHallTableModel::setDisplayValues(bool values)
{
    beginResetModel();
    m_displayValues = values;
    endResetModel();
}

int TownHallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_brief ? 0 : rows();
}

int TownHallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant TownHallTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_brief ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant TownHallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return header(section);
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    return {};
}

QVariant TownHallTableModel::number(int role, std::optional<double> value,
                                    const QString &text) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (m_displayValues)
            return value ? QVariant(*value) : QVariant();
        return value ? text : QStringLiteral("–");
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case SortRole:
        return value ? *value : -std::numeric_limits<double>::infinity();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace goodwill::items
