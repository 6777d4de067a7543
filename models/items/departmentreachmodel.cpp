#include "departmentreachmodel.h"

#include "itemroles.h"
#include "seriescolors.h"

#include <QLocale>

#include <cmath>

namespace goodwill::items {

DepartmentReachModel::DepartmentReachModel(QObject *parent) : QAbstractTableModel(parent) {}

void DepartmentReachModel::setDepartments(std::vector<analytics::LeaderDepartment> departments,
                                          QDate from, QDate to, int k)
{
    beginResetModel();
    m_departments = std::move(departments);
    m_from = from;
    m_to = to;
    m_k = k;
    endResetModel();
}

void DepartmentReachModel::clear()
{
    setDepartments({}, {}, {}, m_k);
}

DepartmentReachModel::State
DepartmentReachModel::stateOf(const analytics::LeaderDepartment &department)
{
    if (department.recognitions > 0)
        return State::Recognised;
    return department.underK ? State::UnderK : State::NotRecognised;
}

QString DepartmentReachModel::statusText(State state) const
{
    switch (state) {
    case State::NotRecognised:
        return tr("Not recognised");
    case State::Recognised:
        return tr("Recognised");
    case State::UnderK:
        return tr("Fewer than %1 staff").arg(m_k);
    }
    return {};
}

int DepartmentReachModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_departments.size());
}

int DepartmentReachModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DepartmentReachModel::toolTip(const analytics::LeaderDepartment &d, int column) const
{
    const QLocale locale;
    const QString days = tr("%1 to %2")
                             .arg(locale.toString(m_from, QLocale::ShortFormat),
                                  locale.toString(m_to, QLocale::ShortFormat));
    const QString hidden = tr("%1 has fewer than %2 staff: its size and reach are hidden so "
                              "that no figure describes fewer than %2 people.")
                               .arg(d.name)
                               .arg(m_k);
    switch (Column(column)) {
    case Department:
        return d.name;
    case Reach:
        if (d.underK)
            return hidden;
        return tr("%1: the leader reached %2% of its staff (%3), who replied or reacted to "
                  "the leader's posts, %4 (staff on the last day)")
            .arg(d.name, locale.toString(d.reach.value_or(0) * 100, 'f', 1),
                 locale.toString(qRound(d.reach.value_or(0) * d.headcount)), days);
    case Staff:
        if (d.underK)
            return hidden;
        return tr("%1: %2 staff on %3")
            .arg(d.name, locale.toString(d.headcount), locale.toString(m_to, QLocale::ShortFormat));
    case Recognitions:
        return tr("The leader's recognitions naming someone in %1, %2 (one per message)")
            .arg(d.name, days);
    case PeopleRecognised:
        return tr("Distinct people of %1 (on the day) the leader recognised, %2").arg(d.name, days);
    case Status:
        switch (stateOf(d)) {
        case State::Recognised:
            return tr("The leader recognised someone in %1, %2.").arg(d.name, days);
        case State::NotRecognised:
            return tr("A blind spot: the leader recognised no one in %1, %2.").arg(d.name, days);
        case State::UnderK:
            return hidden;
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DepartmentReachModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::LeaderDepartment &d = m_departments[size_t(index.row())];
    const int column = index.column();
    const bool suppressed = d.underK && (column == Reach || column == Staff);
    const auto number = [&]() -> std::optional<double> {
        switch (Column(column)) {
        case Reach:
            return d.reach;
        case Staff:
            return d.underK ? std::nullopt : std::optional<double>(d.headcount);
        case Recognitions:
            return d.recognitions;
        case PeopleRecognised:
            return d.peopleRecognised;
        default:
            return std::nullopt;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == Department)
            return d.name;
        if (column == Status)
            return statusText(stateOf(d));
        if (suppressed)
            return {};
        if (column == Reach) // a number, as a bar chart reads it: percent to a tenth
            return std::round(d.reach.value_or(0) * 1000) / 10;
        return qRound(number().value_or(0));
    case SortRole:
        if (column == Department)
            return d.name;
        if (column == Status)
            return int(stateOf(d));
        return number().value_or(-1.0);
    case ValueRole:
        if (column == Department || column == Status)
            return {};
        if (const auto value = number())
            return *value;
        return QString();
    case SuppressedRole:
        return suppressed;
    case SeriesRole:
        return d.department;
    case Qt::ToolTipRole:
        return toolTip(d, column);
    case Qt::DecorationRole:
        return column == Department ? QVariant(seriesColor(d.department)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Department || column == Status
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DepartmentReachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Department:
            return tr("Department");
        case Reach:
            return tr("Reach (%)");
        case Staff:
            return tr("Staff");
        case Recognitions:
            return tr("Recognitions");
        case PeopleRecognised:
            return tr("People recognised");
        case Status:
            return tr("Recognised?");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Department:
            return tr("Departments with staff on the period's last day, or recognised by the "
                      "leader.");
        case Reach:
            return tr("Of the department's staff on the last day, the share who replied or "
                      "reacted to the leader's posts in the period (hidden under %1 staff).")
                .arg(m_k);
        case Staff:
            return tr("Staff on the period's last day (hidden under %1).").arg(m_k);
        case Recognitions:
            return tr("The leader's recognitions naming someone of the department on the day.");
        case PeopleRecognised:
            return tr("Distinct people of the department the leader recognised.");
        case Status:
            return tr("Whether the leader recognised anyone in the department in the period.");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace goodwill::items
