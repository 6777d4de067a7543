#pragma once

#include "analytics/recognitionfacts.h"

#include <QAbstractTableModel>

#include <memory>

namespace goodwill::items {

// The leaders -> departments recognition matrix of the Recognition page: one row per
// leader, then the leader's recognitions over the period (the leader figure, opened by
// items::FigureRole) and one column per department with the recognitions that leader gave
// to its people (one per person recognised). A department hidden by the privacy rules has
// no counts: its cells and header carry items::SuppressedRole and say why. Cells are
// shaded by their count (Qt::BackgroundRole; hatched when hidden), so a plain table view
// shows a heat map.
class RecognitionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Leader,
        Total,
        FirstDepartment
    };

    explicit RecognitionMatrixModel(QObject *parent = nullptr);

    void setFacts(std::shared_ptr<const analytics::RecognitionFacts> facts);
    const analytics::RecognitionFacts *facts() const { return m_facts.get(); }
    // The largest count in a department cell (0 when none), which the shading scales to.
    int maxCount() const { return m_max; }
    // The department of a column (dataset index), -1 for Leader and Total.
    std::int32_t departmentOfColumn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant departmentCell(const analytics::RecognitionLeaderRow &row, size_t column,
                            int role) const;
    QString period() const;

    std::shared_ptr<const analytics::RecognitionFacts> m_facts;
    int m_max = 0;
};

} // namespace goodwill::items
