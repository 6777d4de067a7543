#pragma once

#include "datatables.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// The database's sources: one row each, with what it holds and when it was last imported.
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Name,
        Channels,
        People,
        Activities,
        Imports,
        LastImport,
        ColumnCount
    };

    explicit SourcesModel(QObject *parent = nullptr);

    void setSources(std::vector<SourceRow> sources);
    const SourceRow &source(int row) const { return m_sources[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<SourceRow> m_sources;
};

} // namespace goodwill::items
