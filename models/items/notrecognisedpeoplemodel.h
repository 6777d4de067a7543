#pragma once

#include "analytics/leaderengagement.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace goodwill::items {

// The staff who wrote to a leader or responded to their posts in the last N days and whom the
// leader did not recognise in them (analytics::NotRecognisedPerson, docs/model.md "My
// engagement"): name, department on the last day, their latest message to the leader and the
// leader's latest recognition of them. The leader's own contacts, listed by department and
// name: no figure about a person, and never a ranking.
class NotRecognisedPeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Department,
        LastContact,
        LastRecognised,
        ColumnCount
    };

    explicit NotRecognisedPeopleModel(QObject *parent = nullptr);

    void setPeople(std::vector<analytics::NotRecognisedPerson> people, QDate windowFrom, QDate to);
    void clear();
    const std::vector<analytics::NotRecognisedPerson> &people() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<analytics::NotRecognisedPerson> m_rows;
    QDate m_windowFrom;
    QDate m_to;
};

} // namespace goodwill::items
