#include "alertsmodel.h"

#include "analytics/figureref.h"
#include "capitallabels.h"
#include "itemroles.h"

#include <QLocale>

#include <algorithm>

namespace goodwill::items {

AlertsModel::AlertsModel(QObject *parent) : QAbstractTableModel(parent) {}

AlertsModel::~AlertsModel() = default;

void AlertsModel::setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    if (m_snapshot) {
        for (const analytics::DepartmentCapital &capital : m_snapshot->capital) {
            for (const analytics::CapitalAlert &alert : capital.alerts)
                m_rows.push_back({&capital, &alert});
        }
        // The newest first; on one day the largest fall first.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            if (a.alert->at != b.alert->at)
                return a.alert->at > b.alert->at;
            return a.alert->points > b.alert->points;
        });
    }
    endResetModel();
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const analytics::CapitalAlert &alert = *row.alert;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Department:
            return CapitalLabels::seriesName(*m_snapshot, *row.capital);
        case Date:
            return QLocale().toString(alert.at, QLocale::ShortFormat);
        case What:
            return CapitalLabels::alertDescription(alert);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Department:
            return CapitalLabels::seriesName(*m_snapshot, *row.capital);
        case Date:
            return alert.at;
        case What:
            return alert.points;
        }
        return {};
    case ValueRole:
        return index.column() == What ? QVariant(alert.points) : QVariant();
    case SeriesRole:
        return row.capital->department;
    case Qt::ToolTipRole:
        return tr("%1: %2. Open it to see the signals behind it.")
            .arg(CapitalLabels::seriesName(*m_snapshot, *row.capital),
                 CapitalLabels::alertDescription(alert));
    case FigureRole: {
        analytics::FigureRef figure;
        const bool pillar = alert.kind == analytics::CapitalAlert::Kind::PillarFall;
        figure.kind = pillar ? analytics::FigureRef::Kind::Pillar : analytics::FigureRef::Kind::Eci;
        figure.figure = pillar ? alert.pillar : QString();
        figure.department = row.capital->department;
        figure.selection = m_snapshot->filter.departments;
        figure.to = alert.at;
        return QVariant::fromValue(figure);
    }
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Department:
        return tr("Department");
    case Date:
        return tr("Date");
    case What:
        return tr("What happened");
    }
    return {};
}

} // namespace goodwill::items
