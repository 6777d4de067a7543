#pragma once

#include "store/records.h"
#include "store/result.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <vector>

namespace goodwill::store {
class SqliteConnection;
}

namespace goodwill::analytics {

class ActivityDataset;

// The messages behind activity indexes of a dataset: what the dataset keeps (time, kind,
// author, channel) with what it does not (the text and emoji), read from the database the
// dataset was loaded from. The dataset keeps no text, so this is how a drill-down shows
// the messages a figure counted.
class MessageLookup
{
public:
    struct Message
    {
        std::int32_t activity = -1; // index into the dataset's activities
        std::int64_t id = 0;        // activities.id
        QDateTime at;               // UTC
        store::ActivityKind kind = store::ActivityKind::Post;
        std::int32_t author = -1; // person index
        QString authorName;
        QString channel; // the thread's channel name; empty when none
        QString text;
        QString emoji;
    };

    // `connection` must stay open while this is used, on one thread at a time.
    explicit MessageLookup(store::SqliteConnection &connection);

    // One message per index, in the order asked (an index asked twice comes twice).
    // An index outside the dataset is an error; an activity no longer in the file comes
    // with empty text. Reads in batches of ids (bound IN lists).
    Result<std::vector<Message>> read(const ActivityDataset &data,
                                      const std::vector<std::int32_t> &activities) const;

    static constexpr int batchSize = 200;

private:
    store::SqliteConnection &m_connection;
};

} // namespace goodwill::analytics
