#pragma once

#include "analytics/figureevidence.h"
#include "analytics/messagelookup.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// The messages behind a drill-down: each analytics::EvidenceItem with its text from the
// database (analytics::MessageLookup). The author is the item's (the privacy rules
// applied), never the database's name. Time is shown in local time; exported (ValueRole)
// as ISO 8601 UTC.
class EvidenceMessagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Author,
        Channel,
        Kind,
        Text,
        Counted,
        Detail,
        ColumnCount
    };

    explicit EvidenceMessagesModel(QObject *parent = nullptr);

    // `messages` holds one entry per item, in the same order, or none at all (the texts
    // could not be read: the rows show what the dataset knows).
    void setMessages(std::vector<analytics::EvidenceItem> items,
                     std::vector<analytics::MessageLookup::Message> messages);
    void clear();

    const analytics::EvidenceItem &item(int row) const { return m_items[size_t(row)]; }
    // The message of a row, or null when its text was not read.
    const analytics::MessageLookup::Message *message(int row) const;

    static QString kindName(store::ActivityKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(int row) const;

    std::vector<analytics::EvidenceItem> m_items;
    std::vector<analytics::MessageLookup::Message> m_messages;
};

} // namespace goodwill::items
