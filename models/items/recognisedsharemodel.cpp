#include "recognisedsharemodel.h"

#include "analytics/figureref.h"
#include "itemroles.h"
#include "localeformat.h"

#include <QLocale>

#include <algorithm>

namespace goodwill::items {

using analytics::CapitalPoint;
using analytics::DepartmentCapital;

namespace {

const QString p1 = QStringLiteral("P1");

// P1 of a point as a percentage, or empty when hidden, thin or not measured.
std::optional<double> percent(const CapitalPoint &point)
{
    const analytics::SignalValue *signal = point.signal(p1);
    if (point.suppressed || !signal || signal->suppressed || signal->thin || !signal->raw)
        return std::nullopt;
    return *signal->raw * 100;
}

} // namespace

RecognisedShareModel::RecognisedShareModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecognisedShareModel::setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot,
                                       const std::vector<std::int32_t> &departments)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_departments.clear();
    m_capital.clear();
    if (m_snapshot) {
        for (std::int32_t d : departments) {
            const auto &capital = m_snapshot->capital;
            const auto found =
                std::find_if(capital.begin(), capital.end(),
                             [&](const DepartmentCapital &c) { return c.department == d; });
            if (found == capital.end() || found->trend.size() != capital.front().trend.size())
                continue;
            m_departments.push_back(d);
            m_capital.push_back(size_t(found - capital.begin()));
        }
    }
    endResetModel();
}

std::vector<std::int32_t>
RecognisedShareModel::defaultDepartments(const analytics::Snapshot &snapshot, int most)
{
    std::vector<std::int32_t> chosen;
    std::vector<std::pair<double, std::int32_t>> shares;
    int departments = 0;
    for (const DepartmentCapital &capital : snapshot.capital) {
        if (capital.department < 0) {
            chosen.push_back(-1);
            continue;
        }
        ++departments;
        if (capital.trend.empty())
            continue;
        if (const std::optional<double> share = percent(capital.latest()))
            shares.emplace_back(*share, capital.department);
    }
    if (departments <= most) {
        for (const DepartmentCapital &capital : snapshot.capital) {
            if (capital.department >= 0)
                chosen.push_back(capital.department);
        }
        return chosen;
    }
    std::stable_sort(shares.begin(), shares.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    shares.resize(std::min(shares.size(), size_t(std::max(most, 0))));
    std::vector<std::int32_t> lowest;
    for (const auto &share : shares)
        lowest.push_back(share.second);
    std::sort(lowest.begin(), lowest.end());
    chosen.insert(chosen.end(), lowest.begin(), lowest.end());
    return chosen;
}

int RecognisedShareModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_snapshot || m_snapshot->capital.empty())
        return 0;
    return int(m_snapshot->capital.front().trend.size());
}

int RecognisedShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_departments.size());
}

const DepartmentCapital &RecognisedShareModel::capitalOfColumn(int column) const
{
    return m_snapshot->capital[m_capital[size_t(column - 1)]];
}

QVariant RecognisedShareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QLocale locale;
    if (index.column() == 0) {
        const QDate end = m_snapshot->capital.front().trend[size_t(index.row())].end;
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
        case ValueRole:
            return end;
        case Qt::ToolTipRole:
            return tr("The %1 days to %2")
                .arg(m_snapshot->sources.settings ? m_snapshot->sources.settings->windowDays : 90)
                .arg(LocaleFormat::mediumDate(end));
        default:
            return {};
        }
    }
    const DepartmentCapital &capital = capitalOfColumn(index.column());
    const CapitalPoint &point = capital.trend[size_t(index.row())];
    const std::optional<double> value = percent(point);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case SuppressedRole:
        return point.suppressed;
    case SeriesRole:
        return int(capital.department);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case FigureRole: {
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::Signal;
        figure.figure = p1;
        figure.department = capital.department;
        if (capital.department < 0)
            figure.selection = m_snapshot->filter.departments;
        figure.to = point.end;
        return QVariant::fromValue(figure);
    }
    case Qt::ToolTipRole: {
        const QString day = LocaleFormat::mediumDate(point.end);
        if (point.suppressed)
            return tr("%1, %2: %3").arg(capital.name, day, point.suppressedReason);
        const analytics::SignalValue *signal = point.signal(p1);
        if (!signal || !signal->raw)
            return tr("%1, %2: no staff to measure").arg(capital.name, day);
        const int days =
            m_snapshot->sources.settings ? m_snapshot->sources.settings->windowDays : 90;
        if (signal->thin)
            return tr("%1, %2: only %3 staff, too few to show a share")
                .arg(capital.name, day, locale.toString(signal->denominator, 'f', 0));
        return tr("%1, %2: %3% of %4 staff recognised at least once in the %5 days to then")
            .arg(capital.name, day, locale.toString(*value, 'f', 1),
                 locale.toString(signal->denominator, 'f', 0))
            .arg(days);
    }
    default:
        return {};
    }
}

QVariant RecognisedShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Period end");
        return {};
    }
    const DepartmentCapital &capital = capitalOfColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        return capital.name;
    case SeriesRole:
        return int(capital.department);
    case Qt::ToolTipRole:
        return tr("%1: share of staff recognised at least once in the trailing window (P1), %")
            .arg(capital.name);
    default:
        return {};
    }
}

} // namespace goodwill::items
