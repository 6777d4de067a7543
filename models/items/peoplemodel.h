#pragma once

#include "datatables.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace goodwill::items {

// Everyone in the database: stored role, the role every figure counts them under, and the
// user's override, which is edited in place. setData on the Override column does not
// write anything: it asks for the edit with roleOverrideRequested, and whoever writes it
// (the Data page, through an undoable command) confirms with setRoleOverride.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Title,
        Department,
        StoredRole,
        EffectiveRole,
        Override,
        ColumnCount
    };

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(std::vector<PersonRow> people);
    const PersonRow &person(int row) const { return m_people[size_t(row)]; }
    int rowOfPerson(std::int64_t personId) const; // -1 when absent

    // Overrides can be edited unless the database is read-only; `reason` is then the
    // Override column's tooltip.
    void setEditable(bool editable, const QString &reason = {});
    bool isEditable() const { return m_editable; }

    // Records a written override (nullopt: none). When set, it is the effective role too;
    // a cleared override's effective role follows with the next setPeople.
    void setRoleOverride(std::int64_t personId, std::optional<store::PersonRole> role);

    // The values the Override column takes: "" (none), then the roles a user may choose.
    static QStringList overrideValues();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // `role` is "" to clear the override, else "leader", "staff" or "guest".
    void roleOverrideRequested(qint64 personId, const QString &role);

private:
    std::vector<PersonRow> m_people;
    bool m_editable = true;
    QString m_readOnlyReason;
};

} // namespace goodwill::items
