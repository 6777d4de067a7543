#pragma once

#include "analytics/leaderengagement.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace goodwill::items {

// The departments a leader has not recognised anyone in over the last N days
// (analytics::NotRecognisedDepartment, docs/model.md "My engagement"): the department, the
// leader's last recognition there, the days since, and whether any leader did (a blind spot
// when none did). Only departments with at least k staff are listed, and no count about
// them is shown. items::FigureRole on the department opens its leader recognition share
// (signal P2) on the last day.
class NotRecognisedDepartmentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Department,
        LastRecognised,
        DaysSince,
        AnyLeader,
        ColumnCount
    };

    explicit NotRecognisedDepartmentsModel(QObject *parent = nullptr);

    // `to` is the window's last day and `windowDays` its length.
    void setDepartments(std::vector<analytics::NotRecognisedDepartment> departments, QDate to,
                        int windowDays);
    void clear();
    const std::vector<analytics::NotRecognisedDepartment> &departments() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<analytics::NotRecognisedDepartment> m_rows;
    QDate m_to;
    int m_windowDays = 90;
};

} // namespace goodwill::items
