#include "notrecogniseddepartmentsmodel.h"

#include "analytics/figureref.h"
#include "itemroles.h"
#include "seriescolors.h"

#include <QLocale>

namespace goodwill::items {

NotRecognisedDepartmentsModel::NotRecognisedDepartmentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NotRecognisedDepartmentsModel::setDepartments(
    std::vector<analytics::NotRecognisedDepartment> departments, QDate to, int windowDays)
{
    beginResetModel();
    m_rows = std::move(departments);
    m_to = to;
    m_windowDays = windowDays;
    endResetModel();
}

void NotRecognisedDepartmentsModel::clear()
{
    setDepartments({}, {}, m_windowDays);
}

int NotRecognisedDepartmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotRecognisedDepartmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotRecognisedDepartmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::NotRecognisedDepartment &row = m_rows[size_t(index.row())];
    const QLocale locale;
    const QString end = locale.toString(m_to, QLocale::ShortFormat);
    switch (Column(index.column())) {
    case Department:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.name;
        case Qt::DecorationRole:
            return QVariant(seriesColor(row.department));
        case SeriesRole:
            return row.department;
        case Qt::ToolTipRole:
            return tr("You recognised no one in %1 in the %2 days to %3. Double-click for its "
                      "leader recognition share (P2) on %3.")
                .arg(row.name)
                .arg(m_windowDays)
                .arg(end);
        case FigureRole: {
            analytics::FigureRef ref;
            ref.kind = analytics::FigureRef::Kind::Signal;
            ref.figure = QStringLiteral("P2");
            ref.department = row.department;
            ref.to = m_to;
            return QVariant::fromValue(ref);
        }
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
                       ? tr("Your latest recognition naming someone in %1 (in the channels and "
                            "sources of the filter).")
                             .arg(row.name)
                       : tr("You have not recognised anyone in %1 in this data.").arg(row.name);
        default:
            return {};
        }
    case DaysSince:
        switch (role) {
        case Qt::DisplayRole:
            return row.lastRecognised ? locale.toString(row.lastRecognised->daysTo(m_to))
                                      : QString();
        case SortRole:
        case ValueRole:
            return row.lastRecognised ? QVariant(double(row.lastRecognised->daysTo(m_to)))
                                      : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("Days from your latest recognition in %1 to %2.").arg(row.name, end);
        default:
            return {};
        }
    case AnyLeader:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.noLeader ? tr("No leader: a blind spot") : tr("Other leaders did");
        case Qt::ToolTipRole:
            return row.noLeader ? tr("No leader recognised anyone in %1 in the %2 days to %3.")
                                      .arg(row.name)
                                      .arg(m_windowDays)
                                      .arg(end)
                                : tr("Another leader recognised someone in %1 in the %2 days "
                                     "to %3.")
                                      .arg(row.name)
                                      .arg(m_windowDays)
                                      .arg(end);
        default:
            return {};
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NotRecognisedDepartmentsModel::headerData(int section, Qt::Orientation orientation,
                                                   int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Department:
            return tr("Department");
        case LastRecognised:
            return tr("Your last recognition there");
        case DaysSince:
            return tr("Days since");
        case AnyLeader:
            return tr("Any leader in the window");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Department:
            return tr("Departments with at least k staff on the last day in which you "
                      "recognised no one in the window.");
        case LastRecognised:
            return tr("The day of your latest recognition naming someone in the department.");
        case DaysSince:
            return tr("Days from that recognition to the window's last day.");
        case AnyLeader:
            return tr("Whether any leader recognised someone in the department in the window.");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace goodwill::items
