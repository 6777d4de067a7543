#pragma once

#include "analytics/recognitionfacts.h"

#include <QAbstractTableModel>

#include <memory>

namespace goodwill::items {

// Recognition blind spots: departments (at least k staff, not hidden) that no leader
// recognised in the period, with when a leader last did and the recognitions they still
// received from colleagues.
class BlindSpotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Department,
        Staff,
        LastLeaderRecognition,
        DaysSince,
        FromColleagues,
        ColumnCount
    };

    explicit BlindSpotModel(QObject *parent = nullptr);

    void setFacts(std::shared_ptr<const analytics::RecognitionFacts> facts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const analytics::RecognitionFacts> m_facts;
};

} // namespace goodwill::items
