#include "departmentslistmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace goodwill::items {

DepartmentsListModel::DepartmentsListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DepartmentsListModel::setDepartments(std::vector<DepartmentRow> departments)
{
    beginResetModel();
    m_departments = std::move(departments);
    endResetModel();
}

int DepartmentsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_departments.size());
}

int DepartmentsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentRow &department = m_departments[size_t(index.row())];
    const int column = index.column();
    const int counts[] = {department.headcount, department.leaders, department.people};
    const int count = column == Name ? 0 : counts[column - Headcount];
    switch (role) {
    case Qt::DisplayRole:
        return column == Name ? department.name : QLocale().toString(count);
    case SortRole:
        return column == Name ? QVariant(department.name) : QVariant(double(count));
    case ValueRole:
        return column == Name ? QVariant() : QVariant(double(count));
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case Headcount:
            return tr("Staff whose roster stint puts them in %1 today (leaders, bots and "
                      "guests not counted)")
                .arg(department.name);
        case Leaders:
            return tr("Leaders in %1 today").arg(department.name);
        case People:
            return tr("Everyone the roster ever placed in %1, whatever their role")
                .arg(department.name);
        default:
            return tr("Double-click to list the people of %1").arg(department.name);
        }
    default:
        return {};
    }
}

QVariant DepartmentsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Department");
    case Headcount:
        return tr("Staff today");
    case Leaders:
        return tr("Leaders today");
    case People:
        return tr("People, all time");
    default:
        return {};
    }
}

} // namespace goodwill::items
