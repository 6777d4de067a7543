#include "monthlyactivitymodel.h"

#include <QLocale>

namespace goodwill::items {

MonthlyActivityModel::MonthlyActivityModel(QObject *parent) : QAbstractTableModel(parent) {}

void MonthlyActivityModel::setMonths(std::vector<store::MonthActivity> months)
{
    beginResetModel();
    m_months = std::move(months);
    endResetModel();
}

int MonthlyActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int MonthlyActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthlyActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::MonthActivity &month = m_months[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Month ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        return tr("%1: %2 posts, %3 replies, %4 reactions, %5 recognitions")
            .arg(locale.toString(month.month, QStringLiteral("MMMM yyyy")),
                 locale.toString(month.posts), locale.toString(month.replies),
                 locale.toString(month.reactions), locale.toString(month.recognitions));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Month:
        return month.month;
    case Posts:
        return qlonglong(month.posts);
    case Replies:
        return qlonglong(month.replies);
    case Reactions:
        return qlonglong(month.reactions);
    case Recognitions:
        return qlonglong(month.recognitions);
    default:
        return {};
    }
}

QVariant MonthlyActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Posts:
        return tr("Posts");
    case Replies:
        return tr("Replies");
    case Reactions:
        return tr("Reactions");
    case Recognitions:
        return tr("Recognitions");
    default:
        return {};
    }
}

} // namespace goodwill::items
