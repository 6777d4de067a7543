#pragma once

#include "analytics/leaderengagement.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// A leader's best-received posts of the period (analytics::BestPost, docs/model.md "My
// engagement"), most staff responses first: when, where, the start of the post, the staff
// replies, reactions and distinct responders in its thread, and the mean tone of the replies
// (hidden, with the reason, unless at least k_text distinct staff wrote them).
class BestPostsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Posted,
        Channel,
        Post,
        Replies,
        Reactions,
        Responders,
        Tone,
        ColumnCount
    };

    struct Row
    {
        analytics::BestPost post;
        QString channel;
        QString text;
    };

    explicit BestPostsModel(QObject *parent = nullptr);

    // The rows of `posts` with the channel names from `data` and the text from `messages`
    // (matched by activity index; a post without its message keeps an empty text).
    static std::vector<Row> rows(const std::vector<analytics::BestPost> &posts,
                                 const analytics::ActivityDataset &data,
                                 const std::vector<analytics::MessageLookup::Message> &messages);

    void setRows(std::vector<Row> rows, int kText);
    void clear() { setRows({}, m_kText); }
    const std::vector<Row> &rows() const { return m_rows; }

    static constexpr int previewLength = 120;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant count(int value, int role, const QString &toolTip) const;

    std::vector<Row> m_rows;
    int m_kText = 10;
};

} // namespace goodwill::items
