#pragma once

#include "analytics/townhallbrief.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace goodwill::items {

// What the town-hall brief's tables share: the brief they show (replaced as a whole), the
// header with a tooltip per column, and number cells (formatted text for display,
// items::ValueRole and items::SortRole the number itself, or the number for display too
// when the model feeds a chart).
class TownHallTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // `pseudonymise`: staff names become "Staff member (Department)" (for reports).
    void setBrief(std::shared_ptr<const analytics::TownHallBrief> brief, bool pseudonymise = false);
    const analytics::TownHallBrief *brief() const { return m_brief.get(); }
    bool isPseudonymised() const { return m_pseudonymise; }
    // Numbers in Qt::DisplayRole as numbers rather than text, for a chart.
    void setDisplayValues(bool values);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    TownHallTableModel(int columns, QObject *parent);

    virtual int rows() const = 0;
    virtual QString header(int column) const = 0;
    virtual QString headerToolTip(int column) const = 0;
    // Called with a valid row and column of a set brief.
    virtual QVariant cell(int row, int column, int role) const = 0;
    // Called inside the model reset when the brief changes, to index its rows.
    virtual void rebuild() {}

    // The roles of a number cell; an empty value shows "–" and sorts below every number.
    QVariant number(int role, std::optional<double> value, const QString &text) const;

private:
    std::shared_ptr<const analytics::TownHallBrief> m_brief;
    int m_columns;
    bool m_pseudonymise = false;
    bool m_displayValues = false;
};

} // namespace goodwill::items
