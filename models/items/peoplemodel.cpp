#include "peoplemodel.h"

#include "itemroles.h"
#include "store/overrideedit.h"

namespace goodwill::items {
namespace {

QString key(const std::optional<store::PersonRole> &role)
{
    return role ? QString::fromLatin1(store::toString(*role)) : QString();
}

QString label(const std::optional<store::PersonRole> &role)
{
    return role ? roleLabel(*role) : QString();
}

} // namespace

PeopleModel::PeopleModel(QObject *parent) : QAbstractTableModel(parent) {}

void PeopleModel::setPeople(std::vector<PersonRow> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

int PeopleModel::rowOfPerson(std::int64_t personId) const
{
    for (size_t row = 0; row < m_people.size(); ++row) {
        if (m_people[row].id == personId)
            return int(row);
    }
    return -1;
}

void PeopleModel::setEditable(bool editable, const QString &reason)
{
    m_editable = editable;
    m_readOnlyReason = reason;
    if (!m_people.empty())
        Q_EMIT dataChanged(index(0, Override), index(rowCount() - 1, Override));
}

void PeopleModel::setRoleOverride(std::int64_t personId, std::optional<store::PersonRole> role)
{
    const int row = rowOfPerson(personId);
    if (row < 0)
        return;
    PersonRow &person = m_people[size_t(row)];
    person.roleOverride = role;
    if (role)
        person.effectiveRole = *role;
    Q_EMIT dataChanged(index(row, EffectiveRole), index(row, Override));
}

QStringList PeopleModel::overrideValues()
{
    return {QString(), key(store::PersonRole::Leader), key(store::PersonRole::Staff),
            key(store::PersonRole::Guest)};
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow &person = m_people[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case Name:
            return person.name;
        case Email:
            return person.email;
        case Title:
            return person.title;
        case Department:
            return person.department;
        case StoredRole:
            return label(person.storedRole);
        case EffectiveRole:
            return roleLabel(person.effectiveRole);
        case Override:
            return label(person.roleOverride);
        default:
            return {};
        }
    }
    if (role == Qt::EditRole && column == Override)
        return key(person.roleOverride);
    if (column != Override)
        return role == Qt::ToolTipRole && column == EffectiveRole
                   ? tr("The role every figure counts %1 under: the override, else bot or "
                        "guest as stored, else the roster's leader flag, else a leader title, "
                        "else the stored role")
                         .arg(person.name)
                   : QVariant();
    switch (role) {
    case Qt::ToolTipRole:
        if (!m_editable)
            return m_readOnlyReason;
        return tr("Double-click to set the role %1 is counted under, whatever the sources "
                  "and the roster say")
            .arg(person.name);
    case ChoiceValuesRole:
        return overrideValues();
    case ChoiceLabelsRole: {
        QStringList labels{tr("No override")};
        for (const QString &value : overrideValues().mid(1))
            labels << roleLabel(*store::personRoleFromString(value.toStdString()));
        return labels;
    }
    default:
        return {};
    }
}

bool PeopleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole || index.column() != Override || !m_editable)
        return false;
    const QString requested = value.toString();
    const PersonRow &person = m_people[size_t(index.row())];
    if (!overrideValues().contains(requested) || requested == key(person.roleOverride))
        return false;
    Q_EMIT roleOverrideRequested(person.id, requested);
    return true;
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Override)
        flags = m_editable ? flags | Qt::ItemIsEditable : flags & ~Qt::ItemIsEnabled;
    return flags;
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Title:
        return tr("Title");
    case Department:
        return tr("Department today");
    case StoredRole:
        return tr("Stored role");
    case EffectiveRole:
        return tr("Effective role");
    case Override:
        return tr("Override");
    default:
        return {};
    }
}

} // namespace goodwill::items
