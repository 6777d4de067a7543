#include "notrecognisedpeoplemodel.h"

#include "itemroles.h"
#include "seriescolors.h"

#include <QLocale>

namespace goodwill::items {

NotRecognisedPeopleModel::NotRecognisedPeopleModel(QObject *parent) : QAbstractTableModel(parent) {}

void NotRecognisedPeopleModel::setPeople(std::vector<analytics::NotRecognisedPerson> people,
                                         QDate windowFrom, QDate to)
{
    beginResetModel();
    m_rows = std::move(people);
    m_windowFrom = windowFrom;
    m_to = to;
    endResetModel();
}

void NotRecognisedPeopleModel::clear()
{
    setPeople({}, {}, {});
}

int NotRecognisedPeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotRecognisedPeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotRecognisedPeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::NotRecognisedPerson &row = m_rows[size_t(index.row())];
    const QLocale locale;
    switch (Column(index.column())) {
    case Person:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 wrote to you or responded to your posts between %2 and %3, and you did "
                      "not recognise them in that time.")
                .arg(row.name, locale.toString(m_windowFrom, QLocale::ShortFormat),
                     locale.toString(m_to, QLocale::ShortFormat));
        return {};
    case Department:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.department >= 0 ? row.departmentName : tr("(no department)");
        case Qt::DecorationRole:
            return row.department >= 0 ? QVariant(seriesColor(row.department)) : QVariant();
        case SeriesRole:
            return row.department;
        case Qt::ToolTipRole:
            return tr("Their department on %1.").arg(locale.toString(m_to, QLocale::ShortFormat));
        default:
            return {};
        }
    case LastContact:
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(row.lastContact, QLocale::ShortFormat);
        case SortRole:
        case ValueRole:
            return row.lastContact;
        case Qt::ToolTipRole:
            return tr("The day of their latest reply or reaction to your posts, or comment to "
                      "you, in the window.");
        default:
            return {};
        }
    case LastRecognised:
        switch (role) {
        case Qt::DisplayRole:
            return row.lastRecognised ? locale.toString(*row.lastRecognised, QLocale::ShortFormat)
                                      : tr("never");
        case SortRole:
        case ValueRole:
            return row.lastRecognised ? QVariant(*row.lastRecognised) : QVariant();
        case Qt::ToolTipRole:
            return row.lastRecognised
                       ? tr("Your latest recognition of %1, before the window.").arg(row.name)
                       : tr("You have not recognised %1 in this data.").arg(row.name);
        default:
            return {};
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NotRecognisedPeopleModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Person:
            return tr("Person");
        case Department:
            return tr("Department");
        case LastContact:
            return tr("Last wrote to you");
        case LastRecognised:
            return tr("Your last recognition");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Person:
            return tr("Staff who replied or reacted to your posts, or wrote a comment to you, in "
                      "the window: people you see by name in your own threads.");
        case Department:
            return tr("Their department on the window's last day.");
        case LastContact:
            return tr("Their latest message or reaction to you in the window.");
        case LastRecognised:
            return tr("Your latest recognition of them, before the window; never when not in the "
                      "data.");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace goodwill::items
