#pragma once

#include "analytics/figureevidence.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// The inputs of a drill-down (analytics::FigureEvidence::inputs): what went into the
// figure, each in its unit ("2", "50%", "73 h", "83.3", "54.1–100"), with how it was used.
// A pillar's signals and the ECI's pillars are listed by name. ValueRole holds the number.
class EvidenceInputsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Value,
        Note,
        ColumnCount
    };

    explicit EvidenceInputsModel(QObject *parent = nullptr);

    void setInputs(std::vector<analytics::EvidenceInput> inputs);
    const std::vector<analytics::EvidenceInput> &inputs() const { return m_inputs; }

    // The name of an input as shown ("Leader reply rate (A1)" for a pillar's signal row).
    static QString nameOf(const analytics::EvidenceInput &input);
    // The value of an input in its unit; empty when it has none.
    static QString format(const analytics::EvidenceInput &input);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<analytics::EvidenceInput> m_inputs;
};

} // namespace goodwill::items
