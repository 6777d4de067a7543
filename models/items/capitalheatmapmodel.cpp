#include "capitalheatmapmodel.h"

#include "analytics/figureref.h"
#include "capitallabels.h"
#include "itemroles.h"
#include "seriescolors.h"

#include <QLocale>

#include <cmath>

namespace goodwill::items {

CapitalHeatmapModel::CapitalHeatmapModel(QObject *parent) : QAbstractTableModel(parent) {}

CapitalHeatmapModel::~CapitalHeatmapModel() = default;

void CapitalHeatmapModel::setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuild();
    endResetModel();
}

void CapitalHeatmapModel::setShowSelection(bool show)
{
    if (show == m_showSelection)
        return;
    beginResetModel();
    m_showSelection = show;
    rebuild();
    endResetModel();
}

void CapitalHeatmapModel::rebuild()
{
    m_rows.clear();
    if (!m_snapshot)
        return;
    for (size_t i = 0; i < m_snapshot->capital.size(); ++i) {
        const analytics::DepartmentCapital &capital = m_snapshot->capital[i];
        if (capital.department >= 0 || m_showSelection)
            m_rows.push_back(i);
    }
}

const analytics::DepartmentCapital &CapitalHeatmapModel::capitalAt(int row) const
{
    return m_snapshot->capital[m_rows[size_t(row)]];
}

int CapitalHeatmapModel::periodCount() const
{
    if (!m_snapshot || m_snapshot->capital.empty())
        return 0;
    return int(m_snapshot->capital.front().trend.size());
}

QDate CapitalHeatmapModel::dateAt(int column) const
{
    if (column < 1 || column > periodCount())
        return {};
    return m_snapshot->capital.front().trend[size_t(column - 1)].end;
}

int CapitalHeatmapModel::columnOf(QDate end) const
{
    for (int column = 1; column <= periodCount(); ++column) {
        if (dateAt(column) == end)
            return column;
    }
    return -1;
}

std::int32_t CapitalHeatmapModel::departmentAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return capitalAt(row).department;
}

int CapitalHeatmapModel::rowOf(std::int32_t department) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (capitalAt(row).department == department)
            return row;
    }
    return -1;
}

int CapitalHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapitalHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + periodCount();
}

QVariant CapitalHeatmapModel::nameData(const analytics::DepartmentCapital &capital, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return CapitalLabels::seriesName(*m_snapshot, capital);
    case SeriesRole:
        return capital.department;
    case Qt::DecorationRole:
        return seriesColor(capital.department);
    case Qt::ToolTipRole: {
        const analytics::CapitalPoint &latest = capital.latest();
        const QString name = CapitalLabels::seriesName(*m_snapshot, capital);
        if (latest.headcount)
            return tr("%1: %2 staff on %3")
                .arg(name, QLocale().toString(*latest.headcount),
                     QLocale().toString(latest.end, QLocale::ShortFormat));
        return name;
    }
    default:
        return {};
    }
}

QString CapitalHeatmapModel::cellToolTip(const analytics::DepartmentCapital &capital,
                                         const analytics::CapitalPoint &point) const
{
    const QString name = CapitalLabels::seriesName(*m_snapshot, capital);
    if (point.suppressed)
        return CapitalLabels::suppressedDescription(name, point);
    const QString day = QLocale().toString(point.end, QLocale::ShortFormat);
    if (!point.eci)
        return tr("%1 on %2: no ECI. %3").arg(name, day, CapitalLabels::missingDescription(point));
    QString text = tr("%1 on %2: ECI %3 (80% band %4)")
                       .arg(name, day, CapitalLabels::formatScore(*point.eci),
                            CapitalLabels::formatBand(point.eciLow, point.eciHigh));
    if (point.headcount)
        text += tr(", %1 staff").arg(QLocale().toString(*point.headcount));
    if (!point.missing.isEmpty())
        text += QLatin1Char('\n') + CapitalLabels::missingDescription(point);
    if (const QString leftOut = CapitalLabels::leftOutDescription(*m_snapshot, point);
        !leftOut.isEmpty())
        text += QLatin1Char('\n') + leftOut;
    return text + QLatin1Char('\n') + CapitalLabels::windowDescription(*m_snapshot, point.end) +
           QLatin1Char('\n') + tr("Double-click or press Enter to see how it was computed.");
}

QVariant CapitalHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::DepartmentCapital &capital = capitalAt(index.row());
    if (index.column() == 0)
        return nameData(capital, role);
    const analytics::CapitalPoint &point = capital.trend[size_t(index.column() - 1)];
    const std::optional<double> eci = point.suppressed ? std::nullopt : point.eci;
    switch (role) {
    case Qt::DisplayRole:
        return eci ? QVariant(QLocale().toString(std::lround(*eci))) : QVariant();
    case ValueRole:
    case SortRole:
        return eci ? QVariant(*eci) : QVariant();
    case SuppressedRole:
        return point.suppressed;
    case SeriesRole:
        return capital.department;
    case Qt::ToolTipRole:
        return cellToolTip(capital, point);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::AccessibleTextRole:
        if (point.suppressed)
            return tr("hidden");
        return eci ? QVariant(CapitalLabels::formatScore(*eci)) : QVariant(tr("no value"));
    case FigureRole: {
        if (point.suppressed)
            return {};
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::Eci;
        figure.department = capital.department;
        figure.selection = m_snapshot->filter.departments;
        figure.to = point.end;
        return QVariant::fromValue(figure);
    }
    default:
        return {};
    }
}

QVariant CapitalHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return QAbstractTableModel::headerData(section, orientation, role);
        return nameData(capitalAt(section), role);
    }
    if (section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Department")) : QVariant();
    const QDate end = dateAt(section);
    switch (role) {
    case Qt::DisplayRole:
        return CapitalLabels::periodLabel(end, m_snapshot->filter.granularity);
    case ValueRole:
    case SortRole:
        return end;
    case Qt::ToolTipRole:
        return QString(
            tr("ECI at the period end, %1").arg(QLocale().toString(end, QLocale::LongFormat)) +
            QLatin1Char('\n') + CapitalLabels::windowDescription(*m_snapshot, end));
    default:
        return {};
    }
}

} // namespace goodwill::items
