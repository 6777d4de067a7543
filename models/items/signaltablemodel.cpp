#include "signaltablemodel.h"

#include "analytics/figureref.h"
#include "capitallabels.h"
#include "itemroles.h"

#include <QLocale>

namespace goodwill::items {
namespace {

// A2 has no band of its own (docs/model.md section 4): its low and high are its score.
bool hasBand(const analytics::SignalValue &signal)
{
    return signal.low && signal.high && signal.id != QStringLiteral("A2");
}

} // namespace

SignalTableModel::SignalTableModel(QObject *parent) : QAbstractTableModel(parent) {}

SignalTableModel::~SignalTableModel() = default;

void SignalTableModel::setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    locate();
    endResetModel();
}

void SignalTableModel::setDepartment(std::int32_t department)
{
    beginResetModel();
    m_department = department;
    locate();
    endResetModel();
}

void SignalTableModel::setPeriodEnd(QDate end)
{
    beginResetModel();
    m_wantedEnd = end;
    locate();
    endResetModel();
}

void SignalTableModel::locate()
{
    m_capital = nullptr;
    m_point = nullptr;
    if (!m_snapshot)
        return;
    for (const analytics::DepartmentCapital &capital : m_snapshot->capital) {
        if (capital.department == m_department && !capital.trend.empty())
            m_capital = &capital;
    }
    if (!m_capital)
        return;
    m_point = &m_capital->latest();
    for (const analytics::CapitalPoint &point : m_capital->trend) {
        if (point.end == m_wantedEnd)
            m_point = &point;
    }
}

QDate SignalTableModel::periodEnd() const
{
    return m_point ? m_point->end : QDate();
}

QString SignalTableModel::description() const
{
    if (!m_point)
        return {};
    return tr("%1 on %2")
        .arg(CapitalLabels::seriesName(*m_snapshot, *m_capital),
             QLocale().toString(m_point->end, QLocale::ShortFormat));
}

QString SignalTableModel::signalAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_point->signals[size_t(row)].id;
}

int SignalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_point ? 0 : int(m_point->signals.size());
}

int SignalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const analytics::SignalSettings *SignalTableModel::settingsOf(const QString &id) const
{
    return m_snapshot->sources.settings ? m_snapshot->sources.settings->signal(id) : nullptr;
}

QString SignalTableModel::hiddenReason(const analytics::SignalValue &signal) const
{
    if (m_point->suppressed)
        return m_point->suppressedReason;
    if (signal.id == QStringLiteral("T4")) {
        const int kText = m_snapshot->sources.settings ? m_snapshot->sources.settings->kText
                                                       : analytics::ModelSettings().kText;
        return tr("tone is shown only when at least %1 of the staff wrote in the window")
            .arg(kText);
    }
    return tr("hidden by the privacy rules");
}

bool SignalTableModel::isHidden(const analytics::SignalValue &signal, int column) const
{
    if (!signal.suppressed)
        return false;
    switch (column) {
    case Raw:
    case Score:
    case Band:
    case Denominator:
    case Thin:
        return true;
    default:
        return false;
    }
}

QVariant SignalTableModel::value(const analytics::SignalValue &signal, int column) const
{
    if (isHidden(signal, column))
        return {};
    const analytics::SignalSettings *settings = settingsOf(signal.id);
    switch (column) {
    case Raw:
        return signal.raw ? QVariant(*signal.raw) : QVariant();
    case Score:
        return signal.score ? QVariant(*signal.score) : QVariant();
    case Floor:
        return settings ? QVariant(settings->floor) : QVariant();
    case Target:
        return settings ? QVariant(settings->target) : QVariant();
    case Denominator:
        return signal.denominator;
    case Thin:
        return signal.thin;
    default:
        return {};
    }
}

QVariant SignalTableModel::display(const analytics::SignalValue &signal, int column) const
{
    if (isHidden(signal, column))
        return tr("hidden");
    const analytics::SignalSettings *settings = settingsOf(signal.id);
    switch (column) {
    case Signal:
        return QStringLiteral("%1 %2").arg(signal.id, CapitalLabels::signalName(signal.id));
    case Raw:
        return signal.raw ? CapitalLabels::formatRaw(signal.id, *signal.raw) : QStringLiteral("—");
    case Score:
        return signal.score ? CapitalLabels::formatScore(*signal.score) : QStringLiteral("—");
    case Floor:
        return settings ? QVariant(CapitalLabels::formatRaw(signal.id, settings->floor))
                        : QVariant();
    case Target:
        return settings ? QVariant(CapitalLabels::formatRaw(signal.id, settings->target))
                        : QVariant();
    case Band:
        return hasBand(signal) ? CapitalLabels::formatBand(signal.low, signal.high)
                               : QStringLiteral("—");
    case Denominator:
        return CapitalLabels::formatDenominator(signal.denominator);
    case Thin:
        return signal.thin ? tr("thin") : QString();
    case Pillar:
        if (!m_snapshot->sources.settings)
            return {};
        return CapitalLabels::pillarName(
            CapitalLabels::pillarOf(*m_snapshot->sources.settings, signal.id));
    default:
        return {};
    }
}

QString SignalTableModel::toolTip(const analytics::SignalValue &signal, int column) const
{
    const QString name = CapitalLabels::signalName(signal.id);
    if (isHidden(signal, column))
        return tr("%1: hidden, %2").arg(name, hiddenReason(signal));
    const analytics::SignalSettings *settings = settingsOf(signal.id);
    const int thinUnder = m_snapshot->sources.settings
                              ? m_snapshot->sources.settings->thinDenominator
                              : analytics::ModelSettings().thinDenominator;
    switch (column) {
    case Signal:
        return CapitalLabels::signalDescription(signal.id) + QLatin1Char('\n') +
               CapitalLabels::windowDescription(*m_snapshot, m_point->end);
    case Raw:
        if (!signal.raw)
            return tr("%1: nothing to measure in the window (no %2)")
                .arg(name, CapitalLabels::denominatorDescription(signal.id));
        return CapitalLabels::signalDescription(signal.id) + QLatin1Char('\n') +
               CapitalLabels::windowDescription(*m_snapshot, m_point->end);
    case Score:
        if (!signal.score)
            return tr("%1: no score without a raw value").arg(name);
        if (settings && settings->logScale)
            return tr("100 × (ln raw − ln floor) / (ln target − ln floor), clamped to 0–100");
        return tr("100 × (raw − floor) / (target − floor), clamped to 0–100");
    case Floor:
        return tr("The raw value that scores 0 (from the model settings)");
    case Target:
        return tr("The raw value that scores 100 (from the model settings)");
    case Band:
        return hasBand(signal)
                   ? tr("The score's 80% band: how far it could be off by chance, given the "
                        "denominator")
                   : tr("No band: %1 has no interval of its own").arg(name);
    case Denominator:
        return tr("%1 %2 in the window")
            .arg(CapitalLabels::formatDenominator(signal.denominator),
                 CapitalLabels::denominatorDescription(signal.id));
    case Thin:
        return signal.thin ? tr("Thin: the denominator is under %1, so the signal is left out "
                                "of its pillar")
                                 .arg(thinUnder)
                           : tr("Not thin: the denominator is at least %1").arg(thinUnder);
    case Pillar:
        return tr("The pillar the signal counts towards");
    default:
        return {};
    }
}

QVariant SignalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::SignalValue &signal = m_point->signals[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(signal, column);
    case ValueRole:
        return value(signal, column);
    case SortRole: {
        if (column == Signal)
            return index.row(); // the model's order: pillar by pillar
        if (column == Band)
            return hasBand(signal) && !isHidden(signal, column)
                       ? QVariant(*signal.high - *signal.low)
                       : QVariant();
        if (column == Pillar)
            return display(signal, column);
        return value(signal, column);
    }
    case SuppressedRole:
        return isHidden(signal, column);
    case Qt::ToolTipRole:
        return toolTip(signal, column);
    case SeriesRole:
        return m_department;
    case Qt::TextAlignmentRole:
        return column == Signal || column == Pillar ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case FigureRole: {
        if (signal.suppressed)
            return {};
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::Signal;
        figure.figure = signal.id;
        figure.department = m_department;
        figure.selection = m_snapshot->filter.departments;
        figure.to = m_point->end;
        return QVariant::fromValue(figure);
    }
    default:
        return {};
    }
}

QVariant SignalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Signal:
            return tr("Signal");
        case Raw:
            return tr("Raw");
        case Score:
            return tr("Score");
        case Floor:
            return tr("Floor");
        case Target:
            return tr("Target");
        case Band:
            return tr("80% band");
        case Denominator:
            return tr("Denominator");
        case Thin:
            return tr("Thin");
        case Pillar:
            return tr("Pillar");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Signal:
            return tr("The signal's id and name");
        case Raw:
            return tr("What was measured over the trailing window, in the signal's unit");
        case Score:
            return tr("The raw value placed between floor (0) and target (100)");
        case Floor:
            return tr("The raw value that scores 0");
        case Target:
            return tr("The raw value that scores 100");
        case Band:
            return tr("The range the score lies in with 80% confidence");
        case Denominator:
            return tr("What the raw value was computed over");
        case Thin:
            return tr("A thin signal (too small a denominator) is left out of its pillar");
        case Pillar:
            return tr("The pillar the signal belongs to");
        default:
            return {};
        }
    }
    return {};
}

} // namespace goodwill::items
