#include "signalsettingsmodel.h"

#include "capitallabels.h"
#include "itemroles.h"

#include <QFont>
#include <QLocale>

namespace goodwill::items {

SignalSettingsModel::SignalSettingsModel(QObject *parent)
    : QAbstractTableModel(parent), m_defaults(analytics::ModelFile::defaults())
{}

void SignalSettingsModel::setSettings(const analytics::ModelSettings &settings)
{
    beginResetModel();
    m_settings = settings;
    m_rows.clear();
    for (size_t p = 0; p < m_settings.pillars.size(); ++p) {
        for (size_t s = 0; s < m_settings.pillars[p].signals.size(); ++s)
            m_rows.push_back({p, s});
    }
    endResetModel();
}

analytics::SignalSettings &SignalSettingsModel::signalAt(int row)
{
    const Row &r = m_rows[size_t(row)];
    return m_settings.pillars[r.pillar].signals[r.signal];
}

const analytics::SignalSettings &SignalSettingsModel::signalAt(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return m_settings.pillars[r.pillar].signals[r.signal];
}

QString SignalSettingsModel::path(int row, int column) const
{
    const Row &r = m_rows[size_t(row)];
    const char *field = column == Floor ? "floor" : column == Target ? "target" : "weight";
    return QStringLiteral("pillars.%1.signals.%2.%3")
        .arg(m_settings.pillars[r.pillar].id, signalAt(row).id, QLatin1StringView(field));
}

std::optional<analytics::ModelFile::Limits>
SignalSettingsModel::limits(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() < Floor)
        return std::nullopt;
    return analytics::ModelFile::limits(path(index.row(), index.column()), m_settings);
}

QString SignalSettingsModel::refusal(const QModelIndex &index, double value) const
{
    const auto range = limits(index);
    if (!range)
        return tr("This cell cannot be edited.");
    const QLocale locale;
    if (!range->accepts(value))
        return tr("%1 must be a number from %2 to %3.")
            .arg(headerData(index.column(), Qt::Horizontal).toString(),
                 locale.toString(range->min, 'g', 6), locale.toString(range->max, 'g', 6));
    const analytics::SignalSettings &signal = signalAt(index.row());
    if ((index.column() == Floor && value == signal.target) ||
        (index.column() == Target && value == signal.floor))
        return tr("The floor and the target of %1 must differ.").arg(signal.id);
    return {};
}

int SignalSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SignalSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::SignalSettings &signal = signalAt(index.row());
    const analytics::SignalSettings *original = m_defaults.signal(signal.id);
    const int column = index.column();
    const double values[] = {signal.floor, signal.target, signal.weight};
    const double defaults[] = {original ? original->floor : signal.floor,
                               original ? original->target : signal.target,
                               original ? original->weight : signal.weight};
    const bool isValue = column >= Floor;
    const double value = isValue ? values[column - Floor] : 0;
    const bool changed = isValue && value != defaults[column - Floor];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Pillar:
            return CapitalLabels::pillarName(
                m_settings.pillars[m_rows[size_t(index.row())].pillar].id);
        case Signal:
            return QString(signal.id + QLatin1Char(' ') + CapitalLabels::signalName(signal.id));
        case Scale:
            return signal.logScale ? tr("logarithmic") : tr("linear");
        default:
            return locale.toString(value, 'g', 6);
        }
    case Qt::EditRole:
        return isValue ? QVariant(value) : data(index, Qt::DisplayRole);
    case SortRole:
    case ValueRole:
        return isValue ? QVariant(value) : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return isValue ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (changed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Scale)
            return signal.logScale
                       ? tr("Scored on log(hours): a reply within a minute counts as a minute")
                       : tr("Scored linearly between the floor (0) and the target (100)");
        if (column == Signal)
            return CapitalLabels::signalDescription(signal.id);
        if (!isValue)
            return {};
        return QString(
            (column == Weight
                 ? tr("The weight of %1 within its pillar").arg(signal.id)
                 : (column == Floor ? tr("%1 scores 0 at %2") : tr("%1 scores 100 at %2"))
                       .arg(signal.id, CapitalLabels::formatRaw(signal.id, value))) +
            (changed ? tr(" (changed; the default is %1)")
                           .arg(locale.toString(defaults[column - Floor], 'g', 6))
                     : QString()));
    default:
        return {};
    }
}

bool SignalSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !limits(index))
        return false;
    bool isNumber = false;
    const double number = value.toDouble(&isNumber);
    if (!isNumber || !refusal(index, number).isEmpty())
        return false;
    analytics::SignalSettings &signal = signalAt(index.row());
    double &field = index.column() == Floor    ? signal.floor
                    : index.column() == Target ? signal.target
                                               : signal.weight;
    if (field == number)
        return true;
    field = number;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags SignalSettingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= Floor)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SignalSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Pillar:
        return tr("Pillar");
    case Signal:
        return tr("Signal");
    case Scale:
        return tr("Scale");
    case Floor:
        return tr("Floor");
    case Target:
        return tr("Target");
    case Weight:
        return tr("Weight");
    default:
        return {};
    }
}

} // namespace goodwill::items
