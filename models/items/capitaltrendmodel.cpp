#include "capitaltrendmodel.h"

#include "analytics/figureref.h"
#include "capitallabels.h"
#include "itemroles.h"

#include <QLocale>

#include <algorithm>

namespace goodwill::items {

CapitalTrendModel::CapitalTrendModel(QObject *parent) : QAbstractTableModel(parent) {}

CapitalTrendModel::~CapitalTrendModel() = default;

void CapitalTrendModel::setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuild();
    endResetModel();
}

void CapitalTrendModel::setSeries(std::vector<std::int32_t> series)
{
    if (series == m_series)
        return;
    beginResetModel();
    m_series = std::move(series);
    rebuild();
    endResetModel();
}

void CapitalTrendModel::setShowBands(bool show)
{
    if (show == m_bands)
        return;
    beginResetModel();
    m_bands = show;
    rebuild();
    endResetModel();
}

void CapitalTrendModel::setMeasure(const QString &measure)
{
    if (measure == m_measure)
        return;
    beginResetModel();
    m_measure = measure;
    endResetModel();
}

void CapitalTrendModel::rebuild()
{
    m_columns.clear();
    if (!m_snapshot)
        return;
    const auto &capital = m_snapshot->capital;
    for (std::int32_t department : m_series) {
        const auto it = std::find_if(capital.begin(), capital.end(),
                                     [&](const auto &c) { return c.department == department; });
        if (it == capital.end() || columnOf(department, Part::Value) >= 0)
            continue; // not in this snapshot, or already shown
        const size_t at = size_t(it - capital.begin());
        m_columns.push_back({at, Part::Value});
        if (m_bands) {
            m_columns.push_back({at, Part::Low});
            m_columns.push_back({at, Part::High});
        }
    }
}

int CapitalTrendModel::columnOf(std::int32_t department, Part part) const
{
    if (!m_snapshot)
        return -1;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].part == part &&
            m_snapshot->capital[m_columns[i].capital].department == department)
            return int(i) + 1;
    }
    return -1;
}

int CapitalTrendModel::valueColumn(std::int32_t department) const
{
    return columnOf(department, Part::Value);
}

int CapitalTrendModel::lowColumn(std::int32_t department) const
{
    return columnOf(department, Part::Low);
}

int CapitalTrendModel::highColumn(std::int32_t department) const
{
    return columnOf(department, Part::High);
}

int CapitalTrendModel::seriesCount() const
{
    return int(std::count_if(m_columns.begin(), m_columns.end(),
                             [](const Column &c) { return c.part == Part::Value; }));
}

QDate CapitalTrendModel::dateAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_snapshot->capital.front().trend[size_t(row)].end;
}

CapitalTrendModel::Measured CapitalTrendModel::measured(const analytics::CapitalPoint &point,
                                                        const QString &measure)
{
    if (point.suppressed)
        return {};
    if (measure == Eci)
        return {point.eci, point.eciLow, point.eciHigh};
    const analytics::PillarValue *pillar = point.pillar(measure);
    if (!pillar)
        return {};
    return {pillar->score, pillar->low, pillar->high};
}

std::vector<std::int32_t> CapitalTrendModel::defaultSeries(const analytics::Snapshot &snapshot,
                                                           int fallers, const QString &measure)
{
    std::vector<std::int32_t> series{-1};
    std::vector<std::pair<double, std::int32_t>> falls;
    for (const analytics::DepartmentCapital &capital : snapshot.capital) {
        if (capital.department < 0)
            continue;
        std::optional<double> first, last;
        for (const analytics::CapitalPoint &point : capital.trend) {
            const std::optional<double> value = measured(point, measure).value;
            if (!value)
                continue;
            if (!first)
                first = value;
            last = value;
        }
        if (first && last && *last < *first)
            falls.emplace_back(*last - *first, capital.department);
    }
    std::sort(falls.begin(), falls.end()); // most negative first, then by index
    for (size_t i = 0; i < falls.size() && int(i) < fallers; ++i)
        series.push_back(falls[i].second);
    return series;
}

int CapitalTrendModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_snapshot || m_snapshot->capital.empty())
        return 0;
    return int(m_snapshot->capital.front().trend.size());
}

int CapitalTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_columns.size());
}

QString CapitalTrendModel::measureName() const
{
    return m_measure == Eci ? tr("ECI") : CapitalLabels::pillarName(m_measure);
}

QVariant CapitalTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate end = dateAt(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return end;
        case Qt::ToolTipRole:
            return tr("Period ending %1").arg(QLocale().toString(end, QLocale::LongFormat));
        default:
            return {};
        }
    }
    const Column &column = m_columns[size_t(index.column() - 1)];
    const analytics::DepartmentCapital &capital = m_snapshot->capital[column.capital];
    const analytics::CapitalPoint &point = capital.trend[size_t(index.row())];
    const Measured m = measured(point, m_measure);
    const std::optional<double> value = column.part == Part::Value ? m.value
                                        : column.part == Part::Low ? m.low
                                                                   : m.high;
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
    case SortRole:
        return value ? QVariant(*value) : QVariant();
    case SuppressedRole:
        return point.suppressed;
    case SeriesRole:
        return capital.department;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case FigureRole: {
        analytics::FigureRef figure;
        figure.kind =
            m_measure == Eci ? analytics::FigureRef::Kind::Eci : analytics::FigureRef::Kind::Pillar;
        if (m_measure != Eci)
            figure.figure = m_measure;
        figure.department = capital.department;
        figure.selection = m_snapshot->filter.departments;
        figure.to = end;
        return QVariant::fromValue(figure);
    }
    case Qt::ToolTipRole: {
        const QString name = CapitalLabels::seriesName(*m_snapshot, capital);
        const QString day = QLocale().toString(end, QLocale::ShortFormat);
        if (point.suppressed)
            return CapitalLabels::suppressedDescription(name, point);
        if (!m.value)
            return tr("%1 on %2: no %3. %4")
                .arg(name, day, measureName(), CapitalLabels::missingDescription(point));
        QString text = tr("%1, %2 on %3: %4")
                           .arg(name, measureName(), day, CapitalLabels::formatScore(*m.value));
        if (m.low && m.high)
            text += tr(" (80% band %1)").arg(CapitalLabels::formatBand(m.low, m.high));
        if (const QString leftOut = CapitalLabels::leftOutDescription(*m_snapshot, point);
            !leftOut.isEmpty())
            text += QLatin1Char('\n') + leftOut;
        return QString(text + QLatin1Char('\n') +
                       CapitalLabels::windowDescription(*m_snapshot, end));
    }
    default:
        return {};
    }
}

QVariant CapitalTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Period end");
        return {};
    }
    const Column &column = m_columns[size_t(section - 1)];
    const analytics::DepartmentCapital &capital = m_snapshot->capital[column.capital];
    const QString name = CapitalLabels::seriesName(*m_snapshot, capital);
    switch (role) {
    case Qt::DisplayRole:
        switch (column.part) {
        case Part::Value:
            return name;
        case Part::Low:
            return tr("%1 (80% low)").arg(name);
        case Part::High:
            return tr("%1 (80% high)").arg(name);
        }
        return {};
    case SeriesRole:
        return capital.department;
    case Qt::ToolTipRole:
        return tr("%1 of %2 at each period end, 0–100").arg(measureName(), name);
    default:
        return {};
    }
}

} // namespace goodwill::items
