#include "sourcesmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace goodwill::items {

SourcesModel::SourcesModel(QObject *parent) : QAbstractTableModel(parent) {}

void SourcesModel::setSources(std::vector<SourceRow> sources)
{
    beginResetModel();
    m_sources = std::move(sources);
    endResetModel();
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceRow &source = m_sources[size_t(index.row())];
    const int column = index.column();
    const std::int64_t counts[] = {source.channels, source.people, source.activities, source.runs};
    const bool isCount = column >= Channels && column <= Imports;
    const std::int64_t count = isCount ? counts[column - Channels] : 0;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (isCount)
            return locale.toString(qlonglong(count));
        if (column == Kind)
            return source.kind;
        if (column == Name)
            return source.name;
        return source.lastImport.isValid()
                   ? locale.toString(source.lastImport.toLocalTime(), QLocale::ShortFormat)
                   : tr("never");
    case SortRole:
        if (isCount)
            return double(count);
        if (column == LastImport)
            return source.lastImport;
        return data(index, Qt::DisplayRole);
    case ValueRole:
        if (isCount)
            return double(count);
        if (column == LastImport)
            return source.lastImport.toString(Qt::ISODate);
        return {};
    case Qt::TextAlignmentRole:
        return isCount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        switch (column) {
        case Channels:
            return tr("Channels of %1 in the database").arg(source.name);
        case People:
            return tr("People with a user id in %1").arg(source.name);
        case Activities:
            return tr("Posts, replies, reactions and recognitions from %1, all time")
                .arg(source.name);
        case Imports:
            return tr("Import runs that wrote to %1").arg(source.name);
        case LastImport:
            return source.lastImport.isValid()
                       ? tr("The latest import into %1 finished %2 (UTC)")
                             .arg(source.name,
                                  locale.toString(source.lastImport.toUTC(), QLocale::ShortFormat))
                       : tr("No import run recorded for %1 (a demo or a warehouse load)")
                             .arg(source.name);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Channels:
        return tr("Channels");
    case People:
        return tr("People");
    case Activities:
        return tr("Activities");
    case Imports:
        return tr("Imports");
    case LastImport:
        return tr("Last import");
    default:
        return {};
    }
}

} // namespace goodwill::items
