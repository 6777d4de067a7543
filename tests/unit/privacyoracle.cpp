#include "privacyoracle.h"

#include "store/sqliteconnection.h"
#include "store/sqlitestatement.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <limits>

namespace goodwill::testing {

using analytics::ActivityDataset;
using store::ActivityKind;

PrivacyOracle::PrivacyOracle(store::SqliteConnection &connection, const ActivityDataset &data)
    : m_data(data), m_stints(data.people().size())
{
    QHash<std::int64_t, std::int32_t> personOfId;
    for (size_t p = 0; p < data.people().size(); ++p)
        personOfId.insert(data.people()[p].id, std::int32_t(p));
    QHash<QString, std::int32_t> departmentOfName;
    for (size_t d = 0; d < data.departments().size(); ++d)
        departmentOfName.insert(data.departments()[d], std::int32_t(d));
    auto statement =
        connection.prepare("SELECT r.person_id, r.valid_from, r.valid_to, d.name FROM roster r "
                           "JOIN departments d ON d.id = r.department_id");
    if (!statement)
        return;
    const auto dayOf = [](const QString &text) {
        return ActivityDataset::dayOf(QDate::fromString(text.left(10), Qt::ISODate));
    };
    while (statement->step() == store::SqliteStatement::Step::Row) {
        const auto person = personOfId.find(statement->int64(0));
        const auto department = departmentOfName.find(statement->text(3));
        if (person == personOfId.end() || department == departmentOfName.end())
            return; // a roster row the dataset does not know: the oracle cannot be trusted
        Stint stint;
        stint.from = dayOf(statement->text(1));
        stint.to = statement->isNull(2) ? std::numeric_limits<std::int32_t>::max()
                                        : dayOf(statement->text(2));
        stint.department = *department;
        m_stints[size_t(*person)].push_back(stint);
    }
    m_valid = true;
}

std::int32_t PrivacyOracle::departmentOn(std::int32_t person, std::int32_t day) const
{
    for (const Stint &stint : m_stints[size_t(person)]) {
        if (stint.from <= day && day < stint.to)
            return stint.department;
    }
    return -1;
}

const std::vector<int> &PrivacyOracle::staffOn(std::int32_t day) const
{
    auto found = m_staffByDay.find(day);
    if (found != m_staffByDay.end())
        return found->second;
    std::vector<int> staff(m_data.departments().size(), 0);
    for (std::int32_t p = 0; p < std::int32_t(m_stints.size()); ++p) {
        if (m_data.people()[size_t(p)].role != store::PersonRole::Staff)
            continue;
        if (const std::int32_t d = departmentOn(p, day); d >= 0)
            ++staff[size_t(d)];
    }
    return m_staffByDay.emplace(day, std::move(staff)).first->second;
}

int PrivacyOracle::staff(const std::vector<std::int32_t> &departments, std::int32_t day) const
{
    const std::vector<int> &all = staffOn(day);
    int sum = 0;
    if (departments.empty()) {
        for (int n : all)
            sum += n;
    } else {
        for (std::int32_t d : departments)
            sum += all[size_t(d)];
    }
    return sum;
}

bool PrivacyOracle::inScope(const analytics::ActivityScope &scope, std::int32_t activity) const
{
    if (scope.channels.empty() && scope.sources.empty())
        return true;
    const std::int32_t channel = m_data.channelOf(activity);
    if (channel < 0)
        return false;
    const auto has = [](const std::vector<std::int32_t> &list, std::int32_t value) {
        return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
    };
    return has(scope.channels, channel) &&
           has(scope.sources, m_data.channels()[size_t(channel)].source);
}

const std::vector<PrivacyOracle::Message> &
PrivacyOracle::messages(const analytics::ActivityScope &scope) const
{
    for (const auto &[known, list] : m_messages) {
        if (known == scope)
            return list;
    }
    std::vector<Message> list;
    const auto &activities = m_data.activities();
    for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
        const auto &activity = activities[size_t(a)];
        if (activity.kind != ActivityKind::Post && activity.kind != ActivityKind::Reply)
            continue;
        if (m_data.people()[size_t(activity.author)].role != store::PersonRole::Staff ||
            !inScope(scope, a))
            continue;
        const std::int32_t day = std::int32_t(activity.at / 86400);
        if (const std::int32_t d = departmentOn(activity.author, day); d >= 0)
            list.push_back({day, activity.author, d});
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Message &a, const Message &b) { return a.day < b.day; });
    return m_messages.emplace_back(scope, std::move(list)).second;
}

PrivacyOracle::Writing PrivacyOracle::writing(const analytics::ActivityScope &scope,
                                              const std::vector<std::int32_t> &departments,
                                              std::int32_t first, std::int32_t last) const
{
    const std::vector<Message> &list = messages(scope);
    std::vector<bool> wanted(m_data.departments().size(), departments.empty());
    for (std::int32_t d : departments)
        wanted[size_t(d)] = true;
    std::vector<bool> seen(m_data.people().size(), false);
    Writing result;
    auto it = std::lower_bound(list.begin(), list.end(), first,
                               [](const Message &m, std::int32_t day) { return m.day < day; });
    for (; it != list.end() && it->day <= last; ++it) {
        if (!wanted[size_t(it->department)])
            continue;
        ++result.messages;
        if (!seen[size_t(it->author)]) {
            seen[size_t(it->author)] = true;
            ++result.authors;
        }
    }
    return result;
}

int PrivacyOracle::writersAmong(const analytics::ActivityScope &scope, std::int32_t department,
                                std::int32_t day, int windowDays) const
{
    const std::vector<Message> &list = messages(scope);
    std::vector<bool> seen(m_data.people().size(), false);
    int writers = 0;
    auto it = std::lower_bound(list.begin(), list.end(), day - windowDays + 1,
                               [](const Message &m, std::int32_t d) { return m.day < d; });
    for (; it != list.end() && it->day <= day; ++it) {
        if (seen[size_t(it->author)] || departmentOn(it->author, day) != department)
            continue;
        seen[size_t(it->author)] = true;
        ++writers;
    }
    return writers;
}

int PrivacyOracle::distinctAuthors(const std::vector<std::int32_t> &activities) const
{
    std::vector<std::int32_t> authors;
    for (std::int32_t a : activities)
        authors.push_back(m_data.activities()[size_t(a)].author);
    std::sort(authors.begin(), authors.end());
    return int(std::unique(authors.begin(), authors.end()) - authors.begin());
}

int PrivacyOracle::staffRepliers(std::int32_t post) const
{
    const auto &activities = m_data.activities();
    if (m_replies.empty()) {
        m_replies.resize(activities.size());
        for (std::int32_t a = 0; a < std::int32_t(activities.size()); ++a) {
            const auto &activity = activities[size_t(a)];
            if (activity.kind == ActivityKind::Reply && activity.root >= 0 && activity.root != a)
                m_replies[size_t(activity.root)].push_back(a);
        }
    }
    std::vector<std::int32_t> staffReplies;
    for (std::int32_t a : m_replies[size_t(post)]) {
        if (m_data.people()[size_t(activities[size_t(a)].author)].role == store::PersonRole::Staff)
            staffReplies.push_back(a);
    }
    return distinctAuthors(staffReplies);
}

} // namespace goodwill::testing
