#include "pillarmodel.h"

#include "analytics/figureref.h"
#include "capitallabels.h"
#include "itemroles.h"

#include <QLocale>

#include <algorithm>

namespace goodwill::items {

PillarModel::PillarModel(QObject *parent) : QAbstractTableModel(parent) {}

PillarModel::~PillarModel() = default;

void PillarModel::setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuild();
    endResetModel();
}

void PillarModel::setDepartments(std::vector<std::int32_t> departments)
{
    beginResetModel();
    m_departments = std::move(departments);
    rebuild();
    endResetModel();
}

void PillarModel::setPeriodEnd(QDate end)
{
    beginResetModel();
    m_wantedEnd = end;
    rebuild();
    endResetModel();
}

void PillarModel::rebuild()
{
    m_columns.clear();
    m_pillars.clear();
    if (!m_snapshot)
        return;
    if (m_snapshot->sources.settings) {
        for (const analytics::PillarSettings &pillar : m_snapshot->sources.settings->pillars)
            m_pillars << pillar.id;
    }
    for (std::int32_t department : m_departments) {
        const auto &capital = m_snapshot->capital;
        const auto it = std::find_if(capital.begin(), capital.end(), [&](const auto &c) {
            return c.department == department && !c.trend.empty();
        });
        const bool shown = std::any_of(m_columns.begin(), m_columns.end(), [&](const Shown &s) {
            return s.capital->department == department;
        });
        if (it == capital.end() || shown)
            continue;
        const analytics::CapitalPoint *point = &it->latest();
        for (const analytics::CapitalPoint &p : it->trend) {
            if (p.end == m_wantedEnd)
                point = &p;
        }
        m_columns.push_back({&*it, point});
        if (m_pillars.isEmpty()) {
            for (const analytics::PillarValue &pillar : point->pillars)
                m_pillars << pillar.id;
        }
    }
}

QDate PillarModel::periodEnd() const
{
    return m_columns.empty() ? QDate() : m_columns.front().point->end;
}

QString PillarModel::pillarAt(int row) const
{
    return row >= 0 && row < m_pillars.size() ? m_pillars[row] : QString();
}

std::int32_t PillarModel::departmentOfColumn(int column) const
{
    if (column < 1 || column > int(m_columns.size()))
        return -2;
    return m_columns[size_t(column - 1)].capital->department;
}

int PillarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_columns.empty() ? 0 : int(m_pillars.size());
}

int PillarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_columns.size());
}

QVariant PillarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString pillarId = m_pillars[index.row()];
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return CapitalLabels::pillarName(pillarId);
        default:
            return {};
        }
    }
    const Shown &shown = m_columns[size_t(index.column() - 1)];
    const analytics::CapitalPoint &point = *shown.point;
    const analytics::PillarValue *pillar = point.suppressed ? nullptr : point.pillar(pillarId);
    const std::optional<double> score = pillar ? pillar->score : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
    case SortRole:
        return score ? QVariant(*score) : QVariant();
    case LowRole:
        return pillar && pillar->low ? QVariant(*pillar->low) : QVariant();
    case HighRole:
        return pillar && pillar->high ? QVariant(*pillar->high) : QVariant();
    case SuppressedRole:
        return point.suppressed;
    case SeriesRole:
        return shown.capital->department;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QString name = CapitalLabels::seriesName(*m_snapshot, *shown.capital);
        if (point.suppressed)
            return CapitalLabels::suppressedDescription(name, point);
        const QString day = QLocale().toString(point.end, QLocale::ShortFormat);
        if (!pillar || !pillar->score)
            return tr("%1: no %2 score on %3 (every signal of it missing or thin)")
                .arg(name, CapitalLabels::pillarName(pillarId), day);
        const QString text = tr("%1: %2 %3 on %4 (80% band %5), 0–100")
                                 .arg(name, CapitalLabels::pillarName(pillarId),
                                      CapitalLabels::formatScore(*pillar->score), day,
                                      CapitalLabels::formatBand(pillar->low, pillar->high));
        return QString(text + QLatin1Char('\n') +
                       CapitalLabels::windowDescription(*m_snapshot, point.end));
    }
    case FigureRole: {
        if (point.suppressed)
            return {};
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::Pillar;
        figure.figure = pillarId;
        figure.department = shown.capital->department;
        figure.selection = m_snapshot->filter.departments;
        figure.to = point.end;
        return QVariant::fromValue(figure);
    }
    default:
        return {};
    }
}

QVariant PillarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Pillar")) : QVariant();
    const Shown &shown = m_columns[size_t(section - 1)];
    switch (role) {
    case Qt::DisplayRole:
        return CapitalLabels::seriesName(*m_snapshot, *shown.capital);
    case SeriesRole:
        return shown.capital->department;
    case Qt::ToolTipRole:
        if (shown.point->suppressed)
            return CapitalLabels::suppressedDescription(
                CapitalLabels::seriesName(*m_snapshot, *shown.capital), *shown.point);
        return tr("Pillar scores on %1, 0–100")
            .arg(QLocale().toString(shown.point->end, QLocale::ShortFormat));
    default:
        return {};
    }
}

} // namespace goodwill::items
