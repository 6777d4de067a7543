#include "messagelookup.h"

#include "activitydataset.h"
#include "store/sqliteconnection.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace goodwill::analytics {

MessageLookup::MessageLookup(store::SqliteConnection &connection) : m_connection(connection) {}

Result<std::vector<MessageLookup::Message>>
MessageLookup::read(const ActivityDataset &data, const std::vector<std::int32_t> &activities) const
{
    const auto count = std::int32_t(data.activities().size());
    std::vector<Message> messages;
    messages.reserve(activities.size());
    for (std::int32_t index : activities) {
        if (index < 0 || index >= count)
            return Error{QCoreApplication::translate("MessageLookup",
                                                     "No activity %1 in the data set of %2.")
                             .arg(index)
                             .arg(m_connection.displayName())};
        const ActivityDataset::Activity &activity = data.activities()[size_t(index)];
        Message message;
        message.activity = index;
        message.id = data.activityId(index);
        message.at = QDateTime::fromSecsSinceEpoch(activity.at, Qt::UTC);
        message.kind = activity.kind;
        message.author = activity.author;
        message.authorName = data.people()[size_t(activity.author)].name;
        if (const std::int32_t channel = data.channelOf(index); channel >= 0)
            message.channel = data.channels()[size_t(channel)].name;
        messages.push_back(std::move(message));
    }

    // Distinct ids, read a batch at a time; then handed to every message that asked.
    std::vector<std::int64_t> ids;
    ids.reserve(messages.size());
    for (const Message &message : messages)
        ids.push_back(message.id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::unordered_map<std::int64_t, std::pair<QString, QString>> texts;
    texts.reserve(ids.size());
    for (size_t start = 0; start < ids.size(); start += batchSize) {
        const size_t n = std::min<size_t>(batchSize, ids.size() - start);
        std::string sql = "SELECT id, text, emoji FROM activities WHERE id IN (";
        for (size_t i = 0; i < n; ++i)
            sql += i ? ",?" : "?";
        sql += ")";
        auto rows = m_connection.prepare(sql);
        if (!rows)
            return rows.error();
        for (size_t i = 0; i < n; ++i)
            rows->bind(int(i + 1), ids[start + i]);
        store::SqliteStatement::Step step;
        while ((step = rows->step()) == store::SqliteStatement::Step::Row)
            texts[rows->int64(0)] = {rows->text(1), rows->text(2)};
        if (step == store::SqliteStatement::Step::Error)
            return m_connection.error(
                QCoreApplication::translate("MessageLookup", "cannot read the messages"));
    }
    for (Message &message : messages) {
        if (const auto found = texts.find(message.id); found != texts.end()) {
            message.text = found->second.first;
            message.emoji = found->second.second;
        }
    }
    return messages;
}

} // namespace goodwill::analytics
