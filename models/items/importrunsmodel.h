#pragma once

#include "datatables.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// The import runs (the run log), newest first; SourceIdRole lets a proxy keep one
// source's runs.
class ImportRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Started,
        Source,
        File,
        Posts,
        Replies,
        Reactions,
        Recognitions,
        People,
        Channels,
        Skipped,
        Finished,
        ColumnCount
    };
    // The run's source id as text ("" when none), for QSortFilterProxyModel::setFilterRole.
    static constexpr int SourceIdRole = Qt::UserRole + 100;

    explicit ImportRunsModel(QObject *parent = nullptr);

    void setRuns(std::vector<ImportRunRow> runs);
    const ImportRunRow &run(int row) const { return m_runs[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportRunRow> m_runs;
};

} // namespace goodwill::items
