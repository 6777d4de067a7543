#pragma once

#include "analytics/snapshot.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <memory>

namespace goodwill::items {

// The thirteen signals (A1 ... F3) of one department, or of the organisation or selection
// (-1), at one period end: raw value, score, the floor and target it is scored against
// (from the snapshot's model settings), the 80% band, the denominator, whether it is thin,
// and its pillar. A cell hidden by the privacy rules says so and its tooltip says why.
class SignalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Signal,
        Raw,
        Score,
        Floor,
        Target,
        Band,
        Denominator,
        Thin,
        Pillar,
        ColumnCount
    };

    explicit SignalTableModel(QObject *parent = nullptr);
    ~SignalTableModel() override;

    void setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot);
    std::shared_ptr<const analytics::Snapshot> snapshot() const { return m_snapshot; }
    void setDepartment(std::int32_t department);
    std::int32_t department() const { return m_department; }
    // The period end to show; an invalid date (or one the snapshot lacks): the last.
    void setPeriodEnd(QDate end);
    // The period end shown (invalid when nothing is).
    QDate periodEnd() const;
    // "Sales on 31/03/2025", for a panel's title; empty when nothing is shown.
    QString description() const;
    // The point shown, or null.
    const analytics::CapitalPoint *point() const { return m_point; }

    QString signalAt(int row) const; // the signal id of a row

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void locate();
    const analytics::SignalSettings *settingsOf(const QString &id) const;
    QString hiddenReason(const analytics::SignalValue &signal) const;
    QVariant display(const analytics::SignalValue &signal, int column) const;
    QVariant value(const analytics::SignalValue &signal, int column) const;
    QString toolTip(const analytics::SignalValue &signal, int column) const;
    bool isHidden(const analytics::SignalValue &signal, int column) const;

    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    std::int32_t m_department = -1;
    QDate m_wantedEnd;
    const analytics::DepartmentCapital *m_capital = nullptr;
    const analytics::CapitalPoint *m_point = nullptr;
};

} // namespace goodwill::items
