#include "departmentsummarymodel.h"

#include "analytics/figureref.h"
#include "capitallabels.h"
#include "itemroles.h"
#include "seriescolors.h"

#include <QLocale>

namespace goodwill::items {
namespace {

const analytics::CapitalPoint *previousPoint(const analytics::DepartmentCapital &capital)
{
    return capital.trend.size() >= 2 ? &capital.trend[capital.trend.size() - 2] : nullptr;
}

} // namespace

DepartmentSummaryModel::DepartmentSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

DepartmentSummaryModel::~DepartmentSummaryModel() = default;

void DepartmentSummaryModel::setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    if (m_snapshot) {
        for (size_t i = 0; i < m_snapshot->capital.size(); ++i) {
            const analytics::DepartmentCapital &capital = m_snapshot->capital[i];
            if (capital.department >= 0 && !capital.trend.empty())
                m_rows.push_back(i);
        }
    }
    endResetModel();
}

std::int32_t DepartmentSummaryModel::departmentAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return capitalAt(row).department;
}

int DepartmentSummaryModel::rowOf(std::int32_t department) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (capitalAt(row).department == department)
            return row;
    }
    return -1;
}

QString DepartmentSummaryModel::pillarOfColumn(int column)
{
    switch (column) {
    case Authenticity:
        return QStringLiteral("authenticity");
    case Pride:
        return QStringLiteral("pride");
    case Attachment:
        return QStringLiteral("attachment");
    case Fun:
        return QStringLiteral("fun");
    default:
        return {};
    }
}

const analytics::DepartmentCapital &DepartmentSummaryModel::capitalAt(int row) const
{
    return m_snapshot->capital[m_rows[size_t(row)]];
}

int DepartmentSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepartmentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> DepartmentSummaryModel::number(const analytics::DepartmentCapital &capital,
                                                     int column) const
{
    const analytics::CapitalPoint &latest = capital.latest();
    if (latest.suppressed)
        return std::nullopt;
    switch (column) {
    case Headcount:
        return latest.headcount ? std::optional<double>(*latest.headcount) : std::nullopt;
    case Eci:
        return latest.eci;
    case Delta: {
        const analytics::CapitalPoint *previous = previousPoint(capital);
        if (!previous || !previous->eci || !latest.eci)
            return std::nullopt;
        return *latest.eci - *previous->eci;
    }
    case YearOverYear:
        return capital.yearOverYear;
    case Authenticity:
    case Pride:
    case Attachment:
    case Fun: {
        const analytics::PillarValue *pillar = latest.pillar(pillarOfColumn(column));
        return pillar ? pillar->score : std::nullopt;
    }
    case Alerts:
        return double(capital.alerts.size());
    default:
        return std::nullopt;
    }
}

QString DepartmentSummaryModel::toolTip(const analytics::DepartmentCapital &capital,
                                        int column) const
{
    const analytics::CapitalPoint &latest = capital.latest();
    const QString name = capital.name;
    if (latest.suppressed)
        return CapitalLabels::suppressedDescription(name, latest);
    const QLocale locale;
    const QString day = locale.toString(latest.end, QLocale::ShortFormat);
    const QString window = CapitalLabels::windowDescription(*m_snapshot, latest.end);
    const std::optional<double> value = number(capital, column);
    switch (column) {
    case Name:
    case Headcount:
        return latest.headcount
                   ? tr("%1: %2 staff on %3").arg(name, locale.toString(*latest.headcount), day)
                   : name;
    case Eci:
    case Trend:
        if (!latest.eci)
            return tr("%1: no ECI on %2. %3")
                .arg(name, day, CapitalLabels::missingDescription(latest));
        return tr("%1: emotional-capital index %2 on %3 (80% band %4), 0–100.")
                   .arg(name, CapitalLabels::formatScore(*latest.eci), day,
                        CapitalLabels::formatBand(latest.eciLow, latest.eciHigh)) +
               QLatin1Char('\n') + window;
    case Delta: {
        const analytics::CapitalPoint *previous = previousPoint(capital);
        if (!value || !previous)
            return tr("%1: no change to show (the ECI is missing now or at the previous period "
                      "end)")
                .arg(name);
        return tr("%1: ECI %2 on %3, %4 on %5: %6 points")
            .arg(name, CapitalLabels::formatScore(*previous->eci),
                 locale.toString(previous->end, QLocale::ShortFormat),
                 CapitalLabels::formatScore(*latest.eci), day, CapitalLabels::formatDelta(*value));
    }
    case YearOverYear:
        if (!value)
            return tr("%1: no year-over-year change (the data does not reach a full window a "
                      "year before %2, or the ECI is missing then)")
                .arg(name, day);
        return tr("%1: the ECI on %2 minus the ECI a year before: %3 points")
            .arg(name, day, CapitalLabels::formatDelta(*value));
    case Authenticity:
    case Pride:
    case Attachment:
    case Fun: {
        const QString pillarId = pillarOfColumn(column);
        const analytics::PillarValue *pillar = latest.pillar(pillarId);
        if (!value || !pillar)
            return tr("%1: no %2 score on %3 (every signal of it missing or thin)")
                .arg(name, CapitalLabels::pillarName(pillarId), day);
        return tr("%1: %2 %3 on %4 (80% band %5), 0–100.")
                   .arg(name, CapitalLabels::pillarName(pillarId),
                        CapitalLabels::formatScore(*value), day,
                        CapitalLabels::formatBand(pillar->low, pillar->high)) +
               QLatin1Char('\n') + window;
    }
    case Alerts: {
        if (capital.alerts.empty())
            return tr("%1: no alerts in the period").arg(name);
        QStringList lines;
        for (const analytics::CapitalAlert &alert : capital.alerts)
            lines << CapitalLabels::alertDescription(alert);
        return tr("%1:").arg(name) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant DepartmentSummaryModel::figure(const analytics::DepartmentCapital &capital,
                                        int column) const
{
    const analytics::CapitalPoint &latest = capital.latest();
    analytics::FigureRef ref;
    ref.department = capital.department;
    ref.selection = m_snapshot->filter.departments;
    ref.to = latest.end;
    switch (column) {
    case Headcount:
        ref.kind = analytics::FigureRef::Kind::Headcount;
        break;
    case Eci:
    case Delta:
    case YearOverYear:
    case Trend:
        ref.kind = analytics::FigureRef::Kind::Eci;
        break;
    case Authenticity:
    case Pride:
    case Attachment:
    case Fun:
        ref.kind = analytics::FigureRef::Kind::Pillar;
        ref.figure = pillarOfColumn(column);
        break;
    default:
        return {};
    }
    return QVariant::fromValue(ref);
}

QVariant DepartmentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::DepartmentCapital &capital = capitalAt(index.row());
    const int column = index.column();
    const bool hidden = column != Name && capital.latest().suppressed;
    switch (role) {
    case Qt::DisplayRole: {
        if (column == Name)
            return capital.name;
        const std::optional<double> value = number(capital, column);
        if (!value || column == Trend)
            return {};
        switch (column) {
        case Headcount:
        case Alerts:
            return QLocale().toString(qlonglong(*value));
        case Delta:
        case YearOverYear:
            return CapitalLabels::formatDelta(*value);
        default:
            return CapitalLabels::formatScore(*value);
        }
    }
    case ValueRole: {
        const std::optional<double> value = number(capital, column);
        return value ? QVariant(*value) : QVariant();
    }
    case SortRole: {
        if (column == Name)
            return capital.name;
        const std::optional<double> value = number(capital, column == Trend ? Eci : column);
        return value ? QVariant(*value) : QVariant();
    }
    case SparklineRole: {
        if (column != Trend || hidden)
            return {};
        QVariantList points;
        for (const analytics::CapitalPoint &point : capital.trend)
            points << (point.eci && !point.suppressed ? QVariant(*point.eci) : QVariant());
        return points;
    }
    case SuppressedRole:
        return hidden;
    case SeriesRole:
        return capital.department;
    case Qt::DecorationRole:
        return column == Name ? QVariant(seriesColor(capital.department)) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(capital, column);
    case FigureRole:
        return hidden ? QVariant() : figure(capital, column);
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        if (hidden)
            return tr("hidden");
        return {};
    default:
        return {};
    }
}

QVariant DepartmentSummaryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Department");
        case Headcount:
            return tr("Staff");
        case Eci:
            return tr("ECI");
        case Delta:
            return tr("Change");
        case YearOverYear:
            return tr("Year over year");
        case Trend:
            return tr("Trend");
        case Alerts:
            return tr("Alerts");
        default:
            return CapitalLabels::pillarName(pillarOfColumn(section));
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return tr("The department, in its colour on every chart");
        case Headcount:
            return tr("Staff in the department on the last day");
        case Eci:
            return tr("Emotional-capital index on the last day, 0–100, over the trailing window");
        case Delta:
            return tr("ECI points gained or lost since the previous period end");
        case YearOverYear:
            return tr("ECI points gained or lost against the same day a year before");
        case Trend:
            return tr("The ECI at each period end");
        case Alerts:
            return tr("Falls of the ECI or of a pillar in the period");
        default:
            return tr("%1 pillar score on the last day, 0–100")
                .arg(CapitalLabels::pillarName(pillarOfColumn(section)));
        }
    }
    return {};
}

} // namespace goodwill::items
