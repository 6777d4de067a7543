#pragma once

#include "analytics/modelsettings.h"

#include <QAbstractTableModel>

namespace goodwill::items {

// The signals of the emotional-capital model (docs/model.md section 4), one row each in
// pillar order, with their floor, target and weight editable in place. Holds a whole
// ModelSettings: the Data page edits a copy of the model in use and writes it back. A value
// the model file would refuse (out of the ModelFile::limits range, or a floor equal to its
// target) is refused by setData.
class SignalSettingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Pillar,
        Signal,
        Scale,
        Floor,
        Target,
        Weight,
        ColumnCount
    };

    explicit SignalSettingsModel(QObject *parent = nullptr);

    void setSettings(const analytics::ModelSettings &settings);
    const analytics::ModelSettings &settings() const { return m_settings; }

    // The limits of an editable cell (Floor, Target, Weight); nullopt for the others.
    std::optional<analytics::ModelFile::Limits> limits(const QModelIndex &index) const;
    // Why `value` cannot go into the cell at `index`; empty when it can.
    QString refusal(const QModelIndex &index, double value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        size_t pillar;
        size_t signal;
    };
    analytics::SignalSettings &signalAt(int row);
    const analytics::SignalSettings &signalAt(int row) const;
    QString path(int row, int column) const;

    analytics::ModelSettings m_settings;
    analytics::ModelSettings m_defaults;
    std::vector<Row> m_rows;
};

} // namespace goodwill::items
