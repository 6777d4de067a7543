#pragma once

#include "analytics/leaderdetail.h"
#include "analytics/messagelookup.h"

#include <QAbstractTableModel>

#include <vector>

namespace goodwill::items {

// A leader's unanswered staff questions (analytics::LeaderDetail::unanswered, docs/model.md
// section 3.1), oldest first: when asked, how long it has waited, the author's department,
// the author, the channel and the start of the question. The text is not in the dataset:
// it comes from analytics::MessageLookup. This is the leader's own inbox, so staff names are
// shown.
class UnansweredQuestionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Asked,
        Waiting,
        Department,
        Author,
        Channel,
        Question,
        ColumnCount
    };

    struct Row
    {
        analytics::UnansweredQuestion question;
        QString department; // empty when the author was in no department that day
        QString author;
        QString channel;
        QString text;
    };

    explicit UnansweredQuestionsModel(QObject *parent = nullptr);

    // The rows of `questions` with the names from `data` and the text from `messages`
    // (MessageLookup::read of the questions' activities; matched by activity index, and a
    // question without its message keeps an empty text).
    static std::vector<Row> rows(const std::vector<analytics::UnansweredQuestion> &questions,
                                 const analytics::ActivityDataset &data,
                                 const std::vector<analytics::MessageLookup::Message> &messages);

    void setRows(std::vector<Row> rows);
    void clear() { setRows({}); }
    const std::vector<Row> &rows() const { return m_rows; }

    // "3 d 4 h", "5 h", "12 min".
    static QString waitingText(double hours);
    static constexpr int previewLength = 120;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace goodwill::items
