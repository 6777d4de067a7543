#include "channelsmodel.h"

#include "itemroles.h"

namespace goodwill::items {
namespace {

constexpr store::ChannelKind allKinds[] = {
    store::ChannelKind::Work, store::ChannelKind::Announcement, store::ChannelKind::Social,
    store::ChannelKind::Recognition, store::ChannelKind::Qa};

QString key(const std::optional<store::ChannelKind> &kind)
{
    return kind ? QString::fromLatin1(store::toString(*kind)) : QString();
}

} // namespace

ChannelsModel::ChannelsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChannelsModel::setChannels(std::vector<ChannelRow> channels)
{
    beginResetModel();
    m_channels = std::move(channels);
    endResetModel();
}

int ChannelsModel::rowOfChannel(std::int64_t channelId) const
{
    for (size_t row = 0; row < m_channels.size(); ++row) {
        if (m_channels[row].id == channelId)
            return int(row);
    }
    return -1;
}

void ChannelsModel::setEditable(bool editable, const QString &reason)
{
    m_editable = editable;
    m_readOnlyReason = reason;
    if (!m_channels.empty())
        Q_EMIT dataChanged(index(0, Override), index(rowCount() - 1, Override));
}

void ChannelsModel::setKindOverride(std::int64_t channelId, std::optional<store::ChannelKind> kind)
{
    const int row = rowOfChannel(channelId);
    if (row < 0)
        return;
    ChannelRow &channel = m_channels[size_t(row)];
    channel.kindOverride = kind;
    channel.effectiveKind = kind.value_or(channel.storedKind);
    Q_EMIT dataChanged(index(row, Override), index(row, EffectiveKind));
}

QStringList ChannelsModel::overrideValues()
{
    QStringList values{QString()};
    for (const store::ChannelKind kind : allKinds)
        values << key(kind);
    return values;
}

int ChannelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelRow &channel = m_channels[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case Name:
            return channel.name;
        case Source:
            return channel.source;
        case StoredKind:
            return kindLabel(channel.storedKind);
        case NameRules:
            return kindLabel(channel.byName);
        case Override:
            return channel.kindOverride ? kindLabel(*channel.kindOverride) : QString();
        case EffectiveKind:
            return kindLabel(channel.effectiveKind);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case StoredKind:
            return tr("The kind stored when %1 was imported (the platform's, or the name "
                      "rules' at the time)")
                .arg(channel.name);
        case NameRules:
            return tr("The kind the name rules of the current model give '%1'").arg(channel.name);
        case EffectiveKind:
            return tr("The kind every figure counts %1 as: the override, else the stored kind")
                .arg(channel.name);
        case Override:
            return m_editable ? tr("Double-click to set what %1 is for, whatever its name says")
                                    .arg(channel.name)
                              : m_readOnlyReason;
        default:
            return {};
        }
    }
    if (column != Override)
        return {};
    switch (role) {
    case Qt::EditRole:
        return key(channel.kindOverride);
    case ChoiceValuesRole:
        return overrideValues();
    case ChoiceLabelsRole: {
        QStringList labels{tr("No override")};
        for (const store::ChannelKind kind : allKinds)
            labels << kindLabel(kind);
        return labels;
    }
    default:
        return {};
    }
}

bool ChannelsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole || index.column() != Override || !m_editable)
        return false;
    const QString requested = value.toString();
    const ChannelRow &channel = m_channels[size_t(index.row())];
    if (!overrideValues().contains(requested) || requested == key(channel.kindOverride))
        return false;
    Q_EMIT kindOverrideRequested(channel.id, requested);
    return true;
}

Qt::ItemFlags ChannelsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Override)
        flags = m_editable ? flags | Qt::ItemIsEditable : flags & ~Qt::ItemIsEnabled;
    return flags;
}

QVariant ChannelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Channel");
    case Source:
        return tr("Source");
    case StoredKind:
        return tr("Imported kind");
    case NameRules:
        return tr("Kind by name");
    case Override:
        return tr("Override");
    case EffectiveKind:
        return tr("Effective kind");
    default:
        return {};
    }
}

} // namespace goodwill::items
