#pragma once

#include "datatables.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace goodwill::items {

// Every channel: its kind as imported, as the name rules say, the user's override (edited
// in place) and the kind every figure counts it as. As in PeopleModel, setData on the
// Override column only asks (kindOverrideRequested); setKindOverride records the write.
class ChannelsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Source,
        StoredKind,
        NameRules,
        Override,
        EffectiveKind,
        ColumnCount
    };

    explicit ChannelsModel(QObject *parent = nullptr);

    void setChannels(std::vector<ChannelRow> channels);
    const ChannelRow &channel(int row) const { return m_channels[size_t(row)]; }
    int rowOfChannel(std::int64_t channelId) const; // -1 when absent

    void setEditable(bool editable, const QString &reason = {});
    bool isEditable() const { return m_editable; }

    // Records a written override (nullopt: none); the effective kind follows at once.
    void setKindOverride(std::int64_t channelId, std::optional<store::ChannelKind> kind);

    // "" (none), then every channel kind.
    static QStringList overrideValues();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // `kind` is "" to clear the override, else one of the channel kinds.
    void kindOverrideRequested(qint64 channelId, const QString &kind);

private:
    std::vector<ChannelRow> m_channels;
    bool m_editable = true;
    QString m_readOnlyReason;
};

} // namespace goodwill::items
